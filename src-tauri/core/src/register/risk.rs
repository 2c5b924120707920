//! Risk use cases: the rubric, vendors' risk profiles and overrides, explain and what-if,
//! dated risk assessments (freezing their rubric), review cadence, documents, acceptances and
//! the dashboard. Reads come from the cached risk book; every change is audited.

use std::sync::Arc;

use serde::Serialize;

use super::Register;
use super::edits::{RISK_PROFILE_FIELDS, RUBRIC_FIELDS, Revision, unchanged_since};
use crate::actor::Area;
use crate::audit::AuditRecord;
use crate::datamap::VendorRef;
use crate::error::{CoreError, Result};
use crate::ids::VendorId;
use crate::locale::Language;
use crate::questionnaire::evidence::check_evidence;
use crate::risk::book::{
    Dashboard, DashboardInputs, RiskBook, StoredInputs, VendorRiskRow, dashboard, gather_facts, service_needs,
};
use crate::risk::cadence::{acceptance_status, document_status, renewal_notice, review_status};
use crate::risk::compute::{RiskFacts, RiskResult, assess, assess_in};
use crate::risk::records::{
    AcceptanceDraft, AcceptanceStatus, DocumentDraft, DocumentKind, DocumentStatus, Freshness, RenewalNotice,
    ReviewStatus, RiskAcceptance, RiskProfile, RiskProfileDraft, RiskSnapshot,
};
use crate::risk::rubric::{AccessLevel, Level, Rubric, Substitutability};
use crate::store;
use crate::store::risk as sql;
use crate::text::Message;
use crate::validate::Checker;

/// Everything about one vendor's risk, for its Risk tab and `risk explain`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct VendorRiskView {
    pub profile: RiskProfile,
    pub facts: RiskFacts,
    pub result: RiskResult,
    pub review: ReviewStatus,
    /// Dated risk assessments, oldest first.
    pub history: Vec<RiskSnapshot>,
    pub documents: Vec<DocumentStatus>,
    pub acceptances: Vec<AcceptanceStatus>,
    pub renewal: Option<RenewalNotice>,
    pub open_reviews: Vec<String>,
}

fn profile_record(action: &str, before: Option<&RiskProfile>, after: &RiskProfile) -> AuditRecord {
    AuditRecord::linked_change(
        action,
        "vendor_risk_profile",
        after.vendor.id.0,
        &after.vendor.name,
        before,
        Some(after),
    )
}

pub(super) fn profile_of(
    vendor: VendorRef,
    stored: Option<(AccessLevel, Substitutability, Option<Level>, Option<String>)>,
    holds_data: bool,
) -> RiskProfile {
    let (access, substitutability, override_level, override_reason) = stored.unwrap_or((
        if holds_data { AccessLevel::DataOnly } else { AccessLevel::None },
        Substitutability::Moderate,
        None,
        None,
    ));
    RiskProfile { vendor, access, substitutability, override_level, override_reason }
}

/// Parses a choice, naming the field and the accepted values when it is not one.
fn choice<T>(
    check: &mut Checker,
    field: &str,
    text: &str,
    parse: impl Fn(&str) -> Option<T>,
    choices: String,
) -> Option<T> {
    let parsed = parse(text);
    if parsed.is_none() {
        check.reject_text(field, "choice", Message::new("field-choice").arg("text", text).arg("choices", choices));
    }
    parsed
}

impl Register {
    /// The rubric in force.
    pub fn risk_rubric(&self) -> Result<Rubric> {
        self.store.read(|r| r.current_rubric())
    }

    /// Saves a changed rubric as the next version; earlier assessments keep theirs.
    pub fn set_risk_rubric(&self, rubric: &Rubric) -> Result<Rubric> {
        self.set_risk_rubric_since(rubric, None)
    }

    /// Saves a rubric whose form was opened at revision `seen` (see [`Register::rubric_edit`]).
    pub(super) fn set_risk_rubric_since(&self, rubric: &Rubric, seen: Option<Revision>) -> Result<Rubric> {
        self.require(Area::Risk)?;
        self.write(Area::Risk, |w| {
            let before = w.current_rubric()?;
            if let Some(seen) = seen {
                unchanged_since(w, &RUBRIC_FIELDS, i64::from(before.version), seen)?;
            }
            let next = Rubric { version: before.version + 1, ..rubric.clone() };
            next.check()?;
            w.insert_rubric(&next)?;
            let summary = format!("risk rubric version {}", next.version);
            w.audit(AuditRecord::change(
                "risk_rubric.create",
                "risk_rubric",
                i64::from(next.version),
                &summary,
                Some(&before),
                Some(&next),
            ))?;
            Ok(next)
        })
    }

