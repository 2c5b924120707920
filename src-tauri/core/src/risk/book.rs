//! Every vendor's risk at once: the facts gathered from the data map and the register's stored
//! inputs (profiles, accepted questionnaire scores, open findings, last reviews), the levels
//! computed without their working, and the dashboard built from them. Pure.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::cadence::review_status;
use super::compute::{RiskFacts, levels};
use super::records::{AcceptanceStatus, DocumentStatus, RenewalNotice, ReviewState, ReviewStatus};
use super::rubric::{AccessLevel, Level, Rubric, Substitutability};
use crate::datamap::{Criticality, VendorRef, in_force};
use crate::ids::VendorId;
use crate::questionnaire::template::Severity;
use crate::snapshot::{DataMapSnapshot, DateFacts};
use crate::taxonomy::CategoryFlags;
use crate::vendor::LifecycleStatus;

/// What the register stores that risk reads, by vendor.
#[derive(Debug, Clone, Default)]
pub struct StoredInputs {
    /// Access, substitutability, override level and reason.
    pub profiles: HashMap<VendorId, (AccessLevel, Substitutability, Option<Level>, Option<String>)>,
    /// Score of the latest accepted questionnaire.
    pub control_scores: HashMap<VendorId, f64>,
    /// Open findings: low, medium, high, critical.
    pub open_findings: HashMap<VendorId, [u32; 4]>,
    /// The date of the latest risk assessment.
    pub last_reviewed: HashMap<VendorId, NaiveDate>,
    /// The date of the oldest open review request (a tier change, a changed subprocessor list).
    pub review_requested: HashMap<VendorId, NaiveDate>,
}

/// For each vendor (dense index), the shortest RTO and highest criticality of the services
/// that depend on it on `date`.
pub fn service_needs(snapshot: &DataMapSnapshot, date: NaiveDate) -> Vec<(Option<i64>, Option<Criticality>)> {
    let services: HashMap<_, _> = snapshot.services.iter().map(|s| (s.id, s)).collect();
    let mut needs = vec![(None, None); snapshot.vendors.len()];
    for dependency in snapshot.dependencies.iter().filter(|d| in_force(d.valid_from, d.valid_to, date)) {
        let (Some(service), Some(need)) = (services.get(&dependency.service), needs.get_mut(dependency.vendor)) else {
            continue;
        };
        need.0 = match (need.0, service.rto_hours) {
            (Some(a), Some(b)) => Some(b.min(a)),
            (a, b) => a.or(b),
        };
        need.1 = need.1.max(Some(service.criticality));
    }
    needs
}

/// The facts the rubric reads about vendor `v` (its dense index) on the facts' date; `needs`
/// from [`service_needs`].
pub fn gather_facts(
    snapshot: &DataMapSnapshot,
    facts: &DateFacts,
    needs: &[(Option<i64>, Option<Criticality>)],
    v: usize,
    stored: &StoredInputs,
) -> RiskFacts {
    let vendor = &snapshot.vendors[v];
    let date = facts.date;
    let mut countries: BTreeSet<&str> = BTreeSet::new();
    let mut records = 0i64;
    for flow in snapshot.flows_of(v, date) {
        records = records.saturating_add(flow.records.unwrap_or(0));
        countries.extend(flow.residence.iter().map(|(c, _)| &**c));
    }
    let fourth_parties = facts.out.of(v).iter().map(|l| l.vendor).collect::<BTreeSet<_>>().len() as u32;
    let (shortest_rto_hours, highest_criticality) = needs.get(v).copied().unwrap_or_default();
    let holds_data = !facts.holdings[v].is_empty();
    let (access, substitutability, override_level, override_reason) =
        stored.profiles.get(&vendor.id).cloned().unwrap_or((
            if holds_data { AccessLevel::DataOnly } else { AccessLevel::None },
            Substitutability::Moderate,
            None,
            None,
        ));
    RiskFacts {
        flags: snapshot.taxonomy.flags_of(&facts.holdings[v]),
        people: facts.people[v],
        records,
        countries: countries.len() as u32,
        fourth_parties,
        access,
        substitutability,
        shortest_rto_hours,
        highest_criticality,
        control_score: stored.control_scores.get(&vendor.id).copied(),
        open_findings: stored.open_findings.get(&vendor.id).copied().unwrap_or_default(),
        override_level,
        override_reason,
    }
}

