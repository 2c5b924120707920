//! A team register's password kept in the system keyring, as the person chose: on a session
//! bus of the test's own with a real Secret Service (gnome-keyring), against a server that
//! checks passwords over TLS. Kept on connecting, used when connecting again with the password
//! left empty, never written to the settings file, and forgotten when the person unticks it.

use std::process::Command;

use serde_json::json;
use tauri::Manager;
use vendor_risk_core::store::postgres::ServerAddress;
use vendor_risk_core::store::test_server::{psql, tls_server};
use vendor_risk_core::{Passphrase, Register, RegisterOptions};
use vendor_risk_desktop::kept_passwords;
use vendor_risk_desktop::state::AppState;

use super::{app, child_args, expect_passed, in_child, invoke};

#[test]
fn a_password_kept_in_the_keyring_signs_in_again_until_it_is_forgotten() {
    let home = tempfile::tempdir().expect("tempdir");
    let name = "kept_passwords::keyring_child";
    let this = std::env::current_exe().expect("this test binary");
    // A session bus of its own, gnome-keyring on it with a login keyring made and unlocked.
    let script = "printf %s unlock | gnome-keyring-daemon --components=secrets --daemonize --unlock >/dev/null \
                  && exec \"$0\" \"$@\"";
    let mut command = Command::new("dbus-run-session");
    command.args(["--", "sh", "-c", script]).arg(this).args(child_args(name));
    expect_passed(name, &mut command, home.path());
}

#[test]
#[ignore = "run by a_password_kept_in_the_keyring_signs_in_again_until_it_is_forgotten on a session bus of its own"]
fn keyring_child() {
    if !in_child() {
        return;
    }
    let server = tls_server();
    let login = "Keyring Officer";
    psql(&server.admin, &format!("CREATE ROLE \"{login}\" LOGIN CREATEROLE PASSWORD 'correct horse'"));
    let database = format!("keyring_{}", std::process::id());
    psql(&server.admin, &format!("CREATE DATABASE {database} OWNER \"{login}\""));
    let address = ServerAddress {
        host: "localhost".into(),
        port: server.port.to_string(),
        database: database.clone(),
        user: login.into(),
        encrypted: true,
    };
    let url = address.to_address(Some(&server.ca)).expect("address");
    let options =
        RegisterOptions { server_password: Some(Passphrase::unlock("correct horse").unwrap()), ..Default::default() };
    drop(Register::create(std::path::Path::new(&url), options).expect("team init"));

    let (app, window) = app();
    app.state::<AppState>().hold_ca(Some(server.ca.clone()));
    let connect = json!({ "address": address, "useCa": true, "password": "correct horse", "keepPassword": true });
    invoke(&window, "team_connect", connect).expect("connected, the password kept");
    assert_eq!(kept_passwords::kept(&address).unwrap().as_deref(), Some("correct horse"));
    let settings = std::fs::read_to_string(app.path().app_config_dir().unwrap().join("settings.json")).unwrap();
    assert!(settings.contains("\"password_kept\": true") && !settings.contains("correct horse"), "{settings}");

    // Connecting again with the password left empty: the keyring's is used.
    let again = |keep: bool| {
        invoke(&window, "team_connect_recent", json!({ "index": 0, "password": "", "keepPassword": keep }))
    };
    again(true).expect("signed in with the kept password");
    assert_eq!(invoke(&window, "team_recent", json!({})).unwrap()[0]["passwordKept"], true);

    // Unticked: signed in once more, then forgotten; after that an empty password is refused.
    again(false).expect("signed in with the kept password, then forgot it");
    assert_eq!(kept_passwords::kept(&address).unwrap(), None);
    assert_eq!(invoke(&window, "team_recent", json!({})).unwrap()[0]["passwordKept"], false);
    let refused = again(false).expect_err("no password to sign in with");
    assert_eq!(refused["code"], "sign_in", "{refused}");
}
