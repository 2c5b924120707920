//! Text output for questionnaires: templates, assessments, scores with their arithmetic,
//! workbook and CAIQ previews, diffs and findings.

use vendor_risk_core::locale::Language;
use vendor_risk_core::questionnaire::assessment::{AssessmentDiff, AssessmentSummary, AssessmentView, Finding};
use vendor_risk_core::questionnaire::scoring::{LineState, ScoreReport};
use vendor_risk_core::questionnaire::template::Template;
use vendor_risk_core::say;
use vendor_risk_core::store::TemplateInfo;
use vendor_risk_core::{CaiqPreview, WorkbookPreview};

use super::{headings, or_dash, table};

fn percent(score: Option<f64>) -> String {
    score.map_or_else(|| "-".to_owned(), |s| format!("{s:.1}"))
}

pub fn templates(list: &[TemplateInfo], l: Language) -> String {
    let old = format!(" {}", say!(l, "term-questionnaire-old"));
    let rows = list
        .iter()
        .map(|t| {
            vec![
                t.id.clone(),
                t.version.to_string() + if t.latest { "" } else { old.as_str() },
                t.title.clone(),
                t.questions.to_string(),
                if t.builtin { say!(l, "term-questionnaire-built-in") } else { say!(l, "term-questionnaire-own") },
            ]
        })
        .collect();
    let columns =
        headings(l, &["term-col-id", "term-col-version", "term-col-title", "term-col-questions", "term-col-kind"]);
    table(&columns, rows)
}

pub fn assessments(list: &[AssessmentSummary], l: Language) -> String {
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
    let columns = headings(
        l,
        &[
            "term-col-id",
            "term-col-vendor",
            "term-col-questionnaire",
            "term-col-status",
            "term-col-source",
            "term-col-due",
            "term-col-respondent",
        ],
    );
    table(&columns, rows)
}

pub fn assessment(view: &AssessmentView, l: Language) -> String {
    let a = &view.assessment;
    let title = say!(
        l,
        "term-questionnaire-assessment",
        id = a.id.to_string(),
        vendor = a.vendor.name.to_string(),
        template = a.template_title.to_string(),
        version = a.template_version.to_string(),
        status = a.status.to_string()
    );
    let progress = say!(
        l,
        "term-questionnaire-progress",
        due = or_dash(a.due_date),
        respondent = or_dash(a.respondent.as_ref()),
        answered = view.progress.answered.to_string(),
        visible = view.progress.visible.to_string(),
        score = percent(view.score.overall)
    );
    let mut out = format!("{title}\n{progress}\n");
    if !view.progress.required_missing.is_empty() {
        let ids = view.progress.required_missing.join(", ");
        out += &format!("{}\n", say!(l, "term-questionnaire-required-missing", ids = ids));
    }
    if let Some(reason) = &a.decision_reason {
        out += &format!("{}\n", say!(l, "term-questionnaire-decision", reason = reason));
    }
    for section in &view.template.sections {
        out += &format!("\n{}\n", section.title.to_uppercase());
        for q in section.questions.iter().filter(|q| view.visible.contains(&q.id)) {
            let record = view.answers.iter().find(|r| r.question_id == q.id);
            let answer = record.and_then(|r| r.value.as_ref()).map(|v| v.display(q)).unwrap_or_else(|| "—".to_owned());
            out += &format!("  [{}] {}\n      → {answer}\n", q.id, q.text);
            if let Some(comment) = record.and_then(|r| r.comment.as_ref()) {
                out += &format!("      {}\n", say!(l, "term-questionnaire-comment", comment = comment));
            }
            for e in record.map(|r| r.evidence.as_slice()).unwrap_or_default() {
                let (file, sha256) = (e.file_name.to_string(), e.sha256.to_string());
                out += &format!("      {}\n", say!(l, "term-questionnaire-evidence", file = file, sha256 = sha256));
            }
        }
    }
    if !view.findings.is_empty() {
        out += &format!("\n{}\n", say!(l, "term-questionnaire-findings"));
        out += &findings(&view.findings, l);
    }
    out
}

/// The score, domain by domain, with each line's arithmetic.
pub fn score(report: &ScoreReport, template: &Template, l: Language) -> String {
    let mut out = format!("{}\n", say!(l, "term-questionnaire-formula", formula = &report.formula));
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
                (LineState::NotScored, _, _) => say!(l, "term-questionnaire-not-scored"),
                _ if line.required => say!(l, "term-questionnaire-unanswered-required"),
                _ => say!(l, "term-questionnaire-unanswered"),
            };
            out += &format!("  {:<10} {working:<40} {text}\n", line.question_id);
        }
    }
    let overall = say!(
        l,
        "term-questionnaire-overall",
        earned = format!("{:.2}", report.earned),
        possible = format!("{:.2}", report.possible),
        score = percent(report.overall),
        answered = report.answered.to_string(),
        visible = report.visible.to_string()
    );
    out += &format!("\n{overall}\n");
    if !report.unanswered_required.is_empty() {
        let ids = report.unanswered_required.join(", ");
        out += &format!("{}\n", say!(l, "term-questionnaire-unanswered-required-list", ids = ids));
    }
    out
}

