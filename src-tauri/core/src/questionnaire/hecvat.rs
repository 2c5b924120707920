//! Imports an EDUCAUSE HECVAT a vendor already filled in: 3.x Full ("HECVAT - Full | Vendor
//! Response"), 3.x Lite ("HECVAT - Lite …") and the unified 4.x workbook (START HERE,
//! Organization, Product, …). The edition and version come from the workbook; question rows are
//! found by their ids (`DOCU-01`), not fixed rows (they move between releases); the answer the
//! HECVAT prefers for each question is read from the workbook's own Questions sheet (it changes
//! between releases). Each HECVAT section maps to one of our risk domains; an answer other than
//! the preferred one raises a finding; the vendor's additional information is kept as the
//! answer's comment.

use std::collections::HashMap;

use calamine::{Data, Range, Reader};

use super::template::{AnswerKind, AnswerOption, Domain, FindingRule, Question, Section, Severity, Template};
use super::workbook_import::{MAX_WORKBOOK_BYTES, file_error};
use crate::import::spreadsheet::{self, cell_text};
use crate::text::Message;
use crate::validate::FieldErrors;

/// Which HECVAT.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edition {
    Full,
    Lite,
    /// Version 4: one workbook; a "Lite" review answers its critical questions.
    Unified,
}

impl Edition {
    pub fn as_str(self) -> &'static str {
        match self {
            Edition::Full => "Full",
            Edition::Lite => "Lite",
            Edition::Unified => "Unified",
        }
    }
}

/// One question as the vendor answered it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HecvatRow {
    pub id: String,
    pub question: String,
    /// The section as the workbook titles it.
    pub section: String,
    /// The answer cell as written.
    pub answer: String,
    /// `yes`, `no` or `na` when the answer is one of those.
    pub choice: Option<&'static str>,
    /// The vendor's additional information.
    pub additional: Option<String>,
    /// `yes` or `no`: what the HECVAT prefers; `None`: asked for information, not scored.
    pub preferred: Option<&'static str>,
    /// 0 to 10.
    pub weight: u32,
    /// Critical in the HECVAT's own weighting.
    pub critical: bool,
}

impl HecvatRow {
    /// Answered, with something other than the preferred answer ("not applicable" is not).
    pub fn fails(&self) -> bool {
        matches!((self.choice, self.preferred), (Some(c @ ("yes" | "no")), Some(p)) if c != p)
    }
}

/// A filled HECVAT's questions and answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HecvatWorkbook {
    pub edition: Edition,
    /// E.g. `3.06`, `4.1.4`.
    pub version: String,
    /// The sheets the answers were read from.
    pub sheets: Vec<String>,
    pub rows: Vec<HecvatRow>,
}

/// The 4.x sheets a vendor answers, in order.
const UNIFIED_SHEETS: &[&str] =
    &["START HERE", "Organization", "Product", "Infrastructure", "IT Accessibility", "Case-Specific", "AI", "Privacy"];

/// `DOCU-01`: four capitals, a hyphen, two digits.
fn is_question_id(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 7
        && bytes[..4].iter().all(u8::is_ascii_uppercase)
        && bytes[4] == b'-'
        && bytes[5..].iter().all(u8::is_ascii_digit)
}

/// `Yes`, `No`, `N/A`, `1) Yes` as `yes`/`no`/`na`.
fn choice_of(text: &str) -> Option<&'static str> {
    let bare = text.trim().trim_start_matches(|c: char| c.is_ascii_digit()).trim_start_matches(')').trim();
    match bare.to_ascii_lowercase().as_str() {
        "yes" => Some("yes"),
        "no" => Some("no"),
        "n/a" | "na" | "not applicable" => Some("na"),
        _ => None,
    }
}

/// The preferred answer as the Questions sheet writes it (`Yes`, `No`, or `1` for "1) Yes").
fn preferred_of(text: &str) -> Option<&'static str> {
    match text.trim() {
        "1" => Some("yes"),
        "2" => Some("no"),
        other => choice_of(other).filter(|c| *c != "na"),
    }
}

