//! Text output for notification obligations, incidents and the organisation profile.

use chrono::{DateTime, Utc};
use vendor_risk_core::holidays::Calendars;
use vendor_risk_core::incident::{IncidentSummary, IncidentView};
use vendor_risk_core::locale::Language;
use vendor_risk_core::obligations::{ObligationReport, ObligationStatus};
use vendor_risk_core::org::OrgProfile;

use vendor_risk_core::words::count;

use super::{headings, labelled, or_dash, table, yes_no};
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

pub fn incidents(list: &[IncidentSummary], l: Language) -> String {
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
    let columns =
        headings(l, &["term-col-id", "term-col-vendor", "term-col-title", "term-col-status", "term-col-aware-utc"]);
    table(&columns, rows)
}

pub fn incident(view: &IncidentView, now: DateTime<Utc>, l: Language) -> String {
    let i = &view.incident;
    let (id, vendor, status) = (i.id.to_string(), i.vendor.name.to_string(), i.status.to_string());
    let mut out = say!(l, "term-incident-title", id = id, vendor = vendor, title = &i.title, status = status) + "\n";
    if let Some(description) = &i.description {
        out += &format!("{description}\n");
    }
    if let Some(lag) = view.vendor_lag_hours {
        let sla =
            view.vendor_sla_hours.map(|s| say!(l, "term-incident-lag-sla", sla = s.to_string())).unwrap_or_default();
        let days = format!("{:.1}", lag as f64 / 24.0);
        out += &format!("{}{sla}\n", say!(l, "term-incident-lag", lag = lag.to_string(), days = days));
    }
    out += &format!("\n{}\n", say!(l, "term-incident-timeline"));
    for e in &view.timeline {
        out += &format!("  {}  {}\n", e.at.format("%Y-%m-%d %H:%M"), e.text);
    }
    let listed = |keys: &[String]| if keys.is_empty() { "-".to_owned() } else { keys.join(", ") };
    let exposed = listed(&i.confirmed_exposed);
    out += &format!("\n{}\n", say!(l, "term-incident-confirmed-exposed", keys = exposed));
    let not_exposed = listed(&i.confirmed_not_exposed);
    out += &format!("{}\n", say!(l, "term-incident-confirmed-not-exposed", keys = not_exposed));
    let radius = &i.blast_radius;
    let frozen = say!(
        l,
        "term-incident-frozen",
        date = radius.as_of.to_string(),
        people = count(radius.direct.people, l),
        categories = radius.exposed_categories.len().to_string(),
        upstream = radius.indirect_total.to_string(),
        downstream = radius.downstream_total.to_string()
    );
    out += &format!("{frozen}\n");
    for a in &i.answers {
        let assessed = say!(l, "term-incident-assessed", key = &a.key, answer = yes_no(a.answer, l));
        out += &format!("{assessed}{}\n", a.note.as_deref().map(|n| format!(" — {n}")).unwrap_or_default());
    }
    out + &obligations(&view.obligations, now, l)
}

pub fn org_profile(p: &OrgProfile, l: Language) -> String {
    let countries = Calendars::built_in().countries().count().to_string();
    let rows: Vec<(String, String)> = vec![
        (say!(l, "term-org-name"), p.name.clone()),
        (
            say!(l, "term-org-established"),
            if p.establishments.is_empty() { "-".into() } else { p.establishments.join(", ") },
        ),
        (say!(l, "term-org-financial-entity"), yes_no(p.financial_entity, l)),
        (say!(l, "term-org-financial-entity-kind"), p.financial_entity_kind.to_string()),
        (say!(l, "term-org-weekend-relief-refused"), yes_no(p.weekend_relief_refused, l)),
        ("NIS2".to_owned(), p.nis2.to_string()),
        ("HIPAA".to_owned(), p.hipaa.to_string()),
        (say!(l, "term-org-sec-registrant"), yes_no(p.sec_registrant, l)),
        (say!(l, "term-org-time-zone"), p.time_zone.clone()),
        (say!(l, "term-org-public-holidays"), say!(l, "term-org-built-in-for", countries = countries)),
        (say!(l, "term-org-own-holidays"), say!(l, "term-org-listed", count = p.holidays.len().to_string())),
    ];
    let mut out = labelled(&rows, 25);
    for h in &p.holidays {
        out += &format!("  {} {} {}\n", h.country, h.date, or_dash(Some(&h.name).filter(|n| !n.is_empty())));
    }
    out
}
