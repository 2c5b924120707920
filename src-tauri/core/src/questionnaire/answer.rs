//! Answers: their typed values, how typed text (a form field, a spreadsheet cell, a command-line
//! argument) becomes one, and which questions are visible given the answers so far.

use crate::text::Message;
use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::template::{AnswerKind, Question, Template};

/// The value of an answer. Evidence questions have none: their files are the answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum AnswerValue {
    /// The value of one option (yes/no/na and single choice).
    Choice(String),
    /// The values of the options picked (multiple choice).
    Choices(Vec<String>),
    Text(String),
    Number(f64),
    Date(NaiveDate),
}

impl AnswerValue {
    /// Whether the answer picks `value` (for conditions).
    pub fn picks(&self, value: &str) -> bool {
        match self {
            AnswerValue::Choice(v) => v == value,
            AnswerValue::Choices(vs) => vs.iter().any(|v| v == value),
            _ => false,
        }
    }

    /// The answer as a person reads it: option labels, text, number or date.
    pub fn display(&self, question: &Question) -> String {
        let label = |v: &String| question.option(v).map_or_else(|| v.clone(), |o| o.label.clone());
        match self {
            AnswerValue::Choice(v) => label(v),
            AnswerValue::Choices(vs) => vs.iter().map(label).collect::<Vec<_>>().join("; "),
            AnswerValue::Text(t) => t.clone(),
            AnswerValue::Number(n) => format_number(*n),
            AnswerValue::Date(d) => d.to_string(),
        }
    }
}

/// A number without a trailing `.0`.
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 { format!("{}", n as i64) } else { n.to_string() }
}

/// Most characters a text answer may hold.
pub const MAX_TEXT: usize = 10_000;

/// Checks a typed value against its question: the right kind, known options, sane sizes.
pub fn check_value(question: &Question, value: &AnswerValue) -> Result<(), Message> {
    let known = |v: &String| question.option(v).is_some();
    match (question.kind, value) {
        (AnswerKind::YesNoNa | AnswerKind::SingleChoice, AnswerValue::Choice(v)) if known(v) => Ok(()),
        (AnswerKind::MultiChoice, AnswerValue::Choices(vs)) if vs.iter().all(known) => {
            let distinct: HashSet<&String> = vs.iter().collect();
            if distinct.len() == vs.len() { Ok(()) } else { Err(Message::new("answer-picked-twice")) }
        }
        (AnswerKind::Text, AnswerValue::Text(t)) if t.chars().count() <= MAX_TEXT => Ok(()),
        (AnswerKind::Text, AnswerValue::Text(_)) => Err(Message::new("field-too-long").arg("max", MAX_TEXT)),
        (AnswerKind::Number, AnswerValue::Number(n)) if n.is_finite() => Ok(()),
        (AnswerKind::Date, AnswerValue::Date(_)) => Ok(()),
        (kind, _) if kind.is_choice() => Err(not_one_of(short(value), question)),
        (kind, _) => Err(Message::new("answer-wrong-kind").arg("kind", kind)),
    }
}

fn short(value: &AnswerValue) -> String {
    match value {
        AnswerValue::Choice(v) => v.clone(),
        AnswerValue::Choices(vs) => vs.join("; "),
        other => format!("{other:?}"),
    }
}

/// "'Maybe' is not one of Yes/No/Not applicable."
fn not_one_of(text: impl ToString, question: &Question) -> Message {
    Message::new("answer-not-one-of").arg("text", text).arg("choices", choices(question))
}

/// The accepted answers of a choice question, as listed in messages: `Yes/No/Not applicable`.
pub fn choices(question: &Question) -> String {
    question.options.iter().map(|o| o.label.as_str()).collect::<Vec<_>>().join("/")
}

/// The option a typed text names: its label or value in any case, or a common spelling of
/// "not applicable" for yes/no questions.
fn option_named<'q>(question: &'q Question, text: &str) -> Option<&'q str> {
    let wanted = text.trim().to_lowercase();
    let na = ["n/a", "na", "n.a.", "not applicable"];
    question
        .options
        .iter()
        .find(|o| o.label.to_lowercase() == wanted || o.value.to_lowercase() == wanted)
        .or_else(|| {
            (question.kind == AnswerKind::YesNoNa && na.contains(&wanted.as_str()))
                .then(|| question.option("na"))
                .flatten()
        })
        .map(|o| o.value.as_str())
}

/// Reads typed text as an answer to `question`. Empty text is no answer. The error says what
/// was wrong and what is accepted.
pub fn parse_answer(question: &Question, text: &str) -> Result<Option<AnswerValue>, Message> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let value = match question.kind {
        AnswerKind::YesNoNa | AnswerKind::SingleChoice => match option_named(question, text) {
            Some(v) => AnswerValue::Choice(v.to_owned()),
            None => return Err(not_one_of(text, question)),
        },
        AnswerKind::MultiChoice => {
            let mut picked: Vec<String> = Vec::new();
            for part in text.split([';', '\n']).map(str::trim).filter(|p| !p.is_empty()) {
                match option_named(question, part) {
                    Some(v) if !picked.iter().any(|p| p == v) => picked.push(v.to_owned()),
                    Some(_) => {}
                    None => {
                        let message = Message::new("answer-not-one-of-several");
                        return Err(message.arg("text", part).arg("choices", choices(question)));
                    }
                }
            }
            AnswerValue::Choices(picked)
        }
        AnswerKind::Text => AnswerValue::Text(text.to_owned()),
        AnswerKind::Number => match text.parse::<f64>() {
            Ok(n) if n.is_finite() => AnswerValue::Number(n),
            _ => return Err(Message::new("answer-not-number").arg("text", text)),
        },
        AnswerKind::Date => match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(d) => AnswerValue::Date(d),
            Err(_) => return Err(Message::new("answer-not-date").arg("text", text)),
        },
        AnswerKind::Evidence => return Err(Message::new("answer-evidence")),
    };
    check_value(question, &value)?;
    Ok(Some(value))
}

/// The ids of the questions visible with these answers. A question with a condition is
/// visible when the question it depends on is visible and answered with one of the values
/// named (conditions only look back, so one pass in order decides).
pub fn visible_questions<'t>(template: &'t Template, answers: &HashMap<String, AnswerValue>) -> HashSet<&'t str> {
    let mut visible = HashSet::new();
    for q in template.questions() {
        let shown = match &q.visible_when {
            None => true,
            Some(c) => {
                visible.contains(c.question.as_str())
                    && answers.get(&c.question).is_some_and(|a| c.any_of.iter().any(|v| a.picks(v)))
            }
        };
        if shown {
            visible.insert(q.id.as_str());
        }
    }
    visible
}
