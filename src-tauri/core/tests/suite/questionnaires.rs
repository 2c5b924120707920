//! Questionnaires on a real register file: answering with conditions and evidence, submitting,
//! findings, immutability, a new cycle and its diff; the workbook round trip as a vendor would
//! edit it; the malformed-workbook suite (each error clear, nothing written); and the CAIQ
//! import of a real vendor-completed workbook.

use std::io::Cursor;

use crate::common::new_register;
use calamine::{Data, Reader, Xlsx};
use rust_xlsxwriter::{Format, Formula, Workbook, Worksheet};
use vendor_risk_core::ids::{AssessmentId, VendorId};
use vendor_risk_core::locale::Language;
use vendor_risk_core::questionnaire::answer::AnswerValue;
use vendor_risk_core::questionnaire::assessment::{AssessmentStatus, AssignDraft, FindingStatus, FindingUpdate};
use vendor_risk_core::vendor::VendorDraft;
use vendor_risk_core::{CoreError, Register};

fn register_with_vendor() -> (tempfile::TempDir, Register, VendorId) {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = new_register(dir.path());
    let vendor = register.create_vendor(&VendorDraft::named("Acme Analytics")).unwrap().id;
    (dir, register, vendor)
}

fn assign(register: &Register, vendor: VendorId, template: &str) -> AssessmentId {
    let draft = AssignDraft {
        template_id: template.into(),
        due_date: "2026-12-31".into(),
        respondent: "Pat Procurement".into(),
        ..AssignDraft::default()
    };
    register.assign_questionnaire(vendor, &draft).unwrap().assessment.id
}

fn choice(v: &str) -> Option<AnswerValue> {
    Some(AnswerValue::Choice(v.into()))
}

fn field_errors(err: CoreError) -> Vec<(String, String)> {
    err.field_errors().expect("field errors").0.iter().map(|e| (e.field.clone(), e.message.clone())).collect()
}

/// Answers every visible required question of the lite template with its best option.
fn answer_all_best(register: &Register, id: AssessmentId) {
    loop {
        let view = register.assessment(id).unwrap();
        let Some(missing) = view.progress.required_missing.first().cloned() else { break };
        let q = view.template.question(&missing).unwrap().clone();
        let value = match q.kind.as_str() {
            "yes_no_na" | "single_choice" => {
                let best = q
                    .options
                    .iter()
                    .max_by(|a, b| a.points.unwrap_or(-1.0).total_cmp(&b.points.unwrap_or(-1.0)))
                    .unwrap();
                choice(&best.value)
            }
            "multi_choice" => Some(AnswerValue::Choices(vec![q.options[0].value.clone()])),
            "text" => Some(AnswerValue::Text("See our policy.".into())),
            "number" => Some(AnswerValue::Number(30.0)),
            "date" => Some(AnswerValue::Date("2026-01-15".parse().unwrap())),
            _ => {
                register.attach_evidence(id, &q.id, "policy.pdf", b"%PDF-1.7 policy").unwrap();
                continue;
            }
        };
        register.save_answer(id, &q.id, value, "").unwrap();
    }
}

