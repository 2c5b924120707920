//! End to end in the real window: a person whose desktop locale is Indonesian sees the app in
//! Bahasa Indonesia, with Indonesian dates and numbers; the Language menu switches it to English
//! and the choice is kept for the next start.

use vendor_risk_tests::window::AppWindow;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_indonesian_desktop_gets_the_app_in_bahasa_indonesia() {
    let app = AppWindow::launch_with_locale(tempfile::tempdir().expect("tempdir"), "id_ID.UTF-8").await;
    app.wait_text("[data-testid=start-sample]", "Buka register contoh").await;
    app.wait_text(".language-switch", "Bahasa sistem").await;
    app.screenshot("start-id").await;

    app.click("[data-testid=start-sample]").await;
    app.wait_text("[data-testid=nav-org]", "Organisasi").await;
    app.click("[data-testid=nav-vendors]").await;
    app.click("[role=row][aria-label='Mixpanel']").await;
    app.click("[data-testid=open-blast-radius]").await;
    // The last day Mixpanel held our data, in Indonesian order; people counted and countries
    // named the Indonesian way.
    app.wait_text("[role=status]", "27/11/2025").await;
    app.wait_text("[data-testid=blast-summary]", "Amerika Serikat 430.000").await;
    app.screenshot("blast-radius-id").await;

    app.select("[data-testid=language]", "en").await;
    app.wait_text("[data-testid=nav-org]", "Organisation").await;
    app.wait_text("[data-testid=blast-summary]", "United States 430,000").await;
    app.screenshot("blast-radius-en-on-id-desktop").await;
    let home = app.close_keeping_home().await;

    // The choice is kept: the next start is in English on the same desktop.
    let app = AppWindow::launch_with_locale(home, "id_ID.UTF-8").await;
    app.wait_text("[data-testid=nav-org]", "Organisation").await;
    app.close().await;
}
