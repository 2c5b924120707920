//! DORA Register of Information commands: its records and fields for the forms, saving them,
//! and the register checked per template for a reference date.

use chrono::NaiveDate;
use tauri::{AppHandle, Runtime, State};
use vendor_risk_core::DoraReadiness;
use vendor_risk_core::dora::fields::{FieldInfo, catalogue};
use vendor_risk_core::dora::model::{
    DoraArrangement, DoraArrangementDraft, DoraBranch, DoraEntity, DoraEntityDraft, DoraFunction, DoraFunctionDraft,
    DoraProvider, DoraProviderDraft, DoraRecords, DoraSettings,
};
use vendor_risk_core::ids::VendorId;
use vendor_risk_core::validate::date_field;

use crate::ipc_error::IpcResult;
use crate::state::AppState;

/// The reference date as typed, or an error naming the field.
pub fn ref_date(text: &str) -> Result<NaiveDate, vendor_risk_core::CoreError> {
    Ok(date_field("refDate", text)?)
}

/// The reference date to file for today (YYYY-MM-DD).
#[tauri::command(async)]
pub fn dora_reference_date(state: State<'_, AppState>) -> IpcResult<String> {
    state.with_register(|r| Ok(r.dora_reference_date().to_string()))
}

#[tauri::command(async)]
pub fn dora_records(state: State<'_, AppState>) -> IpcResult<DoraRecords> {
    state.with_register(|r| r.dora_records())
}

/// Every field of every kind of record, with the EBA column it fills and its closed list.
#[tauri::command]
pub fn dora_fields() -> IpcResult<Vec<FieldInfo>> {
    Ok(catalogue())
}

/// The register checked as a supervisor will, per template, for `ref_date` (off the command
/// threads: a big register takes most of a second). Its problems are said in the register's
/// language, which follows the window's (`locale_set`).
#[tauri::command]
pub async fn dora_readiness<R: Runtime>(app: AppHandle<R>, ref_date: String) -> IpcResult<DoraReadiness> {
    crate::work::run(app, "DORA check", move |_, r, _| Ok(r.dora_package(self::ref_date(&ref_date)?)?.readiness)).await
}

/// Saves the scope, base currency and package name pattern.
#[tauri::command(async)]
pub fn dora_settings_save(state: State<'_, AppState>, settings: DoraSettings) -> IpcResult<DoraSettings> {
    state.with_register(|r| r.set_dora_settings(&settings))
}

#[tauri::command(async)]
pub fn dora_entity_save(state: State<'_, AppState>, draft: DoraEntityDraft) -> IpcResult<DoraEntity> {
    state.with_register(|r| r.save_dora_entity(&draft))
}

#[tauri::command(async)]
pub fn dora_branch_save(state: State<'_, AppState>, draft: DoraBranch) -> IpcResult<DoraBranch> {
    state.with_register(|r| r.save_dora_branch(&draft))
}

#[tauri::command(async)]
pub fn dora_function_save(state: State<'_, AppState>, draft: DoraFunctionDraft) -> IpcResult<DoraFunction> {
    state.with_register(|r| r.save_dora_function(&draft))
}

#[tauri::command(async)]
pub fn dora_provider_save(
    state: State<'_, AppState>,
    vendor_id: VendorId,
    draft: DoraProviderDraft,
) -> IpcResult<DoraProvider> {
    state.with_register(|r| r.save_dora_provider(vendor_id, &draft))
}

#[tauri::command(async)]
pub fn dora_arrangement_save(state: State<'_, AppState>, draft: DoraArrangementDraft) -> IpcResult<DoraArrangement> {
    state.with_register(|r| r.save_dora_arrangement(&draft))
}
