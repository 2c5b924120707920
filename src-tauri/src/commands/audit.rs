//! Audit-log commands.

use tauri::State;
use vendor_risk_core::AuditQuery;
use vendor_risk_core::audit::{AuditEntry, AuditVerification};
use vendor_risk_core::vendor::Page;

use crate::ipc_error::IpcResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn audit_list(state: State<'_, AppState>, query: AuditQuery) -> IpcResult<Page<AuditEntry>> {
    state.with_register(|r| r.audit_log(&query))
}

/// Verifies the whole chain on a second connection: on a large register it takes seconds,
/// and the open register stays free for every other command meanwhile.
#[tauri::command(async)]
pub fn audit_verify(state: State<'_, AppState>) -> IpcResult<AuditVerification> {
    state.with_register(|r| r.verify_audit())
}
