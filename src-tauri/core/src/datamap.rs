//! The data map: our internal services, the data flows to vendors, and the vendor-to-vendor
//! edges of the fourth-party graph. Flows, edges and service dependencies carry validity dates
//! (both inclusive) so the register can answer "what did vendor X hold on date D".
//!
//! Drafts are raw input; they are validated against [`DataMapRefs`], the names and keys that
//! exist in the register, so every rejected field is named.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::enums::string_enum;
use crate::ids::{EdgeId, FlowId, InternalServiceId, ServiceId, VendorId};
use crate::text::Message;
use crate::validate::{Checker, FieldErrors};
use crate::vendor::name_key;

string_enum!(
    /// The safeguard for a transfer of personal data abroad.
    TransferMechanism {
        /// No restricted transfer (the data stays where it may go freely).
        NotRestricted = "not_restricted",
        /// An adequacy decision covers the destination.
        Adequacy = "adequacy",
        /// EU-US Data Privacy Framework.
        EuUsDpf = "eu_us_dpf",
        /// Standard contractual clauses, module 1 (controller to controller).
        SccModule1 = "scc_module_1",
        /// Standard contractual clauses, module 2 (controller to processor).
        SccModule2 = "scc_module_2",
        /// Standard contractual clauses, module 3 (processor to processor).
        SccModule3 = "scc_module_3",
        /// Standard contractual clauses, module 4 (processor to controller).
        SccModule4 = "scc_module_4",
        /// Binding corporate rules.
        Bcr = "bcr",
        /// A GDPR Art. 49 derogation.
        Derogation = "derogation",
        /// A restricted transfer without a safeguard: a gap.
        None = "none",
    }
);

string_enum!(
    /// How much the organisation relies on an internal service.
    Criticality {
        Low = "low",
        Medium = "medium",
        High = "high",
        Critical = "critical",
    }
);

string_enum!(
    /// Why data moves from one vendor to another.
    EdgeKind {
        /// The vendor engages the other as its subprocessor.
        Subprocessor = "subprocessor",
        /// The vendor sends the data on to another party (e.g. an integration we enabled).
        OnwardTransfer = "onward_transfer",
    }
);

/// Whether a record valid from `from` to `to` (both inclusive; absent means open) is in force
/// on `date`.
pub fn in_force(from: Option<NaiveDate>, to: Option<NaiveDate>, date: NaiveDate) -> bool {
    from.is_none_or(|f| f <= date) && to.is_none_or(|t| date <= t)
}

/// A vendor as other records refer to it. The name is shared, not copied, across results.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct VendorRef {
    pub id: VendorId,
    pub name: std::sync::Arc<str>,
}

/// One of our own systems, e.g. "Developer platform".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct InternalService {
    pub id: InternalServiceId,
    pub name: String,
    pub description: Option<String>,
    pub criticality: Criticality,
    /// Recovery time objective.
    pub rto_hours: Option<i64>,
    pub owner: Option<String>,
    pub dependencies: Vec<ServiceDependency>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// An internal service relying on a vendor over a period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ServiceDependency {
    pub vendor: VendorRef,
    pub note: Option<String>,
    pub valid_from: Option<NaiveDate>,
    pub valid_to: Option<NaiveDate>,
}

/// An internal service as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct ServiceDraft {
    pub name: String,
    pub description: String,
    pub criticality: String,
    pub rto_hours: String,
    pub owner: String,
    pub dependencies: Vec<DependencyDraft>,
}

/// A dependency as typed: the vendor by id or exact name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct DependencyDraft {
    pub vendor: String,
    pub note: String,
    pub valid_from: String,
    pub valid_to: String,
}

impl From<&InternalService> for ServiceDraft {
    /// The service as its form shows it, each dependency's vendor by id.
    fn from(service: &InternalService) -> Self {
        let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        ServiceDraft {
            name: service.name.clone(),
            description: service.description.clone().unwrap_or_default(),
            criticality: service.criticality.as_str().to_owned(),
            rto_hours: service.rto_hours.map(|h| h.to_string()).unwrap_or_default(),
            owner: service.owner.clone().unwrap_or_default(),
            dependencies: service
                .dependencies
                .iter()
                .map(|d| DependencyDraft {
                    vendor: d.vendor.id.0.to_string(),
                    note: d.note.clone().unwrap_or_default(),
                    valid_from: date(d.valid_from),
                    valid_to: date(d.valid_to),
                })
                .collect(),
        }
    }
}

