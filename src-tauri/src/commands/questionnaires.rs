//! Questionnaire commands: templates, assessments, answers, evidence, the review cycle, the
//! workbook round trip, CAIQ import, diffs and findings. Files are picked and saved with the
//! system dialogs here; the web view sees names and tokens, never paths or bytes.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use vendor_risk_core::ids::{AssessmentId, FindingId, VendorId};
use vendor_risk_core::locale::Language;
use vendor_risk_core::questionnaire::answer::AnswerValue;
use vendor_risk_core::questionnaire::assessment::{
    AnswerShown, AssessmentDiff, AssessmentStatus, AssessmentSummary, AssessmentView, AssignDraft, Finding,
};
use vendor_risk_core::questionnaire::template::Template;
use vendor_risk_core::register::FindingEdit;
use vendor_risk_core::say;
use vendor_risk_core::store::TemplateInfo;
use vendor_risk_core::{CaiqPreview, CoreError, ImportStep, WorkbookPreview};

use crate::ipc_error::IpcResult;
use crate::state::{AppState, StagedFile};

#[tauri::command(async)]
pub fn questionnaire_templates(state: State<'_, AppState>) -> IpcResult<Vec<TemplateInfo>> {
    state.with_register(|r| r.questionnaire_templates())
}

#[tauri::command(async)]
pub fn questionnaire_template(state: State<'_, AppState>, id: String, version: Option<u32>) -> IpcResult<Template> {
    state.with_register(|r| r.questionnaire_template(&id, version))
}

#[tauri::command(async)]
pub fn template_save(state: State<'_, AppState>, template: Template) -> IpcResult<TemplateInfo> {
    state.with_register(|r| r.save_questionnaire_template(&template))
}

/// Imports the staged JSON file as a template.
#[tauri::command(async)]
pub fn template_import(state: State<'_, AppState>, token: u64) -> IpcResult<TemplateInfo> {
    let (_, bytes) = state.staged(token)?;
    let text =
        vendor_risk_core::import::utf8_text(&bytes, vendor_risk_core::import::NOT_UTF8).map_err(CoreError::from)?;
    state.with_register(|r| r.import_questionnaire_template(text))
}

/// Writes a template's JSON where the user chooses; the file name, or `None` if cancelled.
#[tauri::command(async)]
pub fn template_export<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
    version: Option<u32>,
) -> IpcResult<Option<String>> {
    let template = state.with_register(|r| r.questionnaire_template(&id, version))?;
    save_as(
        &app,
        "Export the template",
        &format!("{}-v{}.json", template.id, template.version),
        ("JSON", &["json"]),
        template.to_json().into_bytes(),
    )
}

/// What a picked file is for: the dialog's title and filter follow from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum PickKind {
    Workbook,
    Caiq,
    Template,
    Evidence,
    Vendors,
    DoraPackage,
    Hecvat,
    SubprocessorList,
}

/// Asks for a file with the system dialog and holds it for the next command.
#[tauri::command(async)]
pub fn file_pick<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    kind: PickKind,
) -> IpcResult<Option<StagedFile>> {
    let (title, filter, extensions): (&str, &str, &[&str]) = match kind {
        PickKind::Workbook => ("dialog-choose-workbook", "filter-spreadsheet", &["xlsx", "ods"]),
        PickKind::Caiq => ("dialog-choose-caiq", "filter-spreadsheet", &["xlsx", "ods"]),
        PickKind::Hecvat => ("dialog-choose-hecvat", "filter-spreadsheet", &["xlsx", "ods"]),
        PickKind::SubprocessorList => (
            "dialog-choose-subprocessors",
            "filter-web-page",
            &["html", "htm", "xlsx", "ods", "xls", "csv", "tsv", "md", "markdown", "txt"],
        ),
        PickKind::Template => ("dialog-choose-template", "", &["json"]),
        PickKind::Vendors => ("dialog-choose-vendors", "filter-csv-or-spreadsheet", &["csv", "xlsx", "ods", "txt"]),
        PickKind::DoraPackage => ("dialog-choose-dora", "filter-report-package", &["zip"]),
        PickKind::Evidence => (
            "dialog-choose-evidence",
            "filter-evidence",
            &["pdf", "png", "jpg", "jpeg", "docx", "xlsx", "pptx", "txt", "csv", "md", "json"],
        ),
    };
    let l = super::locale::window_language();
    let (title, filter) = (say!(l, title), if filter.is_empty() { "JSON".to_owned() } else { say!(l, filter) });
    let picked = app.dialog().file().set_title(title).add_filter(filter, extensions).blocking_pick_file();
    let Some(path) = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let bytes = std::fs::read(&path).map_err(CoreError::from)?;
    Ok(Some(state.stage(name, bytes)))
}

