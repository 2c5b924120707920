//! The IPC contract on Tauri's mock runtime: command names, camelCase arguments and the
//! error envelope, exactly as the UI's `ui/src/ipc/` wrappers send and expect them.

use serde_json::{Value, json};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder, mock_context, noop_assets};
use tauri::webview::InvokeRequest;
use tauri::{WebviewWindow, WebviewWindowBuilder};

fn app() -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let app = vendor_risk_desktop::with_commands(mock_builder()).build(mock_context(noop_assets())).expect("mock app");
    let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("window");
    (app, window)
}

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

/// One test, because the app's data folder comes from the process environment.
#[test]
#[allow(unsafe_code)] // setting the environment is unsafe once threads run; none do yet
fn commands_arguments_and_error_envelope() {
    let home = tempfile::tempdir().expect("tempdir");
    // SAFETY: set before any thread of this test process reads the environment.
    unsafe {
        std::env::set_var("XDG_DATA_HOME", home.path().join("data"));
        std::env::set_var("XDG_CONFIG_HOME", home.path().join("config"));
    }
    let (_app, window) = app();

    assert_eq!(invoke(&window, "register_resume", json!({})), Ok(Value::Null), "first start: nothing to resume");
    let no_register = invoke(&window, "vendors_list", json!({ "query": {} })).expect_err("no register open");
    assert_eq!(no_register, json!({ "code": "no_register", "message": "No register is open.", "fields": [] }));

    let info = invoke(&window, "register_open_sample", json!({})).expect("sample opens");
    assert_eq!(info["fileName"], "kestrel-ai-sample.sqlite");
    assert_eq!(info["schemaVersion"], vendor_risk_core::store::LATEST_VERSION);
    let recent = invoke(&window, "register_recent", json!({})).expect("recent");
    assert_eq!(recent[0]["fileName"], "kestrel-ai-sample.sqlite");

    let page = invoke(
        &window,
        "vendors_list",
        json!({ "query": { "search": "mix", "sort": "annual_spend", "direction": "desc" } }),
    )
    .expect("list");
    assert_eq!(page["total"], 1);
    let mixpanel = &page["items"][0];
    assert_eq!(mixpanel["name"], "Mixpanel");
    assert_eq!(mixpanel["annualSpend"], json!({ "minorUnits": 5_400_000, "currency": "USD" }));

    let id = mixpanel["id"].clone();
    let vendor = invoke(&window, "vendor_get", json!({ "vendorId": id })).expect("camelCase vendorId");
    assert_eq!(vendor["legalName"], "Mixpanel, Inc.");
    assert_eq!(vendor["dpa"]["breachSlaHours"], 72);
    assert!(
        invoke(&window, "vendor_get", json!({ "vendor_id": id })).is_err(),
        "snake_case arguments are not accepted"
    );

    let invalid = invoke(&window, "vendor_create", json!({ "draft": { "name": "Bad LEI Ltd", "category": "other", "status": "prospect", "lei": "HWUPKR0MPOU8FGXBT395" } }))
        .expect_err("invalid LEI");
    assert_eq!(invalid["code"], "validation");
    assert_eq!(invalid["fields"][0]["field"], "lei");
    assert_eq!(invalid["fields"][0]["rule"], "lei_checksum");
    assert!(invalid["message"].as_str().expect("message").contains("check digits"));

    let created = invoke(
        &window,
        "vendor_create",
        json!({ "draft": { "name": "<img src=x onerror=alert(1)>", "category": "other", "status": "prospect" } }),
    )
    .expect("created");
    let archived = invoke(&window, "vendor_archive", json!({ "vendorId": created["id"] })).expect("archived");
    assert!(archived["archivedAt"].is_string());
    let again = invoke(&window, "vendor_archive", json!({ "vendorId": created["id"] })).expect_err("already archived");
    assert_eq!(again["code"], "conflict");

    let missing = invoke(&window, "vendor_get", json!({ "vendorId": 999_999 })).expect_err("missing");
    assert_eq!(missing["code"], "not_found");

    let log =
        invoke(&window, "audit_list", json!({ "query": { "entityKind": "vendor", "limit": 2 } })).expect("audit list");
    assert_eq!(log["items"][0]["action"], "vendor.archive");
    let verdict = invoke(&window, "audit_verify", json!({})).expect("verify");
    assert_eq!(verdict["intact"], true);

    let lists = invoke(&window, "reference_data", json!({})).expect("reference data");
    assert_eq!(lists["categories"].as_array().map(Vec::len), Some(11));
    assert!(lists["countries"].as_array().expect("countries").contains(&json!("ID")));

    invoke(&window, "register_close", json!({})).expect("close");
    assert_eq!(invoke(&window, "vendors_list", json!({ "query": {} })).expect_err("closed")["code"], "no_register");
    let after_close = invoke(&window, "register_resume", json!({})).expect("resume");
    assert_eq!(after_close, Value::Null, "a closed register stays closed: the start screen shows");
    let (_next_start, window) = app();
    let resumed = invoke(&window, "register_resume", json!({})).expect("resume");
    assert_eq!(resumed["fileName"], "kestrel-ai-sample.sqlite", "the last register reopens at the next start");
}

/// Every command the UI's wrappers call is registered (a missing one fails only at run time).
#[test]
fn every_command_the_ui_calls_exists() {
    let wrappers = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../ui/src/ipc/commands.ts"))
        .expect("commands.ts");
    let names: Vec<&str> = wrappers.split("call<").skip(1).filter_map(|rest| rest.split('"').nth(1)).collect();
    assert!(names.len() > 30, "found {names:?}");
    let (_app, window) = app();
    let unknown = invoke(&window, "no_such_command", json!({})).expect_err("unknown command");
    assert!(unknown.to_string().contains("not found"), "how Tauri reports an unknown command: {unknown}");
    for name in names {
        if name.ends_with("_dialog") || name.ends_with("_pick_file") {
            continue; // they open a native dialog
        }
        if let Err(error) = invoke(&window, name, json!({})) {
            let text = error.to_string();
            assert!(!text.contains("not found") || text.contains("\"code\""), "{name}: {text}");
        }
    }
}
