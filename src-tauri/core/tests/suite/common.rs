//! Helpers shared by the core's integration tests.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use vendor_risk_core::clock::FixedClock;
use vendor_risk_core::{Actor, Register, RegisterOptions, Role};

pub fn at(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339).unwrap().with_timezone(&Utc)
}

pub fn options() -> RegisterOptions {
    RegisterOptions {
        actor: Actor { name: "Ana Compliance".into(), role: Role::Compliance },
        clock: Arc::new(FixedClock(at("2026-11-28T09:00:00Z"))),
        passphrase: None,
        ..RegisterOptions::default()
    }
}

/// Which store the tests run on: a register file, or (with `VRR_STORE=postgres`) a team
/// register in a fresh database of the test server. `cargo xtask test` runs the modules that
/// hold for both stores once more on PostgreSQL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Store {
    File,
    Server,
}

pub fn store() -> Store {
    match std::env::var("VRR_STORE").as_deref() {
        Ok("postgres") => Store::Server,
        _ => Store::File,
    }
}

/// A new register: a file in `dir`, or a team register on the test server. Its path is the
/// file, or the server's `postgres://` address.
pub fn new_register(dir: &Path) -> (Register, PathBuf) {
    let path = match store() {
        Store::File => dir.join("register.sqlite"),
        Store::Server => PathBuf::from(vendor_risk_core::store::test_server::fresh_database(&options().actor.name)),
    };
    (Register::create(&path, options()).unwrap(), path)
}

/// A folder of the project's test fixtures (`tests/fixtures/<name>` in the repository; their
/// sources and licences are in its README).
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(name)
}

/// Runs SQL behind the app's back, as someone with the database's tools would: the sqlite3
/// shell on a file, the database owner with psql on a team register.
pub fn outside(path: &Path, sql: &str) {
    match store() {
        Store::File => raw(path).execute_batch(sql).unwrap(),
        Store::Server => {
            vendor_risk_core::store::test_server::psql(&path.to_string_lossy(), sql);
        }
    }
}

/// The same, removing the audit log's append-only protection first (the sqlite3 shell drops
/// its triggers; a database owner disables them).
pub fn tamper(path: &Path, sql: &str) {
    let unprotect = match store() {
        Store::File => "DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;",
        Store::Server => "ALTER TABLE audit_log DISABLE TRIGGER USER;",
    };
    outside(path, &format!("{unprotect}\n{sql}"));
}

/// Where `name` opens the register at `path` as `role`: on a file, the same path (the actor is
/// chosen when opening); on a team register, the address signed in as a login of that name,
/// which the owner creates (or changes) with that role.
pub fn as_login(path: &Path, name: &str, role: Role) -> PathBuf {
    match store() {
        Store::File => path.to_path_buf(),
        Store::Server => {
            let owner = Register::open(path, options()).unwrap();
            if owner.team_add_user(name, role, None).is_err() {
                owner.team_set_role(name, role).unwrap();
            }
            PathBuf::from(vendor_risk_core::store::test_server::as_login(&path.to_string_lossy(), name))
        }
    }
}

/// A second connection to the file, as the sqlite3 shell would open it.
pub fn raw(path: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(path).unwrap()
}