/// A validated internal service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidService {
    pub name: String,
    pub description: Option<String>,
    pub criticality: Criticality,
    pub rto_hours: Option<i64>,
    pub owner: Option<String>,
    pub dependencies: Vec<ValidDependency>,
}

/// A validated dependency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidDependency {
    pub vendor_id: VendorId,
    pub note: Option<String>,
    pub valid_from: Option<NaiveDate>,
    pub valid_to: Option<NaiveDate>,
}

/// People of a flow living in one country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CountryCount {
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub people: i64,
}

/// Categories of data about one subject group that a vendor receives from us.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DataFlow {
    pub id: FlowId,
    pub vendor: VendorRef,
    /// The vendor's service that receives the data, if named.
    pub vendor_service: Option<NamedRef<ServiceId>>,
    /// Our internal service the data comes from.
    pub source_service: Option<NamedRef<InternalServiceId>>,
    pub subject_key: String,
    pub category_keys: Vec<String>,
    /// The flags of its categories, together.
    pub flags: crate::taxonomy::CategoryFlags,
    pub purpose: String,
    pub records: Option<i64>,
    pub people: Option<i64>,
    pub residence: Vec<CountryCount>,
    pub storage_locations: Vec<String>,
    pub processing_locations: Vec<String>,
    pub transfer_mechanism: TransferMechanism,
    pub retention: Option<String>,
    pub valid_from: NaiveDate,
    pub valid_to: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// An id with the name to show for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NamedRef<I> {
    pub id: I,
    pub name: String,
}

/// A data flow as typed. Names are matched case-insensitively.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct FlowDraft {
    /// One of the vendor's service names, or empty.
    pub vendor_service: String,
    /// One of our internal service names, or empty.
    pub source_service: String,
    /// A subject-group key.
    pub subject: String,
    /// Data-category keys.
    pub categories: Vec<String>,
    pub purpose: String,
    pub records: String,
    pub people: String,
    pub residence: Vec<ResidenceDraft>,
    pub storage_locations: Vec<String>,
    pub processing_locations: Vec<String>,
    pub transfer_mechanism: String,
    pub retention: String,
    pub valid_from: String,
    pub valid_to: String,
}

impl From<&DataFlow> for FlowDraft {
    /// The flow as its form shows it, every value as typed text.
    fn from(flow: &DataFlow) -> Self {
        let number = |value: Option<i64>| value.map(|n| n.to_string()).unwrap_or_default();
        FlowDraft {
            vendor_service: flow.vendor_service.as_ref().map(|s| s.name.clone()).unwrap_or_default(),
            source_service: flow.source_service.as_ref().map(|s| s.name.clone()).unwrap_or_default(),
            subject: flow.subject_key.clone(),
            categories: flow.category_keys.clone(),
            purpose: flow.purpose.clone(),
            records: number(flow.records),
            people: number(flow.people),
            residence: flow
                .residence
                .iter()
                .map(|r| ResidenceDraft { country: r.country.clone(), people: r.people.to_string() })
                .collect(),
            storage_locations: flow.storage_locations.clone(),
            processing_locations: flow.processing_locations.clone(),
            transfer_mechanism: flow.transfer_mechanism.as_str().to_owned(),
            retention: flow.retention.clone().unwrap_or_default(),
            valid_from: flow.valid_from.to_string(),
            valid_to: flow.valid_to.map(|d| d.to_string()).unwrap_or_default(),
        }
    }
}

/// People in one country, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct ResidenceDraft {
    pub country: String,
    pub people: String,
}

/// A validated flow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidFlow {
    pub vendor_service_id: Option<ServiceId>,
    pub source_service_id: Option<InternalServiceId>,
    pub subject_key: String,
    pub category_keys: Vec<String>,
    pub purpose: String,
    pub records: Option<i64>,
    pub people: Option<i64>,
    pub residence: Vec<CountryCount>,
    pub storage_locations: Vec<String>,
    pub processing_locations: Vec<String>,
    pub transfer_mechanism: TransferMechanism,
    pub retention: Option<String>,
    pub valid_from: NaiveDate,
    pub valid_to: Option<NaiveDate>,
}

