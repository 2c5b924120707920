//! `vendor-risk questionnaire ...` and `vendor-risk finding ...`: templates, assessments,
//! answers, evidence, the review cycle, the Excel round trip, CAIQ import, scores and findings.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use vendor_risk_core::ids::{AssessmentId, FindingId};
use vendor_risk_core::locale::Language;
use vendor_risk_core::questionnaire::assessment::{AssessmentStatus, AssignDraft, FindingUpdate};
use vendor_risk_core::say;
use vendor_risk_core::text::Message;
use vendor_risk_core::validate::FieldErrors;
use vendor_risk_core::{CoreError, ImportStep, Register};

use crate::Outcome;
use crate::output;

#[derive(Debug, Subcommand)]
#[allow(clippy::large_enum_variant)] // parsed once per process; size is irrelevant
pub enum QuestionnaireCommand {
    /// List the questionnaire templates (built-in and your own).
    Templates {
        /// Print the templates as JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Print a template as JSON (the import/export format).
    TemplateExport {
        template: String,
        /// Default: the latest version.
        #[arg(long)]
        version: Option<u32>,
    },
    /// Import a template from a JSON file (a new id, or a new version of one).
    TemplateImport { file: PathBuf },
    /// Assign a questionnaire to a vendor.
    Assign {
        /// The vendor (id or exact name).
        vendor: String,
        /// Template id, e.g. security-core, privacy-dpa, lite.
        #[arg(long)]
        template: String,
        /// The template version (default: the latest).
        #[arg(long, default_value = "")]
        version: String,
        /// Reply due by (YYYY-MM-DD).
        #[arg(long, default_value = "")]
        due: String,
        /// Who answers: a colleague or a vendor contact.
        #[arg(long, default_value = "")]
        respondent: String,
        /// Start from an earlier cycle's answers.
        #[arg(long)]
        from_previous: Option<i64>,
        /// Print the new assessment as JSON instead of a one-line summary.
        #[arg(long)]
        json: bool,
    },
    /// List assessments (of one vendor, or all).
    List {
        vendor: Option<String>,
        /// Print the assessments as JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Show an assessment: progress, answers, score and findings.
    Show {
        assessment: i64,
        /// Print the assessment as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Answer a question (text as in the workbook: an option's label, numbers, YYYY-MM-DD; "" clears).
    Answer {
        assessment: i64,
        question: String,
        value: String,
        /// A comment on the answer; replaces any earlier one.
        #[arg(long, default_value = "")]
        comment: String,
    },
    /// Attach an evidence file to a question (copied into the register, identified by SHA-256).
    Attach { assessment: i64, question: String, file: PathBuf },
    /// Move an assessment along its cycle: sent, submitted, under_review, accepted,
    /// accepted_with_conditions, rejected, in_progress (return to the respondent).
    Status {
        assessment: i64,
        status: String,
        /// Required for conditions, rejection and returning.
        #[arg(long, default_value = "")]
        reason: String,
    },
    /// Write the questionnaire as an Excel workbook for the vendor.
    Export {
        assessment: i64,
        /// The .xlsx file to write.
        #[arg(long)]
        xlsx: PathBuf,
        /// The vendor's language, which the workbook is written in: en or id (default: the
        /// --lang of the command line, else English).
        #[arg(long, value_parser = crate::args::language)]
        vendor_lang: Option<Language>,
    },
    /// Import the workbook the vendor filled in (all or nothing).
    Import {
        assessment: i64,
        file: PathBuf,
        /// Show what would change; write nothing.
        #[arg(long)]
        preview: bool,
        /// Print the preview or the import's result as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Import a CSA CAIQ v4 workbook (.xlsx or .ods) the vendor already filled in.
    ImportCaiq {
        /// The vendor who filled it in.
        vendor: String,
        /// The workbook.
        file: PathBuf,
        /// Show what would be recorded; write nothing.
        #[arg(long)]
        preview: bool,
        /// Print the preview or the import's result as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Import an EDUCAUSE HECVAT (3.x Full or Lite, 4.x; .xlsx or .ods) the vendor already filled
    /// in: answers with their additional information, a finding for each answer other than the
    /// one the HECVAT prefers.
    ImportHecvat {
        /// The vendor who filled it in.
        vendor: String,
        /// The workbook.
        file: PathBuf,
        /// Show what would be recorded; write nothing.
        #[arg(long)]
        preview: bool,
        /// Print the preview or the import's result as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// The score with its arithmetic.
    Score {
        assessment: i64,
        /// Print the score and its arithmetic as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// What changed between two cycles (regressions flagged).
    Diff {
        before: i64,
        after: i64,
        /// Print the differences as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum FindingCommand {
    /// List findings (of a vendor, of an assessment, or all).
    List {
        /// Only this vendor's findings (id or exact name).
        #[arg(long)]
        vendor: Option<String>,
        /// Only the findings of this assessment (its id).
        #[arg(long)]
        assessment: Option<i64>,
        /// Print the findings as JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Record a finding by hand (from an audit, a call, the news).
    Add {
        vendor: String,
        /// low, medium, high, critical
        #[arg(long)]
        severity: String,
        /// What is wrong, in one line.
        #[arg(long)]
        title: String,
        /// Who is to remediate it.
        #[arg(long, default_value = "")]
        owner: String,
        /// Remediation due by (YYYY-MM-DD).
        #[arg(long, default_value = "")]
        due: String,
    },
    /// Set a finding's status (open, remediation_requested, remediated, waived), owner and due date.
    Update {
        finding: i64,
        /// open, remediation_requested, remediated, waived (waiving needs --reason).
        #[arg(long)]
        status: String,
        /// Who is to remediate it; replaces the current owner (none if left out).
        #[arg(long, default_value = "")]
        owner: String,
        /// Remediation due by (YYYY-MM-DD); replaces the current date (none if left out).
        #[arg(long, default_value = "")]
        due: String,
        /// Required to waive.
        #[arg(long, default_value = "")]
        reason: String,
    },
}

fn read(path: &Path) -> Result<Vec<u8>, CoreError> {
    std::fs::read(path).map_err(|e| FieldErrors::unreadable("file", path, e).into())
}

fn status(text: &str) -> Result<AssessmentStatus, CoreError> {
    AssessmentStatus::parse(text)
        .ok_or_else(|| crate::args::not_a_choice("status", text, AssessmentStatus::choices()).into())
}

pub fn questionnaire(register: &Register, command: QuestionnaireCommand) -> Result<Outcome, CoreError> {
    use QuestionnaireCommand as C;
    let l = register.language();
    let text = match command {
        C::Templates { json } => {
            let templates = register.questionnaire_templates()?;
            if json { output::json(&templates) } else { output::templates(&templates, l) }
        }
        C::TemplateExport { template, version } => register.questionnaire_template(&template, version)?.to_json(),
        C::TemplateImport { file } => {
            let bytes = read(&file)?;
            let text = vendor_risk_core::import::utf8_text(&bytes, vendor_risk_core::import::NOT_UTF8)?;
            let info = register.import_questionnaire_template(text)?;
            let imported = say!(
                l,
                "term-questionnaire-template-imported",
                id = &info.id,
                version = info.version.to_string(),
                questions = info.questions.to_string()
            );
            format!("{imported}\n")
        }
        C::Assign { vendor, template, version, due, respondent, from_previous, json } => {
            let draft = AssignDraft {
                template_id: template,
                template_version: version,
                due_date: due,
                respondent,
                from_previous: from_previous.map(AssessmentId),
            };
            let view = register.assign_questionnaire(register.find_vendor(&vendor)?.id, &draft)?;
            if json {
                output::json(&view)
            } else {
                let assigned = say!(
                    l,
                    "term-questionnaire-assigned",
                    id = view.assessment.id.to_string(),
                    template = view.template.title.to_string(),
                    version = view.template.version.to_string(),
                    vendor = view.assessment.vendor.name.to_string()
                );
                format!("{assigned}\n")
            }
        }
        C::List { vendor, json } => {
            let vendor = vendor.map(|v| register.find_vendor(&v)).transpose()?.map(|v| v.id);
            let list = register.assessments(vendor)?;
            if json { output::json(&list) } else { output::assessments(&list, l) }
        }
        C::Show { assessment, json } => {
            let view = register.assessment(AssessmentId(assessment))?;
            if json { output::json(&view) } else { output::assessment(&view, l) }
        }
        C::Answer { assessment, question, value, comment } => {
            let view = register.save_answer_text(AssessmentId(assessment), &question, &value, &comment, None)?;
            let answered = say!(
                l,
                "term-questionnaire-answered",
                question = question,
                answered = view.progress.answered.to_string(),
                visible = view.progress.visible.to_string()
            );
            format!("{answered}\n")
        }
        C::Attach { assessment, question, file } => {
            let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let view = register.attach_evidence(AssessmentId(assessment), &question, &name, &read(&file)?)?;
            let attached =
                view.answers.iter().find(|a| a.question_id == question).and_then(|a| a.evidence.last().cloned());
            attached
                .map(|e| {
                    let (file, sha256) = (e.file_name.to_string(), e.sha256.to_string());
                    format!("{}\n", say!(l, "term-questionnaire-attached", file = file, sha256 = sha256))
                })
                .unwrap_or_default()
        }
        C::Status { assessment, status: next, reason } => {
            let view = register.set_assessment_status(AssessmentId(assessment), status(&next)?, &reason)?;
            let now = say!(
                l,
                "term-questionnaire-status",
                id = view.assessment.id.to_string(),
                status = view.assessment.status.to_string(),
                findings = view.findings.len().to_string()
            );
            format!("{now}\n")
        }
        C::Export { assessment, xlsx, vendor_lang } => {
            let language = vendor_lang.unwrap_or_else(|| register.language());
            let bytes = register.export_assessment_workbook(AssessmentId(assessment), language)?;
            std::fs::write(&xlsx, bytes).map_err(|e| {
                let message = Message::new("path-unwritable").arg("path", xlsx.display()).arg("problem", e);
                FieldErrors::of("xlsx", "write", message)
            })?;
            format!("{}\n", say!(l, "term-wrote", path = xlsx.display().to_string()))
        }
        C::Import { assessment, file, preview, json } => {
            let step = if preview { ImportStep::Preview } else { ImportStep::Commit { previewed: None } };
            let result = register.import_assessment_workbook(AssessmentId(assessment), read(&file)?, step)?;
            if json { output::json(&result) } else { output::workbook_preview(&result, l) }
        }
        C::ImportCaiq { vendor, file, preview, json } => {
            let result = register.import_caiq(register.find_vendor(&vendor)?.id, read(&file)?, !preview)?;
            if json { output::json(&result) } else { output::caiq_preview(&result, l) }
        }
        C::ImportHecvat { vendor, file, preview, json } => {
            let result = register.import_hecvat(register.find_vendor(&vendor)?.id, &read(&file)?, !preview)?;
            if json { output::json(&result) } else { output::caiq_preview(&result, l) }
        }
        C::Score { assessment, json } => {
            let view = register.assessment(AssessmentId(assessment))?;
            if json { output::json(&view.score) } else { output::score(&view.score, &view.template, l) }
        }
        C::Diff { before, after, json } => {
            let diff = register.assessment_diff(AssessmentId(before), AssessmentId(after))?;
            if json { output::json(&diff) } else { output::assessment_diff(&diff, l) }
        }
    };
    Ok(Outcome::printed(text))
}

pub fn finding(register: &Register, command: FindingCommand) -> Result<Outcome, CoreError> {
    let l = register.language();
    let text = match command {
        FindingCommand::List { vendor, assessment, json } => {
            let vendor = vendor.map(|v| register.find_vendor(&v)).transpose()?.map(|v| v.id);
            let findings = register.findings(vendor, assessment.map(AssessmentId))?;
            if json { output::json(&findings) } else { output::findings(&findings, l) }
        }
        FindingCommand::Add { vendor, severity, title, owner, due } => {
            let draft =
                vendor_risk_core::questionnaire::assessment::FindingDraft { severity, title, owner, due_date: due };
            return crate::risk::add_finding(register, &vendor, draft);
        }
        FindingCommand::Update { finding, status, owner, due, reason } => {
            let update = FindingUpdate { owner, due_date: due, status, reason };
            let f = register.update_finding(FindingId(finding), &update)?;
            let now =
                say!(l, "term-questionnaire-finding-status", id = f.id.to_string(), status = f.status.to_string());
            format!("{now}\n")
        }
    };
    Ok(Outcome::printed(text))
}
