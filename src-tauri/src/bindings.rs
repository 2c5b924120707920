//! The TypeScript bindings of every type the UI exchanges with Rust, written into
//! `ui/src/ipc/bindings/`. A test fails when the committed files are stale.

use std::path::Path;

use ts_rs::{Config, ExportError, TS};

/// Writes every binding into `dir`. IDs and counts are JavaScript numbers (they stay far below
/// 2^53), not bigints.
pub fn export_all(dir: &Path) -> Result<(), ExportError> {
    let cfg = Config::new().with_out_dir(dir).with_large_int("number");
    crate::ipc_error::IpcError::export_all(&cfg)?;
    crate::settings::RecentRegister::export_all(&cfg)?;
    crate::commands::exports::ReportTarget::export_all(&cfg)?;
    crate::commands::exports::DataExport::export_all(&cfg)?;
    crate::commands::exports::ExportDone::export_all(&cfg)?;
    crate::commands::register::RestoreDone::export_all(&cfg)?;
    vendor_risk_core::report::ReportProgress::export_all(&cfg)?;
    vendor_risk_core::report::ReportVerification::export_all(&cfg)?;
    vendor_risk_core::import::vendors::VendorImportPreview::export_all(&cfg)?;
    vendor_risk_core::RegisterInfo::export_all(&cfg)?;
    vendor_risk_core::ErrorCode::export_all(&cfg)?;
    vendor_risk_core::vendor::Vendor::export_all(&cfg)?;
    vendor_risk_core::vendor::VendorDraft::export_all(&cfg)?;
    vendor_risk_core::vendor::VendorQuery::export_all(&cfg)?;
    vendor_risk_core::vendor::VendorRow::export_all(&cfg)?;
    vendor_risk_core::vendor::Page::<vendor_risk_core::vendor::VendorRow>::export_all(&cfg)?;
    vendor_risk_core::reference::ReferenceLists::export_all(&cfg)?;
    vendor_risk_core::AuditQuery::export_all(&cfg)?;
    vendor_risk_core::audit::AuditEntry::export_all(&cfg)?;
    vendor_risk_core::audit::AuditVerification::export_all(&cfg)?;
    vendor_risk_core::taxonomy::DataCategory::export_all(&cfg)?;
    vendor_risk_core::taxonomy::CategoryDraft::export_all(&cfg)?;
    vendor_risk_core::taxonomy::SubjectGroup::export_all(&cfg)?;
    vendor_risk_core::taxonomy::SubjectDraft::export_all(&cfg)?;
    vendor_risk_core::datamap::InternalService::export_all(&cfg)?;
    vendor_risk_core::datamap::ServiceDraft::export_all(&cfg)?;
    vendor_risk_core::datamap::DataFlow::export_all(&cfg)?;
    vendor_risk_core::datamap::FlowDraft::export_all(&cfg)?;
    vendor_risk_core::datamap::VendorEdge::export_all(&cfg)?;
    vendor_risk_core::datamap::EdgeDraft::export_all(&cfg)?;
    vendor_risk_core::datamap::TransferMechanism::export_all(&cfg)?;
    vendor_risk_core::lookup::ReverseQuery::export_all(&cfg)?;
    vendor_risk_core::lookup::ReverseLookup::export_all(&cfg)?;
    vendor_risk_core::lookup::VendorNetwork::export_all(&cfg)?;
    vendor_risk_core::blast_radius::BlastRadius::export_all(&cfg)?;
    vendor_risk_core::import::SubprocessorPreview::export_all(&cfg)?;
    vendor_risk_core::org::OrgProfile::export_all(&cfg)?;
    vendor_risk_core::org::OrgProfileDraft::export_all(&cfg)?;
    vendor_risk_core::incident::IncidentDraft::export_all(&cfg)?;
    vendor_risk_core::incident::IncidentSummary::export_all(&cfg)?;
    vendor_risk_core::incident::IncidentView::export_all(&cfg)?;
    vendor_risk_core::incident::IncidentStatus::export_all(&cfg)?;
    crate::state::StagedFile::export_all(&cfg)?;
    crate::commands::questionnaires::TemplatePreview::export_all(&cfg)?;
    vendor_risk_core::store::TemplateInfo::export_all(&cfg)?;
    vendor_risk_core::questionnaire::template::Template::export_all(&cfg)?;
    vendor_risk_core::questionnaire::template::Domain::export_all(&cfg)?;
    vendor_risk_core::questionnaire::answer::AnswerValue::export_all(&cfg)?;
    vendor_risk_core::questionnaire::assessment::AssessmentView::export_all(&cfg)?;
    vendor_risk_core::questionnaire::assessment::AssessmentSummary::export_all(&cfg)?;
    vendor_risk_core::questionnaire::assessment::AssignDraft::export_all(&cfg)?;
    vendor_risk_core::questionnaire::assessment::AssessmentDiff::export_all(&cfg)?;
    vendor_risk_core::questionnaire::assessment::FindingUpdate::export_all(&cfg)?;
    vendor_risk_core::WorkbookPreview::export_all(&cfg)?;
    vendor_risk_core::CaiqPreview::export_all(&cfg)?;
    vendor_risk_core::questionnaire::assessment::FindingDraft::export_all(&cfg)?;
    vendor_risk_core::VendorRiskView::export_all(&cfg)?;
    vendor_risk_core::risk::rubric::Rubric::export_all(&cfg)?;
    vendor_risk_core::risk::compute::RiskFacts::export_all(&cfg)?;
    vendor_risk_core::risk::compute::RiskResult::export_all(&cfg)?;
    vendor_risk_core::risk::records::RiskProfileDraft::export_all(&cfg)?;
    vendor_risk_core::risk::records::DocumentDraft::export_all(&cfg)?;
    vendor_risk_core::risk::records::AcceptanceDraft::export_all(&cfg)?;
    vendor_risk_core::risk::records::RiskAcceptance::export_all(&cfg)?;
    vendor_risk_core::risk::book::Dashboard::export_all(&cfg)?;
    vendor_risk_core::risk::book::VendorRiskRow::export_all(&cfg)?;
    Ok(())
}
