//! The blast radius of a compromised vendor on a date: what it held of ours and about whom,
//! what reached it through other vendors, which of its subprocessors hold our data, which of
//! our services are hit, and what to do first. A pure function over a [`DataMapSnapshot`].

use std::collections::{BTreeMap, VecDeque};
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::datamap::{Criticality, VendorRef};
use crate::ids::{FlowId, InternalServiceId, VendorId};
use crate::locale::Language;
use crate::obligations::ObligationReport;
use crate::snapshot::{CategorySet, DataMapSnapshot, DateFacts};
use crate::taxonomy::{CategoryFlags, Flag, is_within};
use crate::text::text;

/// How many distinct shortest paths are shown per upstream vendor.
const PATHS_PER_VENDOR: usize = 3;

/// How many upstream and downstream vendors a result lists in detail; the totals count all.
pub const LISTED_VENDORS: usize = 500;

/// A category in a result, with what makes it sensitive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ExposedCategory {
    pub key: String,
    pub name: String,
    pub flags: CategoryFlags,
}

/// People of one group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SubjectExposure {
    pub key: String,
    pub name: String,
    pub people: i64,
}

/// People in one country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CountryPeople {
    pub country: String,
    pub people: i64,
}

/// What the compromised vendor received from us directly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DirectExposure {
    pub categories: Vec<ExposedCategory>,
    pub subjects: Vec<SubjectExposure>,
    /// Per country: the largest count among flows about the same group, summed over groups
    /// (flows about one group usually hold the same people).
    pub people_by_country: Vec<CountryPeople>,
    /// People over all groups, counted the same way.
    pub people: i64,
    pub records: i64,
    pub flags: CategoryFlags,
    pub flow_ids: Vec<FlowId>,
}

/// A route of our data through vendors, ending at the compromised one or leaving it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DataPath {
    pub vendors: Vec<VendorRef>,
    /// The categories that actually pass along the whole path.
    #[cfg_attr(feature = "ts", ts(as = "Vec<String>"))]
    pub category_keys: Vec<Arc<str>>,
}

/// A vendor whose data (from us) reaches the compromised vendor through the chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct IndirectExposure {
    pub vendor: VendorRef,
    pub paths: Vec<DataPath>,
    /// The union over the paths (details of each in `BlastRadius::exposed_categories`).
    #[cfg_attr(feature = "ts", ts(as = "Vec<String>"))]
    pub category_keys: Vec<Arc<str>>,
}

/// A vendor downstream of the compromised one that holds our data through it: at risk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DownstreamVendor {
    pub vendor: VendorRef,
    /// Hops from the compromised vendor.
    pub depth: u32,
    pub path: Vec<VendorRef>,
    /// The categories it may hold through the compromised vendor.
    #[cfg_attr(feature = "ts", ts(as = "Vec<String>"))]
    pub category_keys: Vec<Arc<str>>,
    /// True when an edge on the path does not state its categories, so everything upstream was
    /// assumed to pass.
    pub assumed: bool,
}

/// Why one of our services is affected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ServiceImpact {
    /// The service depends on the vendor to run.
    DependsOnVendor,
    /// The service sends the data the vendor holds.
    SourceOfData,
}

/// One of our services hit by the compromise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AffectedService {
    pub id: InternalServiceId,
    pub name: String,
    pub criticality: Criticality,
    pub rto_hours: Option<i64>,
    pub impacts: Vec<ServiceImpact>,
}

/// A recommended first action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RecommendedAction {
    /// A stable code, e.g. `rotate_credentials`.
    pub code: String,
    pub title: String,
    pub detail: String,
}

/// The blast radius of one vendor on one date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BlastRadius {
    pub vendor: VendorRef,
    pub as_of: NaiveDate,
    /// 1: we send it data; 2: a fourth party; … `None`: holds nothing of ours on that date.
    pub rank: Option<u32>,
    pub direct: DirectExposure,
    /// Upstream vendors whose data from us reaches this one, most people first; at most
    /// [`LISTED_VENDORS`].
    pub indirect: Vec<IndirectExposure>,
    /// How many upstream vendors' data reaches this one in all.
    pub indirect_total: u32,
    /// Every category exposed at the vendor: direct, and arriving over any path.
    pub exposed_categories: Vec<ExposedCategory>,
    /// Vendors holding our data through this one, nearest first; at most [`LISTED_VENDORS`].
    pub downstream: Vec<DownstreamVendor>,
    /// How many downstream vendors hold our data through this one in all.
    pub downstream_total: u32,
    pub services: Vec<AffectedService>,
    pub actions: Vec<RecommendedAction>,
    /// The last date any flow to this vendor was in force, when none is on `as_of`.
    pub last_held_on: Option<NaiveDate>,
    /// The notification steps the compromise triggers for our organisation, when asked for
    /// (never part of an incident's frozen radius).
    #[serde(default, skip_deserializing, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub obligations: Option<ObligationReport>,
}

