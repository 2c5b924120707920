//! End to end in the real window: the sample's Mixpanel incident shows the GDPR 72-hour
//! deadline with its citation and the vendor's notification lag; an incident opened from the
//! blast-radius screen gets its checklist, and a step marked done shows as done; the
//! organisation profile behind it is shown.

use vendor_risk_tests::window::AppWindow;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_mixpanel_incident_and_a_new_one_in_the_real_window() {
    let app = AppWindow::launch().await;
    app.click("[data-testid=start-sample]").await;
    app.click("[data-testid=nav-incidents]").await;
    app.wait_text("[data-testid=incidents-table]", "Mixpanel").await;
    app.click("[data-testid=incidents-table] tbody td").await;

    let gdpr = app.wait_text("[data-testid=obligation-gdpr-33]", "Notify the supervisory authority").await;
    for expected in
        ["72 hours from awareness", "due Nov 28, 2025, 05:00", "Regulation (EU) 2016/679 (GDPR), Art. 33(1)", "Done"]
    {
        assert!(gdpr.contains(expected), "'{expected}' missing from the GDPR step: {gdpr}");
    }
    app.wait_text("[data-testid=vendor-lag]", "16.6 days").await;
    app.wait_text("[data-testid=timeline]", "Mixpanel detected the breach").await;
    app.wait_text("[data-testid=confirmed-exposed]", "Referring websites").await;
    app.screenshot("incident-mixpanel").await;

    // A new incident at Zendesk, from its blast radius: awareness defaults to now.
    app.click("[data-testid=nav-blast]").await;
    app.fill("[data-testid=vendor-picker]", "Zendesk").await;
    app.wait_text("[role=listbox] [role=option]", "Zendesk").await;
    app.click("[role=listbox] [role=option]").await;
    app.wait_text("[data-testid=blast-obligations]", "Notify the supervisory authority").await;
    app.find("[data-testid=blast-obligations] [data-testid=countdown]").await;
    app.screenshot("blast-obligations").await;
    app.click("[data-testid=blast-open-incident]").await;
    app.fill("#incident-form input[name=title]", "Support tickets exported").await;
    app.click("[data-testid=incident-save]").await;
    app.wait_text("#incident-title", "Zendesk: Support tickets exported").await;
    app.wait_text("[data-testid=obligation-gdpr-33]", "left").await;
    app.click("[data-testid=done-gdpr-33]").await;
    app.fill("#change-form textarea[name=note]", "DPC reference 2026-117").await;
    app.click("[data-testid=change-save]").await;
    app.wait_gone("[data-testid=done-gdpr-33]").await;
    app.wait_text("[data-testid=obligation-gdpr-33]", "Done").await;
    app.wait_text("[data-testid=timeline]", "DPC reference 2026-117").await;
    app.screenshot("incident-new").await;

    // The profile that decided it: Ireland and the US, an SEC registrant, Dublin time.
    app.click("[data-testid=nav-org]").await;
    let sec = app.find("input[name=secRegistrant]").await;
    assert_eq!(sec.prop("checked").await.expect("checked").as_deref(), Some("true"));
    assert_eq!(app.find("input[name=timeZone]").await.value().await.expect("value").as_deref(), Some("Europe/Dublin"));
    app.screenshot("org-profile").await;
    app.close().await;
}
