//! Questions across the data map: which vendors receive a category (the reverse lookup), and
//! the network of vendors around one vendor (for the graph view). Pure, over a snapshot.

use std::collections::{BTreeMap, HashMap, VecDeque};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::datamap::{EdgeKind, VendorRef};
use crate::snapshot::{CategorySet, DataMapSnapshot};
use crate::taxonomy::{CategoryFlags, Flag};
use crate::vendor::LifecycleStatus;

/// Which vendors to look for: receiving a category (or something within it), or any category
/// with a flag; on a date (default: today).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct ReverseQuery {
    pub category: Option<String>,
    pub flag: Option<Flag>,
    pub at: Option<NaiveDate>,
}

/// One vendor receiving the looked-for data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ReverseHit {
    pub vendor: VendorRef,
    pub status: LifecycleStatus,
    /// The matching categories the vendor receives.
    pub category_keys: Vec<String>,
    pub flows: u32,
    /// Largest people count among the matching flows about each group, summed over groups.
    pub people: i64,
    pub records: i64,
}

/// The reverse lookup's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ReverseLookup {
    pub as_of: NaiveDate,
    pub hits: Vec<ReverseHit>,
}

/// A vendor node of the network graph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct NetworkNode {
    pub vendor: VendorRef,
    /// Hops from the centre: negative upstream, positive downstream, 0 the centre.
    pub layer: i32,
    pub rank: Option<u32>,
    pub flags: CategoryFlags,
    /// Number of categories it receives directly from us on the date.
    pub direct_categories: u32,
}

/// An edge of the network graph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct NetworkEdge {
    pub from: VendorRef,
    pub to: VendorRef,
    pub kind: EdgeKind,
    /// The category names stated on the edge; empty when not stated.
    pub categories: Vec<String>,
}

/// The vendors around one vendor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct VendorNetwork {
    pub as_of: NaiveDate,
    pub nodes: Vec<NetworkNode>,
    pub edges: Vec<NetworkEdge>,
    /// True when more vendors are connected than the graph shows.
    pub truncated: bool,
}

/// The most vendors a network graph shows.
const MAX_NODES: usize = 60;

impl DataMapSnapshot {
    /// Vendors receiving the looked-for data on `date`, most people first.
    pub fn reverse_lookup(&self, query: &ReverseQuery, date: NaiveDate) -> ReverseLookup {
        let wanted = query.category.as_deref().and_then(|k| self.taxonomy.index_of(k));
        let matches = |set: &CategorySet| -> CategorySet {
            let mut out = CategorySet::default();
            for i in set.iter() {
                let by_category = match (wanted, &query.category) {
                    (Some(w), _) => {
                        let mut target = CategorySet::default();
                        target.insert(w);
                        self.taxonomy.within_any(i, &target)
                    }
                    (None, Some(_)) => false,
                    (None, None) => true,
                };
                let by_flag = query.flag.is_none_or(|f| self.taxonomy.category(i).is_some_and(|c| c.flags.has(f)));
                if by_category && by_flag {
                    out.insert(i);
                }
            }
            out
        };
        let mut hits: Vec<ReverseHit> = (0..self.vendors.len())
            .filter_map(|v| {
                let mut categories = CategorySet::default();
                let mut groups: BTreeMap<&str, i64> = BTreeMap::new();
                let (mut flows, mut records) = (0, 0);
                for flow in self.flows_of(v, date) {
                    let found = matches(&flow.categories);
                    if found.is_empty() {
                        continue;
                    }
                    categories.union_with(&found);
                    flows += 1;
                    records += flow.records.unwrap_or(0);
                    let group = groups.entry(&*flow.subject_key).or_default();
                    *group = (*group).max(flow.people.unwrap_or(0));
                }
                (flows > 0).then(|| ReverseHit {
                    vendor: VendorRef { id: self.vendors[v].id, name: self.vendors[v].name.clone() },
                    status: self.vendors[v].status,
                    category_keys: categories
                        .iter()
                        .filter_map(|i| self.taxonomy.category(i))
                        .map(|c| c.key.clone())
                        .collect(),
                    flows,
                    people: groups.values().sum(),
                    records,
                })
            })
            .collect();
        hits.sort_by(|a, b| b.people.cmp(&a.people).then_with(|| a.vendor.name.cmp(&b.vendor.name)));
        ReverseLookup { as_of: date, hits }
    }

    /// The vendors within `depth` hops of `vendor` in either direction on `date`.
    pub fn network(&self, vendor: crate::ids::VendorId, date: NaiveDate, depth: i32) -> Option<VendorNetwork> {
        let centre = self.vendor_index(vendor)?;
        let mut layer: HashMap<usize, i32> = HashMap::from([(centre, 0)]);
        let mut truncated = false;
        for direction in [-1, 1] {
            let mut queue = VecDeque::from([(centre, 0)]);
            while let Some((v, d)) = queue.pop_front() {
                if d == depth {
                    continue;
                }
                let next: Vec<usize> = if direction < 0 {
                    self.in_edges(v, date).map(|e| e.from).collect()
                } else {
                    self.out_edges(v, date).map(|e| e.to).collect()
                };
                for w in next {
                    if layer.contains_key(&w) {
                        continue;
                    }
                    if layer.len() >= MAX_NODES {
                        truncated = true;
                        continue;
                    }
                    layer.insert(w, direction * (d + 1));
                    queue.push_back((w, d + 1));
                }
            }
        }
        let facts = self.facts(date);
        let reference = |v: usize| VendorRef { id: self.vendors[v].id, name: self.vendors[v].name.clone() };
        let mut nodes: Vec<NetworkNode> = layer
            .iter()
            .map(|(v, l)| {
                let held = &facts.holdings[*v];
                NetworkNode {
                    vendor: reference(*v),
                    layer: *l,
                    rank: facts.ranks[*v],
                    flags: self.taxonomy.flags_of(held),
                    direct_categories: held.iter().count() as u32,
                }
            })
            .collect();
        nodes.sort_by(|a, b| a.layer.cmp(&b.layer).then_with(|| a.vendor.name.cmp(&b.vendor.name)));
        let edges = self
            .edges
            .iter()
            .filter(|e| layer.contains_key(&e.from) && layer.contains_key(&e.to))
            .filter(|e| crate::datamap::in_force(Some(e.valid_from), e.valid_to, date))
            .map(|e| NetworkEdge {
                from: reference(e.from),
                to: reference(e.to),
                kind: e.kind,
                categories: e
                    .categories
                    .as_ref()
                    .map(|set| set.iter().filter_map(|i| self.taxonomy.category(i)).map(|c| c.name.clone()).collect())
                    .unwrap_or_default(),
            })
            .collect();
        Some(VendorNetwork { as_of: date, nodes, edges, truncated })
    }
}