/// One vendor's levels, for lists, the heat map and the dashboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct VendorRiskRow {
    pub vendor: VendorRef,
    pub status: LifecycleStatus,
    pub likelihood: Level,
    pub impact: Level,
    pub inherent: Level,
    pub overridden: bool,
    pub residual: Level,
    pub tier: u8,
    pub special_category: bool,
    /// The sensitivity flags of the data it receives.
    pub flags: CategoryFlags,
    pub review: ReviewState,
    pub next_review: Option<NaiveDate>,
}

/// The levels of every vendor that is not archived, on one date, under one rubric.
#[derive(Debug, Clone, Default)]
pub struct RiskBook {
    pub date: Option<NaiveDate>,
    pub rubric_version: u32,
    pub rows: Vec<VendorRiskRow>,
    pub reviews: Vec<ReviewStatus>,
}

impl RiskBook {
    /// Computes every vendor's risk and review status.
    pub fn build(snapshot: &DataMapSnapshot, date: NaiveDate, stored: &StoredInputs, rubric: &Rubric) -> RiskBook {
        let facts = snapshot.facts(date);
        let needs = service_needs(snapshot, date);
        let mut rows = Vec::with_capacity(snapshot.vendors.len());
        let mut reviews = Vec::with_capacity(snapshot.vendors.len());
        for (v, vendor) in snapshot.vendors.iter().enumerate().filter(|(_, v)| !v.archived) {
            let f = gather_facts(snapshot, &facts, &needs, v, stored);
            let result = levels(&f, rubric);
            let vendor_ref = VendorRef { id: vendor.id, name: vendor.name.clone() };
            let (last, requested) =
                (stored.last_reviewed.get(&vendor.id).copied(), stored.review_requested.get(&vendor.id).copied());
            let review = review_status(vendor_ref.clone(), result.tier, last, requested, rubric, date);
            rows.push(VendorRiskRow {
                vendor: vendor_ref,
                status: vendor.status,
                likelihood: result.likelihood,
                impact: result.impact,
                inherent: result.inherent,
                overridden: result.overridden,
                residual: result.residual,
                tier: result.tier,
                special_category: f.flags.special_category || f.flags.health,
                flags: f.flags,
                review: review.state,
                next_review: review.next_due,
            });
            reviews.push(review);
        }
        RiskBook { date: Some(date), rubric_version: rubric.version, rows, reviews }
    }

    /// The row of one vendor.
    pub fn row(&self, vendor: VendorId) -> Option<&VendorRiskRow> {
        self.rows.iter().find(|r| r.vendor.id == vendor)
    }
}

/// One cell of the 5×5 heat map.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct HeatCell {
    pub likelihood: Level,
    pub impact: Level,
    /// The matrix's risk level for the cell.
    pub level: Level,
    pub vendors: u32,
}

/// A count of things at one value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Count<T> {
    pub key: T,
    pub count: u32,
}

/// Things that need attention, a few listed and all counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Listed<T> {
    pub items: Vec<T>,
    pub total: u32,
}

/// How many of each list the dashboard shows.
pub const LISTED: usize = 50;

fn listed<T>(mut items: Vec<T>) -> Listed<T> {
    let total = items.len() as u32;
    items.truncate(LISTED);
    Listed { items, total }
}

