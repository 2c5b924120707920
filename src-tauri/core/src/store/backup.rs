//! Online copies of a register with SQLite's backup API: consistent while the register is in
//! use, page by page, without blocking writers for long.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;
use rusqlite::backup::Backup;

use crate::error::{CoreError, Result};
use crate::passphrase::Passphrase;

/// Copies the database behind `conn` to `target`, which must not exist. The copy is written
/// under a temporary name and renamed when complete. Returns the copy's last audit entry,
/// read from the copy itself: other connections may write while the copy is taken. The copy of
/// an encrypted register is encrypted with the same `key`.
pub(crate) fn copy_to(conn: &Connection, target: &Path, key: Option<&Passphrase>) -> Result<Option<(i64, String)>> {
    if target.exists() {
        return Err(CoreError::AlreadyExists(target.display().to_string()));
    }
    let partial = with_suffix(target, ".partial");
    let _ = std::fs::remove_file(&partial);
    let copied = (|| -> Result<Option<(i64, String)>> {
        let mut copy = Connection::open(&partial)?;
        super::unlock(&copy, key)?;
        Backup::new(conn, &mut copy)?.run_to_completion(1024, Duration::ZERO, None)?;
        super::Reader { conn: &copy, writing: false }.audit_head()
    })();
    let head = copied.inspect_err(|_| {
        let _ = std::fs::remove_file(&partial);
    })?;
    std::fs::rename(&partial, target)?;
    Ok(head)
}

/// `path` with `suffix` added to its file name.
pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Where a register is copied before migration from `version`: beside it.
pub(crate) fn before_migration(path: &Path, version: i64) -> PathBuf {
    with_suffix(path, &format!(".before-schema-{version}"))
}
