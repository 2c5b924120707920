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

/// A new register file in `dir`.
pub fn new_register(dir: &Path) -> (Register, PathBuf) {
    let path = dir.join("register.sqlite");
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
