//! The one error envelope the UI sees: `{ code, message, fields }`.
//!
//! Messages are written in the window's language. Internal failures (a bug, an unexpected
//! database or file error) reach the UI as code `internal` with a sentence saying where the log
//! file is; their detail goes to the log only.

use std::path::PathBuf;
use std::sync::OnceLock;

use serde::Serialize;
use ts_rs::TS;
use vendor_risk_core::validate::FieldError;
use vendor_risk_core::{CoreError, ErrorCode, say};

use crate::commands::locale::window_language;

/// An error as the UI receives it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct IpcError {
    pub code: ErrorCode,
    /// A sentence for the user.
    pub message: String,
    /// The rejected fields of a `validation` error.
    pub fields: Vec<FieldError>,
}

/// Where the app writes its log, once the logger is set up: internal errors name it.
static LOG_DIR: OnceLock<PathBuf> = OnceLock::new();

/// Notes the log folder, for the messages of internal errors.
pub fn set_log_dir(dir: PathBuf) {
    let _ = LOG_DIR.set(dir);
}

impl IpcError {
    fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        IpcError { code, message: message.into(), fields: Vec::new() }
    }

    /// No register is open in this window.
    pub fn no_register() -> Self {
        IpcError::new(ErrorCode::NoRegister, say!(window_language(), "error-no-register"))
    }

    /// The file a command refers to is no longer the one picked last.
    pub fn stale_file() -> Self {
        IpcError::new(ErrorCode::Conflict, say!(window_language(), "error-stale-file"))
    }

    /// The register is still in use by work that did not stop.
    pub fn busy() -> Self {
        IpcError::new(ErrorCode::Busy, say!(window_language(), "error-still-busy"))
    }

    /// The system keyring failed to keep, give or forget a team register's password: `message`
    /// says so in the window's language.
    pub fn keyring(message: String) -> Self {
        IpcError::new(ErrorCode::SignIn, message)
    }

    /// A failure that is not the user's doing: logged in full, told in a sentence.
    pub fn internal(detail: impl std::fmt::Display) -> Self {
        log::error!("internal error: {detail}");
        let l = window_language();
        let message = match LOG_DIR.get() {
            Some(dir) => say!(l, "error-internal-log-file", dir = dir.display().to_string()),
            None => say!(l, "error-internal-app-log"),
        };
        IpcError::new(ErrorCode::Internal, message)
    }
}

impl From<CoreError> for IpcError {
    fn from(err: CoreError) -> Self {
        if err.code() == ErrorCode::Internal {
            return IpcError::internal(&err);
        }
        let language = window_language();
        IpcError {
            code: err.code(),
            message: err.user_message(language),
            fields: err.field_errors().map(|f| f.in_language(language).0).unwrap_or_default(),
        }
    }
}

/// What every command returns.
pub type IpcResult<T> = Result<T, IpcError>;
