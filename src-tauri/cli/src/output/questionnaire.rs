//! Text output for questionnaires: templates, assessments, scores with their arithmetic,
//! workbook and CAIQ previews, diffs and findings.

use vendor_risk_core::questionnaire::assessment::{AssessmentDiff, AssessmentSummary, AssessmentView, Finding};
use vendor_risk_core::questionnaire::scoring::{LineState, ScoreReport};
use vendor_risk_core::questionnaire::template::Template;
use vendor_risk_core::store::TemplateInfo;
use vendor_risk_core::{CaiqPreview, WorkbookPreview};

use super::{or_dash, table};

fn percent(score: Option<f64>) -> String {
    score.map_or_else(|| "-".to_owned(), |s| format!("{s:.1}"))
}

pub fn templates(list: &[TemplateInfo]) -> String {
    let rows = list
        .iter()
        .map(|t| {
            vec![
                t.id.clone(),
                t.version.to_string() + if t.latest { "" } else { " (old)" },
                t.title.clone(),
                t.questions.to_string(),
                if t.builtin { "built-in" } else { "own" }.to_owned(),
            ]
        })
        .collect();
    table(&["ID", "VERSION", "TITLE", "QUESTIONS", "KIND"], rows)
}

pub fn assessments(list: &[AssessmentSummary]) -> String {
    let rows = list
        .iter()
        .map(|a| {
            vec![
                a.id.to_string(),
                a.vendor.name.to_string(),
                format!("{} v{}", a.template_title, a.template_version),
                a.status.to_string(),
                a.source.to_string(),
                or_dash(a.due_date),
                or_dash(a.respondent.as_ref()),
            ]
        })
        .collect();
    table(&["ID", "VENDOR", "QUESTIONNAIRE", "STATUS", "SOURCE", "DUE", "RESPONDENT"], rows)
}

pub fn assessment(view: &AssessmentView) -> String {
    let a = &view.assessment;
    let mut out = format!(
        "Assessment {} of {}: {} v{} ({})\nDue {} · respondent {} · {} of {} visible questions answered · score {}\n",
        a.id,
        a.vendor.name,
        a.template_title,
        a.template_version,
        a.status,
        or_dash(a.due_date),
        or_dash(a.respondent.as_ref()),
        view.progress.answered,
        view.progress.visible,
        percent(view.score.overall)
    );
    if !view.progress.required_missing.is_empty() {
        out += &format!("Required and unanswered: {}\n", view.progress.required_missing.join(", "));
    }
    if let Some(reason) = &a.decision_reason {
        out += &format!("Decision: {reason}\n");
    }
    for section in &view.template.sections {
        out += &format!("\n{}\n", section.title.to_uppercase());
        for q in section.questions.iter().filter(|q| view.visible.contains(&q.id)) {
            let record = view.answers.iter().find(|r| r.question_id == q.id);
            let answer = record.and_then(|r| r.value.as_ref()).map(|v| v.display(q)).unwrap_or_else(|| "—".to_owned());
            out += &format!("  [{}] {}\n      → {answer}\n", q.id, q.text);
            if let Some(comment) = record.and_then(|r| r.comment.as_ref()) {
                out += &format!("      comment: {comment}\n");
            }
            for e in record.map(|r| r.evidence.as_slice()).unwrap_or_default() {
                out += &format!("      evidence: {} (SHA-256 {})\n", e.file_name, e.sha256);
            }
        }
    }
    if !view.findings.is_empty() {
        out += "\nFINDINGS\n";
        out += &findings(&view.findings);
    }
    out
}

