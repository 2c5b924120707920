//! Reports, exports and imports from the shell: a register report written with a fixed clock is
//! byte-identical when written again, `report verify` accepts it and fails (exit 3) once the
//! register's history was rewritten; the register exported as CSV imports into another
//! register; a JSON backup restores.

use vendor_risk_tests::{new_db, tamper, vendor_risk};

#[test]
fn write_and_verify_a_register_report() {
    let dir = tempfile::tempdir().unwrap();
    let db = new_db(dir.path(), "kestrel.sqlite");
    vendor_risk(&db, &["sample"]).ok();
    let (one, two) = (dir.path().join("one.pdf"), dir.path().join("two.pdf"));
    for out in [&one, &two] {
        let run = vendor_risk(
            &db,
            &["report", "register", "--out", out.to_str().unwrap(), "--clock", "2026-11-28T12:00:00Z"],
        )
        .ok();
        assert!(run.stdout.contains("pages"), "{}", run.stdout);
    }
    assert!(std::fs::read(&one).unwrap() == std::fs::read(&two).unwrap(), "same register, same clock, same bytes");

    let verified = vendor_risk(&db, &["report", "verify", one.to_str().unwrap(), "--json"]).ok().json();
    assert_eq!(verified["historyMatches"], true);
    assert_eq!(verified["attestation"]["kind"], "register");

    // The same report in Bahasa Indonesia attests the same data.
    let indonesian = dir.path().join("id.pdf");
    let run = vendor_risk(
        &db,
        &[
            "--lang",
            "id",
            "report",
            "register",
            "--out",
            indonesian.to_str().unwrap(),
            "--clock",
            "2026-11-28T12:00:00Z",
        ],
    )
    .ok();
    let hash = |stdout: &str| stdout.lines().find(|l| l.starts_with("data SHA-256")).map(str::to_owned);
    let english =
        vendor_risk(&db, &["report", "register", "--out", two.to_str().unwrap(), "--clock", "2026-11-28T12:00:00Z"])
            .ok();
    assert_eq!(hash(&run.stdout), hash(&english.stdout), "the attestation does not depend on the language");
    assert!(std::fs::read(&indonesian).unwrap() != std::fs::read(&two).unwrap());

    let dossier = dir.path().join("mixpanel.pdf");
    vendor_risk(&db, &["report", "vendor", "Mixpanel", "--out", dossier.to_str().unwrap()]).ok();
    let incident = dir.path().join("incident.pdf");
    vendor_risk(&db, &["report", "incident", "1", "--out", incident.to_str().unwrap()]).ok();
    vendor_risk(&db, &["report", "incident", "99", "--out", incident.to_str().unwrap()]).fails();

    tamper(&db, "UPDATE audit_log SET actor = 'someone else' WHERE seq = 2;");
    let run = vendor_risk(&db, &["report", "verify", one.to_str().unwrap()]);
    assert_eq!(run.code, Some(3), "{}", run.stdout);
    assert!(run.stdout.contains("does not verify"), "{}", run.stdout);
}

#[test]
fn export_import_backup_and_restore() {
    let dir = tempfile::tempdir().unwrap();
    let db = new_db(dir.path(), "kestrel.sqlite");
    vendor_risk(&db, &["sample"]).ok();
    let csv = dir.path().join("vendors.csv");
    vendor_risk(&db, &["export", "csv", "--out", csv.to_str().unwrap()]).ok();
    let xlsx = dir.path().join("ropa.xlsx");
    vendor_risk(&db, &["export", "ropa", "--out", xlsx.to_str().unwrap()]).ok();
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK"), "an XLSX workbook");

    let other = dir.path().join("other.sqlite");
    vendor_risk(&other, &["init"]).ok();
    let preview = vendor_risk(&other, &["vendor", "import", csv.to_str().unwrap(), "--preview", "--json"]).ok().json();
    assert_eq!(preview["create"], 27, "every exported vendor imports: {}", preview["rows"]);
    vendor_risk(&other, &["vendor", "import", csv.to_str().unwrap(), "--commit"]).ok();
    let again = vendor_risk(&other, &["vendor", "import", csv.to_str().unwrap(), "--preview"]).ok();
    assert!(again.stdout.contains("0 new, 0 updated, 27 skipped"), "{}", again.stdout);

    let backup = dir.path().join("backup.json");
    vendor_risk(&db, &["export", "json", "--out", backup.to_str().unwrap()]).ok();
    let restored = dir.path().join("restored.sqlite");
    vendor_risk(&restored, &["restore", backup.to_str().unwrap()]).ok();
    vendor_risk(&restored, &["audit", "verify"]).ok();
    vendor_risk(&restored, &["restore", backup.to_str().unwrap()]).fails();
}
