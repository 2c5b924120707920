//! Long work never makes a screen wait: a vendor page is read, and a vendor saved, while a
//! 10,000-vendor register report is being laid out. The order is forced by the report's own
//! progress events (the report stops at its first layout step until the reads are done), not
//! by sleeps. And a report cancelled from its progress event stops and writes no file.

use std::sync::mpsc;

use serde_json::json;
use tauri::{Listener, Manager};
use vendor_risk_core::locale::Language;
use vendor_risk_core::{Register, RegisterOptions, sample};
use vendor_risk_desktop::commands::exports::{ReportTarget, export_report_to};

use crate::{app, in_child, invoke, run_child};

/// How long the test waits for a screen's answer before calling it stuck. Not a speed target
/// (answers take milliseconds): it turns a deadlock into a failure instead of a hung run.
const STUCK: std::time::Duration = std::time::Duration::from_secs(120);

#[test]
fn screens_answer_while_a_large_report_is_laid_out() {
    let home = tempfile::tempdir().expect("tempdir");
    run_child("concurrency::screens_answer_child", home.path());
}

#[test]
#[ignore = "run by screens_answer_while_a_large_report_is_laid_out in a child process with its own app folders"]
fn screens_answer_child() {
    if !in_child() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("large.sqlite");
    let register = Register::create(&path, RegisterOptions::default()).expect("create");
    register.create_vendors(&sample::synthetic_vendors(10_000, 3)).expect("10,000 vendors");
    drop(register);

    let (app, window) = app();
    let info = invoke(&window, "register_open", json!({ "path": path.display().to_string() })).expect("open");
    assert_eq!(info["fileName"], "large.sqlite");

    // The report announces its first layout step, then waits until the screens have answered.
    let (laying_out, announced) = mpsc::channel::<()>();
    let (go_on, resume) = mpsc::channel::<()>();
    let resume = std::sync::Mutex::new(Some(resume));
    app.listen_any("work-progress", move |event| {
        if event.payload().contains("Laying out")
            && let Some(resume) = resume.lock().expect("lock").take()
        {
            laying_out.send(()).expect("announce");
            resume.recv().expect("resume");
        }
    });
    let handle = app.handle().clone();
    let out = dir.path().join("report.pdf");
    let target = out.clone();
    let report = std::thread::spawn(move || {
        tauri::async_runtime::block_on(export_report_to(handle, ReportTarget::Register, Language::En, target))
    });
    announced.recv_timeout(STUCK).expect("the report reaches its layout");

    // Mid-layout: a vendor page, the vendor list, and a change all answer.
    let (answered, answer) = mpsc::channel();
    let reader = window.clone();
    std::thread::spawn(move || {
        let vendor = invoke(&reader, "vendor_get", json!({ "vendorId": 1 }));
        let page = invoke(&reader, "vendors_list", json!({ "query": { "limit": 50 } }));
        let created = invoke(
            &reader,
            "vendor_create",
            json!({ "draft": { "name": "Added Mid-Report Ltd", "category": "other", "status": "prospect" } }),
        );
        answered.send((vendor, page, created)).expect("answer");
    });
    let (vendor, page, created) = answer.recv_timeout(STUCK).expect("screens answer while the report is laid out");
    assert!(vendor.expect("vendor page")["name"].is_string());
    assert_eq!(page.expect("vendor list")["total"], 10_000, "the list read before the change");
    assert_eq!(created.expect("a change while the report is laid out")["name"], "Added Mid-Report Ltd");

    go_on.send(()).expect("resume the report");
    let done = report.join().expect("report thread").expect("the report is written");
    assert!(done.pages.expect("pages") > 100, "{done:?}");
    let pdf = std::fs::read(&out).expect("the PDF");
    assert!(pdf.starts_with(b"%PDF-"));
    // The report attests the state it read: before the change made while it was laid out.
    let register = app.state::<vendor_risk_desktop::state::AppState>().register().expect("open");
    let verification = register.verify_report(&pdf).expect("verify");
    assert!(verification.history_matches, "{}", verification.message);
    assert_eq!(verification.entries_since, 1);

    // Cancelled at its first layout step (as the UI's Cancel button does, with the work's id
    // from the progress event), the report stops and leaves no file.
    let (started, first_step) = mpsc::channel::<u64>();
    let started = std::sync::Mutex::new(Some(started));
    app.listen_any("work-progress", move |event| {
        let payload: serde_json::Value = serde_json::from_str(event.payload()).expect("event");
        if payload["progress"]["step"].as_str().is_some_and(|s| s.starts_with("Laying out"))
            && let Some(started) = started.lock().expect("lock").take()
        {
            started.send(payload["work"].as_u64().expect("work id")).expect("announce");
        }
    });
    let handle = app.handle().clone();
    let cancelled_out = dir.path().join("cancelled.pdf");
    let target = cancelled_out.clone();
    let report = std::thread::spawn(move || {
        tauri::async_runtime::block_on(export_report_to(handle, ReportTarget::Register, Language::En, target))
    });
    let work = first_step.recv_timeout(STUCK).expect("the second report reaches its layout");
    assert_eq!(invoke(&window, "work_cancel", json!({ "work": work })).expect("cancel"), json!(true));
    let refused = report.join().expect("report thread").expect_err("a cancelled report");
    assert_eq!(serde_json::to_value(refused.code).expect("code"), "cancelled");
    assert!(!cancelled_out.exists(), "a cancelled report writes no file");
    assert_eq!(invoke(&window, "work_cancel", json!({ "work": work })).expect("cancel"), json!(false), "it ended");
}
