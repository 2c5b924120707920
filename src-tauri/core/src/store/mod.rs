//! The SQLite store: opening, migrating, and the `read`/`write` transaction closures.
//!
//! All SQL lives under this module. [`Store::write`] runs its closure in one IMMEDIATE
//! transaction and refuses to commit unless the closure appended an audit entry, so no
//! mutation can skip the log (architecture invariant 2).

pub(crate) mod audit;
pub(crate) mod backup;
pub(crate) mod datamap;
pub(crate) mod incidents;
pub(crate) mod meta;
mod migrate;
pub(crate) mod questionnaires;
pub(crate) mod risk;
pub(crate) mod vendors;

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::actor::Actor;
use crate::audit::{AuditEntry, AuditRecord};
use crate::error::{CoreError, Result};
use crate::passphrase::Passphrase;

pub use audit::AuditQuery;
pub use migrate::{LATEST_VERSION, Migration};
pub use questionnaires::TemplateInfo;

/// `PRAGMA application_id` of a register file ("VRR1").
pub const APPLICATION_ID: i32 = 0x5652_5231;

/// How long a write waits for another program's write lock before reporting "busy".
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Whether [`Store::open`] may create a new file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// The file must exist and be a register.
    Existing,
    /// The file must not exist (or be empty); a new register is created.
    Create,
}

/// An open register database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    /// The passphrase the file is encrypted with, if it is: backups are encrypted with it too.
    key: Option<Passphrase>,
    /// Transactions this connection committed: with `PRAGMA data_version` (other connections'
    /// commits) it tells whether anything changed since a cache was filled.
    writes: std::cell::Cell<u64>,
}

impl Store {
    /// Opens (or creates) the register at `path`, migrating it to the latest schema. `key`
    /// unlocks an encrypted register (a plain one ignores it) and encrypts a new one.
    pub fn open(path: &Path, mode: OpenMode, key: Option<&Passphrase>) -> Result<Store> {
        Self::open_with(path, mode, key, migrate::MIGRATIONS)
    }

