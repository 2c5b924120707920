//! Conditional logic, answer parsing, scoring arithmetic, findings, diffs, template checks and
//! evidence checks.

use std::collections::{HashMap, HashSet};

use super::answer::{AnswerValue, parse_answer, visible_questions};
use super::diff::diff_answers;
use super::evidence::{MAX_EVIDENCE_BYTES, check_evidence, sanitise_file_name};
use super::scoring::{LineState, raised_findings, score};
use super::template::{Template, builtin_templates};

/// A small template: MFA (yes/no/na, weight 4) → which factors (multi, shown only on yes,
/// weight 2) → a text note (information only), and a required date.
fn small() -> Template {
    Template::from_json(
        r#"{
        "id": "small", "version": 1, "title": "Small",
        "sections": [{ "id": "access", "title": "Access", "questions": [
            { "id": "MFA", "text": "Is MFA enforced?", "domain": "access_control", "kind": "yes_no_na", "required": true, "weight": 4,
              "options": [
                { "value": "yes", "label": "Yes", "points": 1.0 },
                { "value": "no", "label": "No", "points": 0.0, "finding": { "severity": "high", "title": "No MFA" } },
                { "value": "na", "label": "Not applicable", "points": null } ] },
            { "id": "FACTORS", "text": "Which factors?", "domain": "access_control", "kind": "multi_choice", "required": true, "weight": 2,
              "visibleWhen": { "question": "MFA", "anyOf": ["yes"] },
              "options": [
                { "value": "totp", "label": "TOTP app", "points": 0.6 },
                { "value": "key", "label": "Security key", "points": 0.8 },
                { "value": "sms", "label": "SMS", "points": 0.2, "finding": { "severity": "low", "title": "SMS codes" } } ] },
            { "id": "NOTE", "text": "Anything else?", "domain": "governance", "kind": "text", "required": false, "weight": 0 },
            { "id": "REVIEWED", "text": "Last access review", "domain": "governance", "kind": "date", "required": true, "weight": 1 }
        ]}]}"#,
    )
    .expect("valid template")
}

fn answers(pairs: &[(&str, AnswerValue)]) -> HashMap<String, AnswerValue> {
    pairs.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect()
}

fn choice(v: &str) -> AnswerValue {
    AnswerValue::Choice(v.to_owned())
}

#[test]
fn the_built_in_templates_load_and_have_the_expected_size() {
    let templates = builtin_templates();
    let sizes: Vec<(&str, usize)> = templates.iter().map(|t| (t.id.as_str(), t.questions().count())).collect();
    assert_eq!(sizes.len(), 3, "every built-in template parses and checks: {sizes:?}");
    assert!(
        sizes.contains(&("security-core", 62)) && sizes.contains(&("privacy-dpa", 25)) && sizes.contains(&("lite", 20))
    );
    let core = &templates[0];
    let domains: HashSet<_> = core.questions().map(|q| q.domain).collect();
    assert_eq!(domains.len(), 13, "the core template covers the thirteen security domains");
}

#[test]
fn every_built_in_text_a_vendor_reads_is_in_bahasa_indonesia() {
    for english in builtin_templates() {
        let indonesian = english.in_language(crate::locale::Language::Id);
        let texts = |t: &Template| {
            let mut out = vec![t.title.clone(), t.description.clone()];
            for section in &t.sections {
                out.push(section.title.clone());
                for q in &section.questions {
                    out.extend([q.text.clone(), q.help.clone()].into_iter().filter(|h| !h.is_empty()));
                    out.extend(q.options.iter().map(|o| o.label.clone()));
                }
            }
            out
        };
        for (en, id) in texts(&english).iter().zip(texts(&indonesian)) {
            assert!(*en != id, "{}: '{en}' has no Indonesian text", english.id);
        }
        for q in indonesian.questions() {
            let labels: HashSet<String> = q.options.iter().map(|o| o.label.to_lowercase()).collect();
            assert_eq!(labels.len(), q.options.len(), "{}: two options read alike in Indonesian", q.id);
            let answer = parse_answer(q, &q.options.first().map(|o| o.label.clone()).unwrap_or_default());
            assert!(answer.is_ok(), "{}: its Indonesian label reads back", q.id);
        }
        assert_eq!(english.in_language(crate::locale::Language::En), english);
    }
}

