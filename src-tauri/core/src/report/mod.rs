//! PDF audit reports: what each report says ([`doc`], filled by the builders), how it is laid
//! out ([`pdf`]), and the attestation that ties a report to a verifiable state of the register
//! ([`Attestation`], checked by `Register::verify_report`).
//!
//! A report is a pure function of the register, its clock and the language it is written in:
//! the same register, clock and language give byte-identical PDFs. The attestation's data hash
//! covers the report's data as written in English, so it does not depend on the language.

pub mod doc;
mod dossier;
mod incident_report;
pub mod pdf;
mod pdfa;
mod register_report;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::ids::{IncidentId, VendorId};
use crate::locale::Language;
use crate::register::Register;
use crate::words::{long_date, time_of_day};
use doc::{Report, Section};

/// Names and versions the generator, in reports and their metadata.
pub const GENERATOR: &str = concat!("Vendor Risk Register ", env!("CARGO_PKG_VERSION"));

/// Which report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportRequest {
    Register,
    Vendor(VendorId),
    Incident(IncidentId),
}

/// What ties a report to the register: the hash of its data and the audit log's head.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Attestation {
    pub kind: String,
    /// SHA-256 of the report's data (its content before layout), hex.
    pub data_sha256: String,
    /// The audit log's last entry when the report was made (0 and the genesis hash if empty).
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub audit_seq: i64,
    pub audit_head: String,
    pub generated_at: String,
    pub generator: String,
}

/// A report as PDF bytes, with what its attestation page says.
#[derive(Debug, Clone)]
pub struct RenderedReport {
    pub pdf: Vec<u8>,
    pub pages: usize,
    pub attestation: Attestation,
    pub title: String,
}

/// Whether a report matches the register's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ReportVerification {
    pub attestation: Attestation,
    /// The register's audit chain and audited records check out.
    pub chain_intact: bool,
    /// The register's log holds the entry the report was made at, with the same hash.
    pub history_matches: bool,
    /// Changes recorded since the report was made.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub entries_since: i64,
    pub message: String,
}

/// Builds the model of a report at the register's clock, written in `language`.
pub(crate) fn build(register: &Register, request: ReportRequest, language: Language) -> Result<Report> {
    match request {
        ReportRequest::Register => register_report::register_report(register, language),
        ReportRequest::Vendor(id) => dossier::vendor_dossier(register, id, language),
        ReportRequest::Incident(id) => incident_report::incident_report(register, id, language),
    }
}

/// What a report's attestation says about the register it is checked against: `recorded` is
/// the register's hash for the attested audit entry, `head_seq` its last entry.
pub(crate) fn verification(
    attestation: Attestation,
    chain_intact: bool,
    recorded: Option<String>,
    head_seq: i64,
) -> ReportVerification {
    let same_entry = match recorded {
        Some(hash) => hash == attestation.audit_head,
        None => attestation.audit_seq == 0 && attestation.audit_head == crate::audit::GENESIS_HASH,
    };
    let history_matches = chain_intact && same_entry;
    let entries_since = head_seq - attestation.audit_seq;
    let message = if !chain_intact {
        "The register's audit log does not verify: it was altered, so no report can be checked against it.".to_owned()
    } else if !same_entry {
        format!(
            "The register's history does not contain the state this report was made from (audit entry {}).",
            attestation.audit_seq
        )
    } else if entries_since == 0 {
        "The report matches the register's history; nothing has changed since it was made.".to_owned()
    } else {
        let changes =
            if entries_since == 1 { "1 change was".to_owned() } else { format!("{entries_since} changes were") };
        format!("The report matches the register's history; {changes} recorded since.")
    };
    ReportVerification { attestation, chain_intact, history_matches, entries_since, message }
}

/// What a report is about, before its sections: kind, title and subject line.
struct Heading<'a> {
    kind: &'a str,
    title: String,
    subject: String,
}