/// The score, domain by domain, with each line's arithmetic.
pub fn score(report: &ScoreReport, template: &Template) -> String {
    let mut out = format!("Formula: {}\n", report.formula);
    for d in &report.domains {
        let iso = if d.iso27001.is_empty() {
            String::new()
        } else {
            format!(" (ISO/IEC 27001 A.{})", d.iso27001.join(", A."))
        };
        out += &format!("\n{}{iso}: {:.2} ÷ {:.2} = {}\n", d.label, d.earned, d.possible, percent(d.score));
        for line in &d.lines {
            let text = template
                .question(&line.question_id)
                .map(|q| q.text.chars().take(60).collect::<String>())
                .unwrap_or_default();
            let working = match (line.state, line.points, line.earned) {
                (LineState::Scored, Some(p), Some(e)) => format!("{} × {p:.2} = {e:.2}", line.weight),
                (LineState::NotScored, _, _) => "not scored (not applicable or information only)".to_owned(),
                _ if line.required => "UNANSWERED (required): not scored".to_owned(),
                _ => "unanswered: not scored".to_owned(),
            };
            out += &format!("  {:<10} {working:<40} {text}\n", line.question_id);
        }
    }
    out += &format!(
        "\nOVERALL: {:.2} ÷ {:.2} = {} ({} of {} visible questions answered)\n",
        report.earned,
        report.possible,
        percent(report.overall),
        report.answered,
        report.visible
    );
    if !report.unanswered_required.is_empty() {
        out += &format!(
            "Unanswered required questions (flagged, not scored): {}\n",
            report.unanswered_required.join(", ")
        );
    }
    out
}

pub fn workbook_preview(p: &WorkbookPreview) -> String {
    let mut out = format!(
        "{} {} row(s) for assessment {}; {} answer(s) change\n",
        if p.committed { "Imported" } else { "Preview (nothing written):" },
        p.rows,
        p.assessment_id,
        p.changes.len()
    );
    for c in &p.changes {
        let mark = if c.regression { " (worse)" } else { "" };
        out += &format!("  {}: {} → {}{mark}\n", c.question_id, or_dash(c.before.as_ref()), or_dash(c.after.as_ref()));
    }
    for w in &p.warnings {
        out += &format!("  note: {w}\n");
    }
    if !p.required_missing.is_empty() {
        out += &format!("  still unanswered (required): {}\n", p.required_missing.join(", "));
    }
    out
}

pub fn caiq_preview(p: &CaiqPreview) -> String {
    let edition = p.edition.as_deref().map(|e| format!(" {e}")).unwrap_or_default();
    let mut out = format!(
        "{}{edition} {} (sheets: {}): {} questions — {} Yes, {} No, {} NA, {} other answers, {} blank; {} other rows skipped\n",
        p.standard, p.version, p.sheet, p.questions, p.yes, p.no, p.not_applicable, p.other, p.blank, p.skipped_rows
    );
    let domains: Vec<String> = p.domains.iter().map(|(code, ours)| format!("{code}→{ours}")).collect();
    out += &format!("Domains: {}\n", domains.join(", "));
    out += &format!(
        "Findings to review (answers against the expectation): {}\n",
        if p.findings.is_empty() { "none".to_owned() } else { p.findings.join(", ") }
    );
    out += &match p.assessment_id {
        Some(id) => format!("Imported as assessment {id} (submitted, ready for review)\n"),
        None => "Preview: nothing written\n".to_owned(),
    };
    out
}

pub fn assessment_diff(d: &AssessmentDiff) -> String {
    let mut out = format!(
        "Assessment {} → {}: score {} → {}; {} change(s), {} regression(s)\n",
        d.before,
        d.after,
        percent(d.score_before),
        percent(d.score_after),
        d.changes.len(),
        d.regressions
    );
    for c in &d.changes {
        let mark = if c.regression {
            "WORSE  "
        } else if c.improvement {
            "better "
        } else {
            "       "
        };
        out += &format!("  {mark}{}: {} → {}\n", c.question_id, or_dash(c.before.as_ref()), or_dash(c.after.as_ref()));
    }
    out
}

pub fn findings(list: &[Finding]) -> String {
    let rows = list
        .iter()
        .map(|f| {
            vec![
                f.id.to_string(),
                f.vendor.name.to_string(),
                f.severity.to_string(),
                f.title.clone(),
                match (&f.question_id, &f.answer) {
                    (Some(q), Some(a)) => format!("{q}: {a}"),
                    _ => "(entered by hand)".to_owned(),
                },
                f.status.to_string(),
                or_dash(f.owner.as_ref()),
                or_dash(f.due_date),
            ]
        })
        .collect();
    table(&["ID", "VENDOR", "SEVERITY", "FINDING", "ANSWER", "STATUS", "OWNER", "DUE"], rows)
}
