//! Questionnaire use cases: templates, assigning a questionnaire to a vendor, answering (in the
//! app, by workbook, or from a filled CAIQ), evidence, the review cycle, findings and diffs.
//! Every change is audited; a decided assessment never changes.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::Register;
use super::edits::{FINDING_FIELDS, Revision, unchanged_since};
use crate::actor::Area;
use crate::audit::AuditRecord;
use crate::error::{CoreError, Result};
use crate::ids::{AssessmentId, FindingId, VendorId};
use crate::locale::Language;
use crate::questionnaire::answer::{AnswerValue, check_value, parse_answer, visible_questions};
use crate::questionnaire::assessment::{
    AnswerChange, AnswerRecord, AnswerShown, Assessment, AssessmentDiff, AssessmentSource, AssessmentStatus,
    AssessmentSummary, AssessmentView, AssignDraft, Finding, FindingDraft, FindingStatus, FindingUpdate, Progress,
};
use crate::questionnaire::caiq::{caiq_template, read_caiq, template_id as caiq_template_id};
use crate::questionnaire::diff::diff_answers;
use crate::questionnaire::evidence::check_evidence;
use crate::questionnaire::hecvat::{hecvat_template, read_hecvat, template_id as hecvat_template_id};
use crate::questionnaire::scoring::{raised_findings, score};
use crate::questionnaire::template::{Domain, Severity, Template};
use crate::questionnaire::workbook::export_workbook;
use crate::questionnaire::workbook_import::OpenWorkbook;
use crate::store::questionnaires::{NewAssessment, NewFinding, TemplateInfo};
use crate::store::{Reader, Writer};
use crate::text::{Message, text};
use crate::validate::{Checker, FieldErrors};

/// An answer as the audit log records it.
#[derive(Debug, Clone, PartialEq, Serialize)]
struct AuditedAnswer {
    value: Option<AnswerValue>,
    comment: Option<String>,
    ownership: Option<String>,
    evidence: Vec<String>,
}

/// An assessment's audited state: its record and its answers by question id.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(super) struct AssessmentState {
    #[serde(flatten)]
    assessment: Assessment,
    answers: BTreeMap<String, AuditedAnswer>,
}

fn state(assessment: Assessment, answers: &[AnswerRecord]) -> AssessmentState {
    let answers = answers
        .iter()
        .map(|a| {
            let evidence = a.evidence.iter().map(|e| format!("{} {}", e.sha256, e.file_name)).collect();
            (
                a.question_id.clone(),
                AuditedAnswer {
                    value: a.value.clone(),
                    comment: a.comment.clone(),
                    ownership: a.ownership.clone(),
                    evidence,
                },
            )
        })
        .collect();
    AssessmentState { assessment, answers }
}

/// The audited state of an assessment as stored now.
pub(super) fn assessment_state(r: &Reader<'_>, id: AssessmentId) -> Result<AssessmentState> {
    let (assessment, _) = r.assessment(id)?;
    Ok(state(assessment, &r.answers(id)?))
}

fn assessment_record(action: &str, before: Option<&AssessmentState>, after: &AssessmentState) -> AuditRecord {
    let a = &after.assessment;
    let summary = format!("{}: {} v{}", a.vendor.name, a.template_title, a.template_version);
    AuditRecord::linked_change(action, "assessment", a.id.0, &summary, before, Some(after))
}

fn finding_record(action: &str, before: Option<&Finding>, after: &Finding) -> AuditRecord {
    let summary = format!("{}: {}", after.vendor.name, after.title);
    AuditRecord::linked_change(action, "finding", after.id.0, &summary, before, Some(after))
}

fn template_record(row_id: i64, template: &Template) -> AuditRecord {
    let summary = format!("{} v{}", template.title, template.version);
    AuditRecord::change(
        "questionnaire_template.create",
        "questionnaire_template",
        row_id,
        &summary,
        None,
        Some(template),
    )
}

/// What importing a workbook will change (or changed).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct WorkbookPreview {
    pub assessment_id: AssessmentId,
    /// Rows read from the workbook.
    pub rows: u32,
    pub changes: Vec<AnswerChange>,
    /// Required questions still unanswered after the import.
    pub required_missing: Vec<String>,
    pub warnings: Vec<String>,
    /// Whether the answers were written.
    pub committed: bool,
    /// A fingerprint of the changes and of the answers they apply to: a commit given it is
    /// refused if the assessment changed since.
    pub basis: String,
}

/// Whether an import only previews, or commits (against the basis of the preview the user saw,
/// if any).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportStep<'a> {
    Preview,
    Commit { previewed: Option<&'a str> },
}

/// One answer a workbook import writes.
struct AnswerWrite {
    question_id: String,
    value: Option<AnswerValue>,
    comment: Option<String>,
    ownership: Option<String>,
}

