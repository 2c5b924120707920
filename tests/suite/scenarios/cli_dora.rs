//! The DORA Register of Information from the shell: the sample financial entity checks clean
//! and exports its package into a folder under the package's own name; a register with an
//! error refuses to export until `--force`, which writes the problems beside the package; a
//! value off the EBA's list is refused naming the field and the list; the package imports into
//! another register after a preview that writes nothing.

use vendor_risk_tests::{new_db, vendor_risk};

#[test]
fn the_register_of_information_is_kept_checked_exported_and_imported_from_the_shell() {
    let dir = tempfile::tempdir().unwrap();
    let db = new_db(dir.path(), "kestrel.sqlite");
    vendor_risk(&db, &["sample", "--financial-entity"]).ok();
    let check = vendor_risk(&db, &["dora", "check", "--ref-date", "2025-12-31", "--json"]).ok().json();
    assert_eq!(check["problems"].as_array().unwrap().len(), 0, "{check}");

    let out = dir.path().join("filing");
    let written =
        vendor_risk(&db, &["export", "dora-roi", "--ref-date", "2025-12-31", "--out", out.to_str().unwrap()]).ok();
    let zips: Vec<_> = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(zips.len(), 1, "{}", written.stdout);
    let zip = &zips[0];
    let name = zip.file_stem().unwrap().to_str().unwrap();
    assert_eq!(format!("{name}.zip"), zip.file_name().unwrap().to_str().unwrap());
    assert!(name.contains(".CON_IE_DORA010100_DORA_2025-12-31_"), "{name}");

    let refused = vendor_risk(
        &db,
        &["dora", "arrangement", "KP-2026-020", "--vendor", "Cloudflare", "--entity", &lei(&check), "--set", "type=x7"],
    )
    .fails();
    assert!(refused.stderr.contains("eba_CO:x1, eba_CO:x2, eba_CO:x3"), "{}", refused.stderr);
    vendor_risk(
        &db,
        &[
            "dora",
            "arrangement",
            "KP-2026-020",
            "--vendor",
            "Cloudflare",
            "--entity",
            &lei(&check),
            "--function",
            "F-PAY",
            "--set",
            "type=x1",
            "--set",
            "service_type=S08",
        ],
    )
    .ok();
    let problem_file = dir.path().join("again");
    let blocked =
        vendor_risk(&db, &["export", "dora-roi", "--ref-date", "2025-12-31", "--out", problem_file.to_str().unwrap()])
            .fails();
    assert!(
        blocked.stderr.contains("provider Cloudflare") && blocked.stderr.contains("Nothing was written"),
        "{}",
        blocked.stderr
    );
    assert!(!problem_file.exists());
    vendor_risk(
        &db,
        &["export", "dora-roi", "--ref-date", "2025-12-31", "--out", problem_file.to_str().unwrap(), "--force"],
    )
    .ok();
    let listed: Vec<String> = std::fs::read_dir(&problem_file)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let problems = listed.iter().find(|f| f.ends_with(".problems.csv")).expect("the problems beside the package");
    let text = std::fs::read_to_string(problem_file.join(problems)).unwrap();
    assert!(text.contains("B_05.01") && text.contains("provider Cloudflare"), "{text}");

    let other = new_db(dir.path(), "other.sqlite");
    vendor_risk(&other, &["init"]).ok();
    vendor_risk(&other, &["org", "profile", "set", "--name", "Importer", "--financial-entity", "true"]).ok();
    let preview = vendor_risk(&other, &["import", "dora-roi", zip.to_str().unwrap(), "--preview"]).ok();
    assert!(
        preview.stdout.contains("Would import 2 entities, 5 functions, 6 providers, 5 arrangements"),
        "{}",
        preview.stdout
    );
    assert_eq!(
        vendor_risk(&other, &["dora", "show", "--json"]).ok().json()["arrangements"].as_array().unwrap().len(),
        0
    );
    vendor_risk(&other, &["import", "dora-roi", zip.to_str().unwrap(), "--commit"]).ok();
    let again = vendor_risk(&other, &["dora", "check", "--ref-date", "2025-12-31", "--json"]).ok().json();
    assert_eq!(again["problems"].as_array().unwrap().len(), 0, "{again}");
    assert_eq!(again["templates"], check["templates"], "the same rows per template");
}

fn lei(check: &serde_json::Value) -> String {
    check["name"].as_str().unwrap()[..20].to_owned()
}
