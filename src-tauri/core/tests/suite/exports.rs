//! Exports on a real register: CSV and XLSX cells that would run as formulas are neutralised,
//! the record of processing comes from the data map, and a JSON backup restores into a new
//! register losing nothing — while a tampered backup is refused and leaves no file behind.

/// The error a call that should fail returned.
fn refused<T>(result: vendor_risk_core::Result<T>) -> vendor_risk_core::CoreError {
    match result {
        Ok(_) => panic!("expected a refusal"),
        Err(err) => err,
    }
}

use crate::common::{new_register, options};
use calamine::{Reader, Xlsx};
use vendor_risk_core::export::{Sheet, to_csv, to_xlsx};
use vendor_risk_core::vendor::VendorDraft;
use vendor_risk_core::{ErrorCode, Register, sample};

const HOSTILE: [&str; 6] = ["=HYPERLINK(\"http://x\")", "+1+cmd", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"];

fn hostile_register(dir: &std::path::Path) -> Register {
    let (register, _) = new_register(dir);
    let draft = VendorDraft {
        name: HOSTILE[0].into(),
        category: "other".into(),
        status: "active".into(),
        description: HOSTILE[1].into(),
        business_owner: HOSTILE[2].into(),
        legal_name: HOSTILE[3].into(),
        ..VendorDraft::default()
    };
    register.create_vendor(&draft).unwrap();
    register
}

#[test]
fn csv_and_xlsx_cells_never_start_a_formula() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = hostile_register(dir.path()).vendor_sheet().unwrap();
    let csv = String::from_utf8(to_csv(&sheet).unwrap()).unwrap();
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let row = reader.records().next().unwrap().unwrap();
    for cell in row.iter().filter(|c| !c.is_empty()) {
        assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "CSV cell {cell:?} could run as a formula");
    }
    assert!(row.iter().any(|c| c == "'=HYPERLINK(\"http://x\")"), "the text is kept, behind an apostrophe");

    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(to_xlsx(&[sheet]).unwrap())).unwrap();
    let range = book.worksheet_range("Vendors").unwrap();
    assert!(book.worksheet_formula("Vendors").unwrap().used_cells().next().is_none(), "no formulas in the workbook");
    let cells: Vec<String> = range.rows().nth(1).unwrap().iter().map(|c| c.to_string()).collect();
    for cell in cells.iter().filter(|c| !c.is_empty()) {
        assert!(!cell.starts_with(['=', '+', '-', '@']), "XLSX cell {cell:?} could run as a formula");
    }

    let table = Sheet {
        title: "T".into(),
        headers: vec!["h".into()],
        rows: HOSTILE.iter().map(|h| vec![(*h).to_owned()]).collect(),
    };
    let text = String::from_utf8(to_csv(&table).unwrap()).unwrap();
    assert_eq!(text.matches("\n'").count() + text.matches("\"'").count(), HOSTILE.len(), "{text}");
}

#[test]
fn the_record_of_processing_comes_from_the_data_map() {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = new_register(dir.path());
    sample::write_sample(&register).unwrap();
    let ropa = register.ropa_sheet().unwrap();
    let rippling = ropa.rows.iter().find(|r| r[3] == "Rippling").expect("Rippling's HR flow");
    assert!(rippling[6].contains("health"), "special categories: {rippling:?}");
    assert_eq!(rippling[9], "US", "a transfer outside the EEA");
    assert_eq!(rippling[0], "Kestrel AI");
    assert!(ropa.rows.iter().all(|r| r[3] != "Mixpanel"), "Mixpanel's flows ended in 2025");
    assert!(ropa.rows.iter().any(|r| r[12].contains("SOC 2")), "certifications on file are listed");
}

#[test]
fn a_backup_restores_into_a_new_register_losing_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = new_register(dir.path());
    sample::write_sample(&register).unwrap();
    let backup = register.backup().unwrap();

    let path = dir.path().join("restored.sqlite");
    let restored = Register::restore(&path, &backup, options()).unwrap();
    assert!(restored.verify_audit().unwrap().intact);
    let original: serde_json::Value = serde_json::from_slice(&backup).unwrap();
    let again: serde_json::Value = serde_json::from_slice(&restored.backup().unwrap()).unwrap();
    for (table, rows) in original["tables"].as_object().unwrap() {
        let copy = &again["tables"][table];
        if table == "audit_log" {
            let (before, after) = (rows["rows"].as_array().unwrap(), copy["rows"].as_array().unwrap());
            assert_eq!(after.len(), before.len() + 1, "the restore is the one new entry");
            assert_eq!(&after[..before.len()], &before[..]);
        } else {
            assert_eq!(rows, copy, "table {table} differs after the round trip");
        }
    }
    assert_eq!(restored.vendor_sheet().unwrap(), register.vendor_sheet().unwrap());
    let evidence = original["tables"]["evidence_files"]["rows"].as_array().unwrap();
    assert!(!evidence.is_empty(), "evidence files travel in the backup");

    let again = refused(Register::restore(&path, &backup, options()));
    assert_eq!(again.code(), ErrorCode::AlreadyExists, "never restores over a register");
}

#[test]
fn a_tampered_or_foreign_backup_is_refused_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = new_register(dir.path());
    sample::write_sample(&register).unwrap();
    let text = String::from_utf8(register.backup().unwrap()).unwrap();
    let tampered = text.replacen("\"Mixpanel\"", "\"Nobody\"", 1);
    assert_ne!(tampered, text);
    let path = dir.path().join("restored.sqlite");
    let error = refused(Register::restore(&path, tampered.as_bytes(), options()));
    assert_eq!(error.code(), ErrorCode::Validation, "{error}");
    assert!(!path.exists(), "a refused restore leaves nothing behind");

    let foreign = refused(Register::restore(&path, b"{\"format\": \"something else\"}", options()));
    assert_eq!(foreign.code(), ErrorCode::Validation);
    assert!(!path.exists());
}