#[test]
fn answer_submit_review_and_start_the_next_cycle() {
    let (_dir, register, vendor) = register_with_vendor();
    let id = assign(&register, vendor, "lite");
    let view = register.assessment(id).unwrap();
    assert_eq!(view.assessment.status, AssessmentStatus::Draft);
    assert_eq!(view.template.questions().count(), 20);

    // A conditional question shows only after the answer it depends on.
    let conditional = view.template.questions().find(|q| q.visible_when.is_some()).unwrap().clone();
    let condition = conditional.visible_when.clone().unwrap();
    assert!(!view.visible.contains(&conditional.id));
    let source = view.template.question(&condition.question).unwrap();
    let picked = if source.kind.as_str() == "multi_choice" {
        Some(AnswerValue::Choices(vec![condition.any_of[0].clone()]))
    } else {
        choice(&condition.any_of[0])
    };
    let shown = register.save_answer(id, &condition.question, picked, "").unwrap();
    assert!(shown.visible.contains(&conditional.id));
    assert_eq!(shown.assessment.status, AssessmentStatus::InProgress, "answering starts the work");

    // Submitting with required answers missing names each one.
    let early = register.set_assessment_status(id, AssessmentStatus::Submitted, "").unwrap_err();
    assert!(field_errors(early).iter().all(|(f, _)| f.starts_with("answers.")));

    answer_all_best(&register, id);
    let evidence = register
        .assessment(id)
        .unwrap()
        .answers
        .into_iter()
        .find(|a| !a.evidence.is_empty())
        .expect("an evidence answer");
    assert_eq!(evidence.evidence[0].sha256.len(), 64);
    // One answer that raises a finding.
    let mfa = register
        .assessment(id)
        .unwrap()
        .template
        .questions()
        .find(|q| q.options.iter().any(|o| o.finding.is_some() && o.value == "no") && q.visible_when.is_none())
        .unwrap()
        .id
        .clone();
    register.save_answer(id, &mfa, choice("no"), "Rolling out in Q1").unwrap();
    let submitted = register.set_assessment_status(id, AssessmentStatus::Submitted, "").unwrap();
    assert_eq!(submitted.findings.len(), 1);
    assert!(submitted.score.overall.unwrap() < 100.0);
    assert!(register.save_answer(id, &mfa, choice("yes"), "").is_err(), "a submitted assessment takes no answers");

    register.set_assessment_status(id, AssessmentStatus::UnderReview, "").unwrap();
    let no_reason = register.set_assessment_status(id, AssessmentStatus::AcceptedWithConditions, " ").unwrap_err();
    assert_eq!(field_errors(no_reason)[0].0, "reason");
    let decided =
        register.set_assessment_status(id, AssessmentStatus::AcceptedWithConditions, "MFA by 31 March").unwrap();
    assert_eq!(decided.assessment.decision_reason.as_deref(), Some("MFA by 31 March"));
    assert!(decided.next_statuses.is_empty(), "a decided assessment is immutable");
    assert!(register.set_assessment_status(id, AssessmentStatus::InProgress, "again").is_err());

    // Findings are worked on after the decision; waiving needs a reason.
    let finding = decided.findings[0].id;
    let waive = FindingUpdate { status: "waived".into(), ..FindingUpdate::default() };
    assert_eq!(field_errors(register.update_finding(finding, &waive).unwrap_err())[0].0, "reason");
    let update = FindingUpdate {
        owner: "Ana".into(),
        due_date: "2027-03-31".into(),
        status: "remediation_requested".into(),
        reason: String::new(),
    };
    assert_eq!(register.update_finding(finding, &update).unwrap().status, FindingStatus::RemediationRequested);

    // Next year's cycle starts from these answers; MFA fixed, something else regressed.
    let next = register
        .assign_questionnaire(
            vendor,
            &AssignDraft { template_id: "lite".into(), from_previous: Some(id), ..AssignDraft::default() },
        )
        .unwrap();
    assert_eq!(next.progress.required_missing.len(), 0, "answers carried over");
    register.save_answer(next.assessment.id, &mfa, choice("yes"), "").unwrap();
    let other = next
        .template
        .questions()
        .find(|q| q.id != mfa && q.visible_when.is_none() && q.option("no").is_some())
        .unwrap()
        .id
        .clone();
    register.save_answer(next.assessment.id, &other, choice("no"), "").unwrap();
    let diff = register.assessment_diff(id, next.assessment.id).unwrap();
    assert!(diff.changes.iter().any(|c| c.question_id == mfa && c.improvement));
    assert!(diff.changes.iter().any(|c| c.question_id == other && c.regression));
    assert_eq!(diff.regressions, 1);
    assert!(register.verify_audit().unwrap().intact);
}