/// The refusal of a workbook that is not a HECVAT, saying what it looks like instead.
fn not_a_hecvat(sheets: &[String]) -> Message {
    if sheets.iter().any(|s| s.to_ascii_lowercase().starts_with("caiqv")) {
        Message::new("hecvat-not-hecvat-caiq")
    } else if sheets.iter().any(|s| s == super::workbook::META_SHEET) {
        Message::new("hecvat-not-hecvat-ours")
    } else {
        Message::new("hecvat-not-hecvat").arg("found", sheets.join(", "))
    }
}

/// Reads a filled HECVAT (3.x Full or Lite, or 4.x).
pub fn read_hecvat(bytes: &[u8]) -> Result<HecvatWorkbook, FieldErrors> {
    if bytes.len() > MAX_WORKBOOK_BYTES {
        return Err(file_error(Message::new("import-file-too-large").arg("most", MAX_WORKBOOK_BYTES / 1_048_576)));
    }
    let mut book = spreadsheet::open(bytes)?;
    let names = book.sheet_names();
    let find = |prefix: &str| names.iter().find(|n| n.starts_with(prefix)).cloned();
    let (edition, sheets) = if UNIFIED_SHEETS[..2].iter().all(|s| names.iter().any(|n| n == s)) {
        (
            Edition::Unified,
            UNIFIED_SHEETS.iter().filter(|s| names.iter().any(|n| n == *s)).map(|s| (*s).to_owned()).collect(),
        )
    } else if let Some(sheet) = find("HECVAT - Full") {
        (Edition::Full, vec![sheet])
    } else if let Some(sheet) = find("HECVAT - Lite") {
        (Edition::Lite, vec![sheet])
    } else {
        return Err(file_error(not_a_hecvat(&names)));
    };
    let mut ranges = Vec::new();
    for sheet in &sheets {
        let range = book
            .worksheet_range(sheet)
            .map_err(|e| file_error(Message::new("workbook-unreadable-sheet").arg("name", sheet).arg("problem", e)))?;
        ranges.push((sheet.clone(), range));
    }
    let version = ranges
        .iter()
        .find_map(|(_, r)| version_in(r))
        .ok_or_else(|| file_error(Message::new("hecvat-no-version").arg("sheet", &sheets[0])))?;
    let preferred = match book.worksheet_range("Questions") {
        Ok(range) => preferred_answers(&range),
        Err(_) => HashMap::new(),
    };
    let mut rows: Vec<HecvatRow> = Vec::new();
    for (_, range) in &ranges {
        read_questions(range, &preferred, &mut rows);
    }
    if rows.is_empty() {
        return Err(file_error(Message::new("hecvat-no-questions").arg("sheet", &sheets[0])));
    }
    Ok(HecvatWorkbook { edition, version, sheets, rows })
}

/// "Version 3.06" in the first two rows → `3.06`.
fn version_in(range: &Range<Data>) -> Option<String> {
    range.rows().take(3).flatten().find_map(|cell| {
        let text = cell_text(cell);
        let rest = text.trim().strip_prefix("Version")?.trim().to_owned();
        (!rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit() || c == '.')).then_some(rest)
    })
}

