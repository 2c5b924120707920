//! Scoring, with its arithmetic shown. The formula (the text `score-formula` of `locales/*/reports.ftl`): over the visible
//! questions answered with a scored option, score = 100 × Σ(weight × points) ÷ Σ(weight), per
//! domain and overall. Not-applicable, information-only and unanswered questions are left out
//! of both sums; unanswered required questions are listed, never scored as zero. Also: the
//! findings that answers raise. Pure functions.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::answer::{AnswerValue, visible_questions};
use super::template::{Domain, Severity, Template};
use crate::enums::string_enum;
use crate::locale::Language;
use crate::text::text;

string_enum!(
    /// How one question counts.
    LineState {
        /// Answered with an option worth points (0 to 1 of the weight).
        Scored = "scored",
        /// Answered, but not scored (not applicable, or asked for information only).
        NotScored = "not_scored",
        Unanswered = "unanswered",
    }
);

/// One question as scoring sees it (from a template's answers, or an imported CAIQ row).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ScoreLine {
    pub question_id: String,
    pub domain: Domain,
    pub weight: u32,
    pub required: bool,
    pub state: LineState,
    /// 0–1, when scored.
    pub points: Option<f64>,
    /// weight × points, when scored.
    pub earned: Option<f64>,
}

/// A domain's score and the lines behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DomainScore {
    pub domain: Domain,
    pub label: String,
    /// ISO/IEC 27001:2022 Annex A controls the domain relates to.
    pub iso27001: Vec<String>,
    /// 0–100; `None` when nothing in the domain was scored.
    pub score: Option<f64>,
    pub earned: f64,
    pub possible: f64,
    pub lines: Vec<ScoreLine>,
}

/// A score with its arithmetic.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ScoreReport {
    /// 0–100; `None` when nothing was scored.
    pub overall: Option<f64>,
    pub earned: f64,
    pub possible: f64,
    pub domains: Vec<DomainScore>,
    /// Visible required questions without an answer.
    pub unanswered_required: Vec<String>,
    pub visible: u32,
    pub answered: u32,
    pub formula: String,
}

/// A finding an answer raises.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RaisedFinding {
    pub question_id: String,
    pub severity: Severity,
    pub title: String,
    /// The answer as given.
    pub answer: String,
}

fn percent(earned: f64, possible: f64) -> Option<f64> {
    (possible > 0.0).then(|| (1000.0 * earned / possible).round() / 10.0)
}

/// The score of a set of lines, grouped by domain in first-seen order.
pub fn score_lines(lines: Vec<ScoreLine>) -> ScoreReport {
    let mut domains: Vec<DomainScore> = Vec::new();
    let (mut earned, mut possible, mut answered) = (0.0, 0.0, 0);
    let mut unanswered_required = Vec::new();
    let visible = lines.len() as u32;
    for line in lines {
        match line.state {
            LineState::Unanswered if line.required => unanswered_required.push(line.question_id.clone()),
            LineState::Unanswered => {}
            _ => answered += 1,
        }
        let index = match domains.iter().position(|d| d.domain == line.domain) {
            Some(i) => i,
            None => {
                domains.push(DomainScore {
                    domain: line.domain,
                    label: line.domain.label().to_owned(),
                    iso27001: line.domain.iso27001().iter().map(|c| (*c).to_owned()).collect(),
                    score: None,
                    earned: 0.0,
                    possible: 0.0,
                    lines: Vec::new(),
                });
                domains.len() - 1
            }
        };
        let domain = &mut domains[index];
        if let Some(e) = line.earned {
            domain.earned += e;
            domain.possible += f64::from(line.weight);
            earned += e;
            possible += f64::from(line.weight);
        }
        domain.lines.push(line);
    }
    for d in &mut domains {
        d.score = percent(d.earned, d.possible);
    }
    ScoreReport {
        overall: percent(earned, possible),
        earned,
        possible,
        domains,
        unanswered_required,
        visible,
        answered,
        formula: text!(Language::En, "score-formula"),
    }
}

/// The points an answer earns (0–1), or `None` when it is not scored.
fn points(template_question: &super::template::Question, value: &AnswerValue) -> Option<f64> {
    match value {
        AnswerValue::Choice(v) => template_question.option(v).and_then(|o| o.points),
        AnswerValue::Choices(vs) => {
            let scored: Vec<f64> =
                vs.iter().filter_map(|v| template_question.option(v).and_then(|o| o.points)).collect();
            (!scored.is_empty()).then(|| scored.iter().sum::<f64>().min(1.0))
        }
        _ => None,
    }
}

/// One score line; `earned` follows from the weight and points.
pub fn line(
    question_id: &str,
    domain: Domain,
    weight: u32,
    required: bool,
    state: LineState,
    points: Option<f64>,
) -> ScoreLine {
    let earned = points.map(|p| f64::from(weight) * p);
    ScoreLine { question_id: question_id.to_owned(), domain, weight, required, state, points, earned }
}

/// The score lines of a template's answers: visible questions only. `with_evidence` names the
/// evidence questions that have files attached.
pub fn template_lines(
    template: &Template,
    answers: &HashMap<String, AnswerValue>,
    with_evidence: &HashSet<String>,
) -> Vec<ScoreLine> {
    let visible = visible_questions(template, answers);
    template
        .questions()
        .filter(|q| visible.contains(q.id.as_str()))
        .map(|q| {
            let (state, points) = match answers.get(&q.id) {
                Some(value) => match points(q, value) {
                    Some(p) if q.weight > 0 => (LineState::Scored, Some(p)),
                    _ => (LineState::NotScored, None),
                },
                None if with_evidence.contains(&q.id) => (LineState::NotScored, None),
                None => (LineState::Unanswered, None),
            };
            line(&q.id, q.domain, q.weight, q.required, state, points)
        })
        .collect()
}

/// Scores a template's answers.
pub fn score(
    template: &Template,
    answers: &HashMap<String, AnswerValue>,
    with_evidence: &HashSet<String>,
) -> ScoreReport {
    score_lines(template_lines(template, answers, with_evidence))
}

/// The findings raised by the answers to visible questions.
pub fn raised_findings(template: &Template, answers: &HashMap<String, AnswerValue>) -> Vec<RaisedFinding> {
    let visible = visible_questions(template, answers);
    let mut out = Vec::new();
    for q in template.questions().filter(|q| visible.contains(q.id.as_str())) {
        let Some(value) = answers.get(&q.id) else { continue };
        for option in q.options.iter().filter(|o| value.picks(&o.value)) {
            if let Some(rule) = &option.finding {
                out.push(RaisedFinding {
                    question_id: q.id.clone(),
                    severity: rule.severity,
                    title: rule.title.clone(),
                    answer: value.display(q),
                });
            }
        }
    }
    out
}
