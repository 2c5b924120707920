//! What the register keeps about risk: each vendor's risk profile (access, substitutability,
//! an override), dated risk assessments with their frozen rubric, documents and certificates,
//! and risk acceptances; and the drafts front ends type them in.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::compute::{RiskFacts, RiskResult};
use super::rubric::{AccessLevel, Level, Substitutability};
use crate::datamap::VendorRef;
use crate::enums::string_enum;

/// A vendor's risk facts that the data map cannot know, and a person's override.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RiskProfile {
    pub vendor: VendorRef,
    pub access: AccessLevel,
    pub substitutability: Substitutability,
    pub override_level: Option<Level>,
    pub override_reason: Option<String>,
}

/// A risk profile as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct RiskProfileDraft {
    pub access: String,
    pub substitutability: String,
    /// Empty: no override.
    pub override_level: String,
    pub override_reason: String,
}

impl From<&RiskProfile> for RiskProfileDraft {
    /// The profile as its form shows it.
    fn from(profile: &RiskProfile) -> Self {
        RiskProfileDraft {
            access: profile.access.as_str().to_owned(),
            substitutability: profile.substitutability.as_str().to_owned(),
            override_level: profile.override_level.map(|l| l.as_str().to_owned()).unwrap_or_default(),
            override_reason: profile.override_reason.clone().unwrap_or_default(),
        }
    }
}

/// A dated risk assessment: the facts, the rubric version and the result, frozen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RiskSnapshot {
    pub id: i64,
    pub vendor: VendorRef,
    pub assessed_at: DateTime<Utc>,
    pub rubric_version: u32,
    pub facts: RiskFacts,
    pub result: RiskResult,
}

string_enum!(
    /// What kind of document or certificate.
    DocumentKind {
        /// SOC 2 Type II report: stale some months after its period ends.
        Soc2Type2 = "soc2_type2",
        /// ISO/IEC 27001 certificate: expires.
        Iso27001 = "iso27001",
        /// Penetration test report: stale some months after the test.
        Pentest = "pentest",
        /// Data processing agreement.
        Dpa = "dpa",
        Other = "other",
    }
);

/// A document or certificate on file for a vendor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct VendorDocument {
    pub id: i64,
    pub vendor: VendorRef,
    pub kind: DocumentKind,
    pub title: String,
    /// Issued, signed, or (pen test) performed on.
    pub issued_on: Option<NaiveDate>,
    /// SOC 2: the end of the period covered.
    pub period_end: Option<NaiveDate>,
    pub expires_on: Option<NaiveDate>,
    /// The file in the evidence store, if attached: SHA-256 and name.
    pub sha256: Option<String>,
    pub file_name: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A document as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct DocumentDraft {
    pub kind: String,
    pub title: String,
    pub issued_on: String,
    pub period_end: String,
    pub expires_on: String,
}

string_enum!(
    /// Whether a dated thing needs attention.
    Freshness {
        Current = "current",
        /// Within the rubric's warning days.
        Expiring = "expiring",
        Stale = "stale",
        /// No date to judge by.
        Undated = "undated",
    }
);

/// A document with when it goes stale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DocumentStatus {
    pub document: VendorDocument,
    pub stale_on: Option<NaiveDate>,
    pub freshness: Freshness,
    pub message: String,
}

string_enum!(
    /// Where a vendor's periodic review stands.
    ReviewState {
        UpToDate = "up_to_date",
        DueSoon = "due_soon",
        Overdue = "overdue",
        /// Never assessed.
        Never = "never",
    }
);

/// A vendor's review cadence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ReviewStatus {
    pub vendor: VendorRef,
    pub tier: u8,
    pub last_reviewed: Option<NaiveDate>,
    pub next_due: Option<NaiveDate>,
    pub state: ReviewState,
}

/// When notice to end a contract must be given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RenewalNotice {
    pub vendor: VendorRef,
    pub renewal: NaiveDate,
    pub notice_by: NaiveDate,
    pub freshness: Freshness,
    pub message: String,
}

/// A risk knowingly accepted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RiskAcceptance {
    pub id: i64,
    pub vendor: VendorRef,
    pub approver: String,
    pub justification: String,
    pub expires_on: NaiveDate,
    /// The residual risk accepted.
    pub accepted_level: Level,
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// An acceptance as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct AcceptanceDraft {
    pub approver: String,
    pub justification: String,
    pub expires_on: String,
}

/// An acceptance with whether it still holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AcceptanceStatus {
    pub acceptance: RiskAcceptance,
    pub stale: bool,
    /// Why it is stale.
    pub reason: Option<String>,
}
