//! The SQLite store: opening, migrating, and the typed transaction handles.
//!
//! All SQL lives under this module. A use case reads through [`Store::read`], which hands its
//! closure a [`Reader`], and changes the register through [`Store::write`], which hands it a
//! [`Writer`] (usable wherever a `Reader` is). The table functions are methods on those
//! handles, one module per table group; nothing outside `store/` names a connection.
//!
//! A file-backed store keeps one writer connection and a few read-only ones, so reads never
//! wait for a write or for each other (WAL). A read started while the same thread runs a
//! transaction on the store joins that transaction (see [`pool`]): a use case made of several
//! reads sees one state of the register, and reads inside a write see the write's changes.
//!
//! [`Store::write`] runs its closure in one IMMEDIATE transaction and refuses to commit unless
//! the closure appended an audit entry, so no mutation can skip the log (invariant 2).
//!
//! Opening reads only the file's header and schema: integrity and the audit chain are checked
//! afterwards, in the background ([`Store::integrity_check`], `Register::check_health`).

pub(crate) mod audit;
pub(crate) mod backup;
pub(crate) mod datamap;
mod db;
mod dora;
pub(crate) mod dump;
mod graph;
pub(crate) mod incidents;
pub(crate) mod listen;
pub(crate) mod meta;
mod migrate;
mod pool;
pub mod postgres;
pub(crate) mod questionnaires;
pub(crate) mod risk;
pub mod team;
#[cfg(feature = "test-server")]
pub mod test_server;
pub(crate) mod vendors;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::actor::Actor;
use crate::audit::{AuditEntry, AuditRecord};
use crate::error::{CoreError, Result};
use crate::passphrase::Passphrase;
use crate::text::Message;
use pool::{Pin, Pinned, ReaderPool};

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

/// Tells stores apart in a thread's pinned transactions.
static NEXT_STORE_ID: AtomicU64 = AtomicU64::new(1);

