//! Reads back a questionnaire workbook a vendor filled in (calamine). Columns are found by
//! their headers and rows by their question ids, so reordered rows, extra blank rows and
//! answers in another case are fine; a missing column, an unknown question, a bad value, a
//! merged cell or a formula is an error naming the sheet and cell. Formulas are never
//! evaluated. Every error is collected, so one pass tells the user everything to fix.

use std::collections::{HashMap, HashSet};
use std::io::Cursor;

use calamine::{Data, Range, Reader, Sheets};
use chrono::NaiveDate;

use super::answer::{AnswerValue, choices, parse_answer};
use super::template::{AnswerKind, Question, Template};
use super::workbook::{FORMAT_MARK, HEADER_ID, META_SHEET, answer_headers, column_letter, questions_sheet};
use crate::locale::Language;
use crate::text::Message;
use crate::validate::{FieldError, FieldErrors};

/// The largest workbook accepted.
pub const MAX_WORKBOOK_BYTES: usize = 20 * 1024 * 1024;
/// At most this many cell errors are listed.
const MAX_ERRORS: usize = 100;

/// Which questionnaire a workbook belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkbookMeta {
    pub template_id: String,
    pub template_version: u32,
    pub assessment_id: i64,
    /// The language it was written in (English for workbooks that do not say).
    pub language: Language,
}

/// One answered row.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkbookRow {
    pub question_id: String,
    pub value: Option<AnswerValue>,
    pub comment: Option<String>,
}

/// An opened workbook.
pub struct OpenWorkbook {
    xlsx: Sheets<Cursor<Vec<u8>>>,
}

/// A refusal of the whole workbook.
pub(super) fn file_error(message: Message) -> FieldErrors {
    FieldErrors::of("file", "workbook", message)
}

/// `Questions!D14`.
fn cell(sheet: &str, row: u32, column: u32) -> String {
    format!("{sheet}!{}{}", column_letter(column as u16), row + 1)
}

/// Text of a cell, as the vendor sees it.
fn text_of(data: &Data) -> String {
    match data {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_owned(),
        Data::Float(f) => super::answer::format_number(*f),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => if *b { "Yes" } else { "No" }.to_owned(),
        Data::DateTime(d) => d.as_datetime().map(|t| t.date().to_string()).unwrap_or_default(),
        Data::Error(e) => format!("#{e:?}"),
        Data::Empty => String::new(),
    }
}

impl OpenWorkbook {
    /// Opens a workbook from its bytes; refuses what is too big or not an .xlsx file.
    pub fn open(bytes: Vec<u8>) -> Result<OpenWorkbook, FieldErrors> {
        if bytes.len() > MAX_WORKBOOK_BYTES {
            let size = format!("{:.1}", bytes.len() as f64 / 1_048_576.0);
            let message =
                Message::new("workbook-too-big").arg("size", size).arg("most", MAX_WORKBOOK_BYTES / 1_048_576);
            return Err(file_error(message));
        }
        // .xlsx as we sent it, or as the vendor's office suite saved it again (.ods too).
        Ok(OpenWorkbook { xlsx: crate::import::spreadsheet::open(bytes)? })
    }

    fn sheet(&mut self, name: &str) -> Result<Range<Data>, FieldErrors> {
        if !self.xlsx.sheet_names().iter().any(|n| n == name) {
            let found = self.xlsx.sheet_names().join(", ");
            return Err(file_error(Message::new("workbook-no-sheet").arg("name", name).arg("found", found)));
        }
        self.xlsx.worksheet_range(name).map_err(|e| {
            file_error(Message::new("workbook-unreadable-sheet").arg("name", name).arg("problem", e.to_string()))
        })
    }

