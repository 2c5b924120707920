//! The window's state: the open register, if any.

use std::sync::Mutex;

use vendor_risk_core::Register;

use crate::ipc_error::{IpcError, IpcResult};

/// Managed by Tauri; commands reach the register through [`AppState::with_register`].
#[derive(Default)]
pub struct AppState {
    register: Mutex<Option<Register>>,
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

    /// Replaces the open register (closing the previous one).
    pub fn replace(&self, register: Option<Register>) {
        *self.register.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = register;
    }
}