/// A vendor passing our data on to another vendor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct VendorEdge {
    pub id: EdgeId,
    pub from_vendor: VendorRef,
    pub to_vendor: VendorRef,
    pub kind: EdgeKind,
    /// The categories passed on; empty when not stated (then: whatever the upstream holds).
    pub category_keys: Vec<String>,
    pub purpose: Option<String>,
    pub locations: Vec<String>,
    /// Regions a subprocessor list names instead of countries (`EU`, `EEA`, `Global`). Left
    /// out when empty, so links recorded before regions existed keep their audit hashes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub regions: Vec<String>,
    /// `manual` or `subprocessor_list`.
    pub source: String,
    pub valid_from: NaiveDate,
    pub valid_to: Option<NaiveDate>,
}

/// An edge as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct EdgeDraft {
    /// The receiving vendor, by id or exact name.
    pub to_vendor: String,
    pub kind: String,
    pub categories: Vec<String>,
    pub purpose: String,
    pub locations: Vec<String>,
    pub valid_from: String,
    pub valid_to: String,
}

/// A validated edge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidEdge {
    pub to_vendor_id: VendorId,
    pub kind: EdgeKind,
    pub category_keys: Vec<String>,
    pub purpose: Option<String>,
    pub locations: Vec<String>,
    pub regions: Vec<String>,
    pub valid_from: NaiveDate,
    pub valid_to: Option<NaiveDate>,
}

/// The keys and names that exist in the register, for validating drafts.
#[derive(Debug, Clone, Default)]
pub struct DataMapRefs {
    pub categories: HashSet<String>,
    pub subjects: HashSet<String>,
    /// The vendor's services by name key.
    pub vendor_services: HashMap<String, ServiceId>,
    /// Our internal services by name key.
    pub internal_services: HashMap<String, InternalServiceId>,
    /// Vendors by name key, and their ids.
    pub vendors: HashMap<String, VendorId>,
    pub vendor_ids: HashSet<VendorId>,
}

impl DataMapRefs {
    /// A vendor by exact name (case and spacing ignored) or numeric id.
    pub fn vendor(&self, text: &str) -> Option<VendorId> {
        self.vendors
            .get(&name_key(text))
            .copied()
            .or_else(|| text.trim().parse().ok().map(VendorId).filter(|id| self.vendor_ids.contains(id)))
    }
}

fn choice<T>(
    check: &mut Checker,
    field: &str,
    raw: &str,
    parse: fn(&str) -> Option<T>,
    choices: fn() -> String,
) -> Option<T> {
    if raw.trim().is_empty() {
        check.reject_text(field, "required", Message::new("field-required"));
        return None;
    }
    let value = parse(raw);
    if value.is_none() {
        check.reject_text(
            field,
            "choice",
            Message::new("field-choice").arg("text", raw.trim()).arg("choices", choices()),
        );
    }
    value
}

fn countries(check: &mut Checker, field: &str, raw: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (i, text) in raw.iter().enumerate() {
        if let Some(code) = check.optional_country(&format!("{field}.{i}"), text)
            && !out.contains(&code)
        {
            out.push(code);
        }
    }
    out
}

fn validity(check: &mut Checker, from: &str, to: &str, from_required: bool) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let valid_from = check.optional_date("validFrom", from);
    if from_required && from.trim().is_empty() {
        check.reject_text("validFrom", "required", Message::new("field-flow-start-required"));
    }
    let valid_to = check.optional_date("validTo", to);
    if let (Some(f), Some(t)) = (valid_from, valid_to)
        && t < f
    {
        check.reject_text("validTo", "date_order", Message::new("field-end-before-start"));
    }
    (valid_from, valid_to)
}

