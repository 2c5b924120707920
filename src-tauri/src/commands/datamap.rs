//! Data-map commands: taxonomy, services, flows, edges, lookups, blast radius, network,
//! subprocessor-list import.

use tauri::{AppHandle, Manager, Runtime, State};
use vendor_risk_core::blast_radius::BlastRadius;
use vendor_risk_core::datamap::{DataFlow, EdgeDraft, FlowDraft, InternalService, ServiceDraft, VendorEdge};
use vendor_risk_core::ids::{EdgeId, FlowId, InternalServiceId, VendorId};
use vendor_risk_core::import::SubprocessorPreview;
use vendor_risk_core::import::subprocessors::ListOptions;
use vendor_risk_core::lookup::{ReverseLookup, ReverseQuery, VendorNetwork};
use vendor_risk_core::register::{Edit, FlowEdit};
use vendor_risk_core::taxonomy::{CategoryDraft, DataCategory, SubjectDraft, SubjectGroup};
use vendor_risk_core::text::Message;
use vendor_risk_core::validate::{FieldErrors, date_field};
use vendor_risk_core::{CoreError, NaiveDate};

use crate::ipc_error::IpcResult;
use crate::state::AppState;

/// An optional "as of" date from the UI, checked by the core.
fn as_of(at: Option<String>) -> Result<Option<NaiveDate>, CoreError> {
    Ok(at.filter(|a| !a.trim().is_empty()).map(|a| date_field("at", &a)).transpose()?)
}

#[tauri::command(async)]
pub fn taxonomy_categories(state: State<'_, AppState>) -> IpcResult<Vec<DataCategory>> {
    state.with_register(|r| r.categories())
}

#[tauri::command(async)]
pub fn category_create(state: State<'_, AppState>, draft: CategoryDraft) -> IpcResult<DataCategory> {
    state.with_register(|r| r.create_category(&draft))
}

#[tauri::command(async)]
pub fn taxonomy_subjects(state: State<'_, AppState>) -> IpcResult<Vec<SubjectGroup>> {
    state.with_register(|r| r.subject_groups())
}

#[tauri::command(async)]
pub fn subject_create(state: State<'_, AppState>, draft: SubjectDraft) -> IpcResult<SubjectGroup> {
    state.with_register(|r| r.create_subject_group(&draft))
}

#[tauri::command(async)]
pub fn services_list(state: State<'_, AppState>) -> IpcResult<Vec<InternalService>> {
    state.with_register(|r| r.services())
}

#[tauri::command(async)]
pub fn service_create(state: State<'_, AppState>, draft: ServiceDraft) -> IpcResult<InternalService> {
    state.with_register(|r| r.save_service(None, &draft))
}

/// The service's fields for its form, with their revision.
#[tauri::command(async)]
pub fn service_edit(state: State<'_, AppState>, service_id: InternalServiceId) -> IpcResult<Edit<ServiceDraft>> {
    state.with_register(|r| r.service_edit(service_id))
}

/// Saves the service form; refused (`changed_since`) if someone changed the service after the
/// form opened.
#[tauri::command(async)]
pub fn service_update(
    state: State<'_, AppState>,
    service_id: InternalServiceId,
    edit: Edit<ServiceDraft>,
) -> IpcResult<InternalService> {
    state.with_register(|r| r.save_service_edit(service_id, &edit))
}

#[tauri::command(async)]
pub fn flows_list(state: State<'_, AppState>, vendor_id: VendorId) -> IpcResult<Vec<DataFlow>> {
    state.with_register(|r| r.flows(Some(vendor_id)))
}

#[tauri::command(async)]
pub fn flow_add(state: State<'_, AppState>, vendor_id: VendorId, draft: FlowDraft) -> IpcResult<DataFlow> {
    state.with_register(|r| r.add_flow(vendor_id, &draft))
}

/// The flow's fields for its form, with their revision.
#[tauri::command(async)]
pub fn flow_edit(state: State<'_, AppState>, flow_id: FlowId) -> IpcResult<FlowEdit> {
    state.with_register(|r| r.flow_edit(flow_id))
}

