//! An in-memory picture of the data map: vendors, the taxonomy, every flow, edge and service
//! dependency with its validity dates. Loaded once (the store fills it) and then updated with
//! the records each change touched, it answers any "as of" date; the blast radius and reverse
//! lookups are pure functions over it.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::datamap::{Criticality, EdgeKind, in_force};
use crate::ids::{EdgeId, FlowId, InternalServiceId, VendorId};
use crate::taxonomy::{CategoryFlags, DataCategory};
use crate::vendor::LifecycleStatus;

/// The most data categories a register holds (built-in and custom together).
pub const MAX_CATEGORIES: usize = WORDS * 64;
const WORDS: usize = 8;

/// A set of data categories, as bits indexed by the taxonomy. Fixed-size and `Copy`: the graph
/// walks combine millions of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct CategorySet {
    words: [u64; WORDS],
}

impl CategorySet {
    /// Adds category `index` (indices past [`MAX_CATEGORIES`] are ignored).
    pub fn insert(&mut self, index: usize) {
        if let Some(word) = self.words.get_mut(index / 64) {
            *word |= 1 << (index % 64);
        }
    }

    /// Whether category `index` is in the set.
    pub fn contains(&self, index: usize) -> bool {
        self.words.get(index / 64).is_some_and(|w| w & (1 << (index % 64)) != 0)
    }

    /// Adds every category of `other`; true when something was new.
    pub fn union_with(&mut self, other: &CategorySet) -> bool {
        let mut grew = 0;
        for (mine, theirs) in self.words.iter_mut().zip(other.words) {
            grew |= theirs & !*mine;
            *mine |= theirs;
        }
        grew != 0
    }

    pub fn is_empty(&self) -> bool {
        self.words.iter().all(|w| *w == 0)
    }

    /// The categories in both sets.
    pub fn intersection(&self, other: &CategorySet) -> CategorySet {
        let mut words = self.words;
        words.iter_mut().zip(other.words).for_each(|(a, b)| *a &= b);
        CategorySet { words }
    }

    /// The category indices in the set, ascending.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(w, bits)| {
            let mut rest = *bits;
            std::iter::from_fn(move || {
                (rest != 0).then(|| {
                    let bit = rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    w * 64 + bit
                })
            })
        })
    }
}

/// The taxonomy with dense indices, for set arithmetic.
#[derive(Debug, Clone, Default)]
pub struct Taxonomy {
    pub categories: Vec<DataCategory>,
    /// The keys again, shared: results cite them without copying.
    keys: Vec<Arc<str>>,
    index: HashMap<String, usize>,
    parent: Vec<Option<usize>>,
    /// Each category with everything under it.
    descendants: Vec<CategorySet>,
}

impl Taxonomy {
    /// Indexes categories listed parents before children.
    pub fn new(categories: Vec<DataCategory>) -> Self {
        let index: HashMap<String, usize> = categories.iter().enumerate().map(|(i, c)| (c.key.clone(), i)).collect();
        let parent = categories.iter().map(|c| c.parent_key.as_ref().and_then(|p| index.get(p).copied())).collect();
        let keys = categories.iter().map(|c| Arc::from(c.key.as_str())).collect();
        let mut taxonomy = Taxonomy { categories, keys, index, parent, descendants: Vec::new() };
        let mut descendants = vec![CategorySet::default(); taxonomy.categories.len()];
        for i in 0..taxonomy.categories.len() {
            for ancestor in taxonomy.lineage(i) {
                descendants[ancestor].insert(i);
            }
        }
        taxonomy.descendants = descendants;
        taxonomy
    }

    /// The set with everything under its categories.
    pub fn closure_down(&self, set: &CategorySet) -> CategorySet {
        let mut out = CategorySet::default();
        set.iter().filter_map(|i| self.descendants.get(i)).for_each(|d| {
            out.union_with(d);
        });
        out
    }