/// A workbook's sheets as grids of cell values.
struct Sheets(Vec<(String, Vec<Vec<Data>>)>);

fn read_sheets(bytes: &[u8]) -> Sheets {
    let mut xlsx: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
    let names = xlsx.sheet_names();
    Sheets(
        names
            .into_iter()
            .map(|name| {
                let range = xlsx.worksheet_range(&name).unwrap();
                (name, range.rows().map(|r| r.to_vec()).collect())
            })
            .collect(),
    )
}

/// Writes sheets back as a spreadsheet program would save them after a vendor's edits.
fn write_sheets(sheets: &Sheets, extra: impl Fn(&str, &mut Worksheet)) -> Vec<u8> {
    let mut workbook = Workbook::new();
    for (name, rows) in &sheets.0 {
        let mut sheet = Worksheet::new();
        sheet.set_name(name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match cell {
                    Data::String(s) => sheet.write_string(r, c, s).map(|_| ()).unwrap(),
                    Data::Float(f) => sheet.write_number(r, c, *f).map(|_| ()).unwrap(),
                    Data::Int(i) => sheet.write_number(r, c, *i as f64).map(|_| ()).unwrap(),
                    _ => {}
                }
            }
        }
        if name == "_meta" {
            sheet.set_very_hidden(true);
        }
        extra(name, &mut sheet);
        workbook.push_worksheet(sheet);
    }
    workbook.save_to_buffer().unwrap()
}

/// The ids of the assessment's yes/no questions that are always shown.
fn visible_yes_no(register: &Register, id: AssessmentId) -> Vec<String> {
    let view = register.assessment(id).unwrap();
    view.template
        .questions()
        .filter(|q| q.kind.as_str() == "yes_no_na" && q.visible_when.is_none())
        .map(|q| q.id.clone())
        .collect()
}

fn questions(sheets: &mut Sheets) -> &mut Vec<Vec<Data>> {
    &mut sheets.0.iter_mut().find(|(n, _)| n == "Questions").unwrap().1
}

fn row_of(rows: &[Vec<Data>], id: &str) -> usize {
    rows.iter().position(|r| r.first() == Some(&Data::String(id.into()))).unwrap()
}

