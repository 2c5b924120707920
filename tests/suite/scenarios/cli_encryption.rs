//! Encryption at rest from the CLI: `init --encrypt`, `rekey`, `decrypt`, `encrypt`, with
//! passphrases from files; a missing or wrong passphrase fails clearly and changes no byte;
//! backups of an encrypted register stay encrypted.

use std::path::{Path, PathBuf};

use vendor_risk_tests::{cli_binary, vendor_risk};

const SQLITE_HEADER: &[u8] = b"SQLite format 3\0";

fn secret_file(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, format!("{text}\n")).unwrap();
    path
}

fn plain(path: &Path) -> bool {
    std::fs::read(path).unwrap().starts_with(SQLITE_HEADER)
}

#[test]
fn a_register_is_encrypted_rekeyed_and_decrypted_from_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("register.sqlite");
    let first = secret_file(dir.path(), "first.txt", "first long passphrase");
    let second = secret_file(dir.path(), "second.txt", "second long passphrase");
    let wrong = secret_file(dir.path(), "wrong.txt", "not the passphrase");
    let (first, second, wrong) = (first.to_str().unwrap(), second.to_str().unwrap(), wrong.to_str().unwrap());

    let short = secret_file(dir.path(), "short.txt", "short");
    let refused = vendor_risk(&db, &["init", "--encrypt", "--new-passphrase-file", short.to_str().unwrap()]).fails();
    assert!(refused.stderr.contains("--new-passphrase-file: Choose a passphrase of at least 10"), "{}", refused.stderr);
    assert!(!db.exists(), "nothing was created");

    vendor_risk(&db, &["init", "--encrypt", "--new-passphrase-file", first]).ok();
    vendor_risk(&db, &["--passphrase-file", first, "sample"]).ok();
    assert!(!plain(&db));

    let before = std::fs::read(&db).unwrap();
    let locked = vendor_risk(&db, &["vendor", "list"]).fails();
    assert!(locked.stderr.contains("is encrypted") && locked.stderr.contains("--passphrase-file"), "{}", locked.stderr);
    let refused = vendor_risk(&db, &["--passphrase-file", wrong, "vendor", "list"]).fails();
    assert!(refused.stderr.contains("passphrase does not open"), "{}", refused.stderr);
    assert_eq!(std::fs::read(&db).unwrap(), before, "a wrong passphrase changes no byte");

    let listed = vendor_risk(&db, &["--passphrase-file", first, "vendor", "list", "--json"]).ok().json();
    assert!(listed["total"].as_u64().unwrap() >= 20, "{listed}");
    let from_env = std::process::Command::new(cli_binary())
        .args(["--db", db.to_str().unwrap(), "vendor", "list", "--limit", "1"])
        .env("VENDOR_RISK_PASSPHRASE", "first long passphrase")
        .output()
        .unwrap();
    assert!(from_env.status.success(), "{}", String::from_utf8_lossy(&from_env.stderr));
    let backup = dir.path().join("backup.sqlite");
    vendor_risk(&db, &["--passphrase-file", first, "backup", backup.to_str().unwrap()]).ok();
    assert!(!plain(&backup), "the backup of an encrypted register is encrypted");
    vendor_risk(&backup, &["--passphrase-file", first, "audit", "verify"]).ok();

    vendor_risk(&db, &["--passphrase-file", first, "rekey", "--new-passphrase-file", second]).ok();
    vendor_risk(&db, &["--passphrase-file", first, "vendor", "list"]).fails();
    vendor_risk(&db, &["--passphrase-file", second, "decrypt"]).ok();
    assert!(plain(&db));
    let log = vendor_risk(&db, &["audit", "log", "--json"]).ok().json();
    let actions: Vec<&str> = log["items"].as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions[..2], ["register.decrypt", "register.rekey"], "{actions:?}");
    vendor_risk(&db, &["audit", "verify"]).ok();

    vendor_risk(&db, &["encrypt", "--new-passphrase-file", first]).ok();
    assert!(!plain(&db));
    let again = vendor_risk(&db, &["--passphrase-file", first, "encrypt", "--new-passphrase-file", second]).fails();
    assert!(again.stderr.contains("already encrypted"), "{}", again.stderr);
}
