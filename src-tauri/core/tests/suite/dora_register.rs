//! The Register of Information kept in the register: records refused for an organisation that
//! is not a financial entity and checked field by field against the EBA's lists; the sample
//! financial entity's package passes every check and has the EBA sample's structure file by
//! file; a problem in the package names the record that fixes it.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use vendor_risk_core::dora::build::Source;
use vendor_risk_core::dora::model::{DoraArrangementDraft, DoraEntityDraft, FunctionKey};
use vendor_risk_core::dora::package::read_package;
use vendor_risk_core::{CoreError, ErrorCode, Register, sample};

use crate::common::{fixture, new_register};

const EBA_SAMPLE: &str =
    "dora/eba-dora-roi-sample-DUMMYLEI123456789012.CON_FR_DORA010100_DORA_2024-12-31_20241213174803429.zip";

fn ref_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 12, 31).unwrap()
}

fn financial_sample(dir: &std::path::Path) -> Register {
    let (register, _) = new_register(dir);
    sample::write_financial_sample(&register).unwrap();
    register
}

fn field_error(error: CoreError, field: &str) -> String {
    match error {
        CoreError::Validation(errors) => {
            errors.get(field).unwrap_or_else(|| panic!("{field}: {errors}")).message.clone()
        }
        other => panic!("expected a field error for {field}: {other}"),
    }
}

#[test]
fn an_organisation_that_is_not_a_financial_entity_keeps_no_register_of_information() {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = new_register(dir.path());
    sample::write_sample(&register).unwrap();
    let draft = DoraEntityDraft { lei: "529900T8BM49AURSDO55".into(), name: "Kestrel".into(), ..Default::default() };
    let refused = register.save_dora_entity(&draft).unwrap_err();
    assert_eq!(refused.code(), ErrorCode::Conflict, "{refused}");
    assert!(refused.to_string().contains("financial entit"), "{refused}");
    assert!(register.dora_package(ref_date()).is_err());
}

#[test]
fn the_sample_financial_entity_files_a_package_with_no_problem_shaped_like_the_ebas() {
    let dir = tempfile::tempdir().unwrap();
    let register = financial_sample(dir.path());
    let package = register.dora_package(ref_date()).unwrap();
    let problems: Vec<String> = package.readiness.problems.iter().map(|p| format!("{:?}", p.problem)).collect();
    assert!(problems.is_empty(), "{problems:#?}");
    let name = &package.readiness.name;
    assert!(name.starts_with(&format!("{}.CON_IE_DORA010100_DORA_2025-12-31_", sample::reporting_lei())), "{name}");

    let ours = read_package(&package.zip).unwrap();
    let eba = read_package(&std::fs::read(fixture(EBA_SAMPLE)).unwrap()).unwrap();
    assert_eq!(&ours.root, name, "the folder is named as the package");
    let (mut our_files, mut eba_files) = (ours.files.clone(), eba.files.clone());
    our_files.sort();
    eba_files.sort();
    assert_eq!(our_files, eba_files, "the same files as the EBA's sample");
    for (file, sheet) in &eba.sheets {
        let mut theirs = sheet.header.clone();
        let mut mine = ours.sheets[file].header.clone();
        theirs.sort();
        mine.sort();
        assert_eq!(mine, theirs, "{file}: the same columns");
    }
    assert_eq!(ours.sheets["parameters.csv"].rows.len(), 5, "exactly the five parameters");

    let rows = |template: &str| package.readiness.templates.iter().find(|t| t.template == template).unwrap().rows;
    assert_eq!(rows("B_01.02"), 2, "both entities");
    assert_eq!(rows("B_02.01"), 5, "every arrangement");
    assert_eq!(rows("B_02.02"), 8, "an arrangement per function it supports");
    assert_eq!(rows("B_06.01"), 5);
    let chain = &ours.sheets["b_05.02.csv"];
    let rank_two: Vec<&Vec<String>> = chain.rows.iter().filter(|r| chain.cell(r, "c0050") == Some("2")).collect();
    assert_eq!(rank_two.len(), 2, "Mixpanel's and Zendesk's subprocessors from the fourth-party graph: {rank_two:?}");
}

#[test]
fn a_value_off_the_ebas_list_is_refused_naming_the_field_and_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let register = financial_sample(dir.path());
    let vendor = register.find_vendor("Stripe").unwrap().id;
    let draft = |facts: &[(&str, &str)]| DoraArrangementDraft {
        reference: "KP-2026-009".into(),
        vendor_id: vendor,
        entity_lei: sample::reporting_lei(),
        overarching: None,
        functions: vec![],
        facts: facts.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect::<BTreeMap<_, _>>(),
    };
    let message = field_error(register.save_dora_arrangement(&draft(&[("type", "x9")])).unwrap_err(), "type");
    assert!(message.contains("eba_CO:x1, eba_CO:x2, eba_CO:x3"), "{message}");
    let message = field_error(register.save_dora_arrangement(&draft(&[("type", "x3")])).unwrap_err(), "overarching");
    assert!(message.contains("overarching"), "{message}");
    let message = field_error(register.save_dora_arrangement(&draft(&[("colour", "red")])).unwrap_err(), "colour");
    assert!(message.contains("service_type"), "the fields are listed: {message}");
    let mut unknown_function = draft(&[]);
    unknown_function.functions = vec![FunctionKey { code: "F-XYZ".into(), entity_lei: sample::reporting_lei() }];
    let message = field_error(register.save_dora_arrangement(&unknown_function).unwrap_err(), "functions");
    assert!(message.contains("F-XYZ"), "{message}");
    assert!(
        register.dora_records().unwrap().arrangements.iter().all(|a| a.reference != "KP-2026-009"),
        "nothing written"
    );
}

#[test]
fn a_problem_in_the_package_names_the_record_behind_its_row() {
    let dir = tempfile::tempdir().unwrap();
    let register = financial_sample(dir.path());
    let vendor = register.find_vendor("Cloudflare").unwrap().id;
    let draft = DoraArrangementDraft {
        reference: "KP-2026-010".into(),
        vendor_id: vendor,
        entity_lei: sample::reporting_lei(),
        overarching: None,
        functions: vec![FunctionKey { code: "F-PAY".into(), entity_lei: sample::reporting_lei() }],
        facts: [("type", "x1"), ("service_type", "S08")].map(|(k, v)| (k.to_owned(), v.to_owned())).into(),
    };
    register.save_dora_arrangement(&draft).unwrap();
    let readiness = register.dora_package(ref_date()).unwrap().readiness;
    let cloudflare = Source::Provider { vendor_id: vendor, name: "Cloudflare".into() };
    let no_code = readiness
        .problems
        .iter()
        .find(|p| p.problem.rule == "805" && p.problem.template.as_deref() == Some("B_05.01"))
        .expect("a provider with no LEI and no code has an empty key");
    assert_eq!(no_code.source.as_ref(), Some(&cloudflare));
    let arrangement = Source::Arrangement { reference: "KP-2026-010".into() };
    let missing_cost = readiness
        .problems
        .iter()
        .find(|p| p.problem.template.as_deref() == Some("B_02.01") && p.problem.column.as_deref() == Some("c0050"))
        .expect("the missing annual cost is flagged");
    assert_eq!(missing_cost.source.as_ref(), Some(&arrangement));
    assert!(readiness.errors() > 0);
    let b0201 = readiness.templates.iter().find(|t| t.template == "B_02.01").unwrap();
    assert_eq!((b0201.rows, b0201.errors > 0 || b0201.warnings > 0), (6, true));
}
