//! Incidents and notification deadlines through the CLI: the sample's Mixpanel incident, the
//! blast radius with obligations, opening a new incident, assessing, marking steps done, the
//! organisation profile, and errors that name the flag.

use vendor_risk_tests::{new_db, vendor_risk};

fn sample() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = new_db(dir.path(), "kestrel.sqlite");
    vendor_risk(&db, &["sample"]).ok();
    (dir, db)
}

fn rule_ids(report: &serde_json::Value) -> Vec<String> {
    report["obligations"].as_array().unwrap().iter().map(|o| o["ruleId"].as_str().unwrap().to_owned()).collect()
}

#[test]
fn blast_radius_json_includes_the_obligations_from_the_awareness_time() {
    let (_dir, db) = sample();
    let args = ["blast-radius", "Mixpanel", "--at", "2025-11-09", "--aware-at", "2025-11-25T17:00:00Z", "--json"];
    let radius = vendor_risk(&db, &args).ok().json();
    let report = &radius["obligations"];
    assert_eq!(report["timeZone"], "Europe/Dublin");
    let gdpr = report["obligations"].as_array().unwrap().iter().find(|o| o["ruleId"] == "gdpr-33").expect("GDPR 33");
    assert_eq!(gdpr["due"], "2025-11-28T17:00:00Z");
    assert_eq!(gdpr["citation"], "Regulation (EU) 2016/679 (GDPR), Art. 33(1)");
    assert_eq!(gdpr["status"], "applies");
    let ids = rule_ids(report);
    for expected in ["gdpr-33", "uk-gdpr-33", "id-pdp", "appi-preliminary", "sec-8k", "gdpr-34"] {
        assert!(ids.contains(&expected.to_owned()), "{expected} in {ids:?}");
    }
    assert!(
        !ids.iter().any(|id| id.starts_with("ca-") || id.starts_with("hipaa") || id.starts_with("dora")),
        "{ids:?}"
    );

    let local = vendor_risk(&db, &["blast-radius", "Mixpanel", "--at", "2025-11-09", "--aware-at", "2025-11-25T17:00"])
        .ok()
        .stdout;
    assert!(
        local.contains("[gdpr-33] GDPR: Notify the supervisory authority")
            && local.contains("due 2025-11-28 17:00 GMT"),
        "{local}"
    );

    let bad = vendor_risk(&db, &["blast-radius", "Mixpanel", "--aware-at", "yesterday"]).fails();
    assert!(bad.stderr.contains("--aware-at"), "{}", bad.stderr);
}

