//! Vendors: the register's central record, its validation and its list query.
//!
//! A [`VendorDraft`] is raw input (every field text, as typed in a form or passed on the
//! command line); [`VendorDraft::validate`] turns it into a [`ValidVendor`] or reports every
//! rejected field. A [`Vendor`] is what the store holds.

mod draft;
mod list;
mod query;

pub use draft::{ContactDraft, ValidContact, ValidVendor, VendorDraft};
pub use list::VendorList;
pub use query::{ArchivedFilter, Page, SortDirection, VendorQuery, VendorRow, VendorSortKey};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::enums::string_enum;
use crate::ids::{ContactId, ServiceId, VendorId};
use crate::validate::Money;

string_enum!(
    /// What kind of service a vendor provides.
    VendorCategory {
        Analytics = "analytics",
        CloudHosting = "cloud_hosting",
        Payments = "payments",
        CustomerSupport = "customer_support",
        Crm = "crm",
        Marketing = "marketing",
        Hr = "hr",
        Identity = "identity",
        AiMl = "ai_ml",
        DeveloperTools = "developer_tools",
        Other = "other",
    }
);

string_enum!(
    /// Where the relationship with a vendor stands.
    LifecycleStatus {
        Prospect = "prospect",
        Onboarding = "onboarding",
        Active = "active",
        Offboarding = "offboarding",
        Terminated = "terminated",
    }
);

/// Contract basics.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Contract {
    pub start: Option<NaiveDate>,
    pub renewal: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub notice_period_days: Option<i64>,
    pub annual_spend: Option<Money>,
}

/// The data processing agreement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Dpa {
    pub signed: Option<NaiveDate>,
    /// Hours within which the vendor must tell us of a breach.
    pub breach_sla_hours: Option<i64>,
}

/// The vendor's scalar fields, validated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct VendorProfile {
    pub name: String,
    pub legal_name: Option<String>,
    pub website: Option<String>,
    /// ISO 3166-1 alpha-2 country of establishment.
    pub country: Option<String>,
    pub category: VendorCategory,
    pub description: Option<String>,
    pub business_owner: Option<String>,
    pub status: LifecycleStatus,
    pub lei: Option<String>,
    pub vat: Option<String>,
    pub duns: Option<String>,
    pub contract: Contract,
    pub dpa: Dpa,
}

/// One named service a vendor provides to us.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Service {
    pub id: ServiceId,
    pub name: String,
}

/// A person at the vendor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Contact {
    pub id: ContactId,
    pub name: String,
    pub email: Option<String>,
    pub role: Option<String>,
}

/// A vendor as the register holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Vendor {
    pub id: VendorId,
    #[serde(flatten)]
    pub profile: VendorProfile,
    pub services: Vec<Service>,
    pub contacts: Vec<Contact>,
    /// When the vendor was archived; archived vendors are hidden from the default list.
    pub archived_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// The normalised form of a vendor name used for uniqueness and matching:
/// case-folded, with runs of whitespace collapsed.
pub fn name_key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}
