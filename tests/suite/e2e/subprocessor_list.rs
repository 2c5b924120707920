//! End to end in the real window: a vendor's subprocessor list, saved from its web page, is
//! chosen in the native file dialog; its name column has a header the app does not know, so the
//! preview says nothing can be imported until the person says which column holds the name; with
//! that corrected, the list imports and the fourth parties show on the vendor's page, and the
//! choice is remembered for the vendor's next list. Next to the CAIQ import, a real vendor's
//! HECVAT Lite imports through the same kind of dialog.

use vendor_risk_tests::vendor_risk;
use vendor_risk_tests::window::AppWindow;

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Partners | Zendesk</title></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/legal">Legal</a></li></ul></nav>
<h1>Our partners</h1>
<p>These partners process customer data on our behalf.</p>
<table>
  <tr><th><b>Partner</b></th><th>Purpose<sup>1</sup></th><th>Region</th></tr>
  <tr><td><a href="https://plausible.io">Plausible Insights OÜ</a></td><td>Analytics</td><td>EU</td></tr>
  <tr><td>Hetzner Online GmbH</td><td>Hosting</td><td>Deutschland</td></tr>
</table>
</body></html>
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn import_a_saved_web_page_correct_a_column_and_see_the_fourth_parties() {
    let home = tempfile::tempdir().unwrap();
    let register = home.path().join("kestrel.sqlite");
    vendor_risk(&register, &["sample"]).ok();
    let page = home.path().join("Partners | Zendesk.html");
    std::fs::write(&page, PAGE).unwrap();
    let config = home.path().join("config/org.vendorrisk.register");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("settings.json"), serde_json::json!({ "recent": [register] }).to_string()).unwrap();

    let app = AppWindow::launch_in(home).await;
    app.click("[data-testid=nav-vendors]").await;
    app.click("[role=row][aria-label='Zendesk']").await;
    app.click("[data-testid=tab-edges]").await;
    app.click("[data-testid=import-subprocessors]").await;
    app.click("[data-testid=subprocessors-choose]").await;
    app.choose_file("Choose a subprocessor list", &page).await;
    app.wait_text("[data-testid=subprocessor-errors]", "No column names the subprocessor").await;
    let commit = app.find("[data-testid=subprocessors-commit]").await;
    assert!(!commit.is_enabled().await.expect("enabled?"), "nothing imports while the name column is unknown");
    app.wait_text("[data-testid=subprocessor-columns]", "Partner").await;

    // "Partner" holds the subprocessor's name.
    app.select("[data-testid=column-role-0]", "name").await;
    app.wait_text("[data-testid=subprocessor-preview]", "Hetzner Online GmbH").await;
    let preview = app.wait_text("[data-testid=subprocessor-preview]", "region EU").await;
    assert!(preview.contains("Germany"), "Deutschland is Germany: {preview}");
    app.wait_gone("[data-testid=subprocessor-errors]").await;
    app.screenshot("subprocessors-preview").await;
    app.click("[data-testid=subprocessors-commit]").await;
    app.wait_gone("dialog[open]").await;
    app.wait_text("[data-testid=edges-out]", "Hetzner Online GmbH").await;
    let edges = app.wait_text("[data-testid=edges-out]", "Plausible Insights").await;
    assert!(edges.contains("region EU"), "{edges}");
    app.screenshot("subprocessors-imported").await;

    // The choice is remembered for Zendesk's next list.
    let again =
        vendor_risk(&register, &["subprocessors", "import", "Zendesk", page.to_str().unwrap(), "--preview"]).ok();
    assert!(again.stdout.contains("Partner") && again.stdout.contains("name      (chosen"), "{}", again.stdout);

    let hecvat = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/hecvat/intelligent-insights-hecvat-lite-3.06.xlsx");
    app.click("[data-testid=tab-assessments]").await;
    app.click("[data-testid=hecvat-import]").await;
    app.click("[data-testid=standard-pick]").await;
    app.choose_file("Choose the vendor's filled HECVAT", &hecvat).await;
    let preview = app.wait_text("[data-testid=hecvat-preview]", "HECVAT Lite 3.06").await;
    assert!(preview.contains("94 questions") && preview.contains("HLDA-07"), "{preview}");
    app.screenshot("hecvat-preview").await;
    app.click("[data-testid=hecvat-commit]").await;
    app.wait_text("#assessment-title", "EDUCAUSE HECVAT Lite 3.06").await;
    app.screenshot("hecvat-assessment").await;
    app.close().await;
}
