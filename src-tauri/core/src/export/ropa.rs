//! The GDPR Art. 30(1) record of processing activities, built from the data map: one row per
//! data flow in force — purpose, categories of people and of data, recipients (the vendor and
//! the fourth parties it passes the data to), transfers outside the EEA with their safeguard,
//! retention, and the security measures on file for the vendor.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::Sheet;
use crate::datamap::{DataFlow, VendorEdge};
use crate::ids::VendorId;
use crate::taxonomy::Flag;

/// EU member states and the EEA's Iceland, Liechtenstein and Norway (ISO 3166-1 alpha-2).
const EEA: [&str; 30] = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
    "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
];

/// What the record reads besides the flows and edges: names and what is on file per vendor.
pub struct RopaInputs<'a> {
    pub controller: &'a str,
    pub today: NaiveDate,
    pub category_names: &'a HashMap<String, String>,
    pub subject_names: &'a HashMap<String, String>,
    pub vendor_countries: &'a HashMap<VendorId, String>,
    /// Security measures on file per vendor: current certifications, questionnaire score.
    pub measures: &'a HashMap<VendorId, Vec<String>>,
}

/// The record of processing as a sheet.
pub fn ropa_table(flows: &[DataFlow], edges: &[VendorEdge], inputs: &RopaInputs<'_>) -> Sheet {
    let headers = [
        "Controller",
        "Purpose of processing",
        "Our service",
        "Processor (recipient)",
        "Categories of data subjects",
        "Categories of personal data",
        "Special categories and sensitive data",
        "People (approx.)",
        "Onward recipients",
        "Transfers outside the EEA",
        "Safeguard",
        "Retention",
        "Security measures on file",
        "In force since",
    ];
    let name = |names: &HashMap<String, String>, key: &str| names.get(key).cloned().unwrap_or_else(|| key.to_owned());
    let rows = flows
        .iter()
        .filter(|f| f.valid_from <= inputs.today && f.valid_to.is_none_or(|end| end >= inputs.today))
        .map(|f| {
            let onward: Vec<String> = edges
                .iter()
                .filter(|e| e.from_vendor.id == f.vendor.id && e.valid_to.is_none_or(|end| end >= inputs.today))
                .map(|e| e.to_vendor.name.to_string())
                .collect();
            let outside: Vec<&String> = f
                .storage_locations
                .iter()
                .chain(&f.processing_locations)
                .chain(inputs.vendor_countries.get(&f.vendor.id))
                .filter(|c| !EEA.contains(&c.as_str()))
                .collect();
            let mut outside: Vec<String> = outside.into_iter().cloned().collect();
            outside.sort();
            outside.dedup();
            vec![
                inputs.controller.to_owned(),
                f.purpose.clone(),
                f.source_service.as_ref().map(|s| s.name.to_string()).unwrap_or_default(),
                f.vendor.name.to_string(),
                name(inputs.subject_names, &f.subject_key),
                f.category_keys.iter().map(|k| name(inputs.category_names, k)).collect::<Vec<_>>().join("; "),
                f.flags.names(&[Flag::Personal]),
                f.people.map(|p| p.to_string()).unwrap_or_default(),
                onward.join("; "),
                outside.join(", "),
                if outside.is_empty() { String::new() } else { f.transfer_mechanism.as_str().replace('_', " ") },
                f.retention.clone().unwrap_or_default(),
                inputs.measures.get(&f.vendor.id).map(|m| m.join("; ")).unwrap_or_default(),
                f.valid_from.to_string(),
            ]
        })
        .collect();
    Sheet { title: "Record of processing".into(), headers: headers.iter().map(|h| (*h).to_owned()).collect(), rows }
}
