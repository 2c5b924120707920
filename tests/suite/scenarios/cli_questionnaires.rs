//! Questionnaires from the shell: templates, assign, answer, the workbook export and re-import,
//! a real CAIQ import with findings, scores with their arithmetic, and findings.

use vendor_risk_tests::{fixtures_dir, new_db, vendor_risk};

fn sample() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = new_db(dir.path(), "kestrel.sqlite");
    vendor_risk(&db, &["sample"]).ok();
    (dir, db)
}

#[test]
fn assign_answer_export_and_reimport() {
    let (dir, db) = sample();
    let templates = vendor_risk(&db, &["questionnaire", "templates", "--json"]).ok().json();
    let ids: Vec<&str> = templates.as_array().unwrap().iter().map(|t| t["id"].as_str().unwrap()).collect();
    assert!(ids.contains(&"security-core") && ids.contains(&"privacy-dpa") && ids.contains(&"lite"), "{ids:?}");

    let assigned = vendor_risk(
        &db,
        &["questionnaire", "assign", "Zendesk", "--template", "lite", "--due", "2026-12-31", "--json"],
    )
    .ok()
    .json();
    let id = assigned["assessment"]["id"].as_i64().unwrap().to_string();
    vendor_risk(&db, &["questionnaire", "answer", &id, "GOV-01", "YES", "--comment", "Policy v3"]).ok();
    let bad = vendor_risk(&db, &["questionnaire", "answer", &id, "GOV-02", "Maybe"]).fails();
    assert!(bad.stderr.contains("'Maybe' is not one of Yes/No/Not applicable"), "{}", bad.stderr);

    let xlsx = dir.path().join("zendesk.xlsx");
    vendor_risk(&db, &["questionnaire", "export", &id, "--xlsx", xlsx.to_str().unwrap()]).ok();
    let preview =
        vendor_risk(&db, &["questionnaire", "import", &id, xlsx.to_str().unwrap(), "--preview", "--json"]).ok().json();
    assert_eq!(preview["changes"].as_array().unwrap().len(), 0, "the exported workbook holds the answers already");
    assert_eq!(preview["committed"], false);

    let score = vendor_risk(&db, &["questionnaire", "score", &id]).ok().stdout;
    assert!(score.contains("GOV-01     3 × 1.00 = 3.00") && score.contains("OVERALL: 3.00 ÷ 3.00 = 100.0"), "{score}");
    let early = vendor_risk(&db, &["questionnaire", "status", &id, "submitted"]).fails();
    assert!(early.stderr.contains("Required: answer it before submitting"), "{}", early.stderr);
}

#[test]
fn a_filled_caiq_becomes_an_assessment_with_findings() {
    let (_dir, db) = sample();
    let file = fixtures_dir().join("caiq/instructure-caiq-v4.0.3.xlsx");
    let result =
        vendor_risk(&db, &["questionnaire", "import-caiq", "Snowflake", file.to_str().unwrap(), "--json"]).ok().json();
    assert_eq!(result["questions"], 261);
    assert_eq!(result["no"], 2);
    let id = result["assessmentId"].as_i64().unwrap().to_string();
    let findings = vendor_risk(&db, &["finding", "list", "--assessment", &id, "--json"]).ok().json();
    assert_eq!(findings.as_array().unwrap().len(), 2);
    let finding = findings[0]["id"].as_i64().unwrap().to_string();
    let waive = vendor_risk(&db, &["finding", "update", &finding, "--status", "waived"]).fails();
    assert!(waive.stderr.contains("--reason"), "{}", waive.stderr);
    vendor_risk(&db, &["finding", "update", &finding, "--status", "waived", "--reason", "Covered by SOC 2 CC6.1"]).ok();
    let text = vendor_risk(&db, &["questionnaire", "show", &id]).ok().stdout;
    assert!(text.contains("CSA CAIQ v4.0.3 (imported)") && text.contains("waived"), "{}", &text[..400.min(text.len())]);
    assert!(vendor_risk(&db, &["audit", "verify"]).ok().stdout.starts_with("Audit log intact"));
}