    /// Every vendor's risk today (cached until the register changes).
    pub fn risk_book(&self) -> Result<Arc<RiskBook>> {
        let today = self.today();
        self.store.read(|r| {
            self.risk_book.rebuilt(
                r,
                |b| b.date == Some(today),
                || {
                    let snapshot = self.data_map()?;
                    let (inputs, rubric) = self.risk_inputs()?;
                    Ok(RiskBook::build(&snapshot, today, &inputs, &rubric))
                },
            )
        })
    }

    /// What the risk book reads from the register besides the data map, and the rubric.
    pub fn risk_inputs(&self) -> Result<(StoredInputs, Rubric)> {
        self.store.read(|c| Ok((c.risk_inputs()?, c.current_rubric()?)))
    }

    /// The facts the rubric reads about one vendor today.
    pub fn risk_facts(&self, vendor: VendorId) -> Result<RiskFacts> {
        let today = self.today();
        let snapshot = self.data_map()?;
        let v = snapshot.vendor_index(vendor).ok_or_else(|| CoreError::not_found("vendor", vendor))?;
        let inputs = self.store.read(|r| r.risk_inputs())?;
        Ok(gather_facts(&snapshot, &snapshot.facts(today), &service_needs(&snapshot, today), v, &inputs))
    }

    /// A vendor's risk with its arithmetic, history, review status, documents and acceptances.
    pub fn vendor_risk(&self, vendor: VendorId) -> Result<VendorRiskView> {
        self.vendor_risk_in(vendor, self.language())
    }

    /// The same with the arithmetic written in `language` (a dossier in another language).
    pub fn vendor_risk_in(&self, vendor: VendorId, language: Language) -> Result<VendorRiskView> {
        let facts = self.risk_facts(vendor)?;
        let (rubric, stored_profile, history, documents, acceptances, record, inputs) = self.store.read(|c| {
            Ok((
                c.current_rubric()?,
                c.risk_profile(vendor)?,
                c.risk_snapshots(vendor)?,
                c.documents(Some(vendor))?,
                c.acceptances(Some(vendor))?,
                c.vendor(vendor)?,
                c.risk_inputs()?,
            ))
        })?;
        let today = self.today();
        let result = assess_in(&facts, &rubric, language);
        let vendor_ref = VendorRef { id: vendor, name: record.profile.name.clone().into() };
        let review = review_status(
            vendor_ref.clone(),
            result.tier,
            inputs.last_reviewed.get(&vendor).copied(),
            inputs.review_requested.get(&vendor).copied(),
            &rubric,
            today,
        );
        let contract = &record.profile.contract;
        Ok(VendorRiskView {
            profile: profile_of(vendor_ref.clone(), stored_profile, !facts.flags.list().is_empty()),
            review,
            history,
            documents: documents.into_iter().map(|d| document_status(d, &rubric, today, language)).collect(),
            acceptances: acceptances
                .into_iter()
                .map(|a| acceptance_status(a, result.residual, today, language))
                .collect(),
            renewal: renewal_notice(
                vendor_ref,
                (contract.renewal, contract.notice_period_days),
                &rubric,
                today,
                language,
            ),
            open_reviews: self.open_reviews(vendor)?,
            facts,
            result,
        })
    }

    /// What the risk would be with other facts; nothing is saved.
    pub fn risk_what_if(&self, facts: &RiskFacts) -> Result<RiskResult> {
        Ok(assess_in(facts, &self.risk_rubric()?, self.language()))
    }

    /// Whether the vendor receives any of our data (a profile never set defaults on it).
    fn holds_our_data(&self, vendor: VendorId) -> Result<bool> {
        Ok(!self.risk_facts(vendor)?.flags.list().is_empty())
    }

    /// The vendor's risk profile as stored, or its defaults.
    pub(super) fn risk_profile(&self, vendor: VendorId) -> Result<RiskProfile> {
        let holds_data = self.holds_our_data(vendor)?;
        self.store.read(|r| {
            let vendor_ref = VendorRef { id: vendor, name: r.vendor(vendor)?.profile.name.into() };
            Ok(profile_of(vendor_ref, r.risk_profile(vendor)?, holds_data))
        })
    }

