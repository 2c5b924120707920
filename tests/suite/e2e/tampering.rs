//! End to end in the real window: a register whose audit log was edited with the sqlite3
//! shell opens with a warning banner that leads to the audit log; hostile text in vendor names
//! and descriptions, a data category and a questionnaire shows as text on the dashboard, the
//! vendor list, the vendor page and its risk tab, the data map and the assessment page.

use vendor_risk_tests::vendor_risk;
use vendor_risk_tests::window::AppWindow;

const HOSTILE: &str = "<img src=x onerror=alert(1)><script>alert(2)</script>";

/// A questionnaire whose title, section, question and option labels are all hostile.
fn hostile_template() -> String {
    serde_json::json!({
        "id": "hostile", "version": 1, "title": format!("Check {HOSTILE}"),
        "sections": [{ "id": "s", "title": HOSTILE, "questions": [
            { "id": "Q1", "text": format!("Question {HOSTILE}"), "domain": "governance", "kind": "yes_no_na",
              "required": true, "weight": 1,
              "options": [ { "value": "yes", "label": HOSTILE, "points": 1.0 },
                           { "value": "no", "label": "No", "points": 0.0 } ] }
        ]}]
    })
    .to_string()
}

/// Fails if any element the hostile text would create exists.
async fn assert_nothing_injected(app: &AppWindow, screen: &str) {
    let injected =
        app.driver.execute("return document.querySelectorAll('img[src=x], body script').length", vec![]).await;
    assert_eq!(injected.expect("script").json().as_u64(), Some(0), "an element was injected on {screen}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_edited_audit_log_is_announced_and_hostile_text_stays_text() {
    let home = tempfile::tempdir().unwrap();
    let register = home.path().join("kestrel.sqlite");
    vendor_risk(&register, &["sample"]).ok();
    vendor_risk(&register, &["vendor", "edit", "Mixpanel", "--description", HOSTILE, "--business-owner", HOSTILE]).ok();
    vendor_risk(&register, &["vendor", "edit", "Rippling", "--name", HOSTILE]).ok();
    vendor_risk(&register, &["taxonomy", "add-category", "--parent", "user.contact", "--name", HOSTILE]).ok();
    let template = home.path().join("hostile.json");
    std::fs::write(&template, hostile_template()).unwrap();
    vendor_risk(&register, &["questionnaire", "template-import", template.to_str().unwrap()]).ok();
    vendor_risk(&register, &["questionnaire", "assign", "Mixpanel", "--template", "hostile", "--respondent", HOSTILE])
        .ok();
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
    assert_nothing_injected(&app, "the dashboard").await;
    app.screenshot("tamper-banner").await;
    app.click("[data-testid=tamper-banner] button").await;
    app.find("#audit-title").await;

    app.click("[data-testid=nav-vendors]").await;
    app.find(&format!("[role=row][aria-label='{HOSTILE}']")).await;
    assert_nothing_injected(&app, "the vendor list").await;
    app.click("[role=row][aria-label='Mixpanel']").await;
    let page = app.wait_text(".vendor-description", "<script>").await;
    assert!(page.contains(HOSTILE), "the description shows as typed: {page}");
    app.click("[data-testid=tab-risk]").await;
    app.find("[data-testid=risk-steps]").await;
    assert_nothing_injected(&app, "the risk tab").await;

    app.click("[data-testid=tab-assessments]").await;
    app.click("[data-testid=assessments-table] tbody td").await;
    app.wait_text("#assessment-title", &format!("Check {HOSTILE}")).await;
    app.wait_text("[data-testid=question-Q1]", &format!("Question {HOSTILE}")).await;
    app.screenshot("hostile-questionnaire").await;
    assert_nothing_injected(&app, "the assessment page").await;

    app.click("[data-testid=nav-datamap]").await;
    app.wait_text("[data-testid=lookup-category]", HOSTILE).await;
    assert_nothing_injected(&app, "the data map").await;
    app.close().await;
}
