//! The core's error type. Front ends branch on [`ErrorCode`] and show
//! [`CoreError::user_message`], written in the user's language from `locales/*/errors.ftl`;
//! internal detail (SQL text, file-system paths of temporaries) stays in the English `Display`,
//! which front ends log rather than show.

use chrono::{DateTime, Utc};

use crate::actor::Role;
use crate::locale::Language;
use crate::text::{Message, text};
use crate::validate::FieldErrors;

/// Everything that can go wrong in the core. Its `Display` is the English message, internal
/// detail included (for logs and tests); [`CoreError::message_in`] writes it in any language.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message_in(Language::En))]
pub enum CoreError {
    /// One or more input fields were rejected; nothing was written.
    Validation(FieldErrors),
    /// The record asked for does not exist. `kind` names it in English (`data flow`); each
    /// kind has its name in every language (`error-kind-data-flow`).
    NotFound { kind: &'static str, key: String },
    /// Someone changed the record after the form being saved was opened; nothing was written.
    /// `by` is `None` when the change names nobody; `what` names what they changed.
    ChangedSince { by: Option<String>, at: DateTime<Utc>, what: Vec<Message> },
    /// The change conflicts with the register's current state.
    Conflict(Message),
    /// The file was written by a newer version of the app.
    NewerSchema { found: i64, supported: i64 },
    /// The file is not a Vendor Risk Register (another SQLite database, or not SQLite at all).
    NotARegister(String),
    /// The database at this address holds no team register.
    NoTeamRegister(String),
    /// The file is a register but is damaged.
    Corrupt(String),
    /// A file that must exist does not.
    Missing(String),
    /// A file exists where a new register was to be created.
    AlreadyExists(String),
    /// The database at this address is not empty, so no team register is created there.
    DatabaseNotEmpty(String),
    /// The login already holds a role on this team register.
    LoginTaken(String),
    /// Another program holds the write lock for too long.
    Busy,
    /// The register is encrypted and no passphrase was given.
    PassphraseNeeded(String),
    /// The passphrase given does not decrypt the file (or the file is not a register at all).
    WrongPassphrase(String),
    /// Another program has the register open, so the file cannot be replaced now.
    OpenElsewhere(String),
    /// A migration failed; the file was left as it was.
    Migration { version: i64, detail: String },
    /// The team register's schema is older than this app needs: its owner upgrades it first.
    TeamSchemaOutdated { found: i64, needed: i64 },
    /// The actor's role may not make this change to `area`; nothing was written. `hint` says
    /// who may. Both are ids of messages (`error-area-vendors`, `error-hint-read-only`).
    Forbidden { role: Role, area: &'static str, hint: &'static str },
    /// A background check found the open register damaged: it takes no more changes.
    Damaged(String),
    /// A long task was cancelled by the user; nothing was written.
    Cancelled,
    /// The team register's server cannot be reached (or the connection broke), in its words;
    /// nothing was written, and changes are refused until it is back.
    Offline(String),
    /// The team register's server did not let this login in (a wrong password, no entry for
    /// it in the server's access rules), or has no such database: the server's words.
    SignIn(String),
    /// The team register's server certificate is not trusted (the TLS library's words).
    UntrustedServer(String),
    /// The team register's server asks for a password, and none was given.
    PasswordNeeded,
    /// The team register's server refused the statement for this login (its privileges or
    /// row-level security), in its words; nothing was written.
    ServerRefused(String),
    /// The login holds no role on this team register.
    NoRole(String),
    /// Only the database's owner may do this (upgrade the team register's schema).
    NotOwner,
    /// A broken internal rule (a bug), not the user's doing.
    Internal(String),
    /// An unexpected database failure.
    Db(#[source] rusqlite::Error),
    /// An unexpected file-system failure.
    Io(#[from] std::io::Error),
}

/// The stable codes front ends branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    Validation,
    NotFound,
    Conflict,
    /// Someone changed the record since the form was opened.
    ChangedSince,
    NewerSchema,
    NotARegister,
    Corrupt,
    Missing,
    AlreadyExists,
    Busy,
    PassphraseNeeded,
    WrongPassphrase,
    OpenElsewhere,
    Migration,
    Forbidden,
    Cancelled,
    Offline,
    SignIn,
    Internal,
    /// Used by front ends that hold a register: none is open.
    NoRegister,
}

impl CoreError {
    /// The code a front end branches on.
    pub fn code(&self) -> ErrorCode {
        match self {
            CoreError::Validation(_) => ErrorCode::Validation,
            CoreError::NotFound { .. } => ErrorCode::NotFound,
            CoreError::Conflict(_) => ErrorCode::Conflict,
            CoreError::ChangedSince { .. } => ErrorCode::ChangedSince,
            CoreError::NewerSchema { .. } => ErrorCode::NewerSchema,
            CoreError::NotARegister(_) | CoreError::NoTeamRegister(_) => ErrorCode::NotARegister,
            CoreError::Corrupt(_) | CoreError::Damaged(_) => ErrorCode::Corrupt,
            CoreError::Missing(_) => ErrorCode::Missing,
            CoreError::AlreadyExists(_) | CoreError::DatabaseNotEmpty(_) | CoreError::LoginTaken(_) => {
                ErrorCode::AlreadyExists
            }
            CoreError::Busy => ErrorCode::Busy,
            CoreError::PassphraseNeeded(_) => ErrorCode::PassphraseNeeded,
            CoreError::WrongPassphrase(_) => ErrorCode::WrongPassphrase,
            CoreError::OpenElsewhere(_) => ErrorCode::OpenElsewhere,
            CoreError::Migration { .. } | CoreError::TeamSchemaOutdated { .. } => ErrorCode::Migration,
            CoreError::Forbidden { .. } | CoreError::ServerRefused(_) | CoreError::NoRole(_) | CoreError::NotOwner => {
                ErrorCode::Forbidden
            }
            CoreError::Cancelled => ErrorCode::Cancelled,
            CoreError::Offline(_) => ErrorCode::Offline,
            CoreError::SignIn(_) | CoreError::UntrustedServer(_) | CoreError::PasswordNeeded => ErrorCode::SignIn,
            CoreError::Internal(_) | CoreError::Db(_) | CoreError::Io(_) => ErrorCode::Internal,
        }
    }

    /// The message in `language`, internal detail included (see [`CoreError::user_message`]).
    pub fn message_in(&self, language: Language) -> String {
        let l = language;
        match self {
            CoreError::Validation(errors) => errors.message_in(l),
            CoreError::NotFound { kind, key } => {
                text!(l, "error-not-found", kind = text!(l, kind_id(kind)), key = key.as_str())
            }
            CoreError::ChangedSince { by, at, what } => changed_since(l, by.as_deref(), at, what),
            CoreError::Conflict(message) => message.render(l),
            CoreError::NewerSchema { found, supported } => {
                text!(l, "error-newer-schema", found = found.to_string(), supported = supported.to_string())
            }
            CoreError::NotARegister(file) => text!(l, "error-not-a-register", file = file.as_str()),
            CoreError::NoTeamRegister(address) => text!(l, "error-no-team-register", address = address.as_str()),
            CoreError::Corrupt(file) => text!(l, "error-corrupt", file = file.as_str()),
            CoreError::Missing(file) => text!(l, "error-missing", file = file.as_str()),
            CoreError::AlreadyExists(file) => text!(l, "error-already-exists", file = file.as_str()),
            CoreError::DatabaseNotEmpty(address) => text!(l, "error-database-not-empty", address = address.as_str()),
            CoreError::LoginTaken(login) => text!(l, "error-login-taken", login = login.as_str()),
            CoreError::Busy => text!(l, "error-busy"),
            CoreError::PassphraseNeeded(file) => text!(l, "error-passphrase-needed", file = file.as_str()),
            CoreError::WrongPassphrase(file) => text!(l, "error-wrong-passphrase", file = file.as_str()),
            CoreError::OpenElsewhere(file) => text!(l, "error-open-elsewhere", file = file.as_str()),
            CoreError::Migration { version, detail } => {
                text!(l, "error-migration", version = version.to_string(), detail = detail.as_str())
            }
            CoreError::TeamSchemaOutdated { found, needed } => {
                text!(l, "error-team-schema-outdated", found = found.to_string(), needed = needed.to_string())
            }
            CoreError::Forbidden { role, area, hint } => {
                text!(
                    l,
                    "error-forbidden",
                    role = text!(l, role.label_id()),
                    area = text!(l, area),
                    hint = text!(l, hint)
                )
            }
            CoreError::Damaged(file) => text!(l, "error-damaged", file = file.as_str()),
            CoreError::Cancelled => text!(l, "error-cancelled"),
            CoreError::Offline(detail) => text!(l, "error-offline", detail = detail.as_str()),
            CoreError::SignIn(detail) => text!(l, "error-sign-in", detail = detail.as_str()),
            CoreError::UntrustedServer(detail) => text!(l, "error-untrusted-server", detail = detail.as_str()),
            CoreError::PasswordNeeded => text!(l, "error-password-needed"),
            CoreError::ServerRefused(detail) => text!(l, "error-server-refused", detail = detail.as_str()),
            CoreError::NoRole(login) => text!(l, "error-no-role", login = login.as_str()),
            CoreError::NotOwner => text!(l, "error-not-owner"),
            CoreError::Internal(detail) => text!(l, "error-internal", detail = detail.as_str()),
            CoreError::Db(err) => text!(l, "error-database", detail = err.to_string()),
            CoreError::Io(err) => text!(l, "error-file", detail = err.to_string()),
        }
    }

    /// The message to show a user, in `language`: internal detail is replaced by a generic
    /// sentence.
    pub fn user_message(&self, language: Language) -> String {
        match self.code() {
            ErrorCode::Internal => text!(language, "error-internal-user"),
            _ => self.message_in(language),
        }
    }

    /// The rejected fields, when this is a validation error.
    pub fn field_errors(&self) -> Option<&FieldErrors> {
        match self {
            CoreError::Validation(errors) => Some(errors),
            _ => None,
        }
    }

    pub(crate) fn not_found(kind: &'static str, key: impl ToString) -> Self {
        CoreError::NotFound { kind, key: key.to_string() }
    }
}

/// The message naming a kind of record: `data flow` → `error-kind-data-flow`.
fn kind_id(kind: &str) -> String {
    format!("error-kind-{}", kind.replace(' ', "-"))
}

/// Who changed what when, in `language`: "Bea Compliance changed the business owner at …".
fn changed_since(language: Language, by: Option<&str>, at: &DateTime<Utc>, what: &[Message]) -> String {
    let by = by.map_or_else(|| text!(language, "error-someone"), str::to_owned);
    let what = what.iter().map(|m| m.render(language)).collect::<Vec<_>>().join(", ");
    let at = at.format("%Y-%m-%d %H:%M").to_string();
    text!(language, "error-changed-since", by = by, what = what, at = at)
}

impl From<rusqlite::Error> for CoreError {
    fn from(err: rusqlite::Error) -> Self {
        if let rusqlite::Error::ToSqlConversionFailure(inner) = &err
            && let Some(server) = inner.downcast_ref::<crate::store::postgres::PgError>()
        {
            return CoreError::from_server(server);
        }
        match err.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => CoreError::Busy,
            _ => CoreError::Db(err),
        }
    }
}

impl CoreError {
    /// What a team register's server said, by its SQLSTATE class.
    fn from_server(err: &crate::store::postgres::PgError) -> CoreError {
        let message = err.message.clone();
        match err.code.as_deref() {
            None if err.untrusted => CoreError::UntrustedServer(message),
            None if err.password_missing => CoreError::PasswordNeeded,
            // No answer, a broken connection, the server shutting down.
            None => CoreError::Offline(message),
            // Invalid authorization (a wrong password, no pg_hba.conf entry); no such database.
            Some(code) if code.starts_with("28") || code == "3D000" => CoreError::SignIn(message),
            Some(code) if code.starts_with("08") || code.starts_with("57P") => CoreError::Offline(message),
            // Insufficient privilege, row-level security.
            Some("42501") => CoreError::ServerRefused(message),
            // Serialization failure, deadlock, lock not available.
            Some("40001" | "40P01" | "55P03") => CoreError::Busy,
            Some(code) if code.starts_with("23") => {
                CoreError::Conflict(Message::new("error-server-conflict").arg("detail", message))
            }
            Some(_) => CoreError::Internal(format!("server: {err}")),
        }
    }
}

impl From<FieldErrors> for CoreError {
    fn from(errors: FieldErrors) -> Self {
        CoreError::Validation(errors)
    }
}

/// The core's result type.
pub type Result<T, E = CoreError> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::{Path, PathBuf};

