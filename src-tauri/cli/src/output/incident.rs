//! Text output for notification obligations, incidents and the organisation profile.

use chrono::{DateTime, Utc};
use vendor_risk_core::holidays::Calendars;
use vendor_risk_core::incident::{IncidentSummary, IncidentView};
use vendor_risk_core::obligations::{ObligationReport, ObligationStatus};
use vendor_risk_core::org::OrgProfile;

use vendor_risk_core::words::thousands;

use super::{or_dash, table};

/// "in 2 d 5 h", "overdue by 3 h", as seen from `now`.
fn countdown(due: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let minutes = (due - now).num_minutes();
    let span = |m: i64| {
        let (d, h, min) = (m / 1440, (m % 1440) / 60, m % 60);
        match (d, h) {
            (0, 0) => format!("{min} min"),
            (0, _) => format!("{h} h {min} min"),
            _ => format!("{d} d {h} h"),
        }
    };
    if minutes >= 0 { format!("in {}", span(minutes)) } else { format!("overdue by {}", span(-minutes)) }
}

/// The triggered steps, each with its due time, countdown, recipient, rule and citation.
pub fn obligations(report: &ObligationReport, now: DateTime<Utc>) -> String {
    let mut out = format!(
        "\nNOTIFICATION OBLIGATIONS (aware {}, times in {})\n",
        report.awareness.format("%Y-%m-%d %H:%M UTC"),
        report.time_zone
    );
    if report.obligations.is_empty() {
        out += "  none triggered\n";
    }
    for o in &report.obligations {
        let when = match (o.done_at, o.due) {
            (Some(done), _) => {
                format!("DONE {}{}", done.format("%Y-%m-%d %H:%M UTC"), if o.late { " (late)" } else { "" })
            }
            (None, Some(due)) => {
                format!("due {} ({})", o.due_local.as_deref().unwrap_or_default(), countdown(due, now))
            }
            (None, None) => o.deadline.clone(),
        };
        let status = if o.status == ObligationStatus::NeedsAssessment { "NEEDS ASSESSMENT  " } else { "" };
        out += &format!("  [{}] {status}{}: {} — {when}\n", o.rule_id, o.regime, o.step);
        out += &format!("      to: {}\n      deadline: {}\n      rule: {}\n", o.recipient, o.deadline, o.citation);
        if let Some(question) = &o.question {
            out += &format!("      assess: {question}\n");
        }
        if !o.basis.is_empty() {
            out += &format!("      because: {}\n", o.basis);
        }
    }
    if !report.not_triggered.is_empty() {
        out += "\nNOT TRIGGERED\n";
        for n in &report.not_triggered {
            out += &format!("  [{}] {}: {} — {}\n", n.rule_id, n.regime, n.step, n.reason);
        }
    }
    out
}

pub fn incidents(list: &[IncidentSummary]) -> String {
    let rows = list
        .iter()
        .map(|i| {
            vec![
                i.id.to_string(),
                i.vendor.name.to_string(),
                i.title.clone(),
                i.status.to_string(),
                i.aware_at.format("%Y-%m-%d %H:%M").to_string(),
            ]
        })
        .collect();
    table(&["ID", "VENDOR", "TITLE", "STATUS", "AWARE (UTC)"], rows)
}

pub fn incident(view: &IncidentView, now: DateTime<Utc>) -> String {
    let i = &view.incident;
    let mut out = format!("Incident {} at {}: {} ({})\n", i.id, i.vendor.name, i.title, i.status);
    if let Some(description) = &i.description {
        out += &format!("{description}\n");
    }
    if let Some(lag) = view.vendor_lag_hours {
        let sla = view.vendor_sla_hours.map(|s| format!("; the DPA allows {s} h")).unwrap_or_default();
        out += &format!(
            "Vendor notification lag: {lag} h ({:.1} days) from detection to telling us{sla}\n",
            lag as f64 / 24.0
        );
    }
    out += "\nTIMELINE (UTC)\n";
    for e in &view.timeline {
        out += &format!("  {}  {}\n", e.at.format("%Y-%m-%d %H:%M"), e.text);
    }
    let listed = |keys: &[String]| if keys.is_empty() { "-".to_owned() } else { keys.join(", ") };
    out += &format!("\nCONFIRMED EXPOSED: {}\n", listed(&i.confirmed_exposed));
    out += &format!("CONFIRMED NOT EXPOSED: {}\n", listed(&i.confirmed_not_exposed));
    let radius = &i.blast_radius;
    out += &format!(
        "FROZEN BLAST RADIUS (as of {}): {} people, {} categories, {} upstream and {} downstream vendors\n",
        radius.as_of,
        thousands(radius.direct.people),
        radius.exposed_categories.len(),
        radius.indirect_total,
        radius.downstream_total
    );
    for a in &i.answers {
        out += &format!(
            "ASSESSED {}: {}{}\n",
            a.key,
            if a.answer { "yes" } else { "no" },
            a.note.as_deref().map(|n| format!(" — {n}")).unwrap_or_default()
        );
    }
    out + &obligations(&view.obligations, now)
}

pub fn org_profile(p: &OrgProfile) -> String {
    let rows: Vec<(&str, String)> = vec![
        ("Name", p.name.clone()),
        ("Established in", if p.establishments.is_empty() { "-".into() } else { p.establishments.join(", ") }),
        ("Financial entity (DORA)", if p.financial_entity { "yes".into() } else { "no".into() }),
        ("Kind of financial entity", p.financial_entity_kind.to_string()),
        ("Weekend relief refused", if p.weekend_relief_refused { "yes".into() } else { "no".into() }),
        ("NIS2", p.nis2.to_string()),
        ("HIPAA", p.hipaa.to_string()),
        ("SEC registrant", if p.sec_registrant { "yes".into() } else { "no".into() }),
        ("Time zone", p.time_zone.clone()),
        ("Public holidays", format!("built in for {} countries", Calendars::built_in().countries().count())),
        ("Holidays of our own", format!("{} listed", p.holidays.len())),
    ];
    let mut out: String = rows.into_iter().map(|(label, value)| format!("{label:<25}{value}\n")).collect();
    for h in &p.holidays {
        out += &format!("  {} {} {}\n", h.country, h.date, or_dash(Some(&h.name).filter(|n| !n.is_empty())));
    }
    out
}