#[test]
fn a_conditional_question_appears_and_disappears_with_its_answer() {
    let t = small();
    let visible = |a: &HashMap<String, AnswerValue>| {
        let mut v: Vec<&str> = visible_questions(&t, a).into_iter().collect();
        v.sort_unstable();
        v
    };
    assert_eq!(visible(&answers(&[])), ["MFA", "NOTE", "REVIEWED"]);
    assert_eq!(visible(&answers(&[("MFA", choice("yes"))])), ["FACTORS", "MFA", "NOTE", "REVIEWED"]);
    assert_eq!(
        visible(&answers(&[("MFA", choice("no")), ("FACTORS", AnswerValue::Choices(vec!["sms".into()]))])),
        ["MFA", "NOTE", "REVIEWED"]
    );
}

#[test]
fn scoring_normalises_by_the_weights_of_answered_visible_questions() {
    let t = small();
    let none = HashSet::new();
    // MFA yes (4 × 1) + factors TOTP and key (2 × min(1, 1.4) = 2) + date (no points): 6 of 6.
    let full = score(
        &t,
        &answers(&[("MFA", choice("yes")), ("FACTORS", AnswerValue::Choices(vec!["totp".into(), "key".into()]))]),
        &none,
    );
    assert_eq!(full.overall, Some(100.0));
    assert_eq!((full.earned, full.possible), (6.0, 6.0));
    assert_eq!(full.unanswered_required, ["REVIEWED"], "unanswered required questions are listed, not scored");
    // Only SMS: 4 × 1 + 2 × 0.2 = 4.4 of 6 → 73.3.
    let sms =
        score(&t, &answers(&[("MFA", choice("yes")), ("FACTORS", AnswerValue::Choices(vec!["sms".into()]))]), &none);
    assert_eq!(sms.overall, Some(73.3));
    // MFA no: FACTORS is hidden, so only MFA counts: 0 of 4.
    let no =
        score(&t, &answers(&[("MFA", choice("no")), ("FACTORS", AnswerValue::Choices(vec!["key".into()]))]), &none);
    assert_eq!((no.earned, no.possible, no.overall), (0.0, 4.0, Some(0.0)));
    assert!(
        no.domains.iter().flat_map(|d| &d.lines).all(|l| l.question_id != "FACTORS"),
        "hidden questions are left out"
    );
    // Not applicable is left out of both sums: nothing scored at all.
    let na = score(&t, &answers(&[("MFA", choice("na"))]), &none);
    assert_eq!(na.overall, None);
    let line = na.domains[0].lines.iter().find(|l| l.question_id == "MFA").expect("line");
    assert_eq!(line.state, LineState::NotScored);
    assert!(na.formula.contains("Σ(weight × points) ÷ Σ(weight)"));
}

#[test]
fn domain_scores_show_their_lines() {
    let t = small();
    let report =
        score(&t, &answers(&[("MFA", choice("yes")), ("NOTE", AnswerValue::Text("hi".into()))]), &HashSet::new());
    let access = report.domains.iter().find(|d| d.domain.as_str() == "access_control").expect("access");
    assert_eq!((access.earned, access.possible, access.score), (4.0, 4.0, Some(100.0)));
    assert_eq!(access.iso27001, ["5.23"]);
    let governance = report.domains.iter().find(|d| d.domain.as_str() == "governance").expect("governance");
    assert_eq!(governance.score, None, "a text answer is information only");
    assert_eq!(report.answered, 2);
    assert_eq!(report.visible, 4);
}

#[test]
fn findings_come_from_the_options_picked_on_visible_questions() {
    let t = small();
    let raised = raised_findings(
        &t,
        &answers(&[("MFA", choice("yes")), ("FACTORS", AnswerValue::Choices(vec!["sms".into(), "totp".into()]))]),
    );
    assert_eq!(raised.len(), 1);
    assert_eq!(
        (raised[0].question_id.as_str(), raised[0].title.as_str(), raised[0].answer.as_str()),
        ("FACTORS", "SMS codes", "SMS; TOTP app")
    );
    let hidden =
        raised_findings(&t, &answers(&[("MFA", choice("no")), ("FACTORS", AnswerValue::Choices(vec!["sms".into()]))]));
    assert_eq!(
        hidden.iter().map(|f| f.title.as_str()).collect::<Vec<_>>(),
        ["No MFA"],
        "a hidden question raises nothing"
    );
}

