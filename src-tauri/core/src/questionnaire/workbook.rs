//! The questionnaire as an Excel workbook for a vendor to fill in (rust_xlsxwriter): an
//! instructions sheet; a questions sheet whose question text is locked, whose answer and
//! comment cells are open, with drop-downs for choice answers and the question ids in a hidden
//! column; a hidden sheet of option lists; and a very hidden sheet naming the template, its
//! version, the assessment and the workbook's language. [`super::workbook_import`] reads it back.
//!
//! The workbook is written in the vendor's language: the sheets, headers, instructions and
//! drop-down messages from `locales/*/questionnaire.ftl`, the questions from the template in
//! that language ([`Template::in_language`]).

use std::collections::HashMap;

use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, Format, FormatBorder, Formula, ProtectionOptions,
    Workbook, Worksheet, XlsxError,
};

use super::answer::{AnswerValue, format_number};
use super::assessment::{AnswerRecord, Assessment};
use super::template::{AnswerKind, Question, Template};
use crate::locale::Language;
use crate::text::{Message, text};
use crate::words::long_date;

/// The hidden sheets and the hidden id column's header, the same in every language.
pub const META_SHEET: &str = "_meta";
pub const HEADER_ID: &str = "Question ID";
/// What the meta sheet's first cell says, so the importer knows the file is ours.
pub const FORMAT_MARK: &str = "vendor-risk-register questionnaire workbook v1";

/// The name of the questions sheet in a language (the importer looks for it in each).
pub fn questions_sheet(language: Language) -> String {
    text!(language, "workbook-sheet-questions")
}

/// The visible column headers, from the answer's and the comment's on, in a language.
pub fn answer_headers(language: Language) -> (String, String) {
    (text!(language, "workbook-header-answer"), text!(language, "workbook-header-comment"))
}

/// The columns after the hidden id, by their header's text id, with their widths.
const COLUMNS: [(&str, f64); 6] = [
    ("workbook-header-section", 24.0),
    ("workbook-header-question", 70.0),
    ("workbook-header-answer", 28.0),
    ("workbook-header-comment", 40.0),
    ("workbook-header-how", 50.0),
    ("workbook-header-required", 10.0),
];
const ANSWER_COLUMN: u16 = 3;
const COMMENT_COLUMN: u16 = 4;

fn xlsx_error(e: XlsxError) -> crate::error::CoreError {
    crate::error::CoreError::Conflict(Message::new("error-workbook-write").arg("detail", e))
}

/// How a question is answered, in words for the vendor.
fn how_to_answer(q: &Question, template: &Template, l: Language) -> String {
    let mut parts = Vec::new();
    let labels = |q: &Question| q.options.iter().map(|o| o.label.as_str()).collect::<Vec<_>>().join("; ");
    parts.push(match q.kind {
        AnswerKind::YesNoNa | AnswerKind::SingleChoice => text!(l, "how-pick-one"),
        AnswerKind::MultiChoice => text!(l, "how-several", options = labels(q)),
        AnswerKind::Text => text!(l, "how-text"),
        AnswerKind::Number => text!(l, "how-number"),
        AnswerKind::Date => text!(l, "how-date"),
        AnswerKind::Evidence => text!(l, "how-evidence"),
    });
    if let Some(c) = &q.visible_when {
        let source = template.question(&c.question);
        let answers = c
            .any_of
            .iter()
            .map(|v| source.and_then(|s| s.option(v)).map_or_else(|| v.clone(), |o| o.label.clone()))
            .reduce(|first, next| text!(l, "how-or", first = first, next = next))
            .unwrap_or_default();
        parts.push(text!(l, "how-only-if", question = c.question.clone(), answers = answers));
    }
    if !q.help.is_empty() {
        parts.push(q.help.clone());
    }
    parts.join(" ")
}

/// The answer as the vendor sees it in the cell.
fn cell_text(q: &Question, value: &AnswerValue) -> String {
    match value {
        AnswerValue::Number(n) => format_number(*n),
        other => other.display(q),
    }
}

