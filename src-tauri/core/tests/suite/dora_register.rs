//! The Register of Information kept in the register: records refused for an organisation that
//! is not a financial entity and checked field by field against the EBA's lists; the sample
//! financial entity's package passes every check and has the EBA sample's structure file by
//! file; a problem in the package names the record that fixes it.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use vendor_risk_core::dora::build::Source;
use vendor_risk_core::dora::import::ProviderMatch;
use vendor_risk_core::dora::model::{
    DoraArrangementDraft, DoraEntityDraft, DoraFunctionDraft, DoraProviderDraft, FunctionKey, Scope,
};
use vendor_risk_core::dora::package::{Package, Sheet, read_package, write_package};
use vendor_risk_core::org::OrgProfileDraft;
use vendor_risk_core::{CoreError, DoraPackage, ErrorCode, Register, sample};

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
    assert!(register.verify_audit().unwrap().intact, "every RoI change is in the audit log as it was made");
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
    assert_eq!(rows("B_01.03"), 1, "the Irish entity's German branch");
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

/// A register for a financial entity with nothing else in it.
fn empty_financial_entity(dir: &std::path::Path) -> Register {
    let (register, _) = new_register(dir);
    let mut profile = OrgProfileDraft::from(&register.org_profile().unwrap());
    profile.name = "Importer".into();
    profile.financial_entity = true;
    register.set_org_profile(&profile).unwrap();
    register
}

/// Each sheet's rows, sorted: what a package says, whatever order its rows are in.
fn sorted_rows(package: &Package) -> BTreeMap<String, (Vec<String>, Vec<Vec<String>>)> {
    package
        .sheets
        .iter()
        .map(|(file, sheet)| {
            let mut rows = sheet.rows.clone();
            rows.sort();
            (file.clone(), (sheet.header.clone(), rows))
        })
        .collect()
}

#[test]
fn a_package_imported_into_another_register_exports_the_same_rows() {
    let (dir, other_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let register = financial_sample(dir.path());
    let mut settings = register.dora_records().unwrap().settings;
    settings.scope = Scope::Individual;
    settings.definitions = [("c0010", "Standalone: one contract"), ("c0050", "High: customer funds at stake")]
        .map(|(c, t)| (c.into(), t.into()))
        .into();
    register.set_dora_settings(&settings).unwrap();
    let filed = register.dora_package(ref_date()).unwrap();
    assert!(filed.readiness.name.contains(".IND_IE_"), "{}", filed.readiness.name);
    let file_name = format!("{}.zip", filed.readiness.name);

    let other = empty_financial_entity(other_dir.path());
    let preview = other.dora_import_preview(&file_name, &filed.zip).unwrap();
    assert_eq!((preview.entity_count, preview.function_count, preview.arrangements.len()), (2, 5, 5));
    assert!(preview.providers.iter().all(|p| p.matched == ProviderMatch::New), "an empty register has no vendors");
    assert!(other.dora_records().unwrap().arrangements.is_empty(), "a preview writes nothing");

    other.dora_import(&file_name, &filed.zip).unwrap();
    assert!(other.verify_audit().unwrap().intact, "the import is in the audit log as it was made");
    let again = other.dora_package(ref_date()).unwrap();
    assert!(again.readiness.problems.is_empty(), "{:#?}", again.readiness.problems);
    assert_eq!(again.readiness.name, filed.readiness.name);
    let (before, after) = (read_package(&filed.zip).unwrap(), read_package(&again.zip).unwrap());
    assert_eq!(sorted_rows(&after), sorted_rows(&before), "the same rows, template by template");
    assert_eq!(other.dora_records().unwrap().settings, settings, "the reporting level and definitions too");
    assert_eq!(after.sheets["b_99.01.csv"].rows.len(), 1);

    let twice = other.dora_import_preview(&file_name, &filed.zip).unwrap();
    let matched: Vec<&str> = twice
        .providers
        .iter()
        .filter_map(|p| match &p.matched {
            ProviderMatch::Existing { identifier, .. } => Some(identifier.as_str()),
            ProviderMatch::New => None,
        })
        .collect();
    assert_eq!(matched, vec!["LEI"; 6], "imported again, every provider is matched by its LEI");
}

#[test]
fn the_ebas_own_sample_is_refused_with_its_broken_keys_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let register = empty_financial_entity(dir.path());
    let bytes = std::fs::read(fixture(EBA_SAMPLE)).unwrap();
    let name = EBA_SAMPLE.rsplit('/').next().unwrap();
    let refused = register.dora_import(name, &bytes).unwrap_err();
    let CoreError::Validation(errors) = refused else { panic!("{refused}") };
    assert!(errors.0.iter().any(|e| e.rule == "807" && e.field.starts_with("B_")), "{errors}");
    assert!(errors.0.iter().any(|e| e.rule == "lei"), "{errors}");
    assert!(register.dora_records().unwrap().entities.is_empty());
    assert!(register.vendor_sheet().unwrap().rows.is_empty(), "no vendor was created");
}

