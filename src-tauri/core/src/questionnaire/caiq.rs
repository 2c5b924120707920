//! Imports a CSA CAIQ v4 workbook a vendor already filled in. The sheet (named like `CAIQv4*`)
//! and the columns ("Question ID", "CSP CAIQ Answer", "SSRM Control Ownership", "CSP
//! Implementation Description") are found by their names, not fixed positions; rows that are
//! not questions (the trailer, blank rows) are skipped. Each CAIQ domain maps to one of our
//! risk domains, and the questions become a template of yes/no questions in which "No" raises
//! a finding to review.

use calamine::{Data, Reader};
use std::collections::BTreeMap;

use super::template::{AnswerKind, AnswerOption, Domain, FindingRule, Question, Section, Severity, Template};
use super::workbook::column_letter;
use super::workbook_import::{MAX_WORKBOOK_BYTES, file_error};
use crate::text::Message;
use crate::validate::{FieldError, FieldErrors};

/// One answered CAIQ question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaiqRow {
    pub question_id: String,
    pub question: String,
    /// `yes`, `no` or `na`; `None` when left blank.
    pub answer: Option<String>,
    pub ownership: Option<String>,
    pub implementation: Option<String>,
    /// The CCM domain title, where the workbook gives one.
    pub domain_title: Option<String>,
}

/// A CAIQ workbook's questions and answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaiqWorkbook {
    /// E.g. `v4.0.3`.
    pub version: String,
    pub sheet: String,
    pub rows: Vec<CaiqRow>,
    /// Rows after the header that were not questions (blank, trailer, copyright).
    pub skipped_rows: u32,
}

const HEADERS: [&str; 5] =
    ["Question ID", "Question", "CSP CAIQ Answer", "SSRM Control Ownership", "CSP Implementation Description"];

