//! End to end in the real app window (tauri-driver + WebKitWebDriver + Xvfb): built with the
//! `e2e` feature and run one at a time by `cargo xtask test`.

mod blast_radius;
mod dashboard;
mod dora;
mod encryption;
mod exports;
mod incidents;
mod installed_package;
mod language;
mod no_network;
mod questionnaire;
mod single_instance;
mod subprocessor_list;
mod tampering;
mod team_register;
mod vendor_register;