/// What importing a questionnaire the vendor filled in (a CSA CAIQ or an EDUCAUSE HECVAT) will
/// create (or created).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CaiqPreview {
    /// `CAIQ` or `HECVAT`.
    pub standard: String,
    /// HECVAT: `Full`, `Lite` or `Unified` (4.x).
    pub edition: Option<String>,
    pub version: String,
    pub sheet: String,
    pub questions: u32,
    pub yes: u32,
    pub no: u32,
    pub not_applicable: u32,
    pub blank: u32,
    /// Rows skipped as not questions (trailer, blank).
    pub skipped_rows: u32,
    /// Answers that are neither Yes, No nor N/A (kept as the vendor wrote them).
    pub other: u32,
    /// Question ids answered against the expectation ("No" in a CAIQ; not the HECVAT's
    /// preferred answer): each becomes a finding to review.
    pub findings: Vec<String>,
    /// Our domain for each domain or section code found, e.g. `IAM` → `access_control`.
    pub domains: Vec<(String, String)>,
    pub assessment_id: Option<AssessmentId>,
}

/// Each domain or section code found, in order, with our risk domain for it.
fn domains_of<'a>(codes: impl Iterator<Item = &'a str>, ours: fn(&str) -> Domain) -> Vec<(String, String)> {
    let mut domains: Vec<(String, String)> = Vec::new();
    for code in codes {
        if !domains.iter().any(|(c, _)| c == code) {
            domains.push((code.to_owned(), ours(code).as_str().to_owned()));
        }
    }
    domains
}

/// A questionnaire the vendor filled in elsewhere (CAIQ, HECVAT), ready to record.
struct ImportedQuestionnaire<'a> {
    vendor: VendorId,
    template_key: String,
    /// The template, given its version number.
    template: &'a dyn Fn(u32) -> Template,
    answers: &'a [AnswerWrite],
    source: AssessmentSource,
    /// The audit action.
    action: &'static str,
}

/// The findings an assessment's answers raise that are not recorded yet.
fn record_findings(
    w: &mut Writer<'_>,
    assessment: &Assessment,
    template: &Template,
    answers: &HashMap<String, AnswerValue>,
) -> Result<()> {
    let existing: HashSet<(String, String)> = w
        .findings(None, Some(assessment.id))?
        .into_iter()
        .map(|f| (f.question_id.unwrap_or_default(), f.title))
        .collect();
    for raised in raised_findings(template, answers) {
        if existing.contains(&(raised.question_id.clone(), raised.title.clone())) {
            continue;
        }
        let question_text = template.question(&raised.question_id).map(|q| q.text.clone()).unwrap_or_default();
        let id = w.insert_finding(&NewFinding {
            vendor: assessment.vendor.id,
            source: Some((assessment.id, &raised.question_id, &question_text, &raised.answer)),
            severity: raised.severity,
            title: &raised.title,
            owner: None,
            due_date: None,
        })?;
        let finding = w.finding(id)?;
        w.audit(finding_record("finding.raise", None, &finding))?;
    }
    Ok(())
}

fn values(answers: &[AnswerRecord]) -> HashMap<String, AnswerValue> {
    answers.iter().filter_map(|a| a.value.clone().map(|v| (a.question_id.clone(), v))).collect()
}

fn with_evidence(answers: &[AnswerRecord]) -> HashSet<String> {
    answers.iter().filter(|a| !a.evidence.is_empty()).map(|a| a.question_id.clone()).collect()
}

fn decided(assessment: &Assessment) -> CoreError {
    CoreError::Conflict(
        Message::new("error-assessment-decided")
            .arg("id", assessment.id)
            .part("status", Message::value("assessment", assessment.status)),
    )
}

/// The error for a question id the questionnaire does not have.
fn unknown_question(question_id: &str) -> FieldErrors {
    let message = Message::new("assessment-unknown-question").arg("question", question_id);
    FieldErrors::of("questionId", "unknown", message)
}

impl Register {
    /// Every questionnaire template version.
    pub fn questionnaire_templates(&self) -> Result<Vec<TemplateInfo>> {
        self.store.read(|r| r.templates())
    }

    /// A template version (`None`: the latest).
    pub fn questionnaire_template(&self, id: &str, version: Option<u32>) -> Result<Template> {
        Ok(self.store.read(|c| c.template(id, version))?.1)
    }

    /// Saves a new template (or a new version of one) after checking it.
    pub fn save_questionnaire_template(&self, template: &Template) -> Result<TemplateInfo> {
        template.check()?;
        self.write(Area::Questionnaires, |w| {
            let row_id = w.insert_template(template)?;
            w.audit(template_record(row_id, template))?;
            w.templates()?
                .into_iter()
                .find(|t| t.row_id == row_id)
                .ok_or_else(|| CoreError::not_found("questionnaire template", &template.id))
        })
    }

