//! Speed targets (issue: questionnaires): importing a filled 300-question workbook takes under
//! 300 ms median; scoring it takes under 1 ms.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use vendor_risk_core::clock::FixedClock;
use vendor_risk_core::questionnaire::answer::AnswerValue;
use vendor_risk_core::questionnaire::assessment::AssignDraft;
use vendor_risk_core::questionnaire::scoring::score;
use vendor_risk_core::questionnaire::template::{Section, Template, builtin_templates};
use vendor_risk_core::vendor::VendorDraft;
use vendor_risk_core::{Actor, Register, RegisterOptions, Role};

/// A 300-question template: the core security questions repeated under new ids.
fn big_template() -> Template {
    let core = builtin_templates().into_iter().find(|t| t.id == "security-core").expect("core template");
    let mut sections = Vec::new();
    for round in 0..5 {
        for section in &core.sections {
            let mut questions = section.questions.clone();
            for q in &mut questions {
                q.id = format!("{}-{round}", q.id);
                if let Some(c) = &mut q.visible_when {
                    c.question = format!("{}-{round}", c.question);
                }
            }
            sections.push(Section {
                id: format!("{}-{round}", section.id),
                title: section.title.clone(),
                version: 1,
                questions,
            });
        }
    }
    let mut template =
        Template { id: "bench-300".into(), version: 1, title: "Bench".into(), description: String::new(), sections };
    let mut count = 0;
    for s in &mut template.sections {
        s.questions.retain(|_| {
            count += 1;
            count <= 300
        });
    }
    template.sections.retain(|s| !s.questions.is_empty());
    template.check().expect("valid");
    template
}

/// Every question answered with its first option (or a typed value): `flip` picks the second.
fn answers(template: &Template, flip: bool) -> HashMap<String, AnswerValue> {
    template
        .questions()
        .filter_map(|q| {
            let pick = |i: usize| q.options.get(i.min(q.options.len() - 1)).map(|o| o.value.clone());
            let value = match q.kind.as_str() {
                "yes_no_na" | "single_choice" => AnswerValue::Choice(pick(usize::from(flip))?),
                "multi_choice" => AnswerValue::Choices(vec![pick(usize::from(flip))?]),
                "text" => AnswerValue::Text(if flip { "b" } else { "a" }.into()),
                "number" => AnswerValue::Number(if flip { 2.0 } else { 1.0 }),
                "date" => AnswerValue::Date(if flip { "2026-02-01" } else { "2026-01-01" }.parse().ok()?),
                _ => return None,
            };
            Some((q.id.clone(), value))
        })
        .collect()
}

fn register(dir: &std::path::Path) -> Register {
    let options = RegisterOptions {
        actor: Actor { name: "bench".into(), role: Role::Compliance },
        clock: Arc::new(FixedClock(chrono::DateTime::from_timestamp(1_780_000_000, 0).expect("time"))),
        passphrase: None,
        ..RegisterOptions::default()
    };
    Register::create(&dir.join("bench.sqlite"), options).expect("register")
}

fn questionnaire(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let register = register(dir.path());
    let template = big_template();
    register.save_questionnaire_template(&template).expect("template");
    let vendor = register.create_vendor(&VendorDraft::named("Bench vendor")).expect("vendor").id;
    let assign = || {
        register
            .assign_questionnaire(vendor, &AssignDraft { template_id: "bench-300".into(), ..AssignDraft::default() })
            .expect("assign")
            .assessment
            .id
    };
    let target = assign();
    let (values_a, values_b) = (answers(&template, false), answers(&template, true));
    // Two filled workbooks for the same assessment, answered differently.
    let filled = |values: &HashMap<String, AnswerValue>| {
        for (q, v) in values {
            register.save_answer(target, q, Some(v.clone()), "").expect("answer");
        }
        register.export_assessment_workbook(target, vendor_risk_core::locale::Language::En).expect("export")
    };
    let (target_a, target_b) = (filled(&values_a), filled(&values_b));
    let preview = register
        .import_assessment_workbook(target, target_a.clone(), vendor_risk_core::ImportStep::Preview)
        .expect("preview");
    assert_eq!(preview.rows, 300);
    assert!(preview.changes.len() > 100, "the workbooks differ");

    let mut group = c.benchmark_group("questionnaire of 300 questions");
    group.sample_size(30);
    group.bench_function("import a filled workbook (read, check every cell, preview)", |b| {
        b.iter(|| {
            register
                .import_assessment_workbook(target, target_a.clone(), vendor_risk_core::ImportStep::Preview)
                .expect("preview")
        })
    });
    let mut flip = false;
    group.bench_function("import a filled workbook and commit (300 answers change)", |b| {
        b.iter(|| {
            flip = !flip;
            let bytes = if flip { target_a.clone() } else { target_b.clone() };
            register
                .import_assessment_workbook(target, bytes, vendor_risk_core::ImportStep::Commit { previewed: None })
                .expect("import")
        })
    });
    let evidence = HashSet::new();
    group.bench_function("score", |b| b.iter(|| score(&template, &values_a, &evidence)));
    group.finish();
}

criterion_group!(benches, questionnaire);
criterion_main!(benches);