fn text(data: Option<&Data>) -> String {
    match data {
        Some(Data::String(s)) => s.trim().to_owned(),
        Some(Data::Float(f)) => f.to_string(),
        Some(Data::Int(i)) => i.to_string(),
        Some(Data::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

/// Our risk domain for a CAIQ v4 (CCM v4) domain code.
pub fn domain_for(code: &str) -> Domain {
    match code {
        "A&A" | "GRC" => Domain::Governance,
        "AIS" | "CCC" => Domain::SecureDevelopment,
        "BCR" => Domain::BusinessContinuity,
        "CEK" => Domain::Encryption,
        "DCS" => Domain::PhysicalSecurity,
        "DSP" => Domain::Privacy,
        "HRS" => Domain::HrSecurity,
        "IAM" | "UEM" => Domain::AccessControl,
        "IPY" => Domain::DataRetention,
        "LOG" => Domain::LoggingMonitoring,
        "SEF" => Domain::IncidentResponse,
        "STA" => Domain::Subprocessors,
        _ => Domain::VulnerabilityManagement, // IVS, TVM
    }
}

/// `A&A-01.1` → `A&A`, when the id has the CAIQ shape.
fn domain_code(id: &str) -> Option<&str> {
    let (code, rest) = id.split_once('-')?;
    let (control, sub) = rest.split_once('.')?;
    let ok = (2..=4).contains(&code.len())
        && code.chars().all(|c| c.is_ascii_uppercase() || c == '&')
        && control.len() == 2
        && control.chars().all(|c| c.is_ascii_digit())
        && !sub.is_empty()
        && sub.chars().all(|c| c.is_ascii_digit());
    ok.then_some(code)
}

fn answer_of(raw: &str) -> Result<Option<String>, Message> {
    match raw.to_ascii_lowercase().as_str() {
        "" => Ok(None),
        "yes" => Ok(Some("yes".into())),
        "no" => Ok(Some("no".into())),
        "na" | "n/a" | "not applicable" => Ok(Some("na".into())),
        _ => Err(Message::new("caiq-not-yes-no").arg("text", raw)),
    }
}

/// Reads a filled CAIQ v4 workbook.
pub fn read_caiq(bytes: Vec<u8>) -> Result<CaiqWorkbook, FieldErrors> {
    if bytes.len() > MAX_WORKBOOK_BYTES {
        return Err(file_error(Message::new("import-file-too-large").arg("most", MAX_WORKBOOK_BYTES / 1_048_576)));
    }
    let mut xlsx = crate::import::spreadsheet::open(bytes.as_slice())?;
    let sheet = xlsx
        .sheet_names()
        .into_iter()
        .find(|n| n.to_ascii_lowercase().starts_with("caiqv4"))
        .ok_or_else(|| file_error(Message::new("caiq-no-sheet").arg("found", xlsx.sheet_names().join(", "))))?;
    let range = xlsx
        .worksheet_range(&sheet)
        .map_err(|e| file_error(Message::new("workbook-unreadable-sheet").arg("name", &sheet).arg("problem", e)))?;
    let (top, left) = range.start().unwrap_or((0, 0));
    let rows: Vec<&[Data]> = range.rows().collect();
    let header_at = rows.iter().take(20).position(|row| {
        HEADERS.iter().all(|h| row.iter().any(|c| text(Some(c)).to_lowercase().starts_with(&h.to_lowercase())))
    });
    let Some(header_at) = header_at else {
        let columns = HEADERS.iter().map(|h| format!("'{h}'")).collect::<Vec<_>>().join(", ");
        return Err(file_error(Message::new("caiq-no-header").arg("sheet", &sheet).arg("columns", columns)));
    };
    let column = |name: &str| {
        rows[header_at].iter().position(|c| text(Some(c)).to_lowercase().starts_with(&name.to_lowercase()))
    };
    let [id_col, q_col, answer_col, owner_col, impl_col] = HEADERS.map(column);
    let domain_col = rows[header_at].iter().position(|c| text(Some(c)).eq_ignore_ascii_case("CCM Domain Title"));
    let version = text(rows.first().and_then(|r| r.first()));
    let version = if version.starts_with('v') { version } else { sheet.trim_start_matches("CAIQ").to_owned() };
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let mut skipped = 0;
    for (i, row) in rows.iter().enumerate().skip(header_at + 1) {
        let get = |col: Option<usize>| text(col.and_then(|c| row.get(c)));
        let id = get(id_col);
        if domain_code(&id).is_none() {
            skipped += 1;
            continue;
        }
        let raw_answer = get(answer_col);
        let answer = match answer_of(&raw_answer) {
            Ok(a) => a,
            Err(message) => {
                let at = format!(
                    "{sheet}!{}{}",
                    column_letter((left as usize + answer_col.unwrap_or(0)) as u16),
                    top as usize + i + 1
                );
                errors.push(FieldError::new(at, "answer", message));
                continue;
            }
        };
        let optional = |t: String| Some(t).filter(|t| !t.is_empty());
        out.push(CaiqRow {
            question_id: id,
            question: get(q_col),
            answer,
            ownership: optional(get(owner_col)),
            implementation: optional(get(impl_col)),
            domain_title: optional(get(domain_col)),
        });
    }
    if !errors.is_empty() {
        return Err(FieldErrors(errors));
    }
    if out.is_empty() {
        return Err(file_error(Message::new("caiq-no-questions").arg("sheet", &sheet)));
    }
    Ok(CaiqWorkbook { version, sheet, rows: out, skipped_rows: skipped })
}

/// The template id for a CAIQ version: `v4.0.3` → `caiq-v4-0-3`.
pub fn template_id(version: &str) -> String {
    let slug: String =
        version.to_ascii_lowercase().chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
    format!("caiq-{}", slug.trim_matches('-'))
}

/// A template holding the workbook's questions, one section per CAIQ domain.
pub fn caiq_template(workbook: &CaiqWorkbook, version: u32) -> Template {
    let mut sections: BTreeMap<String, Section> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for row in &workbook.rows {
        let code = domain_code(&row.question_id).unwrap_or("X").to_owned();
        let section = sections.entry(code.clone()).or_insert_with(|| {
            order.push(code.clone());
            Section {
                id: code.to_ascii_lowercase().replace('&', "-"),
                title: row.domain_title.clone().map_or_else(|| code.clone(), |t| format!("{code}: {t}")),
                version: 1,
                questions: Vec::new(),
            }
        });
        section.questions.push(Question {
            id: row.question_id.clone(),
            text: if row.question.is_empty() { row.question_id.clone() } else { row.question.clone() },
            help: String::new(),
            domain: domain_for(&code),
            kind: AnswerKind::YesNoNa,
            required: false,
            weight: 1,
            options: vec![
                AnswerOption { value: "yes".into(), label: "Yes".into(), points: Some(1.0), finding: None },
                AnswerOption {
                    value: "no".into(),
                    label: "No".into(),
                    points: Some(0.0),
                    finding: Some(FindingRule {
                        severity: Severity::Medium,
                        title: format!("CAIQ {} answered No", row.question_id),
                    }),
                },
                AnswerOption { value: "na".into(), label: "NA".into(), points: None, finding: None },
            ],
            visible_when: None,
            iso27001: Vec::new(),
        });
    }
    Template {
        id: template_id(&workbook.version),
        version,
        title: format!("CSA CAIQ {} (imported)", workbook.version),
        description: "The Consensus Assessments Initiative Questionnaire of the Cloud Security Alliance, as a vendor filled it in.".into(),
        sections: order.into_iter().filter_map(|code| sections.remove(&code)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::Language;

    #[test]
    fn refusals_can_be_written_in_indonesian() {
        let mut book = rust_xlsxwriter::Workbook::new();
        book.add_worksheet().set_name("Summary").unwrap();
        let errors = read_caiq(book.save_to_buffer().unwrap()).unwrap_err();
        assert_eq!(errors.0[0].message, "No CAIQ v4 sheet (named like 'CAIQv4…') in this workbook; it has: Summary.");
        assert_eq!(
            errors.in_language(Language::Id).0[0].message,
            "Buku kerja ini tidak memiliki lembar CAIQ v4 (bernama seperti 'CAIQv4…'); lembar yang ada: Summary."
        );
        assert_eq!(answer_of("Maybe").unwrap_err().render(Language::Id), "'Maybe' bukan salah satu dari Yes/No/NA.");
    }
}