/// The sample's package with one sheet changed.
fn with_change(filed: &DoraPackage, file: &str, change: impl Fn(&mut Sheet)) -> Vec<u8> {
    let mut package = read_package(&filed.zip).unwrap();
    change(package.sheets.get_mut(file).unwrap());
    write_package(&package.root, &package.sheets).unwrap()
}

#[test]
fn a_malformed_package_is_refused_naming_what_is_wrong_and_nothing_is_written() {
    let (dir, other_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let filed = financial_sample(dir.path()).dora_package(ref_date()).unwrap();
    let name = format!("{}.zip", filed.readiness.name);
    let register = empty_financial_entity(other_dir.path());
    let refusal = |file_name: &str, bytes: &[u8]| -> String {
        let error = register.dora_import(file_name, bytes).unwrap_err();
        assert!(matches!(error, CoreError::Validation(_)), "{error}");
        error.to_string()
    };
    let set = |column: &str, value: &str| {
        let (column, value) = (column.to_owned(), value.to_owned());
        move |sheet: &mut Sheet| {
            let at = sheet.header.iter().position(|h| *h == column).unwrap();
            sheet.rows[0][at] = value.clone();
        }
    };
    let cases: Vec<(&str, String, Vec<u8>, &str)> = vec![
        ("not a zip", name.clone(), b"c0010,c0020\r\n".to_vec(), "Not a readable report package"),
        ("wrong root folder", "renamed.zip".into(), filed.zip.clone(), "must have the same name"),
        (
            "missing table",
            name.clone(),
            {
                let mut package = read_package(&filed.zip).unwrap();
                package.sheets.remove("b_06.01.csv");
                write_package(&package.root, &package.sheets).unwrap()
            },
            "has no reports/b_06.01.csv",
        ),
        (
            "unknown column",
            name.clone(),
            with_change(&filed, "b_02.01.csv", |s| {
                s.header.push("c0999".into());
                for row in &mut s.rows {
                    row.push(String::new());
                }
            }),
            "no column c0999",
        ),
        (
            "bad closed-list value",
            name.clone(),
            with_change(&filed, "b_02.01.csv", set("c0020", "eba_CO:x42")),
            "B_02.01 row 1 c0020",
        ),
        (
            "duplicate key",
            name.clone(),
            with_change(&filed, "b_06.01.csv", |s| {
                let first = s.rows[0].clone();
                s.rows.push(first);
            }),
            "is repeated",
        ),
        (
            "dangling foreign key",
            name.clone(),
            with_change(&filed, "b_02.02.csv", set("c0050", "F-NONE")),
            "is not a row of B_06.01",
        ),
    ];
    for (case, file_name, bytes, expected) in cases {
        let message = refusal(&file_name, &bytes);
        assert!(message.contains(expected), "{case}: {message}");
    }
    assert!(register.dora_records().unwrap().entities.is_empty(), "nothing was written");
    assert!(register.vendor_sheet().unwrap().rows.is_empty());
}

#[test]
fn conditional_columns_and_euids_are_checked_where_the_row_asks_for_them() {
    let dir = tempfile::tempdir().unwrap();
    let register = financial_sample(dir.path());
    let records = register.dora_records().unwrap();
    let stripe = records.arrangements.iter().find(|a| a.reference == "KP-2023-002").unwrap();
    let mut facts = stripe.facts.clone();
    facts.insert("storage_location".into(), "eba_GA:qx2007".into());
    let draft = DoraArrangementDraft {
        reference: stripe.reference.clone(),
        vendor_id: stripe.vendor_id,
        entity_lei: stripe.entity_lei.clone(),
        overarching: None,
        functions: stripe.functions.clone(),
        facts,
    };
    register.save_dora_arrangement(&draft).unwrap();
    let payments = records.functions.iter().find(|f| f.code == "F-PAY").unwrap();
    let mut facts = payments.facts.clone();
    facts.remove("reasons");
    register
        .save_dora_function(&DoraFunctionDraft {
            code: payments.code.clone(),
            entity_lei: payments.entity_lei.clone(),
            name: payments.name.clone(),
            service: None,
            facts,
        })
        .unwrap();
    let cloudflare = register.find_vendor("Cloudflare").unwrap().id;
    let euid = |code: &str| DoraProviderDraft {
        parent: None,
        facts: [("code", code), ("code_type", "qx2002"), ("person_type", "x212")]
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .into(),
    };
    register.save_dora_provider(cloudflare, &euid("GRK1101R.HRB116737")).unwrap();
    let mut arrangement = draft.clone();
    arrangement.reference = "KP-2026-040".into();
    arrangement.vendor_id = cloudflare;
    register.save_dora_arrangement(&arrangement).unwrap();

    let problems = register.dora_package(ref_date()).unwrap().readiness.problems;
    let at = |template: &str, column: &str, rule: &str| {
        problems.iter().find(|p| {
            p.problem.template.as_deref() == Some(template)
                && p.problem.column.as_deref() == Some(column)
                && p.problem.rule == rule
        })
    };
    let stored = at("B_02.02", "c0150", "required").expect("data stored has a location at rest");
    assert_eq!(stored.source, Some(Source::Arrangement { reference: "KP-2023-002".into() }));
    assert!(at("B_06.01", "c0060", "required").is_some(), "a critical function gives its reasons: {problems:#?}");
    let greek = at("B_05.01", "c0010", "euid").expect("GR is not how an EUID names Greece");
    assert!(greek.problem.message.contains("Greece is EL"), "{}", greek.problem.message);

    register.save_dora_provider(cloudflare, &euid("ELK1101R.HRB116737")).unwrap();
    let problems = register.dora_package(ref_date()).unwrap().readiness.problems;
    assert!(!problems.iter().any(|p| p.problem.rule == "euid"), "{problems:#?}");
}

#[test]
fn a_function_on_one_of_our_services_asks_for_the_arrangements_its_vendors_need() {
    let dir = tempfile::tempdir().unwrap();
    let register = financial_sample(dir.path());
    let support = register.dora_records().unwrap().functions.into_iter().find(|f| f.code == "F-SUP").unwrap();
    register
        .save_dora_function(&DoraFunctionDraft {
            code: support.code.clone(),
            entity_lei: support.entity_lei.clone(),
            name: support.name.clone(),
            service: Some("Customer support".into()),
            facts: support.facts.clone(),
        })
        .unwrap();
    let problems = register.dora_package(ref_date()).unwrap().readiness.problems;
    let advice: Vec<&str> =
        problems.iter().filter(|p| p.problem.rule == "service").map(|p| p.problem.message.as_str()).collect();
    assert_eq!(advice.len(), 1, "Zendesk's arrangement supports F-SUP; Intercom has none: {advice:?}");
    assert!(advice[0].contains("Intercom") && advice[0].contains("Customer support"), "{}", advice[0]);
    let source = &problems.iter().find(|p| p.problem.rule == "service").unwrap().source;
    assert_eq!(source, &Some(Source::Function { code: "F-SUP".into(), entity_lei: support.entity_lei.clone() }));
}