    use super::*;
    use crate::actor::Area;

    /// One error of each kind.
    fn every_variant() -> Vec<CoreError> {
        let at = DateTime::parse_from_rfc3339("2026-11-28T09:00:00Z").unwrap().with_timezone(&Utc);
        vec![
            CoreError::Validation(FieldErrors::of("lei", "lei_checksum", Message::new("field-lei-checksum"))),
            CoreError::not_found("data flow", 7),
            CoreError::ChangedSince {
                by: Some("Bea Compliance".to_owned()),
                at,
                what: vec![Message::new("error-changed-field-business-owner")],
            },
            CoreError::Conflict(
                Message::new("error-assessment-decided")
                    .arg("id", 3)
                    .part("status", Message::value("assessment", "accepted_with_conditions")),
            ),
            CoreError::NewerSchema { found: 40, supported: 39 },
            CoreError::NotARegister("vendors.csv".to_owned()),
            CoreError::NoTeamRegister("postgres://db.example/vrr".to_owned()),
            CoreError::Corrupt("register.sqlite".to_owned()),
            CoreError::Missing("typo.sqlite".to_owned()),
            CoreError::AlreadyExists("register.sqlite".to_owned()),
            CoreError::DatabaseNotEmpty("postgres://db.example/vrr".to_owned()),
            CoreError::LoginTaken("bea".to_owned()),
            CoreError::Busy,
            CoreError::PassphraseNeeded("secret.sqlite".to_owned()),
            CoreError::WrongPassphrase("secret.sqlite".to_owned()),
            CoreError::OpenElsewhere("register.sqlite".to_owned()),
            CoreError::Migration { version: 12, detail: "no such table: vendors".to_owned() },
            CoreError::TeamSchemaOutdated { found: 1, needed: 2 },
            CoreError::Forbidden { role: Role::Auditor, area: Area::Vendors.label_id(), hint: "error-hint-read-only" },
            CoreError::Damaged("register.sqlite".to_owned()),
            CoreError::Cancelled,
            CoreError::Offline("connection refused".to_owned()),
            CoreError::SignIn("password authentication failed for user \"bea\"".to_owned()),
            CoreError::UntrustedServer("invalid peer certificate: UnknownIssuer".to_owned()),
            CoreError::PasswordNeeded,
            CoreError::ServerRefused("permission denied for table vendors".to_owned()),
            CoreError::NoRole("bea".to_owned()),
            CoreError::NotOwner,
            CoreError::Internal("a worker thread failed".to_owned()),
            CoreError::Db(rusqlite::Error::QueryReturnedNoRows),
            CoreError::Io(std::io::Error::other("disk full")),
        ]
    }

