//! The core's error type. Front ends branch on [`ErrorCode`] and show the message; internal
//! detail (SQL text, file-system paths of temporaries) stays in the `Display` of the source
//! error, which front ends log rather than show.

use crate::validate::FieldErrors;

/// Everything that can go wrong in the core.
#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// One or more input fields were rejected; nothing was written.
    #[error("{0}")]
    Validation(FieldErrors),
    /// The record asked for does not exist.
    #[error("{kind} not found: {key}")]
    NotFound { kind: &'static str, key: String },
    /// Someone changed the record after the form being saved was opened; nothing was written.
    #[error(
        "{by} changed the {what} at {} UTC, after you opened this; nothing was saved.",
        at.format("%Y-%m-%d %H:%M")
    )]
    ChangedSince { by: String, at: chrono::DateTime<chrono::Utc>, what: String },
    /// The change conflicts with the register's current state.
    #[error("{0}")]
    Conflict(String),
    /// The file was written by a newer version of the app.
    #[error(
        "this register was written by a newer version of Vendor Risk Register \
         (schema version {found}; this version understands up to {supported}). \
         Update the app to open it. The file was not changed."
    )]
    NewerSchema { found: i64, supported: i64 },
    /// The file is not a Vendor Risk Register (another SQLite database, or not SQLite at all).
    #[error("{0} is not a Vendor Risk Register file. The file was not changed.")]
    NotARegister(String),
    /// The file is a register but is damaged.
    #[error(
        "the register file {0} is damaged and cannot be opened. The file was not changed; restore it from a backup."
    )]
    Corrupt(String),
    /// A file that must exist does not.
    #[error("no register at {0}")]
    Missing(String),
    /// A file exists where a new register was to be created.
    #[error("{0} already exists; open it instead, or choose another name")]
    AlreadyExists(String),
    /// Another program holds the write lock for too long.
    #[error(
        "the register is busy: another program (the app or the vendor-risk CLI) is writing \
         to it. Nothing was changed; try again in a moment."
    )]
    Busy,
    /// The register is encrypted and no passphrase was given.
    #[error("{0} is encrypted: enter its passphrase to open it.")]
    PassphraseNeeded(String),
    /// The passphrase given does not decrypt the file (or the file is not a register at all).
    #[error("the passphrase does not open {0} (or the file is not a register). The file was not changed.")]
    WrongPassphrase(String),
    /// Another program has the register open, so the file cannot be replaced now.
    #[error(
        "{0} is open in another program (the app or the vendor-risk CLI), or was not closed \
         cleanly. Close it there (or open and close it once) and try again. Nothing was changed."
    )]
    OpenElsewhere(String),
    /// A migration failed; the file was left as it was.
    #[error("upgrading the register to schema version {version} failed, and the file was left unchanged: {detail}")]
    Migration { version: i64, detail: String },
    /// The actor's role may not make this change; nothing was written.
    #[error("{role} cannot change {area}: {hint}")]
    Forbidden { role: &'static str, area: &'static str, hint: &'static str },
    /// A background check found the open register damaged: it takes no more changes.
    #[error(
        "the register file {0} is damaged, so the app changes nothing in it any more. Restore it from a backup \
         (Export… → Restore from a backup, or `vendor-risk restore`)."
    )]
    Damaged(String),
    /// A long task was cancelled by the user; nothing was written.
    #[error("cancelled; nothing was written")]
    Cancelled,
    /// The team register's server cannot be reached (or the connection broke); nothing was
    /// written, and changes are refused until it is back.
    #[error(
        "the team register's server cannot be reached ({0}); nothing was changed. Check the connection; the app retries by itself."
    )]
    Offline(String),
    /// The team register's server did not let this login in (a wrong password, no entry for
    /// it in the server's access rules, a certificate not trusted), or has no such database.
    #[error("cannot sign in to the team register: {0}")]
    SignIn(String),
    /// The team register's server refused the statement for this login (its privileges or
    /// row-level security); nothing was written.
    #[error("the server refused this for your login: {0}")]
    ServerRefused(String),
    /// A broken internal rule (a bug), not the user's doing.
    #[error("internal error: {0}")]
    Internal(String),
    /// An unexpected database failure.
    #[error("database error: {0}")]
    Db(rusqlite::Error),
    /// An unexpected file-system failure.
    #[error("file error: {0}")]
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
            CoreError::NotARegister(_) => ErrorCode::NotARegister,
            CoreError::Corrupt(_) => ErrorCode::Corrupt,
            CoreError::Missing(_) => ErrorCode::Missing,
            CoreError::AlreadyExists(_) => ErrorCode::AlreadyExists,
            CoreError::Busy => ErrorCode::Busy,
            CoreError::PassphraseNeeded(_) => ErrorCode::PassphraseNeeded,
            CoreError::WrongPassphrase(_) => ErrorCode::WrongPassphrase,
            CoreError::OpenElsewhere(_) => ErrorCode::OpenElsewhere,
            CoreError::Migration { .. } => ErrorCode::Migration,
            CoreError::Forbidden { .. } => ErrorCode::Forbidden,
            CoreError::Damaged(_) => ErrorCode::Corrupt,
            CoreError::Cancelled => ErrorCode::Cancelled,
            CoreError::Offline(_) => ErrorCode::Offline,
            CoreError::SignIn(_) => ErrorCode::SignIn,
            CoreError::ServerRefused(_) => ErrorCode::Forbidden,
            CoreError::Internal(_) | CoreError::Db(_) | CoreError::Io(_) => ErrorCode::Internal,
        }
    }

    /// The message to show a user: internal detail is replaced by a generic sentence.
    pub fn user_message(&self) -> String {
        match self.code() {
            ErrorCode::Internal => "An unexpected internal error occurred; nothing was changed. \
                 The details are in the log."
                .to_owned(),
            _ => self.to_string(),
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
            None if err.untrusted => CoreError::SignIn(format!(
                "the server's certificate is not trusted ({message}); give the CA that signed it with sslrootcert=FILE"
            )),
            None if err.password_missing => {
                CoreError::SignIn("the server asks for a password, and none was given".to_owned())
            }
            // No answer, a broken connection, the server shutting down.
            None => CoreError::Offline(message),
            // Invalid authorization (a wrong password, no pg_hba.conf entry); no such database.
            Some(code) if code.starts_with("28") || code == "3D000" => CoreError::SignIn(message),
            Some(code) if code.starts_with("08") || code.starts_with("57P") => CoreError::Offline(message),
            // Insufficient privilege, row-level security.
            Some("42501") => CoreError::ServerRefused(message),
            // Serialization failure, deadlock, lock not available.
            Some("40001" | "40P01" | "55P03") => CoreError::Busy,
            Some(code) if code.starts_with("23") => CoreError::Conflict(message),
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