/// The workbook for an assessment in `language`, pre-filled with its answers so far.
pub fn export_workbook(
    assessment: &Assessment,
    template: &Template,
    answers: &[AnswerRecord],
    language: Language,
) -> crate::error::Result<Vec<u8>> {
    let template = template.in_language(language);
    let by_id: HashMap<&str, &AnswerRecord> = answers.iter().map(|a| (a.question_id.as_str(), a)).collect();
    let mut workbook = Workbook::new();
    workbook.push_worksheet(instructions(assessment, &template, language).map_err(xlsx_error)?);
    let (questions, lists) = questions_and_lists(&template, &by_id, language).map_err(xlsx_error)?;
    workbook.push_worksheet(questions);
    workbook.push_worksheet(lists);
    workbook.push_worksheet(meta(assessment, &template, language).map_err(xlsx_error)?);
    workbook.save_to_buffer().map_err(xlsx_error)
}

fn instructions(assessment: &Assessment, template: &Template, l: Language) -> Result<Worksheet, XlsxError> {
    let mut sheet = Worksheet::new();
    sheet.set_name(text!(l, "workbook-sheet-instructions"))?;
    sheet.set_column_width(0, 110)?;
    let title = Format::new().set_bold().set_font_size(16);
    let wrap = Format::new().set_text_wrap();
    let heading = text!(l, "workbook-title", title = template.title.clone(), version = template.version);
    sheet.write_string_with_format(0, 0, heading, &title)?;
    let vendor = assessment.vendor.name.to_string();
    let (answer, comment) = answer_headers(l);
    let lines = [
        match assessment.due_date {
            Some(due) => text!(l, "workbook-for-due", vendor = vendor, date = long_date(due, l)),
            None => text!(l, "workbook-for", vendor = vendor),
        },
        template.description.clone(),
        String::new(),
        text!(l, "workbook-how-title"),
        text!(l, "workbook-step-1", questions = questions_sheet(l), answer = answer),
        text!(l, "workbook-step-2"),
        text!(l, "workbook-step-3", how = text!(l, "workbook-header-how")),
        text!(l, "workbook-step-4", comment = comment),
        text!(l, "workbook-step-5"),
        text!(l, "workbook-step-6"),
    ];
    for (i, line) in lines.iter().enumerate() {
        sheet.write_string_with_format(2 + i as u32, 0, line, &wrap)?;
    }
    Ok(sheet)
}

/// The questions sheet, and the hidden sheet its drop-downs read their options from.
fn questions_and_lists(
    template: &Template,
    answers: &HashMap<&str, &AnswerRecord>,
    l: Language,
) -> Result<(Worksheet, Worksheet), XlsxError> {
    let mut sheet = Worksheet::new();
    sheet.set_name(questions_sheet(l))?;
    let mut lists = Worksheet::new();
    let lists_name = text!(l, "workbook-sheet-lists");
    lists.set_name(&lists_name)?;
    lists.set_hidden(true);
    let header = Format::new().set_bold().set_background_color("#DCE6F1").set_border(FormatBorder::Thin);
    let locked = Format::new().set_text_wrap().set_align(rust_xlsxwriter::FormatAlign::Top);
    let open = Format::new()
        .set_unlocked()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top)
        .set_background_color("#FFFDE7");
    sheet.write_string_with_format(0, 0, HEADER_ID, &header)?;
    sheet.set_column_width(0, 14)?;
    for (col, (title, width)) in COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16 + 1, text!(l, title), &header)?;
        sheet.set_column_width(col as u16 + 1, *width)?;
    }
    sheet.set_column_hidden(0)?;
    sheet.set_freeze_panes(1, 0)?;
    let mut list_column: u16 = 0;
    let mut row: u32 = 1;
    for section in &template.sections {
        for q in &section.questions {
            let record = answers.get(q.id.as_str());
            sheet.write_string_with_format(row, 0, &q.id, &locked)?;
            sheet.write_string_with_format(row, 1, &section.title, &locked)?;
            sheet.write_string_with_format(row, 2, &q.text, &locked)?;
            let answer = record.and_then(|r| r.value.as_ref()).map(|v| cell_text(q, v)).unwrap_or_default();
            match record.and_then(|r| r.value.as_ref()) {
                Some(AnswerValue::Number(n)) => sheet.write_number_with_format(row, ANSWER_COLUMN, *n, &open)?,
                _ => sheet.write_string_with_format(row, ANSWER_COLUMN, &answer, &open)?,
            };
            let comment = record.and_then(|r| r.comment.clone()).unwrap_or_default();
            sheet.write_string_with_format(row, COMMENT_COLUMN, &comment, &open)?;
            sheet.write_string_with_format(row, 5, how_to_answer(q, template, l), &locked)?;
            let required = if q.required { text!(l, "workbook-required") } else { String::new() };
            sheet.write_string_with_format(row, 6, required, &locked)?;
            if let Some(validation) = validation_for(q, (&mut lists, &lists_name), list_column, l)? {
                if matches!(q.kind, AnswerKind::YesNoNa | AnswerKind::SingleChoice) {
                    list_column += 1;
                }
                sheet.add_data_validation(row, ANSWER_COLUMN, row, ANSWER_COLUMN, &validation)?;
            }
            row += 1;
        }
    }
    sheet.protect_with_options(&ProtectionOptions {
        format_columns: true,
        format_rows: true,
        use_autofilter: true,
        sort: false,
        ..ProtectionOptions::default()
    });
    Ok((sheet, lists))
}

