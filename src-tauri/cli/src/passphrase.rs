//! Where the CLI gets passphrases: a file (`--passphrase-file`, `--new-passphrase-file`), an
//! environment variable (`VENDOR_RISK_PASSPHRASE`, `VENDOR_RISK_NEW_PASSPHRASE`), or, at a
//! terminal, a prompt that does not echo. Never from a plain argument: the process list would
//! show it.

use std::io::IsTerminal;
use std::path::Path;

use vendor_risk_core::locale::Language;
use vendor_risk_core::say;
use vendor_risk_core::text::Message;
use vendor_risk_core::validate::FieldErrors;
use vendor_risk_core::{CoreError, Passphrase, Register};

use crate::args::{Cli, Command};

/// The environment variables passphrases may come from (for automation).
const CURRENT_VAR: &str = "VENDOR_RISK_PASSPHRASE";
const NEW_VAR: &str = "VENDOR_RISK_NEW_PASSPHRASE";
/// A team register login's password, and a new login's.
const PASSWORD_VAR: &str = "VENDOR_RISK_PASSWORD";
const NEW_PASSWORD_VAR: &str = "VENDOR_RISK_NEW_PASSWORD";

/// The passphrase that opens `--db` (for `restore`, the backup), when it is encrypted; `None`
/// for a plain register.
pub fn current(cli: &Cli) -> Result<Option<Passphrase>, CoreError> {
    let locked = match &cli.command {
        Command::Restore { file } | Command::Team(crate::team::TeamCommand::Migrate { file }) => file,
        _ => &cli.db,
    };
    if !Register::is_encrypted(locked) {
        return Ok(None);
    }
    let text = match (&cli.passphrase_file, std::env::var(CURRENT_VAR).ok()) {
        (Some(file), _) => read_file(file, "passphraseFile")?,
        (None, Some(text)) => text,
        (None, None) if std::io::stdin().is_terminal() => {
            let l = cli.lang.unwrap_or(Language::En);
            prompt(&say!(l, "term-passphrase-for", path = locked.display().to_string()))?
        }
        (None, None) => return Err(CoreError::PassphraseNeeded(locked.display().to_string())),
    };
    Ok(Some(Passphrase::unlock(text)?))
}

/// A new passphrase, for `init --encrypt`, `encrypt` and `rekey`: typed twice at a prompt.
pub fn new(cli: &Cli) -> Result<Passphrase, CoreError> {
    let text = match (&cli.new_passphrase_file, std::env::var(NEW_VAR).ok()) {
        (Some(file), _) => read_file(file, "newPassphraseFile")?,
        (None, Some(text)) => text,
        (None, None) if std::io::stdin().is_terminal() => {
            let l = cli.lang.unwrap_or(Language::En);
            let first = prompt(&say!(l, "term-passphrase-new"))?;
            if prompt(&say!(l, "term-passphrase-repeat"))? != first {
                return Err(rejected("newPassphraseFile", "mismatch", "passphrase-mismatch"));
            }
            first
        }
        (None, None) => {
            return Err(rejected("newPassphraseFile", "required", "passphrase-new-required"));
        }
    };
    Ok(Passphrase::choose(text).map_err(|e| rename_field(e, "newPassphraseFile"))?)
}

/// The login's password on a team register's server: `VENDOR_RISK_PASSWORD`, if set.
pub fn server_password() -> Result<Option<Passphrase>, CoreError> {
    std::env::var(PASSWORD_VAR).ok().map(|text| Passphrase::unlock(text).map_err(CoreError::from)).transpose()
}

/// A new login's password, for `team add-user`: `VENDOR_RISK_NEW_PASSWORD`, or typed twice at
/// a prompt.
pub fn new_password(l: Language) -> Result<String, CoreError> {
    if let Ok(text) = std::env::var(NEW_PASSWORD_VAR) {
        return Ok(text);
    }
    if !std::io::stdin().is_terminal() {
        return Err(rejected("password", "required", "password-new-required"));
    }
    let first = prompt(&say!(l, "term-passphrase-new-login"))?;
    if prompt(&say!(l, "term-passphrase-repeat-login"))? != first {
        return Err(rejected("password", "mismatch", "password-mismatch"));
    }
    Ok(first)
}

/// The first line of `file`.
fn read_file(file: &Path, field: &str) -> Result<String, CoreError> {
    let text = std::fs::read_to_string(file).map_err(|e| FieldErrors::unreadable(field, file, e))?;
    Ok(text.lines().next().unwrap_or_default().to_owned())
}

/// A rejected `field`, explained by the message `id`.
fn rejected(field: &str, rule: &str, id: &str) -> CoreError {
    FieldErrors::of(field, rule, Message::new(id)).into()
}

/// Asks `question` (a message ending in a colon) at the terminal, without echo.
fn prompt(question: &str) -> Result<String, CoreError> {
    Ok(rpassword::prompt_password(format!("{question} "))?)
}

fn rename_field(mut errors: FieldErrors, field: &str) -> FieldErrors {
    for error in &mut errors.0 {
        error.field = field.to_owned();
    }
    errors
}
