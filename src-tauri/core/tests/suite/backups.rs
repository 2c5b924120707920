//! Online backups and restores on real register files: a backup taken while another
//! connection writes is consistent; a restore checks the backup first, keeps the register it
//! replaces, and a bad backup — garbage, truncated, or with an edited audit log — changes
//! nothing.

use std::path::Path;

use crate::common::{new_register, options, raw};
use vendor_risk_core::vendor::{VendorDraft, VendorQuery};
use vendor_risk_core::{ErrorCode, Register, sample};

fn draft(name: &str) -> VendorDraft {
    VendorDraft { name: name.into(), category: "other".into(), status: "active".into(), ..VendorDraft::default() }
}

fn vendors(register: &Register) -> u64 {
    register.list_vendors(&VendorQuery::default()).unwrap().total
}

fn audit_head(path: &Path) -> (i64, String) {
    raw(path)
        .query_row("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
}

#[test]
fn a_backup_taken_while_another_connection_writes_is_consistent() {
    let dir = tempfile::tempdir().unwrap();
    let (register, path) = new_register(dir.path());
    sample::write_sample(&register).unwrap();
    let writer = std::thread::spawn(move || {
        let other = Register::open(&path, options()).unwrap();
        for i in 0..200 {
            other.create_vendor(&draft(&format!("Busy vendor {i}"))).unwrap();
        }
    });
    let copy = dir.path().join("backup.sqlite");
    let file = register.backup_to(&copy).unwrap();
    writer.join().unwrap();
    let restored = Register::open(&copy, options()).unwrap();
    assert!(restored.verify_audit().unwrap().intact, "the copy is one consistent state");
    assert_eq!(file.audit_entries, audit_head(&copy).0 as u64);
    let refused = register.backup_to(&copy).map(|_| ()).unwrap_err();
    assert_eq!(refused.code(), ErrorCode::AlreadyExists, "never overwrites a file");
}

#[test]
fn a_restore_keeps_the_register_it_replaces() {
    let dir = tempfile::tempdir().unwrap();
    let (register, path) = new_register(dir.path());
    sample::write_sample(&register).unwrap();
    let copy = dir.path().join("backup.sqlite");
    register.backup_to(&copy).unwrap();
    register.create_vendor(&draft("Added after the backup")).unwrap();
    let before = vendors(&register);
    drop(register);

    let procurement = vendor_risk_core::RegisterOptions {
        actor: vendor_risk_core::Actor { name: "Pat".into(), role: vendor_risk_core::Role::Procurement },
        ..options()
    };
    let forbidden = Register::restore_backup(&path, &copy, procurement).map(|_| ()).unwrap_err();
    assert_eq!(forbidden.code(), ErrorCode::Forbidden, "only compliance restores over a register");

    let (restored, outcome) = Register::restore_backup(&path, &copy, options()).unwrap();
    assert_eq!(vendors(&restored), before - 1, "the backup's state is back");
    assert!(restored.verify_audit().unwrap().intact);
    let last = restored.audit_log(&Default::default()).unwrap().items[0].clone();
    assert_eq!(last.action, "register.restore");
    let kept = outcome.replaced.expect("the replaced register is kept");
    let kept = Register::open(Path::new(&kept), options()).unwrap();
    assert_eq!(vendors(&kept), before, "nothing of the replaced register is lost");
}

#[test]
fn a_bad_backup_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (register, path) = new_register(dir.path());
    sample::write_sample(&register).unwrap();
    let good = dir.path().join("good.sqlite");
    register.backup_to(&good).unwrap();
    drop(register);
    let head = audit_head(&path);

    let garbage = dir.path().join("garbage.sqlite");
    std::fs::write(&garbage, b"not a database at all, just some text that is long enough to matter").unwrap();
    let bytes = std::fs::read(&good).unwrap();
    let truncated = dir.path().join("truncated.sqlite");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    let tampered = dir.path().join("tampered.sqlite");
    std::fs::copy(&good, &tampered).unwrap();
    raw(&tampered)
        .execute_batch("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'Mallory' WHERE seq = 2;")
        .unwrap();

    for (bad, expected) in
        [(&garbage, "not a Vendor Risk Register file"), (&truncated, ""), (&tampered, "audit log does not verify")]
    {
        let err = match Register::restore_backup(&path, bad, options()) {
            Ok(_) => panic!("{} was restored", bad.display()),
            Err(err) => err,
        };
        assert_eq!(err.code(), ErrorCode::Validation, "{err}");
        let message = &err.field_errors().unwrap().0[0].message;
        assert!(message.contains(expected) && message.contains("Nothing was changed"), "{message}");
        assert_eq!(audit_head(&path), head, "the register is untouched after {}", bad.display());
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.contains("restoring") || n.contains("replaced"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn daily_backups_rotate_and_leave_other_files_alone() {
    use std::sync::Arc;
    use vendor_risk_core::RegisterOptions;
    use vendor_risk_core::clock::FixedClock;
    let dir = tempfile::tempdir().unwrap();
    let (register, path) = new_register(dir.path());
    drop(register);
    let backups = dir.path().join("backups");
    std::fs::create_dir_all(&backups).unwrap();
    std::fs::write(backups.join("register-notes.txt"), "mine").unwrap();
    for day in 1..=5 {
        let clock = Arc::new(FixedClock(crate::common::at(&format!("2026-11-0{day}T09:00:00Z"))));
        let register = Register::open(&path, RegisterOptions { clock, ..options() }).unwrap();
        assert!(register.daily_backup(&backups, 3).unwrap().is_some(), "day {day}: a backup");
        assert!(register.daily_backup(&backups, 3).unwrap().is_none(), "day {day}: one a day");
    }
    let mut names: Vec<String> =
        std::fs::read_dir(&backups).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    assert_eq!(
        names,
        [
            "register-2026-11-03.sqlite",
            "register-2026-11-04.sqlite",
            "register-2026-11-05.sqlite",
            "register-notes.txt"
        ]
    );
}
