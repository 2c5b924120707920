//! What changed between two cycles of a questionnaire, with regressions (MFA: yes → no)
//! picked out. Pure.

use std::collections::HashMap;

use super::answer::AnswerValue;
use super::assessment::AnswerChange;
use super::template::{Question, Template};

/// The points an answer is worth, and whether it raises a finding.
fn weight_of(q: &Question, value: Option<&AnswerValue>) -> (Option<f64>, bool) {
    let Some(value) = value else { return (None, false) };
    let picked: Vec<_> = q.options.iter().filter(|o| value.picks(&o.value)).collect();
    let scored: Vec<f64> = picked.iter().filter_map(|o| o.points).collect();
    let points = (!scored.is_empty()).then(|| scored.iter().sum::<f64>().min(1.0));
    (points, picked.iter().any(|o| o.finding.is_some()))
}

/// The questions whose answers differ between `before` and `after` (questions in either
/// template, matched by their stable id), in the order of the later template.
pub fn diff_answers(
    before: (&Template, &HashMap<String, AnswerValue>),
    after: (&Template, &HashMap<String, AnswerValue>),
) -> Vec<AnswerChange> {
    let (old_template, old_answers) = before;
    let (new_template, new_answers) = after;
    let mut ids: Vec<&Question> = new_template.questions().collect();
    ids.extend(old_template.questions().filter(|q| new_template.question(&q.id).is_none()));
    let mut changes = Vec::new();
    for q in ids {
        let old_q = old_template.question(&q.id).unwrap_or(q);
        let (old, new) = (old_answers.get(&q.id), new_answers.get(&q.id));
        if old == new {
            continue;
        }
        let (points_before, finding_before) = weight_of(old_q, old);
        let (points_after, finding_after) = weight_of(q, new);
        let fewer = matches!((points_before, points_after), (Some(b), Some(a)) if a < b);
        let more = matches!((points_before, points_after), (Some(b), Some(a)) if a > b);
        changes.push(AnswerChange {
            question_id: q.id.clone(),
            question_text: q.text.clone(),
            before: old.map(|v| v.display(old_q)),
            after: new.map(|v| v.display(q)),
            points_before,
            points_after,
            regression: fewer || (finding_after && !finding_before),
            improvement: more || (finding_before && !finding_after),
        });
    }
    changes
}