    /// Imports a template from its JSON form.
    pub fn import_questionnaire_template(&self, json: &str) -> Result<TemplateInfo> {
        self.save_questionnaire_template(&Template::from_json(json)?)
    }

    /// Assigns a questionnaire to a vendor, optionally starting from an earlier cycle's answers.
    pub fn assign_questionnaire(&self, vendor: VendorId, draft: &AssignDraft) -> Result<AssessmentView> {
        let mut check = Checker::default();
        let version = check.optional_int("templateVersion", &draft.template_version, 1, 100_000).map(|v| v as u32);
        let due_date = check.optional_date("dueDate", &draft.due_date);
        let respondent = check.optional_text("respondent", &draft.respondent, 200);
        if draft.template_id.trim().is_empty() {
            check.reject_text("templateId", "required", Message::new("field-template-required"));
        }
        check.finish()?;
        self.find_vendor(&vendor.0.to_string())?;
        let id = self.write(Area::Questionnaires, |w| {
            let (row, template) = w.template(draft.template_id.trim(), version)?;
            let new = NewAssessment {
                vendor,
                template_row: row,
                status: AssessmentStatus::Draft,
                source: AssessmentSource::App,
                due_date,
                respondent: respondent.as_deref(),
                previous: draft.from_previous,
            };
            let id = w.insert_assessment(&new)?;
            if let Some(previous) = draft.from_previous {
                carry_over(w, previous, id, vendor, &template)?;
            }
            let after = assessment_state(w, id)?;
            w.audit(assessment_record("assessment.assign", None, &after))?;
            Ok(id)
        })?;
        self.assessment(id)
    }

    /// Assessments of one vendor, or all, newest first.
    pub fn assessments(&self, vendor: Option<VendorId>) -> Result<Vec<AssessmentSummary>> {
        self.store.read(|c| c.assessments(vendor))
    }

    /// An assessment with its template, answers, visibility, progress, score and findings.
    pub fn assessment(&self, id: AssessmentId) -> Result<AssessmentView> {
        let (assessment, template, answers, findings) = self.store.read(|c| {
            let (assessment, row) = c.assessment(id)?;
            Ok((assessment, c.template_by_row(row)?, c.answers(id)?, c.findings(None, Some(id))?))
        })?;
        let values = values(&answers);
        let evidence = with_evidence(&answers);
        let mut report = score(&template, &values, &evidence);
        report.formula = crate::text::text!(self.language(), "score-formula");
        let mut visible: Vec<String> = visible_questions(&template, &values).into_iter().map(str::to_owned).collect();
        visible.sort_by_key(|id| template.questions().position(|q| &q.id == id));
        let progress = Progress {
            visible: report.visible,
            answered: report.answered,
            required_missing: report.unanswered_required.clone(),
        };
        Ok(AssessmentView {
            next_statuses: assessment.status.next().to_vec(),
            reason_asked: assessment.status.next().iter().copied().filter(|s| s.asks_reason()).collect(),
            accepts_answers: assessment.status.accepts_answers(),
            assessment,
            template,
            answers,
            visible,
            progress,
            score: report,
            findings,
        })
    }