    /// Sets a vendor's access level, substitutability and (with a reason) an override.
    pub fn set_risk_profile(&self, vendor: VendorId, draft: &RiskProfileDraft) -> Result<RiskProfile> {
        self.set_risk_profile_since(vendor, draft, None)
    }

    /// Sets a risk profile whose form was opened at revision `seen` (see
    /// [`Register::risk_profile_edit`]).
    pub(super) fn set_risk_profile_since(
        &self,
        vendor: VendorId,
        draft: &RiskProfileDraft,
        seen: Option<Revision>,
    ) -> Result<RiskProfile> {
        self.require(Area::Risk)?;
        let mut check = Checker::default();
        let access = choice(&mut check, "access", &draft.access, AccessLevel::parse, AccessLevel::choices());
        let substitutability = choice(
            &mut check,
            "substitutability",
            &draft.substitutability,
            Substitutability::parse,
            Substitutability::choices(),
        );
        let override_level = match draft.override_level.trim() {
            "" => None,
            text => choice(&mut check, "overrideLevel", text, Level::parse, Level::choices()),
        };
        let reason = check.optional_text("overrideReason", &draft.override_reason, 2_000);
        if override_level.is_some() && reason.is_none() {
            check.reject_text("overrideReason", "required", Message::new("field-override-reason"));
        }
        check.finish()?;
        let holds_data = self.holds_our_data(vendor)?;
        let name = self.find_vendor(&vendor.0.to_string())?.profile.name;
        self.write(Area::Risk, |w| {
            if let Some(seen) = seen {
                unchanged_since(w, &RISK_PROFILE_FIELDS, vendor.0, seen)?;
            }
            let vendor_ref = VendorRef { id: vendor, name: name.clone().into() };
            let stored = w.risk_profile(vendor)?;
            let before = stored.clone().map(|s| profile_of(vendor_ref.clone(), Some(s), holds_data));
            let profile = (
                access.unwrap_or(AccessLevel::None),
                substitutability.unwrap_or(Substitutability::Moderate),
                override_level,
                override_level.and(reason.clone()),
            );
            w.save_risk_profile(vendor, &profile)?;
            let after = profile_of(vendor_ref, Some(profile), holds_data);
            w.audit(profile_record("vendor_risk_profile.update", before.as_ref(), &after))?;
            Ok(after)
        })
    }

    /// Records a dated risk assessment of a vendor, freezing the rubric and the facts. A tier
    /// different from the last assessment's asks for a reassessment (a review request).
    pub fn assess_risk(&self, vendor: VendorId) -> Result<RiskSnapshot> {
        self.require(Area::Risk)?;
        let facts = self.risk_facts(vendor)?;
        self.write(Area::Risk, |w| record_assessment(w, vendor, &facts))
    }

    /// Assesses every vendor that is not archived; returns how many.
    pub fn assess_all_risks(&self) -> Result<usize> {
        self.require(Area::Risk)?;
        let today = self.today();
        let snapshot = self.data_map()?;
        let facts = snapshot.facts(today);
        let needs = service_needs(&snapshot, today);
        let inputs = self.store.read(|r| r.risk_inputs())?;
        let all: Vec<(VendorId, RiskFacts)> = snapshot
            .vendors
            .iter()
            .enumerate()
            .filter(|(_, v)| !v.archived)
            .map(|(i, v)| (v.id, gather_facts(&snapshot, &facts, &needs, i, &inputs)))
            .collect();
        self.write(Area::Risk, |w| {
            for (vendor, facts) in &all {
                record_assessment(w, *vendor, facts)?;
            }
            Ok(all.len())
        })
    }

    /// Review status of every vendor due soon, overdue or never reviewed, most urgent first.
    pub fn reviews_due(&self) -> Result<Vec<ReviewStatus>> {
        let book = self.risk_book()?;
        let mut due: Vec<ReviewStatus> =
            book.reviews.iter().filter(|r| r.state != crate::risk::records::ReviewState::UpToDate).cloned().collect();
        due.sort_by_key(|r| (r.next_due.is_some(), r.next_due, r.tier));
        Ok(due)
    }