/// An open register database: a SQLite file (or memory), or a team register on a PostgreSQL
/// server. `Send + Sync`: share it between threads.
pub struct Store {
    id: u64,
    path: Option<PathBuf>,
    /// The passphrase the file is encrypted with, if it is: backups are encrypted with it too.
    key: Option<Passphrase>,
    /// Read-only connections of a file-backed store. Declared before the writer so they close
    /// first: the last connection to close (the writer) folds the write-ahead log back into
    /// the file and removes it, which a read-only one cannot.
    readers: Option<ReaderPool>,
    /// The one connection that writes; in an in-memory store, also the one that reads. `None`
    /// only while a transaction has it, and for a team register.
    writer: Mutex<Option<Connection>>,
    /// A team register's server: then the store has no file, and every transaction runs on a
    /// connection of this pool.
    server: Option<team::Server>,
    /// What a background check found wrong with the file: from then on it takes no changes.
    damaged: OnceLock<String>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .field("encrypted", &self.key.is_some())
            .field("server", &self.server.as_ref().map(|s| &s.target.display))
            .finish()
    }
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
        Ok(Store::assemble(conn, None, None))
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
        if version > migrations.len() as i64 {
            return Err(CoreError::NewerSchema { found: version, supported: migrations.len() as i64 });
        }
        if version > 0 && version < migrations.len() as i64 {
            // An upgrade rewrites the file: refuse a damaged one, and keep the register as it
            // was, once per version. (This is the one open that reads the whole file.)
            check_integrity(&conn, &display)?;
            let before = backup::before_migration(path, version);
            if !before.exists() {
                backup::copy_to(&conn, &before, key.as_ref())?;
            }
        }
        migrate::migrate(&conn, migrations, version)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // A read opens the write-ahead log on this connection, so that when it closes last it
        // folds the log back and removes it (a read-only connection cannot).
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()))?;
        Ok(Store::assemble(conn, Some(path.to_path_buf()), key))
    }

    fn assemble(writer: Connection, path: Option<PathBuf>, key: Option<Passphrase>) -> Store {
        Store {
            id: NEXT_STORE_ID.fetch_add(1, Ordering::Relaxed),
            readers: path.is_some().then(ReaderPool::new),
            path,
            key,
            writer: Mutex::new(Some(writer)),
            server: None,
            damaged: OnceLock::new(),
        }
    }

    /// A store on a team register's server (see [`team`]).
    pub(crate) fn on_server(server: team::Server) -> Store {
        Store {
            id: NEXT_STORE_ID.fetch_add(1, Ordering::Relaxed),
            path: None,
            key: None,
            readers: None,
            writer: Mutex::new(None),
            server: Some(server),
            damaged: OnceLock::new(),
        }
    }

    /// The team register's server, if this store is one.
    pub fn server(&self) -> Option<&team::Server> {
        self.server.as_ref()
    }

    /// The file this store reads, if any.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether the file is encrypted with a passphrase.
    pub fn encrypted(&self) -> bool {
        self.key.is_some()
    }

    /// Runs `f` in a read transaction: it sees one consistent state of the register. Inside a
    /// transaction this thread already runs on the store, `f` joins it.
    pub fn read<T>(&self, f: impl FnOnce(&Reader<'_>) -> Result<T>) -> Result<T> {
        if let Some((session, pinned)) = pool::pinned(self.id) {
            return f(&Reader { conn: session.conn(), writing: pinned == Pinned::Writing });
        }
        if let Some(server) = &self.server {
            let pin = Pin::server(self.id, pool::Session::Postgres(server.pool.session()?), Pinned::Reading);
            pin.postgres()?.batch("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")?;
            let value = f(&Reader { conn: pin.session().conn(), writing: false })?;
            pin.postgres()?.batch("COMMIT")?;
            return Ok(value);
        }
        let pin = match &self.readers {
            Some(readers) => Pin::reader(self.id, readers, readers.take(|| self.open_reader())?),
            None => Pin::writer(self.id, self.lock_writer(), Pinned::Reading)?,
        };
        let tx = Transaction::new_unchecked(pin.sqlite()?, TransactionBehavior::Deferred)?;
        let value = f(&Reader { conn: db::Conn::Sqlite(&tx), writing: false })?;
        tx.finish()?;
        Ok(value)
    }

    /// Runs `f` in one write transaction, committed only if `f` succeeds and appended at
    /// least one audit entry. Returns the value and the entries appended.
    pub fn write<T>(
        &self,
        actor: &Actor,
        now: DateTime<Utc>,
        f: impl FnOnce(&mut Writer<'_>) -> Result<T>,
    ) -> Result<T> {
        self.refuse_if_damaged()?;
        let pin = self.writer_pin()?;
        if let Ok(session) = pin.postgres() {
            // One writer at a time, as on SQLite: the audit chain is appended in one order.
            team::begin_write(session)?;
            let value = Self::audited(pin.session().conn(), actor, now, f)?;
            session.batch("COMMIT")?;
            return Ok(value);
        }
        let tx = Transaction::new_unchecked(pin.sqlite()?, TransactionBehavior::Immediate)?;
        let value = Self::audited(db::Conn::Sqlite(&tx), actor, now, f)?;
        tx.commit()?;
        Ok(value)
    }

    /// Runs `f` as a change made by `actor` at `now` on `conn`, refused unless it appended at
    /// least one audit entry.
    fn audited<T>(
        conn: db::Conn<'_>,
        actor: &Actor,
        now: DateTime<Utc>,
        f: impl FnOnce(&mut Writer<'_>) -> Result<T>,
    ) -> Result<T> {
        let mut writer = Writer { reader: Reader { conn, writing: true }, actor: actor.clone(), now, audited: 0 };
        let value = f(&mut writer)?;
        if writer.audited == 0 {
            return Err(CoreError::Internal("a change must be recorded in the audit log".to_owned()));
        }
        Ok(value)
    }

    /// Runs `f` in one write transaction with foreign keys checked at commit, without an audit
    /// entry of its own: only for loading a backup into a new register, whose restored audit log
    /// is the record (the restore is audited right after).
    pub(crate) fn restore(&self, f: impl FnOnce(&Writer<'_>) -> Result<()>) -> Result<()> {
        let pin = self.writer_pin()?;
        let tx = Transaction::new_unchecked(pin.sqlite()?, TransactionBehavior::Immediate)?;
        tx.pragma_update(None, "defer_foreign_keys", true)?;
        let writer = Writer {
            reader: Reader { conn: db::Conn::Sqlite(&tx), writing: true },
            actor: Actor::local_user(),
            now: Utc::now(),
            audited: 0,
        };
        f(&writer)?;
        tx.commit()?;
        Ok(())
    }

    /// Creates a team register from a register file's backup, in one transaction on the store's
    /// (empty) server: `f` then checks what was loaded and records the move; if anything fails,
    /// the server is left as empty as it was.
    pub(crate) fn load_team(
        &self,
        backup: &crate::export::backup::Backup,
        actor: &Actor,
        now: DateTime<Utc>,
        work: &mut crate::work::Work<'_>,
        f: impl FnOnce(&mut Writer<'_>, &mut crate::work::Work<'_>) -> Result<()>,
    ) -> Result<()> {
        let pin = self.writer_pin()?;
        let session = pin.postgres()?;
        session.batch("BEGIN")?;
        Self::audited(pin.session().conn(), actor, now, |w| {
            w.load_into_team(backup, work)?;
            f(w, work)
        })?;
        session.batch("COMMIT")?;
        Ok(())
    }

    /// Copies the register to `target` with SQLite's online backup API, from a read
    /// transaction on a reader connection (writes go on meanwhile); returns the copy's last
    /// audit entry.
    pub fn backup_to(&self, target: &Path, work: &mut crate::work::Work<'_>) -> Result<Option<(i64, String)>> {
        self.read(|r| backup::copy_with(file_only(r.conn.sqlite())?, target, self.key.as_ref(), work))
    }

    /// Writes the whole register to the new file `target` with SQLCipher's export: encrypted
    /// with `key`, or plain without one. The schema version and file identity go with it.
    pub fn export_to(&self, target: &Path, key: Option<&Passphrase>) -> Result<()> {
        let name = target
            .to_str()
            .ok_or_else(|| CoreError::Io(std::io::Error::other(format!("{} is not a UTF-8 path", target.display()))))?;
        let pin = self.writer_pin()?;
        let conn = pin.sqlite()?;
        conn.execute("ATTACH DATABASE ?1 AS exported KEY ?2", (name, key.map_or("", Passphrase::expose)))?;
        let exported = (|| -> rusqlite::Result<()> {
            conn.query_row("SELECT sqlcipher_export('exported')", [], |_| Ok(()))?;
            for pragma in ["user_version", "application_id"] {
                let value: i64 = conn.pragma_query_value(None, pragma, |r| r.get(0))?;
                conn.pragma_update(Some("exported"), pragma, value)?;
            }
            Ok(())
        })();
        conn.execute("DETACH DATABASE exported", [])?;
        Ok(exported?)
    }

    /// SQLite's full integrity check, on a reader: `ok`, or the first problem found. Reads the
    /// whole file: run it in the background.
    pub fn integrity_check(&self) -> Result<String> {
        if self.server.is_some() {
            return Ok("ok".to_owned()); // the server keeps its own files sound
        }
        self.read(|r| Ok(file_only(r.conn.sqlite())?.query_row("PRAGMA integrity_check(1)", [], |row| row.get(0))?))
    }

    /// Refuses every later change: a background check found the file damaged (`why`).
    pub fn mark_damaged(&self, why: String) {
        let _ = self.damaged.set(why);
    }

    /// Folds the write-ahead log into the database file.
    pub fn checkpoint(&self) -> Result<()> {
        let pin = self.writer_pin()?;
        pin.sqlite()?.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    fn refuse_if_damaged(&self) -> Result<()> {
        match self.damaged.get() {
            Some(_) => Err(CoreError::Damaged(
                self.path.as_deref().map_or_else(|| "(in memory)".to_owned(), |p| p.display().to_string()),
            )),
            None => Ok(()),
        }
    }

    fn lock_writer(&self) -> std::sync::MutexGuard<'_, Option<Connection>> {
        self.writer.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The writer connection pinned to this thread, refused inside another transaction of this
    /// store on this thread (its state would not be the one written).
    fn writer_pin(&self) -> Result<Pin<'_>> {
        if pool::pinned(self.id).is_some() {
            return Err(CoreError::Internal("a change was started inside another transaction".to_owned()));
        }
        match &self.server {
            Some(server) => Ok(Pin::server(self.id, pool::Session::Postgres(server.pool.session()?), Pinned::Writing)),
            None => Pin::writer(self.id, self.lock_writer(), Pinned::Writing),
        }
    }

    fn open_reader(&self) -> Result<Connection> {
        let path =
            self.path.as_deref().ok_or_else(|| CoreError::Internal("an in-memory register has no file".into()))?;
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        unlock(&conn, self.key.as_ref())?;
        configure(&conn)?;
        Ok(conn)
    }
}

/// A read transaction: the table functions that read are its methods (in each table group's
/// module).
pub struct Reader<'c> {
    conn: db::Conn<'c>,
    /// Whether this is a write transaction's view (which may still be rolled back).
    writing: bool,
}

impl Reader<'_> {
    /// Whether this read sees a write that may still be rolled back: what it derives must not
    /// be kept beyond the transaction.
    pub fn in_write(&self) -> bool {
        self.writing
    }
}

/// A write transaction: the table functions that write are its methods. Reads through it see
/// its own changes.
pub struct Writer<'c> {
    reader: Reader<'c>,
    actor: Actor,
    now: DateTime<Utc>,
    audited: usize,
}

impl<'c> std::ops::Deref for Writer<'c> {
    type Target = Reader<'c>;

    fn deref(&self) -> &Reader<'c> {
        &self.reader
    }
}

impl Writer<'_> {
    /// The time this change is recorded at.
    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }

    /// Appends an audit entry in this transaction.
    pub fn audit(&mut self, record: AuditRecord) -> Result<AuditEntry> {
        let entry = audit::append(self.reader.conn, &self.actor, self.now, record)?;
        self.audited += 1;
        Ok(entry)
    }

    fn conn(&self) -> db::Conn<'_> {
        self.reader.conn
    }
}

/// The SQLite connection of a file-backed store; what only a file does (backups, PRAGMAs) is
/// refused on a team register, whose server its owner backs up.
fn file_only(conn: Option<&Connection>) -> Result<&Connection> {
    conn.ok_or_else(|| CoreError::Conflict(Message::new("error-file-only")))
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
    // A moderate page cache per connection (16 MiB): the register's large derived views are
    // kept in Rust, and a scan of the whole file (verify, backup) must not fill the memory.
    conn.pragma_update(None, "cache_size", -16_384)?;
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