/// What lies upstream of a vendor on a date.
struct Upstream {
    /// Each vendor's distance to the vendor in hops, `None` when it cannot reach it.
    distance: Vec<Option<u32>>,
    /// The upstream vendors holding our data: index, categories, people.
    holders: Vec<(usize, CategorySet, i64)>,
    /// Every category arriving at the vendor over any path.
    arriving: CategorySet,
}

impl DataMapSnapshot {
    fn vendor_ref(&self, index: usize) -> VendorRef {
        let v = &self.vendors[index];
        VendorRef { id: v.id, name: v.name.clone() }
    }

    fn exposed(&self, set: &CategorySet) -> Vec<ExposedCategory> {
        set.iter()
            .filter_map(|i| self.taxonomy.category(i))
            .map(|c| ExposedCategory { key: c.key.clone(), name: c.name.clone(), flags: c.flags })
            .collect()
    }

    /// The blast radius of `vendor` on `date`; `None` when the vendor is unknown.
    pub fn blast_radius(&self, vendor: VendorId, date: NaiveDate) -> Option<BlastRadius> {
        let v = self.vendor_index(vendor)?;
        let direct = self.direct_exposure(v, date);
        let facts = self.facts(date);
        let upstream = self.upstream(v, &facts);
        let mut held = facts.holdings[v];
        held.union_with(&upstream.arriving);
        // The vendors it passes data to and the ones passing data to it are independent
        // walks: side by side.
        let ((indirect, indirect_total), (downstream, downstream_total)) = std::thread::scope(|scope| {
            let down = scope.spawn(|| self.downstream(v, &held, &facts));
            let up = self.indirect_exposure(v, &upstream, &facts);
            (up, down.join().unwrap_or_default())
        });
        let services = self.affected_services(v, date);
        let flags = self.taxonomy.flags_of(&held);
        let exposed_categories = self.exposed(&held);
        let actions = recommended_actions(self, &held, flags, !downstream.is_empty(), &indirect);
        let last_held_on = if direct.flow_ids.is_empty() { self.last_held_on(v, date) } else { None };
        Some(BlastRadius {
            vendor: self.vendor_ref(v),
            as_of: date,
            rank: facts.ranks[v],
            direct,
            indirect,
            indirect_total,
            exposed_categories,
            downstream,
            downstream_total,
            services,
            actions,
            last_held_on,
            obligations: None,
        })
    }

    fn last_held_on(&self, v: usize, date: NaiveDate) -> Option<NaiveDate> {
        self.all_flows_of(v).filter(|f| f.valid_from <= date).filter_map(|f| f.valid_to).filter(|end| *end < date).max()
    }

    fn direct_exposure(&self, v: usize, date: NaiveDate) -> DirectExposure {
        let mut categories = CategorySet::default();
        let mut per_group: BTreeMap<&str, (i64, BTreeMap<&str, i64>)> = BTreeMap::new();
        let mut records = 0;
        let mut flow_ids = Vec::new();
        for flow in self.flows_of(v, date) {
            categories.union_with(&flow.categories);
            records += flow.records.unwrap_or(0);
            flow_ids.push(flow.id);
            let group = per_group.entry(&*flow.subject_key).or_default();
            group.0 = group.0.max(flow.people.unwrap_or(0));
            for (country, people) in &flow.residence {
                let slot = group.1.entry(&**country).or_default();
                *slot = (*slot).max(*people);
            }
        }
        let mut by_country: BTreeMap<&str, i64> = BTreeMap::new();
        for (_, countries) in per_group.values() {
            for (country, people) in countries {
                *by_country.entry(country).or_default() += people;
            }
        }
        let mut people_by_country: Vec<CountryPeople> = by_country
            .into_iter()
            .map(|(country, people)| CountryPeople { country: country.to_owned(), people })
            .collect();
        people_by_country.sort_by(|a, b| b.people.cmp(&a.people).then_with(|| a.country.cmp(&b.country)));
        let subjects: Vec<SubjectExposure> = per_group
            .iter()
            .map(|(key, (people, _))| SubjectExposure {
                key: (*key).to_owned(),
                name: self.subject_names.get(*key).cloned().unwrap_or_else(|| (*key).to_owned()),
                people: *people,
            })
            .collect();
        DirectExposure {
            flags: self.taxonomy.flags_of(&categories),
            categories: self.exposed(&categories),
            people: subjects.iter().map(|s| s.people).sum(),
            subjects,
            people_by_country,
            records,
            flow_ids,
        }
    }

