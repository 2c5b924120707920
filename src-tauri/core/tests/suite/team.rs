//! The team register on a real PostgreSQL server (the test server): a register file moved there
//! whole and verified, a failed move leaving the server empty, roles enforced by the server
//! itself (psql as an auditor and as procurement), audit entries that cannot name someone else,
//! several writers at once appending one unbroken chain, signing in over the network with TLS
//! and a password, and hearing other people's changes and a server going away and coming back.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use vendor_risk_core::register::RegisterEvent;
use vendor_risk_core::store::test_server::{OwnServer, as_login, fresh_database, psql, tls_server};
use vendor_risk_core::vendor::{VendorDraft, VendorQuery};
use vendor_risk_core::{AuditQuery, ErrorCode, Passphrase, Register, RegisterOptions, Role, sample};

use crate::common::options;

fn file_register(dir: &Path) -> PathBuf {
    let path = dir.join("local.sqlite");
    let register = Register::create(&path, options()).unwrap();
    sample::write_sample(&register).unwrap();
    path
}

fn entries(register: &Register) -> u64 {
    register.audit_log(&AuditQuery::default()).unwrap().total
}

/// The number of tables in the database at `address`.
fn tables(address: &str) -> i64 {
    psql(address, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
        .trim()
        .parse()
        .unwrap()
}

#[test]
fn a_register_file_moves_to_the_server_whole_and_verified() {
    let dir = tempfile::tempdir().unwrap();
    let file = file_register(dir.path());
    let local = Register::open(&file, options()).unwrap();
    let before = entries(&local);
    let vendors = local.list_vendors(&VendorQuery { limit: 1000, ..VendorQuery::default() }).unwrap();
    drop(local);

    let address = fresh_database(&options().actor.name);
    let team = Register::migrate_to_team(&file, options(), Path::new(&address)).unwrap();
    assert!(team.verify_audit().unwrap().intact);
    assert_eq!(entries(&team), before + 1, "every entry moved, and the move is the next one");
    assert_eq!(team.list_vendors(&VendorQuery { limit: 1000, ..VendorQuery::default() }).unwrap(), vendors);
    let log = team.audit_log(&AuditQuery { limit: 1, ..AuditQuery::default() }).unwrap();
    assert_eq!(log.items[0].action, "register.migrate");
    assert_eq!(log.items[0].actor, options().actor.name, "recorded as the server's login");
    // Evidence files came along: the sample's assessment still has its evidence.
    let evidence: i64 = psql(&address, "SELECT count(*) FROM evidence_files").trim().parse().unwrap();
    assert!(evidence > 0);
    // The register's next change continues the chain on the server.
    team.create_vendor(&VendorDraft::named("Added On The Server")).unwrap();
    assert!(team.verify_audit().unwrap().intact);
    // Its backups are the server's: the app's daily file copy does not apply.
    let backups = dir.path().join("backups");
    assert!(team.daily_backup(&backups, 3).unwrap().is_none());
    assert!(!backups.exists() || std::fs::read_dir(&backups).unwrap().next().is_none(), "no file written");
}

#[test]
fn a_failed_move_leaves_the_server_empty() {
    let dir = tempfile::tempdir().unwrap();
    let file = file_register(dir.path());
    crate::common::tamper(&file, "UPDATE audit_log SET summary = 'rewritten' WHERE seq = 3;");
    let address = fresh_database(&options().actor.name);
    let Err(refused) = Register::migrate_to_team(&file, options(), Path::new(&address)) else {
        panic!("a tampered register was moved")
    };
    assert_eq!(refused.code(), ErrorCode::Conflict, "{refused}");
    assert!(refused.to_string().contains("does not verify"), "{refused}");
    assert_eq!(tables(&address), 0, "nothing was kept on the server");
}

#[test]
fn the_server_refuses_what_a_role_may_not_do_whoever_asks() {
    let address = fresh_database(&options().actor.name);
    let owner = Register::create(Path::new(&address), options()).unwrap();
    sample::write_sample(&owner).unwrap();
    owner.team_add_user("Avery Auditor", Role::Auditor, None).unwrap();
    owner.team_add_user("Pat Procurement", Role::Procurement, None).unwrap();
    let users: Vec<(String, Role)> = owner.team_users().unwrap().into_iter().map(|u| (u.login, u.role)).collect();
    assert_eq!(users, [("Avery Auditor".into(), Role::Auditor), ("Pat Procurement".into(), Role::Procurement)]);

    // Straight to the server with psql, past the app: the auditor can read, not write.
    let auditor = as_login(&address, "Avery Auditor");
    assert!(psql(&auditor, "SELECT count(*) FROM vendors").trim().parse::<i64>().unwrap() > 20);
    for sql in [
        "UPDATE vendors SET description = 'x'",
        "INSERT INTO register_meta (key, value) VALUES ('k', 'v')",
        "DELETE FROM vendor_contacts",
    ] {
        let refused = refused_by_server(&auditor, sql);
        assert!(refused.contains("permission denied"), "{sql}: {refused}");
    }
    // Procurement may remember its import mapping but not touch the organisation profile
    // (row-level security), nor write risk records (privileges).
    let buyer = as_login(&address, "Pat Procurement");
    psql(&buyer, "INSERT INTO register_meta (key, value) VALUES ('vendor_import_options', '{}')");
    let profile = refused_by_server(&buyer, "UPDATE register_meta SET value = '{}' WHERE key = 'org_profile'");
    assert_eq!(profile.trim(), "UPDATE 0", "row-level security hides the profile's row from procurement");
    assert!(psql(&address, "SELECT value FROM register_meta WHERE key = 'org_profile'").contains("Kestrel"));
    assert!(refused_by_server(&buyer, "DELETE FROM risk_rubrics").contains("permission denied"));
    // Nobody rewrites the log, and nobody writes an entry in someone else's name.
    assert!(refused_by_server(&buyer, "DELETE FROM audit_log WHERE seq = 1").contains("permission denied"));
    let forged = refused_by_server(
        &buyer,
        "INSERT INTO audit_log (seq, at, actor, role, action, entity_kind, summary, changes, prev_hash, hash) \
         SELECT max(seq) + 1, '2026-01-01T00:00:00Z', 'Ana Compliance', 'compliance', 'x', 'register', 'x', '[]', \
         (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), repeat('a', 64) FROM audit_log",
    );
    assert!(forged.contains("session's login"), "{forged}");

    // Through the app, the same people are who the server says, whatever they claim.
    let claimed = vendor_risk_core::RegisterOptions {
        actor: vendor_risk_core::Actor { name: "Someone Else".into(), role: Role::Compliance },
        ..options()
    };
    let as_auditor = Register::open(Path::new(&auditor), claimed).unwrap();
    assert_eq!(as_auditor.info().actor.name, "Avery Auditor");
    assert_eq!(as_auditor.info().actor.role, Role::Auditor);
    let refused = as_auditor.create_vendor(&VendorDraft::named("Nope")).unwrap_err();
    assert_eq!(refused.code(), ErrorCode::Forbidden);
}

/// What the server says when `sql` is refused, or its command tag ("UPDATE 0") when it runs.
fn refused_by_server(address: &str, sql: &str) -> String {
    let output = std::process::Command::new("psql")
        .args([address, "-X", "-t", "-A", "-v", "ON_ERROR_STOP=1", "-c", sql])
        .output()
        .unwrap();
    if output.status.success() {
        return String::from_utf8_lossy(&output.stdout).into_owned();
    }
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn writers_at_once_append_one_unbroken_chain() {
    let address = fresh_database(&options().actor.name);
    let owner = Register::create(Path::new(&address), options()).unwrap();
    let before = entries(&owner);
    let writers: Vec<_> = (0..4)
        .map(|w| {
            let address = address.clone();
            std::thread::spawn(move || {
                let register = Register::open(Path::new(&address), options()).unwrap();
                for n in 0..25 {
                    register.create_vendor(&VendorDraft::named(&format!("Writer {w} vendor {n}"))).unwrap();
                }
            })
        })
        .collect();
    for writer in writers {
        writer.join().unwrap();
    }
    assert_eq!(entries(&owner), before + 100);
    assert_eq!(owner.list_vendors(&VendorQuery::default()).unwrap().total, 100);
    assert!(owner.verify_audit().unwrap().intact);
}

#[test]
fn signing_in_over_the_network_checks_the_certificate_and_the_password() {
    let server = tls_server();
    let login = "Network Officer";
    psql(
        &server.admin,
        &format!(
            "DO $$ BEGIN CREATE ROLE \"{login}\" LOGIN CREATEROLE PASSWORD 'correct horse'; \
             EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        ),
    );
    let database = format!("tls_{}", std::process::id());
    psql(&server.admin, &format!("CREATE DATABASE {database} OWNER \"{login}\""));
    let address = |query: &str| {
        PathBuf::from(format!("postgres://Network%20Officer@localhost:{}/{database}{query}", server.port))
    };
    let with_password =
        |password: &str| RegisterOptions { server_password: Some(Passphrase::unlock(password).unwrap()), ..options() };
    let verified = format!("?sslmode=verify-full&sslrootcert={}", server.ca.display());

    let created = Register::create(&address(&verified), with_password("correct horse")).unwrap();
    assert_eq!(created.info().actor.name, login);
    let encrypted = psql(
        &server.admin,
        &format!(
            "SELECT bool_and(s.ssl) FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) WHERE a.usename = '{login}'"
        ),
    );
    assert_eq!(encrypted.trim(), "t", "every connection of the app is encrypted");
    assert!(!created.info().server.unwrap().contains("correct horse"), "the address shown has no password");

    let refused =
        |query: &str, password: &str| Register::open(&address(query), with_password(password)).err().expect("refused");
    let wrong = refused(&verified, "wrong horse");
    assert_eq!(wrong.code(), ErrorCode::SignIn, "{wrong}");
    assert!(wrong.to_string().contains("password authentication failed"), "{wrong}");
    let untrusted = refused("?sslmode=verify-full", "correct horse");
    assert_eq!(untrusted.code(), ErrorCode::SignIn, "{untrusted}");
    assert!(untrusted.to_string().contains("certificate is not trusted"), "{untrusted}");
    let plain = refused("?sslmode=disable", "correct horse");
    assert_eq!(plain.code(), ErrorCode::SignIn, "the server accepts encrypted connections only: {plain}");
    Register::open(&address(&verified), with_password("correct horse")).unwrap();
}

/// The next event, waiting at most a minute (a hang guard, not a speed target).
fn next_event(events: &std::sync::mpsc::Receiver<RegisterEvent>) -> RegisterEvent {
    events.recv_timeout(std::time::Duration::from_secs(60)).expect("an event within a minute")
}

#[test]
fn others_changes_are_heard_and_a_lost_server_is_announced_then_rejoined() {
    let server = OwnServer::start();
    let address = PathBuf::from(server.fresh_database(&options().actor.name));
    let mine = Arc::new(Register::create(&address, options()).unwrap());
    let (sender, events) = std::sync::mpsc::channel();
    let _watch = mine.watch(move |event| {
        let _ = sender.send(event);
    });
    assert_eq!(next_event(&events), RegisterEvent::Online, "listening");

    let theirs = Register::open(&address, options()).unwrap();
    theirs.create_vendor(&VendorDraft::named("Added By Someone Else")).unwrap();
    assert_eq!(next_event(&events), RegisterEvent::Changed);

    server.stop_immediately();
    assert!(matches!(next_event(&events), RegisterEvent::Offline { .. }), "the lost server is announced");
    let refused = mine.create_vendor(&VendorDraft::named("Typed While Offline")).unwrap_err();
    assert_eq!(refused.code(), ErrorCode::Offline, "refused, not queued: {refused}");

    server.restart();
    assert_eq!(next_event(&events), RegisterEvent::Online, "rejoined by itself");
    assert_eq!(next_event(&events), RegisterEvent::Changed, "what was missed is read again");
    mine.create_vendor(&VendorDraft::named("Typed Again")).unwrap();
    let names: Vec<String> =
        mine.list_vendors(&VendorQuery::default()).unwrap().items.into_iter().map(|v| v.name).collect();
    assert!(names.contains(&"Added By Someone Else".to_owned()) && names.contains(&"Typed Again".to_owned()));
    assert!(!names.contains(&"Typed While Offline".to_owned()));
    assert!(mine.verify_audit().unwrap().intact);
}

#[test]
fn no_acknowledged_change_is_lost_when_the_server_stops_abruptly() {
    let server = OwnServer::start();
    let address = PathBuf::from(server.fresh_database(&options().actor.name));
    drop(Register::create(&address, options()).unwrap());
    let acknowledged = Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let (progress, progressed) = std::sync::mpsc::channel::<()>();
    let writers: Vec<_> = (0..4)
        .map(|writer| {
            let (address, acknowledged, progress) = (address.clone(), Arc::clone(&acknowledged), progress.clone());
            std::thread::spawn(move || {
                let register = Register::open(&address, options()).unwrap();
                // Writes until the server is gone; only what the server acknowledged counts.
                for n in 0.. {
                    let name = format!("Writer {writer} vendor {n}");
                    if register.create_vendor(&VendorDraft::named(&name)).is_err() {
                        return;
                    }
                    acknowledged.lock().unwrap().push(name);
                    let _ = progress.send(());
                }
            })
        })
        .collect();
    drop(progress);
    // Stopped in the middle of the load: after 100 acknowledged changes.
    for _ in 0..100 {
        progressed.recv_timeout(std::time::Duration::from_secs(60)).expect("writes are acknowledged");
    }
    server.stop_immediately();
    for writer in writers {
        writer.join().unwrap();
    }
    server.restart();

    let register = Register::open(&address, options()).unwrap();
    let acknowledged = acknowledged.lock().unwrap();
    let page = VendorQuery { limit: VendorQuery::MAX_LIMIT, ..VendorQuery::default() };
    let listed = register.list_vendors(&page).unwrap();
    assert!(listed.total < VendorQuery::MAX_LIMIT, "one page holds them all");
    let present: std::collections::HashSet<String> = listed.items.into_iter().map(|v| v.name).collect();
    assert!(acknowledged.len() >= 100);
    let lost: Vec<&String> = acknowledged.iter().filter(|name| !present.contains(*name)).collect();
    assert!(lost.is_empty(), "acknowledged but lost: {lost:?}");
    let verified = register.verify_audit().unwrap();
    assert!(verified.intact, "{:?}", verified.problems);
}
