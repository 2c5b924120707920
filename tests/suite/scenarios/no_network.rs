//! The CLI makes no network connection: traced with strace while it creates the sample
//! register, imports vendors, writes every report and export, and backs up, it opens no
//! socket at all.

use std::path::Path;
use std::process::Command;

use vendor_risk_tests::cli_binary;

/// Runs the CLI under strace; returns the socket and connect calls it made.
fn traced(db: &Path, trace: &Path, args: &[&str]) -> String {
    let status = Command::new("strace")
        .args(["-f", "-qq", "-e", "trace=socket,connect", "-o"])
        .arg(trace)
        .arg(cli_binary())
        .arg("--db")
        .arg(db)
        .args(args)
        .env("VENDOR_RISK_ACTOR", "No Network Test")
        .output()
        .expect("strace must be installed (cargo xtask test installs it)");
    assert!(status.status.success(), "{args:?}: {}", String::from_utf8_lossy(&status.stderr));
    std::fs::read_to_string(trace).unwrap()
}

#[test]
fn the_cli_opens_no_socket() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("register.sqlite");
    let out = |name: &str| dir.path().join(name).display().to_string();
    let csv = dir.path().join("vendors.csv");
    std::fs::write(&csv, "Supplier,Country\nAcme Widgets GmbH,DE\n").unwrap();
    let runs: Vec<Vec<String>> = vec![
        vec!["sample".into()],
        vec!["vendor".into(), "import".into(), csv.display().to_string(), "--commit".into()],
        vec!["report".into(), "register".into(), "--out".into(), out("register.pdf")],
        vec!["report".into(), "vendor".into(), "Mixpanel".into(), "--out".into(), out("mixpanel.pdf")],
        vec!["report".into(), "incident".into(), "1".into(), "--out".into(), out("incident.pdf")],
        vec!["export".into(), "xlsx".into(), "--out".into(), out("vendors.xlsx")],
        vec!["export".into(), "ropa".into(), "--out".into(), out("ropa.csv")],
        vec!["export".into(), "json".into(), "--out".into(), out("backup.json")],
        vec!["backup".into(), out("backup.sqlite")],
        vec!["blast-radius".into(), "Mixpanel".into(), "--at".into(), "2025-11-09".into()],
    ];
    for (i, args) in runs.iter().enumerate() {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let calls = traced(&db, &dir.path().join(format!("trace-{i}.txt")), &args);
        let sockets: Vec<&str> = calls.lines().filter(|l| l.contains("socket(") || l.contains("connect(")).collect();
        assert!(sockets.is_empty(), "{args:?} opened sockets: {sockets:?}");
    }
}
