//! Vendor commands.

use tauri::State;
use vendor_risk_core::ids::VendorId;
use vendor_risk_core::reference::{ReferenceLists, reference_lists};
use vendor_risk_core::register::VendorEdit;
use vendor_risk_core::vendor::{Page, Vendor, VendorDraft, VendorQuery, VendorRow};

use crate::ipc_error::IpcResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn vendors_list(state: State<'_, AppState>, query: VendorQuery) -> IpcResult<Page<VendorRow>> {
    state.with_register(|r| r.list_vendors(&query))
}

#[tauri::command(async)]
pub fn vendor_get(state: State<'_, AppState>, vendor_id: VendorId) -> IpcResult<Vendor> {
    state.with_register(|r| r.vendor(vendor_id))
}

/// The vendor's fields as editable text, for the form, with the revision they were read at.
#[tauri::command(async)]
pub fn vendor_edit(state: State<'_, AppState>, vendor_id: VendorId) -> IpcResult<VendorEdit> {
    state.with_register(|r| r.vendor_edit(vendor_id))
}

#[tauri::command(async)]
pub fn vendor_create(state: State<'_, AppState>, draft: VendorDraft) -> IpcResult<Vendor> {
    state.with_register(|r| r.create_vendor(&draft))
}

/// Saves the vendor form; refused (`changed_since`) if someone changed the vendor after the
/// form's revision.
#[tauri::command(async)]
pub fn vendor_update(state: State<'_, AppState>, vendor_id: VendorId, edit: VendorEdit) -> IpcResult<Vendor> {
    state.with_register(|r| r.save_vendor_edit(vendor_id, &edit))
}

#[tauri::command(async)]
pub fn vendor_archive(state: State<'_, AppState>, vendor_id: VendorId) -> IpcResult<Vendor> {
    state.with_register(|r| r.archive_vendor(vendor_id))
}

#[tauri::command(async)]
pub fn vendor_restore(state: State<'_, AppState>, vendor_id: VendorId) -> IpcResult<Vendor> {
    state.with_register(|r| r.restore_vendor(vendor_id))
}

#[tauri::command(async)]
pub fn reference_data() -> IpcResult<ReferenceLists> {
    Ok(reference_lists())
}
