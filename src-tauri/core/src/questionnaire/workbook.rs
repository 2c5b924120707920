//! The questionnaire as an Excel workbook for a vendor to fill in (rust_xlsxwriter): an
//! instructions sheet; a questions sheet whose question text is locked, whose answer and
//! comment cells are open, with drop-downs for choice answers and the question ids in a hidden
//! column; a hidden sheet of option lists; and a very hidden sheet naming the template, its
//! version and the assessment. [`super::workbook_import`] reads it back.

use std::collections::HashMap;

use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, Format, FormatBorder, Formula, ProtectionOptions,
    Workbook, Worksheet, XlsxError,
};

use super::answer::{AnswerValue, format_number};
use super::assessment::{AnswerRecord, Assessment};
use super::template::{AnswerKind, Question, Template};

/// The sheet names and headers the importer looks for.
pub const QUESTIONS_SHEET: &str = "Questions";
pub const META_SHEET: &str = "_meta";
const LISTS_SHEET: &str = "Lists";
pub const HEADER_ID: &str = "Question ID";
pub const HEADER_ANSWER: &str = "Answer";
pub const HEADER_COMMENT: &str = "Comment";
/// What the meta sheet's first cell says, so the importer knows the file is ours.
pub const FORMAT_MARK: &str = "vendor-risk-register questionnaire workbook v1";

const HEADERS: [&str; 7] =
    [HEADER_ID, "Section", "Question", HEADER_ANSWER, HEADER_COMMENT, "How to answer", "Required"];
const ANSWER_COLUMN: u16 = 3;
const COMMENT_COLUMN: u16 = 4;

fn xlsx_error(e: XlsxError) -> crate::error::CoreError {
    crate::error::CoreError::Conflict(format!("the workbook could not be written: {e}"))
}

