//! End to end in the real window: the sample financial entity's DORA register is ready to file;
//! an arrangement left without its type of ICT service shows as an error a supervisor would
//! reject, blocks the export, is fixed from its problem's Fix button, and the package then
//! exports through the native save dialog and passes the supervisor's checks; imported back,
//! every provider is matched to its vendor by LEI.

use vendor_risk_core::dora::package::read_package;
use vendor_risk_core::dora::validate::{Severity, check};
use vendor_risk_core::locale::Language;
use vendor_risk_tests::window::AppWindow;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fix_a_problem_from_the_dora_screen_and_export_the_package() {
    let out_dir = tempfile::tempdir().unwrap();
    let app = AppWindow::launch().await;
    app.click("[data-testid=start-sample-financial]").await;
    app.click("[data-testid=open-export]").await;
    app.click("[data-testid=export-dora]").await;
    app.wait_text("[data-testid=dora-summary]", "ready to file").await;
    app.wait_text("[data-testid=dora-template-B_02\\.02]", "8").await;
    app.wait_text("[data-testid=dora-settings] summary", "CON, amounts in EUR").await;
    app.click("[data-testid=dora-settings] summary").await;
    app.screenshot("dora-settings").await;
    app.screenshot("dora-ready").await;

    // Stripe's arrangement loses its type of ICT service, part of three templates' keys.
    app.click("[data-testid=dora-edit-KP-2023-002]").await;
    app.select("[data-testid=dora-fact-service_type]", "").await;
    app.click("[data-testid=dora-save]").await;
    app.wait_gone("dialog[open]").await;
    app.wait_text("[data-testid=dora-summary]", "errors a supervisor would reject").await;
    app.wait_text("[data-testid=dora-problems]", "arrangement KP-2023-002").await;
    let export = app.find("[data-testid=dora-export]").await;
    assert!(!export.is_enabled().await.expect("enabled?"), "a package with errors does not export unless chosen");
    app.screenshot("dora-problem").await;

    app.click("[data-testid=dora-fix-0]").await;
    app.select("[data-testid=dora-fact-service_type]", "eba_TA:S11").await;
    app.screenshot("dora-fix-form").await;
    app.click("[data-testid=dora-save]").await;
    app.wait_gone("dialog[open]").await;
    app.wait_text("[data-testid=dora-summary]", "ready to file").await;

    app.click("[data-testid=dora-export]").await;
    let chosen = out_dir.path().join("roi.zip");
    app.save_as("Save the DORA Register of Information", &chosen).await;
    let done = app.wait_text("[data-testid=export-done]", "DORA010100_DORA_").await;
    app.screenshot("dora-exported").await;
    let written: Vec<_> = std::fs::read_dir(out_dir.path()).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(written.len(), 1, "the package alone, named as its folder: {written:?} ({done})");
    let package = read_package(&std::fs::read(&written[0]).unwrap()).unwrap();
    assert_eq!(format!("{}.zip", package.root), written[0].file_name().unwrap().to_string_lossy());
    let errors: Vec<_> = check(&package, Language::En).into_iter().filter(|p| p.severity == Severity::Error).collect();
    assert!(errors.is_empty(), "{errors:?}");

    // The package read back: every provider is matched to its vendor by LEI; nothing is doubled.
    app.click("[data-testid=dora-import]").await;
    app.click("[data-testid=dora-import-choose]").await;
    app.choose_file("Choose the DORA report package", &written[0]).await;
    app.wait_text("[data-testid=dora-import-summary]", "5 arrangements").await;
    app.wait_text("[data-testid=dora-import-providers]", "Stripe Payments Europe").await;
    let providers = app.find("[data-testid=dora-import-providers]").await.text().await.unwrap();
    assert_eq!(providers.matches("(same LEI)").count(), 6, "{providers}");
    app.screenshot("dora-import").await;
    app.click("[data-testid=dora-import-commit]").await;
    app.wait_text("[data-testid=dora-import-done]", "Imported").await;
    app.click("dialog .dialog-footer button").await;
    app.wait_gone("dialog[open]").await;
    app.wait_text("[data-testid=dora-summary]", "ready to file").await;
    app.close().await;
}
