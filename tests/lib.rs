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

/// Runs `vendor-risk --db <db> <args>` as the named actor.
pub fn vendor_risk(db: &Path, args: &[&str]) -> Run {
    let output: Output = Command::new(cli_binary())
        .arg("--db")
        .arg(db)
        .args(args)
        .env("VENDOR_RISK_ACTOR", "Scenario Test")
        .output()
        .unwrap_or_else(|e| panic!("cannot run vendor-risk: {e}"));
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}
