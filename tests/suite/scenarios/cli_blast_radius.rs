//! The Mixpanel case end to end through the CLI: the sample register, the blast radius on the
//! day of the attack and after the exit, the data flows, and a subprocessor-list import.

use vendor_risk_tests::{fixtures_dir, new_db, vendor_risk};

fn sample() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = new_db(dir.path(), "kestrel.sqlite");
    vendor_risk(&db, &["sample"]).ok();
    (dir, db)
}

#[test]
fn the_mixpanel_breach_from_the_shell() {
    let (_dir, db) = sample();
    let radius = vendor_risk(&db, &["blast-radius", "Mixpanel", "--at", "2025-11-09", "--json"]).ok().json();
    let mut kinds: Vec<&str> =
        radius["direct"]["categories"].as_array().unwrap().iter().map(|c| c["key"].as_str().unwrap()).collect();
    kinds.sort_unstable();
    assert_eq!(
        kinds,
        [
            "user.behavior.referring_websites",
            "user.contact.email",
            "user.device.operating_system_and_browser",
            "user.location.imprecise",
            "user.name",
            "user.unique_id"
        ]
    );
    assert_eq!(radius["direct"]["people"], 1_250_000);
    assert_eq!(radius["direct"]["flags"]["credentials"], false);
    assert_eq!(radius["direct"]["flags"]["paymentCard"], false);
    assert_eq!(radius["indirect"][0]["vendor"]["name"], "Twilio Segment");
    assert_eq!(radius["indirect"][0]["paths"][0]["vendors"][1]["name"], "Mixpanel");
    assert_eq!(radius["downstream"][0]["vendor"]["name"], "Google Cloud Platform");
    assert_eq!(radius["services"][0]["name"], "Developer platform");
    assert_eq!(radius["rank"], 1);

    let after = vendor_risk(&db, &["blast-radius", "Mixpanel", "--at", "2025-12-01", "--json"]).ok().json();
    assert!(after["direct"]["categories"].as_array().unwrap().is_empty());
    assert_eq!(after["lastHeldOn"], "2025-11-27");

    let text = vendor_risk(&db, &["blast-radius", "mixpanel", "--at", "2025-11-09"]).ok().stdout;
    assert!(text.contains("Twilio Segment → Mixpanel") && text.contains("Warn users about phishing"), "{text}");
}

#[test]
fn the_mixpanel_breach_in_bahasa_indonesia() {
    let (_dir, db) = sample();
    let args = ["blast-radius", "Mixpanel", "--at", "2025-11-09", "--aware-at", "2025-11-25T17:00:00Z"];
    let text = vendor_risk(&db, &[&["--lang", "id"][..], &args].concat()).ok().stdout;
    for expected in [
        "Radius dampak Mixpanel",
        "PAPARAN LANGSUNG: 1.250.000 orang",
        "Peringatkan pengguna tentang phishing",
        "KEWAJIBAN PEMBERITAHUAN",
        "3 x 24 jam (72 jam) sejak diketahui",
        "142.000 orang yang terdampak tinggal di Indonesia",
        "pemberitahuan sekurang-kurangnya memuat:",
    ] {
        assert!(text.contains(expected), "{expected} missing:\n{text}");
    }
    assert!(!text.contains("Warn users") && !text.contains("NOTIFICATION OBLIGATIONS"), "{text}");

    // A locale in VENDOR_RISK_LANG works too; a language the app does not speak is a usage error.
    let from_env = std::process::Command::new(vendor_risk_tests::cli_binary())
        .args(["--db", db.to_str().unwrap()])
        .args(args)
        .env("VENDOR_RISK_LANG", "id_ID.UTF-8")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&from_env.stdout), text);
    // A rejected field is explained in the chosen language, under its flag.
    let refused =
        vendor_risk(&db, &["--lang", "id", "vendor", "add", "--name", "Bad LEI Ltd", "--lei", "HWUPKR0MPOU8FGXBT395"]);
    assert_eq!(refused.code, Some(1));
    assert!(refused.stderr.contains("masukan tidak sah"), "{}", refused.stderr);
    assert!(refused.stderr.contains("--lei: Digit pemeriksa LEI tidak cocok"), "{}", refused.stderr);
    // So is an error, after the prefix scripts read.
    let missing = vendor_risk(&db, &["--lang", "id", "vendor", "show", "Fastly"]).fails();
    assert!(missing.stderr.contains("error: vendor tidak ditemukan: Fastly"), "{}", missing.stderr);

    let german = vendor_risk(&db, &[&["--lang", "de"][..], &args].concat());
    assert_eq!(german.code, Some(2), "{}", german.stderr);
    assert!(german.stderr.contains("en, id"), "{}", german.stderr);
}