/// The Questions sheet's preferred answer, weight (0–10) and criticality per id.
fn preferred_answers(range: &Range<Data>) -> HashMap<String, (Option<&'static str>, u32, bool)> {
    let rows: Vec<Vec<String>> = range.rows().map(|r| r.iter().map(cell_text).collect()).collect();
    let Some(header_at) = rows.iter().take(6).position(|r| r.iter().any(|c| c == "ID" || c == "New ID")) else {
        return HashMap::new();
    };
    let header = &rows[header_at];
    let column = |names: &[&str]| header.iter().position(|h| names.contains(&h.trim()));
    let (Some(id), Some(answer)) =
        (column(&["ID", "New ID"]), column(&["C_Answer", "Compliant Answer", "Compliant Response"]))
    else {
        return HashMap::new();
    };
    let (weight, importance) = (column(&["Default Weight"]), column(&["Default Importance"]));
    rows[header_at + 1..]
        .iter()
        .filter(|r| r.get(id).is_some_and(|i| is_question_id(i)))
        .map(|r| {
            let cell = |c: Option<usize>| c.and_then(|c| r.get(c)).map_or("", String::as_str);
            let critical = cell(importance).starts_with("Critical");
            // 3.x weighs up to 40, 4.x 5/10/20: our scale is 0 to 10.
            let raw: f64 = cell(weight).parse().unwrap_or(10.0);
            let scale = if importance.is_some() { 2.0 } else { 4.0 };
            let weight = (raw / scale).round().clamp(1.0, 10.0) as u32;
            (r[id].clone(), (preferred_of(cell(Some(answer))), weight, critical))
        })
        .collect()
}

