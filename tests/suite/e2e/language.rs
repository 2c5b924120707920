//! End to end in the real window: a person whose desktop locale is Indonesian sees the app in
//! Bahasa Indonesia, with Indonesian dates and numbers, the deadlines and first actions the core
//! explains in Indonesian, and an incident report written in Indonesian; the Language menu
//! switches it all to English and the choice is kept for the next start.

use std::path::Path;
use std::process::Command;

use vendor_risk_tests::window::AppWindow;

/// What a PDF's pages say (pdftotext).
fn pdf_text(pdf: &Path) -> String {
    let output = Command::new("pdftotext").arg(pdf).arg("-").output().expect("pdftotext is installed");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_indonesian_desktop_gets_the_app_in_bahasa_indonesia() {
    let app = AppWindow::launch_with_locale(tempfile::tempdir().expect("tempdir"), "id_ID.UTF-8").await;
    app.wait_text("[data-testid=start-sample]", "Buka register contoh").await;
    app.wait_text(".language-switch", "Bahasa sistem").await;
    // The webview's own date and time fields follow the window's locale, not the C library's
    // (this machine has no id_ID locale, so WebKit alone would show 11/27/2025).
    app.wait_script("return navigator.language", "\"id-ID\"").await;
    app.screenshot("start-id").await;

    app.click("[data-testid=start-sample]").await;
    app.wait_text("[data-testid=nav-org]", "Organisasi").await;

    // The Mixpanel incident's deadlines come from the core in Indonesian, with the UU PDP
    // notice's checklist; its report is written in Indonesian through the native save dialog.
    app.click("[data-testid=nav-incidents]").await;
    app.click("[data-testid=incidents-table] tbody td").await;
    let gdpr =
        app.wait_text("[data-testid=obligation-gdpr-33]", "Sampaikan pemberitahuan kepada otoritas pengawas").await;
    assert!(gdpr.contains("paling lambat 28 Nov 2025, 17.00"), "{gdpr}");
    let notice = app.wait_text("[data-testid=obligation-id-pdp]", "3 x 24 jam (72 jam) sejak diketahui").await;
    assert!(notice.contains("Komdigi") && notice.contains("Data Pribadi yang terungkap"), "{notice}");
    app.wait_text("[data-testid=timeline]", "Mixpanel mendeteksi").await;
    app.screenshot("incident-id").await;
    let out = tempfile::tempdir().expect("tempdir");
    let pdf = out.path().join("laporan-insiden.pdf");
    app.click("[data-testid=export-incident]").await;
    app.save_as("Simpan laporan", &pdf).await;
    app.wait_text("[data-testid=export-done]", "laporan-insiden.pdf").await;
    let text = pdf_text(&pdf);
    for expected in ["Laporan insiden", "Kewajiban", "Halaman 1 dari", "Subjek Data Pribadi"] {
        assert!(text.contains(expected), "{expected} missing from the exported report");
    }

    app.click("[data-testid=nav-vendors]").await;
    app.click("[role=row][aria-label='Mixpanel']").await;
    app.click("[data-testid=open-blast-radius]").await;
    // The last day Mixpanel held our data, in Indonesian order; people counted and countries
    // named the Indonesian way.
    app.wait_text("[role=status]", "27/11/2025").await;
    app.wait_text("[data-testid=blast-summary]", "Amerika Serikat 430.000").await;
    app.wait_text("[data-testid=actions]", "Peringatkan pengguna tentang phishing").await;
    app.screenshot("blast-radius-id").await;

    app.select("[data-testid=language]", "en").await;
    app.wait_text("[data-testid=nav-org]", "Organisation").await;
    app.wait_text("[data-testid=blast-summary]", "United States 430,000").await;
    app.wait_script("return navigator.language", "\"en\"").await;
    // The core explains itself in the new language at once.
    app.wait_text("[data-testid=actions]", "Warn users about phishing").await;
    app.screenshot("blast-radius-en-on-id-desktop").await;
    let home = app.close_keeping_home().await;

    // The choice is kept: the next start is in English on the same desktop.
    let app = AppWindow::launch_with_locale(home, "id_ID.UTF-8").await;
    app.wait_text("[data-testid=nav-org]", "Organisation").await;
    app.close().await;
}
