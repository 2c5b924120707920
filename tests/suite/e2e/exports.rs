//! End to end in the real window: the register report exported through the Export menu and
//! the native save dialog is a sound PDF (qpdf --check) that holds the inventory; a vendor
//! spreadsheet with a bad row is previewed with the error on its row, and nothing imports; a
//! backup taken from the app restores in place of the register.

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
    app.click("dialog .dialog-footer button").await;
    app.wait_gone("dialog[open]").await;

    let sheet = out_dir.path().join("suppliers.csv");
    std::fs::write(&sheet, "Supplier,Country,Renewal\nAcme Widgets GmbH,DE,2027-01-01\nŁódź Logistics,PL,31/02/2027\n")
        .unwrap();
    app.click("[data-testid=nav-vendors]").await;
    app.click("[data-testid=import-vendors]").await;
    app.click("[data-testid=import-choose]").await;
    app.choose_file("Choose the vendor spreadsheet", &sheet).await;
    app.wait_text("[data-testid=import-summary]", "1 new, 0 to update, 0 skipped, 1 with errors").await;
    app.wait_text("[data-testid=import-rows]", "Renewal: '31/02/2027' is not a date").await;
    let commit = app.find("[data-testid=import-commit]").await;
    assert!(!commit.is_enabled().await.expect("enabled?"), "nothing imports while a row has an error");
    app.screenshot("vendor-import").await;
    app.click("dialog .dialog-footer button").await;
    app.wait_gone("dialog[open]").await;

    // A backup taken while the register is open restores in its place; the replaced one is kept.
    let backup = out_dir.path().join("kestrel-backup.sqlite");
    app.click("[data-testid=open-export]").await;
    app.click("[data-testid=backup-now]").await;
    app.save_as("Save the backup", &backup).await;
    app.wait_text("[data-testid=export-done]", "kestrel-backup.sqlite").await;
    assert!(backup.exists());
    app.click("[data-testid=backup-restore]").await;
    app.click(".backup-panel .banner-warn .button-primary").await;
    app.choose_file("Choose the backup to restore", &backup).await;
    app.wait_text("[data-testid=restore-done]", "is kept as").await;
    app.screenshot("restore-done").await;
    app.click("dialog .dialog-footer button").await;
    app.find("[role=row][aria-label='Mixpanel']").await;
    app.close().await;

    assert!(out.exists(), "the report was written where the dialog said");
    let check = Command::new("qpdf").arg("--check").arg(&out).output().expect("qpdf");
    assert!(check.status.success(), "qpdf --check: {}", String::from_utf8_lossy(&check.stdout));
    let text = Command::new("pdftotext").arg(&out).arg("-").output().expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Vendor inventory") && text.contains("Mixpanel"), "{text}");
}
