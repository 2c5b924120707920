//! Text output for risk: the explanation with its arithmetic, history, reviews, the
//! dashboard, documents and acceptances.

use vendor_risk_core::VendorRiskView;
use vendor_risk_core::risk::book::Dashboard;
use vendor_risk_core::risk::compute::RiskResult;
use vendor_risk_core::risk::records::{AcceptanceStatus, DocumentStatus, ReviewStatus, RiskSnapshot};

use super::{or_dash, table};

/// Every step of the arithmetic, one per line.
pub fn risk_steps(r: &RiskResult) -> String {
    let mut out = format!(
        "Inherent {} (likelihood {}, impact {}){} · residual {} · tier {} · rubric v{}\n",
        r.inherent.label(),
        r.likelihood.label(),
        r.impact.label(),
        if r.overridden { format!(", OVERRIDDEN from {}", r.computed_inherent.label()) } else { String::new() },
        r.residual.label(),
        r.tier,
        r.rubric_version
    );
    for s in &r.steps {
        out += &format!("  {:<24} {:<12} {}\n", s.name, s.result, s.working);
    }
    out
}

pub fn risk_explain(view: &VendorRiskView) -> String {
    let f = &view.facts;
    let flags: Vec<&str> = f.flags.list().iter().map(|x| x.as_str()).collect();
    let mut out = format!("Risk of {}\n", view.profile.vendor.name);
    out += &format!(
        "Facts: flags {}; {} people; {} records; {} countries; {} fourth parties; access {}; substitutability {}; services: RTO {}, criticality {}; questionnaire score {}; open findings (low/medium/high/critical) {:?}\n\n",
        if flags.is_empty() { "-".to_owned() } else { flags.join(", ") },
        f.people,
        f.records,
        f.countries,
        f.fourth_parties,
        f.access,
        f.substitutability,
        or_dash(f.shortest_rto_hours.map(|h| format!("{h} h"))),
        or_dash(f.highest_criticality),
        or_dash(f.control_score.map(|s| format!("{s:.1}"))),
        f.open_findings
    );
    out += &risk_steps(&view.result);
    let r = &view.review;
    out += &format!("\nReview: {} (last {}, next {})\n", r.state, or_dash(r.last_reviewed), or_dash(r.next_due));
    for reason in &view.open_reviews {
        out += &format!("  review requested: {reason}\n");
    }
    if let Some(n) = &view.renewal {
        out += &format!("Contract: {}\n", n.message);
    }
    for d in &view.documents {
        out += &format!("Document ({}): {}\n", d.freshness, d.message);
    }
    for a in &view.acceptances {
        out += &format!(
            "Acceptance {}: {} by {} until {}{}\n",
            a.acceptance.id,
            a.acceptance.accepted_level.label(),
            a.acceptance.approver,
            a.acceptance.expires_on,
            a.reason.as_deref().map(|r| format!(" — STALE: {r}")).unwrap_or_default()
        );
    }
    out
}

pub fn risk_history(history: &[RiskSnapshot]) -> String {
    let rows = history
        .iter()
        .map(|s| {
            vec![
                s.id.to_string(),
                s.assessed_at.format("%Y-%m-%d %H:%M").to_string(),
                s.result.inherent.label().to_owned() + if s.result.overridden { " (overridden)" } else { "" },
                s.result.residual.label().to_owned(),
                s.result.tier.to_string(),
                s.rubric_version.to_string(),
            ]
        })
        .collect();
    table(&["ID", "ASSESSED (UTC)", "INHERENT", "RESIDUAL", "TIER", "RUBRIC"], rows)
}

pub fn reviews(list: &[ReviewStatus]) -> String {
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
    table(&["VENDOR", "TIER", "STATE", "LAST REVIEW", "NEXT DUE"], rows)
}

pub fn documents(list: &[DocumentStatus]) -> String {
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
    table(&["VENDOR", "KIND", "TITLE", "STATE", "STALE ON", "SHA-256"], rows)
}

pub fn acceptances(list: &[AcceptanceStatus]) -> String {
    let rows = list
        .iter()
        .map(|a| {
            let x = &a.acceptance;
            vec![
                x.id.to_string(),
                x.vendor.name.to_string(),
                x.accepted_level.label().to_owned(),
                x.approver.clone(),
                x.expires_on.to_string(),
                a.reason.clone().unwrap_or_else(|| "holds".to_owned()),
            ]
        })
        .collect();
    table(&["ID", "VENDOR", "ACCEPTED", "APPROVER", "EXPIRES", "STATE"], rows)
}

pub fn dashboard(d: &Dashboard) -> String {
    let mut out = format!(
        "Dashboard {} — {} vendors (rubric v{})\n\nINHERENT RISK HEAT MAP (rows: likelihood, columns: impact)\n",
        d.date, d.vendors, d.rubric_version
    );
    out += "                 very low   low   moderate   high   very high\n";
    for likelihood in vendor_risk_core::risk::rubric::Level::ALL.iter().rev() {
        let cells: Vec<String> =
            d.heat_map.iter().filter(|c| c.likelihood == *likelihood).map(|c| format!("{:>8}", c.vendors)).collect();
        out += &format!("  {:<12} {}\n", likelihood.label(), cells.join(" "));
    }
    let tiers: Vec<String> = d.tiers.iter().map(|t| format!("tier {}: {}", t.key, t.count)).collect();
    out += &format!("\nTIERS: {}\n", tiers.join(", "));
    let findings: Vec<String> = d.open_findings.iter().map(|f| format!("{} {}", f.count, f.key)).collect();
    out += &format!("OPEN FINDINGS: {}\n", findings.join(", "));
    out +=
        &format!("REVIEWS: {} overdue or never done, {} due soon\n", d.reviews_overdue.total, d.reviews_due_soon.total);
    out += &format!("DOCUMENTS needing attention: {}\n", d.documents.total);
    for doc in &d.documents.items {
        out += &format!("  {}\n", doc.message);
    }
    out += &format!("NOTICE DATES coming up: {}\n", d.renewals.total);
    for n in &d.renewals.items {
        out += &format!("  {}\n", n.message);
    }
    out += &format!(
        "SPECIAL-CATEGORY DATA: {} vendors ({})\n",
        d.special_category.total,
        d.special_category.items.iter().map(|v| v.name.to_string()).collect::<Vec<_>>().join(", ")
    );
    out += &format!("STALE ACCEPTANCES: {}\n", d.stale_acceptances.total);
    out
}
