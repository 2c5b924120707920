//! Text output for the data map.

use vendor_risk_core::blast_radius::BlastRadius;
use vendor_risk_core::datamap::{DataFlow, InternalService, VendorEdge};
use vendor_risk_core::import::{ListChange, SubprocessorPreview};
use vendor_risk_core::locale::Language;
use vendor_risk_core::lookup::ReverseLookup;
use vendor_risk_core::taxonomy::DataCategory;

use vendor_risk_core::words::count;

use super::{headings, or_dash, table};
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

pub fn flows(flows: &[DataFlow], l: Language) -> String {
    let rows = flows
        .iter()
        .map(|f| {
            vec![
                f.id.to_string(),
                f.vendor.name.to_string(),
                f.subject_key.clone(),
                f.category_keys.join(", "),
                or_dash(f.people.map(|n| count(n, l))),
                f.valid_from.to_string(),
                or_dash(f.valid_to),
                f.purpose.clone(),
            ]
        })
        .collect();
    let columns = headings(
        l,
        &[
            "term-col-id",
            "term-col-vendor",
            "term-col-subject",
            "term-col-categories",
            "term-col-people",
            "term-col-valid-from",
            "term-col-valid-to",
            "term-col-purpose",
        ],
    );
    table(&columns, rows)
}

pub fn edges(edges: &[VendorEdge], l: Language) -> String {
    let not_stated = say!(l, "term-datamap-not-stated");
    let rows = edges
        .iter()
        .map(|e| {
            vec![
                e.id.to_string(),
                e.from_vendor.name.to_string(),
                e.to_vendor.name.to_string(),
                e.kind.to_string(),
                if e.category_keys.is_empty() { not_stated.clone() } else { e.category_keys.join(", ") },
                e.valid_from.to_string(),
                or_dash(e.valid_to),
            ]
        })
        .collect();
    let columns = headings(
        l,
        &[
            "term-col-id",
            "term-col-from",
            "term-col-to",
            "term-col-kind",
            "term-col-categories",
            "term-col-valid-from",
            "term-col-valid-to",
        ],
    );
    table(&columns, rows)
}

pub fn services(services: &[InternalService], l: Language) -> String {
    let rows = services
        .iter()
        .map(|s| {
            let vendors: Vec<&str> = s.dependencies.iter().map(|d| &*d.vendor.name).collect();
            vec![s.id.to_string(), s.name.clone(), s.criticality.to_string(), or_dash(s.rto_hours), vendors.join(", ")]
        })
        .collect();
    let columns = headings(
        l,
        &["term-col-id", "term-col-service", "term-col-criticality", "term-col-rto-hours", "term-col-depends-on"],
    );
    table(&columns, rows)
}

pub fn categories(categories: &[DataCategory], l: Language) -> String {
    let mut out = format!("{}\n", say!(l, "term-datamap-categories"));
    let custom = say!(l, "term-datamap-custom");
    let rows = categories
        .iter()
        .map(|c| {
            let flags: Vec<&str> = c.flags.list().iter().map(|f| f.as_str()).collect();
            vec![
                c.key.clone(),
                c.name.clone(),
                if c.builtin { "fideslang".to_owned() } else { custom.clone() },
                flags.join(", "),
            ]
        })
        .collect();
    out += &table(&headings(l, &["term-col-key", "term-col-name", "term-col-source", "term-col-flags"]), rows);
    out
}

pub fn reverse_lookup(result: &ReverseLookup, l: Language) -> String {
    let rows = result
        .hits
        .iter()
        .map(|h| {
            vec![
                h.vendor.name.to_string(),
                h.status.to_string(),
                h.category_keys.join(", "),
                h.flows.to_string(),
                count(h.people, l),
                count(h.records, l),
            ]
        })
        .collect();
    let columns = headings(
        l,
        &[
            "term-col-vendor",
            "term-col-status",
            "term-col-categories",
            "term-col-flows",
            "term-col-people",
            "term-col-records",
        ],
    );
    format!("{}\n{}", say!(l, "term-datamap-as-of", date = result.as_of.to_string()), table(&columns, rows))
}

/// What importing a list does to one entry, as a word in `l`.
fn change_word(change: ListChange, l: Language) -> String {
    let id = match change {
        ListChange::Added => "term-datamap-change-added",
        ListChange::Changed => "term-datamap-change-changed",
        ListChange::Unchanged => "term-datamap-change-unchanged",
    };
    say!(l, id)
}

pub fn subprocessor_preview(p: &SubprocessorPreview, l: Language) -> String {
    let (added, changed, removed) = p.changes();
    let id = if p.committed { "term-datamap-subprocessors-imported" } else { "term-datamap-subprocessors-preview" };
    let summary = say!(
        l,
        id,
        vendor = p.vendor.name.to_string(),
        format = &p.format,
        entries = p.rows.len().to_string(),
        added = added.to_string(),
        changed = changed.to_string(),
        removed = removed.to_string()
    );
    let mut out = format!("{summary}\n{}\n", say!(l, "term-datamap-columns"));
    for c in &p.columns {
        let how = if c.chosen { say!(l, "term-datamap-chosen") } else { say!(l, "term-datamap-from-header") };
        let read = say!(l, "term-datamap-column-read", how = how, example = &c.example);
        out += &format!("  {:<32} {:<9} {read}\n", c.header, c.role.as_str());
    }
    if p.companies.len() > 1 {
        out += &format!("{}\n", say!(l, "term-datamap-companies", companies = p.companies.join(", ")));
    }
    let new_vendor = say!(l, "term-datamap-new-vendor");
    let rows = p
        .rows
        .iter()
        .map(|r| {
            let mut places = r.listed.locations.clone();
            places.extend(r.listed.regions.iter().map(|region| say!(l, "term-datamap-region", region = region)));
            vec![
                r.listed.at.clone(),
                r.listed.name.clone(),
                change_word(r.change, l),
                r.existing_vendor.as_ref().map_or_else(
                    || new_vendor.clone(),
                    |v| {
                        let key = r.matched_by.as_deref().unwrap_or("name");
                        say!(l, "term-matched-by", name = v.name.to_string(), key = key)
                    },
                ),
                places.join(", "),
            ]
        })
        .collect();
    let columns =
        headings(l, &["term-col-where", "term-col-name", "term-col-change", "term-col-vendor", "term-col-locations"]);
    out += &table(&columns, rows);
    for gone in &p.removed {
        out += &format!("{}\n", say!(l, "term-datamap-removed", vendor = gone.vendor.name.to_string()));
    }
    for r in &p.rows {
        for reading in &r.listed.readings {
            let read = say!(
                l,
                "term-datamap-read-as",
                at = &r.listed.at,
                column = &reading.column,
                text = &reading.text,
                became = &reading.became
            );
            out += &format!("{read}\n");
        }
    }
    for w in &p.warnings {
        out += &format!("{}: {}\n", w.at, w.message);
    }
    for e in &p.errors {
        out += &format!("{}\n", say!(l, "term-datamap-error", at = &e.at, message = &e.message));
    }
    out
}
