//! Text output for the data map.

use vendor_risk_core::blast_radius::BlastRadius;
use vendor_risk_core::datamap::{DataFlow, InternalService, VendorEdge};
use vendor_risk_core::import::SubprocessorPreview;
use vendor_risk_core::locale::Language;
use vendor_risk_core::lookup::ReverseLookup;
use vendor_risk_core::taxonomy::DataCategory;

use vendor_risk_core::words::{count, thousands};

use super::{or_dash, table};
use vendor_risk_core::say;

pub fn blast_radius(r: &BlastRadius, now: chrono::DateTime<chrono::Utc>, l: Language) -> String {
    let mut out = say!(l, "term-radius-title", vendor = r.vendor.name.to_string(), date = r.as_of.to_string()) + "\n";
    if r.direct.categories.is_empty() && r.indirect.is_empty() {
        out += &say!(l, "term-radius-nothing");
        if let Some(last) = r.last_held_on {
            out += &format!(" {}", say!(l, "term-radius-last-held", date = last.to_string()));
        }
        out.push('\n');
    }
    let none = say!(l, "term-none");
    let flags: Vec<&str> = r.direct.flags.list().iter().map(|f| f.as_str()).collect();
    let (people, records) = (count(r.direct.people, l), count(r.direct.records, l));
    let flags = if flags.is_empty() { "-".to_owned() } else { flags.join(", ") };
    out += &format!("\n{}\n", say!(l, "term-radius-direct", people = people, records = records, flags = flags));
    for c in &r.direct.categories {
        out += &format!("  - {} ({})\n", c.name, c.key);
    }
    for s in &r.direct.subjects {
        out += &format!("  {}\n", say!(l, "term-radius-about", subject = s.name.clone(), people = count(s.people, l)));
    }
    if !r.direct.people_by_country.is_empty() {
        let countries: Vec<String> =
            r.direct.people_by_country.iter().map(|c| format!("{} {}", c.country, count(c.people, l))).collect();
        out += &format!("  {}\n", say!(l, "term-radius-by-country", countries = countries.join(", ")));
    }
    out += &format!("\n{}\n", say!(l, "term-radius-indirect", total = r.indirect_total));
    if r.indirect.is_empty() {
        out += &format!("  {none}\n");
    }
    for i in &r.indirect {
        for p in &i.paths {
            let hops: Vec<&str> = p.vendors.iter().map(|v| &*v.name).collect();
            out += &format!("  {}: {}\n", hops.join(" → "), p.category_keys.join(", "));
        }
    }
    out += &format!("\n{}\n", say!(l, "term-radius-downstream", total = r.downstream_total));
    if r.downstream.is_empty() {
        out += &format!("  {none}\n");
    }
    for w in &r.downstream {
        let id = if w.assumed { "term-radius-assumed" } else { "term-radius-depth" };
        let categories = w.category_keys.join(", ");
        out += &format!(
            "  {}\n",
            say!(l, id, vendor = w.vendor.name.to_string(), depth = w.depth, categories = categories)
        );
    }
    out += &format!("\n{}\n", say!(l, "term-radius-services"));
    if r.services.is_empty() {
        out += &format!("  {none}\n");
    }
    for s in &r.services {
        let impacts: Vec<String> = s
            .impacts
            .iter()
            .map(|i| match i {
                vendor_risk_core::blast_radius::ServiceImpact::DependsOnVendor => say!(l, "term-radius-depends"),
                vendor_risk_core::blast_radius::ServiceImpact::SourceOfData => say!(l, "term-radius-source"),
            })
            .collect();
        let line = say!(
            l,
            "term-radius-service",
            service = s.name.clone(),
            criticality = s.criticality.to_string(),
            rto = or_dash(s.rto_hours),
            impacts = impacts.join(", ")
        );
        out += &format!("  {line}\n");
    }
    out += &format!("\n{}\n", say!(l, "term-radius-actions"));
    for a in &r.actions {
        out += &format!("  - {}: {}\n", a.title, a.detail);
    }
    if let Some(report) = &r.obligations {
        out += &super::incident::obligations(report, now, l);
    }
    out
}

pub fn flows(flows: &[DataFlow]) -> String {
    let rows = flows
        .iter()
        .map(|f| {
            vec![
                f.id.to_string(),
                f.vendor.name.to_string(),
                f.subject_key.clone(),
                f.category_keys.join(", "),
                or_dash(f.people.map(thousands)),
                f.valid_from.to_string(),
                or_dash(f.valid_to),
                f.purpose.clone(),
            ]
        })
        .collect();
    table(&["ID", "VENDOR", "SUBJECT", "CATEGORIES", "PEOPLE", "FROM", "TO", "PURPOSE"], rows)
}

