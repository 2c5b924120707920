//! Migration tests: a fresh register has the same schema as one upgraded from every earlier
//! schema snapshot in `tests/schema/`. Snapshots are written by real older builds' schema;
//! regenerate the latest one with `UPDATE_SCHEMA_SNAPSHOT=1 cargo test -p vendor-risk-core --test suite migrations`
//! (the test then fails once, having rewritten it: run it again).

use std::path::PathBuf;

use crate::common::{new_register, options, raw};
use vendor_risk_core::Register;
use vendor_risk_core::store::LATEST_VERSION;

fn snapshot_path(version: i64) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/schema/v{version}.sql"))
}

/// The schema as comparable text: every object's SQL with whitespace collapsed, plus the
/// version PRAGMAs.
fn schema_of(conn: &rusqlite::Connection) -> String {
    let mut objects: Vec<String> = conn
        .prepare("SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name")
        .unwrap()
        .query_map([], |r| {
            let sql: String = r.get(2)?;
            Ok(format!(
                "-- {} {}\n{};",
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                sql.split_whitespace().collect::<Vec<_>>().join(" ")
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    let app_id: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0)).unwrap();
    objects.push(format!("PRAGMA application_id = {app_id};\nPRAGMA user_version = {version};"));
    objects.join("\n") + "\n"
}

/// The snapshot is executable SQL in creation order (tables before their indexes).
fn creation_script(conn: &rusqlite::Connection) -> String {
    let mut statements: Vec<String> = conn
        .prepare("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY rowid")
        .unwrap()
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(|s| s.unwrap() + ";")
        .collect();
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    let app_id: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0)).unwrap();
    statements.push(format!("PRAGMA application_id = {app_id};\nPRAGMA user_version = {version};"));
    statements.join("\n") + "\n"
}

fn fresh_schema() -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    let (register, path) = new_register(dir.path());
    drop(register);
    let conn = raw(&path);
    (schema_of(&conn), creation_script(&conn))
}

#[test]
fn the_latest_snapshot_matches_a_fresh_register() {
    let (fresh, script) = fresh_schema();
    let path = snapshot_path(LATEST_VERSION);
    if std::env::var_os("UPDATE_SCHEMA_SNAPSHOT").is_some()
        && std::fs::read_to_string(&path).ok().as_deref() != Some(script.as_str())
    {
        std::fs::write(&path, &script).unwrap();
        panic!("{} was rewritten; check the change and run the tests again", path.display());
    }
    let snapshot = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing {}: add a snapshot for every schema version", path.display()));
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    conn.execute_batch(&snapshot).unwrap();
    assert_eq!(schema_of(&conn), fresh, "a released migration was edited, or the snapshot is stale");
}

#[test]
fn every_earlier_snapshot_upgrades_to_the_fresh_schema() {
    let (fresh, _) = fresh_schema();
    for version in 1..LATEST_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("v{version}.sqlite"));
        let snapshot = std::fs::read_to_string(snapshot_path(version)).unwrap();
        raw(&path).execute_batch(&snapshot).unwrap();
        drop(Register::open(&path, options()).unwrap());
        assert_eq!(schema_of(&raw(&path)), fresh, "upgrading from v{version}");
        let kept = dir.path().join(format!("v{version}.sqlite.before-schema-{version}"));
        let kept_version: i64 = raw(&kept).query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(kept_version, version, "the register as it was before the upgrade is kept");
    }
}

#[test]
fn upgrading_to_v7_keeps_assessments_their_answers_and_later_cycles() {
    // A v6 register with an assessment that answers and a later cycle refer to: v7
    // rebuilds the assessments table (a HECVAT source), which must keep every row and link.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v6.sqlite");
    raw(&path).execute_batch(&std::fs::read_to_string(snapshot_path(6)).unwrap()).unwrap();
    raw(&path)
        .execute_batch(
            "INSERT INTO vendors (id, name, name_key, category, status, created_at, updated_at)
               VALUES (1, 'Acme', 'acme', 'other', 'active', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
             INSERT INTO questionnaire_templates (id, key, version, title, builtin, definition, created_at)
               VALUES (1, 'caiq-v4', 1, 'CAIQ', 0, '{}', '2026-01-01T00:00:00Z');
             INSERT INTO assessments (id, vendor_id, template_id, status, source, created_at, updated_at, score)
               VALUES (1, 1, 1, 'submitted', 'caiq', '2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z', 87.5),
                      (2, 1, 1, 'draft', 'app', '2026-02-02T00:00:00Z', '2026-02-02T00:00:00Z', NULL);
             UPDATE assessments SET previous_id = 1 WHERE id = 2;
             INSERT INTO assessment_answers (assessment_id, question_id, value, updated_at)
               VALUES (1, 'A&A-01.1', '\"no\"', '2026-01-02T00:00:00Z');",
        )
        .unwrap();
    drop(Register::open(&path, options()).unwrap());
    let conn = raw(&path);
    let rows: Vec<(i64, String, Option<i64>, Option<f64>)> = conn
        .prepare("SELECT id, source, previous_id, score FROM assessments ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(rows, [(1, "caiq".into(), None, Some(87.5)), (2, "app".into(), Some(1), None)]);
    let answers: i64 =
        conn.query_row("SELECT count(*) FROM assessment_answers WHERE assessment_id = 1", [], |r| r.get(0)).unwrap();
    assert_eq!(answers, 1);
    let violations: i64 = conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
    assert_eq!(violations, 0);
}