    /// The dashboard.
    pub fn dashboard(&self) -> Result<Dashboard> {
        let book = self.risk_book()?;
        let today = self.today();
        let (rubric, documents, renewals, inputs, acceptances) = self.store.read(|c| {
            Ok((c.current_rubric()?, c.documents(None)?, c.renewals()?, c.risk_inputs()?, c.acceptances(None)?))
        })?;
        let attention = |f: Freshness| matches!(f, Freshness::Stale | Freshness::Expiring);
        let mut documents: Vec<DocumentStatus> = documents
            .into_iter()
            .map(|d| document_status(d, &rubric, today, self.language()))
            .filter(|d| attention(d.freshness))
            .collect();
        documents.sort_by_key(|d| d.stale_on);
        let mut renewals: Vec<RenewalNotice> = renewals
            .into_iter()
            .filter_map(|(v, renewal, notice)| renewal_notice(v, (renewal, notice), &rubric, today, self.language()))
            .filter(|n| attention(n.freshness))
            .collect();
        renewals.sort_by_key(|n| n.notice_by);
        let residual_of = |id: VendorId| book.row(id).map(|r| r.residual);
        let stale_acceptances = acceptances
            .into_iter()
            .filter(|a| a.revoked_at.is_none())
            .filter_map(|a| residual_of(a.vendor.id).map(|level| acceptance_status(a, level, today, self.language())))
            .filter(|s| s.stale)
            .collect();
        let inputs = DashboardInputs {
            documents,
            renewals,
            open_findings: sql::open_findings_total(&inputs),
            stale_acceptances,
        };
        Ok(dashboard(&book, &rubric, inputs))
    }

    /// The vendors in one heat-map cell (inherent likelihood × impact).
    pub fn vendors_in_cell(&self, likelihood: Level, impact: Level) -> Result<Vec<VendorRiskRow>> {
        let book = self.risk_book()?;
        Ok(book
            .rows
            .iter()
            .filter(|r| {
                r.likelihood == likelihood
                    && r.impact == impact
                    && r.status != crate::vendor::LifecycleStatus::Terminated
            })
            .cloned()
            .collect())
    }

    /// Records a document or certificate, optionally with its file in the evidence store.
    pub fn add_document(
        &self,
        vendor: VendorId,
        draft: &DocumentDraft,
        file: Option<(&str, &[u8])>,
    ) -> Result<DocumentStatus> {
        self.require(Area::Vendors)?;
        let mut check = Checker::default();
        let kind = choice(&mut check, "kind", &draft.kind, DocumentKind::parse, DocumentKind::choices());
        let title = check.required_text("title", &draft.title, 200);
        let issued_on = check.optional_date("issuedOn", &draft.issued_on);
        let period_end = check.optional_date("periodEnd", &draft.period_end);
        let expires_on = check.optional_date("expiresOn", &draft.expires_on);
        if kind == Some(DocumentKind::Soc2Type2) && period_end.is_none() {
            check.reject_text("periodEnd", "required", Message::new("field-soc2-period-end"));
        }
        if kind == Some(DocumentKind::Iso27001) && expires_on.is_none() {
            check.reject_text("expiresOn", "required", Message::new("field-certificate-expiry"));
        }
        if kind == Some(DocumentKind::Pentest) && issued_on.is_none() {
            check.reject_text("issuedOn", "required", Message::new("field-test-date"));
        }
        check.finish()?;
        let checked = file.map(|(name, bytes)| check_evidence(name, bytes).map(|c| (c, bytes))).transpose()?;
        self.find_vendor(&vendor.0.to_string())?;
        let rubric = self.risk_rubric()?;
        let today = self.today();
        let document = self.write(Area::Vendors, |w| {
            if let Some((c, bytes)) = &checked {
                w.store_evidence(c, bytes)?;
            }
            let fields = sql::DocumentFields {
                kind: kind.unwrap_or(DocumentKind::Other),
                title: &title,
                issued_on,
                period_end,
                expires_on,
                file: checked.as_ref().map(|(c, _)| (c.sha256.as_str(), c.file_name.as_str())),
            };
            let id = w.insert_document(vendor, &fields)?;
            let document = w.document(id)?;
            let summary = format!("{}: {}", document.vendor.name, document.title);
            w.audit(AuditRecord::linked_change(
                "vendor_document.add",
                "vendor_document",
                id,
                &summary,
                None,
                Some(&document),
            ))?;
            Ok(document)
        })?;
        Ok(document_status(document, &rubric, today, self.language()))
    }

    /// Documents of a vendor (or all), with their staleness.
    pub fn documents(&self, vendor: Option<VendorId>) -> Result<Vec<DocumentStatus>> {
        let (rubric, documents) = self.store.read(|c| Ok((c.current_rubric()?, c.documents(vendor)?)))?;
        let today = self.today();
        Ok(documents.into_iter().map(|d| document_status(d, &rubric, today, self.language())).collect())
    }

