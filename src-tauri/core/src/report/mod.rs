//! PDF audit reports: what each report says ([`doc`], filled by the builders), how it is laid
//! out ([`pdf`]), and the attestation that ties a report to a verifiable state of the register
//! ([`Attestation`], checked by `Register::verify_report`).
//!
//! A report is a pure function of the register and its clock: the same register and clock give
//! byte-identical PDFs.

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
use crate::register::Register;
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

/// Builds the model of a report at the register's clock.
pub(crate) fn build(register: &Register, request: ReportRequest) -> Result<Report> {
    match request {
        ReportRequest::Register => register_report::register_report(register),
        ReportRequest::Vendor(id) => dossier::vendor_dossier(register, id),
        ReportRequest::Incident(id) => incident_report::incident_report(register, id),
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

/// Fills a report's header from the register: file name, organisation, clock, time zone.
fn report(register: &Register, kind: &str, title: &str, subject: &str, sections: Vec<Section>) -> Result<Report> {
    let profile = register.org_profile()?;
    Ok(Report {
        kind: kind.to_owned(),
        title: title.to_owned(),
        subject: subject.to_owned(),
        register_name: register.info().file_name,
        organisation: Some(profile.name).filter(|n| !n.is_empty()),
        generated_at: register.now(),
        time_zone: profile.time_zone,
        sections,
    })
}

/// An instant as reports print it: `2025-11-25 17:00 UTC`.
fn utc(at: chrono::DateTime<chrono::Utc>) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}

/// A date, or a dash.
fn or_dash(date: Option<NaiveDate>) -> String {
    date.map_or("—".to_owned(), |d| d.to_string())
}
