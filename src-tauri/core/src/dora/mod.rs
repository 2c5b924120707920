//! The DORA Register of Information (Regulation (EU) 2022/2554 Art. 28(3), Implementing
//! Regulation (EU) 2024/2956, EBA reporting framework 4.0, module DORA010100): the 15 templates
//! as the EBA defines them ([`tables`]), a report package read from its xBRL-CSV zip
//! ([`package`]), and the checks a supervisor runs on it ([`validate`]).

pub mod build;
pub mod fields;
pub mod import;
pub mod labels;
pub mod model;
pub mod package;
pub mod tables;
pub mod validate;
