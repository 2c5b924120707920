//! The vendor list query: filter, sort and page, all done by the store.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{LifecycleStatus, VendorCategory};
use crate::ids::VendorId;
use crate::validate::Money;

/// One page of a longer list.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Page<T> {
    pub items: Vec<T>,
    /// How many items match in all.
    pub total: u64,
    pub offset: u64,
}

/// Which vendors to list, in which order, and which slice of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct VendorQuery {
    /// Matches names and legal names containing this text (case-insensitive).
    pub search: String,
    /// Only these statuses; empty means all.
    pub statuses: Vec<LifecycleStatus>,
    /// Only these categories; empty means all.
    pub categories: Vec<VendorCategory>,
    pub archived: ArchivedFilter,
    pub sort: VendorSortKey,
    pub direction: SortDirection,
    pub offset: u64,
    /// At most [`VendorQuery::MAX_LIMIT`].
    pub limit: u64,
}

impl VendorQuery {
    /// The largest page the store returns.
    pub const MAX_LIMIT: u64 = 1000;
}

impl Default for VendorQuery {
    fn default() -> Self {
        VendorQuery {
            search: String::new(),
            statuses: Vec::new(),
            categories: Vec::new(),
            archived: ArchivedFilter::Exclude,
            sort: VendorSortKey::Name,
            direction: SortDirection::Asc,
            offset: 0,
            limit: 100,
        }
    }
}

/// Whether archived vendors are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ArchivedFilter {
    #[default]
    Exclude,
    Include,
    Only,
}

/// The columns a vendor list can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum VendorSortKey {
    #[default]
    Name,
    Category,
    Status,
    Country,
    BusinessOwner,
    Services,
    Renewal,
    AnnualSpend,
    DpaSigned,
    UpdatedAt,
}

/// Ascending or descending.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum SortDirection {
    #[default]
    Asc,
    Desc,
}

/// One row of the vendor list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct VendorRow {
    pub id: VendorId,
    pub name: String,
    pub legal_name: Option<String>,
    pub category: VendorCategory,
    pub status: LifecycleStatus,
    pub country: Option<String>,
    pub business_owner: Option<String>,
    /// The vendor's service names, comma-separated.
    pub services: String,
    pub renewal: Option<NaiveDate>,
    pub annual_spend: Option<Money>,
    pub dpa_signed: Option<NaiveDate>,
    pub archived: bool,
    pub updated_at: DateTime<Utc>,
}