/// Saves the flow form; refused (`changed_since`) if someone changed the flow after the form
/// opened.
#[tauri::command(async)]
pub fn flow_update(state: State<'_, AppState>, flow_id: FlowId, edit: FlowEdit) -> IpcResult<DataFlow> {
    state.with_register(|r| r.save_flow_edit(flow_id, &edit))
}

#[tauri::command(async)]
pub fn flow_end(state: State<'_, AppState>, flow_id: FlowId, last_day: String) -> IpcResult<DataFlow> {
    state.with_register(|r| r.end_flow(flow_id, &last_day))
}

#[tauri::command(async)]
pub fn edges_list(state: State<'_, AppState>, vendor_id: VendorId) -> IpcResult<Vec<VendorEdge>> {
    state.with_register(|r| r.edges(Some(vendor_id)))
}

#[tauri::command(async)]
pub fn edge_add(state: State<'_, AppState>, vendor_id: VendorId, draft: EdgeDraft) -> IpcResult<VendorEdge> {
    state.with_register(|r| r.add_edge(vendor_id, &draft))
}

#[tauri::command(async)]
pub fn edge_end(state: State<'_, AppState>, edge_id: EdgeId, last_day: String) -> IpcResult<VendorEdge> {
    state.with_register(|r| r.end_edge(edge_id, &last_day))
}

#[tauri::command(async)]
pub fn lookup_reverse(state: State<'_, AppState>, query: ReverseQuery) -> IpcResult<ReverseLookup> {
    state.with_register(|r| r.reverse_lookup(&query))
}

#[tauri::command(async)]
pub fn blast_radius(
    state: State<'_, AppState>,
    vendor_id: VendorId,
    at: Option<String>,
    aware_at: Option<String>,
) -> IpcResult<BlastRadius> {
    state.with_register(|r| r.blast_radius(vendor_id, as_of(at)?, aware_at.as_deref().unwrap_or_default()))
}

#[tauri::command(async)]
pub fn vendor_network(state: State<'_, AppState>, vendor_id: VendorId, at: Option<String>) -> IpcResult<VendorNetwork> {
    state.with_register(|r| r.vendor_network(vendor_id, as_of(at)?))
}

#[tauri::command(async)]
pub fn vendor_reviews(state: State<'_, AppState>, vendor_id: VendorId) -> IpcResult<Vec<String>> {
    state.with_register(|r| r.open_reviews(vendor_id))
}

/// A subprocessor list as the dialog has it: pasted text, or a file picked (and staged).
#[derive(Debug, Clone, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ListInput {
    pub text: Option<String>,
    pub token: Option<u64>,
}

impl ListInput {
    fn bytes(self, state: &AppState) -> IpcResult<Vec<u8>> {
        match (self.text, self.token) {
            (_, Some(token)) => Ok(state.staged(token)?.1),
            (Some(text), None) => Ok(text.into_bytes()),
            (None, None) => {
                let message = Message::new("import-list-required");
                Err(CoreError::Validation(FieldErrors::of("list", "required", message)).into())
            }
        }
    }
}

#[tauri::command(async)]
pub fn subprocessors_preview(
    state: State<'_, AppState>,
    vendor_id: VendorId,
    list: ListInput,
    options: Option<ListOptions>,
) -> IpcResult<SubprocessorPreview> {
    let bytes = list.bytes(&state)?;
    state.with_register(|r| r.preview_subprocessors(vendor_id, &bytes, options))
}

/// Imports a subprocessor list (off the command threads); given the preview's `basis`,
/// nothing if the register changed since in a way that changes what the import does.
#[tauri::command]
pub async fn subprocessors_import<R: Runtime>(
    app: AppHandle<R>,
    vendor_id: VendorId,
    list: ListInput,
    options: Option<ListOptions>,
    basis: Option<String>,
) -> IpcResult<SubprocessorPreview> {
    let bytes = list.bytes(&app.state::<AppState>())?;
    crate::work::run(app, "Subprocessor list import", move |_, r, _| {
        Ok(r.import_subprocessors(vendor_id, &bytes, options, basis.as_deref())?)
    })
    .await
}