    /// The vendors upstream of `v` (with their distance to it) that hold our data, and every
    /// category arriving at `v` over any path (a fixpoint: sets only grow, so cycles end).
    fn upstream(&self, v: usize, facts: &DateFacts) -> Upstream {
        // Breadth-first backwards from v: each vendor's distance to v. The edges on shortest
        // paths are the out-links that step one closer.
        let mut distance: Vec<Option<u32>> = vec![None; self.vendors.len()];
        distance[v] = Some(0);
        let mut queue = VecDeque::from([v]);
        let mut holders = Vec::new();
        while let Some(w) = queue.pop_front() {
            let d = distance[w].unwrap_or(0);
            for link in facts.inward.of(w) {
                let from = link.vendor as usize;
                if distance[from].is_none() {
                    distance[from] = Some(d + 1);
                    queue.push_back(from);
                    if !facts.holdings[from].is_empty() {
                        holders.push((from, facts.holdings[from], facts.people[from]));
                    }
                }
            }
        }
        let arriving = self.arriving_categories(v, &distance, &holders, facts);
        Upstream { distance, holders, arriving }
    }

    /// Upstream vendors whose data from us reaches `v` along their shortest paths: the listed
    /// ones (holding data about the most people, with their paths and what passes along them),
    /// and how many in all.
    fn indirect_exposure(&self, v: usize, up: &Upstream, facts: &DateFacts) -> (Vec<IndirectExposure>, u32) {
        let distance = &up.distance;
        let mut carrying: Vec<(usize, CategorySet, i64)> = up
            .holders
            .iter()
            .copied()
            .filter(|(u, held, _)| {
                let mut any = false;
                self.for_each_shortest_path(*u, v, distance, facts, |edges| {
                    any = any || !self.along(held, edges).is_empty();
                    any
                });
                any
            })
            .collect();
        let total = carrying.len() as u32;
        let by_people = |a: &(usize, CategorySet, i64), b: &(usize, CategorySet, i64)| {
            b.2.cmp(&a.2).then_with(|| self.vendors[a.0].name.cmp(&self.vendors[b.0].name))
        };
        if carrying.len() > LISTED_VENDORS {
            carrying.select_nth_unstable_by(LISTED_VENDORS, by_people);
            carrying.truncate(LISTED_VENDORS);
        }
        carrying.sort_by(by_people);
        let listed = carrying
            .iter()
            .map(|(u, held, _)| {
                let mut union = CategorySet::default();
                let mut paths = Vec::new();
                self.for_each_shortest_path(*u, v, distance, facts, |edges| {
                    let through = self.along(held, edges);
                    if !through.is_empty() {
                        union.union_with(&through);
                        let mut vendors = vec![self.vendor_ref(*u)];
                        vendors.extend(edges.iter().map(|e| self.vendor_ref(self.edges[*e as usize].to)));
                        paths.push(DataPath { vendors, category_keys: self.taxonomy.keys_of(&through) });
                    }
                    false
                });
                IndirectExposure { vendor: self.vendor_ref(*u), paths, category_keys: self.taxonomy.keys_of(&union) }
            })
            .collect();
        (listed, total)
    }

    /// What of `held` passes along a path of edges.
    fn along(&self, held: &CategorySet, edges: &[u32]) -> CategorySet {
        edges.iter().fold(*held, |through, edge| self.pass(*edge, &through, &self.taxonomy.closure_down(&through)))
    }

