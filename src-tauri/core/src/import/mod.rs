//! Importers: text and files from outside, checked line by line, previewed, then committed
//! all at once or not at all.

pub mod subprocessors;
pub mod vendors;

use serde::Serialize;

use crate::datamap::{VendorEdge, VendorRef};
use crate::ids::EdgeId;
use subprocessors::{LineMessage, ListedSubprocessor, ParsedList, match_keys};

/// What importing a subprocessor list will do (or did) to one entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ListChange {
    /// Not on the vendor's current list: a new edge.
    Added,
    /// On the current list with other locations or purposes.
    Changed,
    /// On the current list as it is.
    Unchanged,
}

/// One entry of the preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PreviewRow {
    pub listed: ListedSubprocessor,
    /// The existing vendor this entry links to; `None`: a vendor will be created.
    pub existing_vendor: Option<VendorRef>,
    pub change: ListChange,
}

/// A subprocessor on the current list that the new list no longer names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RemovedRow {
    pub edge_id: EdgeId,
    pub vendor: VendorRef,
}

/// The preview (or the result) of importing a vendor's subprocessor list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SubprocessorPreview {
    pub vendor: VendorRef,
    pub rows: Vec<PreviewRow>,
    pub removed: Vec<RemovedRow>,
    pub warnings: Vec<LineMessage>,
    /// True when the vendor already had an imported list: a changed list marks it for review.
    pub reimport: bool,
    pub committed: bool,
}

impl SubprocessorPreview {
    /// Counts of added, changed and removed entries.
    pub fn changes(&self) -> (usize, usize, usize) {
        let count = |c: ListChange| self.rows.iter().filter(|r| r.change == c).count();
        (count(ListChange::Added), count(ListChange::Changed), self.removed.len())
    }
}

/// Compares a parsed list with the vendor's current list edges and the register's vendors.
pub fn preview_list(
    vendor: VendorRef,
    parsed: ParsedList,
    vendors: &[VendorRef],
    current: &[VendorEdge],
) -> SubprocessorPreview {
    // The exact name first ("Microsoft" is not "Microsoft (Azure)"), then a looser match
    // ("Amazon Web Services Inc (AWS)" is "Amazon Web Services").
    let find_vendor = |name: &str| {
        let exact = crate::vendor::name_key(name);
        let keys = match_keys(name);
        let others = || vendors.iter().filter(|v| v.id != vendor.id);
        others()
            .find(|v| crate::vendor::name_key(&v.name) == exact)
            .or_else(|| others().find(|v| !match_keys(&v.name).is_disjoint(&keys)))
            .cloned()
    };
    let mut matched_edges = Vec::new();
    let rows: Vec<PreviewRow> = parsed
        .entries
        .into_iter()
        .map(|listed| {
            let existing_vendor = find_vendor(&listed.name);
            let edge = existing_vendor.as_ref().and_then(|v| current.iter().find(|e| e.to_vendor.id == v.id));
            let change = match edge {
                None => ListChange::Added,
                Some(edge) => {
                    matched_edges.push(edge.id);
                    let purpose = (!listed.purposes.is_empty()).then(|| listed.purposes.join("; "));
                    if edge.locations == listed.locations && edge.purpose == purpose {
                        ListChange::Unchanged
                    } else {
                        ListChange::Changed
                    }
                }
            };
            PreviewRow { listed, existing_vendor, change }
        })
        .collect();
    let removed = current
        .iter()
        .filter(|e| !matched_edges.contains(&e.id))
        .map(|e| RemovedRow { edge_id: e.id, vendor: e.to_vendor.clone() })
        .collect();
    SubprocessorPreview {
        vendor,
        rows,
        removed,
        warnings: parsed.warnings,
        reimport: !current.is_empty(),
        committed: false,
    }
}
