//! Incident and organisation-profile commands.

use tauri::State;
use vendor_risk_core::ids::{IncidentId, VendorId};
use vendor_risk_core::incident::{IncidentDraft, IncidentStatus, IncidentSummary, IncidentView};
use vendor_risk_core::org::{OrgProfile, OrgProfileDraft};
use vendor_risk_core::register::{Edit, IncidentEdit};

use crate::ipc_error::IpcResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn org_profile_get(state: State<'_, AppState>) -> IpcResult<OrgProfile> {
    state.with_register(|r| r.org_profile())
}

/// The profile for its form, with its revision.
#[tauri::command(async)]
pub fn org_profile_edit(state: State<'_, AppState>) -> IpcResult<Edit<OrgProfileDraft>> {
    state.with_register(|r| r.org_profile_edit())
}

/// Saves the organisation profile form; refused (`changed_since`) if someone changed the
/// profile after the form opened.
#[tauri::command(async)]
pub fn org_profile_save(state: State<'_, AppState>, edit: Edit<OrgProfileDraft>) -> IpcResult<OrgProfile> {
    state.with_register(|r| r.save_org_profile_edit(&edit))
}

#[tauri::command(async)]
pub fn incidents_list(state: State<'_, AppState>) -> IpcResult<Vec<IncidentSummary>> {
    state.with_register(|r| r.incidents())
}

#[tauri::command(async)]
pub fn incident_get(state: State<'_, AppState>, incident_id: IncidentId) -> IpcResult<IncidentView> {
    state.with_register(|r| r.incident(incident_id))
}

/// An incident's fields for its form, with the revision they were read at.
#[tauri::command(async)]
pub fn incident_edit(state: State<'_, AppState>, incident_id: IncidentId) -> IpcResult<IncidentEdit> {
    state.with_register(|r| r.incident_edit(incident_id))
}

#[tauri::command(async)]
pub fn incident_open(state: State<'_, AppState>, vendor_id: VendorId, draft: IncidentDraft) -> IpcResult<IncidentView> {
    state.with_register(|r| r.open_incident(vendor_id, &draft))
}

#[tauri::command(async)]
/// Saves the incident form; refused (`changed_since`) if someone changed the incident's fields
/// after the form's revision.
pub fn incident_update(
    state: State<'_, AppState>,
    incident_id: IncidentId,
    edit: IncidentEdit,
) -> IpcResult<IncidentView> {
    state.with_register(|r| r.save_incident_edit(incident_id, &edit))
}

#[tauri::command(async)]
pub fn incident_assess(
    state: State<'_, AppState>,
    incident_id: IncidentId,
    key: String,
    answer: bool,
    note: String,
) -> IpcResult<IncidentView> {
    state.with_register(|r| r.answer_judgement(incident_id, &key, answer, &note))
}

#[tauri::command(async)]
pub fn incident_step_done(
    state: State<'_, AppState>,
    incident_id: IncidentId,
    rule_id: String,
    done_at: String,
    note: String,
) -> IpcResult<IncidentView> {
    state.with_register(|r| r.mark_step_done(incident_id, &rule_id, &done_at, &note))
}

#[tauri::command(async)]
pub fn incident_note(
    state: State<'_, AppState>,
    incident_id: IncidentId,
    at: String,
    text: String,
) -> IpcResult<IncidentView> {
    state.with_register(|r| r.add_incident_note(incident_id, &at, &text))
}

#[tauri::command(async)]
pub fn incident_status(
    state: State<'_, AppState>,
    incident_id: IncidentId,
    status: IncidentStatus,
) -> IpcResult<IncidentView> {
    state.with_register(|r| r.set_incident_status(incident_id, status))
}
