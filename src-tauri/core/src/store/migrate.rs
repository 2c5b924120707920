//! Schema migrations: append-only SQL files applied in one transaction, tracked by
//! `PRAGMA user_version`. To change the schema, add `migrations/000N_name.sql`, list it in
//! [`MIGRATIONS`], and commit a schema snapshot (see the migration tests).

use rusqlite::{Connection, Transaction, TransactionBehavior};

use super::APPLICATION_ID;
use crate::error::{CoreError, Result};

/// One schema step: SQL, then optionally Rust that fills reference data (in the same
/// transaction).
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    pub name: &'static str,
    pub sql: &'static str,
    pub(crate) seed: Option<fn(super::db::Conn<'_>) -> rusqlite::Result<()>>,
}

/// Every migration, in order; version N is `MIGRATIONS[N - 1]`.
pub(crate) const MIGRATIONS: &[Migration] = &[
    Migration { name: "0001_init", sql: include_str!("../../migrations/0001_init.sql"), seed: None },
    Migration {
        name: "0002_data_map",
        sql: include_str!("../../migrations/0002_data_map.sql"),
        seed: Some(super::datamap::seed_taxonomy),
    },
    Migration { name: "0003_incidents", sql: include_str!("../../migrations/0003_incidents.sql"), seed: None },
    Migration {
        name: "0004_questionnaires",
        sql: include_str!("../../migrations/0004_questionnaires.sql"),
        seed: Some(super::questionnaires::seed_templates),
    },
    Migration {
        name: "0005_risk",
        sql: include_str!("../../migrations/0005_risk.sql"),
        seed: Some(super::risk::seed_rubric),
    },
    Migration { name: "0006_dora", sql: include_str!("../../migrations/0006_dora.sql"), seed: None },
    Migration { name: "0007_lists_hecvat", sql: include_str!("../../migrations/0007_lists_hecvat.sql"), seed: None },
];

/// The schema version this build writes.
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

/// Applies every migration after `from`, all or nothing. An up-to-date register is not locked
/// (so opening it never waits for another program's write); otherwise the version is read
/// again under the write lock, in case another program upgraded the file meanwhile.
pub(crate) fn migrate(conn: &Connection, migrations: &[Migration], from: i64) -> Result<()> {
    if from >= migrations.len() as i64 {
        return Ok(());
    }
    // A migration may rebuild a table others refer to (SQLite's procedure for changing a
    // constraint): foreign keys are off while it runs, and all checked before it commits.
    conn.pragma_update(None, "foreign_keys", false)?;
    let migrated = migrate_in_transaction(conn, migrations);
    conn.pragma_update(None, "foreign_keys", true)?;
    migrated
}

fn migrate_in_transaction(conn: &Connection, migrations: &[Migration]) -> Result<()> {
    let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
    let from: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let pending = migrations.iter().enumerate().skip(usize::try_from(from).unwrap_or(usize::MAX));
    let mut latest = from;
    for (index, migration) in pending {
        let version = index as i64 + 1;
        let failed = |e: rusqlite::Error| CoreError::Migration { version, detail: format!("{}: {e}", migration.name) };
        tx.execute_batch(migration.sql).map_err(failed)?;
        if let Some(seed) = migration.seed {
            seed(super::db::Conn::Sqlite(&tx)).map_err(failed)?;
        }
        latest = version;
    }
    if latest == from {
        return Ok(());
    }
    let violations: i64 = tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))?;
    if violations > 0 {
        return Err(CoreError::Migration { version: latest, detail: format!("{violations} foreign-key violations") });
    }
    tx.pragma_update(None, "user_version", latest)?;
    if from == 0 {
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    }
    tx.commit()?;
    Ok(())
}