fn category_keys(check: &mut Checker, raw: &[String], refs: &DataMapRefs) -> Vec<String> {
    if raw.iter().all(|c| c.trim().is_empty()) {
        check.reject_text("categories", "required", Message::new("field-categories-required"));
    }
    let mut keys: Vec<String> = Vec::new();
    for (i, key) in raw.iter().map(|k| k.trim()).enumerate().filter(|(_, k)| !k.is_empty()) {
        if !refs.categories.contains(key) {
            check.reject_text(
                &format!("categories.{i}"),
                "unknown",
                Message::new("field-unknown-category").arg("text", key),
            );
        } else if !keys.iter().any(|k| k == key) {
            keys.push(key.to_owned());
        }
    }
    keys
}

impl FlowDraft {
    /// Checks every field against the register's names and keys.
    pub fn validate(&self, refs: &DataMapRefs) -> Result<ValidFlow, FieldErrors> {
        let mut check = Checker::default();
        let vendor_service_id = lookup(
            &mut check,
            "vendorService",
            &self.vendor_service,
            &refs.vendor_services,
            "field-unknown-vendor-service",
        );
        let source_service_id = lookup(
            &mut check,
            "sourceService",
            &self.source_service,
            &refs.internal_services,
            "field-unknown-internal-service",
        );
        let subject_key = self.subject.trim().to_owned();
        if subject_key.is_empty() {
            check.reject_text("subject", "required", Message::new("field-subject-required"));
        } else if !refs.subjects.contains(&subject_key) {
            check.reject_text("subject", "unknown", Message::new("field-unknown-subject").arg("text", &subject_key));
        }
        let category_keys = category_keys(&mut check, &self.categories, refs);
        let purpose = check.required_text("purpose", &self.purpose, 1000);
        let records = check.optional_int("records", &self.records, 0, 100_000_000_000);
        let people = check.optional_int("people", &self.people, 0, 100_000_000_000);
        let residence = self.residence(&mut check, people);
        let storage_locations = countries(&mut check, "storageLocations", &self.storage_locations);
        let processing_locations = countries(&mut check, "processingLocations", &self.processing_locations);
        let transfer_mechanism = choice(
            &mut check,
            "transferMechanism",
            &self.transfer_mechanism,
            TransferMechanism::parse,
            TransferMechanism::choices,
        );
        let retention = check.optional_text("retention", &self.retention, 200);
        let (valid_from, valid_to) = validity(&mut check, &self.valid_from, &self.valid_to, true);
        check.finish()?;
        Ok(ValidFlow {
            vendor_service_id,
            source_service_id,
            subject_key,
            category_keys,
            purpose,
            records,
            people,
            residence,
            storage_locations,
            processing_locations,
            transfer_mechanism: transfer_mechanism.unwrap_or(TransferMechanism::None),
            retention,
            valid_from: valid_from.unwrap_or_default(),
            valid_to,
        })
    }

    fn residence(&self, check: &mut Checker, people: Option<i64>) -> Vec<CountryCount> {
        let mut out: Vec<CountryCount> = Vec::new();
        for (i, entry) in self.residence.iter().enumerate() {
            let country = check.optional_country(&format!("residence.{i}.country"), &entry.country);
            if entry.country.trim().is_empty() {
                check.reject_text(
                    &format!("residence.{i}.country"),
                    "required",
                    Message::new("field-country-required"),
                );
            }
            let count = check.optional_int(&format!("residence.{i}.people"), &entry.people, 0, 100_000_000_000);
            if let (Some(country), Some(count)) = (country, count) {
                if out.iter().any(|c| c.country == country) {
                    check.reject_text(
                        &format!("residence.{i}.country"),
                        "duplicate",
                        Message::new("field-duplicate-country").arg("country", &country),
                    );
                } else {
                    out.push(CountryCount { country, people: count });
                }
            }
        }
        let listed: i64 = out.iter().map(|c| c.people).sum();
        if let Some(people) = people
            && listed > people
        {
            check.reject_text(
                "residence",
                "sum",
                Message::new("field-residence-sum").arg("listed", listed).arg("people", people),
            );
        }
        out
    }
}

/// The id of `raw` among `known`, or the error `message` (a message id with the argument `text`).
fn lookup<I: Copy>(
    check: &mut Checker,
    field: &str,
    raw: &str,
    known: &HashMap<String, I>,
    message: &str,
) -> Option<I> {
    if raw.trim().is_empty() {
        return None;
    }
    let found = known.get(&name_key(raw)).copied();
    if found.is_none() {
        check.reject_text(field, "unknown", Message::new(message).arg("text", raw.trim()));
    }
    found
}