#[test]
fn the_workbook_round_trip_survives_a_vendors_edits() {
    let (_dir, register, vendor) = register_with_vendor();
    let id = assign(&register, vendor, "lite");
    let exported = register.export_assessment_workbook(id, vendor_risk_core::locale::Language::En).unwrap();
    let mut sheets = read_sheets(&exported);
    assert_eq!(
        sheets.0.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
        ["Instructions", "Questions", "Lists", "_meta"]
    );
    let rows = questions(&mut sheets);
    let yes_no = visible_yes_no(&register, id);
    // Answers in odd case, a comment, rows reordered, blank rows added.
    let first = row_of(rows, &yes_no[0]);
    rows[first][3] = Data::String("YES".into());
    rows[first][4] = Data::String("Policy v3, approved 2026-02".into());
    let second = row_of(rows, &yes_no[1]);
    rows[second][3] = Data::String("no".into());
    let third = row_of(rows, &yes_no[2]);
    rows[third][3] = Data::String("N/A".into());
    rows.swap(first, third);
    rows.insert(5, vec![Data::Empty; 7]);
    rows.push(vec![Data::Empty; 7]);
    let edited = write_sheets(&sheets, |_, _| {});

    let before = register.audit_log(&Default::default()).unwrap().total;
    let preview =
        register.import_assessment_workbook(id, edited.clone(), vendor_risk_core::ImportStep::Preview).unwrap();
    assert_eq!(preview.changes.len(), 3, "{:?}", preview.changes);
    assert!(!preview.committed);
    assert_eq!(register.audit_log(&Default::default()).unwrap().total, before, "a preview writes nothing");
    // Answered in the app meanwhile: the previewed import would overwrite it, so it is refused.
    register.save_answer(id, &yes_no[1], choice("yes"), "answered on a call").unwrap();
    let entries = register.audit_log(&Default::default()).unwrap().total;
    let stale = vendor_risk_core::ImportStep::Commit { previewed: Some(&preview.basis) };
    let refused = register.import_assessment_workbook(id, edited.clone(), stale).unwrap_err();
    assert_eq!(refused.code(), vendor_risk_core::ErrorCode::Conflict);
    assert_eq!(register.audit_log(&Default::default()).unwrap().total, entries, "nothing was written");
    let preview =
        register.import_assessment_workbook(id, edited.clone(), vendor_risk_core::ImportStep::Preview).unwrap();
    let done = register
        .import_assessment_workbook(
            id,
            edited,
            vendor_risk_core::ImportStep::Commit { previewed: Some(&preview.basis) },
        )
        .unwrap();
    assert!(done.committed);
    let answers = register.assessment(id).unwrap().answers;
    let value = |q: &str| answers.iter().find(|a| a.question_id == q).and_then(|a| a.value.clone());
    assert_eq!(value(&yes_no[0]), choice("yes"));
    assert_eq!(value(&yes_no[1]), choice("no"));
    assert_eq!(value(&yes_no[2]), choice("na"));
    assert_eq!(
        answers.iter().find(|a| a.question_id == yes_no[0]).unwrap().comment.as_deref(),
        Some("Policy v3, approved 2026-02")
    );
    assert!(register.verify_audit().unwrap().intact);

    // Exported again, the answers come back pre-filled: a second round trip changes nothing.
    let again = register.export_assessment_workbook(id, vendor_risk_core::locale::Language::En).unwrap();
    assert!(
        register
            .import_assessment_workbook(id, again, vendor_risk_core::ImportStep::Preview)
            .unwrap()
            .changes
            .is_empty()
    );
}

#[test]
fn an_indonesian_workbook_reads_back_like_an_english_one() {
    let (_dir, register, vendor) = register_with_vendor();
    let id = assign(&register, vendor, "lite");
    let exported = register.export_assessment_workbook(id, Language::Id).unwrap();
    let mut sheets = read_sheets(&exported);
    assert_eq!(
        sheets.0.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
        ["Petunjuk", "Pertanyaan", "Daftar", "_meta"]
    );
    let instructions = sheets.0[0].1.iter().flatten().map(|c| c.to_string()).collect::<Vec<_>>().join("\n");
    assert!(instructions.contains("lembar 'Pertanyaan' di kolom 'Jawaban'"), "{instructions}");
    let template = register.assessment(id).unwrap().template;
    let yes_no = visible_yes_no(&register, id);
    let english = template.question(&yes_no[0]).unwrap().text.clone();
    let rows = &mut sheets.0.iter_mut().find(|(n, _)| n == "Pertanyaan").unwrap().1;
    assert_eq!(rows[0][3], Data::String("Jawaban".into()));
    let first = row_of(rows, &yes_no[0]);
    let asked = rows[first][2].to_string();
    assert!(asked != english && !asked.is_empty(), "the question is asked in Indonesian: {asked}");
    // The vendor picks the Indonesian labels, in any case.
    rows[first][3] = Data::String("Ya".into());
    let second = row_of(rows, &yes_no[1]);
    rows[second][3] = Data::String("tidak".into());
    let third = row_of(rows, &yes_no[2]);
    rows[third][3] = Data::String("Tidak berlaku".into());
    let edited = write_sheets(&sheets, |_, _| {});
    let done = register
        .import_assessment_workbook(id, edited, vendor_risk_core::ImportStep::Commit { previewed: None })
        .unwrap();
    assert_eq!(done.changes.len(), 3, "{:?}", done.changes);
    let answers = register.assessment(id).unwrap().answers;
    let value = |q: &str| answers.iter().find(|a| a.question_id == q).and_then(|a| a.value.clone());
    assert_eq!((value(&yes_no[0]), value(&yes_no[1]), value(&yes_no[2])), (choice("yes"), choice("no"), choice("na")));

    // A wrong answer is placed on the Indonesian sheet and offered the Indonesian choices.
    let mut sheets = read_sheets(&register.export_assessment_workbook(id, Language::Id).unwrap());
    let rows = &mut sheets.0.iter_mut().find(|(n, _)| n == "Pertanyaan").unwrap().1;
    let row = row_of(rows, &yes_no[0]);
    rows[row][3] = Data::String("Mungkin".into());
    let bytes = write_sheets(&sheets, |_, _| {});
    let errors = import_error(&register, id, bytes.clone());
    assert_eq!(errors[0].0, format!("Pertanyaan!D{}", row + 1), "{errors:?}");
    assert!(errors[0].1.contains("Ya") && errors[0].1.contains("Tidak"), "{errors:?}");
    // Shown to an Indonesian user, the error reads in Indonesian.
    let err = register.import_assessment_workbook(id, bytes, vendor_risk_core::ImportStep::Preview).unwrap_err();
    let shown = err.field_errors().unwrap().in_language(Language::Id);
    assert_eq!(shown.0[0].message, "'Mungkin' bukan salah satu dari Ya/Tidak/Tidak berlaku.");
}

