//! Incident use cases and the organisation profile: opening an incident freezes the blast
//! radius; its obligations are computed from the profile, the timestamps and the judgements.

use super::edits::{INCIDENT_FIELDS, ORG_PROFILE_FIELDS, Revision, unchanged_since};
use chrono::{DateTime, Utc};

use super::Register;
use crate::actor::Area;
use crate::audit::AuditRecord;
use crate::blast_radius::BlastRadius;
use crate::error::{CoreError, Result};
use crate::ids::{IncidentId, VendorId};
use crate::incident::{Incident, IncidentDraft, IncidentStatus, IncidentSummary, IncidentView, timeline};
use crate::locale::Language;
use crate::obligations::{BreachFacts, EventTimes, Exposure, ObligationReport, obligations, rules::RULES};
use crate::org::{OrgProfile, OrgProfileDraft};
use crate::store;
use crate::text::Message;
use crate::validate::{Checker, FieldErrors};

/// The entity id the audit log gives the (single) organisation profile.
pub(super) const PROFILE_ENTITY: i64 = 1;

fn incident_record(action: &str, before: Option<&Incident>, after: &Incident) -> AuditRecord {
    let summary = format!("{}: {}", after.vendor.name, after.title);
    AuditRecord::linked_change(action, "incident", after.id.0, &summary, before, Some(after))
}

/// What a blast radius says was exposed.
fn exposure_of(radius: &BlastRadius) -> Exposure {
    Exposure {
        category_keys: radius.exposed_categories.iter().map(|c| c.key.clone()).collect(),
        flags: radius
            .exposed_categories
            .iter()
            .fold(Default::default(), |acc: crate::taxonomy::CategoryFlags, c| acc.union(c.flags)),
        people_by_country: radius.direct.people_by_country.iter().map(|c| (c.country.clone(), c.people)).collect(),
    }
}

/// What an incident says was exposed: the confirmed categories when there are any, else the
/// frozen blast radius less what was confirmed not exposed.
fn incident_exposure(incident: &Incident) -> Exposure {
    let mut exposure = exposure_of(&incident.blast_radius);
    let kept = |key: &String| {
        if incident.confirmed_exposed.is_empty() {
            !incident.confirmed_not_exposed.contains(key)
        } else {
            incident.confirmed_exposed.contains(key)
        }
    };
    let categories: Vec<_> = incident.blast_radius.exposed_categories.iter().filter(|c| kept(&c.key)).collect();
    exposure.category_keys = categories.iter().map(|c| c.key.clone()).collect();
    exposure.flags =
        categories.iter().fold(Default::default(), |acc: crate::taxonomy::CategoryFlags, c| acc.union(c.flags));
    exposure
}

impl Register {
    /// The organisation profile (defaults until one is saved).
    pub fn org_profile(&self) -> Result<OrgProfile> {
        Ok(self.store.read(|r| r.org_profile())?.unwrap_or_default())
    }

    /// Saves the organisation profile.
    pub fn set_org_profile(&self, draft: &OrgProfileDraft) -> Result<OrgProfile> {
        self.set_org_profile_since(draft, None)
    }

    /// Saves an organisation profile whose form was opened at revision `seen` (see
    /// [`Register::org_profile_edit`]).
    pub(super) fn set_org_profile_since(&self, draft: &OrgProfileDraft, seen: Option<Revision>) -> Result<OrgProfile> {
        let profile = draft.validate()?;
        self.write(Area::Incidents, |w| {
            if let Some(seen) = seen {
                unchanged_since(w, &ORG_PROFILE_FIELDS, PROFILE_ENTITY, seen)?;
            }
            let before = w.org_profile()?;
            w.save_org_profile(&profile)?;
            w.audit(AuditRecord::change(
                "org_profile.update",
                "org_profile",
                PROFILE_ENTITY,
                &profile.name,
                before.as_ref(),
                Some(&profile),
            ))?;
            Ok(profile.clone())
        })
    }

    /// The notification steps a blast radius triggers for our organisation, if we became aware
    /// at `aware_at`. A compromise is taken to be unauthorised access.
    pub(super) fn breach_obligations(&self, radius: &BlastRadius, aware_at: DateTime<Utc>) -> Result<ObligationReport> {
        let profile = self.org_profile()?;
        let now = self.options.clock.now();
        let facts = BreachFacts {
            profile: &profile,
            exposure: exposure_of(radius),
            times: EventTimes {
                awareness: aware_at,
                classification: None,
                materiality: None,
                notifiable_assessment: None,
            },
            unlawful_access: true,
            california_residents: None,
            answers: Default::default(),
            done: Default::default(),
            language: self.language(),
        };
        Ok(obligations(&facts, now))
    }

