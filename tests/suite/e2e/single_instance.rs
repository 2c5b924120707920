//! Launching the app a second time focuses the running window instead of opening a second
//! one: with a D-Bus session (as on a desktop), the second launch hands over and exits at
//! once while the first keeps running.

use std::process::Command;

use vendor_risk_tests::window::app_binary;

#[test]
fn a_second_launch_hands_over_to_the_running_app() {
    let home = tempfile::tempdir().unwrap();
    let app = app_binary().display().to_string();
    // The first launch runs in a process group of its own (ended with procps kill: the shell's
    // builtin takes no process group); the second starts once the first
    // has logged that it started (its single-instance listener is then registered). `timeout`
    // only guards against a hang.
    let log = home.path().join("data/org.vendorrisk.register/logs");
    let script = format!(
        "setsid '{app}' & first=$!; \
         until grep -qs 'Vendor Risk Register started' '{log}'/*.log; do sleep 0.1; done; \
         timeout 60 '{app}'; second=$?; \
         if kill -0 $first 2>/dev/null; then alive=yes; else alive=no; fi; \
         /bin/kill -TERM -- -$first; wait $first 2>/dev/null; \
         echo \"second=$second first_alive=$alive\"",
        log = log.display()
    );
    let output = Command::new("dbus-run-session")
        .args(["--", "xvfb-run", "-a", "sh", "-c", &script])
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("HOME", home.path())
        .output()
        .expect("dbus-run-session and xvfb-run must be installed (cargo xtask test installs them)");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let verdict = stdout
        .lines()
        .find(|l| l.starts_with("second="))
        .unwrap_or_else(|| panic!("no verdict: {stdout}\n{}", String::from_utf8_lossy(&output.stderr)));
    assert!(verdict.starts_with("second=0 "), "the second launch exits cleanly: {verdict}");
    assert!(verdict.ends_with("first_alive=yes"), "the first keeps running: {verdict}");
}
