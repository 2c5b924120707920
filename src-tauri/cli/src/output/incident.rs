//! Text output for notification obligations, incidents and the organisation profile.

use chrono::{DateTime, Utc};
use vendor_risk_core::holidays::Calendars;
use vendor_risk_core::incident::{IncidentSummary, IncidentView};
use vendor_risk_core::locale::Language;
use vendor_risk_core::obligations::{ObligationReport, ObligationStatus};
use vendor_risk_core::org::OrgProfile;

use vendor_risk_core::words::thousands;

use super::{or_dash, table};
use vendor_risk_core::say;

/// "in 2 d 5 h", "overdue by 3 h", as seen from `now`.
fn countdown(due: DateTime<Utc>, now: DateTime<Utc>, l: Language) -> String {
    let minutes_left = (due - now).num_minutes();
    let span = |m: i64| {
        let (days, hours, minutes) = (m / 1440, (m % 1440) / 60, m % 60);
        match (days, hours) {
            (0, 0) => say!(l, "term-minutes", minutes = minutes),
            (0, _) => say!(l, "term-hours-minutes", hours = hours, minutes = minutes),
            _ => say!(l, "term-days-hours", days = days, hours = hours),
        }
    };
    if minutes_left >= 0 {
        say!(l, "term-in", span = span(minutes_left))
    } else {
        say!(l, "term-overdue-by", span = span(-minutes_left))
    }
}

/// The triggered steps, each with its due time, countdown, recipient, rule, citation and the
/// contents the notice must have, in the language of `l`.
pub fn obligations(report: &ObligationReport, now: DateTime<Utc>, l: Language) -> String {
    let aware = report.awareness.format("%Y-%m-%d %H:%M UTC").to_string();
    let mut out = format!("\n{}\n", say!(l, "term-obligations", aware = aware, zone = report.time_zone.clone()));
    if report.obligations.is_empty() {
        out += &format!("  {}\n", say!(l, "term-none-triggered"));
    }
    for o in &report.obligations {
        let when = match (o.done_at, o.due) {
            (Some(done), _) => {
                let at = done.format("%Y-%m-%d %H:%M UTC").to_string();
                if o.late { say!(l, "term-done-late", at = at) } else { say!(l, "term-done", at = at) }
            }
            (None, Some(due)) => {
                say!(l, "term-due", due = o.due_local.clone().unwrap_or_default(), countdown = countdown(due, now, l))
            }
            (None, None) => o.deadline.clone(),
        };
        let status = match o.status {
            ObligationStatus::NeedsAssessment => format!("{}  ", say!(l, "term-needs-assessment")),
            ObligationStatus::Applies => String::new(),
        };
        out += &format!("  [{}] {status}{}: {} — {when}\n", o.rule_id, o.regime, o.step);
        for line in [
            say!(l, "term-to", recipient = o.recipient.clone()),
            say!(l, "term-deadline", deadline = o.deadline.clone()),
            say!(l, "term-rule", citation = o.citation.clone()),
        ] {
            out += &format!("      {line}\n");
        }
        if let Some(question) = &o.question {
            out += &format!("      {}\n", say!(l, "term-assess", question = question.clone()));
        }
        if !o.basis.is_empty() {
            out += &format!("      {}\n", say!(l, "term-because", basis = o.basis.clone()));
        }
        if !o.contents.is_empty() {
            out += &format!("      {}\n", say!(l, "term-contains"));
            out += &o.contents.iter().map(|item| format!("        [ ] {item}\n")).collect::<String>();
        }
    }
    if !report.not_triggered.is_empty() {
        out += &format!("\n{}\n", say!(l, "term-not-triggered"));
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

pub fn incident(view: &IncidentView, now: DateTime<Utc>, l: Language) -> String {
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
    out + &obligations(&view.obligations, now, l)
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