    /// Which template, version and assessment the workbook was exported for.
    pub fn meta(&mut self) -> Result<WorkbookMeta, FieldErrors> {
        if !self.xlsx.sheet_names().iter().any(|n| n == META_SHEET) {
            return Err(file_error(Message::new("workbook-not-ours")));
        }
        let range = self.sheet(META_SHEET)?;
        let value = |key: &str| {
            range.rows().find(|r| r.first().is_some_and(|c| text_of(c) == key)).and_then(|r| r.get(1)).map(text_of)
        };
        if value("format").as_deref() != Some(FORMAT_MARK) {
            return Err(file_error(Message::new("workbook-meta-foreign")));
        }
        let number = |key: &str| value(key).and_then(|v| v.parse::<i64>().ok());
        let language = match value("language") {
            None => Some(Language::En),
            Some(code) => Language::parse(&code),
        };
        match (value("template_id"), number("template_version"), number("assessment_id"), language) {
            (Some(template_id), Some(version), Some(assessment_id), Some(language)) if version > 0 => {
                Ok(WorkbookMeta { template_id, template_version: version as u32, assessment_id, language })
            }
            _ => Err(file_error(Message::new("workbook-meta-changed"))),
        }
    }

    /// The answers on the questions sheet of a workbook written in `language`, checked against
    /// `template` (whose option labels the vendor picked in that language).
    pub fn answers(&mut self, template: &Template, language: Language) -> Result<Vec<WorkbookRow>, FieldErrors> {
        let sheet = questions_sheet(language);
        let template = template.in_language(language);
        let range = self.sheet(&sheet)?;
        let mut errors = Vec::new();
        self.check_merged(&sheet, &mut errors);
        let (header_row, columns) = find_columns(&range, &sheet, language)?;
        self.check_formulas(&sheet, &columns, header_row, &mut errors);
        let rows = read_rows((&range, &sheet), &template, header_row, &columns, &mut errors);
        if errors.is_empty() {
            Ok(rows)
        } else {
            errors.truncate(MAX_ERRORS);
            Err(FieldErrors(errors))
        }
    }

    fn check_merged(&mut self, sheet: &str, errors: &mut Vec<FieldError>) {
        // Only .xlsx records merged cells where calamine reads them.
        let Sheets::Xlsx(xlsx) = &mut self.xlsx else { return };
        if let Ok(merged) = xlsx.merge_cells_by_sheet_name(sheet) {
            for region in merged {
                let (start, end) = (region.start, region.end);
                let at =
                    format!("{}:{}", cell(sheet, start.0, start.1), cell("", end.0, end.1).trim_start_matches('!'));
                errors.push(FieldError::new(at, "merged", Message::new("workbook-merged")));
            }
        }
    }

    /// Formulas in the answer or comment columns are refused, never evaluated.
    fn check_formulas(&mut self, sheet: &str, columns: &Columns, header_row: u32, errors: &mut Vec<FieldError>) {
        let Ok(formulas) = self.xlsx.worksheet_formula(sheet) else { return };
        for (row, column, formula) in formulas.used_cells() {
            let (row, column) =
                (row as u32 + formulas.start().map_or(0, |s| s.0), column as u32 + formulas.start().map_or(0, |s| s.1));
            if row > header_row
                && !formula.is_empty()
                && (Some(column) == columns.answer || Some(column) == columns.comment)
            {
                let message = Message::new("workbook-formula").arg("formula", formula);
                errors.push(FieldError::new(cell(sheet, row, column), "formula", message));
            }
        }
    }
}

/// Where the columns the importer needs are.
struct Columns {
    id: u32,
    answer: Option<u32>,
    comment: Option<u32>,
}

/// Finds the header row (within the first ten rows) and the columns by their header text.
fn find_columns(range: &Range<Data>, sheet: &str, language: Language) -> Result<(u32, Columns), FieldErrors> {
    let (answer_header, comment_header) = answer_headers(language);
    let (top, left) = range.start().unwrap_or((0, 0));
    let header = |text: &str, row: &[Data]| {
        row.iter().position(|c| text_of(c).eq_ignore_ascii_case(text)).map(|i| i as u32 + left)
    };
    for (i, row) in range.rows().take(10).enumerate() {
        if let Some(id) = header(HEADER_ID, row) {
            let answer = header(&answer_header, row);
            let comment = header(&comment_header, row);
            let header_row = top + i as u32;
            if answer.is_none() {
                let message = Message::new("workbook-no-answer-column").arg("column", &answer_header);
                return Err(FieldErrors::of(format!("{sheet}!{}", header_row + 1), "column", message));
            }
            return Ok((header_row, Columns { id, answer, comment }));
        }
    }
    let message = Message::new("workbook-no-header").arg("column", HEADER_ID);
    Err(FieldErrors::of(format!("{sheet}!A1"), "column", message))
}