impl ServiceDraft {
    /// Checks every field; dependency vendors must exist.
    pub fn validate(&self, refs: &DataMapRefs) -> Result<ValidService, FieldErrors> {
        let mut check = Checker::default();
        let name = check.required_text("name", &self.name, 200);
        let description = check.optional_text("description", &self.description, 4000);
        let criticality =
            choice(&mut check, "criticality", &self.criticality, Criticality::parse, Criticality::choices);
        let rto_hours = check.optional_int("rtoHours", &self.rto_hours, 0, 8760);
        let owner = check.optional_text("owner", &self.owner, 200);
        let mut dependencies = Vec::new();
        for (i, dep) in self.dependencies.iter().enumerate() {
            let vendor_id = refs.vendor(&dep.vendor);
            if vendor_id.is_none() {
                check.reject_text(
                    &format!("dependencies.{i}.vendor"),
                    "unknown",
                    Message::new("field-unknown-vendor").arg("text", dep.vendor.trim()),
                );
            }
            let note = check.optional_text(&format!("dependencies.{i}.note"), &dep.note, 1000);
            let valid_from = check.optional_date(&format!("dependencies.{i}.validFrom"), &dep.valid_from);
            let valid_to = check.optional_date(&format!("dependencies.{i}.validTo"), &dep.valid_to);
            if let Some(vendor_id) = vendor_id {
                dependencies.push(ValidDependency { vendor_id, note, valid_from, valid_to });
            }
        }
        check.finish()?;
        Ok(ValidService {
            name,
            description,
            criticality: criticality.unwrap_or(Criticality::Medium),
            rto_hours,
            owner,
            dependencies,
        })
    }
}

