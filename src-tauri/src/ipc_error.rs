//! The one error envelope the UI sees: `{ code, message, fields }`.

use serde::Serialize;
use ts_rs::TS;
use vendor_risk_core::validate::FieldError;
use vendor_risk_core::{CoreError, ErrorCode};

/// An error as the UI receives it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct IpcError {
    pub code: ErrorCode,
    /// A sentence for the user.
    pub message: String,
    /// The rejected fields of a `validation` error.
    pub fields: Vec<FieldError>,
}

impl IpcError {
    /// No register is open in this window.
    pub fn no_register() -> Self {
        IpcError { code: ErrorCode::NoRegister, message: "No register is open.".to_owned(), fields: Vec::new() }
    }

    /// The file a command refers to is no longer the one picked last.
    pub fn stale_file() -> Self {
        IpcError {
            code: ErrorCode::Conflict,
            message: "That file is no longer held; choose it again.".to_owned(),
            fields: Vec::new(),
        }
    }
}

impl From<CoreError> for IpcError {
    fn from(err: CoreError) -> Self {
        if err.code() == ErrorCode::Internal {
            eprintln!("vendor-risk-register: internal error: {err}");
        }
        IpcError {
            code: err.code(),
            message: err.user_message(),
            fields: err.field_errors().map(|f| f.0.clone()).unwrap_or_default(),
        }
    }
}

/// What every command returns.
pub type IpcResult<T> = Result<T, IpcError>;