    #[test]
    fn english_reads_as_it_did() {
        let en: Vec<String> = every_variant().iter().map(ToString::to_string).collect();
        for expected in [
            "invalid input: lei: The LEI's check digits do not match (ISO 17442); check for a typo.",
            "data flow not found: 7",
            "Bea Compliance changed the business owner at 2026-11-28 09:00 UTC, after you opened this; nothing was \
             saved.",
            "Assessment 3 is accepted with conditions: a decided or submitted assessment does not change. Start a new \
             cycle from it instead.",
            "this register was written by a newer version of Vendor Risk Register (schema version 40; this version \
             understands up to 39). Update the app to open it. The file was not changed.",
            "the register is busy: another program (the app or the vendor-risk CLI) is writing to it. Nothing was \
             changed; try again in a moment.",
            "An auditor cannot change vendor records: an auditor's access is read-only",
            "the register file register.sqlite is damaged, so the app changes nothing in it any more. Restore it from \
             a backup (Export… → Restore from a backup, or `vendor-risk restore`).",
            "the team register's server cannot be reached (connection refused); nothing was changed. Check the \
             connection; the app retries by itself.",
            "cannot sign in to the team register: the server's certificate is not trusted (invalid peer certificate: \
             UnknownIssuer); give the CA that signed it with sslrootcert=FILE",
            "internal error: a worker thread failed",
        ] {
            assert!(en.iter().any(|m| m == expected), "no longer written: {expected}\n{en:#?}");
        }
    }