    /// Records that the vendor's current residual risk is knowingly accepted until a date.
    pub fn accept_risk(&self, vendor: VendorId, draft: &AcceptanceDraft) -> Result<AcceptanceStatus> {
        self.require(Area::Acceptances)?;
        let mut check = Checker::default();
        let approver = check.required_text("approver", &draft.approver, 200);
        let justification = check.required_text("justification", &draft.justification, 5_000);
        let expires_on = check.optional_date("expiresOn", &draft.expires_on);
        let today = self.today();
        match expires_on {
            None if draft.expires_on.trim().is_empty() => {
                check.reject_text("expiresOn", "required", Message::new("field-acceptance-expiry"))
            }
            Some(date) if date <= today => {
                check.reject_text("expiresOn", "future", Message::new("field-expiry-future"))
            }
            _ => {}
        }
        check.finish()?;
        let residual = self.vendor_risk(vendor)?.result.residual;
        let acceptance = self.write(Area::Acceptances, |w| {
            let id = w.insert_acceptance(vendor, &approver, &justification, expires_on.unwrap_or(today), residual)?;
            let acceptance = w.acceptance(id)?;
            let summary = format!("{}: {} risk accepted by {}", acceptance.vendor.name, residual.label(), approver);
            w.audit(AuditRecord::linked_change(
                "risk_acceptance.add",
                "risk_acceptance",
                id,
                &summary,
                None,
                Some(&acceptance),
            ))?;
            Ok(acceptance)
        })?;
        Ok(acceptance_status(acceptance, residual, today, self.language()))
    }

    /// Revokes an acceptance.
    pub fn revoke_acceptance(&self, id: i64) -> Result<RiskAcceptance> {
        self.write(Area::Acceptances, |w| {
            let before = w.acceptance(id)?;
            w.revoke_acceptance(id)?;
            let after = w.acceptance(id)?;
            let summary = format!("{}: acceptance revoked", after.vendor.name);
            w.audit(AuditRecord::linked_change(
                "risk_acceptance.revoke",
                "risk_acceptance",
                id,
                &summary,
                Some(&before),
                Some(&after),
            ))?;
            Ok(after)
        })
    }

    /// Acceptances of a vendor (or all) with whether each still holds.
    pub fn acceptances(&self, vendor: Option<VendorId>) -> Result<Vec<AcceptanceStatus>> {
        self.acceptances_in(vendor, self.language())
    }

    /// The same, saying why one no longer holds in `language` (a dossier in another language).
    pub fn acceptances_in(&self, vendor: Option<VendorId>, language: Language) -> Result<Vec<AcceptanceStatus>> {
        let book = self.risk_book()?;
        let today = self.today();
        let all = self.store.read(|c| c.acceptances(vendor))?;
        Ok(all
            .into_iter()
            .map(|a| {
                let residual = book.row(a.vendor.id).map_or(a.accepted_level, |r| r.residual);
                acceptance_status(a, residual, today, language)
            })
            .collect())
    }
}

/// Stores one dated assessment; asks for a reassessment when the tier changed.
fn record_assessment(w: &mut store::Writer<'_>, vendor: VendorId, facts: &RiskFacts) -> Result<RiskSnapshot> {
    let rubric = w.current_rubric()?;
    let result = assess(facts, &rubric);
    let previous_tier = w.risk_snapshots(vendor)?.last().map(|s| s.result.tier);
    let id = w.insert_risk_snapshot(vendor, &rubric, facts, &result)?;
    w.resolve_reviews(vendor)?;
    let snapshot = w
        .risk_snapshots(vendor)?
        .into_iter()
        .find(|s| s.id == id)
        .ok_or_else(|| CoreError::not_found("risk assessment", id))?;
    let summary = format!(
        "{}: inherent {}, residual {}, tier {}",
        snapshot.vendor.name,
        result.inherent.label(),
        result.residual.label(),
        result.tier
    );
    w.audit(AuditRecord::linked_change(
        "risk_assessment.record",
        "risk_assessment",
        id,
        &summary,
        None,
        Some(&snapshot),
    ))?;
    if let Some(before) = previous_tier.filter(|t| *t != result.tier) {
        let reason = format!("Tier changed from {before} to {}: reassess the vendor", result.tier);
        let request = w.request_review(vendor, &reason)?;
        w.audit(AuditRecord::change(
            "vendor.review_requested",
            "review_request",
            request,
            &reason,
            None::<&String>,
            Some(&reason),
        ))?;
    }
    Ok(snapshot)
}