/// Fills a report's header from the register: file name, organisation, clock, time zone.
fn report(register: &Register, language: Language, heading: Heading<'_>, sections: Vec<Section>) -> Result<Report> {
    let profile = register.org_profile()?;
    Ok(Report {
        kind: heading.kind.to_owned(),
        title: heading.title,
        subject: heading.subject,
        register_name: register.info().file_name,
        organisation: Some(profile.name).filter(|n| !n.is_empty()),
        generated_at: register.now(),
        time_zone: profile.time_zone,
        sections,
        language,
    })
}

/// An instant as reports print it: `25 November 2025 17:00 UTC` (`17.00` in Indonesian).
fn utc(at: chrono::DateTime<chrono::Utc>, language: Language) -> String {
    format!("{} UTC", when(at, language))
}

/// An instant without its zone, for columns headed "(UTC)": `25 November 2025 17:00`.
fn when(at: chrono::DateTime<chrono::Utc>, language: Language) -> String {
    format!("{} {}", long_date(at.date_naive(), language), time_of_day(at.time(), language))
}

/// An instant, or a dash.
fn instant(at: Option<chrono::DateTime<chrono::Utc>>, language: Language) -> String {
    at.map_or("—".to_owned(), |at| utc(at, language))
}

/// A date, or a dash.
fn or_dash(date: Option<NaiveDate>, language: Language) -> String {
    date.map_or("—".to_owned(), |d| long_date(d, language))
}

use crate::text::value_name as label;

/// Data-category flags by name, comma-separated.
fn flag_names(flags: &crate::taxonomy::CategoryFlags, language: Language) -> String {
    crate::taxonomy::Flag::ALL
        .iter()
        .filter(|f| flags.has(**f))
        .map(|f| label(language, "flag", f.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::datamap::{Criticality, EdgeKind, TransferMechanism};
    use crate::incident::IncidentStatus;
    use crate::questionnaire::assessment::{AssessmentStatus, FindingStatus};
    use crate::questionnaire::template::Severity;
    use crate::risk::records::{DocumentKind, Freshness, ReviewState};
    use crate::risk::rubric::Level;
    use crate::taxonomy::Flag;
    use crate::vendor::{LifecycleStatus, VendorCategory};

    #[test]
    fn every_value_a_report_prints_has_its_text_in_both_languages() {
        let fields: Vec<(&str, Vec<&str>)> = vec![
            ("category", VendorCategory::ALL.iter().map(|v| v.as_str()).collect()),
            ("status", LifecycleStatus::ALL.iter().map(|v| v.as_str()).collect()),
            ("transfer", TransferMechanism::ALL.iter().map(|v| v.as_str()).collect()),
            ("edge", EdgeKind::ALL.iter().map(|v| v.as_str()).collect()),
            ("criticality", Criticality::ALL.iter().map(|v| v.as_str()).collect()),
            ("incident", IncidentStatus::ALL.iter().map(|v| v.as_str()).collect()),
            ("assessment", AssessmentStatus::ALL.iter().map(|v| v.as_str()).collect()),
            ("finding", FindingStatus::ALL.iter().map(|v| v.as_str()).collect()),
            ("severity", Severity::ALL.iter().map(|v| v.as_str()).collect()),
            ("document", DocumentKind::ALL.iter().map(|v| v.as_str()).collect()),
            ("review", ReviewState::ALL.iter().map(|v| v.as_str()).collect()),
            ("freshness", Freshness::ALL.iter().map(|v| v.as_str()).collect()),
            ("level", Level::ALL.iter().map(|v| v.as_str()).collect()),
            ("flag", Flag::ALL.iter().map(|v| v.as_str()).collect()),
        ];
        for language in Language::ALL.iter().copied() {
            for (field, values) in &fields {
                for value in values {
                    let id = format!("enum-{field}-{value}");
                    assert!(crate::text::has(language, &id), "{language}: no text {id}");
                }
            }
        }
    }

    #[test]
    fn instants_are_written_out_in_the_language() {
        let at = chrono::DateTime::parse_from_rfc3339("2025-08-01T17:05:00Z").expect("instant").to_utc();
        assert_eq!(utc(at, Language::En), "1 August 2025 17:05 UTC");
        assert_eq!(utc(at, Language::Id), "1 Agustus 2025 17.05 UTC");
    }
}