    /// The keys of a set's categories, shared.
    pub fn keys_of(&self, set: &CategorySet) -> Vec<Arc<str>> {
        set.iter().filter_map(|i| self.keys.get(i).cloned()).collect()
    }

    /// The index of a category key.
    pub fn index_of(&self, key: &str) -> Option<usize> {
        self.index.get(key).copied()
    }

    /// The set of these keys (unknown keys are ignored).
    pub fn set_of<'a>(&self, keys: impl IntoIterator<Item = &'a str>) -> CategorySet {
        let mut set = CategorySet::default();
        keys.into_iter().filter_map(|k| self.index_of(k)).for_each(|i| set.insert(i));
        set
    }

    /// `index` and its ancestors, nearest first.
    fn lineage(&self, index: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(Some(index), move |i| self.parent.get(*i).copied().flatten())
    }

    /// Whether `index` lies within (is, or is under) any category of `set`.
    pub fn within_any(&self, index: usize, set: &CategorySet) -> bool {
        self.lineage(index).any(|i| set.contains(i))
    }

    /// What of `held` passes through an edge that passes `passed`: the passed categories that
    /// lie within something held, and the held categories that lie within something passed.
    /// `None` (not stated) passes everything held.
    pub fn narrow(&self, held: &CategorySet, passed: Option<&CategorySet>) -> CategorySet {
        match passed {
            None => *held,
            Some(passed) => Self::narrow_closed(held, &self.closure_down(held), passed, &self.closure_down(passed)),
        }
    }

    /// [`Taxonomy::narrow`] with both closures already known (see [`Taxonomy::closure_down`]).
    pub fn narrow_closed(
        held: &CategorySet,
        held_down: &CategorySet,
        passed: &CategorySet,
        passed_down: &CategorySet,
    ) -> CategorySet {
        let mut out = passed.intersection(held_down);
        out.union_with(&held.intersection(passed_down));
        out
    }

    /// The union of the flags of the set's categories.
    pub fn flags_of(&self, set: &CategorySet) -> CategoryFlags {
        set.iter().filter_map(|i| self.categories.get(i)).fold(CategoryFlags::default(), |acc, c| acc.union(c.flags))
    }

    /// The category at `index`.
    pub fn category(&self, index: usize) -> Option<&DataCategory> {
        self.categories.get(index)
    }
}

/// A vendor, as the graph needs it.
#[derive(Debug, Clone)]
pub struct VendorFact {
    pub id: VendorId,
    pub name: Arc<str>,
    pub status: LifecycleStatus,
    pub archived: bool,
}

/// A data flow, as the graph needs it.
#[derive(Debug, Clone)]
pub struct FlowFact {
    pub id: FlowId,
    pub vendor: usize,
    pub source_service: Option<InternalServiceId>,
    pub subject_key: Arc<str>,
    pub categories: CategorySet,
    pub records: Option<i64>,
    pub people: Option<i64>,
    pub residence: Vec<(Arc<str>, i64)>,
    pub valid_from: NaiveDate,
    pub valid_to: Option<NaiveDate>,
}

/// A vendor-to-vendor edge.
#[derive(Debug, Clone)]
pub struct EdgeFact {
    pub id: EdgeId,
    pub from: usize,
    pub to: usize,
    pub kind: EdgeKind,
    /// `None`: not stated, so everything the upstream holds may pass.
    pub categories: Option<CategorySet>,
    pub valid_from: NaiveDate,
    pub valid_to: Option<NaiveDate>,
}

/// An internal service.
#[derive(Debug, Clone)]
pub struct ServiceFact {
    pub id: InternalServiceId,
    pub name: String,
    pub criticality: Criticality,
    pub rto_hours: Option<i64>,
}

/// An internal service depending on a vendor.
#[derive(Debug, Clone)]
pub struct DependencyFact {
    pub service: InternalServiceId,
    pub vendor: usize,
    pub valid_from: Option<NaiveDate>,
    pub valid_to: Option<NaiveDate>,
}