fn save_as<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    name: &str,
    filter: (&str, &[&str]),
    bytes: Vec<u8>,
) -> IpcResult<Option<String>> {
    let picked =
        app.dialog().file().set_title(title).set_file_name(name).add_filter(filter.0, filter.1).blocking_save_file();
    let Some(path): Option<PathBuf> = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    std::fs::write(&path, bytes).map_err(CoreError::from)?;
    Ok(path.file_name().map(|n| n.to_string_lossy().into_owned()))
}

#[tauri::command(async)]
pub fn assessments_list(state: State<'_, AppState>, vendor_id: Option<VendorId>) -> IpcResult<Vec<AssessmentSummary>> {
    state.with_register(|r| r.assessments(vendor_id))
}

#[tauri::command(async)]
pub fn assessment_get(state: State<'_, AppState>, assessment_id: AssessmentId) -> IpcResult<AssessmentView> {
    state.with_register(|r| r.assessment(assessment_id))
}

#[tauri::command(async)]
pub fn assessment_assign(
    state: State<'_, AppState>,
    vendor_id: VendorId,
    draft: AssignDraft,
) -> IpcResult<AssessmentView> {
    state.with_register(|r| r.assign_questionnaire(vendor_id, &draft))
}

/// Saves an answer given on the form, which showed it as `shown`; refused (`changed_since`) if
/// someone else changed the answer since.
#[tauri::command(async)]
pub fn answer_save(
    state: State<'_, AppState>,
    assessment_id: AssessmentId,
    question_id: String,
    value: Option<AnswerValue>,
    comment: String,
    shown: AnswerShown,
) -> IpcResult<AssessmentView> {
    state.with_register(|r| r.save_answer_since(assessment_id, &question_id, value, &comment, Some(shown)))
}

/// Attaches the staged file as evidence.
#[tauri::command(async)]
pub fn evidence_attach(
    state: State<'_, AppState>,
    assessment_id: AssessmentId,
    question_id: String,
    token: u64,
) -> IpcResult<AssessmentView> {
    let (name, bytes) = state.staged(token)?;
    state.with_register(|r| r.attach_evidence(assessment_id, &question_id, &name, &bytes))
}

#[tauri::command(async)]
pub fn evidence_detach(
    state: State<'_, AppState>,
    assessment_id: AssessmentId,
    question_id: String,
    sha256: String,
) -> IpcResult<AssessmentView> {
    state.with_register(|r| r.detach_evidence(assessment_id, &question_id, &sha256))
}

/// Saves a copy of an evidence file where the user chooses.
#[tauri::command(async)]
pub fn evidence_save<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    sha256: String,
    file_name: String,
) -> IpcResult<Option<String>> {
    let (bytes, _) = state.with_register(|r| r.evidence_file(&sha256))?;
    let ext = file_name.rsplit_once('.').map(|(_, e)| e.to_owned()).unwrap_or_default();
    let l = super::locale::window_language();
    let (title, filter) = (say!(l, "dialog-save-evidence"), say!(l, "filter-file"));
    save_as(&app, &title, &file_name, (&filter, &[ext.as_str()]), bytes)
}

#[tauri::command(async)]
pub fn assessment_status(
    state: State<'_, AppState>,
    assessment_id: AssessmentId,
    status: AssessmentStatus,
    reason: String,
) -> IpcResult<AssessmentView> {
    state.with_register(|r| r.set_assessment_status(assessment_id, status, &reason))
}

/// Writes the questionnaire workbook, in the vendor's `language` (`None`: the window's), where
/// the user chooses.
#[tauri::command(async)]
pub fn workbook_export<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    assessment_id: AssessmentId,
    language: Option<Language>,
) -> IpcResult<Option<String>> {
    let (bytes, view) = state.with_register(|r| {
        let language = language.unwrap_or_else(|| r.language());
        Ok((r.export_assessment_workbook(assessment_id, language)?, r.assessment(assessment_id)?))
    })?;
    let a = &view.assessment;
    let name =
        format!("{} - {} v{}.xlsx", a.vendor.name, a.template_title, a.template_version).replace(['/', '\\', ':'], "-");
    let l = super::locale::window_language();
    let (title, filter) = (say!(l, "dialog-save-workbook"), say!(l, "filter-workbook"));
    save_as(&app, &title, &name, (&filter, &["xlsx"]), bytes)
}

