//! Opening files: registers, non-registers, damaged and newer files. A refused file is never
//! written to.

use std::path::Path;

use crate::common::{new_register, options, raw};
use vendor_risk_core::locale::Language;
use vendor_risk_core::store::LATEST_VERSION;
use vendor_risk_core::{ErrorCode, Register};

fn open_error(path: &Path) -> ErrorCode {
    match Register::open(path, options()) {
        Ok(_) => panic!("{} opened", path.display()),
        Err(err) => err.code(),
    }
}

#[test]
fn a_new_register_has_the_latest_schema_wal_and_foreign_keys() {
    let dir = tempfile::tempdir().unwrap();
    let (register, path) = new_register(dir.path());
    drop(register);
    let conn = raw(&path);
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
    assert_eq!(version, LATEST_VERSION);
    assert_eq!(mode, "wal");
    let register = Register::open(&path, options()).unwrap();
    assert_eq!(register.info().file_name, "register.sqlite");
}

#[test]
fn create_refuses_an_existing_file_and_open_refuses_a_missing_one() {
    let dir = tempfile::tempdir().unwrap();
    let (_register, path) = new_register(dir.path());
    assert_eq!(Register::create(&path, options()).err().map(|e| e.code()), Some(ErrorCode::AlreadyExists));
    assert_eq!(open_error(&dir.path().join("nope.sqlite")), ErrorCode::Missing);
    assert!(!dir.path().join("nope.sqlite").exists());
}

fn assert_refused_untouched(path: &Path, expected: ErrorCode) {
    let before = std::fs::read(path).unwrap();
    assert_eq!(open_error(path), expected);
    assert_eq!(std::fs::read(path).unwrap(), before, "the refused file was modified");
    let name = path.file_name().unwrap().to_string_lossy();
    for suffix in ["-wal", "-shm", "-journal"] {
        let side = path.with_file_name(format!("{name}{suffix}"));
        assert!(!side.exists() || std::fs::metadata(&side).unwrap().len() == 0, "{suffix} left behind");
    }
}

#[test]
fn a_text_file_is_not_a_register_and_is_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.sqlite");
    std::fs::write(&path, "Vendor list\nMixpanel, analytics\n".repeat(100)).unwrap();
    assert_refused_untouched(&path, ErrorCode::NotARegister);
}

#[test]
fn another_apps_database_is_not_a_register() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO recipes VALUES (1, 'soup');",
    )
    .unwrap();
    drop(conn);
    assert_refused_untouched(&path, ErrorCode::NotARegister);
}

#[test]
fn an_empty_file_is_not_a_register() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.sqlite");
    std::fs::write(&path, b"").unwrap();
    assert_refused_untouched(&path, ErrorCode::NotARegister);
}

#[test]
fn a_register_from_a_newer_version_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let (register, path) = new_register(dir.path());
    drop(register);
    raw(&path).pragma_update(None, "user_version", LATEST_VERSION + 1).unwrap();
    let err = Register::open(&path, options()).err().unwrap();
    assert!(err.to_string().contains("newer version"), "{err}");
    assert_refused_untouched(&path, ErrorCode::NewerSchema);
}

#[test]
fn a_damaged_register_is_found_in_the_background_and_takes_no_changes() {
    let dir = tempfile::tempdir().unwrap();
    let (register, path) = new_register(dir.path());
    vendor_risk_core::sample::write_sample(&register).unwrap();
    drop(register);
    let mut bytes = std::fs::read(&path).unwrap();
    let page_size = 4096;
    assert!(bytes.len() > 3 * page_size);
    for byte in &mut bytes[2 * page_size..3 * page_size] {
        *byte = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();
    // Opening reads only the header and the schema: the damage is found by the health check
    // that runs after the first screen, and from then on nothing is written.
    let register = Register::open(&path, options()).unwrap();
    let health = register.check_health().unwrap();
    assert!(health.file_problem.is_some(), "{health:?}");
    let refused =
        register.create_vendor(&vendor_risk_core::vendor::VendorDraft::named("After the damage")).unwrap_err();
    assert_eq!(refused.code(), ErrorCode::Corrupt, "{refused}");
    let message = refused.user_message(Language::En);
    assert!(message.contains("Restore it from a backup"), "{message}");
    drop(register);
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "the damaged file is untouched");
}

#[test]
fn a_sound_register_passes_its_health_check() {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = new_register(dir.path());
    vendor_risk_core::sample::write_sample(&register).unwrap();
    let health = register.check_health().unwrap();
    assert_eq!(health.file_problem, None);
    assert!(health.audit.is_some_and(|a| a.intact));
}

#[test]
fn the_schema_states_its_rules() {
    let dir = tempfile::tempdir().unwrap();
    let (_register, path) = new_register(dir.path());
    let conn = raw(&path);
    let tables: Vec<(String, bool)> = conn
        .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(tables.len() >= 4);
    for (table, strict) in &tables {
        assert!(strict, "{table} is not STRICT");
        let foreign_keys: Vec<String> = conn
            .prepare("SELECT \"from\" FROM pragma_foreign_key_list(?1)")
            .unwrap()
            .query_map([table], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        for column in foreign_keys {
            // An index leads with the column, or the column is the table's INTEGER PRIMARY KEY
            // (the rowid itself).
            let indexed: bool = conn
                .query_row(
                    "SELECT EXISTS (SELECT 1 FROM pragma_index_list(?1) AS l JOIN pragma_index_info(l.name) AS i
                     WHERE i.seqno = 0 AND i.name = ?2)
                     OR EXISTS (SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2 AND pk = 1 AND upper(type) = 'INTEGER')",
                    [table, &column],
                    |r| r.get(0),
                )
                .unwrap();
            assert!(indexed, "{table}.{column} is a foreign key without an index");
        }
    }
}

#[test]
fn the_audit_log_refuses_update_and_delete() {
    let dir = tempfile::tempdir().unwrap();
    let (_register, path) = new_register(dir.path());
    let conn = raw(&path);
    let update = conn.execute("UPDATE audit_log SET actor = 'mallory'", []).unwrap_err();
    let delete = conn.execute("DELETE FROM audit_log", []).unwrap_err();
    assert!(update.to_string().contains("append-only"));
    assert!(delete.to_string().contains("append-only"));
}
