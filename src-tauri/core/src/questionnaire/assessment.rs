//! Assessment cycles: a template sent to a vendor with a due date and a respondent, answered,
//! submitted, reviewed and decided. The status machine lives here; a decided assessment is
//! immutable.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::answer::AnswerValue;
use super::scoring::ScoreReport;
use super::template::{Severity, Template};
use crate::datamap::VendorRef;
use crate::enums::string_enum;
use crate::ids::{AssessmentId, FindingId};

string_enum!(
    /// Where an assessment is in its cycle.
    AssessmentStatus {
        Draft = "draft",
        Sent = "sent",
        InProgress = "in_progress",
        Submitted = "submitted",
        UnderReview = "under_review",
        Accepted = "accepted",
        AcceptedWithConditions = "accepted_with_conditions",
        Rejected = "rejected",
    }
);

impl AssessmentStatus {
    /// Decided: nothing about the assessment changes any more.
    pub fn is_complete(self) -> bool {
        matches!(self, Self::Accepted | Self::AcceptedWithConditions | Self::Rejected)
    }

    /// Whether answers may still be given or changed.
    pub fn accepts_answers(self) -> bool {
        matches!(self, Self::Draft | Self::Sent | Self::InProgress)
    }

    /// The statuses a person may move it to next (answering and importing move a draft or a
    /// sent assessment to `in_progress` on their own).
    pub fn next(self) -> &'static [AssessmentStatus] {
        use AssessmentStatus::*;
        match self {
            Draft => &[Sent, Submitted],
            Sent => &[Draft, Submitted],
            InProgress => &[Submitted],
            Submitted => &[UnderReview, InProgress],
            UnderReview => &[Accepted, AcceptedWithConditions, Rejected, InProgress],
            Accepted | AcceptedWithConditions | Rejected => &[],
        }
    }

    /// Whether moving to this status needs a stated reason.
    pub fn needs_reason(self) -> bool {
        matches!(self, Self::AcceptedWithConditions | Self::Rejected)
    }

    /// Whether a person moving it to this status is asked for a reason: always when one is
    /// needed, and when it goes back for changes (the reason says what to change).
    pub fn asks_reason(self) -> bool {
        self.needs_reason() || self == Self::InProgress
    }
}

string_enum!(
    /// How the answers arrived.
    AssessmentSource {
        /// Answered in the app.
        App = "app",
        /// Imported from a CSA CAIQ workbook the vendor had already filled in.
        Caiq = "caiq",
        /// Imported from an EDUCAUSE HECVAT workbook the vendor had already filled in.
        Hecvat = "hecvat",
    }
);

/// A file attached as evidence; its bytes are in the register's evidence store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct EvidenceRef {
    /// SHA-256 of the content, hex: the file's identity in the store and in reports.
    pub sha256: String,
    /// The sanitised file name.
    pub file_name: String,
    pub size: i64,
    pub media_type: String,
    pub added_at: DateTime<Utc>,
}

/// One answer as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AnswerRecord {
    pub question_id: String,
    pub value: Option<AnswerValue>,
    pub comment: Option<String>,
    /// CAIQ: who owns the control (CSP-owned, shared, …).
    pub ownership: Option<String>,
    pub evidence: Vec<EvidenceRef>,
    pub updated_at: DateTime<Utc>,
}

/// What a questionnaire form showed of one answer when the person answered: when it was last
/// changed, or `None` when it was unanswered. A save is refused if someone else has changed the
/// answer since.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AnswerShown {
    pub updated_at: Option<DateTime<Utc>>,
}

/// An assessment's record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Assessment {
    pub id: AssessmentId,
    pub vendor: VendorRef,
    pub template_id: String,
    pub template_version: u32,
    pub template_title: String,
    pub status: AssessmentStatus,
    pub source: AssessmentSource,
    pub due_date: Option<NaiveDate>,
    /// Who answers: a procurement colleague or a vendor contact.
    pub respondent: Option<String>,
    /// The cycle this one started from.
    pub previous_id: Option<AssessmentId>,
    /// The reviewer's reason or conditions.
    pub decision_reason: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub decided_at: Option<DateTime<Utc>>,
    /// The overall score, kept when the assessment is accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub score: Option<f64>,
}