impl EdgeDraft {
    /// Checks every field; the receiving vendor and the categories must exist.
    pub fn validate(&self, from: VendorId, refs: &DataMapRefs) -> Result<ValidEdge, FieldErrors> {
        let mut check = Checker::default();
        let to_vendor_id = refs.vendor(&self.to_vendor);
        match to_vendor_id {
            None if self.to_vendor.trim().is_empty() => {
                check.reject_text("toVendor", "required", Message::new("field-recipient-required"))
            }
            None => check.reject_text(
                "toVendor",
                "unknown",
                Message::new("field-unknown-vendor").arg("text", self.to_vendor.trim()),
            ),
            Some(id) if id == from => check.reject_text("toVendor", "self", Message::new("field-self-recipient")),
            Some(_) => {}
        }
        let kind = choice(&mut check, "kind", &self.kind, EdgeKind::parse, EdgeKind::choices);
        let category_keys: Vec<String> = if self.categories.iter().all(|c| c.trim().is_empty()) {
            Vec::new()
        } else {
            category_keys(&mut check, &self.categories, refs)
        };
        let purpose = check.optional_text("purpose", &self.purpose, 1000);
        let locations = countries(&mut check, "locations", &self.locations);
        let (valid_from, valid_to) = validity(&mut check, &self.valid_from, &self.valid_to, true);
        check.finish()?;
        Ok(ValidEdge {
            to_vendor_id: to_vendor_id.unwrap_or(from),
            kind: kind.unwrap_or(EdgeKind::Subprocessor),
            category_keys,
            purpose,
            locations,
            regions: Vec::new(),
            valid_from: valid_from.unwrap_or_default(),
            valid_to,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs() -> DataMapRefs {
        DataMapRefs {
            categories: ["user.name", "user.contact.email"].map(String::from).into(),
            subjects: ["customer"].map(String::from).into(),
            vendor_services: [("product analytics".to_owned(), ServiceId(7))].into(),
            internal_services: [("developer platform".to_owned(), InternalServiceId(3))].into(),
            vendors: [("segment".to_owned(), VendorId(2)), ("mixpanel".to_owned(), VendorId(1))].into(),
            vendor_ids: [VendorId(1), VendorId(2)].into(),
        }
    }

    fn flow() -> FlowDraft {
        FlowDraft {
            vendor_service: "Product Analytics".into(),
            source_service: "developer platform".into(),
            subject: "customer".into(),
            categories: vec!["user.name".into(), "user.contact.email".into()],
            purpose: "Product analytics".into(),
            records: "5000000".into(),
            people: "1200000".into(),
            residence: vec![ResidenceDraft { country: "us".into(), people: "400000".into() }],
            storage_locations: vec!["US".into()],
            processing_locations: vec!["US".into(), "IE".into()],
            transfer_mechanism: "eu_us_dpf".into(),
            retention: "25 months".into(),
            valid_from: "2023-03-01".into(),
            valid_to: "".into(),
        }
    }

    #[test]
    fn a_flow_resolves_names_to_ids() {
        let valid = flow().validate(&refs()).unwrap();
        assert_eq!(valid.vendor_service_id, Some(ServiceId(7)));
        assert_eq!(valid.source_service_id, Some(InternalServiceId(3)));
        assert_eq!(valid.residence, [CountryCount { country: "US".into(), people: 400_000 }]);
        assert_eq!(valid.transfer_mechanism, TransferMechanism::EuUsDpf);
    }

    #[test]
    fn every_rejected_flow_field_is_named() {
        type Case = (fn(&mut FlowDraft), &'static str, &'static str);
        let cases: Vec<Case> = vec![
            (|f| f.vendor_service = "Billing".into(), "vendorService", "unknown"),
            (|f| f.source_service = "Mainframe".into(), "sourceService", "unknown"),
            (|f| f.subject = "".into(), "subject", "required"),
            (|f| f.subject = "martians".into(), "subject", "unknown"),
            (|f| f.categories = vec![], "categories", "required"),
            (|f| f.categories.push("user.nope".into()), "categories.2", "unknown"),
            (|f| f.purpose = " ".into(), "purpose", "required"),
            (|f| f.records = "-1".into(), "records", "range"),
            (|f| f.people = "many".into(), "people", "number"),
            (|f| f.residence[0].country = "XX".into(), "residence.0.country", "country"),
            (|f| f.residence[0].people = "2000000".into(), "residence", "sum"),
            (
                |f| f.residence.push(ResidenceDraft { country: "US".into(), people: "1".into() }),
                "residence.1.country",
                "duplicate",
            ),
            (|f| f.storage_locations = vec!["Mars".into()], "storageLocations.0", "country"),
            (|f| f.transfer_mechanism = "handshake".into(), "transferMechanism", "choice"),
            (|f| f.valid_from = "".into(), "validFrom", "required"),
            (|f| f.valid_to = "2020-01-01".into(), "validTo", "date_order"),
        ];
        for (mutate, field, rule) in cases {
            let mut draft = flow();
            mutate(&mut draft);
            let errors = draft.validate(&refs()).expect_err(field);
            let found: Vec<(&str, &str)> = errors.0.iter().map(|e| (e.field.as_str(), e.rule.as_str())).collect();
            assert_eq!(found, [(field, rule)], "{field}");
        }
    }

    #[test]
    fn edges_name_their_target_and_may_leave_categories_unstated() {
        let draft = EdgeDraft {
            to_vendor: "Mixpanel".into(),
            kind: "onward_transfer".into(),
            valid_from: "2024-01-01".into(),
            ..Default::default()
        };
        let valid = draft.validate(VendorId(2), &refs()).unwrap();
        assert_eq!(valid.to_vendor_id, VendorId(1));
        assert!(valid.category_keys.is_empty());
        let to_self = EdgeDraft { to_vendor: "segment".into(), ..draft.clone() };
        assert_eq!(to_self.validate(VendorId(2), &refs()).unwrap_err().0[0].rule, "self");
    }

    #[test]
    fn in_force_is_inclusive_at_both_ends() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert!(in_force(Some(d("2025-01-01")), Some(d("2025-11-27")), d("2025-11-27")));
        assert!(!in_force(Some(d("2025-01-01")), Some(d("2025-11-27")), d("2025-11-28")));
        assert!(!in_force(Some(d("2025-01-01")), None, d("2024-12-31")));
        assert!(in_force(None, None, d("1999-01-01")));
    }
}