/// The error an import gives, after checking it wrote nothing.
fn import_error(register: &Register, id: AssessmentId, bytes: Vec<u8>) -> Vec<(String, String)> {
    let before = (register.audit_log(&Default::default()).unwrap().total, register.assessment(id).unwrap().answers);
    let err = register
        .import_assessment_workbook(id, bytes, vendor_risk_core::ImportStep::Commit { previewed: None })
        .unwrap_err();
    let after = (register.audit_log(&Default::default()).unwrap().total, register.assessment(id).unwrap().answers);
    assert_eq!(before, after, "nothing written");
    field_errors(err)
}

#[test]
fn malformed_workbooks_give_clear_errors_and_write_nothing() {
    let (_dir, register, vendor) = register_with_vendor();
    let id = assign(&register, vendor, "lite");
    let exported = register.export_assessment_workbook(id, vendor_risk_core::locale::Language::En).unwrap();
    let q = register
        .assessment(id)
        .unwrap()
        .template
        .questions()
        .find(|q| q.kind.as_str() == "yes_no_na")
        .unwrap()
        .id
        .clone();

    // A bad drop-down value, reported by sheet and cell.
    let mut sheets = read_sheets(&exported);
    let rows = questions(&mut sheets);
    let r = row_of(rows, &q);
    rows[r][3] = Data::String("Maybe".into());
    let errors = import_error(&register, id, write_sheets(&sheets, |_, _| {}));
    assert_eq!(errors, [(format!("Questions!D{}", r + 1), "'Maybe' is not one of Yes/No/Not applicable.".to_owned())]);

    // The questions sheet renamed.
    let mut sheets = read_sheets(&exported);
    sheets.0[1].0 = "Sheet1".into();
    let errors = import_error(&register, id, write_sheets(&sheets, |_, _| {}));
    assert!(errors[0].1.contains("no sheet named 'Questions'"), "{errors:?}");

    // The answer column deleted.
    let mut sheets = read_sheets(&exported);
    questions(&mut sheets).iter_mut().for_each(|row| {
        if row.len() > 3 {
            row.remove(3);
        }
    });
    let errors = import_error(&register, id, write_sheets(&sheets, |_, _| {}));
    assert_eq!(errors[0].0, "Questions!1");
    assert!(errors[0].1.contains("'Answer' is missing"), "{errors:?}");

    // Merged cells.
    let sheets = read_sheets(&exported);
    let merged = write_sheets(&sheets, |name, sheet| {
        if name == "Questions" {
            sheet.merge_range(4, 3, 4, 4, "Yes", &Format::new()).unwrap();
        }
    });
    let errors = import_error(&register, id, merged);
    assert_eq!(errors[0].0, "Questions!D5:E5");

    // A formula, refused and never evaluated.
    let sheets = read_sheets(&exported);
    let r = row_of(&sheets.0[1].1, &q) as u32;
    let formula = write_sheets(&sheets, |name, sheet| {
        if name == "Questions" {
            sheet.write_formula(r, 3, Formula::new("=IF(1=1,\"Yes\",\"No\")").set_result("Yes")).unwrap();
        }
    });
    let errors = import_error(&register, id, formula);
    assert_eq!(errors[0].0, format!("Questions!D{}", r + 1));
    assert!(errors[0].1.contains("formula"), "{errors:?}");

    // A 30 MB file, and a PDF renamed .xlsx.
    let mut huge = b"PK\x03\x04".to_vec();
    huge.resize(30 * 1024 * 1024, 0);
    assert!(import_error(&register, id, huge)[0].1.contains("30.0 MB"));
    assert!(
        import_error(&register, id, b"%PDF-1.7 not a workbook".to_vec())[0]
            .1
            .contains("not a spreadsheet (.xlsx or .ods)")
    );

    // A workbook for another version of the questionnaire.
    let mut sheets = read_sheets(&exported);
    let meta = &mut sheets.0.iter_mut().find(|(n, _)| n == "_meta").unwrap().1;
    meta[2][1] = Data::String("2".into());
    let errors = import_error(&register, id, write_sheets(&sheets, |_, _| {}));
    assert!(
        errors[0].1.contains("'lite' version 2") && errors[0].1.contains("Export the questionnaire again"),
        "{errors:?}"
    );
}