#[test]
fn the_sample_mixpanel_incident_has_its_record() {
    let (_dir, db) = sample();
    let list = vendor_risk(&db, &["incident", "list", "--json"]).ok().json();
    assert_eq!(list[0]["vendor"]["name"], "Mixpanel");
    let view = vendor_risk(&db, &["incident", "show", "1", "--json"]).ok().json();
    assert_eq!(view["vendorLagHours"], 399, "9 Nov 02:00 → 25 Nov 17:00 UTC");
    assert_eq!(view["vendorSlaHours"], 72);
    assert_eq!(view["incident"]["blastRadius"]["asOf"], "2025-11-09", "frozen on the detection date");
    assert_eq!(view["incident"]["confirmedExposed"].as_array().unwrap().len(), 6);
    let gdpr = view["obligations"]["obligations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["ruleId"] == "gdpr-33")
        .unwrap()
        .clone();
    assert_eq!(gdpr["doneAt"], "2025-11-26T15:30:00Z");
    assert_eq!(gdpr["late"], false);
    let skipped: Vec<&str> =
        view["obligations"]["notTriggered"].as_array().unwrap().iter().map(|n| n["ruleId"].as_str().unwrap()).collect();
    assert!(skipped.contains(&"gdpr-34") && skipped.contains(&"sec-8k"), "assessed no: {skipped:?}");
}

#[test]
fn open_assess_and_complete_an_incident() {
    let (_dir, db) = sample();
    let opened = vendor_risk(
        &db,
        &[
            "incident",
            "open",
            "Zendesk",
            "--title",
            "Support tickets exposed",
            "--detected-at",
            "2026-03-27T22:00",
            "--aware-at",
            "2026-03-28T09:15",
            "--json",
        ],
    )
    .ok()
    .json();
    let id = opened["incident"]["id"].as_i64().unwrap().to_string();
    let gdpr = opened["obligations"]["obligations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["ruleId"] == "gdpr-33")
        .unwrap()
        .clone();
    assert_eq!(gdpr["clockStart"], "2026-03-28T09:15:00Z", "local Dublin time, still GMT on 28 March");
    assert_eq!(gdpr["dueLocal"], "2026-03-31 10:15 IST", "72 h later across the start of Irish summer time");

    vendor_risk(&db, &["incident", "assess", &id, "high_risk", "yes", "--note", "ticket bodies include IDs"]).ok();
    let view = vendor_risk(&db, &["incident", "show", &id, "--json"]).ok().json();
    let gdpr34 = view["obligations"]["obligations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["ruleId"] == "gdpr-34")
        .unwrap()
        .clone();
    assert_eq!(gdpr34["status"], "applies");

    vendor_risk(&db, &["incident", "done", &id, "gdpr-33", "--at", "2026-03-30T11:00", "--note", "DPC ref 123"]).ok();
    let text = vendor_risk(&db, &["incident", "show", &id]).ok().stdout;
    assert!(text.contains("[gdpr-33] GDPR: Notify the supervisory authority — DONE 2026-03-30 10:00 UTC"), "{text}");
    assert!(text.contains("Done: GDPR: Notify the supervisory authority (DPC ref 123)"), "{text}");

    let unknown = vendor_risk(&db, &["incident", "done", &id, "gdpr-99"]).fails();
    assert!(unknown.stderr.contains("--rule-id") && unknown.stderr.contains("gdpr-99"), "{}", unknown.stderr);
    let order = vendor_risk(&db, &["incident", "edit", &id, "--aware-at", "2026-03-01T00:00"]).fails();
    assert!(order.stderr.contains("--aware-at"), "{}", order.stderr);
    let outside = vendor_risk(&db, &["incident", "edit", &id, "--exposed", "user.financial.credit_card"]).fails();
    assert!(outside.stderr.contains("--exposed #1"), "{}", outside.stderr);

    assert_eq!(
        vendor_risk(&db, &["audit", "verify"]).ok().stdout.lines().next().map(|l| l.starts_with("Audit log intact")),
        Some(true)
    );
}

#[test]
fn the_profile_decides_which_regimes_apply() {
    let (_dir, db) = sample();
    let shown = vendor_risk(&db, &["org", "profile", "show", "--json"]).ok().json();
    assert_eq!(shown["establishments"], serde_json::json!(["IE", "US"]));
    assert_eq!(shown["secRegistrant"], true);

    vendor_risk(&db, &["org", "profile", "set", "--financial-entity", "true"]).ok();
    let args = ["blast-radius", "Mixpanel", "--at", "2025-11-09", "--aware-at", "2025-11-25T17:00:00Z", "--json"];
    let radius = vendor_risk(&db, &args).ok().json();
    assert!(
        rule_ids(&radius["obligations"]).contains(&"dora-initial".to_owned()),
        "a financial entity reports under DORA"
    );

    let bad =
        vendor_risk(&db, &["org", "profile", "set", "--time-zone", "Mars/Olympus", "--establishment", "XX"]).fails();
    assert!(bad.stderr.contains("--time-zone") && bad.stderr.contains("--establishment #1"), "{}", bad.stderr);
    assert_eq!(
        vendor_risk(&db, &["org", "profile", "show", "--json"]).ok().json()["timeZone"],
        "Europe/Dublin",
        "nothing written"
    );
    vendor_risk(&db, &["org", "profile", "set", "--add-holiday", "IE:2026-03-17:St Patrick's Day"]).ok();
    assert!(vendor_risk(&db, &["org", "profile", "show"]).ok().stdout.contains("IE 2026-03-17 St Patrick's Day"));
}