/// Reads the staged workbook (off the command threads); writes its answers only with `commit`,
/// and then, given the preview's `basis`, only if the assessment did not change since.
#[tauri::command]
pub async fn workbook_import<R: Runtime>(
    app: AppHandle<R>,
    assessment_id: AssessmentId,
    token: u64,
    commit: bool,
    basis: Option<String>,
) -> IpcResult<WorkbookPreview> {
    let (_, bytes) = app.state::<AppState>().staged(token)?;
    crate::work::run(app, "Workbook import", move |_, r, _| {
        let step = if commit { ImportStep::Commit { previewed: basis.as_deref() } } else { ImportStep::Preview };
        Ok(r.import_assessment_workbook(assessment_id, bytes, step)?)
    })
    .await
}

/// Reads the staged CAIQ workbook (off the command threads); records it only with `commit`.
#[tauri::command]
pub async fn caiq_import<R: Runtime>(
    app: AppHandle<R>,
    vendor_id: VendorId,
    token: u64,
    commit: bool,
) -> IpcResult<CaiqPreview> {
    let (_, bytes) = app.state::<AppState>().staged(token)?;
    crate::work::run(app, "CAIQ import", move |_, r, _| Ok(r.import_caiq(vendor_id, bytes, commit)?)).await
}

/// Reads the staged HECVAT; records it only with `commit`.
#[tauri::command]
pub async fn hecvat_import<R: Runtime>(
    app: AppHandle<R>,
    vendor_id: VendorId,
    token: u64,
    commit: bool,
) -> IpcResult<CaiqPreview> {
    let (_, bytes) = app.state::<AppState>().staged(token)?;
    crate::work::run(app, "HECVAT import", move |_, r, _| Ok(r.import_hecvat(vendor_id, &bytes, commit)?)).await
}

#[tauri::command(async)]
pub fn assessment_diff(
    state: State<'_, AppState>,
    before: AssessmentId,
    after: AssessmentId,
) -> IpcResult<AssessmentDiff> {
    state.with_register(|r| r.assessment_diff(before, after))
}

#[tauri::command(async)]
pub fn findings_list(
    state: State<'_, AppState>,
    vendor_id: Option<VendorId>,
    assessment_id: Option<AssessmentId>,
) -> IpcResult<Vec<Finding>> {
    state.with_register(|r| r.findings(vendor_id, assessment_id))
}

/// The finding's status, owner, due date and reason for its form, with their revision.
#[tauri::command(async)]
pub fn finding_edit(state: State<'_, AppState>, finding_id: FindingId) -> IpcResult<FindingEdit> {
    state.with_register(|r| r.finding_edit(finding_id))
}

/// Saves the finding form; refused (`changed_since`) if someone changed the finding after the
/// form opened.
#[tauri::command(async)]
pub fn finding_update(state: State<'_, AppState>, finding_id: FindingId, edit: FindingEdit) -> IpcResult<Finding> {
    state.with_register(|r| r.save_finding_edit(finding_id, &edit))
}

/// What the builder's preview shows: the questions visible and the score for trial answers,
/// computed by the core's own rules.
#[derive(Debug, Clone, PartialEq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TemplatePreview {
    pub visible: Vec<String>,
    pub score: vendor_risk_core::questionnaire::scoring::ScoreReport,
}

#[tauri::command(async)]
pub fn template_preview(
    template: Template,
    answers: std::collections::HashMap<String, AnswerValue>,
) -> IpcResult<TemplatePreview> {
    use vendor_risk_core::questionnaire::{answer::visible_questions, scoring::score};
    let visible = visible_questions(&template, &answers);
    let ordered = template.questions().filter(|q| visible.contains(q.id.as_str())).map(|q| q.id.clone()).collect();
    Ok(TemplatePreview { visible: ordered, score: score(&template, &answers, &Default::default()) })
}

/// Saves an answer typed as text (numbers): the core reads it against the question's kind.
#[tauri::command(async)]
pub fn answer_save_text(
    state: State<'_, AppState>,
    assessment_id: AssessmentId,
    question_id: String,
    text: String,
    comment: String,
    shown: AnswerShown,
) -> IpcResult<AssessmentView> {
    state.with_register(|r| r.save_answer_text(assessment_id, &question_id, &text, &comment, Some(shown)))
}
