//! End to end in the real window: a register whose audit log was edited with the sqlite3
//! shell opens with a warning banner that leads to the audit log; hostile text in vendor names
//! and descriptions shows as text on the dashboard, the vendor page and its risk tab.

use vendor_risk_tests::vendor_risk;
use vendor_risk_tests::window::AppWindow;

const HOSTILE: &str = "<img src=x onerror=alert(1)><script>alert(2)</script>";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_edited_audit_log_is_announced_and_hostile_text_stays_text() {
    let home = tempfile::tempdir().unwrap();
    let register = home.path().join("kestrel.sqlite");
    vendor_risk(&register, &["sample"]).ok();
    vendor_risk(&register, &["vendor", "edit", "Mixpanel", "--description", HOSTILE, "--business-owner", HOSTILE]).ok();
    vendor_risk(&register, &["vendor", "edit", "Rippling", "--name", HOSTILE]).ok();
    let conn = rusqlite::Connection::open(&register).unwrap();
    conn.execute_batch("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'Mallory' WHERE seq = 3;")
        .unwrap();
    drop(conn);
    let config = home.path().join("config/org.vendorrisk.register");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("settings.json"), serde_json::json!({ "recent": [register] }).to_string()).unwrap();

    let app = AppWindow::launch_in(home).await;
    app.wait_text("[data-testid=tamper-banner]", "does not verify").await;
    // The dashboard lists the special-category vendor by its (hostile) name, as text.
    app.wait_text(".screen", HOSTILE).await;
    app.screenshot("tamper-banner").await;
    app.click("[data-testid=tamper-banner] button").await;
    app.find("#audit-title").await;

    app.click("[data-testid=nav-vendors]").await;
    app.click("[role=row][aria-label='Mixpanel']").await;
    let page = app.wait_text(".vendor-description", "<script>").await;
    assert!(page.contains(HOSTILE), "the description shows as typed: {page}");
    app.click("[data-testid=tab-risk]").await;
    app.find("[data-testid=risk-steps]").await;
    let injected =
        app.driver.execute("return document.querySelectorAll('img[src=x], body script').length", vec![]).await;
    assert_eq!(injected.expect("script").json().as_u64(), Some(0), "no element was injected");
    app.close().await;
}
