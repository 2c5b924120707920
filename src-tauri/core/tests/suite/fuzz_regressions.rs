//! Every input that ever made a fuzz target (`fuzz/`) panic, run through the same entry point:
//! each must now give a result or a clear error. Files are named `<target>-<what it found>`.

use std::path::PathBuf;

use vendor_risk_core::{ErrorCode, Register, RegisterOptions};

fn cases(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut cases: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(&format!("{target}-")))
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    cases.sort();
    cases
}

#[test]
fn vendor_import_cases_no_longer_panic() {
    let register = Register::in_memory(RegisterOptions::default()).unwrap();
    let found = cases("vendor_import");
    assert!(!found.is_empty());
    for (name, bytes) in found {
        if let Err(err) = register.preview_vendor_import(&bytes, None) {
            assert_eq!(err.code(), ErrorCode::Validation, "{name}: {err}");
        }
    }
}

#[test]
fn a_vat_number_starting_with_any_character_is_checked_not_crashed_on() {
    use vendor_risk_core::vendor::VendorDraft;
    let register = Register::in_memory(RegisterOptions::default()).unwrap();
    for vat in ["\u{feff}IE6388047V", "ÉÉ123456", "€", "I€12345"] {
        let draft = VendorDraft {
            name: "X".into(),
            category: "other".into(),
            status: "active".into(),
            vat: vat.into(),
            ..VendorDraft::default()
        };
        let err = register.create_vendor(&draft).map(|_| ()).unwrap_err();
        assert_eq!(err.field_errors().unwrap().0[0].field, "vat", "{vat}");
    }
}