/// What the data map says on one date, for every vendor: computed once per date asked, and
/// patched when records change.
#[derive(Debug, Clone)]
pub struct DateFacts {
    pub date: NaiveDate,
    /// The categories each vendor receives directly from us.
    pub holdings: Vec<CategorySet>,
    /// The largest people count among each vendor's flows.
    pub people: Vec<i64>,
    /// Each vendor's rank in the chain (see [`DataMapSnapshot::ranks`]).
    pub ranks: Vec<Option<u32>>,
    /// Edges in force, by source vendor.
    pub out: Adjacency,
    /// Edges in force, by receiving vendor.
    pub inward: Adjacency,
}

/// Compressed adjacency lists: each vendor's links side by side in one array.
#[derive(Debug, Default, Clone)]
pub struct Adjacency {
    offsets: Vec<u32>,
    links: Vec<Link>,
}

/// A link to a neighbouring vendor over an edge.
#[derive(Debug, Clone, Copy)]
pub struct Link {
    pub vendor: u32,
    pub edge: u32,
}

impl Adjacency {
    fn new(n: usize, pairs: impl Iterator<Item = (usize, Link)> + Clone) -> Self {
        let mut offsets = vec![0u32; n + 1];
        pairs.clone().for_each(|(v, _)| offsets[v + 1] += 1);
        for i in 0..n {
            offsets[i + 1] += offsets[i];
        }
        let mut fill = offsets.clone();
        let mut links = vec![Link { vendor: 0, edge: 0 }; offsets[n] as usize];
        for (v, link) in pairs {
            links[fill[v] as usize] = link;
            fill[v] += 1;
        }
        Adjacency { offsets, links }
    }

    /// The links of vendor `v`.
    pub fn of(&self, v: usize) -> &[Link] {
        match (self.offsets.get(v), self.offsets.get(v + 1)) {
            (Some(start), Some(end)) => &self.links[*start as usize..*end as usize],
            _ => &[],
        }
    }
}

/// The whole data map, indexed. Built once per register, then brought up to date change by
/// change ([`DataMapSnapshot::apply`]).
#[derive(Debug, Default, Clone)]
pub struct DataMapSnapshot {
    pub taxonomy: Taxonomy,
    pub subject_names: HashMap<String, String>,
    pub vendors: Vec<VendorFact>,
    vendor_index: HashMap<VendorId, usize>,
    pub flows: Vec<FlowFact>,
    flow_index: HashMap<FlowId, usize>,
    pub edges: Vec<EdgeFact>,
    edge_index: HashMap<EdgeId, usize>,
    pub services: Vec<ServiceFact>,
    pub dependencies: Vec<DependencyFact>,
    flows_by_vendor: Vec<Vec<usize>>,
    edges_out: Vec<Vec<usize>>,
    edges_in: Vec<Vec<usize>>,
    /// For each edge stating its categories: those categories and their closure.
    stated: Vec<Option<(CategorySet, CategorySet)>>,
    /// The facts of the date asked last.
    latest: LatestFacts,
}

/// The per-date facts asked last; a copy of a snapshot starts without them.
#[derive(Debug, Default)]
struct LatestFacts(std::sync::Mutex<Option<Arc<DateFacts>>>);

impl Clone for LatestFacts {
    fn clone(&self) -> Self {
        LatestFacts::default()
    }
}

/// The raw parts a store hands over to build a snapshot: category sets are indexed by
/// `taxonomy`.
#[derive(Debug, Default)]
pub struct SnapshotParts {
    pub taxonomy: Taxonomy,
    pub subject_names: HashMap<String, String>,
    pub vendors: Vec<VendorFact>,
    /// Flows with their vendor id.
    pub flows: Vec<(VendorId, FlowPart)>,
    pub edges: Vec<EdgePart>,
    pub services: Vec<ServiceFact>,
    pub dependencies: Vec<DependencyPart>,
}

