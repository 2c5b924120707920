//! The IPC contract on Tauri's mock runtime: command names, camelCase arguments and the
//! error envelope, exactly as the UI's `ui/src/ipc/` wrappers send and expect them.

use serde_json::{Value, json};

use crate::{app, in_child, invoke, run_child};

#[test]
fn commands_arguments_and_error_envelope() {
    let home = tempfile::tempdir().expect("tempdir");
    run_child("ipc_contract::contract_child", home.path());
}

#[test]
#[ignore = "run by commands_arguments_and_error_envelope in a child process with its own app folders"]
fn contract_child() {
    if !in_child() {
        return;
    }
    let (_app, window) = app();

    assert_eq!(invoke(&window, "register_resume", json!({})), Ok(Value::Null), "first start: nothing to resume");
    let no_register = invoke(&window, "vendors_list", json!({ "query": {} })).expect_err("no register open");
    assert_eq!(no_register, json!({ "code": "no_register", "message": "No register is open.", "fields": [] }));

    let info = invoke(&window, "register_open_sample", json!({ "financialEntity": false })).expect("sample opens");
    assert_eq!(info["fileName"], "kestrel-ai-sample.sqlite");
    assert_eq!(info["schemaVersion"], vendor_risk_core::store::LATEST_VERSION);
    // Kestrel AI is not a financial entity: no DORA register.
    let draft =
        json!({ "lei": "529900T8BM49AURSDO55", "name": "Kestrel", "reporting": true, "parentLei": null, "facts": {} });
    let refused = invoke(&window, "dora_entity_save", json!({ "draft": draft })).expect_err("not a financial entity");
    assert_eq!(refused["code"], "conflict", "{refused}");
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

    // Chosen Indonesian: the open register explains itself in Indonesian, and a rejected
    // field's message comes in Indonesian under the same rule.
    invoke(&window, "locale_set", json!({ "language": "id" })).expect("Indonesian chosen");
    let radius = invoke(&window, "blast_radius", json!({ "vendorId": id, "at": "2025-11-09", "awareAt": null }))
        .expect("blast radius");
    assert_eq!(radius["actions"][0]["title"], "Hentikan sementara integrasi");
    let invalid = invoke(&window, "vendor_create", json!({ "draft": { "name": "Bad LEI Ltd", "category": "other", "status": "prospect", "lei": "HWUPKR0MPOU8FGXBT395" } }))
        .expect_err("invalid LEI");
    assert_eq!(invalid["fields"][0]["rule"], "lei_checksum");
    let message = invalid["fields"][0]["message"].as_str().expect("message");
    assert!(message.starts_with("Digit pemeriksa LEI tidak cocok"), "{message}");
    // So does the core's own error, under the same code.
    let missing = invoke(&window, "vendor_get", json!({ "vendorId": 999_999 })).expect_err("missing");
    assert_eq!(missing["code"], "not_found");
    assert_eq!(missing["message"], "vendor tidak ditemukan: 999999");
    invoke(&window, "locale_set", json!({ "language": "en" })).expect("English chosen");

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

/// Every command of the IPC table is registered (the generated wrappers call only those).
#[test]
fn every_command_of_the_table_is_registered() {
    let home = tempfile::tempdir().expect("tempdir");
    run_child("ipc_contract::every_command_child", home.path());
}

/// Commands not called: they open a native dialog, or open a register (after which others would).
const NOT_CALLED: &[&str] =
    &["register_open_dialog", "subprocessors_pick_file", "team_pick_ca", "register_open_sample"];

#[test]
#[ignore = "run by every_command_of_the_table_is_registered in a child process with its own app folders"]
fn every_command_child() {
    if !in_child() {
        return;
    }
    let (_app, window) = app();
    let unknown = invoke(&window, "no_such_command", json!({})).expect_err("unknown command");
    assert!(unknown.to_string().contains("not found"), "how Tauri reports an unknown command: {unknown}");
    let surface = vendor_risk_desktop::ipc::surface();
    assert!(surface.len() > 90, "{} commands", surface.len());
    for command in surface.iter().filter(|c| !NOT_CALLED.contains(&c.name)) {
        // A command with arguments gets an unreadable first one, so it is refused before it runs;
        // one without runs, with no register open. Either way it must not be unknown.
        let args = match command.args.first() {
            Some((name, _)) => json!({ camel(name): { "not": ["an argument"] } }),
            None => json!({}),
        };
        if let Err(error) = invoke(&window, command.name, args) {
            let text = error.to_string();
            assert!(!text.contains("not found") || text.contains("\"code\""), "{}: {text}", command.name);
        }
    }
}

/// `snake_case` as Tauri names arguments: `camelCase`.
fn camel(name: &str) -> String {
    let mut parts = name.split('_');
    let first = parts.next().unwrap_or_default().to_owned();
    parts.fold(first, |mut out, part| {
        let mut chars = part.chars();
        if let Some(c) = chars.next() {
            out.extend(c.to_uppercase());
            out.push_str(chars.as_str());
        }
        out
    })
}