    /// Every category of ours that reaches `v` from upstream vendors, over any path.
    fn arriving_categories(
        &self,
        v: usize,
        distance: &[Option<u32>],
        holdings: &[(usize, CategorySet, i64)],
        facts: &DateFacts,
    ) -> CategorySet {
        let mut state: Vec<CategorySet> = vec![CategorySet::default(); self.vendors.len()];
        let mut queued = vec![false; self.vendors.len()];
        let mut queue = VecDeque::new();
        for (u, held, _) in holdings {
            state[*u] = *held;
            queued[*u] = true;
            queue.push_back(*u);
        }
        let mut arriving = CategorySet::default();
        while let Some(w) = queue.pop_front() {
            queued[w] = false;
            let here = state[w];
            let here_down = self.taxonomy.closure_down(&here);
            for link in facts.out.of(w) {
                let to = link.vendor as usize;
                if distance[to].is_none() {
                    continue;
                }
                let through = self.pass(link.edge, &here, &here_down);
                if to == v {
                    arriving.union_with(&through);
                } else if state[to].union_with(&through) && !queued[to] {
                    queued[to] = true;
                    queue.push_back(to);
                }
            }
        }
        arriving
    }

    /// Calls `visit` with up to [`PATHS_PER_VENDOR`] shortest paths from `u` to `target`, as
    /// edge lists, until it returns `true`: a depth-first walk along out-links that each step one closer to `target`.
    fn for_each_shortest_path(
        &self,
        u: usize,
        target: usize,
        distance: &[Option<u32>],
        facts: &DateFacts,
        mut visit: impl FnMut(&[u32]) -> bool,
    ) {
        let mut found = 0;
        let mut path: Vec<u32> = Vec::new();
        // Each frame: the vendor reached and the index of its next out-link to try.
        let mut stack: Vec<(usize, usize)> = vec![(u, 0)];
        while let Some((at, choice)) = stack.pop() {
            if at == target {
                let stop = visit(&path);
                found += 1;
                if stop || found == PATHS_PER_VENDOR {
                    return;
                }
                path.pop();
                continue;
            }
            let closer = distance[at].and_then(|d| d.checked_sub(1));
            let links = facts.out.of(at);
            match (choice..links.len()).find(|i| distance[links[*i].vendor as usize] == closer && closer.is_some()) {
                Some(i) => {
                    stack.push((at, i + 1));
                    path.push(links[i].edge);
                    stack.push((links[i].vendor as usize, 0));
                }
                None => {
                    path.pop();
                }
            }
        }
    }

    /// Vendors downstream of `v` holding our data through it, nearest first (the first
    /// [`LISTED_VENDORS`]), and how many in all. A fixpoint over the edges: categories only
    /// grow, so cycles end.
    fn downstream(&self, v: usize, held: &CategorySet, facts: &DateFacts) -> (Vec<DownstreamVendor>, u32) {
        let n = self.vendors.len();
        let mut reached: Vec<CategorySet> = vec![CategorySet::default(); n];
        // The first edge that reached each vendor: (from, edge did not state its categories).
        let mut parent: Vec<Option<(usize, bool)>> = vec![None; n];
        let mut depth: Vec<u32> = vec![0; n];
        let mut queued = vec![false; n];
        reached[v] = *held;
        let mut queue = VecDeque::from([v]);
        let mut order = Vec::new();
        while let Some(w) = queue.pop_front() {
            queued[w] = false;
            let here = reached[w];
            let here_down = self.taxonomy.closure_down(&here);
            for link in facts.out.of(w) {
                let to = link.vendor as usize;
                if to == v {
                    continue;
                }
                let through = self.pass(link.edge, &here, &here_down);
                if through.is_empty() {
                    continue;
                }
                if parent[to].is_none() {
                    parent[to] = Some((w, self.edges[link.edge as usize].categories.is_none()));
                    depth[to] = depth[w] + 1;
                    order.push(to);
                }
                if reached[to].union_with(&through) && !queued[to] {
                    queued[to] = true;
                    queue.push_back(to);
                }
            }
        }
        let total = order.len() as u32;
        let nearest = |a: &usize, b: &usize| {
            depth[*a].cmp(&depth[*b]).then_with(|| self.vendors[*a].name.cmp(&self.vendors[*b].name))
        };
        if order.len() > LISTED_VENDORS {
            order.select_nth_unstable_by(LISTED_VENDORS, nearest);
            order.truncate(LISTED_VENDORS);
        }
        order.sort_by(nearest);
        let listed = order
            .into_iter()
            .take(LISTED_VENDORS)
            .map(|w| {
                let (path, assumed) = self.path_back(w, v, &parent);
                DownstreamVendor {
                    vendor: self.vendor_ref(w),
                    depth: depth[w],
                    path,
                    category_keys: self.taxonomy.keys_of(&reached[w]),
                    assumed,
                }
            })
            .collect();
        (listed, total)
    }

