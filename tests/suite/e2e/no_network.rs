//! The desktop app makes no network connection: launched under strace (in Xvfb) with a
//! register to reopen, it starts its web view and shows the register, and in all that time
//! no process of it opens an Internet (IPv4 or IPv6) socket. Local sockets (X11, D-Bus, the
//! web view's own processes) and netlink are all it uses.

use std::os::unix::process::CommandExt;
use std::process::Command;
use std::time::Duration;

use vendor_risk_tests::vendor_risk;
use vendor_risk_tests::window::{app_binary, app_log_contains, end_group, wait_until};

#[test]
fn the_app_opens_no_internet_socket() {
    let home = tempfile::tempdir().unwrap();
    let register = home.path().join("kestrel.sqlite");
    vendor_risk(&register, &["sample"]).ok();
    let config = home.path().join("config/org.vendorrisk.register");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("settings.json"), serde_json::json!({ "recent": [register] }).to_string()).unwrap();
    let trace = home.path().join("trace.txt");
    let data = home.path().join("data");
    let mut app = Command::new("xvfb-run")
        .args(["-a", "strace", "-f", "-qq", "-e", "trace=socket,connect,execve", "-o"])
        .arg(&trace)
        .arg(app_binary())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", &data)
        .env("HOME", home.path())
        .process_group(0)
        .spawn()
        .expect("xvfb-run and strace must be installed (cargo xtask test installs them)");
    // The web view asked for the register and the app opened it: the log says so.
    wait_until("the app to reopen the register", Duration::from_secs(60), || {
        app_log_contains(&data, "register opened: kestrel.sqlite")
    });
    // Ends the app, its web processes, strace, xvfb-run and its Xvfb: the whole group.
    end_group(&mut app);

    let calls = std::fs::read_to_string(&trace).unwrap();
    assert!(calls.contains("WebKitWebProcess"), "the web view started:\n{calls}");
    let internet: Vec<&str> = calls.lines().filter(|l| l.contains("AF_INET")).collect();
    assert!(internet.is_empty(), "Internet sockets: {internet:?}");
}
