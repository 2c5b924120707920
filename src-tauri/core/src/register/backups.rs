//! Backup use cases: an online copy of the register (SQLite's backup API), and restoring one
//! over a register — after checking the copy's integrity and audit chain, keeping the file it
//! replaces.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{Register, RegisterOptions};
use crate::actor::Role;
use crate::audit::AuditRecord;
use crate::error::{CoreError, Result};
use crate::locale::Language;
use crate::store::{self, OpenMode, Store};
use crate::text::Message;
use crate::validate::FieldErrors;

/// A backup written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BackupFile {
    pub path: String,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub bytes: u64,
    /// The audit log's length in the copy.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub audit_entries: u64,
}

/// A restore done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Restored {
    /// Where the register that was replaced is kept, if there was one.
    pub replaced: Option<String>,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub audit_entries: u64,
}

impl Register {
    /// Today's automatic backup into `dir` (`<name>-YYYY-MM-DD.sqlite`) unless it exists; then
    /// only the newest `keep` of them stay. Returns the backup written, if any. A team
    /// register gets none: its backups are its server's (pg_dump, base backups).
    pub fn daily_backup(&self, dir: &Path, keep: usize) -> Result<Option<BackupFile>> {
        if self.store.server().is_some() {
            return Ok(None);
        }
        let stem = self.info().file_name.trim_end_matches(".sqlite").to_owned();
        std::fs::create_dir_all(dir)?;
        let today = dir.join(format!("{stem}-{}.sqlite", self.today()));
        let written = if today.exists() { None } else { Some(self.backup_to(&today)?) };
        let mut daily: Vec<PathBuf> = std::fs::read_dir(dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| is_daily(n, &stem)))
            .collect();
        daily.sort();
        let surplus = daily.len().saturating_sub(keep.max(1));
        for old in &daily[..surplus] {
            std::fs::remove_file(old)?;
        }
        Ok(written)
    }

    /// Copies the register to `target` (which must not exist) while it stays in use.
    pub fn backup_to(&self, target: &Path) -> Result<BackupFile> {
        crate::work::unobserved(|work| self.backup_to_with(target, work))
    }

    /// [`Register::backup_to`], telling `work` how far the copy has come; a cancelled copy
    /// leaves no file.
    pub fn backup_to_with(&self, target: &Path, work: &mut crate::work::Work<'_>) -> Result<BackupFile> {
        let audit_entries = self.store.backup_to(target, work)?.map_or(0, |(seq, _)| seq as u64);
        Ok(BackupFile { path: target.display().to_string(), bytes: std::fs::metadata(target)?.len(), audit_entries })
    }

    /// Puts the backup at `backup` in place of the register at `path`. The backup is checked
    /// first on a copy — `PRAGMA integrity_check` and the audit chain must pass — so a bad
    /// backup changes nothing; the replaced register is kept beside it, and the restore is the
    /// restored register's next audit entry. No other process may have the register open.
    pub fn restore_backup(path: &Path, backup: &Path, options: RegisterOptions) -> Result<(Register, Restored)> {
        if options.actor.role != Role::Compliance {
            return Err(CoreError::Forbidden {
                role: options.actor.role,
                area: "error-area-whole-register",
                hint: "error-hint-restore",
            });
        }
        let candidate = store::backup::with_suffix(path, ".restoring");
        let _ = std::fs::remove_file(&candidate);
        std::fs::copy(backup, &candidate).map_err(|e| FieldErrors::unreadable("backup", backup, e))?;
        if let Err(err) = check_backup(&candidate, backup, options.clone()) {
            let _ = std::fs::remove_file(&candidate);
            return Err(err);
        }
        let replaced = if path.exists() { Some(set_aside(path, &options)?) } else { None };
        std::fs::rename(&candidate, path)?;
        let register = Register::open(path, options)?;
        let summary = match &replaced {
            Some(old) => {
                format!("Restored from {}; the replaced register is kept as {}", backup.display(), old.display())
            }
            None => format!("Restored from {}", backup.display()),
        };
        register.record(|_| Ok(AuditRecord::register_event("register.restore", &summary)))?;
        let audit_entries = register.store.read(|r| r.audit_head())?.map_or(0, |(seq, _)| seq as u64);
        Ok((register, Restored { replaced: replaced.map(|p| p.display().to_string()), audit_entries }))
    }
}

/// Whether `name` is one of this register's automatic daily backups.
fn is_daily(name: &str, stem: &str) -> bool {
    name.strip_prefix(stem)
        .and_then(|rest| rest.strip_prefix('-'))
        .and_then(|rest| rest.strip_suffix(".sqlite"))
        .is_some_and(|date| chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok())
}

/// Opens the copy of a backup and checks it thoroughly; the copy is closed on return.
fn check_backup(candidate: &Path, backup: &Path, options: RegisterOptions) -> Result<()> {
    let refuse = |message: Message| {
        CoreError::from(FieldErrors::of("backup file", "backup", message.arg("file", backup.display())))
    };
    let store =
        Store::open(candidate, OpenMode::Existing, options.passphrase.as_ref()).map_err(|e| refuse(unopened(e)))?;
    let verdict = store.integrity_check()?;
    if verdict != "ok" {
        return Err(refuse(Message::new("restore-integrity").arg("verdict", verdict)));
    }
    let register = Register::with_store(store, options);
    let chain = register.verify_audit()?;
    if !chain.intact {
        let first = chain.problems.first().map(|p| p.message.clone()).unwrap_or_default();
        return Err(refuse(Message::new("restore-audit").arg("problem", first)));
    }
    Ok(())
}

/// Why a backup that did not open (`error`) cannot be restored.
fn unopened(error: CoreError) -> Message {
    match error {
        CoreError::NotARegister(_) => Message::new("restore-not-register"),
        CoreError::PassphraseNeeded(_) => Message::new("restore-encrypted"),
        CoreError::WrongPassphrase(_) => Message::new("restore-wrong-passphrase"),
        CoreError::Corrupt(_) => Message::new("restore-damaged"),
        other => Message::new("restore-refused").arg("problem", other.user_message(Language::En)),
    }
}

/// Moves the register at `path` aside, if no other program has it open; returns where it now
/// is.
fn set_aside(path: &Path, options: &RegisterOptions) -> Result<PathBuf> {
    store::ensure_closed(path)?;
    let stamp = options.clock.now().format("%Y%m%d-%H%M%S");
    let aside = store::backup::with_suffix(path, &format!(".replaced-{stamp}"));
    if aside.exists() {
        return Err(CoreError::AlreadyExists(aside.display().to_string()));
    }
    std::fs::rename(path, &aside)?;
    Ok(aside)
}
