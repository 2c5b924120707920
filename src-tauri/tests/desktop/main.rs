//! The desktop crate's tests, in one binary: the generated TypeScript is current and every table
//! entry names its command's real arguments, the IPC contract on Tauri's mock runtime, reading
//! while long work runs, team-register passwords in the system keyring, and the locked-down
//! web view.
//!
//! Tests that need the app's data folders (which Tauri reads from the environment) run as a
//! child process of this binary with its own folders, so no test changes the environment of
//! threads already running.

mod concurrency;
mod generated;
mod ipc_contract;
mod kept_passwords;
mod security;

use std::path::Path;
use std::process::Command;

use serde_json::Value;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder, mock_context, noop_assets};
use tauri::webview::InvokeRequest;
use tauri::{WebviewWindow, WebviewWindowBuilder};

/// Set in a child process run by [`run_child`]: its tests may use the app's folders.
const CHILD: &str = "VRR_DESKTOP_TEST_CHILD";

/// Runs the ignored test `name` of this binary in a child process whose app data and config
/// folders are under `home`, and fails if it fails.
fn run_child(name: &str, home: &Path) {
    let this = std::env::current_exe().expect("this test binary");
    expect_passed(name, Command::new(this).args(child_args(name)), home);
}

/// The arguments that run the ignored test `name` alone.
fn child_args(name: &str) -> [&str; 5] {
    ["--ignored", "--exact", name, "--nocapture", "--test-threads=1"]
}

/// Runs `command` (a child test, maybe wrapped) with its folders under `home`; fails unless the
/// child test `name` passed.
fn expect_passed(name: &str, command: &mut Command, home: &Path) {
    let output = command
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("HOME", home)
        .env(CHILD, "1")
        .output()
        .expect("run the child test");
    assert!(
        output.status.success() && String::from_utf8_lossy(&output.stdout).contains("1 passed"),
        "{name} failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Whether this process is a child run by [`run_child`] (else a child test does nothing).
fn in_child() -> bool {
    std::env::var_os(CHILD).is_some()
}

/// The app on the mock runtime, with its main window.
fn app() -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let app = vendor_risk_desktop::with_commands(mock_builder()).build(mock_context(noop_assets())).expect("mock app");
    let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("window");
    (app, window)
}

/// Invokes a command as the UI would.
fn invoke(window: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    let request = InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().expect("url"),
        body: InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(window, request).map(|body| body.deserialize::<Value>().expect("json body"))
}
