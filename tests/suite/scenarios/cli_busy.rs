//! The app and the CLI on one register: while another program holds the write lock (as the
//! app does during a change), a CLI write waits, then fails with a clear "busy" message and
//! writes nothing; reads still work; once the lock is released the write goes through.

use vendor_risk_tests::vendor_risk;

#[test]
fn a_cli_write_waits_then_reports_busy() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("register.sqlite");
    vendor_risk(&db, &["sample"]).ok();
    let holder = rusqlite::Connection::open(&db).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE; UPDATE register_meta SET value = value;").unwrap();

    let busy = vendor_risk(&db, &["vendor", "add", "--name", "Waited Ltd", "--category", "other"]).fails();
    assert!(busy.stderr.contains("busy"), "{}", busy.stderr);
    vendor_risk(&db, &["vendor", "list", "--limit", "1"]).ok();

    holder.execute_batch("ROLLBACK").unwrap();
    drop(holder);
    vendor_risk(&db, &["vendor", "add", "--name", "Waited Ltd", "--category", "other"]).ok();
    vendor_risk(&db, &["audit", "verify"]).ok();
}