/// A service's dependency on a vendor, before indexing: service, vendor, valid from, to.
pub type DependencyPart = (InternalServiceId, VendorId, Option<NaiveDate>, Option<NaiveDate>);

/// A flow before indexing.
#[derive(Debug, Clone)]
pub struct FlowPart {
    pub id: FlowId,
    pub source_service: Option<InternalServiceId>,
    pub subject_key: Arc<str>,
    pub categories: CategorySet,
    pub records: Option<i64>,
    pub people: Option<i64>,
    pub residence: Vec<(Arc<str>, i64)>,
    pub valid_from: NaiveDate,
    pub valid_to: Option<NaiveDate>,
}

/// An edge before indexing.
#[derive(Debug, Clone)]
pub struct EdgePart {
    pub id: EdgeId,
    pub from: VendorId,
    pub to: VendorId,
    pub kind: EdgeKind,
    /// `None`: not stated.
    pub categories: Option<CategorySet>,
    pub valid_from: NaiveDate,
    pub valid_to: Option<NaiveDate>,
}

/// Records that changed since a snapshot was made, as they are now (`None`: gone).
#[derive(Debug, Default)]
pub struct SnapshotDelta {
    pub vendors: Vec<VendorFact>,
    pub flows: Vec<(FlowId, Option<(VendorId, FlowPart)>)>,
    pub edges: Vec<(EdgeId, Option<EdgePart>)>,
    /// Every service and dependency, when any service changed.
    pub services: Option<(Vec<ServiceFact>, Vec<DependencyPart>)>,
}

impl DataMapSnapshot {
    /// Indexes the parts; records about unknown vendors are dropped.
    pub fn new(parts: SnapshotParts) -> Self {
        let mut snapshot = DataMapSnapshot {
            taxonomy: parts.taxonomy,
            subject_names: parts.subject_names,
            ..DataMapSnapshot::default()
        };
        snapshot.apply(SnapshotDelta {
            vendors: parts.vendors,
            flows: parts.flows.into_iter().map(|(vendor, f)| (f.id, Some((vendor, f)))).collect(),
            edges: parts.edges.into_iter().map(|e| (e.id, Some(e))).collect(),
            services: Some((parts.services, parts.dependencies)),
        });
        snapshot
    }

    /// Brings the snapshot up to date with records that changed: vendors first (flows and
    /// edges may refer to new ones), then flows, edges and services. Records about unknown
    /// vendors are dropped.
    pub fn apply(&mut self, delta: SnapshotDelta) {
        let previous = self.latest.0.get_mut().unwrap_or_else(|p| p.into_inner()).take();
        let vendors_before = self.vendors.len();
        let edges_changed = !delta.edges.is_empty();
        for vendor in delta.vendors {
            self.put_vendor(vendor);
        }
        // The vendors whose holdings change: each changed flow's vendor, before and after.
        let mut touched: Vec<usize> = Vec::new();
        for (id, flow) in &delta.flows {
            touched.extend(self.flow_index.get(id).map(|&i| self.flows[i].vendor));
            touched.extend(flow.as_ref().and_then(|(vendor, _)| self.vendor_index(*vendor)));
        }
        let mut gone_flows = std::collections::HashSet::new();
        for (id, flow) in delta.flows {
            match flow {
                Some((vendor, part)) => self.put_flow(vendor, part),
                None => {
                    gone_flows.insert(id);
                }
            }
        }
        let mut gone_edges = std::collections::HashSet::new();
        for (id, edge) in delta.edges {
            match edge {
                Some(part) => self.put_edge(part),
                None => {
                    gone_edges.insert(id);
                }
            }
        }
        let removed = !gone_flows.is_empty() || !gone_edges.is_empty();
        if removed {
            self.remove(&gone_flows, &gone_edges);
        }
        if let Some((services, dependencies)) = delta.services {
            self.services = services;
            self.dependencies = dependencies
                .into_iter()
                .filter_map(|(service, vendor, valid_from, valid_to)| {
                    Some(DependencyFact { service, vendor: self.vendor_index(vendor)?, valid_from, valid_to })
                })
                .collect();
        }
        let refreshed = previous.filter(|_| !removed).map(|facts| {
            let adjacency_changed = edges_changed || self.vendors.len() != vendors_before;
            Arc::new(self.patched(&facts, &touched, adjacency_changed))
        });
        self.latest = LatestFacts(std::sync::Mutex::new(refreshed));
    }