/// The dashboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Dashboard {
    pub date: NaiveDate,
    pub rubric_version: u32,
    /// Vendors counted (not archived, not terminated).
    pub vendors: u32,
    /// Inherent risk: likelihood × impact, very low first.
    pub heat_map: Vec<HeatCell>,
    pub tiers: Vec<Count<u8>>,
    pub residual: Vec<Count<Level>>,
    pub reviews_overdue: Listed<ReviewStatus>,
    pub reviews_due_soon: Listed<ReviewStatus>,
    pub documents: Listed<DocumentStatus>,
    pub renewals: Listed<RenewalNotice>,
    pub open_findings: Vec<Count<Severity>>,
    pub special_category: Listed<VendorRef>,
    pub stale_acceptances: Listed<AcceptanceStatus>,
}

/// The parts of the dashboard that do not come from the risk book.
pub struct DashboardInputs {
    pub documents: Vec<DocumentStatus>,
    pub renewals: Vec<RenewalNotice>,
    pub open_findings: [u32; 4],
    pub stale_acceptances: Vec<AcceptanceStatus>,
}

/// Whether a vendor counts on the dashboard: not terminated (archived ones are not in the book).
fn counted(row: &VendorRiskRow) -> bool {
    row.status != LifecycleStatus::Terminated
}

/// Builds the dashboard from the risk book and the other inputs.
pub fn dashboard(book: &RiskBook, rubric: &Rubric, inputs: DashboardInputs) -> Dashboard {
    let rows: Vec<&VendorRiskRow> = book.rows.iter().filter(|r| counted(r)).collect();
    let mut cells: HashMap<(Level, Level), u32> = HashMap::new();
    for r in &rows {
        *cells.entry((r.likelihood, r.impact)).or_default() += 1;
    }
    let heat_map = Level::ALL
        .iter()
        .flat_map(|l| Level::ALL.iter().map(move |i| (*l, *i)))
        .map(|(likelihood, impact)| HeatCell {
            likelihood,
            impact,
            level: rubric.matrix[usize::from(likelihood.value() - 1)][usize::from(impact.value() - 1)],
            vendors: cells.get(&(likelihood, impact)).copied().unwrap_or(0),
        })
        .collect();
    let tiers = (1..=4).map(|t| Count { key: t, count: rows.iter().filter(|r| r.tier == t).count() as u32 }).collect();
    let residual = Level::ALL
        .iter()
        .map(|l| Count { key: *l, count: rows.iter().filter(|r| r.residual == *l).count() as u32 })
        .collect();
    let counted_ids: std::collections::HashSet<VendorId> = rows.iter().map(|r| r.vendor.id).collect();
    let reviews = |state: ReviewState| {
        let mut due: Vec<ReviewStatus> =
            book.reviews.iter().filter(|r| r.state == state && counted_ids.contains(&r.vendor.id)).cloned().collect();
        due.sort_by_key(|r| (r.next_due, r.tier));
        listed(due)
    };
    let mut overdue = book
        .reviews
        .iter()
        .filter(|r| r.state == ReviewState::Never && counted_ids.contains(&r.vendor.id))
        .cloned()
        .collect::<Vec<_>>();
    overdue.sort_by_key(|r| r.tier);
    let mut reviews_overdue = reviews(ReviewState::Overdue);
    reviews_overdue.total += overdue.len() as u32;
    reviews_overdue.items.extend(overdue);
    reviews_overdue.items.truncate(LISTED);
    let severities = [Severity::Low, Severity::Medium, Severity::High, Severity::Critical];
    Dashboard {
        date: book.date.unwrap_or_default(),
        rubric_version: book.rubric_version,
        vendors: rows.len() as u32,
        heat_map,
        tiers,
        residual,
        reviews_overdue,
        reviews_due_soon: reviews(ReviewState::DueSoon),
        documents: listed(inputs.documents),
        renewals: listed(inputs.renewals),
        open_findings: severities
            .iter()
            .zip(inputs.open_findings)
            .rev()
            .map(|(s, n)| Count { key: *s, count: n })
            .collect(),
        special_category: listed(rows.iter().filter(|r| r.special_category).map(|r| r.vendor.clone()).collect()),
        stale_acceptances: listed(inputs.stale_acceptances),
    }
}