fn caiq_fixture() -> Vec<u8> {
    std::fs::read(crate::common::fixture("caiq").join("instructure-caiq-v4.0.3.xlsx")).expect("the CAIQ fixture")
}

#[test]
fn a_real_vendor_caiq_imports_with_findings_for_every_no() {
    let (_dir, register, vendor) = register_with_vendor();
    let preview = register.import_caiq(vendor, caiq_fixture(), false).unwrap();
    assert_eq!((preview.version.as_str(), preview.sheet.as_str()), ("v4.0.3", "CAIQv4.0.3"));
    assert_eq!((preview.questions, preview.yes, preview.no), (261, 259, 2));
    assert_eq!(preview.skipped_rows, 2, "the trailer rows are skipped");
    assert!(preview.domains.contains(&("IAM".to_owned(), "access_control".to_owned())));
    assert!(register.assessments(Some(vendor)).unwrap().is_empty(), "a preview writes nothing");

    let imported = register.import_caiq(vendor, caiq_fixture(), true).unwrap();
    let view = register.assessment(imported.assessment_id.unwrap()).unwrap();
    assert_eq!(view.assessment.status, AssessmentStatus::Submitted);
    assert_eq!(view.findings.len(), 2);
    assert!(view.findings.iter().all(|f| f.answer.as_deref() == Some("No") && f.title.starts_with("CAIQ ")));
    let first = view.answers.iter().find(|a| a.question_id == "A&A-01.1").unwrap();
    assert_eq!(first.ownership.as_deref(), Some("CSP-owned"));
    assert!(first.comment.as_deref().unwrap().starts_with("Instructure's security program"));
    assert!(view.score.overall.unwrap() > 95.0);
    assert!(view.score.domains.iter().any(|d| d.domain.as_str() == "encryption"));

    // The same CAIQ version reuses its template.
    let second = register.import_caiq(vendor, caiq_fixture(), true).unwrap();
    let templates = register.questionnaire_templates().unwrap();
    assert_eq!(templates.iter().filter(|t| t.id == "caiq-v4-0-3").count(), 1);
    assert!(second.assessment_id != imported.assessment_id);
    assert!(register.verify_audit().unwrap().intact);
}

fn hecvat_fixture(name: &str) -> Vec<u8> {
    std::fs::read(crate::common::fixture("hecvat").join(name)).expect("a HECVAT fixture")
}

