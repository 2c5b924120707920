//! The register report: a summary (counts by tier and status, the heat map, overdue reviews,
//! expiring documents), the complete inventory, and a section per tier.

use std::collections::HashMap;

use super::doc::{Bar, Block, Report, Section, Table};
use super::{Heading, label, or_dash};
use crate::error::Result;
use crate::ids::VendorId;
use crate::locale::Language;
use crate::register::Register;
use crate::risk::book::VendorRiskRow;
use crate::risk::records::ReviewStatus;
use crate::risk::rubric::Level;
use crate::text::text;
use crate::vendor::{ArchivedFilter, LifecycleStatus, VendorQuery, VendorRow};
use crate::words::{count, long_date};

/// Builds the register report as of the register's clock, in `language`.
pub fn register_report(register: &Register, language: Language) -> Result<Report> {
    let l = language;
    let vendors = all_vendors(register)?;
    let book = register.risk_book()?;
    let dashboard = register.dashboard()?;
    let reviews: HashMap<VendorId, &ReviewStatus> = book.reviews.iter().map(|r| (r.vendor.id, r)).collect();
    let rows: HashMap<VendorId, &VendorRiskRow> = book.rows.iter().map(|r| (r.vendor.id, r)).collect();

    let mut summary = Section::new(text!(l, "report-summary"));
    summary.paragraph(text!(
        l,
        "register-summary-text",
        count = count(vendors.len() as i64, l),
        date = long_date(dashboard.date, l),
        version = dashboard.rubric_version
    ));
    summary.push(Block::Facts(
        LifecycleStatus::ALL
            .iter()
            .map(|s| {
                let status = text!(l, "register-status", status = label(l, "status", s.as_str()));
                (status, count(vendors.iter().filter(|v| v.status == *s).count() as i64, l))
            })
            .collect(),
    ));
    summary.heading(text!(l, "register-by-tier"));
    summary.push(Block::Bars(
        dashboard
            .tiers
            .iter()
            .map(|t| Bar {
                label: text!(l, "register-tier", tier = t.key),
                value: t.count,
                level: Some(tier_level(t.key)),
            })
            .collect(),
    ));
    summary.heading(text!(l, "register-heat"));
    let mut heat: Vec<Vec<(u32, Level)>> = vec![Vec::new(); 5];
    for cell in &dashboard.heat_map {
        heat[usize::from(cell.likelihood.value() - 1)].push((cell.vendors, cell.level));
    }
    summary.push(Block::HeatMap(heat));
    summary.heading(text!(l, "register-overdue", count = count(dashboard.reviews_overdue.total as i64, l)));
    let mut overdue = Table::new(
        &columns(l, &[("col-vendor", 3.0), ("col-tier", 1.0), ("col-last-assessed", 2.0), ("col-due", 2.0)]),
        text!(l, "register-no-overdue"),
    );
    for r in &dashboard.reviews_overdue.items {
        overdue.row(vec![
            r.vendor.name.to_string(),
            r.tier.to_string(),
            or_dash(r.last_reviewed, l),
            r.next_due.map_or(text!(l, "register-never-assessed"), |d| long_date(d, l)),
        ]);
    }
    summary.push(Block::Table(overdue));
    summary.heading(text!(l, "register-documents", count = count(dashboard.documents.total as i64, l)));
    let mut documents = Table::new(
        &columns(l, &[("col-vendor", 2.0), ("col-document", 3.0), ("col-stale-on", 1.5), ("col-state", 1.2)]),
        text!(l, "register-no-documents"),
    );
    for d in &dashboard.documents.items {
        documents.row(vec![
            d.document.vendor.name.to_string(),
            d.document.title.clone(),
            or_dash(d.stale_on, l),
            label(l, "freshness", d.freshness.as_str()),
        ]);
    }
    summary.push(Block::Table(documents));

    let mut inventory = Section::new(text!(l, "register-inventory"));
    inventory.paragraph(text!(l, "register-inventory-text"));
    let mut table = Table::new(
        &columns(
            l,
            &[
                ("col-vendor", 2.6),
                ("col-services", 2.6),
                ("col-category", 1.6),
                ("col-owner", 2.0),
                ("col-tier", 0.8),
                ("col-inherent", 1.4),
                ("col-residual", 1.4),
                ("col-last-review", 1.7),
                ("col-next-review", 1.7),
                ("col-data", 2.4),
            ],
        ),
        text!(l, "register-no-vendors"),
    );
    for v in &vendors {
        let row = rows.get(&v.id);
        let review = reviews.get(&v.id);
        table.row(vec![
            v.name.clone(),
            v.services.clone(),
            label(l, "category", v.category.as_str()),
            v.business_owner.clone().unwrap_or_default(),
            row.map_or(String::new(), |r| r.tier.to_string()),
            row.map_or(String::new(), |r| level_text(r.inherent, r.overridden, l)),
            row.map_or(String::new(), |r| label(l, "level", r.residual.as_str())),
            review.map_or("—".to_owned(), |r| or_dash(r.last_reviewed, l)),
            review.map_or("—".to_owned(), |r| or_dash(r.next_due, l)),
            row.map_or(String::new(), |r| super::flag_names(&r.flags, l)),
        ]);
    }
    inventory.push(Block::Table(table));

    let mut sections = vec![summary, inventory];
    for tier in 1..=4u8 {
        sections.push(tier_section(tier, &vendors, &rows, &reviews, l));
    }
    let heading =
        Heading { kind: "register", title: text!(l, "register-title"), subject: text!(l, "register-subject") };
    super::report(register, l, heading, sections)
}

