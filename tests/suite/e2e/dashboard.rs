//! End to end in the real window: the dashboard's heat map holds the sample register's vendors,
//! a cell lists its vendors, a vendor's risk shows its arithmetic and a what-if, and an auditor
//! sees no way to change anything.

use thirtyfour::By;
use vendor_risk_tests::window::AppWindow;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_heat_map_lists_the_vendors_of_a_cell() {
    let app = AppWindow::launch().await;
    app.click("[data-testid=start-sample]").await;
    app.find("[data-testid=heat-map]").await;
    let subtitle = app.wait_text("#dashboard-title + p", "vendors on").await;
    let vendors: u32 = subtitle.split_whitespace().next().and_then(|n| n.parse().ok()).expect("vendor count");

    // Every vendor sits in exactly one cell; take the fullest.
    let mut cells = Vec::new();
    for cell in app.driver.find_all(By::Css("[data-testid=heat-map] .heat-cell")).await.expect("cells") {
        let count = cell.text().await.expect("cell text").trim().parse::<u32>().unwrap_or(0);
        let id = cell.attr("data-testid").await.expect("attr").expect("testid");
        cells.push((count, id));
    }
    assert_eq!(cells.len(), 25, "a 5×5 heat map");
    assert_eq!(cells.iter().map(|(n, _)| n).sum::<u32>(), vendors, "cells: {cells:?}");
    let (count, fullest) = cells.iter().max().expect("a cell").clone();
    app.screenshot("dashboard").await;

    app.click(&format!("[data-testid={fullest}]")).await;
    app.find("[data-testid=cell-vendors] li").await;
    let listed = app.driver.find_all(By::Css("[data-testid=cell-vendors] li button")).await.expect("rows");
    assert_eq!(listed.len() as u32, count);
    let first = listed[0].text().await.expect("name");

    // The vendor's risk: cards, every step of the arithmetic, and a what-if that saves nothing.
    listed[0].click().await.expect("open vendor");
    app.wait_text("#vendor-title", &first).await;
    app.find("[data-testid=tab-risk][aria-selected=true]").await;
    app.wait_text("[data-testid=risk-steps]", "Inherent risk").await;
    app.click("[data-testid=what-if-toggle]").await;
    app.select("[data-testid=what-if] select[name=access]", "privileged").await;
    app.wait_text("[data-testid=what-if-result]", "What if").await;
    app.screenshot("vendor-risk").await;

    // An auditor may look but not change: the actions that would be refused are not offered.
    app.find("[data-testid=risk-assess]").await;
    app.click("[data-testid=change-user]").await;
    app.wait_text("dialog", "Everything").await;
    app.select("dialog select[name=role]", "auditor").await;
    app.click("[data-testid=user-save]").await;
    app.wait_text("[data-testid=opened-as]", "auditor").await;
    app.click("[data-testid=nav-dashboard]").await;
    app.find("[data-testid=heat-map]").await;
    app.click("[data-testid=nav-vendors]").await;
    app.find("[role=row][aria-label='Mixpanel']").await;
    assert!(app.driver.find_all(By::Css("[data-testid=new-vendor]")).await.expect("query").is_empty());
    app.close().await;
}
