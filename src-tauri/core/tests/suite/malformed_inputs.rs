//! Bad files for every importer — vendor CSV/XLSX, questionnaire workbooks, CAIQ, subprocessor
//! lists, JSON backups — and for evidence, each with the exact error it must give (naming the
//! place) and with nothing written: truncated files, wrong encodings, zip bombs renamed .xlsx,
//! huge cells, a million rows, formulas, and evidence names that try to climb out of the
//! evidence store.

use std::io::Write;

use crate::common::new_register;
use rust_xlsxwriter::{Formula, Workbook};
use vendor_risk_core::questionnaire::assessment::AssignDraft;
use vendor_risk_core::vendor::{VendorDraft, VendorQuery};
use vendor_risk_core::{ErrorCode, Register};

/// What a text file that is not UTF-8 is told.
const NOT_UTF8: &str = "The file is not UTF-8 text: save it as UTF-8 and import it again.";

/// The one field error an import of `bytes` gives; asserts nothing was written.
fn refusal(register: &Register, bytes: &[u8]) -> (String, String) {
    let before = register.list_vendors(&VendorQuery::default()).unwrap().total;
    let err = match register.preview_vendor_import(bytes, None) {
        Ok(preview) => match register.commit_vendor_import(bytes, &preview.options, Some(&preview.basis)) {
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
    assert!(message.starts_with("Not a readable spreadsheet (.xlsx or .ods)"), "{message}");

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

/// The audit log's length: every write appends to it, so an unchanged length means nothing
/// was written.
fn audit_length(register: &Register) -> u64 {
    register.audit_log(&Default::default()).unwrap().total
}

/// The first field error of `result`, which must be a validation error that wrote nothing.
fn refused<T: std::fmt::Debug>(
    register: &Register,
    before: u64,
    result: vendor_risk_core::Result<T>,
) -> (String, String) {
    let err = result.unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation, "{err}");
    assert_eq!(audit_length(register), before, "nothing was written");
    let first = err.field_errors().unwrap().0[0].clone();
    (first.field, first.message)
}

#[test]
fn every_other_importer_refuses_bad_files_with_the_place_named() {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = new_register(dir.path());
    let vendor = register.create_vendor(&VendorDraft::named("Acme Analytics")).unwrap().id;
    let draft = AssignDraft {
        template_id: "lite".into(),
        due_date: "2026-12-31".into(),
        respondent: "Pat Procurement".into(),
        ..AssignDraft::default()
    };
    let assessment = register.assign_questionnaire(vendor, &draft).unwrap().assessment.id;
    let exported = register.export_assessment_workbook(assessment, vendor_risk_core::locale::Language::En).unwrap();
    let before = audit_length(&register);

    let bomb = "The workbook would unzip to 210 MB (more than 200 MB): refused as a possible zip bomb.";
    let truncated = "Not a readable spreadsheet (.xlsx or .ods): invalid Zip archive: Could not find EOCD";

    // Questionnaire workbooks: truncated, a zip bomb.
    let half = exported[..exported.len() / 2].to_vec();
    let import = |bytes: Vec<u8>| {
        register.import_assessment_workbook(assessment, bytes, vendor_risk_core::ImportStep::Commit { previewed: None })
    };
    assert_eq!(refused(&register, before, import(half.clone())), ("file".into(), truncated.into()));
    assert_eq!(refused(&register, before, import(zip_bomb())), ("file".into(), bomb.into()));

    // CAIQ workbooks: truncated, a zip bomb, a workbook that is not a CAIQ.
    let caiq = |bytes: Vec<u8>| register.import_caiq(vendor, bytes, true);
    assert_eq!(refused(&register, before, caiq(half)), ("file".into(), truncated.into()));
    assert_eq!(refused(&register, before, caiq(zip_bomb())), ("file".into(), bomb.into()));

    // HECVAT and subprocessor-list workbooks: truncated, a zip bomb.
    let hecvat = |bytes: Vec<u8>| register.import_hecvat(vendor, &bytes, true);
    assert_eq!(
        refused(&register, before, hecvat(exported[..exported.len() / 2].to_vec())),
        ("file".into(), truncated.into())
    );
    assert_eq!(refused(&register, before, hecvat(zip_bomb())), ("file".into(), bomb.into()));
    let sheet_list = |bytes: Vec<u8>| register.import_subprocessors(vendor, &bytes, None, None);
    assert_eq!(
        refused(&register, before, sheet_list(exported[..exported.len() / 2].to_vec())),
        ("the file".into(), truncated.into())
    );
    assert_eq!(refused(&register, before, sheet_list(zip_bomb())), ("the file".into(), bomb.into()));
    let (field, message) = refused(&register, before, caiq(exported));
    assert_eq!(field, "file");
    assert!(message.starts_with("No CAIQ v4 sheet (named like 'CAIQv4…') in this workbook"), "{message}");

    // Subprocessor lists: wrong encoding, a huge cell, a million rows, no usable header.
    let latin1 = b"| Name | Location |\n|---|---|\n| Soci\xe9t\xe9 | FR |\n";
    let err = vendor_risk_core::import::utf8_text(latin1, vendor_risk_core::import::NOT_UTF8).unwrap_err();
    assert_eq!((err.0[0].field.as_str(), err.0[0].message.as_str()), ("line 3", NOT_UTF8));
    let huge = format!("| Name | Location |\n|---|---|\n| {} | FR |\n", "A".repeat(1_000_000));
    let list = |text: &str| register.import_subprocessors(vendor, text.as_bytes(), None, None);
    assert_eq!(refused(&register, before, list(&huge)), ("line 3, name".into(), "At most 200 characters.".into()));
    let mut million = String::from("Name,Location\n");
    for i in 0..1_000_000 {
        million.push_str(&format!("Sub {i},DE\n"));
    }
    let (field, message) = refused(&register, before, list(&million));
    assert_eq!(field, "the file");
    assert!(message.starts_with("The list has more than 20000 rows"), "{message}");
    let (field, message) = refused(&register, before, list("=cmd|' /C calc'!A0,DE\n"));
    assert_eq!(field, "line 1");
    assert!(message.starts_with("No column names the subprocessor"), "{message}");

    // JSON backups, restored into a new file: truncated, UTF-16, not a backup at all. No
    // half-restored register may be left behind.
    let backup = register.backup().unwrap();
    let target = dir.path().join("restored.sqlite");
    let cases: [(&[u8], &str); 3] = [
        (&backup[..backup.len() / 2], "Not a register backup (line 1, column"),
        (b"\xff\xfe{\x00}\x00", NOT_UTF8),
        (b"[1, 2, 3]", "Not a register backup (line 1, column 2)"),
    ];
    let mut hostile: serde_json::Value = serde_json::from_slice(&backup).unwrap();
    hostile["tables"]["vendors"]["columns"][0] = "id\" FROM vendors; DROP TABLE audit_log; --".into();
    let hostile = serde_json::to_vec(&hostile).unwrap();
    let injected = (hostile.as_slice(), "The backup's table 'vendors' has a column 'id\" FROM vendors");
    for (bytes, expected) in cases.into_iter().chain([injected]) {
        let err = Register::restore(&target, bytes, crate::common::options()).map(|_| ()).unwrap_err();
        let first = &err.field_errors().expect("a field error").0[0];
        assert!(first.message.starts_with(expected), "{}", first.message);
        assert!(!target.exists(), "no half-restored register is left");
    }
}
