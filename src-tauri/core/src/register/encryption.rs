//! Encryption at rest: encrypting a register with a passphrase, changing the passphrase and
//! decrypting it back. Each writes a complete new file with SQLCipher's export, checks it
//! (integrity, the same audit log end to end) and only then puts it in place of the old one.

use std::path::Path;

use super::{Register, RegisterOptions};
use crate::actor::Role;
use crate::audit::AuditRecord;
use crate::error::{CoreError, Result};
use crate::passphrase::Passphrase;
use crate::store::{self, OpenMode, Store};
use crate::text::Message;

/// What a passphrase change does to the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    Encrypt,
    Rekey,
    Decrypt,
}

impl Change {
    fn of(encrypted: bool, new: Option<&Passphrase>) -> Result<Change> {
        match (encrypted, new) {
            (false, Some(_)) => Ok(Change::Encrypt),
            (true, Some(_)) => Ok(Change::Rekey),
            (true, None) => Ok(Change::Decrypt),
            (false, None) => Err(CoreError::Conflict(Message::new("error-not-encrypted"))),
        }
    }

    fn audit_record(self) -> AuditRecord {
        let (action, summary) = match self {
            Change::Encrypt => ("register.encrypt", "Register encrypted with a passphrase"),
            Change::Rekey => ("register.rekey", "Passphrase changed"),
            Change::Decrypt => ("register.decrypt", "Encryption removed: the register is a plain file again"),
        };
        AuditRecord::register_event(action, summary)
    }
}

impl Register {
    /// Whether the file at `path` is an encrypted register; needs no passphrase.
    pub fn is_encrypted(path: &Path) -> bool {
        store::is_encrypted(path)
    }

    /// Encrypts the closed register at `path` with `new`, changes its passphrase to `new`, or
    /// (with `None`) decrypts it; `options.passphrase` must open it as it is. Only a
    /// compliance officer may, and no other program may have it open. The register is
    /// rewritten into a new file that must pass SQLite's integrity check and end with the same
    /// audit entry before it replaces the old file; on any failure the old file is untouched.
    /// The change is the next audit entry.
    pub fn change_passphrase(path: &Path, options: RegisterOptions, new: Option<Passphrase>) -> Result<Register> {
        if options.actor.role != Role::Compliance {
            return Err(CoreError::Forbidden {
                role: options.actor.role,
                area: "error-area-encryption",
                hint: "error-hint-encryption",
            });
        }
        let change = Change::of(store::is_encrypted(path), new.as_ref())?;
        store::ensure_closed(path)?;
        let rewritten = store::backup::with_suffix(path, ".rekeying");
        let _ = std::fs::remove_file(&rewritten);
        if let Err(err) = rewrite(path, &rewritten, options.passphrase.as_ref(), new.as_ref()) {
            let _ = std::fs::remove_file(&rewritten);
            return Err(err);
        }
        store::ensure_closed(path).inspect_err(|_| {
            let _ = std::fs::remove_file(&rewritten);
        })?;
        std::fs::rename(&rewritten, path)?;
        let register = Register::open(path, RegisterOptions { passphrase: new, ..options })?;
        register.record(|_| Ok(change.audit_record()))?;
        Ok(register)
    }
}

/// Writes the register at `path` (opened with `current`) into `target` under `new`, and checks
/// the result. Every connection is closed on return.
fn rewrite(path: &Path, target: &Path, current: Option<&Passphrase>, new: Option<&Passphrase>) -> Result<()> {
    let head = {
        let source = Store::open(path, OpenMode::Existing, current)?;
        source.export_to(target, new)?;
        source.read(|r| r.audit_head())?
    };
    let copy = Store::open(target, OpenMode::Existing, new)?;
    let verdict = copy.integrity_check()?;
    let copied_head = copy.read(|r| r.audit_head())?;
    if verdict != "ok" || copied_head != head {
        return Err(CoreError::Conflict(Message::new("error-rewrite-mismatch").arg("verdict", verdict)));
    }
    Ok(())
}
