//! Tauri commands: one file per area, each command a short adapter that calls one `Register`
//! method and maps the error. No SQL and no business rule here.

pub mod audit;
pub mod datamap;
pub mod dora;
pub mod exports;
pub mod incidents;
pub mod locale;
pub mod questionnaires;
pub mod register;
pub mod risk;
pub mod team;
pub mod vendors;
pub mod work;
