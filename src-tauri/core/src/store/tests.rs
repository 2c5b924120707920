//! Store tests that need the store's private parts: migrations injected by the test.

use super::*;

fn file_at_version_1(dir: &Path) -> PathBuf {
    let path = dir.join("register.sqlite");
    let store = Store::open_with(&path, OpenMode::Create, None, &migrate::MIGRATIONS[..1]).unwrap();
    drop(store);
    path
}

#[test]
fn a_failing_migration_leaves_the_file_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_at_version_1(dir.path());
    let before = std::fs::read(&path).unwrap();
    let broken = [
        migrate::MIGRATIONS[0],
        Migration {
            name: "0002_broken",
            sql: "CREATE TABLE half_done (x INTEGER) STRICT; INSERT INTO no_such_table VALUES (1);",
            seed: None,
        },
    ];
    let err = Store::open_with(&path, OpenMode::Existing, None, &broken).unwrap_err();
    assert!(matches!(err, CoreError::Migration { version: 2, .. }), "{err}");
    assert!(err.to_string().contains("left unchanged"));
    assert_eq!(std::fs::read(&path).unwrap(), before, "file bytes changed");
    let store = Store::open_with(&path, OpenMode::Existing, None, &migrate::MIGRATIONS[..1]).unwrap();
    let tables: i64 = store
        .read(|r| {
            Ok(r.conn.query_row("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'", [], |r| r.get(0))?)
        })
        .unwrap();
    assert_eq!(tables, 0);
}

#[test]
fn a_migration_that_breaks_foreign_keys_is_rolled_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_at_version_1(dir.path());
    let orphan = [
        migrate::MIGRATIONS[0],
        Migration {
            name: "0002_orphan",
            sql: "INSERT INTO vendor_services (vendor_id, position, name) VALUES (999, 0, 'ghost');",
            seed: None,
        },
    ];
    let err = Store::open_with(&path, OpenMode::Existing, None, &orphan).unwrap_err();
    assert!(err.to_string().contains("foreign") || err.to_string().contains("FOREIGN"), "{err}");
}

#[test]
fn a_write_without_an_audit_entry_is_refused_and_rolled_back() {
    let store = Store::open_in_memory().unwrap();
    let actor = Actor::local_user();
    let result = store.write(&actor, Utc::now(), |w| {
        w.conn().execute("INSERT INTO register_meta (key, value) VALUES ('x', 'y')", [])?;
        Ok(())
    });
    assert!(result.is_err());
    let rows: i64 =
        store.read(|r| Ok(r.conn.query_row("SELECT count(*) FROM register_meta", [], |r| r.get(0))?)).unwrap();
    assert_eq!(rows, 0);
}
