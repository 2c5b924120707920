//! Text output for risk: the explanation with its arithmetic, history, reviews, the
//! dashboard, documents and acceptances.

use vendor_risk_core::VendorRiskView;
use vendor_risk_core::locale::Language;
use vendor_risk_core::risk::book::Dashboard;
use vendor_risk_core::risk::compute::RiskResult;
use vendor_risk_core::risk::records::{AcceptanceStatus, DocumentStatus, ReviewStatus, RiskSnapshot};
use vendor_risk_core::risk::rubric::Level;
use vendor_risk_core::say;

use super::{headings, or_dash, table};

/// A risk level's name in `l` ("very low" … "very high" in English, as `Level::label`).
pub fn level(l: Language, level: Level) -> String {
    vendor_risk_core::text::value_name(l, "level", level)
}

/// Every step of the arithmetic, one per line.
pub fn risk_steps(r: &RiskResult, l: Language) -> String {
    let overridden = if r.overridden {
        say!(l, "term-risk-overridden-from", level = level(l, r.computed_inherent))
    } else {
        String::new()
    };
    let summary = say!(
        l,
        "term-risk-steps",
        inherent = level(l, r.inherent),
        likelihood = level(l, r.likelihood),
        impact = level(l, r.impact),
        overridden = overridden,
        residual = level(l, r.residual),
        tier = r.tier.to_string(),
        version = r.rubric_version.to_string()
    );
    let mut out = format!("{summary}\n");
    for s in &r.steps {
        out += &format!("  {:<24} {:<12} {}\n", s.name, s.result, s.working);
    }
    out
}

pub fn risk_explain(view: &VendorRiskView, l: Language) -> String {
    let f = &view.facts;
    let flags: Vec<&str> = f.flags.list().iter().map(|x| x.as_str()).collect();
    let mut out = format!("{}\n", say!(l, "term-risk-of", vendor = view.profile.vendor.name.to_string()));
    let facts = say!(
        l,
        "term-risk-facts",
        flags = if flags.is_empty() { "-".to_owned() } else { flags.join(", ") },
        people = f.people.to_string(),
        records = f.records.to_string(),
        countries = f.countries.to_string(),
        fourth_parties = f.fourth_parties.to_string(),
        access = f.access.to_string(),
        substitutability = f.substitutability.to_string(),
        rto = or_dash(f.shortest_rto_hours.map(|h| say!(l, "term-risk-hours", hours = h.to_string()))),
        criticality = or_dash(f.highest_criticality),
        score = or_dash(f.control_score.map(|s| format!("{s:.1}"))),
        findings = format!("{:?}", f.open_findings)
    );
    out += &format!("{facts}\n\n");
    out += &risk_steps(&view.result, l);
    let r = &view.review;
    let (last, next) = (or_dash(r.last_reviewed), or_dash(r.next_due));
    out += &format!("\n{}\n", say!(l, "term-risk-review", state = r.state.to_string(), last = last, next = next));
    for reason in &view.open_reviews {
        out += &format!("  {}\n", say!(l, "term-risk-review-requested", reason = reason));
    }
    if let Some(n) = &view.renewal {
        out += &format!("{}\n", say!(l, "term-risk-contract", notice = n.message.to_string()));
    }
    for d in &view.documents {
        let freshness = d.freshness.to_string();
        out += &format!("{}\n", say!(l, "term-risk-document", freshness = freshness, message = d.message.to_string()));
    }
    for a in &view.acceptances {
        let line = say!(
            l,
            "term-risk-acceptance",
            id = a.acceptance.id.to_string(),
            level = level(l, a.acceptance.accepted_level),
            approver = a.acceptance.approver.to_string(),
            expires = a.acceptance.expires_on.to_string()
        );
        let stale = a.reason.as_deref().map(|r| format!(" — {}", say!(l, "term-risk-stale", reason = r)));
        out += &format!("{line}{}\n", stale.unwrap_or_default());
    }
    out
}

pub fn risk_history(history: &[RiskSnapshot], l: Language) -> String {
    let overridden = format!(" {}", say!(l, "term-risk-overridden"));
    let rows = history
        .iter()
        .map(|s| {
            vec![
                s.id.to_string(),
                s.assessed_at.format("%Y-%m-%d %H:%M").to_string(),
                level(l, s.result.inherent) + if s.result.overridden { overridden.as_str() } else { "" },
                level(l, s.result.residual),
                s.result.tier.to_string(),
                s.rubric_version.to_string(),
            ]
        })
        .collect();
    let columns = headings(
        l,
        &[
            "term-col-id",
            "term-col-assessed-utc",
            "term-col-inherent",
            "term-col-residual",
            "term-col-tier",
            "term-col-rubric",
        ],
    );
    table(&columns, rows)
}