#[test]
fn flows_services_and_lookups_from_the_shell() {
    let (_dir, db) = sample();
    let added = vendor_risk(
        &db,
        &[
            "flow",
            "add",
            "Vanta",
            "--subject",
            "employee",
            "--category",
            "user.name",
            "--category",
            "user.contact.email",
            "--purpose",
            "SOC 2 evidence from the HR system",
            "--people",
            "420",
            "--residence",
            "US=300",
            "--residence",
            "IE=120",
            "--transfer",
            "eu_us_dpf",
            "--valid-from",
            "2024-03-01",
        ],
    )
    .ok();
    let id = added.stdout.split_whitespace().nth(2).unwrap().to_owned();
    let listed = vendor_risk(&db, &["flow", "list", "Vanta", "--json"]).ok().json();
    assert_eq!(listed[0]["residence"][0], serde_json::json!({ "country": "US", "people": 300 }));
    vendor_risk(&db, &["flow", "end", &id, "--on", "2026-06-30"]).ok();
    assert!(
        vendor_risk(&db, &["flow", "list", "Vanta", "--at", "2026-07-01", "--json"])
            .ok()
            .json()
            .as_array()
            .unwrap()
            .is_empty()
    );

    let bad = vendor_risk(
        &db,
        &[
            "flow",
            "add",
            "Vanta",
            "--subject",
            "martians",
            "--category",
            "user.nope",
            "--purpose",
            "x",
            "--valid-from",
            "2024-13-01",
        ],
    );
    assert_eq!(bad.code, Some(1));
    for flag in ["--subject:", "--category #1:", "--valid-from:"] {
        assert!(bad.stderr.contains(flag), "{flag} not named in: {}", bad.stderr);
    }

    vendor_risk(
        &db,
        &["service", "add", "--name", "Status page", "--criticality", "low", "--depends-on", "Cloudflare"],
    )
    .ok();
    let services = vendor_risk(&db, &["service", "list", "--json"]).ok().json();
    assert!(services.as_array().unwrap().iter().any(|s| s["name"] == "Status page"));

    let special = vendor_risk(&db, &["lookup", "--flag", "government_id", "--json"]).ok().json();
    assert_eq!(special["hits"][0]["vendor"]["name"], "Deel");
    assert!(vendor_risk(&db, &["audit", "verify"]).code == Some(0));
}

#[test]
fn a_subprocessor_list_is_previewed_then_imported() {
    let (_dir, db) = sample();
    let list = fixtures_dir().join("subprocessors/github-subprocessors.md");
    let list = list.to_str().unwrap();
    let preview = vendor_risk(&db, &["subprocessors", "import", "GitHub", list, "--preview", "--json"]).ok().json();
    assert_eq!(preview["committed"], false);
    assert_eq!(preview["rows"].as_array().unwrap().len(), 29);
    assert!(vendor_risk(&db, &["vendor", "show", "Fastly"]).code == Some(1), "a preview creates nothing");
    let imported = vendor_risk(&db, &["subprocessors", "import", "GitHub", list]).ok();
    assert!(imported.stdout.contains("29 added"), "{}", imported.stdout);
    vendor_risk(&db, &["vendor", "show", "Fastly"]).ok();
    let edges = vendor_risk(&db, &["edge", "list", "GitHub", "--json"]).ok().json();
    assert_eq!(edges.as_array().unwrap().len(), 29);
}