pub fn workbook_preview(p: &WorkbookPreview, l: Language) -> String {
    let id = if p.committed { "term-questionnaire-workbook-imported" } else { "term-questionnaire-workbook-preview" };
    let (rows, assessment, changes) = (p.rows.to_string(), p.assessment_id.to_string(), p.changes.len().to_string());
    let mut out = say!(l, id, rows = rows, assessment = assessment, changes = changes) + "\n";
    let worse = format!(" {}", say!(l, "term-questionnaire-worse"));
    for c in &p.changes {
        let mark = if c.regression { worse.as_str() } else { "" };
        out += &format!("  {}: {} → {}{mark}\n", c.question_id, or_dash(c.before.as_ref()), or_dash(c.after.as_ref()));
    }
    for w in &p.warnings {
        out += &format!("  {}\n", say!(l, "term-questionnaire-note", note = w));
    }
    if !p.required_missing.is_empty() {
        let ids = p.required_missing.join(", ");
        out += &format!("  {}\n", say!(l, "term-questionnaire-still-unanswered", ids = ids));
    }
    out
}

pub fn caiq_preview(p: &CaiqPreview, l: Language) -> String {
    let edition = p.edition.as_deref().map(|e| format!(" {e}")).unwrap_or_default();
    let summary = say!(
        l,
        "term-questionnaire-caiq",
        standard = &p.standard,
        edition = edition,
        version = &p.version,
        sheet = &p.sheet,
        questions = p.questions.to_string(),
        yes = p.yes.to_string(),
        no = p.no.to_string(),
        na = p.not_applicable.to_string(),
        other = p.other.to_string(),
        blank = p.blank.to_string(),
        skipped = p.skipped_rows.to_string()
    );
    let mut out = format!("{summary}\n");
    let domains: Vec<String> = p.domains.iter().map(|(code, ours)| format!("{code}→{ours}")).collect();
    out += &format!("{}\n", say!(l, "term-questionnaire-domains", domains = domains.join(", ")));
    let findings = if p.findings.is_empty() { say!(l, "term-none") } else { p.findings.join(", ") };
    out += &format!("{}\n", say!(l, "term-questionnaire-caiq-findings", findings = findings));
    out += &match p.assessment_id {
        Some(id) => say!(l, "term-questionnaire-caiq-imported", id = id.to_string()),
        None => say!(l, "term-questionnaire-caiq-preview"),
    };
    out.push('\n');
    out
}

pub fn assessment_diff(d: &AssessmentDiff, l: Language) -> String {
    let summary = say!(
        l,
        "term-questionnaire-diff",
        before = d.before.to_string(),
        after = d.after.to_string(),
        score_before = percent(d.score_before),
        score_after = percent(d.score_after),
        changes = d.changes.len().to_string(),
        regressions = d.regressions.to_string()
    );
    let mut out = format!("{summary}\n");
    let (worse, better) = (say!(l, "term-questionnaire-diff-worse"), say!(l, "term-questionnaire-diff-better"));
    // The marks in a column one wider than the longer of them (7 in English).
    let width = worse.chars().count().max(better.chars().count()) + 1;
    for c in &d.changes {
        let mark = if c.regression {
            worse.as_str()
        } else if c.improvement {
            better.as_str()
        } else {
            ""
        };
        let (before, after) = (or_dash(c.before.as_ref()), or_dash(c.after.as_ref()));
        out += &format!("  {mark:<width$}{}: {before} → {after}\n", c.question_id);
    }
    out
}

pub fn findings(list: &[Finding], l: Language) -> String {
    let by_hand = say!(l, "term-questionnaire-by-hand");
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
                    _ => by_hand.clone(),
                },
                f.status.to_string(),
                or_dash(f.owner.as_ref()),
                or_dash(f.due_date),
            ]
        })
        .collect();
    let columns = headings(
        l,
        &[
            "term-col-id",
            "term-col-vendor",
            "term-col-severity",
            "term-col-finding",
            "term-col-answer",
            "term-col-status",
            "term-col-finding-owner",
            "term-col-due",
        ],
    );
    table(&columns, rows)
}
