//! Whole workflows through the core and the `vendor-risk` CLI, as a script would run them.

mod cli_blast_radius;
mod cli_busy;
mod cli_dora;
mod cli_encryption;
mod cli_incidents;
mod cli_questionnaires;
mod cli_reports;
mod cli_risk;
mod cli_vendors;
mod no_network;