/// The question rows of one answer sheet (ids already read are copies: skipped).
fn read_questions(
    range: &Range<Data>,
    preferred: &HashMap<String, (Option<&'static str>, u32, bool)>,
    rows: &mut Vec<HecvatRow>,
) {
    let mut section = "General Information".to_owned();
    for cells in range.rows() {
        let cell = |i: usize| cells.get(i).map(cell_text).unwrap_or_default().trim().to_owned();
        let id = cell(0);
        if !is_question_id(&id) {
            if !id.is_empty() && matches!(cell(2).as_str(), "Vendor Answers" | "Answer")
                || cell(3) == "Additional Information"
            {
                section = id;
            }
            continue;
        }
        if rows.iter().any(|r| r.id == id) {
            continue;
        }
        let answer = cell(2);
        // 4.x leaves a question blank when a required question switched its section off.
        let switched_off = answer.is_empty() && cell(4).contains("does not apply");
        // Dates, general information, qualifiers and required questions are not scored.
        let informational = ["DATE", "GNRL", "QUAL", "REQU"].contains(&&id[..4]);
        let (prefers, weight, critical) =
            preferred.get(&id).copied().filter(|_| !informational).unwrap_or((None, 0, false));
        rows.push(HecvatRow {
            question: cell(1).trim_end_matches('*').trim().to_owned(),
            section: section.clone(),
            choice: if switched_off { Some("na") } else { choice_of(&answer) },
            additional: Some(cell(3)).filter(|t| !t.is_empty()),
            preferred: prefers,
            weight: if prefers.is_some() { weight } else { 0 },
            critical: critical || cell(1).ends_with('*'),
            answer,
            id,
        });
    }
}

/// Our risk domain for a HECVAT section, by its id prefix.
pub fn domain_for(prefix: &str) -> Domain {
    match prefix {
        "THRD" | "HLTP" | "PTHP" => Domain::Subprocessors,
        "APPL" | "HLAP" | "CHNG" | "QLAS" | "OPEM" => Domain::SecureDevelopment,
        "AAAI" | "HLAA" => Domain::AccessControl,
        "BCPL" | "DRPL" => Domain::BusinessContinuity,
        "DATA" | "HLDA" | "PCID" => Domain::Encryption,
        "DCTR" | "HLDC" => Domain::PhysicalSecurity,
        "FIDP" | "HLNT" | "VULN" | "HLSY" => Domain::VulnerabilityManagement,
        "HFIH" | "HLIH" => Domain::IncidentResponse,
        "HIPA" | "PRGN" | "PCOM" | "PDOC" | "PCHG" | "PDAT" | "PRPO" | "INTL" | "DRPV" => Domain::Privacy,
        "AIQU" | "AIGN" | "AIPL" | "AISC" | "AIML" | "AILM" | "DPAI" => Domain::AiUse,
        _ => Domain::Governance, // DATE, GNRL, QUAL, REQU, COMP, DOCU, ITAC, CONS, PPPR, HLPP
    }
}

/// The template id for a HECVAT: `hecvat-full-3-06`, `hecvat-unified-4-1-4`.
pub fn template_id(workbook: &HecvatWorkbook) -> String {
    format!("hecvat-{}-{}", workbook.edition.as_str().to_ascii_lowercase(), workbook.version.replace('.', "-"))
}

fn question(row: &HecvatRow) -> Question {
    let prefix = &row.id[..4];
    let mut q = Question {
        id: row.id.clone(),
        text: if row.question.is_empty() { row.id.clone() } else { row.question.clone() },
        help: String::new(),
        domain: domain_for(prefix),
        kind: AnswerKind::Text,
        required: false,
        weight: 0,
        options: Vec::new(),
        visible_when: None,
        iso27001: Vec::new(),
    };
    let Some(preferred) = row.preferred else { return q };
    let severity = if row.critical || row.weight >= 8 { Severity::High } else { Severity::Medium };
    let option = |value: &str, label: &str| AnswerOption {
        value: value.into(),
        label: label.into(),
        points: Some(if value == preferred { 1.0 } else { 0.0 }),
        finding: (value != preferred).then(|| FindingRule {
            severity,
            title: format!(
                "HECVAT {}: answered {label}, {} preferred",
                row.id,
                if preferred == "yes" { "Yes" } else { "No" }
            ),
        }),
    };
    q.kind = AnswerKind::YesNoNa;
    q.weight = row.weight;
    q.options = vec![
        option("yes", "Yes"),
        option("no", "No"),
        AnswerOption { value: "na".into(), label: "N/A".into(), points: None, finding: None },
    ];
    q
}

/// A template holding the workbook's questions, one section per HECVAT section.
pub fn hecvat_template(workbook: &HecvatWorkbook, version: u32) -> Template {
    let mut sections: Vec<Section> = Vec::new();
    for row in &workbook.rows {
        let prefix = row.id[..4].to_ascii_lowercase();
        let title = row.section.trim().to_owned();
        match sections.iter_mut().find(|s| s.title == title) {
            Some(section) => section.questions.push(question(row)),
            None => sections.push(Section {
                id: format!("{prefix}-{}", sections.len() + 1),
                title,
                version: 1,
                questions: vec![question(row)],
            }),
        }
    }
    Template {
        id: template_id(workbook),
        version,
        title: format!("EDUCAUSE HECVAT {} {} (imported)", workbook.edition.as_str(), workbook.version),
        description: "The Higher Education Community Vendor Assessment Toolkit, as a vendor filled it in. HECVAT © EDUCAUSE (CC BY-NC-SA 4.0).".into(),
        sections,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_and_preferences_as_written() {
        assert_eq!(choice_of("Yes"), Some("yes"));
        assert_eq!(choice_of("1) Yes"), Some("yes"));
        assert_eq!(choice_of("N/A"), Some("na"));
        assert_eq!(choice_of("4) AWS"), None);
        assert_eq!(preferred_of("1"), Some("yes"));
        assert_eq!(preferred_of("Not scored"), None);
        assert_eq!(preferred_of("Qualitative Question"), None);
        assert!(is_question_id("HLDA-07"));
        assert!(!is_question_id("DOCU-1"));
    }

    #[test]
    fn refusals_can_be_written_in_indonesian() {
        let mut book = rust_xlsxwriter::Workbook::new();
        book.add_worksheet().set_name("Summary").unwrap();
        let errors = read_hecvat(&book.save_to_buffer().unwrap()).unwrap_err();
        let english = "This workbook is not a HECVAT (no 'HECVAT - Full', 'HECVAT - Lite' or 'START HERE' sheet). \
                       Its sheets are: Summary.";
        assert_eq!(errors.0[0].message, english);
        assert_eq!(
            errors.in_language(crate::locale::Language::Id).0[0].message,
            "Buku kerja ini bukan HECVAT (tidak ada lembar 'HECVAT - Full', 'HECVAT - Lite', atau 'START HERE'). \
             Lembar yang ada: Summary."
        );
    }
}
