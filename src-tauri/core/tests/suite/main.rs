//! The core's integration tests, in one binary: whole use cases on real register files.

mod audit_chain;
mod backups;
#[allow(dead_code)]
mod common;
mod consistency;
mod crash;
mod datamap;
mod dora;
mod dora_register;
mod encryption;
mod exports;
mod fuzz_regressions;
mod incidents;
mod kept_views;
mod malformed_inputs;
mod migrations;
mod questionnaires;
mod reports;
mod risk;
mod roles;
mod store_open;
mod subprocessor_lists;
mod team;
mod team_schema;
mod vendor_import;
mod vendors;