/// Table columns with their headings in `language`: (text id, relative width).
pub(super) fn columns(language: Language, columns: &[(&str, f32)]) -> Vec<(String, f32)> {
    columns.iter().map(|(id, width)| (text!(language, id), *width)).collect()
}

/// The vendors of one tier, with their review cadence.
fn tier_section(
    tier: u8,
    vendors: &[VendorRow],
    rows: &HashMap<VendorId, &VendorRiskRow>,
    reviews: &HashMap<VendorId, &ReviewStatus>,
    l: Language,
) -> Section {
    let mut section = Section::new(text!(l, "register-tier", tier = tier));
    let mut table = Table::new(
        &columns(
            l,
            &[
                ("col-vendor", 3.0),
                ("col-category", 1.8),
                ("col-likelihood-impact", 2.6),
                ("col-residual", 1.4),
                ("col-review", 1.6),
                ("col-next-review", 1.6),
            ],
        ),
        text!(l, "register-tier-empty"),
    );
    for v in vendors {
        let Some(row) = rows.get(&v.id).filter(|r| r.tier == tier) else { continue };
        table.row(vec![
            v.name.clone(),
            label(l, "category", v.category.as_str()),
            format!("{} × {}", label(l, "level", row.likelihood.as_str()), label(l, "level", row.impact.as_str())),
            label(l, "level", row.residual.as_str()),
            label(l, "review", row.review.as_str()),
            reviews.get(&v.id).map_or("—".to_owned(), |r| or_dash(r.next_due, l)),
        ]);
    }
    section.paragraph(text!(l, "register-tier-count", count = count(table.rows.len() as i64, l)));
    section.push(Block::Table(table));
    section
}

/// Every vendor not archived, by name, page by page.
fn all_vendors(register: &Register) -> Result<Vec<VendorRow>> {
    let mut query =
        VendorQuery { archived: ArchivedFilter::Exclude, limit: VendorQuery::MAX_LIMIT, ..VendorQuery::default() };
    let mut vendors = Vec::new();
    loop {
        let page = register.list_vendors(&query)?;
        let done = page.items.len() < query.limit as usize;
        vendors.extend(page.items);
        if done {
            return Ok(vendors);
        }
        query.offset += query.limit;
    }
}

fn level_text(level: Level, overridden: bool, l: Language) -> String {
    let name = label(l, "level", level.as_str());
    if overridden { text!(l, "report-overridden", level = name) } else { name }
}

/// The colour a tier is drawn in: tier 1 as very high risk, tier 4 as low.
fn tier_level(tier: u8) -> Level {
    match tier {
        1 => Level::VeryHigh,
        2 => Level::High,
        3 => Level::Moderate,
        _ => Level::Low,
    }
}
