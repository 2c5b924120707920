//! Risk from the shell: the arithmetic behind a score, roles enforced by the core, a rubric
//! change that leaves earlier assessments as they were, acceptances that go stale, and the
//! dashboard as JSON.

use vendor_risk_tests::{actor_as, new_db, on_server, vendor_risk, vendor_risk_as};

fn sample() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = new_db(dir.path(), "kestrel.sqlite");
    vendor_risk(&db, &["sample"]).ok();
    (dir, db)
}

#[test]
fn explain_shows_every_step_and_the_dashboard_counts_every_vendor() {
    let (_dir, db) = sample();
    let text = vendor_risk(&db, &["risk", "explain", "Zendesk"]).ok().stdout;
    for step in ["Data sensitivity", "Operational impact", "Inherent risk", "Control effectiveness", "Residual risk"] {
        assert!(text.contains(step), "{step} missing from:\n{text}");
    }
    assert!(text.contains("Notice to terminate Zendesk must be given by 2027-01-15"), "{text}");

    let dashboard = vendor_risk(&db, &["dashboard", "--json"]).ok().json();
    let cells = dashboard["heatMap"].as_array().unwrap();
    assert_eq!(cells.len(), 25);
    let placed: u64 = cells.iter().map(|c| c["vendors"].as_u64().unwrap()).sum();
    assert_eq!(placed, dashboard["vendors"].as_u64().unwrap());
    let tiers: u64 = dashboard["tiers"].as_array().unwrap().iter().map(|t| t["count"].as_u64().unwrap()).sum();
    assert_eq!(tiers, placed);

    let due = vendor_risk(&db, &["reviews", "due", "--json"]).ok().json();
    assert!(due.as_array().unwrap().iter().all(|r| r["state"] != "up_to_date"));
    assert!(due.as_array().unwrap().iter().any(|r| r["vendor"]["name"] == "Mixpanel"));
}

#[test]
fn roles_are_enforced_by_the_core_and_recorded_in_the_audit_log() {
    let (_dir, db) = sample();
    let as_role = |role: &str, args: &[&str]| vendor_risk_as(&db, role, args);
    let refused = as_role("procurement", &["risk", "assess", "Zendesk"]).fails();
    assert!(refused.stderr.contains("Procurement cannot"), "{}", refused.stderr);
    let acceptance =
        ["acceptance", "add", "Intercom", "--approver", "P", "--justification", "J", "--expires", "2027-06-30"];
    as_role("procurement", &acceptance).fails();
    as_role("auditor", &["vendor", "archive", "Intercom"]).fails();
    // On a team register the server decides the role: --role typed there is refused, not ignored.
    let typed = vendor_risk(&db, &["--role", "auditor", "vendor", "list"]);
    assert_eq!(typed.code, Some(if on_server() { 2 } else { 0 }), "{}", typed.stderr);

    let document =
        ["document", "add", "Zendesk", "--kind", "pentest", "--title", "Pen test 2026", "--issued", "2026-10-01"];
    as_role("procurement", &document).ok();
    let log = vendor_risk(&db, &["audit", "log", "--limit", "1", "--json"]).ok().json();
    assert_eq!(log["items"][0]["action"], "vendor_document.add");
    assert_eq!(log["items"][0]["actor"], actor_as("procurement"));
    assert_eq!(log["items"][0]["role"], "procurement");
    vendor_risk(&db, &["audit", "verify"]).ok();
}

#[test]
fn a_new_rubric_leaves_earlier_assessments_alone_and_an_override_needs_a_reason() {
    let (dir, db) = sample();
    let before = vendor_risk(&db, &["risk", "history", "Zendesk", "--json"]).ok().json();
    assert_eq!(before[0]["rubricVersion"], 1);

    let mut rubric = vendor_risk(&db, &["risk", "rubric"]).ok().json();
    rubric["tiers"] = serde_json::json!([2, 2, 2, 1, 1]);
    let file = dir.path().join("rubric.json");
    std::fs::write(&file, rubric.to_string()).unwrap();
    vendor_risk(&db, &["risk", "set-rubric", file.to_str().unwrap()]).ok();
    assert_eq!(vendor_risk(&db, &["risk", "rubric"]).ok().json()["version"], 2);
    vendor_risk(&db, &["risk", "assess", "Zendesk"]).ok();
    let after = vendor_risk(&db, &["risk", "history", "Zendesk", "--json"]).ok().json();
    assert_eq!(after[0], before[0], "the first assessment is unchanged");
    assert_eq!(after[1]["rubricVersion"], 2);
    assert_eq!(after[1]["result"]["tier"], 2);

    // A broken rubric is refused with the field named; nothing changes.
    rubric["reviewMonths"] = serde_json::json!([0, 12, 24, 36]);
    std::fs::write(&file, rubric.to_string()).unwrap();
    let refused = vendor_risk(&db, &["risk", "set-rubric", file.to_str().unwrap()]).fails();
    assert!(refused.stderr.contains("rubric.json key reviewMonths: Review intervals"), "{}", refused.stderr);
    assert_eq!(vendor_risk(&db, &["risk", "rubric"]).ok().json()["version"], 2);

    let refused = vendor_risk(&db, &["risk", "profile", "Intercom", "--override-level", "high"]).fails();
    assert!(refused.stderr.contains("--override-reason"), "{}", refused.stderr);
}

#[test]
fn an_acceptance_goes_stale_when_the_residual_risk_changes() {
    let (_dir, db) = sample();
    let acceptance = [
        "acceptance",
        "add",
        "Intercom",
        "--approver",
        "CISO",
        "--justification",
        "Chat only",
        "--expires",
        "2027-06-30",
    ];
    vendor_risk(&db, &acceptance).ok();
    let stale =
        |db| vendor_risk(db, &["dashboard", "--json"]).ok().json()["staleAcceptances"]["total"].as_u64().unwrap();
    assert_eq!(stale(&db), 0);
    vendor_risk(
        &db,
        &["risk", "profile", "Intercom", "--override-level", "very_high", "--override-reason", "Breach reported"],
    )
    .ok();
    assert_eq!(stale(&db), 1);
    let listed = vendor_risk(&db, &["acceptance", "list", "Intercom", "--json"]).ok().json();
    assert_eq!(listed[0]["stale"], true);
}
