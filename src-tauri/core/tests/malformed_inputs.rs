//! Bad files for the vendor importer and for evidence, each with the exact error it must give
//! (naming the place) and with nothing written: a truncated workbook, a file in the wrong
//! encoding, a zip bomb renamed .xlsx, a huge cell, a million rows, a formula, and evidence
//! names that try to climb out of the evidence store.

mod common;

use std::io::Write;

use common::new_register;
use rust_xlsxwriter::{Formula, Workbook};
use vendor_risk_core::vendor::VendorQuery;
use vendor_risk_core::{ErrorCode, Register};

/// The one field error an import of `bytes` gives; asserts nothing was written.
fn refusal(register: &Register, bytes: &[u8]) -> (String, String) {
    let before = register.list_vendors(&VendorQuery::default()).unwrap().total;
    let err = match register.preview_vendor_import(bytes, None) {
        Ok(preview) => match register.commit_vendor_import(bytes, &preview.options) {
            Ok(_) => panic!("imported"),
            Err(err) => err,
        },
        Err(err) => err,
    };
    assert_eq!(err.code(), ErrorCode::Validation, "{err}");
    assert_eq!(register.list_vendors(&VendorQuery::default()).unwrap().total, before, "nothing was written");
    let first = err.field_errors().unwrap().0[0].clone();
    (first.field, first.message)
}

fn workbook(fill: impl FnOnce(&mut rust_xlsxwriter::Worksheet)) -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "Supplier").unwrap();
    sheet.write_string(0, 1, "Annual spend").unwrap();
    fill(sheet);
    book.save_to_buffer().unwrap()
}

#[test]
fn every_bad_file_gets_its_exact_error_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = new_register(dir.path());

    let good = workbook(|s| {
        s.write_string(1, 0, "Acme").unwrap();
    });
    let (field, message) = refusal(&register, &good[..good.len() / 2]);
    assert_eq!(field, "file");
    assert!(message.starts_with("Not a readable XLSX workbook"), "{message}");

    let latin1 = b"Supplier,Country\nAcme,DE\nSoci\xe9t\xe9 G\xe9n\xe9rale,FR\n";
    let (field, message) = refusal(&register, latin1);
    assert_eq!(field, "line 3");
    assert_eq!(message, "The CSV file is not UTF-8 text: save it as \"CSV UTF-8\" and import it again.");

    let (field, message) = refusal(&register, &zip_bomb());
    assert_eq!(field, "file");
    assert!(message.contains("refused as a possible zip bomb"), "{message}");

    let huge = format!("Supplier,Country\n{},DE\n", "A".repeat(1_000_000));
    let (field, message) = refusal(&register, huge.as_bytes());
    assert_eq!(field, "row 2, column 'Supplier'");
    assert!(message.contains("200"), "names the limit: {message}");

    let mut million = String::from("Supplier,Country\n");
    for i in 0..1_000_000 {
        million.push_str(&format!("Vendor {i},DE\n"));
    }
    let (field, message) = refusal(&register, million.as_bytes());
    assert_eq!(field, "file");
    assert_eq!(message, "The file has more than 100000 rows; split it and import the parts one after the other.");

    let formula = workbook(|s| {
        s.write_string(1, 0, "Acme").unwrap();
        s.write_formula(1, 1, Formula::new("=HYPERLINK(\"http://x\",\"click\")")).unwrap();
    });
    let (field, message) = refusal(&register, &formula);
    assert_eq!(field, "Sheet1!B2");
    assert_eq!(message, "Formulas are not imported (nor run): replace them with their values.");
}

/// A workbook whose one sheet unzips to 210 MB of zeros: a few hundred KB on disk.
fn zip_bomb() -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
    let chunk = vec![b'0'; 1024 * 1024];
    for _ in 0..210 {
        zip.write_all(&chunk).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn evidence_names_cannot_leave_the_evidence_store() {
    use vendor_risk_core::questionnaire::evidence::{check_evidence, sanitise_file_name};
    for (name, kept) in [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("..\\..\\Windows\\system32\\evil.pdf", "evil.pdf"),
        ("/absolute/path/policy.pdf", "policy.pdf"),
        ("...hidden.txt", "hidden.txt"),
        ("con<>:\"|?*.txt", "con_______.txt"),
    ] {
        assert_eq!(sanitise_file_name(name), kept);
    }
    let checked = check_evidence("../../../tmp/x.txt", b"plain text").unwrap();
    assert_eq!(checked.file_name, "x.txt");
    assert_eq!(checked.sha256.len(), 64, "stored under its content hash, not its name");
}