#[test]
fn typed_answers_are_read_case_insensitively_and_bad_ones_name_the_choices() {
    let t = small();
    let mfa = t.question("MFA").expect("MFA");
    assert_eq!(parse_answer(mfa, "  YES "), Ok(Some(choice("yes"))));
    assert_eq!(parse_answer(mfa, "n/a"), Ok(Some(choice("na"))));
    assert_eq!(parse_answer(mfa, ""), Ok(None));
    assert_eq!(
        parse_answer(mfa, "Maybe").map_err(|m| m.to_string()),
        Err("'Maybe' is not one of Yes/No/Not applicable.".to_owned())
    );
    assert_eq!(
        parse_answer(mfa, "Maybe").unwrap_err().render(crate::locale::Language::Id),
        "'Maybe' bukan salah satu dari Yes/No/Not applicable."
    );
    let factors = t.question("FACTORS").expect("FACTORS");
    assert_eq!(
        parse_answer(factors, "totp app; SECURITY KEY"),
        Ok(Some(AnswerValue::Choices(vec!["totp".into(), "key".into()])))
    );
    assert!(parse_answer(factors, "TOTP app; carrier pigeon").unwrap_err().to_string().contains("carrier pigeon"));
    let date = t.question("REVIEWED").expect("date");
    assert!(parse_answer(date, "31/12/2025").unwrap_err().to_string().contains("YYYY-MM-DD"));
}

#[test]
fn a_regression_between_cycles_is_flagged() {
    let t = small();
    let before = answers(&[("MFA", choice("yes")), ("NOTE", AnswerValue::Text("a".into()))]);
    let after = answers(&[("MFA", choice("no")), ("NOTE", AnswerValue::Text("b".into()))]);
    let changes = diff_answers((&t, &before), (&t, &after));
    let mfa = changes.iter().find(|c| c.question_id == "MFA").expect("MFA changed");
    assert!(mfa.regression && !mfa.improvement);
    assert_eq!((mfa.before.as_deref(), mfa.after.as_deref()), (Some("Yes"), Some("No")));
    let note = changes.iter().find(|c| c.question_id == "NOTE").expect("note changed");
    assert!(!note.regression && !note.improvement);
    let back = diff_answers((&t, &after), (&t, &before));
    assert!(back.iter().any(|c| c.question_id == "MFA" && c.improvement));
}

#[test]
fn template_errors_name_the_path() {
    let mut t = small();
    t.sections[0].questions[1].visible_when.as_mut().expect("condition").any_of = vec!["maybe".into()];
    t.sections[0].questions[0].weight = 11;
    t.sections[0].questions[2].id = "MFA".into();
    let errors = t.check().expect_err("invalid");
    let fields: Vec<&str> = errors.0.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(
        fields,
        ["sections.0.questions.0.weight", "sections.0.questions.1.visibleWhen.anyOf.0", "sections.0.questions.2.id"]
    );
    let forward = r#"{"id":"f","version":1,"title":"F","sections":[{"id":"s","title":"S","questions":[
        {"id":"A","text":"a","domain":"governance","kind":"text","required":false,"weight":0,"visibleWhen":{"question":"B","anyOf":["yes"]}},
        {"id":"B","text":"b","domain":"governance","kind":"yes_no_na","required":false,"weight":1,"options":[{"value":"yes","label":"Yes","points":1},{"value":"no","label":"No","points":0}]}]}]}"#;
    let errors = Template::from_json(forward).expect_err("a condition cannot look forward");
    assert!(errors.0[0].message.contains("earlier question"), "{errors}");
    assert!(Template::from_json("{ not json").expect_err("bad json").0[0].message.contains("line 1"));
}

#[test]
fn evidence_is_checked_by_content_and_named_safely() {
    let pdf = b"%PDF-1.7\n...".to_vec();
    let ok = check_evidence("../../etc/SOC 2 report.pdf", &pdf).expect("a PDF is accepted");
    assert_eq!(ok.file_name, "SOC 2 report.pdf");
    assert_eq!(ok.sha256.len(), 64);
    assert_eq!(ok.media_type, "application/pdf");
    assert!(check_evidence("report.pdf", b"MZ\x90\x00 an exe").is_err(), "content must match the name");
    assert!(check_evidence("tool.exe", b"MZ").unwrap_err().0[0].message.contains("only these file types"));
    assert!(
        check_evidence("big.txt", &vec![b'a'; MAX_EVIDENCE_BYTES + 1]).unwrap_err().0[0]
            .message
            .contains("at most 25 MB")
    );
    assert_eq!(sanitise_file_name("C:\\Users\\x\\pol<i>cy?.docx"), "pol_i_cy_.docx");
    assert_eq!(sanitise_file_name("...."), "evidence");
    assert_eq!(sanitise_file_name(&format!("{}.pdf", "a".repeat(300))).len(), 120);
}
