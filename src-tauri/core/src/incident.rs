//! Incidents at vendors: when the vendor detected it, when it told us, when we became aware;
//! what was confirmed exposed and not exposed; the blast radius frozen at the incident's date;
//! the judgements made, the steps done, and notes on the timeline.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::blast_radius::BlastRadius;
use crate::datamap::VendorRef;
use crate::enums::string_enum;
use crate::ids::IncidentId;
use crate::locale::Language;
use crate::obligations::ObligationReport;
use crate::text::{Message, text};
use crate::validate::{Checker, FieldErrors};

string_enum!(
    /// Whether an incident is still being handled.
    IncidentStatus {
        Open = "open",
        Closed = "closed",
    }
);

/// A judgement recorded on an incident (e.g. "high risk: no, because …").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Judged {
    pub key: String,
    pub answer: bool,
    pub note: Option<String>,
    pub at: DateTime<Utc>,
}

/// A notification step marked done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct StepDone {
    pub rule_id: String,
    pub done_at: DateTime<Utc>,
    pub note: Option<String>,
}

/// A note on the incident's timeline (an action taken, a call, a decision).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Note {
    pub at: DateTime<Utc>,
    pub text: String,
}

/// An incident as the register holds it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Incident {
    pub id: IncidentId,
    pub vendor: VendorRef,
    pub title: String,
    pub description: Option<String>,
    pub status: IncidentStatus,
    /// When the vendor detected the breach.
    pub detected_at: Option<DateTime<Utc>>,
    /// When the vendor told us.
    pub vendor_notified_at: Option<DateTime<Utc>>,
    /// When we became aware: most clocks start here.
    pub aware_at: DateTime<Utc>,
    /// When it was classified as a major ICT-related incident (DORA).
    pub classified_at: Option<DateTime<Utc>>,
    /// When it was determined to be material (SEC).
    pub materiality_at: Option<DateTime<Utc>>,
    /// When it was assessed as notifiable (Singapore PDPA).
    pub notifiable_assessed_at: Option<DateTime<Utc>>,
    /// A third party accessed the data unlawfully (an attack, not an accident).
    pub unlawful_access: bool,
    pub california_residents: Option<i64>,
    /// Categories confirmed exposed (a subset of the blast radius); empty: not yet confirmed.
    pub confirmed_exposed: Vec<String>,
    /// Categories confirmed not exposed.
    pub confirmed_not_exposed: Vec<String>,
    /// The blast radius as it stood on the incident's date, frozen.
    pub blast_radius: BlastRadius,
    pub answers: Vec<Judged>,
    pub steps: Vec<StepDone>,
    pub notes: Vec<Note>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// An incident as typed. Times are RFC 3339, or local date-times in the organisation's zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct IncidentDraft {
    pub title: String,
    pub description: String,
    pub detected_at: String,
    pub vendor_notified_at: String,
    pub aware_at: String,
    pub classified_at: String,
    pub materiality_at: String,
    pub notifiable_assessed_at: String,
    pub unlawful_access: bool,
    pub california_residents: String,
    pub confirmed_exposed: Vec<String>,
    pub confirmed_not_exposed: Vec<String>,
}

impl IncidentDraft {
    /// The incident as an editable draft, its times as local date-times in `tz` (the zone
    /// [`IncidentDraft::validate`] reads them in).
    pub fn of(i: &Incident, tz: chrono_tz::Tz) -> Self {
        let time = |at: Option<DateTime<Utc>>| at.map(|t| local_input(t, tz)).unwrap_or_default();
        IncidentDraft {
            title: i.title.clone(),
            description: i.description.clone().unwrap_or_default(),
            detected_at: time(i.detected_at),
            vendor_notified_at: time(i.vendor_notified_at),
            aware_at: local_input(i.aware_at, tz),
            classified_at: time(i.classified_at),
            materiality_at: time(i.materiality_at),
            notifiable_assessed_at: time(i.notifiable_assessed_at),
            unlawful_access: i.unlawful_access,
            california_residents: i.california_residents.map(|n| n.to_string()).unwrap_or_default(),
            confirmed_exposed: i.confirmed_exposed.clone(),
            confirmed_not_exposed: i.confirmed_not_exposed.clone(),
        }
    }
}

/// `YYYY-MM-DDTHH:MM[:SS]` in `tz`: what a date-time field shows and the checker reads back.
fn local_input(at: DateTime<Utc>, tz: chrono_tz::Tz) -> String {
    use chrono::Timelike;
    let local = at.with_timezone(&tz);
    if local.second() == 0 {
        local.format("%Y-%m-%dT%H:%M").to_string()
    } else {
        local.format("%Y-%m-%dT%H:%M:%S").to_string()
    }
}

/// A validated incident draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidIncident {
    pub title: String,
    pub description: Option<String>,
    pub detected_at: Option<DateTime<Utc>>,
    pub vendor_notified_at: Option<DateTime<Utc>>,
    pub aware_at: DateTime<Utc>,
    pub classified_at: Option<DateTime<Utc>>,
    pub materiality_at: Option<DateTime<Utc>>,
    pub notifiable_assessed_at: Option<DateTime<Utc>>,
    pub unlawful_access: bool,
    pub california_residents: Option<i64>,
    pub confirmed_exposed: Vec<String>,
    pub confirmed_not_exposed: Vec<String>,
}