    /// A private in-memory register, for tests and previews.
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        configure(&conn)?;
        migrate::migrate(&conn, migrate::MIGRATIONS, 0)?;
        Ok(Store { conn, path: None, key: None, writes: Default::default() })
    }

    pub(crate) fn open_with(
        path: &Path,
        mode: OpenMode,
        key: Option<&Passphrase>,
        migrations: &[Migration],
    ) -> Result<Store> {
        let display = path.display().to_string();
        let exists_with_content = std::fs::metadata(path).map(|m| m.len() > 0).unwrap_or(false);
        match mode {
            OpenMode::Existing if !path.exists() => return Err(CoreError::Missing(display)),
            OpenMode::Create if exists_with_content => {
                return Err(CoreError::AlreadyExists(display));
            }
            _ => {}
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let key = applicable_key(path, mode, key)?.cloned();
        let conn = Connection::open_with_flags(path, flags).map_err(|e| open_error(e, &display))?;
        unlock(&conn, key.as_ref())?;
        let version = probe(&conn, mode, &display).map_err(|e| match e {
            CoreError::NotARegister(file) if key.is_some() => CoreError::WrongPassphrase(file),
            other => other,
        })?;
        configure(&conn).map_err(|e| open_error(e, &display))?;
        if mode == OpenMode::Existing {
            check_integrity(&conn, &display)?;
        }
        if version > migrations.len() as i64 {
            return Err(CoreError::NewerSchema { found: version, supported: migrations.len() as i64 });
        }
        if version > 0 && version < migrations.len() as i64 {
            // An upgrade rewrites the file: keep the register as it was, once per version.
            let before = backup::before_migration(path, version);
            if !before.exists() {
                backup::copy_to(&conn, &before, key.as_ref())?;
            }
        }
        migrate::migrate(&conn, migrations, version)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        Ok(Store { conn, path: Some(path.to_path_buf()), key, writes: Default::default() })
    }

    /// A second, read-only connection to the same file, for long reads (verifying the whole
    /// audit chain) that must not hold up this one. The file is open and current already, so
    /// it is neither checked nor migrated again.
    pub fn reader(&self) -> Result<Store> {
        let path =
            self.path.as_deref().ok_or_else(|| CoreError::Conflict("an in-memory register has no file".into()))?;
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        unlock(&conn, self.key.as_ref())?;
        configure(&conn)?;
        Ok(Store { conn, path: self.path.clone(), key: self.key.clone(), writes: Default::default() })
    }

    /// The file this store reads, if any.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether the file is encrypted with a passphrase.
    pub fn encrypted(&self) -> bool {
        self.key.is_some()
    }

    /// Runs `f` in a read transaction: it sees one consistent state of the register.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Deferred)?;
        let value = f(&tx)?;
        tx.finish()?;
        Ok(value)
    }

    /// Runs `f` in one write transaction, committed only if `f` succeeds and appended at
    /// least one audit entry.
    pub fn write<T>(
        &self,
        actor: &Actor,
        now: DateTime<Utc>,
        f: impl FnOnce(&mut Writer<'_>) -> Result<T>,
    ) -> Result<T> {
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        let mut writer = Writer { tx, actor, now, audited: 0 };
        let value = f(&mut writer)?;
        if writer.audited == 0 {
            return Err(CoreError::Conflict("internal: a change must be recorded in the audit log".to_owned()));
        }
        writer.tx.commit()?;
        self.writes.set(self.writes.get() + 1);
        Ok(value)
    }

    /// Runs `f` in one write transaction with foreign keys checked at commit, without an audit
    /// entry of its own: only for loading a backup into a new register, whose restored audit log
    /// is the record (the restore is audited right after).
    pub(crate) fn restore(&self, f: impl FnOnce(&Connection) -> Result<()>) -> Result<()> {
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        tx.pragma_update(None, "defer_foreign_keys", true)?;
        f(&tx)?;
        tx.commit()?;
        self.writes.set(self.writes.get() + 1);
        Ok(())
    }

    /// Copies the register to `target` with SQLite's online backup API; returns the copy's
    /// last audit entry.
    pub fn backup_to(&self, target: &Path) -> Result<Option<(i64, String)>> {
        backup::copy_to(&self.conn, target, self.key.as_ref())
    }

    /// Writes the whole register to the new file `target` with SQLCipher's export: encrypted
    /// with `key`, or plain without one. The schema version and file identity go with it.
    pub fn export_to(&self, target: &Path, key: Option<&Passphrase>) -> Result<()> {
        let name = target
            .to_str()
            .ok_or_else(|| CoreError::Io(std::io::Error::other(format!("{} is not a UTF-8 path", target.display()))))?;
        self.conn.execute("ATTACH DATABASE ?1 AS exported KEY ?2", (name, key.map_or("", Passphrase::expose)))?;
        let exported = (|| -> rusqlite::Result<()> {
            self.conn.query_row("SELECT sqlcipher_export('exported')", [], |_| Ok(()))?;
            for pragma in ["user_version", "application_id"] {
                let value: i64 = self.conn.pragma_query_value(None, pragma, |r| r.get(0))?;
                self.conn.pragma_update(Some("exported"), pragma, value)?;
            }
            Ok(())
        })();
        self.conn.execute("DETACH DATABASE exported", [])?;
        Ok(exported?)
    }

    /// SQLite's full integrity check: `ok`, or the first problem found.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self.conn.query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))?)
    }

    /// Folds the write-ahead log into the database file.
    pub fn checkpoint(&self) -> Result<()> {
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Changes whenever this or any other connection commits to the register.
    pub fn change_marker(&self) -> Result<ChangeMarker> {
        let data_version: i64 = self.conn.pragma_query_value(None, "data_version", |r| r.get(0))?;
        Ok(ChangeMarker { data_version, own_writes: self.writes.get() })
    }
}

/// A point in the register's history, for invalidating caches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChangeMarker {
    data_version: i64,
    own_writes: u64,
}

/// The handle a write closure works through.
pub struct Writer<'a> {
    tx: Transaction<'a>,
    actor: &'a Actor,
    now: DateTime<Utc>,
    audited: usize,
}

impl Writer<'_> {
    /// The transaction, for the store's table functions.
    pub fn conn(&self) -> &Connection {
        &self.tx
    }

    /// The time this change is recorded at.
    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }

    /// Appends an audit entry in this transaction.
    pub fn audit(&mut self, record: AuditRecord) -> Result<AuditEntry> {
        let entry = audit::append(&self.tx, self.actor, self.now, record)?;
        self.audited += 1;
        Ok(entry)
    }
}

