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

/// A second connection to the file, as the sqlite3 shell would open it.
pub fn raw(path: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(path).unwrap()
}