pub fn edges(edges: &[VendorEdge]) -> String {
    let rows = edges
        .iter()
        .map(|e| {
            vec![
                e.id.to_string(),
                e.from_vendor.name.to_string(),
                e.to_vendor.name.to_string(),
                e.kind.to_string(),
                if e.category_keys.is_empty() { "(not stated)".to_owned() } else { e.category_keys.join(", ") },
                e.valid_from.to_string(),
                or_dash(e.valid_to),
            ]
        })
        .collect();
    table(&["ID", "FROM", "TO", "KIND", "CATEGORIES", "FROM", "TO"], rows)
}

pub fn services(services: &[InternalService]) -> String {
    let rows = services
        .iter()
        .map(|s| {
            let vendors: Vec<&str> = s.dependencies.iter().map(|d| &*d.vendor.name).collect();
            vec![s.id.to_string(), s.name.clone(), s.criticality.to_string(), or_dash(s.rto_hours), vendors.join(", ")]
        })
        .collect();
    table(&["ID", "SERVICE", "CRITICALITY", "RTO (H)", "DEPENDS ON"], rows)
}

pub fn categories(categories: &[DataCategory]) -> String {
    let mut out = String::from("Data categories: Fideslang by Ethyca (CC BY 4.0), and this register's own.\n");
    let rows = categories
        .iter()
        .map(|c| {
            let flags: Vec<&str> = c.flags.list().iter().map(|f| f.as_str()).collect();
            vec![
                c.key.clone(),
                c.name.clone(),
                if c.builtin { "fideslang" } else { "custom" }.to_owned(),
                flags.join(", "),
            ]
        })
        .collect();
    out += &table(&["KEY", "NAME", "SOURCE", "FLAGS"], rows);
    out
}

pub fn reverse_lookup(result: &ReverseLookup) -> String {
    let rows = result
        .hits
        .iter()
        .map(|h| {
            vec![
                h.vendor.name.to_string(),
                h.status.to_string(),
                h.category_keys.join(", "),
                h.flows.to_string(),
                thousands(h.people),
                thousands(h.records),
            ]
        })
        .collect();
    format!(
        "As of {}\n{}",
        result.as_of,
        table(&["VENDOR", "STATUS", "CATEGORIES", "FLOWS", "PEOPLE", "RECORDS"], rows)
    )
}

pub fn subprocessor_preview(p: &SubprocessorPreview) -> String {
    let (added, changed, removed) = p.changes();
    let mut out = format!(
        "{} subprocessor list for {} (read as a {}): {} entries; {added} added, {changed} changed, {removed} removed\n",
        if p.committed { "Imported" } else { "Preview of the" },
        p.vendor.name,
        p.format,
        p.rows.len()
    );
    out += "Columns:\n";
    for c in &p.columns {
        let how = if c.chosen { "chosen" } else { "from its header" };
        out += &format!("  {:<32} {:<9} ({how}; e.g. {})\n", c.header, c.role.as_str(), c.example);
    }
    if p.companies.len() > 1 {
        out += &format!("Companies in this file: {}\n", p.companies.join(", "));
    }
    let rows = p
        .rows
        .iter()
        .map(|r| {
            let mut places = r.listed.locations.clone();
            places.extend(r.listed.regions.iter().map(|region| format!("region {region}")));
            vec![
                r.listed.at.clone(),
                r.listed.name.clone(),
                format!("{:?}", r.change).to_lowercase(),
                r.existing_vendor.as_ref().map_or_else(
                    || "(new vendor)".to_owned(),
                    |v| format!("{} (by {})", v.name, r.matched_by.as_deref().unwrap_or("name")),
                ),
                places.join(", "),
            ]
        })
        .collect();
    out += &table(&["WHERE", "NAME", "CHANGE", "VENDOR", "LOCATIONS"], rows);
    for gone in &p.removed {
        out += &format!("removed: {}\n", gone.vendor.name);
    }
    for r in &p.rows {
        for reading in &r.listed.readings {
            out += &format!("{}: {} '{}' read as {}\n", r.listed.at, reading.column, reading.text, reading.became);
        }
    }
    for w in &p.warnings {
        out += &format!("{}: {}\n", w.at, w.message);
    }
    for e in &p.errors {
        out += &format!("error: {}: {}\n", e.at, e.message);
    }
    out
}