    /// The facts of `before`'s date after the flows of the `touched` vendors (and, when
    /// `adjacency_changed`, the edges or the vendors) changed: only those are computed again,
    /// and the ranks.
    fn patched(&self, before: &DateFacts, touched: &[usize], adjacency_changed: bool) -> DateFacts {
        let (date, n) = (before.date, self.vendors.len());
        let mut holdings = before.holdings.clone();
        let mut people = before.people.clone();
        holdings.resize(n, CategorySet::default());
        people.resize(n, 0);
        for &v in touched {
            let (mut held, mut most) = (CategorySet::default(), 0);
            for flow in self.flows_of(v, date) {
                held.union_with(&flow.categories);
                most = most.max(flow.people.unwrap_or(0));
            }
            (holdings[v], people[v]) = (held, most);
        }
        let (out, inward) =
            if adjacency_changed { self.adjacency(date) } else { (before.out.clone(), before.inward.clone()) };
        let ranks = self.ranks_from(&holdings, date);
        DateFacts { date, holdings, people, ranks, out, inward }
    }

    /// The edges in force on `date`, by source and by receiving vendor.
    fn adjacency(&self, date: NaiveDate) -> (Adjacency, Adjacency) {
        let n = self.vendors.len();
        let live = self.edges.iter().enumerate().filter(|(_, e)| in_force(Some(e.valid_from), e.valid_to, date));
        let out = Adjacency::new(n, live.clone().map(|(i, e)| (e.from, Link { vendor: e.to as u32, edge: i as u32 })));
        let inward = Adjacency::new(n, live.map(|(i, e)| (e.to, Link { vendor: e.from as u32, edge: i as u32 })));
        (out, inward)
    }

    fn put_vendor(&mut self, vendor: VendorFact) {
        match self.vendor_index.get(&vendor.id) {
            Some(&i) => self.vendors[i] = vendor,
            None => {
                self.vendor_index.insert(vendor.id, self.vendors.len());
                self.vendors.push(vendor);
                self.flows_by_vendor.push(Vec::new());
                self.edges_out.push(Vec::new());
                self.edges_in.push(Vec::new());
            }
        }
    }

    fn put_flow(&mut self, vendor: VendorId, f: FlowPart) {
        let Some(v) = self.vendor_index(vendor) else { return };
        let fact = FlowFact {
            id: f.id,
            vendor: v,
            source_service: f.source_service,
            categories: f.categories,
            subject_key: f.subject_key,
            records: f.records,
            people: f.people,
            residence: f.residence,
            valid_from: f.valid_from,
            valid_to: f.valid_to,
        };
        match self.flow_index.get(&fact.id) {
            Some(&i) => {
                let before = self.flows[i].vendor;
                if before != v {
                    self.flows_by_vendor[before].retain(|x| *x != i);
                    self.flows_by_vendor[v].push(i);
                }
                self.flows[i] = fact;
            }
            None => {
                let i = self.flows.len();
                self.flow_index.insert(fact.id, i);
                self.flows_by_vendor[v].push(i);
                self.flows.push(fact);
            }
        }
    }

