//! Encryption at rest on real files: an encrypted register, its evidence and its backups hold
//! no readable data; a missing or wrong passphrase is a clear error that leaves the file as it
//! was; encrypting, changing the passphrase and decrypting keep every record and the audit log.

use std::path::Path;

use crate::common::{new_register, options, raw};
use vendor_risk_core::locale::Language;
use vendor_risk_core::vendor::VendorQuery;
use vendor_risk_core::{ErrorCode, Passphrase, Register, RegisterOptions, sample};

/// Text from the sample's vendors and from one of its evidence files.
const PLAINTEXT: [&[u8]; 2] = [b"Mixpanel", b"Zendesk bridge letter"];

fn with_passphrase(text: &str) -> RegisterOptions {
    RegisterOptions { passphrase: Some(Passphrase::unlock(text).unwrap()), ..options() }
}

fn new_passphrase(text: &str) -> Option<Passphrase> {
    Some(Passphrase::choose(text).unwrap())
}

fn readable(path: &Path) -> bool {
    let bytes = std::fs::read(path).unwrap();
    PLAINTEXT.iter().any(|text| bytes.windows(text.len()).any(|w| w == *text))
}

fn vendors(register: &Register) -> u64 {
    register.list_vendors(&VendorQuery::default()).unwrap().total
}

fn last_action(register: &Register) -> String {
    register.audit_log(&Default::default()).unwrap().items[0].action.clone()
}

/// The files in `dir` with their contents.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect();
    files.sort();
    files
}

#[test]
fn an_encrypted_register_opens_only_with_its_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("secret.sqlite");
    let register = Register::create(&path, with_passphrase("correct horse battery")).unwrap();
    sample::write_sample(&register).unwrap();
    let count = vendors(&register);
    assert!(register.info().encrypted);
    drop(register);
    assert!(Register::is_encrypted(&path));
    assert!(!readable(&path), "neither vendors nor evidence are readable in the file");

    let before = snapshot(dir.path());
    let missing = Register::open(&path, options()).map(|_| ()).unwrap_err();
    assert_eq!(missing.code(), ErrorCode::PassphraseNeeded);
    let wrong = Register::open(&path, with_passphrase("incorrect horse")).map(|_| ()).unwrap_err();
    assert_eq!(wrong.code(), ErrorCode::WrongPassphrase);
    let message = wrong.user_message(Language::En);
    assert!(message.contains("not changed"), "{message}");
    assert_eq!(snapshot(dir.path()), before, "a wrong passphrase touches no file");

    let opened = Register::open(&path, with_passphrase("correct horse battery")).unwrap();
    assert_eq!(vendors(&opened), count);
    assert!(opened.verify_audit().unwrap().intact, "the register's read connections are keyed too");
    opened.create_vendor(&vendor_risk_core::vendor::VendorDraft::named("Written meanwhile")).unwrap();
    assert_eq!(vendors(&opened), count + 1, "reads see what the writer committed");
}

#[test]
fn encrypting_rekeying_and_decrypting_keep_every_record() {
    let dir = tempfile::tempdir().unwrap();
    let (register, path) = new_register(dir.path());
    sample::write_sample(&register).unwrap();
    let count = vendors(&register);
    drop(register);
    assert!(readable(&path), "a plain register is readable: the check above means something");

    let encrypted = Register::change_passphrase(&path, options(), new_passphrase("first passphrase")).unwrap();
    assert_eq!((vendors(&encrypted), last_action(&encrypted)), (count, "register.encrypt".into()));
    drop(encrypted);
    assert!(Register::is_encrypted(&path) && !readable(&path));

    let wrong = Register::change_passphrase(&path, with_passphrase("not it"), new_passphrase("second passphrase"));
    assert_eq!(wrong.map(|_| ()).unwrap_err().code(), ErrorCode::WrongPassphrase);
    let rekeyed =
        Register::change_passphrase(&path, with_passphrase("first passphrase"), new_passphrase("second passphrase"))
            .unwrap();
    assert_eq!(last_action(&rekeyed), "register.rekey");
    drop(rekeyed);
    let old = Register::open(&path, with_passphrase("first passphrase")).map(|_| ()).unwrap_err();
    assert_eq!(old.code(), ErrorCode::WrongPassphrase, "the old passphrase no longer opens it");

    let plain = Register::change_passphrase(&path, with_passphrase("second passphrase"), None).unwrap();
    assert_eq!((vendors(&plain), last_action(&plain)), (count, "register.decrypt".into()));
    assert!(plain.verify_audit().unwrap().intact, "the audit chain runs through all three changes");
    drop(plain);
    assert!(!Register::is_encrypted(&path) && readable(&path));
    let leftovers: Vec<_> = snapshot(dir.path()).into_iter().map(|(name, _)| name).collect();
    assert_eq!(leftovers, ["register.sqlite"], "no temporary file is left behind");
}

#[test]
fn only_a_closed_register_is_rewritten_and_only_by_compliance() {
    let dir = tempfile::tempdir().unwrap();
    let (register, path) = new_register(dir.path());
    sample::write_sample(&register).unwrap();
    let busy = Register::change_passphrase(&path, options(), new_passphrase("a long passphrase"));
    assert_eq!(busy.map(|_| ()).unwrap_err().code(), ErrorCode::OpenElsewhere);
    drop(register);
    let procurement = RegisterOptions {
        actor: vendor_risk_core::Actor { name: "Pat".into(), role: vendor_risk_core::Role::Procurement },
        ..options()
    };
    let forbidden = Register::change_passphrase(&path, procurement, new_passphrase("a long passphrase"));
    assert_eq!(forbidden.map(|_| ()).unwrap_err().code(), ErrorCode::Forbidden);
    assert!(!Register::is_encrypted(&path));
    assert!(Passphrase::choose("short").is_err(), "a new passphrase has a minimum length");
}

#[test]
fn backups_of_an_encrypted_register_stay_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("secret.sqlite");
    let register = Register::create(&path, with_passphrase("correct horse battery")).unwrap();
    sample::write_sample(&register).unwrap();
    let copy = dir.path().join("backup.sqlite");
    register.backup_to(&copy).unwrap();
    let daily = register.daily_backup(&dir.path().join("daily"), 7).unwrap().expect("today's backup");
    drop(register);
    for backup in [copy.as_path(), Path::new(&daily.path)] {
        assert!(Register::is_encrypted(backup) && !readable(backup), "{}", backup.display());
        assert_eq!(Register::open(backup, options()).map(|_| ()).unwrap_err().code(), ErrorCode::PassphraseNeeded);
    }
    let no_key = Register::restore_backup(&path, &copy, options()).map(|_| ()).unwrap_err();
    let message = no_key.user_message(Language::En);
    assert!(message.contains("encrypted"), "{message}");
    let (restored, _) = Register::restore_backup(&path, &copy, with_passphrase("correct horse battery")).unwrap();
    assert!(restored.info().encrypted && restored.verify_audit().unwrap().intact);
}

#[test]
fn a_plain_register_ignores_a_passphrase_and_the_sqlite_shell_cannot_read_an_encrypted_one() {
    let dir = tempfile::tempdir().unwrap();
    let (register, path) = new_register(dir.path());
    drop(register);
    let plain = Register::open(&path, with_passphrase("anything at all")).unwrap();
    assert!(!plain.info().encrypted);
    drop(plain);
    let secret = dir.path().join("secret.sqlite");
    drop(Register::create(&secret, with_passphrase("correct horse battery")).unwrap());
    let shell = raw(&secret).query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get::<_, i64>(0));
    assert!(shell.is_err(), "without the key the file is not a database");
}