/// How far the answers are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    pub visible: u32,
    pub answered: u32,
    /// Visible required questions still unanswered.
    pub required_missing: Vec<String>,
}

/// An assessment with everything the form and the review need.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AssessmentView {
    pub assessment: Assessment,
    pub template: Template,
    pub answers: Vec<AnswerRecord>,
    /// Ids of the questions visible with the current answers.
    pub visible: Vec<String>,
    pub progress: Progress,
    pub score: ScoreReport,
    pub findings: Vec<Finding>,
    /// The statuses it may move to next.
    pub next_statuses: Vec<AssessmentStatus>,
    /// Those of `next_statuses` a person is asked a reason for ([`AssessmentStatus::asks_reason`]).
    pub reason_asked: Vec<AssessmentStatus>,
    /// Whether answers may still be given or changed ([`AssessmentStatus::accepts_answers`]).
    pub accepts_answers: bool,
}

/// An assessment in a list.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AssessmentSummary {
    pub id: AssessmentId,
    pub vendor: VendorRef,
    pub template_id: String,
    pub template_title: String,
    pub template_version: u32,
    pub status: AssessmentStatus,
    pub source: AssessmentSource,
    pub due_date: Option<NaiveDate>,
    pub respondent: Option<String>,
    pub updated_at: DateTime<Utc>,
}

/// A new assessment as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct AssignDraft {
    pub template_id: String,
    /// Empty: the latest version.
    pub template_version: String,
    pub due_date: String,
    pub respondent: String,
    /// Start from this earlier cycle's answers.
    pub from_previous: Option<AssessmentId>,
}

string_enum!(
    /// Where a finding stands.
    FindingStatus {
        Open = "open",
        RemediationRequested = "remediation_requested",
        Remediated = "remediated",
        Waived = "waived",
    }
);

/// A finding raised by an answer, to be remediated or waived.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    pub id: FindingId,
    pub vendor: VendorRef,
    /// The assessment and question that raised it; `None` for a finding entered by hand.
    pub assessment_id: Option<AssessmentId>,
    pub question_id: Option<String>,
    pub question_text: Option<String>,
    pub answer: Option<String>,
    pub severity: Severity,
    pub title: String,
    pub owner: Option<String>,
    pub due_date: Option<NaiveDate>,
    pub status: FindingStatus,
    /// Why it was waived (required), or a note on the last change.
    pub status_reason: Option<String>,
    /// Files linked as evidence (of the issue or of its remediation).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<EvidenceRef>>", optional))]
    pub evidence: Vec<EvidenceRef>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A finding entered by hand, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct FindingDraft {
    pub severity: String,
    pub title: String,
    pub owner: String,
    pub due_date: String,
}

/// A change to a finding as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct FindingUpdate {
    pub owner: String,
    pub due_date: String,
    pub status: String,
    pub reason: String,
}

impl From<&Finding> for FindingUpdate {
    /// The finding as its form shows it.
    fn from(finding: &Finding) -> Self {
        FindingUpdate {
            owner: finding.owner.clone().unwrap_or_default(),
            due_date: finding.due_date.map(|d| d.to_string()).unwrap_or_default(),
            status: finding.status.as_str().to_owned(),
            reason: finding.status_reason.clone().unwrap_or_default(),
        }
    }
}

/// One question's answer in two cycles.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AnswerChange {
    pub question_id: String,
    pub question_text: String,
    pub before: Option<String>,
    pub after: Option<String>,
    pub points_before: Option<f64>,
    pub points_after: Option<f64>,
    /// Worse than before: fewer points, or a finding raised that was not.
    pub regression: bool,
    pub improvement: bool,
}

/// What changed between two cycles of the same questionnaire.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AssessmentDiff {
    pub before: AssessmentId,
    pub after: AssessmentId,
    pub score_before: Option<f64>,
    pub score_after: Option<f64>,
    pub changes: Vec<AnswerChange>,
    pub regressions: u32,
}