    fn put_edge(&mut self, e: EdgePart) {
        let (Some(from), Some(to)) = (self.vendor_index(e.from), self.vendor_index(e.to)) else { return };
        let stated = e.categories.map(|c| (c, self.taxonomy.closure_down(&c)));
        let fact = EdgeFact {
            id: e.id,
            from,
            to,
            kind: e.kind,
            categories: e.categories,
            valid_from: e.valid_from,
            valid_to: e.valid_to,
        };
        match self.edge_index.get(&fact.id) {
            Some(&i) => {
                let before = &self.edges[i];
                if (before.from, before.to) != (from, to) {
                    let (old_from, old_to) = (before.from, before.to);
                    self.edges_out[old_from].retain(|x| *x != i);
                    self.edges_in[old_to].retain(|x| *x != i);
                    self.edges_out[from].push(i);
                    self.edges_in[to].push(i);
                }
                self.edges[i] = fact;
                self.stated[i] = stated;
            }
            None => {
                let i = self.edges.len();
                self.edge_index.insert(fact.id, i);
                self.edges_out[from].push(i);
                self.edges_in[to].push(i);
                self.edges.push(fact);
                self.stated.push(stated);
            }
        }
    }

    /// Drops flows and edges whose records are gone and rebuilds the indexes over the rest (the
    /// app never deletes them; an outside edit might).
    fn remove(&mut self, flows: &std::collections::HashSet<FlowId>, edges: &std::collections::HashSet<EdgeId>) {
        self.flows.retain(|f| !flows.contains(&f.id));
        let (kept, stated): (Vec<EdgeFact>, Vec<_>) = std::mem::take(&mut self.edges)
            .into_iter()
            .zip(std::mem::take(&mut self.stated))
            .filter(|(e, _)| !edges.contains(&e.id))
            .unzip();
        (self.edges, self.stated) = (kept, stated);
        self.flow_index.clear();
        self.edge_index.clear();
        self.flows_by_vendor.iter_mut().for_each(Vec::clear);
        self.edges_out.iter_mut().for_each(Vec::clear);
        self.edges_in.iter_mut().for_each(Vec::clear);
        for (i, flow) in self.flows.iter().enumerate() {
            self.flow_index.insert(flow.id, i);
            self.flows_by_vendor[flow.vendor].push(i);
        }
        for (i, edge) in self.edges.iter().enumerate() {
            self.edge_index.insert(edge.id, i);
            self.edges_out[edge.from].push(i);
            self.edges_in[edge.to].push(i);
        }
    }

    /// Every vendor's holdings and rank on `date` (kept for the date asked last).
    pub fn facts(&self, date: NaiveDate) -> Arc<DateFacts> {
        let mut latest = self.latest.0.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(facts) = latest.as_ref().filter(|f| f.date == date) {
            return Arc::clone(facts);
        }
        let n = self.vendors.len();
        let mut holdings = vec![CategorySet::default(); n];
        let mut people = vec![0; n];
        for flow in self.flows.iter().filter(|f| in_force(Some(f.valid_from), f.valid_to, date)) {
            holdings[flow.vendor].union_with(&flow.categories);
            people[flow.vendor] = people[flow.vendor].max(flow.people.unwrap_or(0));
        }
        let ranks = self.ranks_from(&holdings, date);
        let (out, inward) = self.adjacency(date);
        let facts = Arc::new(DateFacts { date, holdings, people, ranks, out, inward });
        *latest = Some(Arc::clone(&facts));
        facts
    }

    /// What of `held` (whose closure is `held_down`) passes through edge `edge`.
    pub fn pass(&self, edge: u32, held: &CategorySet, held_down: &CategorySet) -> CategorySet {
        match self.stated.get(edge as usize) {
            Some(Some((passed, passed_down))) => Taxonomy::narrow_closed(held, held_down, passed, passed_down),
            _ => *held,
        }
    }

    /// The dense index of a vendor.
    pub fn vendor_index(&self, id: VendorId) -> Option<usize> {
        self.vendor_index.get(&id).copied()
    }

