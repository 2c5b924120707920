//! Risk commands: the rubric, a vendor's risk with its arithmetic, what-if, profiles and
//! overrides, dated assessments, the dashboard and its heat-map cells, reviews, documents,
//! acceptances, and findings entered by hand.

use tauri::{AppHandle, Runtime, State};
use vendor_risk_core::VendorRiskView;
use vendor_risk_core::ids::{FindingId, VendorId};
use vendor_risk_core::questionnaire::assessment::{Finding, FindingDraft};
use vendor_risk_core::register::Edit;
use vendor_risk_core::risk::book::{Dashboard, VendorRiskRow};
use vendor_risk_core::risk::compute::{RiskFacts, RiskResult};
use vendor_risk_core::risk::records::{
    AcceptanceDraft, AcceptanceStatus, DocumentDraft, DocumentStatus, ReviewStatus, RiskAcceptance, RiskProfile,
    RiskProfileDraft, RiskSnapshot,
};
use vendor_risk_core::risk::rubric::{Level, Rubric};
use vendor_risk_core::say;

use crate::ipc_error::IpcResult;
use crate::state::AppState;

/// The current rubric for its form, with its revision.
#[tauri::command(async)]
pub fn risk_rubric_edit(state: State<'_, AppState>) -> IpcResult<Edit<Rubric>> {
    state.with_register(|r| r.rubric_edit())
}

/// Saves the rubric form as the next version; refused (`changed_since`) if someone saved a
/// version after the form opened.
#[tauri::command(async)]
pub fn risk_rubric_save(state: State<'_, AppState>, edit: Edit<Rubric>) -> IpcResult<Rubric> {
    state.with_register(|r| r.save_rubric_edit(&edit))
}

#[tauri::command(async)]
pub fn vendor_risk(state: State<'_, AppState>, vendor_id: VendorId) -> IpcResult<VendorRiskView> {
    state.with_register(|r| r.vendor_risk(vendor_id))
}

#[tauri::command(async)]
pub fn risk_what_if(state: State<'_, AppState>, facts: RiskFacts) -> IpcResult<RiskResult> {
    state.with_register(|r| r.risk_what_if(&facts))
}

/// The vendor's risk profile for its form, with its revision.
#[tauri::command(async)]
pub fn risk_profile_edit(state: State<'_, AppState>, vendor_id: VendorId) -> IpcResult<Edit<RiskProfileDraft>> {
    state.with_register(|r| r.risk_profile_edit(vendor_id))
}

/// Saves the risk profile form; refused (`changed_since`) if someone changed the profile after
/// the form opened.
#[tauri::command(async)]
pub fn risk_profile_save(
    state: State<'_, AppState>,
    vendor_id: VendorId,
    edit: Edit<RiskProfileDraft>,
) -> IpcResult<RiskProfile> {
    state.with_register(|r| r.save_risk_profile_edit(vendor_id, &edit))
}

#[tauri::command(async)]
pub fn risk_assess(state: State<'_, AppState>, vendor_id: VendorId) -> IpcResult<RiskSnapshot> {
    state.with_register(|r| r.assess_risk(vendor_id))
}

/// Records today's risk of every vendor (off the command threads).
#[tauri::command]
pub async fn risk_assess_all<R: Runtime>(app: AppHandle<R>) -> IpcResult<usize> {
    crate::work::run(app, "Risk assessment", |_, r, work| {
        work.step(say!(work.language(), "progress-assessing-vendors"), 0, 1)?;
        Ok(r.assess_all_risks()?)
    })
    .await
}

#[tauri::command(async)]
pub fn dashboard_get(state: State<'_, AppState>) -> IpcResult<Dashboard> {
    state.with_register(|r| r.dashboard())
}

#[tauri::command(async)]
pub fn dashboard_cell(state: State<'_, AppState>, likelihood: Level, impact: Level) -> IpcResult<Vec<VendorRiskRow>> {
    state.with_register(|r| r.vendors_in_cell(likelihood, impact))
}

#[tauri::command(async)]
pub fn reviews_due(state: State<'_, AppState>) -> IpcResult<Vec<ReviewStatus>> {
    state.with_register(|r| r.reviews_due())
}

/// Records a document, with the staged file (if `token`) as its copy in the evidence store.
#[tauri::command(async)]
pub fn document_add(
    state: State<'_, AppState>,
    vendor_id: VendorId,
    draft: DocumentDraft,
    token: Option<u64>,
) -> IpcResult<DocumentStatus> {
    let file = token.map(|t| state.staged(t)).transpose()?;
    state.with_register(|r| r.add_document(vendor_id, &draft, file.as_ref().map(|(n, b)| (n.as_str(), b.as_slice()))))
}

#[tauri::command(async)]
pub fn documents_list(state: State<'_, AppState>, vendor_id: Option<VendorId>) -> IpcResult<Vec<DocumentStatus>> {
    state.with_register(|r| r.documents(vendor_id))
}

#[tauri::command(async)]
pub fn acceptance_add(
    state: State<'_, AppState>,
    vendor_id: VendorId,
    draft: AcceptanceDraft,
) -> IpcResult<AcceptanceStatus> {
    state.with_register(|r| r.accept_risk(vendor_id, &draft))
}

#[tauri::command(async)]
pub fn acceptances_list(state: State<'_, AppState>, vendor_id: Option<VendorId>) -> IpcResult<Vec<AcceptanceStatus>> {
    state.with_register(|r| r.acceptances(vendor_id))
}

#[tauri::command(async)]
pub fn acceptance_revoke(state: State<'_, AppState>, acceptance_id: i64) -> IpcResult<RiskAcceptance> {
    state.with_register(|r| r.revoke_acceptance(acceptance_id))
}

#[tauri::command(async)]
pub fn finding_add(state: State<'_, AppState>, vendor_id: VendorId, draft: FindingDraft) -> IpcResult<Finding> {
    state.with_register(|r| r.add_finding(vendor_id, &draft))
}

/// Links the staged file to a finding as evidence.
#[tauri::command(async)]
pub fn finding_attach(state: State<'_, AppState>, finding_id: FindingId, token: u64) -> IpcResult<Finding> {
    let (name, bytes) = state.staged(token)?;
    state.with_register(|r| r.attach_finding_evidence(finding_id, &name, &bytes))
}