/// The value of one answer cell for `question`.
fn cell_value(question: &Question, data: &Data) -> Result<Option<AnswerValue>, Message> {
    match (question.kind, data) {
        // A choice question's error names the answers it accepts.
        (kind, Data::Error(e)) if kind.is_choice() => Err(Message::new("workbook-error-value-choices")
            .arg("error", format!("#{e:?}"))
            .arg("choices", choices(question))),
        (_, Data::Error(e)) => Err(Message::new("workbook-error-value").arg("error", format!("#{e:?}"))),
        (AnswerKind::Number, Data::Float(f)) => Ok(Some(AnswerValue::Number(*f))),
        (AnswerKind::Number, Data::Int(i)) => Ok(Some(AnswerValue::Number(*i as f64))),
        (AnswerKind::Date, Data::DateTime(d)) => {
            d.as_datetime().map(|t| Some(AnswerValue::Date(t.date()))).ok_or_else(|| Message::new("workbook-not-date"))
        }
        (AnswerKind::Date, Data::DateTimeIso(s)) => NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d")
            .map(|d| Some(AnswerValue::Date(d)))
            .map_err(|_| Message::new("answer-not-date").arg("text", s)),
        _ => parse_answer(question, &text_of(data)),
    }
}

fn read_rows(
    (range, sheet): (&Range<Data>, &str),
    template: &Template,
    header_row: u32,
    columns: &Columns,
    errors: &mut Vec<FieldError>,
) -> Vec<WorkbookRow> {
    let questions: HashMap<&str, &Question> = template.questions().map(|q| (q.id.as_str(), q)).collect();
    let mut seen: HashSet<String> = HashSet::new();
    let mut rows = Vec::new();
    let get =
        |row: u32, column: Option<u32>| column.and_then(|c| range.get_value((row, c))).cloned().unwrap_or(Data::Empty);
    let end_row = range.end().map_or(header_row, |e| e.0);
    for row in header_row + 1..=end_row {
        let id = text_of(&get(row, Some(columns.id)));
        let answer = get(row, columns.answer);
        let comment = text_of(&get(row, columns.comment));
        let mut reject = |column: u32, rule: &str, message: Message| {
            errors.push(FieldError::new(cell(sheet, row, column), rule, message))
        };
        if id.is_empty() {
            if !text_of(&answer).is_empty() {
                reject(columns.id, "question_id", Message::new("workbook-no-question-id"));
            }
            continue;
        }
        let Some(question) = questions.get(id.as_str()) else {
            let message = Message::new("workbook-unknown-question")
                .arg("id", &id)
                .arg("template", &template.title)
                .arg("version", template.version);
            reject(columns.id, "question_id", message);
            continue;
        };
        if !seen.insert(id.clone()) {
            reject(columns.id, "question_id", Message::new("workbook-question-twice").arg("id", &id));
            continue;
        }
        let answer_column = columns.answer.unwrap_or_default();
        let (value, comment) = if question.kind == AnswerKind::Evidence {
            // Evidence travels as files; a name typed as the answer is kept with the comment.
            let named = text_of(&answer);
            let joined = [comment, named].into_iter().filter(|t| !t.is_empty()).collect::<Vec<_>>().join(" — ");
            (None, joined)
        } else {
            match cell_value(question, &answer) {
                Ok(value) => (value, comment),
                Err(message) => {
                    reject(answer_column, "answer", message);
                    continue;
                }
            }
        };
        rows.push(WorkbookRow { question_id: id, value, comment: Some(comment).filter(|c| !c.is_empty()) });
    }
    rows
}
