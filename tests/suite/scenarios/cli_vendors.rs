//! The vendor register through the `vendor-risk` CLI, as a script would use it.

use vendor_risk_tests::{new_db, tamper, vendor_risk};

#[test]
fn a_compliance_officer_builds_and_verifies_a_register_from_the_shell() {
    let dir = tempfile::tempdir().unwrap();
    let db = new_db(dir.path(), "register.sqlite");
    vendor_risk(&db, &["init"]).ok();
    vendor_risk(&db, &["sample"]).ok();
    let added = vendor_risk(
        &db,
        &[
            "vendor",
            "add",
            "--name",
            "Łódź Logistics",
            "--category",
            "other",
            "--status",
            "onboarding",
            "--country",
            "pl",
            "--service",
            "Warehousing",
            "--contact",
            "Marta Nowak;marta@lodz-logistics.pl;Account manager",
            "--annual-spend",
            "12000.50",
            "--currency",
            "PLN",
            "--lei",
            "5493001KJTIIGC8Y1R12",
        ],
    )
    .ok();
    assert!(added.stdout.contains("Łódź Logistics"));

    let shown = vendor_risk(&db, &["vendor", "show", "łódź logistics", "--json"]).ok().json();
    assert_eq!(shown["country"], "PL");
    assert_eq!(shown["category"], "other");
    assert_eq!(shown["contract"]["annualSpend"]["minorUnits"], 1_200_050);
    assert_eq!(shown["contacts"][0]["email"], "marta@lodz-logistics.pl");
    assert_eq!(shown["services"][0]["name"], "Warehousing");

    vendor_risk(&db, &["vendor", "edit", "Łódź Logistics", "--status", "active", "--breach-sla-hours", "48"]).ok();
    vendor_risk(&db, &["vendor", "archive", "Heap"]).ok();

    let list = vendor_risk(
        &db,
        &["vendor", "list", "--json", "--status", "onboarding", "--status", "active", "--category", "other"],
    )
    .ok()
    .json();
    let names: Vec<&str> = list["items"].as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"Łódź Logistics"));
    assert!(!names.contains(&"Rippling"), "Rippling is HR, not other");
    assert_eq!(list["total"].as_u64().unwrap() as usize, names.len());

    let log = vendor_risk(&db, &["audit", "log", "--vendor", "Łódź Logistics", "--json"]).ok().json();
    let actions: Vec<&str> = log["items"].as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["vendor.update", "vendor.create"]);
    assert_eq!(log["items"][0]["actor"], "Scenario Test");

    let verify = vendor_risk(&db, &["audit", "verify", "--json"]);
    assert_eq!(verify.code, Some(0));
    assert_eq!(verify.json()["intact"], true);
}

#[test]
fn the_list_json_shape_is_stable() {
    let dir = tempfile::tempdir().unwrap();
    let db = new_db(dir.path(), "register.sqlite");
    vendor_risk(&db, &["sample"]).ok();
    let list =
        vendor_risk(&db, &["vendor", "list", "--json", "--limit", "2", "--sort", "annual-spend", "--desc"]).ok().json();
    assert_eq!(list["total"], 27, "every sample vendor (26 and a fourth party); none is archived");
    let first = &list["items"][0];
    let mut keys: Vec<&str> = first.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "annualSpend",
            "archived",
            "businessOwner",
            "category",
            "country",
            "dpaSigned",
            "id",
            "legalName",
            "name",
            "renewal",
            "services",
            "status",
            "updatedAt"
        ]
    );
    assert_eq!(first["name"], "Amazon Web Services");
}

#[test]
fn bad_input_is_named_by_flag_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let db = new_db(dir.path(), "register.sqlite");
    vendor_risk(&db, &["sample"]).ok();
    let before = vendor_risk(&db, &["audit", "log", "--json"]).ok().json()["total"].clone();
    let rejected = vendor_risk(
        &db,
        &[
            "vendor",
            "add",
            "--name",
            "Bad Co",
            "--lei",
            "HWUPKR0MPOU8FGXBT395",
            "--contact",
            "Bo;bo@;CTO",
            "--dpa-signed",
            "2025-13-01",
            "--annual-spend",
            "1,000",
            "--currency",
            "USD",
        ],
    );
    assert_eq!(rejected.code, Some(1));
    for flag in ["--lei", "--contact #1 (email)", "--dpa-signed", "--annual-spend"] {
        assert!(rejected.stderr.contains(flag), "{flag} not named in: {}", rejected.stderr);
    }
    assert!(rejected.stdout.is_empty());
    let after = vendor_risk(&db, &["audit", "log", "--json"]).ok().json()["total"].clone();
    assert_eq!(before, after);
    assert_eq!(vendor_risk(&db, &["vendor", "show", "Bad Co"]).code, Some(1));
}

#[test]
fn tampering_outside_the_app_fails_verify_with_exit_code_3() {
    let dir = tempfile::tempdir().unwrap();
    let db = new_db(dir.path(), "register.sqlite");
    vendor_risk(&db, &["sample"]).ok();
    tamper(&db, "UPDATE audit_log SET summary = 'Nothing to see' WHERE seq = 2;");
    let verify = vendor_risk(&db, &["audit", "verify"]);
    assert_eq!(verify.code, Some(3));
    assert!(verify.stdout.contains("entry 2 was altered"), "{}", verify.stdout);
}

#[test]
fn files_that_are_not_registers_are_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("vendors.csv");
    std::fs::write(&text, "name,category\nMixpanel,analytics\n").unwrap();
    let run = vendor_risk(&text, &["vendor", "list"]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("is not a Vendor Risk Register file"), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&text).unwrap(), "name,category\nMixpanel,analytics\n");

    let missing = vendor_risk(&dir.path().join("typo.sqlite"), &["vendor", "list"]);
    assert!(missing.stderr.contains("no register at"), "{}", missing.stderr);
    assert!(!dir.path().join("typo.sqlite").exists(), "a typo must not create a register");
}