#[test]
fn real_hecvats_full_and_lite_import_with_findings_against_the_preferred_answers() {
    let (_dir, register, vendor) = register_with_vendor();
    // (file, edition, version, questions, a failing answer, its additional information)
    let cases = [
        (
            "parchment-hecvat-full-3.06.xlsx",
            "Full",
            "3.06",
            255,
            "DATA-05",
            "All encrypted at rest with AWS S3, AES 256",
        ),
        ("intelligent-insights-hecvat-lite-3.06.xlsx", "Lite", "3.06", 94, "HLDA-07", "Various personnel"),
    ];
    for (file, edition, version, questions, failing, additional) in cases {
        let preview = register.import_hecvat(vendor, &hecvat_fixture(file), false).unwrap();
        assert_eq!(
            (preview.standard.as_str(), preview.edition.as_deref(), preview.version.as_str(), preview.questions),
            ("HECVAT", Some(edition), version, questions),
            "{file}"
        );
        assert!(preview.findings.contains(&failing.to_owned()), "{file}: {:?}", preview.findings);
        assert!(
            !preview.findings.iter().any(|f| f.starts_with("GNRL") || f.starts_with("QUAL")),
            "qualifiers are not scored"
        );
        assert!(preview.assessment_id.is_none());

        let imported = register.import_hecvat(vendor, &hecvat_fixture(file), true).unwrap();
        let view = register.assessment(imported.assessment_id.unwrap()).unwrap();
        assert_eq!(view.assessment.source.as_str(), "hecvat");
        assert_eq!(view.assessment.status, AssessmentStatus::Submitted);
        assert_eq!(view.findings.len(), preview.findings.len(), "{file}");
        let answer = view.answers.iter().find(|a| a.question_id == failing).unwrap();
        assert!(answer.comment.as_deref().unwrap().contains(additional), "{file}: the vendor's own text is kept");
        assert!(view.findings.iter().any(|f| f.title.starts_with(&format!("HECVAT {failing}: answered"))));
        assert!(view.score.overall.is_some());
    }
    let templates = register.questionnaire_templates().unwrap();
    assert!(
        templates.iter().any(|t| t.id == "hecvat-full-3-06") && templates.iter().any(|t| t.id == "hecvat-lite-3-06")
    );
    assert!(register.verify_audit().unwrap().intact);
}

#[test]
fn a_hecvat_4_reads_its_sections_switched_off_as_not_applicable() {
    let (_dir, register, vendor) = register_with_vendor();
    let preview = register.import_hecvat(vendor, &hecvat_fixture("kestrel-hecvat-4.1.4.xlsx"), true).unwrap();
    assert_eq!((preview.edition.as_deref(), preview.version.as_str()), (Some("Unified"), "4.1.4"));
    assert!(preview.sheet.starts_with("START HERE, Organization, Product"));
    assert!(preview.findings.contains(&"DOCU-01".to_owned()) && preview.findings.contains(&"AAAI-04".to_owned()));
    let view = register.assessment(preview.assessment_id.unwrap()).unwrap();
    let value = |q: &str| view.answers.iter().find(|a| a.question_id == q).and_then(|a| a.value.clone());
    assert_eq!(value("CONS-01"), choice("na"), "REQU-03 'No' switched consulting off");
    assert_eq!(value("GNRL-01"), Some(AnswerValue::Text("Kestrel Payments Ltd".into())));
    let bcp = view.findings.iter().find(|f| f.question_id.as_deref() == Some("DOCU-01")).unwrap();
    assert_eq!(bcp.severity.as_str(), "high", "a critical question");
}