    /// Runs `change` on an assessment that still takes answers, auditing before and after.
    fn change_answers(
        &self,
        id: AssessmentId,
        action: &str,
        change: impl FnOnce(&Writer<'_>, &Template) -> Result<()>,
    ) -> Result<AssessmentView> {
        self.write(Area::Questionnaires, |w| {
            let (assessment, row) = w.assessment(id)?;
            if !assessment.status.accepts_answers() {
                return Err(decided(&assessment));
            }
            let template = w.template_by_row(row)?;
            let before = state(assessment.clone(), &w.answers(id)?);
            change(w, &template)?;
            if matches!(assessment.status, AssessmentStatus::Draft | AssessmentStatus::Sent) {
                w.set_assessment_status(id, AssessmentStatus::InProgress, None)?;
            }
            let after = assessment_state(w, id)?;
            w.audit(assessment_record(action, Some(&before), &after))?;
            Ok(())
        })?;
        self.assessment(id)
    }

    /// Saves one answer and its comment (autosave); `None` clears the answer.
    pub fn save_answer(
        &self,
        id: AssessmentId,
        question_id: &str,
        value: Option<AnswerValue>,
        comment: &str,
    ) -> Result<AssessmentView> {
        self.save_answer_since(id, question_id, value, comment, None)
    }

    /// Saves one answer given on a form that showed it as `shown`; refused (`ChangedSince`) if
    /// someone else changed the answer since (this person's own quick successive saves are not
    /// a conflict).
    pub fn save_answer_since(
        &self,
        id: AssessmentId,
        question_id: &str,
        value: Option<AnswerValue>,
        comment: &str,
        shown: Option<AnswerShown>,
    ) -> Result<AssessmentView> {
        let mut check = Checker::default();
        let comment = check.optional_text("comment", comment, 10_000);
        check.finish()?;
        self.change_answers(id, "assessment.answer", |w, template| {
            let question = template.question(question_id).ok_or_else(|| unknown_question(question_id))?;
            if let Some(value) = &value {
                check_value(question, value).map_err(|m| FieldErrors::of("value", "answer", m))?;
            }
            let stored = w.answers(id)?.into_iter().find(|a| a.question_id == question_id);
            if let Some(shown) = shown {
                self.answer_unchanged_since(w, id, question_id, stored.as_ref().map(|a| a.updated_at), shown)?;
            }
            let ownership = stored.and_then(|a| a.ownership);
            w.save_answer(id, question_id, value.as_ref(), comment.as_deref(), ownership.as_deref())
        })
    }

    /// Refuses an answer given over a stored one the form did not show, unless the change it
    /// missed was this person's own.
    fn answer_unchanged_since(
        &self,
        w: &Writer<'_>,
        id: AssessmentId,
        question_id: &str,
        stored_at: Option<chrono::DateTime<chrono::Utc>>,
        shown: AnswerShown,
    ) -> Result<()> {
        if stored_at == shown.updated_at {
            return Ok(());
        }
        let under = format!("answers.{question_id}.");
        let last = w.last_change_under("assessment", id.0, &under)?;
        // Evidence linked to the question meanwhile moves its time but is not its answer.
        let evidence_only = |entry: &crate::audit::AuditEntry| {
            let evidence = format!("{under}evidence");
            entry.changes.iter().filter(|c| c.field.starts_with(&under)).all(|c| c.field.starts_with(&evidence))
        };
        let what = vec![Message::new("error-changed-answer").arg("question", question_id)];
        match last {
            Some(entry) if entry.actor == self.options.actor.name || evidence_only(&entry) => Ok(()),
            Some(entry) => Err(CoreError::ChangedSince { by: Some(entry.actor), at: entry.at, what }),
            // Changed without an entry naming the answer: say so all the same.
            None => Err(CoreError::ChangedSince { by: None, at: stored_at.unwrap_or_else(|| self.now()), what }),
        }
    }

    /// Saves an answer typed as text (the command line, numbers on the form): parsed against the
    /// question's kind; checked against what the form showed, if it says (see
    /// [`Register::save_answer_since`]).
    pub fn save_answer_text(
        &self,
        id: AssessmentId,
        question_id: &str,
        text: &str,
        comment: &str,
        shown: Option<AnswerShown>,
    ) -> Result<AssessmentView> {
        let view = self.assessment(id)?;
        let question = view.template.question(question_id).ok_or_else(|| unknown_question(question_id))?;
        let value = parse_answer(question, text).map_err(|m| FieldErrors::of("value", "answer", m))?;
        self.save_answer_since(id, question_id, value, comment, shown)
    }

    /// Copies a file into the evidence store and attaches it to a question.
    pub fn attach_evidence(
        &self,
        id: AssessmentId,
        question_id: &str,
        file_name: &str,
        bytes: &[u8],
    ) -> Result<AssessmentView> {
        let checked = check_evidence(file_name, bytes)?;
        self.change_answers(id, "assessment.evidence_attach", |w, template| {
            if template.question(question_id).is_none() {
                return Err(unknown_question(question_id).into());
            }
            w.attach_evidence(id, question_id, &checked, bytes)
        })
    }

    /// Detaches an evidence file from a question.
    pub fn detach_evidence(&self, id: AssessmentId, question_id: &str, sha256: &str) -> Result<AssessmentView> {
        self.change_answers(id, "assessment.evidence_detach", |w, _| w.detach_evidence(id, question_id, sha256))
    }

    /// An evidence file's bytes and media type.
    pub fn evidence_file(&self, sha256: &str) -> Result<(Vec<u8>, String)> {
        self.store.read(|c| c.evidence_content(sha256))
    }

    /// Moves an assessment along its cycle. Submitting needs every visible required question
    /// answered and records the findings the answers raise; a decision with conditions, a
    /// rejection and a return to the respondent need a reason.
    pub fn set_assessment_status(
        &self,
        id: AssessmentId,
        status: AssessmentStatus,
        reason: &str,
    ) -> Result<AssessmentView> {
        // Sending and submitting are the respondent's side; the rest is the reviewer's.
        let area = if matches!(status, AssessmentStatus::Draft | AssessmentStatus::Sent | AssessmentStatus::Submitted) {
            Area::Questionnaires
        } else {
            Area::Reviews
        };
        self.require(area)?;
        let view = self.assessment(id)?;
        let current = view.assessment.status;
        if !current.next().contains(&status) {
            return Err(CoreError::Conflict(
                Message::new("error-assessment-transition")
                    .part("from", Message::value("assessment", current))
                    .part("to", Message::value("assessment", status)),
            ));
        }
        let reason = Some(reason.trim()).filter(|r| !r.is_empty());
        let returned = status == AssessmentStatus::InProgress;
        if (status.needs_reason() || returned) && reason.is_none() {
            return Err(FieldErrors::of("reason", "required", Message::new("assessment-reason-required")).into());
        }
        if status == AssessmentStatus::Submitted && !view.progress.required_missing.is_empty() {
            let errors = view.progress.required_missing.iter().map(|q| {
                crate::validate::FieldError::new(
                    format!("answers.{q}"),
                    "required",
                    Message::new("field-answer-required"),
                )
            });
            return Err(FieldErrors(errors.collect()).into());
        }
        self.write(area, |w| {
            let before = assessment_state(w, id)?;
            w.set_assessment_status(id, status, reason)?;
            if matches!(status, AssessmentStatus::Accepted | AssessmentStatus::AcceptedWithConditions) {
                w.set_assessment_score(id, view.score.overall)?;
            }
            if status == AssessmentStatus::Submitted {
                record_findings(w, &view.assessment, &view.template, &values(&view.answers))?;
            }
            let after = assessment_state(w, id)?;
            w.audit(assessment_record(&format!("assessment.{}", status.as_str()), Some(&before), &after))?;
            Ok(())
        })?;
        self.assessment(id)
    }

    /// The questionnaire as an .xlsx workbook for the vendor, in the vendor's `language`, with
    /// the answers so far.
    pub fn export_assessment_workbook(&self, id: AssessmentId, language: Language) -> Result<Vec<u8>> {
        let view = self.assessment(id)?;
        export_workbook(&view.assessment, &view.template, &view.answers, language)
    }

    /// Reads a workbook the vendor filled in; writes nothing unless it is a commit, and then
    /// everything or nothing. A commit compares the workbook again inside its write; given the
    /// `previewed` basis, it is refused (and writes nothing) if the assessment changed since.
    pub fn import_assessment_workbook(
        &self,
        id: AssessmentId,
        bytes: Vec<u8>,
        step: ImportStep<'_>,
    ) -> Result<WorkbookPreview> {
        let mut workbook = OpenWorkbook::open(bytes)?;
        let ImportStep::Commit { previewed } = step else {
            return self.store.read(|_| Ok(self.plan_workbook(id, &mut workbook)?.0));
        };
        let mut committed = None;
        self.change_answers(id, "assessment.import_workbook", |w, _| {
            let (preview, writes) = self.plan_workbook(id, &mut workbook)?;
            if previewed.is_some_and(|basis| basis != preview.basis) {
                return Err(super::import::changed_since_preview());
            }
            for write in &writes {
                w.save_answer(
                    id,
                    &write.question_id,
                    write.value.as_ref(),
                    write.comment.as_deref(),
                    write.ownership.as_deref(),
                )?;
            }
            committed = Some(preview);
            Ok(())
        })?;
        let mut preview = committed.ok_or_else(|| CoreError::Internal("the workbook import wrote nothing".into()))?;
        preview.committed = true;
        Ok(preview)
    }

    /// What a workbook changes in the assessment as the current transaction sees it, and the
    /// answers to write.
    fn plan_workbook(
        &self,
        id: AssessmentId,
        workbook: &mut OpenWorkbook,
    ) -> Result<(WorkbookPreview, Vec<AnswerWrite>)> {
        let view = self.assessment(id)?;
        if !view.assessment.status.accepts_answers() {
            return Err(decided(&view.assessment));
        }
        let meta = workbook.meta()?;
        let (a, t) = (&view.assessment, &view.template);
        if meta.template_id != t.id || meta.template_version != t.version {
            let message = Message::new("workbook-other-version")
                .arg("template", &meta.template_id)
                .arg("version", meta.template_version)
                .arg("assessment", a.id)
                .arg("ours", &t.id)
                .arg("our_version", t.version);
            return Err(FieldErrors::of("file", "template_version", message).into());
        }
        if meta.assessment_id != a.id.0 {
            let message = Message::new("workbook-other-assessment")
                .arg("exported", meta.assessment_id)
                .arg("assessment", a.id)
                .arg("vendor", &a.vendor.name);
            return Err(FieldErrors::of("file", "assessment", message).into());
        }
        let rows = workbook.answers(t, meta.language)?;
        let current = values(&view.answers);
        let mut next = current.clone();
        let comments: HashMap<&str, Option<&str>> =
            view.answers.iter().map(|r| (r.question_id.as_str(), r.comment.as_deref())).collect();
        let mut changed_comments = Vec::new();
        for row in &rows {
            match &row.value {
                Some(v) => next.insert(row.question_id.clone(), v.clone()),
                None => next.remove(&row.question_id),
            };
            if comments.get(row.question_id.as_str()).copied().flatten() != row.comment.as_deref() {
                changed_comments.push(row.question_id.clone());
            }
        }
        let in_sheet: HashSet<&str> = rows.iter().map(|r| r.question_id.as_str()).collect();
        let absent = t.questions().filter(|q| !in_sheet.contains(q.id.as_str())).count();
        let language = self.language();
        let mut warnings = Vec::new();
        if absent > 0 {
            warnings.push(text!(language, "workbook-questions-absent", count = absent.to_string()));
        }
        let hidden: Vec<&str> = {
            let visible = visible_questions(t, &next);
            rows.iter()
                .filter(|r| r.value.is_some() && !visible.contains(r.question_id.as_str()))
                .map(|r| r.question_id.as_str())
                .collect()
        };
        if !hidden.is_empty() {
            warnings.push(text!(language, "workbook-answers-not-scored", ids = hidden.join(", ")));
        }
        let report = score(t, &next, &with_evidence(&view.answers));
        let changes = diff_answers((t, &current), (t, &next));
        let touched: HashSet<&String> = changes.iter().map(|c| &c.question_id).chain(changed_comments.iter()).collect();
        let writes: Vec<AnswerWrite> = rows
            .iter()
            .filter(|r| touched.contains(&r.question_id))
            .map(|row| AnswerWrite {
                question_id: row.question_id.clone(),
                value: row.value.clone(),
                comment: row.comment.clone(),
                ownership: view
                    .answers
                    .iter()
                    .find(|r| r.question_id == row.question_id)
                    .and_then(|r| r.ownership.clone()),
            })
            .collect();
        let preview = WorkbookPreview {
            assessment_id: a.id,
            rows: rows.len() as u32,
            basis: crate::audit::state_hash(&(&changes, &view.answers, &view.assessment)),
            changes,
            required_missing: report.unanswered_required,
            warnings,
            committed: false,
        };
        Ok((preview, writes))
    }

    /// Reads a filled CSA CAIQ v4 workbook for a vendor. With `commit`, records it as a
    /// submitted assessment (its questions as a template, each answer with its ownership and
    /// implementation text) and a finding for every "No"; all or nothing.
    pub fn import_caiq(&self, vendor: VendorId, bytes: Vec<u8>, commit: bool) -> Result<CaiqPreview> {
        self.find_vendor(&vendor.0.to_string())?;
        let workbook = read_caiq(bytes)?;
        let count =
            |answer: Option<&str>| workbook.rows.iter().filter(|r| r.answer.as_deref() == answer).count() as u32;
        let codes = workbook.rows.iter().map(|r| r.question_id.split('-').next().unwrap_or_default());
        let domains = domains_of(codes, crate::questionnaire::caiq::domain_for);
        let mut preview = CaiqPreview {
            standard: "CAIQ".into(),
            edition: None,
            version: workbook.version.clone(),
            sheet: workbook.sheet.clone(),
            questions: workbook.rows.len() as u32,
            yes: count(Some("yes")),
            no: count(Some("no")),
            not_applicable: count(Some("na")),
            blank: count(None),
            other: 0,
            skipped_rows: workbook.skipped_rows,
            findings: workbook
                .rows
                .iter()
                .filter(|r| r.answer.as_deref() == Some("no"))
                .map(|r| r.question_id.clone())
                .collect(),
            domains,
            assessment_id: None,
        };
        if !commit {
            return Ok(preview);
        }
        let answers = workbook
            .rows
            .iter()
            .map(|r| AnswerWrite {
                question_id: r.question_id.clone(),
                value: r.answer.clone().map(AnswerValue::Choice),
                comment: r.implementation.clone(),
                ownership: r.ownership.clone(),
            })
            .collect::<Vec<_>>();
        let imported = ImportedQuestionnaire {
            vendor,
            template_key: caiq_template_id(&workbook.version),
            template: &|version| caiq_template(&workbook, version),
            answers: &answers,
            source: AssessmentSource::Caiq,
            action: "assessment.import_caiq",
        };
        preview.assessment_id = Some(self.record_imported(&imported)?);
        Ok(preview)
    }

    /// Reads a filled EDUCAUSE HECVAT (3.x Full or Lite, 4.x) for a vendor. With `commit`,
    /// records it as a submitted assessment (its questions as a template, each answer with the
    /// vendor's additional information) and a finding for every answer other than the one the
    /// HECVAT prefers; all or nothing.
    pub fn import_hecvat(&self, vendor: VendorId, bytes: &[u8], commit: bool) -> Result<CaiqPreview> {
        self.find_vendor(&vendor.0.to_string())?;
        let workbook = read_hecvat(bytes)?;
        let count = |choice: Option<&str>| {
            workbook.rows.iter().filter(|r| r.choice == choice && (choice.is_some() || r.answer.is_empty())).count()
                as u32
        };
        let domains = domains_of(workbook.rows.iter().map(|r| &r.id[..4]), crate::questionnaire::hecvat::domain_for);
        let mut preview = CaiqPreview {
            standard: "HECVAT".into(),
            edition: Some(workbook.edition.as_str().to_owned()),
            version: workbook.version.clone(),
            sheet: workbook.sheets.join(", "),
            questions: workbook.rows.len() as u32,
            yes: count(Some("yes")),
            no: count(Some("no")),
            not_applicable: count(Some("na")),
            blank: count(None),
            other: workbook.rows.iter().filter(|r| r.choice.is_none() && !r.answer.is_empty()).count() as u32,
            skipped_rows: 0,
            findings: workbook.rows.iter().filter(|r| r.fails()).map(|r| r.id.clone()).collect(),
            domains,
            assessment_id: None,
        };
        if !commit {
            return Ok(preview);
        }
        let answers = workbook
            .rows
            .iter()
            .map(|r| {
                let value = match (r.preferred, r.choice) {
                    (Some(_), Some(choice)) => Some(AnswerValue::Choice(choice.to_owned())),
                    _ if r.answer.is_empty() => None,
                    (Some(_), None) => None,
                    (None, _) => Some(AnswerValue::Text(r.answer.clone())),
                };
                // A scored question answered in words keeps the words in the comment.
                let words =
                    (r.preferred.is_some() && r.choice.is_none() && !r.answer.is_empty()).then(|| r.answer.clone());
                let comment = [words, r.additional.clone()].into_iter().flatten().collect::<Vec<_>>().join("\n\n");
                AnswerWrite {
                    question_id: r.id.clone(),
                    value,
                    comment: Some(comment).filter(|c| !c.is_empty()),
                    ownership: None,
                }
            })
            .collect::<Vec<_>>();
        let imported = ImportedQuestionnaire {
            vendor,
            template_key: hecvat_template_id(&workbook),
            template: &|version| hecvat_template(&workbook, version),
            answers: &answers,
            source: AssessmentSource::Hecvat,
            action: "assessment.import_hecvat",
        };
        preview.assessment_id = Some(self.record_imported(&imported)?);
        Ok(preview)
    }

    /// Records a questionnaire the vendor filled in elsewhere as a submitted assessment: the
    /// template (reused while it has every question), the answers, the findings they raise.
    fn record_imported(&self, imported: &ImportedQuestionnaire<'_>) -> Result<AssessmentId> {
        self.write(Area::Questionnaires, |w| {
            let key = &imported.template_key;
            let row = match w.template(key, None) {
                Ok((row, stored)) if imported.answers.iter().all(|a| stored.question(&a.question_id).is_some()) => row,
                _ => {
                    let version = w.latest_template_version(key)?.unwrap_or(0) + 1;
                    let template = (imported.template)(version);
                    template.check()?;
                    let row = w.insert_template(&template)?;
                    w.audit(template_record(row, &template))?;
                    row
                }
            };
            let template = w.template_by_row(row)?;
            let new = NewAssessment {
                vendor: imported.vendor,
                template_row: row,
                status: AssessmentStatus::Submitted,
                source: imported.source,
                due_date: None,
                respondent: None,
                previous: None,
            };
            let id = w.insert_assessment(&new)?;
            for a in imported.answers {
                w.save_answer(id, &a.question_id, a.value.as_ref(), a.comment.as_deref(), a.ownership.as_deref())?;
            }
            w.set_assessment_status(id, AssessmentStatus::Submitted, None)?;
            let after = assessment_state(w, id)?;
            w.audit(assessment_record(imported.action, None, &after))?;
            let answers = values(&w.answers(id)?);
            record_findings(w, &after.assessment, &template, &answers)?;
            Ok(id)
        })
    }

    /// What changed between two cycles of the same questionnaire.
    pub fn assessment_diff(&self, before: AssessmentId, after: AssessmentId) -> Result<AssessmentDiff> {
        let (old, new) = (self.assessment(before)?, self.assessment(after)?);
        if old.template.id != new.template.id {
            return Err(CoreError::Conflict(
                Message::new("error-assessment-different-templates")
                    .arg("before", before)
                    .arg("after", after)
                    .arg("first", &old.template.id)
                    .arg("second", &new.template.id),
            ));
        }
        let changes = diff_answers((&old.template, &values(&old.answers)), (&new.template, &values(&new.answers)));
        Ok(AssessmentDiff {
            before,
            after,
            score_before: old.score.overall,
            score_after: new.score.overall,
            regressions: changes.iter().filter(|c| c.regression).count() as u32,
            changes,
        })
    }

    /// Findings of a vendor, of an assessment, or all.
    pub fn findings(&self, vendor: Option<VendorId>, assessment: Option<AssessmentId>) -> Result<Vec<Finding>> {
        self.store.read(|c| c.findings(vendor, assessment))
    }

    /// Records a finding by hand (from an audit, a call, the news), not raised by an answer.
    pub fn add_finding(&self, vendor: VendorId, draft: &FindingDraft) -> Result<Finding> {
        let mut check = Checker::default();
        let title = check.required_text("title", &draft.title, 300);
        let owner = check.optional_text("owner", &draft.owner, 200);
        let due_date = check.optional_date("dueDate", &draft.due_date);
        let severity = Severity::parse(&draft.severity);
        if severity.is_none() {
            let message = Message::new("field-choice").arg("text", &draft.severity).arg("choices", Severity::choices());
            check.reject_text("severity", "choice", message);
        }
        check.finish()?;
        self.find_vendor(&vendor.0.to_string())?;
        self.write(Area::Findings, |w| {
            let new = NewFinding {
                vendor,
                source: None,
                severity: severity.unwrap_or(Severity::Medium),
                title: &title,
                owner: owner.as_deref(),
                due_date,
            };
            let id = w.insert_finding(&new)?;
            let finding = w.finding(id)?;
            w.audit(finding_record("finding.add", None, &finding))?;
            Ok(finding)
        })
    }

    /// Links an evidence file to a finding (copied into the evidence store).
    pub fn attach_finding_evidence(&self, id: FindingId, file_name: &str, bytes: &[u8]) -> Result<Finding> {
        let checked = check_evidence(file_name, bytes)?;
        self.write(Area::Findings, |w| {
            let before = w.finding(id)?;
            w.attach_finding_evidence(id, &checked, bytes)?;
            let after = w.finding(id)?;
            w.audit(finding_record("finding.evidence", Some(&before), &after))?;
            Ok(after)
        })
    }

    /// Sets a finding's owner, due date and status; waiving needs a reason.
    pub fn update_finding(&self, id: FindingId, update: &FindingUpdate) -> Result<Finding> {
        self.update_finding_since(id, update, None)
    }

    /// Changes a finding whose form was opened at revision `seen` (see [`Register::finding_edit`]).
    pub(super) fn update_finding_since(
        &self,
        id: FindingId,
        update: &FindingUpdate,
        seen: Option<Revision>,
    ) -> Result<Finding> {
        let mut check = Checker::default();
        let owner = check.optional_text("owner", &update.owner, 200);
        let due_date = check.optional_date("dueDate", &update.due_date);
        let reason = check.optional_text("reason", &update.reason, 2_000);
        let status = FindingStatus::parse(&update.status);
        if status.is_none() {
            let message =
                Message::new("field-choice").arg("text", &update.status).arg("choices", FindingStatus::choices());
            check.reject_text("status", "choice", message);
        }
        if status == Some(FindingStatus::Waived) && reason.is_none() {
            check.reject_text("reason", "required", Message::new("field-waiver-reason"));
        }
        check.finish()?;
        let status = status.unwrap_or(FindingStatus::Open);
        // Waiving a finding is a risk decision; recording remediation is not.
        let area = if status == FindingStatus::Waived { Area::Reviews } else { Area::Findings };
        self.write(area, |w| {
            if let Some(seen) = seen {
                unchanged_since(w, &FINDING_FIELDS, id.0, seen)?;
            }
            let before = w.finding(id)?;
            w.update_finding(id, owner.as_deref(), due_date, status, reason.as_deref())?;
            let after = w.finding(id)?;
            w.audit(finding_record("finding.update", Some(&before), &after))?;
            Ok(after)
        })
    }
}

/// Copies an earlier cycle's answers, comments and evidence into a new assessment, for the
/// questions that still exist and whose answers are still valid.
fn carry_over(
    w: &Writer<'_>,
    previous: AssessmentId,
    id: AssessmentId,
    vendor: VendorId,
    template: &Template,
) -> Result<()> {
    let (earlier, _) = w.assessment(previous)?;
    if earlier.vendor.id != vendor || earlier.template_id != template.id {
        let message = Message::new("assessment-other-cycle").arg("previous", previous).arg("template", &template.id);
        return Err(FieldErrors::of("fromPrevious", "mismatch", message).into());
    }
    for answer in w.answers(previous)? {
        let Some(question) = template.question(&answer.question_id) else { continue };
        let value = answer.value.filter(|v| check_value(question, v).is_ok());
        w.save_answer(id, &answer.question_id, value.as_ref(), answer.comment.as_deref(), answer.ownership.as_deref())?;
        for file in &answer.evidence {
            w.link_evidence(id, &answer.question_id, &file.sha256, &file.file_name)?;
        }
    }
    Ok(())
}