    #[test]
    fn every_error_is_written_in_indonesian() {
        for err in every_variant() {
            let (en, id) = (err.message_in(Language::En), err.message_in(Language::Id));
            assert_ne!(en, id, "not translated");
            assert!(!id.contains('{') && !id.contains("error-") && !id.contains("enum-"), "{id}");
            assert!(!err.user_message(Language::Id).is_empty());
        }
        let internal = CoreError::Internal("a worker thread failed".to_owned());
        assert!(!internal.user_message(Language::Id).contains("worker"), "the detail stays in the log");
    }

    #[test]
    fn every_role_and_area_has_a_name_in_both_languages() {
        let roles = Role::ALL.iter().map(|r| r.label_id());
        for id in roles.chain(Area::ALL.iter().map(|a| a.label_id())) {
            assert!(Language::ALL.iter().all(|l| crate::text::has(*l, id)), "{id}");
        }
    }

    #[test]
    fn every_kind_of_missing_record_has_a_name_in_both_languages() {
        let kinds = kinds_used();
        assert!(kinds.len() > 20 && kinds.contains("questionnaire template"), "the sources were read: {kinds:?}");
        for kind in &kinds {
            for language in Language::ALL {
                assert!(crate::text::has(*language, &kind_id(kind)), "{kind} has no name in {language}");
            }
        }
    }

    /// Every kind `not_found(…)` or `NotFound { kind: … }` names in the core, the CLI and the
    /// desktop app.
    fn kinds_used() -> BTreeSet<String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut kinds = BTreeSet::new();
        for source in ["src", "../cli/src", "../src"].iter().flat_map(|dir| rust_files(&root.join(dir))) {
            let text = std::fs::read_to_string(&source).unwrap();
            for marker in ["not_found(\"", "NotFound { kind: \""] {
                for (at, _) in text.match_indices(marker) {
                    let rest = &text[at + marker.len()..];
                    kinds.insert(rest[..rest.find('"').unwrap()].to_owned());
                }
            }
        }
        kinds
    }

    fn rust_files(dir: &Path) -> Vec<PathBuf> {
        let mut files = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files.extend(rust_files(&path));
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
        files
    }
}