#[test]
fn a_workbook_that_is_no_hecvat_is_refused_with_what_it_looks_like() {
    let (_dir, register, vendor) = register_with_vendor();
    let message = |bytes: &[u8]| {
        register.import_hecvat(vendor, bytes, false).unwrap_err().field_errors().unwrap().0[0].message.clone()
    };
    assert!(message(&caiq_fixture()).contains("It is a CSA CAIQ workbook"));
    let id = assign(&register, vendor, "lite");
    let ours = register.export_assessment_workbook(id, vendor_risk_core::locale::Language::En).unwrap();
    assert!(message(&ours).contains("exported by this app"));
    assert!(message(b"%PDF-1.7").contains("not a spreadsheet"));
}

/// `file` converted by LibreOffice (headless) to `format`, as a vendor re-saving it would.
fn through_libreoffice(dir: &std::path::Path, file: &str, bytes: &[u8], format: &str) -> Vec<u8> {
    let input = dir.join(file);
    std::fs::write(&input, bytes).unwrap();
    let out = dir.join(format!("out-{format}"));
    // A profile of its own: conversions running side by side do not share one.
    let profile = format!("-env:UserInstallation=file://{}", dir.join(format!("profile-{format}")).display());
    let status = std::process::Command::new("soffice")
        .args([&profile, "--headless", "--convert-to", format, "--outdir"])
        .arg(&out)
        .arg(&input)
        .output()
        .expect("LibreOffice (soffice) is installed by cargo xtask test");
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    let stem = std::path::Path::new(file).file_stem().unwrap().to_string_lossy().into_owned();
    std::fs::read(out.join(format!("{stem}.{format}"))).unwrap()
}

#[test]
fn our_workbook_round_trips_through_libreoffice_as_ods_and_xlsx() {
    let (dir, register, vendor) = register_with_vendor();
    let id = assign(&register, vendor, "lite");
    let mut sheets =
        read_sheets(&register.export_assessment_workbook(id, vendor_risk_core::locale::Language::En).unwrap());
    let rows = questions(&mut sheets);
    let yes_no = visible_yes_no(&register, id);
    let first = row_of(rows, &yes_no[0]);
    rows[first][3] = Data::String("Yes".into());
    rows[first][4] = Data::String("Policy v3".into());
    let second = row_of(rows, &yes_no[1]);
    rows[second][3] = Data::String("No".into());
    let filled = write_sheets(&sheets, |_, _| {});
    let expected =
        register.import_assessment_workbook(id, filled.clone(), vendor_risk_core::ImportStep::Preview).unwrap();
    assert_eq!(expected.changes.len(), 2);
    for format in ["ods", "xlsx"] {
        let resaved = through_libreoffice(dir.path(), "answers.xlsx", &filled, format);
        let preview = register
            .import_assessment_workbook(id, resaved, vendor_risk_core::ImportStep::Preview)
            .unwrap_or_else(|e| panic!("{format}: {e}"));
        assert_eq!(preview.changes, expected.changes, "{format}");
    }
    // A CAIQ re-saved as .ods reads as the .xlsx did.
    let ods = through_libreoffice(dir.path(), "caiq.xlsx", &caiq_fixture(), "ods");
    let (from_ods, from_xlsx) = (
        register.import_caiq(vendor, ods, false).unwrap(),
        register.import_caiq(vendor, caiq_fixture(), false).unwrap(),
    );
    assert_eq!((from_ods.questions, from_ods.yes, from_ods.no), (from_xlsx.questions, from_xlsx.yes, from_xlsx.no));
    // A vendor spreadsheet saved as .ods reads as its CSV did.
    let csv = "Name,Country,VAT\nNorthwind Analytics,IE,IE6388047V\nKestrel Cloud,DE,DE812871812\n";
    let ods = through_libreoffice(dir.path(), "vendors.csv", csv.as_bytes(), "ods");
    let rows = |bytes: &[u8]| {
        register
            .preview_vendor_import(bytes, None)
            .unwrap()
            .rows
            .iter()
            .map(|r| (r.name.clone(), r.action))
            .collect::<Vec<_>>()
    };
    assert_eq!(rows(&ods), rows(csv.as_bytes()));
}
