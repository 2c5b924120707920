//! Due-diligence questionnaires: templates, answers and their visibility rules, scoring with
//! its arithmetic, findings, cross-cycle diffs, evidence files, the Excel round trip for
//! external vendors, and the import of a filled CSA CAIQ workbook. Pure logic and file formats;
//! the register stores and audits.

pub mod answer;
pub mod assessment;
pub mod caiq;
pub mod diff;
pub mod evidence;
pub mod hecvat;
pub mod scoring;
pub mod template;
pub mod workbook;
pub mod workbook_import;

#[cfg(test)]
mod tests;