/// How a question is answered, in words for the vendor.
fn how_to_answer(q: &Question, template: &Template) -> String {
    let mut parts = Vec::new();
    match q.kind {
        AnswerKind::YesNoNa | AnswerKind::SingleChoice => parts.push("Pick one from the list.".to_owned()),
        AnswerKind::MultiChoice => parts.push(format!(
            "One or more of: {} (separate with ';').",
            q.options.iter().map(|o| o.label.as_str()).collect::<Vec<_>>().join("; ")
        )),
        AnswerKind::Text => parts.push("Free text.".to_owned()),
        AnswerKind::Number => parts.push("A number.".to_owned()),
        AnswerKind::Date => parts.push("A date, YYYY-MM-DD.".to_owned()),
        AnswerKind::Evidence => {
            parts.push("Attach the document to your reply and name the file in the comment.".to_owned())
        }
    }
    if let Some(c) = &q.visible_when {
        let source = template.question(&c.question);
        let labels: Vec<String> = c
            .any_of
            .iter()
            .map(|v| source.and_then(|s| s.option(v)).map_or_else(|| v.clone(), |o| o.label.clone()))
            .collect();
        parts.push(format!("Only if the answer to {} is {}.", c.question, labels.join(" or ")));
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

/// The workbook for an assessment, pre-filled with its answers so far.
pub fn export_workbook(
    assessment: &Assessment,
    template: &Template,
    answers: &[AnswerRecord],
) -> crate::error::Result<Vec<u8>> {
    let by_id: HashMap<&str, &AnswerRecord> = answers.iter().map(|a| (a.question_id.as_str(), a)).collect();
    let mut workbook = Workbook::new();
    workbook.push_worksheet(instructions(assessment, template).map_err(xlsx_error)?);
    let (questions, lists) = questions_and_lists(template, &by_id).map_err(xlsx_error)?;
    workbook.push_worksheet(questions);
    workbook.push_worksheet(lists);
    workbook.push_worksheet(meta(assessment, template).map_err(xlsx_error)?);
    workbook.save_to_buffer().map_err(xlsx_error)
}

fn instructions(assessment: &Assessment, template: &Template) -> Result<Worksheet, XlsxError> {
    let mut sheet = Worksheet::new();
    sheet.set_name("Instructions")?;
    sheet.set_column_width(0, 110)?;
    let title = Format::new().set_bold().set_font_size(16);
    let wrap = Format::new().set_text_wrap();
    sheet.write_string_with_format(0, 0, format!("{} (version {})", template.title, template.version), &title)?;
    let due = assessment.due_date.map(|d| format!("Please reply by {d}.")).unwrap_or_default();
    let lines = [
        format!("For: {}. {due}", assessment.vendor.name),
        template.description.clone(),
        String::new(),
        "How to fill this in".to_owned(),
        "1. Answer every question on the 'Questions' sheet in the 'Answer' column. Where there is a drop-down, pick from it."
            .to_owned(),
        "2. Where several answers are allowed, separate them with ';'. Give dates as YYYY-MM-DD and numbers as digits."
            .to_owned(),
        "3. Some questions apply only after a given answer to an earlier one: the 'How to answer' column says so."
            .to_owned(),
        "4. Explain or qualify any answer in the 'Comment' column. Attach evidence files to your reply e-mail and name them there."
            .to_owned(),
        "5. Do not rename or delete sheets or columns, and do not unhide anything: the file is read back automatically."
            .to_owned(),
        "6. Type answers as values, not formulas.".to_owned(),
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
) -> Result<(Worksheet, Worksheet), XlsxError> {
    let mut sheet = Worksheet::new();
    sheet.set_name(QUESTIONS_SHEET)?;
    let mut lists = Worksheet::new();
    lists.set_name(LISTS_SHEET)?;
    lists.set_hidden(true);
    let header = Format::new().set_bold().set_background_color("#DCE6F1").set_border(FormatBorder::Thin);
    let locked = Format::new().set_text_wrap().set_align(rust_xlsxwriter::FormatAlign::Top);
    let open = Format::new()
        .set_unlocked()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top)
        .set_background_color("#FFFDE7");
    for (col, (title, width)) in HEADERS.iter().zip([14, 24, 70, 28, 40, 50, 10]).enumerate() {
        sheet.write_string_with_format(0, col as u16, *title, &header)?;
        sheet.set_column_width(col as u16, width)?;
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
            sheet.write_string_with_format(row, 5, how_to_answer(q, template), &locked)?;
            sheet.write_string_with_format(row, 6, if q.required { "Yes" } else { "" }, &locked)?;
            if let Some(validation) = validation_for(q, &mut lists, list_column)? {
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
fn validation_for(q: &Question, lists: &mut Worksheet, column: u16) -> Result<Option<DataValidation>, XlsxError> {
    match q.kind {
        AnswerKind::YesNoNa | AnswerKind::SingleChoice => {
            lists.write_string(0, column, &q.id)?;
            for (i, option) in q.options.iter().enumerate() {
                lists.write_string(1 + i as u32, column, &option.label)?;
            }
            let letter = column_letter(column);
            let range = format!("={LISTS_SHEET}!${letter}$2:${letter}${}", q.options.len() + 1);
            let labels: Vec<&str> = q.options.iter().map(|o| o.label.as_str()).collect();
            let message = format!("Answer with one of: {}.", labels.join(", "));
            // Excel keeps at most 255 characters of a validation message.
            let message = if message.chars().count() <= 255 {
                message
            } else {
                "Pick one of the answers in the list.".to_owned()
            };
            Ok(Some(
                DataValidation::new()
                    .allow_list_formula(Formula::new(range))
                    .set_error_title("Pick from the list")?
                    .set_error_message(message)?
                    .set_error_style(DataValidationErrorStyle::Stop),
            ))
        }
        AnswerKind::Number => Ok(Some(
            DataValidation::new()
                .allow_decimal_number(DataValidationRule::Between(-1e15, 1e15))
                .set_error_message("Type a number.")?,
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

fn meta(assessment: &Assessment, template: &Template) -> Result<Worksheet, XlsxError> {
    let mut sheet = Worksheet::new();
    sheet.set_name(META_SHEET)?;
    sheet.set_very_hidden(true);
    let rows: [(&str, String); 5] = [
        ("format", FORMAT_MARK.to_owned()),
        ("template_id", template.id.clone()),
        ("template_version", template.version.to_string()),
        ("assessment_id", assessment.id.0.to_string()),
        ("questions", template.questions().count().to_string()),
    ];
    for (i, (key, value)) in rows.iter().enumerate() {
        sheet.write_string(i as u32, 0, *key)?;
        sheet.write_string(i as u32, 1, value)?;
    }
    sheet.protect();
    Ok(sheet)
}