/// Whether the file at `path` looks like an encrypted register: whole pages that do not begin
/// with SQLite's header. (SQLCipher files are indistinguishable from random bytes, so a
/// page-sized random file looks encrypted too; its passphrase then fails.)
pub fn is_encrypted(path: &Path) -> bool {
    use std::io::Read;
    let Ok(mut file) = std::fs::File::open(path) else { return false };
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    let mut header = [0u8; 16];
    len >= 4096 && len % 512 == 0 && file.read_exact(&mut header).is_ok() && &header != b"SQLite format 3\0"
}

/// Refuses when the register at `path` is open in another program: SQLite removes the
/// write-ahead log when the last connection closes, so a log still there means another
/// connection (or a crash that the next open will recover from).
pub fn ensure_closed(path: &Path) -> Result<()> {
    let open_elsewhere = ["-wal", "-shm"].iter().any(|companion| backup::with_suffix(path, companion).exists());
    if open_elsewhere { Err(CoreError::OpenElsewhere(path.display().to_string())) } else { Ok(()) }
}

/// The passphrase that applies to opening `path`: a new register takes the one given; an
/// existing one needs it only if it is encrypted.
fn applicable_key<'a>(path: &Path, mode: OpenMode, key: Option<&'a Passphrase>) -> Result<Option<&'a Passphrase>> {
    match (mode, is_encrypted(path), key) {
        (OpenMode::Create, _, key) => Ok(key),
        (OpenMode::Existing, false, _) => Ok(None),
        (OpenMode::Existing, true, None) => Err(CoreError::PassphraseNeeded(path.display().to_string())),
        (OpenMode::Existing, true, key) => Ok(key),
    }
}

/// Gives a new connection the register's key, if it has one (before anything is read).
pub(crate) fn unlock(conn: &Connection, key: Option<&Passphrase>) -> rusqlite::Result<()> {
    if let Some(key) = key {
        // A wrong key is our error to report, not SQLCipher's to log on stderr.
        conn.pragma_update(None, "cipher_log_level", "NONE")?;
        conn.pragma_update(None, "key", key.expose())?;
    }
    Ok(())
}

/// Sets the per-connection PRAGMAs every register connection uses.
fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    // Sorts and temporary tables stay in memory: never in unencrypted temporary files.
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    // Keep a whole large register in SQLite's own cache: list pages then read no file pages.
    conn.pragma_update(None, "cache_size", -65_536)?;
    conn.pragma_update(None, "mmap_size", 268_435_456)?;
    Ok(())
}

/// Reads the file's identity without writing to it; returns its schema version.
fn probe(conn: &Connection, mode: OpenMode, display: &str) -> Result<i64> {
    let read = || -> rusqlite::Result<(i32, i64, i64)> {
        let app_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let objects: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
        Ok((app_id, version, objects))
    };
    let (app_id, version, objects) = read().map_err(|e| open_error(e, display))?;
    let blank = app_id == 0 && version == 0 && objects == 0;
    match (blank, mode) {
        (true, OpenMode::Create) => Ok(0),
        (true, OpenMode::Existing) | (false, OpenMode::Create) => Err(CoreError::NotARegister(display.to_owned())),
        (false, OpenMode::Existing) if app_id != APPLICATION_ID => Err(CoreError::NotARegister(display.to_owned())),
        (false, OpenMode::Existing) => Ok(version),
    }
}

/// `PRAGMA quick_check`: refuses a damaged file before anything is written to it.
fn check_integrity(conn: &Connection, display: &str) -> Result<()> {
    let verdict: String =
        conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0)).map_err(|e| open_error(e, display))?;
    if verdict == "ok" { Ok(()) } else { Err(CoreError::Corrupt(display.to_owned())) }
}

fn open_error(err: rusqlite::Error, display: &str) -> CoreError {
    match err.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => CoreError::NotARegister(display.to_owned()),
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => CoreError::Corrupt(display.to_owned()),
        _ => CoreError::from(err),
    }
}

#[cfg(test)]
mod tests;

/// The stored text form of an instant: RFC 3339, UTC, microseconds.
pub(crate) fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

/// Reads a stored instant back; `column` names the column in the error.
pub(crate) fn parse_timestamp(text: &str, column: usize) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, Box::new(e)))
}

/// A `LIKE ... ESCAPE '\'` pattern matching `text` anywhere, case-folded.
pub(crate) fn like_pattern(text: &str) -> String {
    let escaped = text.trim().to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    format!("%{escaped}%")
}
