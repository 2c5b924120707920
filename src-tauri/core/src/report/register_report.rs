//! The register report: a summary (counts by tier and status, the heat map, overdue reviews,
//! expiring documents), the complete inventory, and a section per tier.

use std::collections::HashMap;

use super::doc::{Bar, Block, Report, Section, Table};
use super::or_dash;
use crate::error::Result;
use crate::ids::VendorId;
use crate::register::Register;
use crate::risk::book::VendorRiskRow;
use crate::risk::records::ReviewStatus;
use crate::risk::rubric::Level;
use crate::vendor::{ArchivedFilter, LifecycleStatus, VendorQuery, VendorRow};
use crate::words::thousands;

/// Builds the register report as of the register's clock.
pub fn register_report(register: &Register) -> Result<Report> {
    let vendors = all_vendors(register)?;
    let book = register.risk_book()?;
    let dashboard = register.dashboard()?;
    let reviews: HashMap<VendorId, &ReviewStatus> = book.reviews.iter().map(|r| (r.vendor.id, r)).collect();
    let rows: HashMap<VendorId, &VendorRiskRow> = book.rows.iter().map(|r| (r.vendor.id, r)).collect();

    let mut summary = Section::new("Summary");
    summary.paragraph(format!(
        "{} vendors in the register on {}, assessed under risk rubric v{}.",
        thousands(vendors.len() as i64),
        dashboard.date,
        dashboard.rubric_version
    ));
    summary.push(Block::Facts(
        LifecycleStatus::ALL
            .iter()
            .map(|s| (format!("Status: {}", s.as_str()), vendors.iter().filter(|v| v.status == *s).count().to_string()))
            .collect(),
    ));
    summary.heading("Vendors by tier");
    summary.push(Block::Bars(
        dashboard
            .tiers
            .iter()
            .map(|t| Bar { label: format!("Tier {}", t.key), value: t.count, level: Some(tier_level(t.key)) })
            .collect(),
    ));
    summary.heading("Inherent risk: likelihood × impact");
    let mut heat: Vec<Vec<(u32, Level)>> = vec![Vec::new(); 5];
    for cell in &dashboard.heat_map {
        heat[usize::from(cell.likelihood.value() - 1)].push((cell.vendors, cell.level));
    }
    summary.push(Block::HeatMap(heat));
    summary.heading(format!("Overdue reviews ({})", dashboard.reviews_overdue.total));
    let mut overdue =
        Table::new(&[("Vendor", 3.0), ("Tier", 1.0), ("Last assessed", 2.0), ("Due", 2.0)], "No review is overdue.");
    for r in &dashboard.reviews_overdue.items {
        overdue.row(vec![
            r.vendor.name.to_string(),
            r.tier.to_string(),
            or_dash(r.last_reviewed),
            r.next_due.map_or("never assessed".to_owned(), |d| d.to_string()),
        ]);
    }
    summary.push(Block::Table(overdue));
    summary.heading(format!("Documents expiring or stale ({})", dashboard.documents.total));
    let mut documents = Table::new(
        &[("Vendor", 2.0), ("Document", 3.0), ("Stale on", 1.5), ("State", 1.2)],
        "No document needs attention.",
    );
    for d in &dashboard.documents.items {
        documents.row(vec![
            d.document.vendor.name.to_string(),
            d.document.title.clone(),
            or_dash(d.stale_on),
            d.freshness.as_str().to_owned(),
        ]);
    }
    summary.push(Block::Table(documents));

    let mut inventory = Section::new("Vendor inventory");
    inventory.paragraph("Every vendor not archived, by name. Risk levels are today's, under the rubric in force.");
    let mut table = Table::new(
        &[
            ("Vendor", 2.6),
            ("Services", 2.6),
            ("Category", 1.6),
            ("Owner", 2.0),
            ("Tier", 0.8),
            ("Inherent", 1.4),
            ("Residual", 1.4),
            ("Last review", 1.7),
            ("Next review", 1.7),
            ("Data", 2.4),
        ],
        "The register holds no vendors.",
    );
    for v in &vendors {
        let row = rows.get(&v.id);
        let review = reviews.get(&v.id);
        table.row(vec![
            v.name.clone(),
            v.services.clone(),
            v.category.as_str().replace('_', " "),
            v.business_owner.clone().unwrap_or_default(),
            row.map_or(String::new(), |r| r.tier.to_string()),
            row.map_or(String::new(), |r| level_text(r.inherent, r.overridden)),
            row.map_or(String::new(), |r| r.residual.label().to_owned()),
            review.map_or("—".to_owned(), |r| or_dash(r.last_reviewed)),
            review.map_or("—".to_owned(), |r| or_dash(r.next_due)),
            row.map_or(String::new(), |r| r.flags.names(&[])),
        ]);
    }
    inventory.push(Block::Table(table));

    let mut sections = vec![summary, inventory];
    for tier in 1..=4u8 {
        sections.push(tier_section(tier, &vendors, &rows, &reviews));
    }
    super::report(
        register,
        "register",
        "Vendor register report",
        "Inventory, risk and reviews of every vendor",
        sections,
    )
}

/// The vendors of one tier, with their review cadence.
fn tier_section(
    tier: u8,
    vendors: &[VendorRow],
    rows: &HashMap<VendorId, &VendorRiskRow>,
    reviews: &HashMap<VendorId, &ReviewStatus>,
) -> Section {
    let mut section = Section::new(format!("Tier {tier}"));
    let mut table = Table::new(
        &[
            ("Vendor", 3.0),
            ("Category", 1.8),
            ("Likelihood × impact", 2.6),
            ("Residual", 1.4),
            ("Review", 1.6),
            ("Next review", 1.6),
        ],
        "No vendor in this tier.",
    );
    for v in vendors {
        let Some(row) = rows.get(&v.id).filter(|r| r.tier == tier) else { continue };
        table.row(vec![
            v.name.clone(),
            v.category.as_str().replace('_', " "),
            format!("{} × {}", row.likelihood.label(), row.impact.label()),
            row.residual.label().to_owned(),
            row.review.as_str().replace('_', " "),
            reviews.get(&v.id).map_or("—".to_owned(), |r| or_dash(r.next_due)),
        ]);
    }
    section.paragraph(format!("{} vendors.", thousands(table.rows.len() as i64)));
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

fn level_text(level: Level, overridden: bool) -> String {
    if overridden { format!("{} (overridden)", level.label()) } else { level.label().to_owned() }
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
