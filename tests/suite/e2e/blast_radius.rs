//! End to end in the real window: the sample's Mixpanel blast radius shows the six kinds of
//! data that were exposed and the vendor that passes our data to Mixpanel, to an Irish user
//! (dates in Irish order).

use thirtyfour::By;
use vendor_risk_tests::window::AppWindow;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_mixpanel_blast_radius_in_the_real_window() {
    let app = AppWindow::launch_with_locale(tempfile::tempdir().expect("tempdir"), "en_IE.UTF-8").await;
    app.click("[data-testid=start-sample]").await;
    app.click("[data-testid=nav-vendors]").await;
    app.click("[role=row][aria-label='Mixpanel']").await;
    app.wait_text("#vendor-title", "Mixpanel").await;
    app.find("[data-testid=tab-flows][aria-selected=true]").await;
    app.wait_text(".table", "Web analytics of platform.kestrel.ai").await;
    app.screenshot("vendor-page").await;

    app.click("[data-testid=open-blast-radius]").await;
    // Mixpanel holds nothing today: the screen shows the last day it held our data.
    app.wait_text("[role=status]", "27/11/2025").await;
    app.wait_text("[data-testid=exposed-count]", "6 kinds").await;
    let rows = app.driver.find_all(By::Css("[data-testid=exposed-table] tbody tr")).await.expect("rows");
    assert_eq!(rows.len(), 6);
    let exposed = app.wait_text("[data-testid=exposed-table]", "User Contact Email").await;
    for kind in
        ["Name", "Imprecise Subject Location", "Operating system and browser", "Referring websites", "Unique ID"]
    {
        assert!(exposed.contains(kind), "{kind} missing from: {exposed}");
    }
    app.wait_text("[data-testid=indirect-table]", "Twilio Segment → Mixpanel").await;
    app.find("[data-testid='graph-node-Twilio Segment']").await;
    app.find("[data-testid='graph-node-Google Cloud Platform']").await;
    app.wait_text("[data-testid=actions]", "Warn users about phishing").await;
    app.screenshot("blast-radius").await;
    app.driver
        .execute("document.querySelector('[data-testid=network-graph]').scrollIntoView()", vec![])
        .await
        .expect("scroll");
    app.screenshot("blast-radius-graph").await;
    app.close().await;
}
