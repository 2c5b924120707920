//! Online copies of a register with SQLite's backup API: consistent while the register is in
//! use, page by page, without blocking writers for long.

use rusqlite::Connection;
use rusqlite::backup::{Backup, StepResult};
use std::path::{Path, PathBuf};

use crate::error::{CoreError, Result};
use crate::passphrase::Passphrase;
use crate::text::text;
use crate::work::Work;

/// Pages copied between two looks at progress and cancellation (4 MiB of 4 KiB pages).
const PAGES_PER_STEP: std::os::raw::c_int = 1024;

/// Copies the database behind `conn` to `target`, which must not exist. The copy is written
/// under a temporary name and renamed when complete. Returns the copy's last audit entry,
/// read from the copy itself: other connections may write while the copy is taken. The copy of
/// an encrypted register is encrypted with the same `key`.
pub(crate) fn copy_to(conn: &Connection, target: &Path, key: Option<&Passphrase>) -> Result<Option<(i64, String)>> {
    crate::work::unobserved(|work| copy_with(conn, target, key, work))
}

/// [`copy_to`], telling `work` how many pages are copied and stopping (with nothing left
/// behind) when it is cancelled.
pub(crate) fn copy_with(
    conn: &Connection,
    target: &Path,
    key: Option<&Passphrase>,
    work: &mut Work<'_>,
) -> Result<Option<(i64, String)>> {
    if target.exists() {
        return Err(CoreError::AlreadyExists(target.display().to_string()));
    }
    let partial = with_suffix(target, ".partial");
    let _ = std::fs::remove_file(&partial);
    let copied = (|| -> Result<Option<(i64, String)>> {
        let mut copy = Connection::open(&partial)?;
        super::unlock(&copy, key)?;
        {
            let backup = Backup::new(conn, &mut copy)?;
            let step = text!(work.language(), "progress-copying-register");
            while backup.step(PAGES_PER_STEP)? != StepResult::Done {
                let progress = backup.progress();
                let total = u32::try_from(progress.pagecount).unwrap_or(u32::MAX);
                let done = total.saturating_sub(u32::try_from(progress.remaining).unwrap_or(0));
                work.step(step.as_str(), done, total)?;
            }
        }
        super::Reader { conn: super::db::Conn::Sqlite(&copy), writing: false }.audit_head()
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
