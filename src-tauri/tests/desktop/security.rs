//! The built configuration keeps the web view locked down: the content security policy allows
//! no remote origin, the capabilities grant only what the UI uses (its own commands, and
//! listening to the app's events), no dangerous plugin permission (shell, file system, HTTP,
//! opener, dialog) is granted to the web view, and no window loads remote content.

use std::path::PathBuf;

use serde_json::Value;

fn read(relative: &str) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative);
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// Sources a CSP directive may name: the app itself, inline data for images, and Tauri's IPC.
const ALLOWED_SOURCES: &[&str] = &["'self'", "'none'", "data:", "ipc:", "http://ipc.localhost"];
/// The permissions the UI uses.
const UI_PERMISSIONS: &[&str] = &["core:event:allow-listen", "core:event:allow-unlisten"];

#[test]
fn the_csp_allows_no_remote_origin() {
    let config = read("tauri.conf.json");
    let csp = config["app"]["security"]["csp"].as_object().expect("a CSP is set");
    for directive in ["default-src", "script-src", "connect-src", "object-src", "frame-src", "base-uri"] {
        assert!(csp.contains_key(directive), "the CSP sets {directive}");
    }
    for (directive, sources) in csp {
        for source in sources.as_str().unwrap().split_whitespace() {
            assert!(ALLOWED_SOURCES.contains(&source), "CSP {directive} allows {source}");
        }
    }
    assert!(config["app"]["security"].get("dangerousDisableAssetCspModification").is_none());
    assert_ne!(config["app"]["withGlobalTauri"], Value::Bool(true), "no global Tauri object for injected scripts");
}

#[test]
fn capabilities_grant_only_what_the_ui_uses() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("capabilities");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let capability: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert!(capability.get("remote").is_none(), "{}: no remote URLs may call the app", path.display());
        for permission in capability["permissions"].as_array().unwrap() {
            let name = permission.as_str().or_else(|| permission["identifier"].as_str()).unwrap_or_default();
            for dangerous in ["shell:", "fs:", "http:", "opener:", "dialog:", "process:"] {
                assert!(!name.starts_with(dangerous), "{}: dangerous permission {name}", path.display());
            }
            assert!(UI_PERMISSIONS.contains(&name), "{}: {name} is broader than the UI uses", path.display());
        }
    }
}
