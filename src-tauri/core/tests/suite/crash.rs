//! Crash safety: a child process makes a long series of changes to a register file and is
//! killed with SIGKILL at random moments (right after a random number of its commits, while
//! it is in the middle of the next), 50 times over the same file. After every kill the
//! file passes `PRAGMA integrity_check`, holds every change the child reported committed,
//! shows nothing half-written, and its audit chain verifies.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::common::{options, raw};
use vendor_risk_core::vendor::{ContactDraft, VendorDraft};
use vendor_risk_core::{Register, sample};

const TRIALS: usize = 50;
/// Tells the test binary, started again as the child, which register to churn.
const CHILD_ENV: &str = "VRR_CRASH_REGISTER";

/// A vendor as the child writes it: two services and a contact, in one transaction.
fn churn_draft(n: u64) -> VendorDraft {
    VendorDraft {
        name: format!("Crash vendor {n}"),
        category: "other".into(),
        status: "active".into(),
        services: vec![format!("Service A{n}"), format!("Service B{n}")],
        contacts: vec![ContactDraft {
            name: format!("Contact {n}"),
            email: format!("c{n}@example.com"),
            role: String::new(),
        }],
        ..VendorDraft::default()
    }
}

/// The child: changes the register until killed, printing each change once committed.
#[test]
#[ignore = "the child process of crash_safety_under_sigkill; run by it"]
fn churn_child() {
    let Ok(path) = std::env::var(CHILD_ENV) else { return };
    let register = Register::open(Path::new(&path), options()).unwrap();
    let start: u64 = raw(Path::new(&path))
        .query_row("SELECT count(*) FROM vendors WHERE name LIKE 'Crash vendor %'", [], |r| r.get(0))
        .unwrap();
    for n in start.. {
        let vendor = register.create_vendor(&churn_draft(n)).unwrap();
        println!("created {n}");
        let mut edit = VendorDraft::from(&vendor);
        edit.description = format!("edited after creation, change {n}");
        register.update_vendor(vendor.id, &edit).unwrap();
        println!("edited {n}");
    }
}

#[test]
fn crash_safety_under_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.sqlite");
    sample::write_sample(&Register::create(&path, options()).unwrap()).unwrap();
    let mut rng = fastrand::Rng::with_seed(20261128);
    let (mut created, mut edited) = (Vec::new(), Vec::new());
    for trial in 0..TRIALS {
        let reported = run_and_kill(&path, rng.usize(1..=40));
        for line in reported {
            match line.split_once(' ') {
                Some(("created", n)) => created.push(n.parse::<u64>().unwrap()),
                Some(("edited", n)) => edited.push(n.parse::<u64>().unwrap()),
                _ => panic!("unexpected child output: {line}"),
            }
        }
        check(&path, &created, &edited, trial);
    }
    assert!(created.len() > TRIALS, "the child made changes between kills ({} vendors)", created.len());
    println!(
        "{TRIALS} SIGKILLs; {} creations and {} edits reported committed, all present",
        created.len(),
        edited.len()
    );
}

/// How long the test waits for the child's next commit before calling it stuck: not a speed
/// target (a commit takes milliseconds), it turns a hang into a failure.
const STUCK: Duration = Duration::from_secs(60);

/// Starts the child, lets it report `commits` commits, kills it with SIGKILL at once (it is
/// then somewhere in its next change); returns what it reported committed.
fn run_and_kill(path: &Path, commits: usize) -> Vec<String> {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--ignored", "--exact", "crash::churn_child", "--nocapture", "--test-threads=1", "-q"])
        .env(CHILD_ENV, path)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (lines, receive) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    let mut reported = Vec::new();
    while reported.iter().filter(|l: &&String| l.starts_with("created ") || l.starts_with("edited ")).count() < commits
    {
        reported.push(receive.recv_timeout(STUCK).expect("the child commits a change"));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    reader.join().unwrap();
    reported.extend(receive.try_iter());
    reported.retain(|l| l.starts_with("created ") || l.starts_with("edited "));
    reported
}

fn check(path: &Path, created: &[u64], edited: &[u64], trial: usize) {
    let conn = raw(path);
    let verdict: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(verdict, "ok", "trial {trial}");
    let exists = |n: u64, edit: bool| -> bool {
        let sql = "SELECT count(*) FROM vendors WHERE name = ?1 AND (?2 = 0 OR description LIKE 'edited%')";
        conn.query_row(sql, rusqlite::params![format!("Crash vendor {n}"), edit], |r| r.get::<_, i64>(0)).unwrap() == 1
    };
    for n in created {
        assert!(exists(*n, false), "trial {trial}: vendor {n} was reported committed but is missing");
    }
    for n in edited {
        assert!(exists(*n, true), "trial {trial}: the edit of vendor {n} was reported committed but is missing");
    }
    let half_written: i64 = conn
        .query_row(
            "SELECT count(*) FROM vendors v WHERE v.name LIKE 'Crash vendor %' AND ( \
               (SELECT count(*) FROM vendor_services s WHERE s.vendor_id = v.id) <> 2 \
               OR (SELECT count(*) FROM vendor_contacts c WHERE c.vendor_id = v.id) <> 1 \
               OR (SELECT count(*) FROM audit_log a WHERE a.entity_kind = 'vendor' AND a.entity_id = v.id \
                   AND a.action = 'vendor.create') <> 1)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(half_written, 0, "trial {trial}: a vendor without its services, contact or audit entry");
    drop(conn);
    let register = Register::open(path, options()).unwrap();
    let chain = register.verify_audit().unwrap();
    assert!(chain.intact, "trial {trial}: {:?}", chain.problems);
}