    /// Every incident, newest first.
    pub fn incidents(&self) -> Result<Vec<IncidentSummary>> {
        self.store.read(|r| r.incidents())
    }

    /// An incident with its obligations (as of now), timeline and the vendor's notification lag.
    pub fn incident(&self, id: IncidentId) -> Result<IncidentView> {
        self.incident_in(id, self.language())
    }

    /// The same, explained in `language` (a report in another language than the window's).
    pub fn incident_in(&self, id: IncidentId, language: Language) -> Result<IncidentView> {
        let incident = self.store.read(|c| c.incident(id))?;
        self.view_in(incident, language)
    }

    fn view(&self, incident: Incident) -> Result<IncidentView> {
        self.view_in(incident, self.language())
    }

    fn view_in(&self, incident: Incident, language: Language) -> Result<IncidentView> {
        let profile = self.org_profile()?;
        let facts = BreachFacts {
            profile: &profile,
            exposure: incident_exposure(&incident),
            times: EventTimes {
                awareness: incident.aware_at,
                classification: incident.classified_at,
                materiality: incident.materiality_at,
                notifiable_assessment: incident.notifiable_assessed_at,
            },
            unlawful_access: incident.unlawful_access,
            california_residents: incident.california_residents,
            answers: incident.answers.iter().map(|a| (a.key.clone(), a.answer)).collect(),
            done: incident.steps.iter().map(|s| (s.rule_id.clone(), s.done_at)).collect(),
            language,
        };
        let report = obligations(&facts, self.options.clock.now());
        let vendor_sla_hours = self.vendor(incident.vendor.id).ok().and_then(|v| v.profile.dpa.breach_sla_hours);
        let vendor_lag_hours = incident.detected_at.zip(incident.vendor_notified_at).map(|(d, n)| (n - d).num_hours());
        Ok(IncidentView {
            timeline: timeline(&incident, &report, language),
            obligations: report,
            incident,
            vendor_lag_hours,
            vendor_sla_hours,
        })
    }

    /// An incident as an editable draft, times local to the organisation's zone.
    pub fn incident_draft(&self, id: IncidentId) -> Result<IncidentDraft> {
        let incident = self.store.read(|c| c.incident(id))?;
        Ok(IncidentDraft::of(&incident, self.time_zone()?))
    }

    fn time_zone(&self) -> Result<chrono_tz::Tz> {
        Ok(self.org_profile()?.time_zone.parse().unwrap_or(chrono_tz::Tz::UTC))
    }

    /// Checks that the categories confirmed not exposed exist.
    fn check_known_categories(&self, draft: &IncidentDraft) -> Result<()> {
        let known: std::collections::HashSet<String> = self.categories()?.into_iter().map(|c| c.key).collect();
        let mut check = Checker::default();
        for (i, key) in draft.confirmed_not_exposed.iter().enumerate() {
            if !known.contains(key) {
                let message = Message::new("field-unknown-category").arg("text", key);
                check.reject_text(&format!("confirmedNotExposed.{i}"), "unknown", message);
            }
        }
        Ok(check.finish()?)
    }

    /// Opens an incident at a vendor and freezes its blast radius as of the day the vendor
    /// detected the breach (or the day we became aware).
    pub fn open_incident(&self, vendor: VendorId, draft: &IncidentDraft) -> Result<IncidentView> {
        let tz = self.time_zone()?;
        let day = {
            let mut check = Checker::default();
            let detected = check.optional_instant("detectedAt", &draft.detected_at, tz);
            let aware = check.optional_instant("awareAt", &draft.aware_at, tz);
            detected.or(aware).unwrap_or_else(|| self.options.clock.now())
        };
        let radius = self.radius_on(vendor, Some(day.with_timezone(&tz).date_naive()))?;
        let candidates: Vec<String> = radius.exposed_categories.iter().map(|c| c.key.clone()).collect();
        let valid = draft.validate(tz, &candidates)?;
        self.check_known_categories(draft)?;
        let incident = self.write(Area::Incidents, |w| {
            let id = w.insert_incident(vendor, &valid, &radius)?;
            let incident = w.incident(id)?;
            w.audit(incident_record("incident.open", None, &incident))?;
            Ok(incident)
        })?;
        self.view(incident)
    }

