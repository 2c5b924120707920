//! Audit-log commands.

use tauri::{AppHandle, Runtime, State};
use vendor_risk_core::AuditQuery;
use vendor_risk_core::audit::{AuditEntry, AuditVerification};
use vendor_risk_core::vendor::Page;

use crate::ipc_error::IpcResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn audit_list(state: State<'_, AppState>, query: AuditQuery) -> IpcResult<Page<AuditEntry>> {
    state.with_register(|r| r.audit_log(&query))
}

/// Verifies the whole chain in one read transaction off the command threads: every other
/// command answers meanwhile.
#[tauri::command]
pub async fn audit_verify<R: Runtime>(app: AppHandle<R>) -> IpcResult<AuditVerification> {
    crate::work::run(app, "Audit chain check", |_, r, work| Ok(r.verify_audit_with(work)?)).await
}