/// A drop-down (single choices, from a column of the lists sheet) or a number check.
fn validation_for(
    q: &Question,
    (lists, lists_name): (&mut Worksheet, &str),
    column: u16,
    l: Language,
) -> Result<Option<DataValidation>, XlsxError> {
    match q.kind {
        AnswerKind::YesNoNa | AnswerKind::SingleChoice => {
            lists.write_string(0, column, &q.id)?;
            for (i, option) in q.options.iter().enumerate() {
                lists.write_string(1 + i as u32, column, &option.label)?;
            }
            let letter = column_letter(column);
            let range = format!("='{lists_name}'!${letter}$2:${letter}${}", q.options.len() + 1);
            let labels: Vec<&str> = q.options.iter().map(|o| o.label.as_str()).collect();
            let message = text!(l, "validation-answer-with", options = labels.join(", "));
            // Excel keeps at most 255 characters of a validation message.
            let message = if message.chars().count() <= 255 { message } else { text!(l, "validation-pick") };
            Ok(Some(
                DataValidation::new()
                    .allow_list_formula(Formula::new(range))
                    .set_error_title(text!(l, "validation-title"))?
                    .set_error_message(message)?
                    .set_error_style(DataValidationErrorStyle::Stop),
            ))
        }
        AnswerKind::Number => Ok(Some(
            DataValidation::new()
                .allow_decimal_number(DataValidationRule::Between(-1e15, 1e15))
                .set_error_message(text!(l, "validation-number"))?,
        )),
        _ => Ok(None),
    }
}

/// `A`, `B`, …, `Z`, `AA`, … for a 0-based column.
pub fn column_letter(column: u16) -> String {
    let mut n = u32::from(column) + 1;
    let mut out = String::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.insert(0, char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    out
}

fn meta(assessment: &Assessment, template: &Template, language: Language) -> Result<Worksheet, XlsxError> {
    let mut sheet = Worksheet::new();
    sheet.set_name(META_SHEET)?;
    sheet.set_very_hidden(true);
    let rows: [(&str, String); 6] = [
        ("format", FORMAT_MARK.to_owned()),
        ("template_id", template.id.clone()),
        ("template_version", template.version.to_string()),
        ("assessment_id", assessment.id.0.to_string()),
        ("questions", template.questions().count().to_string()),
        ("language", language.to_string()),
    ];
    for (i, (key, value)) in rows.iter().enumerate() {
        sheet.write_string(i as u32, 0, *key)?;
        sheet.write_string(i as u32, 1, value)?;
    }
    sheet.protect();
    Ok(sheet)
}
