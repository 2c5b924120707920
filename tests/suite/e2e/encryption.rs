//! End to end in the real window: an encrypted register asks for its passphrase (a wrong one
//! is refused and changes nothing); the passphrase is changed and the encryption removed from
//! the Export and back up dialog; a new encrypted register is created from the start screen.

use std::path::Path;

use vendor_risk_tests::vendor_risk;
use vendor_risk_tests::window::AppWindow;

const FIRST: &str = "first long passphrase";
const SECOND: &str = "second long passphrase";

fn plain(path: &Path) -> bool {
    std::fs::read(path).unwrap().starts_with(b"SQLite format 3\0")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_encrypted_register_is_unlocked_rekeyed_decrypted_and_created() {
    let home = tempfile::tempdir().unwrap();
    let register = home.path().join("secret.sqlite");
    let secret = home.path().join("passphrase.txt");
    std::fs::write(&secret, FIRST).unwrap();
    let secret = secret.to_str().unwrap();
    vendor_risk(&register, &["init", "--encrypt", "--new-passphrase-file", secret]).ok();
    vendor_risk(&register, &["--passphrase-file", secret, "sample"]).ok();
    let config = home.path().join("config/org.vendorrisk.register");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("settings.json"), serde_json::json!({ "recent": [register] }).to_string()).unwrap();
    let registers = home.path().join("data/org.vendorrisk.register/registers");

    let app = AppWindow::launch_in(home).await;
    app.wait_text("[data-testid=locked-message]", "secret.sqlite is encrypted").await;
    let before = std::fs::read(&register).unwrap();
    app.fill("[data-testid=unlock-current]", "not the passphrase").await;
    app.click("[data-testid=unlock-submit]").await;
    app.wait_text(".banner-error", "passphrase does not open").await;
    assert_eq!(std::fs::read(&register).unwrap(), before, "a wrong passphrase changes no byte");
    app.screenshot("unlock-wrong").await;
    app.fill("[data-testid=unlock-current]", FIRST).await;
    app.click("[data-testid=unlock-submit]").await;
    app.find("[data-testid=register-name] .lock-icon").await;

    app.click("[data-testid=open-export]").await;
    app.wait_text("[data-testid=encryption-status]", "Encrypted").await;
    app.click("[data-testid=encryption-rekey]").await;
    app.fill("[data-testid=encryption-form-current]", FIRST).await;
    app.fill("[data-testid=encryption-form-new]", SECOND).await;
    app.fill("[data-testid=encryption-form-repeat]", SECOND).await;
    app.click("[data-testid=encryption-form-submit]").await;
    app.wait_text("[data-testid=encryption-done]", "encrypted").await;
    app.screenshot("encryption-rekeyed").await;
    app.click("[data-testid=encryption-decrypt]").await;
    app.fill("[data-testid=encryption-form-current]", SECOND).await;
    app.click("[data-testid=encryption-form-submit]").await;
    app.wait_text("[data-testid=encryption-done]", "plain file").await;
    app.wait_text("[data-testid=encryption-status]", "Not encrypted").await;
    assert!(plain(&register), "the register is a plain file again");

    app.click("dialog .dialog-header .icon-button").await;
    app.wait_gone("dialog").await;
    app.click("[data-testid=close-register]").await;
    app.click("[data-testid=start-new-encrypted]").await;
    app.fill("[data-testid=new-encrypted-new]", "short").await;
    app.fill("[data-testid=new-encrypted-repeat]", "short").await;
    app.click("[data-testid=new-encrypted-submit]").await;
    app.wait_text(".field-error", "at least 10 characters").await;
    app.fill("[data-testid=new-encrypted-new]", FIRST).await;
    app.fill("[data-testid=new-encrypted-repeat]", FIRST).await;
    app.click("[data-testid=new-encrypted-submit]").await;
    app.find("[data-testid=register-name] .lock-icon").await;
    let created = std::fs::read_dir(&registers).unwrap().next().unwrap().unwrap().path();
    assert!(!plain(&created), "{} is encrypted", created.display());
    app.close().await;
}
