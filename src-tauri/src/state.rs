//! The window's state: the open register, if any, and the file the user last picked (held
//! here so the web view never handles file paths or bytes).

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::Serialize;

use vendor_risk_core::Register;

use crate::ipc_error::{IpcError, IpcResult};

/// Managed by Tauri; commands reach the register through [`AppState::with_register`].
#[derive(Default)]
pub struct AppState {
    register: Mutex<Option<Register>>,
    staged: Mutex<Option<(StagedFile, Vec<u8>)>>,
    next_token: AtomicU64,
    /// Files written by exports this session: the only ones `export_open` opens.
    exports: Mutex<Vec<std::path::PathBuf>>,
    /// An encrypted register the user chose, waiting for its passphrase.
    locked: Mutex<Option<std::path::PathBuf>>,
    /// Whether the last register was reopened at start already (only the first start does).
    resumed: std::sync::atomic::AtomicBool,
}

/// A file picked with the system dialog and held for the next command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct StagedFile {
    /// Names this pick; a command given an older token is refused.
    pub token: u64,
    pub name: String,
    pub size: u64,
}

impl AppState {
    /// Runs `f` on the open register.
    pub fn with_register<T>(
        &self,
        f: impl FnOnce(&Register) -> Result<T, vendor_risk_core::CoreError>,
    ) -> IpcResult<T> {
        let guard = self.register.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let register = guard.as_ref().ok_or_else(IpcError::no_register)?;
        Ok(f(register)?)
    }

    /// Holds a picked file's bytes until a command uses them.
    pub fn stage(&self, name: String, bytes: Vec<u8>) -> StagedFile {
        let token = self.next_token.fetch_add(1, Ordering::Relaxed) + 1;
        let file = StagedFile { token, name, size: bytes.len() as u64 };
        *self.staged.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = Some((file.clone(), bytes));
        file
    }

    /// The staged file's name and bytes, if `token` is the latest pick.
    pub fn staged(&self, token: u64) -> IpcResult<(String, Vec<u8>)> {
        let guard = self.staged.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        match guard.as_ref() {
            Some((file, bytes)) if file.token == token => Ok((file.name.clone(), bytes.clone())),
            _ => Err(IpcError::stale_file()),
        }
    }

    /// Notes a file an export wrote.
    pub fn remember_export(&self, path: std::path::PathBuf) {
        self.exports.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).push(path);
    }

    /// Whether an export wrote `path` this session.
    pub fn exported(&self, path: &std::path::Path) -> bool {
        self.exports.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).iter().any(|p| p == path)
    }

    /// Holds the encrypted register at `path` until its passphrase is given.
    pub fn hold_locked(&self, path: Option<std::path::PathBuf>) {
        *self.locked.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = path;
    }

    /// The encrypted register waiting for its passphrase, if any.
    pub fn locked(&self) -> Option<std::path::PathBuf> {
        self.locked.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).clone()
    }

    /// True the first time only: the app reopens the last register once, at start.
    pub fn first_resume(&self) -> bool {
        !self.resumed.swap(true, Ordering::Relaxed)
    }

    /// Replaces the open register (closing the previous one).
    pub fn replace(&self, register: Option<Register>) {
        *self.register.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = register;
    }
}