pub fn reviews(list: &[ReviewStatus], l: Language) -> String {
    let rows = list
        .iter()
        .map(|r| {
            vec![
                r.vendor.name.to_string(),
                r.tier.to_string(),
                r.state.to_string(),
                or_dash(r.last_reviewed),
                or_dash(r.next_due),
            ]
        })
        .collect();
    let columns = headings(
        l,
        &["term-col-vendor", "term-col-tier", "term-col-state", "term-col-last-review", "term-col-next-due"],
    );
    table(&columns, rows)
}

pub fn documents(list: &[DocumentStatus], l: Language) -> String {
    let rows = list
        .iter()
        .map(|d| {
            vec![
                d.document.vendor.name.to_string(),
                d.document.kind.to_string(),
                d.document.title.clone(),
                d.freshness.to_string(),
                or_dash(d.stale_on),
                or_dash(d.document.sha256.as_ref()),
            ]
        })
        .collect();
    let mut columns =
        headings(l, &["term-col-vendor", "term-col-kind", "term-col-title", "term-col-state", "term-col-stale-on"]);
    columns.push("SHA-256".to_owned());
    table(&columns, rows)
}

pub fn acceptances(list: &[AcceptanceStatus], l: Language) -> String {
    let holds = say!(l, "term-risk-holds");
    let rows = list
        .iter()
        .map(|a| {
            let x = &a.acceptance;
            vec![
                x.id.to_string(),
                x.vendor.name.to_string(),
                level(l, x.accepted_level),
                x.approver.clone(),
                x.expires_on.to_string(),
                a.reason.clone().unwrap_or_else(|| holds.clone()),
            ]
        })
        .collect();
    let columns = headings(
        l,
        &[
            "term-col-id",
            "term-col-vendor",
            "term-col-accepted",
            "term-col-approver",
            "term-col-expires",
            "term-col-state",
        ],
    );
    table(&columns, rows)
}

pub fn dashboard(d: &Dashboard, l: Language) -> String {
    let (date, vendors, version) = (d.date.to_string(), d.vendors.to_string(), d.rubric_version.to_string());
    let mut out = say!(l, "term-dashboard-title", date = date, vendors = vendors, version = version) + "\n\n";
    out += &format!("{}\n", say!(l, "term-dashboard-heat-map"));
    out += &format!("{:17}{}\n", "", say!(l, "term-dashboard-impact-levels"));
    // The likelihood names in a column as wide as the longest (12 in English).
    let width = Level::ALL.iter().map(|x| level(l, *x).chars().count()).max().unwrap_or(0).max(12);
    for likelihood in Level::ALL.iter().rev() {
        let cells: Vec<String> =
            d.heat_map.iter().filter(|c| c.likelihood == *likelihood).map(|c| format!("{:>8}", c.vendors)).collect();
        out += &format!("  {:<width$} {}\n", level(l, *likelihood), cells.join(" "));
    }
    let tiers: Vec<String> = d
        .tiers
        .iter()
        .map(|t| say!(l, "term-dashboard-tier", tier = t.key.to_string(), count = t.count.to_string()))
        .collect();
    out += &format!("\n{}\n", say!(l, "term-dashboard-tiers", tiers = tiers.join(", ")));
    let findings: Vec<String> = d.open_findings.iter().map(|f| format!("{} {}", f.count, f.key)).collect();
    out += &format!("{}\n", say!(l, "term-dashboard-open-findings", findings = findings.join(", ")));
    let (overdue, soon) = (d.reviews_overdue.total.to_string(), d.reviews_due_soon.total.to_string());
    out += &format!("{}\n", say!(l, "term-dashboard-reviews", overdue = overdue, soon = soon));
    out += &format!("{}\n", say!(l, "term-dashboard-documents", count = d.documents.total.to_string()));
    for doc in &d.documents.items {
        out += &format!("  {}\n", doc.message);
    }
    out += &format!("{}\n", say!(l, "term-dashboard-notices", count = d.renewals.total.to_string()));
    for n in &d.renewals.items {
        out += &format!("  {}\n", n.message);
    }
    let special = say!(
        l,
        "term-dashboard-special-category",
        count = d.special_category.total.to_string(),
        vendors = d.special_category.items.iter().map(|v| v.name.to_string()).collect::<Vec<_>>().join(", ")
    );
    out += &format!("{special}\n");
    out += &format!("{}\n", say!(l, "term-dashboard-stale-acceptances", count = d.stale_acceptances.total.to_string()));
    out
}
