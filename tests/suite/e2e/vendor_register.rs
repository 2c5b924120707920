//! End to end in the real window: the sample register, the vendor form, field errors from the
//! core, and untrusted text shown as text.

use vendor_risk_tests::window::AppWindow;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn vendor_register_in_the_real_window() {
    let app = AppWindow::launch().await;

    // First start: the three choices; open the sample.
    app.find("[data-testid=start-new]").await;
    app.find("[data-testid=start-open]").await;
    app.click("[data-testid=start-sample]").await;
    app.click("[data-testid=nav-vendors]").await;
    app.find("[role=row][aria-label='Mixpanel']").await;
    app.wait_text("[data-testid=register-name]", "kestrel-ai-sample.sqlite").await;
    app.wait_text("[data-testid=vendor-count]", "27 vendors").await;
    app.screenshot("vendors").await;

    // Create a vendor through the form and find it in the table.
    app.click("[data-testid=new-vendor]").await;
    app.fill("input[name=name]", "Überweisung GmbH").await;
    app.select("select[name=category]", "payments").await;
    app.select("select[name=country]", "DE").await;
    app.fill("input[name=vat]", "DE 123456789").await;
    app.click("[data-testid=vendor-save]").await;
    app.wait_gone("dialog[open]").await;
    app.wait_text("[data-testid=vendor-count]", "28 vendors").await;
    app.fill("[data-testid=vendor-search]", "überweisung").await;
    let row = app.find("[role=row][aria-label='Überweisung GmbH']").await;
    let cells = row.prop("textContent").await.expect("row text").unwrap_or_default();
    assert!(cells.contains("Payments") && cells.contains("Germany"), "row shows: {cells}");

    // An invalid LEI is refused by the core; the message sits next to the LEI field.
    app.click("[data-testid=new-vendor]").await;
    app.fill("input[name=name]", "Bad Identifier Ltd").await;
    app.fill("input[name=lei]", "HWUPKR0MPOU8FGXBT395").await;
    app.click("[data-testid=vendor-save]").await;
    let lei = app.find("input[name=lei][aria-invalid=true]").await;
    let described_by = lei.attr("aria-describedby").await.expect("attr").expect("aria-describedby");
    let error_id = described_by.split(' ').next().expect("error id").to_owned();
    let message = app.wait_text(&format!("[id='{error_id}']"), "check digits").await;
    assert!(message.contains("ISO 17442"), "{message}");
    app.screenshot("lei-error").await;
    app.click("dialog[open] .dialog-footer .button:not(.button-primary):not(.footer-start)").await;
    app.wait_gone("dialog[open]").await;

    // A vendor named like an HTML injection is shown as text, and no script runs.
    let hostile = "<img src=x onerror=alert(1)>";
    app.click("[data-testid=new-vendor]").await;
    app.fill("input[name=name]", hostile).await;
    app.click("[data-testid=vendor-save]").await;
    app.wait_gone("dialog[open]").await;
    app.fill("[data-testid=vendor-search]", "onerror").await;
    let row = app.find(&format!("[role=row][aria-label='{hostile}']")).await;
    let name_cell = row.find(thirtyfour::By::Css(".cell-primary")).await.expect("name cell");
    assert_eq!(name_cell.prop("textContent").await.expect("text").as_deref(), Some(hostile));
    let markup = name_cell.prop("innerHTML").await.expect("markup").unwrap_or_default();
    assert!(markup.starts_with("&lt;img"), "the name was not escaped: {markup}");
    let images = app.driver.find_all(thirtyfour::By::Css(".vtable-body img")).await.expect("query");
    assert!(images.is_empty(), "the vendor name was rendered as HTML");
    assert!(app.driver.get_alert_text().await.is_err(), "a script ran: an alert is open");

    // The audit log holds the changes and its chain verifies.
    app.click("[data-testid=nav-audit]").await;
    app.find("[role=row] code").await;
    app.click(".screen-header .button-primary").await;
    app.wait_text("[role=status]", "Intact").await;
    app.screenshot("audit").await;

    app.close().await;
}
