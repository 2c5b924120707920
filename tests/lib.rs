//! Helpers for the scenario and end-to-end tests: running the `vendor-risk` binary, and
//! finding the project's test fixtures.

#[cfg(feature = "e2e")]
pub mod window;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

/// The project's test fixtures (`tests/fixtures/`, with their sources and licences).
pub fn fixtures_dir() -> PathBuf {
    workspace_root().join("tests/fixtures")
}

/// Where a scenario's register lives: a file `name` in `dir`, or (with `VRR_STORE=postgres`,
/// as `cargo xtask test` runs the scenarios a second time) a team register in a fresh database
/// of the test server, owned by the login the scenarios act as.
pub fn new_db(dir: &Path, name: &str) -> PathBuf {
    match std::env::var("VRR_STORE").as_deref() {
        Ok("postgres") => PathBuf::from(vendor_risk_core::store::test_server::fresh_database(ACTOR)),
        _ => dir.join(name),
    }
}

/// Who the scenarios act as.
const ACTOR: &str = "Scenario Test";

/// Whether the scenarios run on a team register (`VRR_STORE=postgres`).
pub fn on_server() -> bool {
    std::env::var("VRR_STORE").as_deref() == Ok("postgres")
}

/// Changes the register at `db` behind the app's back, removing the audit log's append-only
/// protection first, as someone with the file (the sqlite3 shell) or the database's owner
/// (psql) could.
pub fn tamper(db: &Path, sql: &str) {
    if on_server() {
        let sql = format!("ALTER TABLE audit_log DISABLE TRIGGER USER;\n{sql}");
        vendor_risk_core::store::test_server::psql(&db.to_string_lossy(), &sql);
    } else {
        let conn = rusqlite::Connection::open(db).unwrap();
        conn.execute_batch(&format!(
            "DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;\n{sql}"
        ))
        .unwrap();
    }
}

/// The name the scenarios act under as someone holding `role` (see [`vendor_risk_as`]).
pub fn actor_as(role: &str) -> String {
    format!("Scenario {role}")
}

/// Runs `vendor-risk` as someone holding `role`: on a file with `--role`; on a team register
/// signed in as a login the owner gives that role first (with `team add-user`), since there
/// the server decides who holds which role.
pub fn vendor_risk_as(db: &Path, role: &str, args: &[&str]) -> Run {
    let name = actor_as(role);
    let (db, role_args) = if on_server() {
        let users = vendor_risk(db, &["team", "users", "--json"]).ok().json();
        if !users.as_array().unwrap().iter().any(|u| u["login"] == name.as_str()) {
            vendor_risk(db, &["team", "add-user", &name, "--role", role, "--no-password"]).ok();
        }
        (PathBuf::from(vendor_risk_core::store::test_server::as_login(&db.to_string_lossy(), &name)), vec![])
    } else {
        (db.to_path_buf(), vec!["--role", role])
    };
    run_as(&db, &name, &[&role_args, args].concat())
}

/// The built `vendor-risk` binary, next to this test's own executable's directory.
/// `cargo test` builds it because the CLI package has integration tests of its own.
pub fn cli_binary() -> PathBuf {
    let exe = std::env::current_exe().unwrap_or_default();
    let profile_dir = exe.parent().and_then(Path::parent).map(Path::to_path_buf).unwrap_or_default();
    let binary = profile_dir.join("vendor-risk");
    assert!(binary.exists(), "{} is missing: build it with `cargo build -p vendor-risk-cli`", binary.display());
    binary
}

/// A finished CLI run.
#[derive(Debug)]
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// The stdout parsed as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.stdout))
    }

    /// Panics with the output unless the command exited 0.
    pub fn ok(self) -> Self {
        assert_eq!(self.code, Some(0), "stderr: {}\nstdout: {}", self.stderr, self.stdout);
        self
    }

    /// Panics with the output unless the command failed with exit code 1 (an error).
    pub fn fails(self) -> Self {
        assert_eq!(self.code, Some(1), "stderr: {}\nstdout: {}", self.stderr, self.stdout);
        self
    }
}

/// Runs `vendor-risk --db <db> <args>` as the scenarios' actor.
pub fn vendor_risk(db: &Path, args: &[&str]) -> Run {
    run_as(db, ACTOR, args)
}

fn run_as(db: &Path, actor: &str, args: &[&str]) -> Run {
    let output: Output = Command::new(cli_binary())
        .arg("--db")
        .arg(db)
        .args(args)
        .env("VENDOR_RISK_ACTOR", actor)
        .env_remove("VENDOR_RISK_LANG")
        .output()
        .unwrap_or_else(|e| panic!("cannot run vendor-risk: {e}"));
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}