    /// Corrects an incident's times, facts and confirmed categories; its frozen blast radius stays.
    pub fn update_incident(&self, id: IncidentId, draft: &IncidentDraft) -> Result<IncidentView> {
        self.update_incident_since(id, draft, None)
    }

    /// The same, refused if the incident's fields changed after revision `seen`.
    pub(super) fn update_incident_since(
        &self,
        id: IncidentId,
        draft: &IncidentDraft,
        seen: Option<Revision>,
    ) -> Result<IncidentView> {
        let tz = self.time_zone()?;
        let current = self.store.read(|c| c.incident(id))?;
        let candidates: Vec<String> = current.blast_radius.exposed_categories.iter().map(|c| c.key.clone()).collect();
        let valid = draft.validate(tz, &candidates)?;
        self.check_known_categories(draft)?;
        self.change_incident(id, "incident.update", |w| {
            if let Some(seen) = seen {
                unchanged_since(w, &INCIDENT_FIELDS, id.0, seen)?;
            }
            w.update_incident(id, &valid)
        })
    }

    fn change_incident(
        &self,
        id: IncidentId,
        action: &str,
        f: impl FnOnce(&store::Writer<'_>) -> Result<()>,
    ) -> Result<IncidentView> {
        let incident = self.write(Area::Incidents, |w| {
            let before = w.incident(id)?;
            f(w)?;
            let after = w.incident(id)?;
            w.audit(incident_record(action, Some(&before), &after))?;
            Ok(after)
        })?;
        self.view(incident)
    }

    /// Records a judgement (e.g. `high_risk`: no, and why).
    pub fn answer_judgement(&self, id: IncidentId, key: &str, answer: bool, note: &str) -> Result<IncidentView> {
        if !RULES.iter().any(|r| r.judgement.is_some_and(|j| j.key == key)) {
            let message = Message::new("incident-unknown-judgement").arg("key", key);
            return Err(FieldErrors::of("key", "unknown", message).into());
        }
        let note = Some(note.trim()).filter(|n| !n.is_empty());
        let at = self.options.clock.now();
        self.change_incident(id, "incident.judgement", |w| w.answer_incident(id, key, answer, note, at))
    }

    /// Marks a notification step done at `done_at` (RFC 3339 or local date-time; empty: now).
    pub fn mark_step_done(&self, id: IncidentId, rule_id: &str, done_at: &str, note: &str) -> Result<IncidentView> {
        if !RULES.iter().any(|r| r.id == rule_id) {
            let message = Message::new("incident-unknown-step").arg("rule", rule_id);
            return Err(FieldErrors::of("ruleId", "unknown", message).into());
        }
        let at = self.instant_or_now("doneAt", done_at)?;
        let note = Some(note.trim()).filter(|n| !n.is_empty());
        self.change_incident(id, "incident.step_done", |w| w.incident_step_done(id, rule_id, at, note))
    }

    /// Adds a note to an incident's timeline at `at` (empty: now).
    pub fn add_incident_note(&self, id: IncidentId, at: &str, text: &str) -> Result<IncidentView> {
        let at = self.instant_or_now("at", at)?;
        let mut check = Checker::default();
        let text = check.required_text("text", text, 10_000);
        check.finish()?;
        self.change_incident(id, "incident.note", |w| w.add_incident_note(id, at, &text))
    }

    /// Closes (or reopens) an incident.
    pub fn set_incident_status(&self, id: IncidentId, status: IncidentStatus) -> Result<IncidentView> {
        self.change_incident(id, "incident.status", |w| w.set_incident_status(id, status))
    }

    /// A time typed as RFC 3339 or local date-time in the organisation's zone; empty: now.
    pub(super) fn instant_or_now(&self, field: &str, raw: &str) -> Result<DateTime<Utc>> {
        if raw.trim().is_empty() {
            return Ok(self.options.clock.now());
        }
        let mut check = Checker::default();
        let at = check.optional_instant(field, raw, self.time_zone()?);
        check.finish()?;
        at.ok_or_else(|| CoreError::Internal(format!("no time in {field}")))
    }
}