impl IncidentDraft {
    /// Checks every field; times are read in `tz`. Confirmed categories must be among
    /// `candidates` (the blast radius's exposed categories) and cannot be both exposed and not.
    pub fn validate(&self, tz: chrono_tz::Tz, candidates: &[String]) -> Result<ValidIncident, FieldErrors> {
        let mut check = Checker::default();
        let title = check.required_text("title", &self.title, 200);
        let description = check.optional_text("description", &self.description, 10_000);
        let detected_at = check.optional_instant("detectedAt", &self.detected_at, tz);
        let vendor_notified_at = check.optional_instant("vendorNotifiedAt", &self.vendor_notified_at, tz);
        let aware_at = check.optional_instant("awareAt", &self.aware_at, tz);
        if self.aware_at.trim().is_empty() {
            check.reject_text("awareAt", "required", Message::new("field-aware-required"));
        }
        let classified_at = check.optional_instant("classifiedAt", &self.classified_at, tz);
        let materiality_at = check.optional_instant("materialityAt", &self.materiality_at, tz);
        let notifiable_assessed_at = check.optional_instant("notifiableAssessedAt", &self.notifiable_assessed_at, tz);
        if let (Some(detected), Some(notified)) = (detected_at, vendor_notified_at)
            && notified < detected
        {
            check.reject_text("vendorNotifiedAt", "order", Message::new("field-notified-before-detected"));
        }
        if let (Some(detected), Some(aware)) = (detected_at, aware_at)
            && aware < detected
        {
            check.reject_text("awareAt", "order", Message::new("field-aware-before-detected"));
        }
        let california_residents =
            check.optional_int("californiaResidents", &self.california_residents, 0, 100_000_000_000);
        let mut exposed = Vec::new();
        for (i, key) in self.confirmed_exposed.iter().enumerate() {
            if !candidates.contains(key) {
                check.reject_text(
                    &format!("confirmedExposed.{i}"),
                    "not_in_radius",
                    Message::new("field-not-in-radius").arg("text", key),
                );
            } else if !exposed.contains(key) {
                exposed.push(key.clone());
            }
        }
        let mut not_exposed = Vec::new();
        for (i, key) in self.confirmed_not_exposed.iter().enumerate() {
            if exposed.contains(key) {
                check.reject_text(
                    &format!("confirmedNotExposed.{i}"),
                    "both",
                    Message::new("field-exposed-and-not").arg("text", key),
                );
            } else if !not_exposed.contains(key) {
                not_exposed.push(key.clone());
            }
        }
        check.finish()?;
        Ok(ValidIncident {
            title,
            description,
            detected_at,
            vendor_notified_at,
            aware_at: aware_at.unwrap_or_default(),
            classified_at,
            materiality_at,
            notifiable_assessed_at,
            unlawful_access: self.unlawful_access,
            california_residents,
            confirmed_exposed: exposed,
            confirmed_not_exposed: not_exposed,
        })
    }
}

/// One entry of an incident's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TimelineEntry {
    pub at: DateTime<Utc>,
    /// `detected`, `vendor_notified`, `aware`, `classified`, `materiality`, `notifiable`,
    /// `step_done`, `note`.
    pub kind: String,
    pub text: String,
}

/// An incident with what follows from it: its obligations, timeline and notification lag.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct IncidentView {
    pub incident: Incident,
    pub obligations: ObligationReport,
    pub timeline: Vec<TimelineEntry>,
    /// How long the vendor took to tell us, in hours (detected → told us).
    pub vendor_lag_hours: Option<i64>,
    /// The breach-notification SLA of the vendor's DPA, in hours, for comparison.
    pub vendor_sla_hours: Option<i64>,
}

/// An incident in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct IncidentSummary {
    pub id: IncidentId,
    pub vendor: VendorRef,
    pub title: String,
    pub status: IncidentStatus,
    pub aware_at: DateTime<Utc>,
}

/// The timeline of an incident: its milestones, steps done and notes, in time order.
pub fn timeline(incident: &Incident, obligations: &ObligationReport, language: Language) -> Vec<TimelineEntry> {
    let entry = |at: DateTime<Utc>, kind: &str, text: String| TimelineEntry { at, kind: kind.to_owned(), text };
    let event = |at: DateTime<Utc>, kind: &str| {
        let vendor = incident.vendor.name.to_string();
        entry(at, kind, text!(language, format!("timeline-{kind}"), vendor = vendor))
    };
    let mut out: Vec<TimelineEntry> = [
        incident.detected_at.map(|at| event(at, "detected")),
        incident.vendor_notified_at.map(|at| event(at, "vendor_notified")),
        Some(event(incident.aware_at, "aware")),
        incident.classified_at.map(|at| event(at, "classified")),
        incident.materiality_at.map(|at| event(at, "materiality")),
        incident.notifiable_assessed_at.map(|at| event(at, "notifiable")),
    ]
    .into_iter()
    .flatten()
    .collect();
    for step in &incident.steps {
        let label = obligations
            .obligations
            .iter()
            .find(|o| o.rule_id == step.rule_id)
            .map_or_else(|| step.rule_id.clone(), |o| format!("{}: {}", o.regime, o.step));
        let done = match step.note.clone() {
            Some(note) => text!(language, "timeline-step_done-note", step = label, note = note),
            None => text!(language, "timeline-step_done", step = label),
        };
        out.push(entry(step.done_at, "step_done", done));
    }
    out.extend(incident.notes.iter().map(|n| entry(n.at, "note", n.text.clone())));
    out.sort_by_key(|e| e.at);
    out
}