    fn path_back(&self, from: usize, root: usize, parent: &[Option<(usize, bool)>]) -> (Vec<VendorRef>, bool) {
        let mut hops = vec![from];
        let mut assumed = false;
        let mut at = from;
        while at != root {
            let Some((up, unstated)) = parent[at] else { break };
            assumed |= unstated;
            at = up;
            hops.push(at);
            if hops.len() > self.vendors.len() {
                break;
            }
        }
        hops.reverse();
        (hops.into_iter().map(|h| self.vendor_ref(h)).collect(), assumed)
    }

    fn affected_services(&self, v: usize, date: NaiveDate) -> Vec<AffectedService> {
        let mut impacts: BTreeMap<InternalServiceId, Vec<ServiceImpact>> = BTreeMap::new();
        for dep in self
            .dependencies
            .iter()
            .filter(|d| d.vendor == v && crate::datamap::in_force(d.valid_from, d.valid_to, date))
        {
            impacts.entry(dep.service).or_default().push(ServiceImpact::DependsOnVendor);
        }
        for flow in self.flows_of(v, date) {
            if let Some(source) = flow.source_service {
                impacts.entry(source).or_default().push(ServiceImpact::SourceOfData);
            }
        }
        let mut out: Vec<AffectedService> = impacts
            .into_iter()
            .filter_map(|(id, mut reasons)| {
                let service = self.services.iter().find(|s| s.id == id)?;
                reasons.sort();
                reasons.dedup();
                Some(AffectedService {
                    id,
                    name: service.name.clone(),
                    criticality: service.criticality,
                    rto_hours: service.rto_hours,
                    impacts: reasons,
                })
            })
            .collect();
        out.sort_by(|a, b| b.criticality.cmp(&a.criticality).then_with(|| a.name.cmp(&b.name)));
        out
    }
}

impl RecommendedAction {
    /// The action `code` explained in `language`; `vendors` names those forwarding our data to
    /// the vendor, where the action mentions them.
    fn new(code: &str, language: Language, vendors: &str) -> RecommendedAction {
        RecommendedAction {
            code: code.to_owned(),
            title: text!(language, format!("action-{code}-title")),
            detail: text!(language, format!("action-{code}-detail"), vendors = vendors),
        }
    }
}

impl BlastRadius {
    /// Its first actions explained in `language` (they are worked out in English).
    pub fn explain_actions_in(&mut self, language: Language) {
        let vendors = upstream_names(&self.indirect);
        for action in &mut self.actions {
            *action = RecommendedAction::new(&action.code, language, &vendors);
        }
    }
}

/// The vendors passing our data to the vendor, by name.
fn upstream_names(indirect: &[IndirectExposure]) -> String {
    indirect.iter().map(|i| &*i.vendor.name).collect::<Vec<_>>().join(", ")
}

/// First actions that follow from what was exposed.
fn recommended_actions(
    snapshot: &DataMapSnapshot,
    held: &CategorySet,
    flags: CategoryFlags,
    has_downstream: bool,
    indirect: &[IndirectExposure],
) -> Vec<RecommendedAction> {
    let holds =
        |ancestor: &str| held.iter().filter_map(|i| snapshot.taxonomy.category(i)).any(|c| is_within(&c.key, ancestor));
    let wanted = [
        ("suspend_integration", true),
        ("rotate_credentials", flags.has(Flag::Credentials) || holds("system.authentication")),
        ("phishing_warning", holds("user.contact") || holds("user.name")),
        ("card_fraud", flags.has(Flag::PaymentCard)),
        ("account_monitoring", flags.has(Flag::FinancialAccount)),
        ("identity_protection", flags.has(Flag::GovernmentId)),
        (
            "high_risk_assessment",
            flags.has(Flag::SpecialCategory) || flags.has(Flag::Health) || flags.has(Flag::Children),
        ),
        ("location_safety", flags.has(Flag::PreciseLocation)),
        ("pause_upstream_forwarding", !indirect.is_empty()),
        ("ask_subprocessors", has_downstream),
        ("request_incident_report", true),
    ];
    let vendors = upstream_names(indirect);
    wanted
        .iter()
        .filter(|(_, wanted)| *wanted)
        .map(|(code, _)| RecommendedAction::new(code, Language::En, &vendors))
        .collect()
}

#[cfg(test)]
mod tests;
