//! End to end in the real window: the register report exported through the Export menu and
//! the native save dialog is a sound PDF (qpdf --check) that holds the inventory.

use std::process::Command;

use vendor_risk_tests::window::AppWindow;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn export_the_register_report_from_the_export_menu() {
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("register-report.pdf");
    let app = AppWindow::launch().await;
    app.click("[data-testid=start-sample]").await;
    app.find("[data-testid=heat-map]").await;
    app.click("[data-testid=open-export]").await;
    app.click("[data-testid=export-registerReport]").await;
    app.save_as("Save the report", &out).await;
    let done = app.wait_text("[data-testid=export-done]", "register-report.pdf").await;
    assert!(done.contains("pages"), "the status names the pages: {done}");
    app.screenshot("export-done").await;
    app.close().await;

    assert!(out.exists(), "the report was written where the dialog said");
    let check = Command::new("qpdf").arg("--check").arg(&out).output().expect("qpdf");
    assert!(check.status.success(), "qpdf --check: {}", String::from_utf8_lossy(&check.stdout));
    let text = Command::new("pdftotext").arg(&out).arg("-").output().expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Vendor inventory") && text.contains("Mixpanel"), "{text}");
}