    /// The vendor's flows in force on `date`.
    pub fn flows_of(&self, vendor: usize, date: NaiveDate) -> impl Iterator<Item = &FlowFact> + '_ {
        self.flows_by_vendor
            .get(vendor)
            .into_iter()
            .flatten()
            .map(|i| &self.flows[*i])
            .filter(move |f| in_force(Some(f.valid_from), f.valid_to, date))
    }

    /// Every flow of the vendor, whatever its dates.
    pub fn all_flows_of(&self, vendor: usize) -> impl Iterator<Item = &FlowFact> + '_ {
        self.flows_by_vendor.get(vendor).into_iter().flatten().map(|i| &self.flows[*i])
    }

    /// The categories a vendor receives directly from us on `date`.
    pub fn direct_holdings(&self, vendor: usize, date: NaiveDate) -> CategorySet {
        self.facts(date).holdings.get(vendor).cloned().unwrap_or_default()
    }

    /// Edges leaving the vendor, in force on `date`.
    pub fn out_edges(&self, vendor: usize, date: NaiveDate) -> impl Iterator<Item = &EdgeFact> + '_ {
        self.edges_out[vendor]
            .iter()
            .map(|i| &self.edges[*i])
            .filter(move |e| in_force(Some(e.valid_from), e.valid_to, date))
    }

    /// Edges arriving at the vendor, in force on `date`.
    pub fn in_edges(&self, vendor: usize, date: NaiveDate) -> impl Iterator<Item = &EdgeFact> + '_ {
        self.edges_in[vendor]
            .iter()
            .map(|i| &self.edges[*i])
            .filter(move |e| in_force(Some(e.valid_from), e.valid_to, date))
    }

    /// Each vendor's rank in the chain on `date`: 1 for vendors we send data to directly, 2 for
    /// their subprocessors (fourth parties), and so on; `None` when unreachable. Cycles are
    /// harmless: a breadth-first walk visits each vendor once.
    pub fn ranks(&self, date: NaiveDate) -> Vec<Option<u32>> {
        self.facts(date).ranks.clone()
    }

    fn ranks_from(&self, holdings: &[CategorySet], date: NaiveDate) -> Vec<Option<u32>> {
        let mut rank = vec![None; self.vendors.len()];
        let mut queue = std::collections::VecDeque::new();
        for (v, slot) in rank.iter_mut().enumerate() {
            if !holdings[v].is_empty() {
                *slot = Some(1);
                queue.push_back(v);
            }
        }
        while let Some(v) = queue.pop_front() {
            let next = rank[v].map(|r| r + 1);
            for e in self.out_edges(v, date) {
                if rank[e.to].is_none() {
                    rank[e.to] = next;
                    queue.push_back(e.to);
                }
            }
        }
        rank
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::taxonomy::builtin_categories;

    #[test]
    fn narrowing_keeps_only_what_both_sides_allow() {
        let t = Taxonomy::new(builtin_categories());
        let held = t.set_of(["user.contact", "user.name", "user.device.ip_address"]);
        let passed = t.set_of(["user.contact.email", "user.device", "user.financial"]);
        let through = t.narrow(&held, Some(&passed));
        let keys: Vec<&str> = through.iter().map(|i| t.category(i).unwrap().key.as_str()).collect();
        assert_eq!(keys.len(), 2);
        assert!(keys.contains(&"user.contact.email"), "narrower than held: passes as stated");
        assert!(keys.contains(&"user.device.ip_address"), "held within a broader passed category");
        assert_eq!(t.narrow(&held, None), held, "not stated: everything held");
    }

    #[test]
    fn category_sets_grow_and_report_growth() {
        let mut a = CategorySet::default();
        a.insert(3);
        let mut b = CategorySet::default();
        b.insert(130);
        assert!(a.union_with(&b));
        assert!(!a.union_with(&b));
        assert_eq!(a.iter().collect::<Vec<_>>(), [3, 130]);
    }
}
