//! The command line's own contract: usage errors exit 2, help lists the commands.
//! (Scenario tests over whole workflows live in the workspace's `tests/` package.)

use std::process::Command;

fn vendor_risk(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_vendor-risk")).args(args).output().unwrap()
}

#[test]
fn missing_db_is_a_usage_error() {
    let out = vendor_risk(&["vendor", "list"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--db"));
}

#[test]
fn help_lists_the_commands() {
    let out = vendor_risk(&["--help"]);
    let help = String::from_utf8_lossy(&out.stdout);
    for command in ["init", "sample", "vendor", "audit"] {
        assert!(help.contains(command), "{command} missing from help");
    }
}
