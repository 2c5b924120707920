//! The incident report: what happened and when, the blast radius frozen at awareness (exposure,
//! people per country, vendors and services affected, the network drawn as vectors), each
//! notification deadline set against when it was done, and the actions taken.

use super::doc::{Block, Network, NetworkNode, Report, Section, Table};
use super::register_report::columns;
use super::{Heading, instant, label, utc, when};
use crate::error::Result;
use crate::ids::IncidentId;
use crate::incident::IncidentView;
use crate::locale::Language;
use crate::obligations::{Obligation, ObligationStatus};
use crate::register::Register;
use crate::text::text;
use crate::words::{count, long_date};

/// Most vendors drawn on each side of the network.
const DRAWN: usize = 12;

/// The incident report, written in `l`; the incident is read in the same language (its
/// obligations and timeline).
pub fn incident_report(register: &Register, id: IncidentId, l: Language) -> Result<Report> {
    let view = register.incident_in(id, l)?;
    let sections =
        vec![summary(&view, l), timeline(&view, l), blast_radius(&view, l), obligations(&view, l), actions(&view, l)];
    let heading = Heading {
        kind: "incident",
        title: text!(l, "incident-title", title = view.incident.title.clone()),
        subject: text!(l, "incident-subject", vendor = view.incident.vendor.name.to_string()),
    };
    super::report(register, l, heading, sections)
}

fn yes_no(yes: bool, l: Language) -> String {
    text!(l, if yes { "report-yes" } else { "report-no" })
}

fn summary(view: &IncidentView, l: Language) -> Section {
    let i = &view.incident;
    let mut section = Section::new(text!(l, "report-summary"));
    let fact = |id: &str, value: String| (text!(l, id), value);
    section.push(Block::Facts(vec![
        fact("incident-vendor", i.vendor.name.to_string()),
        fact("incident-status", label(l, "incident", i.status.as_str())),
        fact("incident-detected", instant(i.detected_at, l)),
        fact("incident-vendor-told", instant(i.vendor_notified_at, l)),
        fact("incident-aware", instant(Some(i.aware_at), l)),
        fact("incident-classified", instant(i.classified_at, l)),
        fact("incident-materiality", instant(i.materiality_at, l)),
        fact("incident-lag", lag(view, l)),
        fact("incident-unlawful", yes_no(i.unlawful_access, l)),
        fact("incident-confirmed-exposed", join_or_dash(&i.confirmed_exposed)),
        fact("incident-confirmed-not-exposed", join_or_dash(&i.confirmed_not_exposed)),
    ]));
    if let Some(description) = &i.description {
        section.paragraph(description.clone());
    }
    section
}

/// An instant in the organisation's time zone: `28 November 2025 17:00 GMT`.
fn local(at: chrono::DateTime<chrono::Utc>, zone: &str, l: Language) -> String {
    let tz: chrono_tz::Tz = zone.parse().unwrap_or(chrono_tz::UTC);
    let local = at.with_timezone(&tz);
    format!("{} {}", when(local.naive_local().and_utc(), l), local.format("%Z"))
}

fn lag(view: &IncidentView, l: Language) -> String {
    match (view.vendor_lag_hours, view.vendor_sla_hours) {
        (Some(lag), Some(sla)) if lag > sla => text!(l, "incident-lag-late", lag = lag, sla = sla, late = lag - sla),
        (Some(lag), Some(sla)) => text!(l, "incident-lag-within", lag = lag, sla = sla),
        (Some(lag), None) => text!(l, "incident-lag-no-sla", lag = lag),
        (None, _) => "—".into(),
    }
}

fn join_or_dash(items: &[String]) -> String {
    if items.is_empty() { "—".into() } else { items.join(", ") }
}

fn timeline(view: &IncidentView, l: Language) -> Section {
    let mut section = Section::new(text!(l, "incident-timeline"));
    let mut table = Table::new(
        &columns(l, &[("col-when-utc", 2.0), ("col-what", 1.4), ("col-detail", 6.0)]),
        text!(l, "incident-no-events"),
    );
    for e in &view.timeline {
        table.row(vec![when(e.at, l), text!(l, format!("timeline-kind-{}", e.kind)), e.text.clone()]);
    }
    section.push(Block::Table(table));
    section
}

fn blast_radius(view: &IncidentView, l: Language) -> Section {
    let radius = &view.incident.blast_radius;
    let direct = &radius.direct;
    let mut section = Section::new(text!(l, "incident-blast-radius"));
    let (date, people, records) = (long_date(radius.as_of, l), count(direct.people, l), count(direct.records, l));
    let vendor = radius.vendor.name.to_string();
    section.paragraph(match radius.last_held_on {
        Some(held) => text!(
            l,
            "incident-radius-last-held",
            date = date,
            people = people,
            records = records,
            vendor = vendor,
            held = long_date(held, l)
        ),
        None => text!(l, "incident-radius", date = date, people = people, records = records, vendor = vendor),
    });
    let mut exposed = Table::new(
        &columns(l, &[("col-data-category", 4.0), ("col-key", 4.0), ("col-flags", 3.0)]),
        text!(l, "incident-no-exposure"),
    );
    for c in &radius.exposed_categories {
        exposed.row(vec![c.name.clone(), c.key.clone(), super::flag_names(&c.flags, l)]);
    }
    section.heading(text!(l, "incident-exposure"));
    section.push(Block::Table(exposed));
    let mut countries =
        Table::new(&columns(l, &[("col-country", 3.0), ("col-people", 2.0)]), text!(l, "incident-no-residence"));
    for c in &direct.people_by_country {
        countries.row(vec![c.country.clone(), count(c.people, l)]);
    }
    section.heading(text!(l, "incident-people-per-country"));
    section.push(Block::Table(countries));
    let mut vendors =
        Table::new(&columns(l, &[("col-vendor", 3.0), ("col-how-affected", 6.0)]), text!(l, "incident-no-vendors"));
    for i in &radius.indirect {
        let path = i
            .paths
            .first()
            .map_or(String::new(), |p| p.vendors.iter().map(|v| v.name.to_string()).collect::<Vec<_>>().join(" → "));
        vendors.row(vec![i.vendor.name.to_string(), text!(l, "incident-passes-to", path = path)]);
    }
    for d in &radius.downstream {
        let path = d.path.iter().map(|v| v.name.to_string()).collect::<Vec<_>>().join(" → ");
        vendors.row(vec![d.vendor.name.to_string(), text!(l, "incident-receives-from", path = path)]);
    }
    section.heading(text!(l, "incident-affected-vendors"));
    section.push(Block::Table(vendors));
    let mut services = Table::new(
        &columns(l, &[("col-our-service", 3.0), ("col-criticality", 1.6), ("col-rto", 1.2)]),
        text!(l, "incident-no-services"),
    );
    for s in &radius.services {
        services.row(vec![
            s.name.clone(),
            label(l, "criticality", s.criticality.as_str()),
            s.rto_hours.map_or("—".into(), |h| text!(l, "report-hours", hours = h)),
        ]);
    }
    section.heading(text!(l, "incident-affected-services"));
    section.push(Block::Table(services));
    section.heading(text!(l, "incident-network"));
    let upstream =
        radius.indirect.iter().take(DRAWN).map(|i| NetworkNode { name: i.vendor.name.to_string(), upstream: true });
    let downstream =
        radius.downstream.iter().take(DRAWN).map(|d| NetworkNode { name: d.vendor.name.to_string(), upstream: false });
    section.push(Block::Network(Network {
        centre: radius.vendor.name.to_string(),
        nodes: upstream.chain(downstream).collect(),
    }));
    section
}

fn obligations(view: &IncidentView, l: Language) -> Section {
    let report = &view.obligations;
    let mut section = Section::new(text!(l, "incident-obligations"));
    section.paragraph(text!(
        l,
        "incident-obligations-text",
        at = utc(report.awareness, l),
        zone = report.time_zone.clone()
    ));
    let mut table = Table::new(
        &columns(
            l,
            &[
                ("col-regime", 1.4),
                ("col-step", 3.0),
                ("col-recipient", 2.0),
                ("col-due", 2.2),
                ("col-done", 2.0),
                ("col-state", 1.6),
                ("col-citation", 2.4),
            ],
        ),
        text!(l, "incident-no-obligations"),
    );
    for o in &report.obligations {
        let state = match (o.status, o.done_at, o.late) {
            (_, Some(_), true) => "incident-state-done-late",
            (_, Some(_), false) => "incident-state-done-in-time",
            (ObligationStatus::NeedsAssessment, None, _) => "incident-state-needs-assessment",
            (_, None, true) => "incident-state-overdue",
            (_, None, false) => "incident-state-open",
        };
        table.row(vec![
            o.regime.clone(),
            o.step.clone(),
            o.recipient.clone(),
            o.due.map_or_else(|| o.deadline.clone(), |due| local(due, &report.time_zone, l)),
            instant(o.done_at, l),
            text!(l, state),
            o.citation.clone(),
        ]);
    }
    section.push(Block::Table(table));
    let listed: Vec<&Obligation> = report.obligations.iter().filter(|o| !o.contents.is_empty()).collect();
    if !listed.is_empty() {
        let mut contents = Table::new(&columns(l, &[("col-step", 3.0), ("col-contains", 9.0)]), "");
        for o in listed {
            for item in &o.contents {
                contents.row(vec![format!("{}: {}", o.regime, o.step), format!("☐ {item}")]);
            }
        }
        section.push(Block::Table(contents));
    }
    section
}

fn actions(view: &IncidentView, l: Language) -> Section {
    let i = &view.incident;
    let mut section = Section::new(text!(l, "incident-actions"));
    let mut steps = Table::new(
        &columns(l, &[("col-step", 2.0), ("col-done-utc", 2.0), ("col-note", 6.0)]),
        text!(l, "incident-no-steps"),
    );
    for s in &i.steps {
        steps.row(vec![s.rule_id.clone(), when(s.done_at, l), s.note.clone().unwrap_or_default()]);
    }
    section.heading(text!(l, "incident-steps-done"));
    section.push(Block::Table(steps));
    let mut judged = Table::new(
        &columns(l, &[("col-question", 2.4), ("col-answer", 1.0), ("col-reasoning", 5.0), ("col-when-utc", 2.0)]),
        text!(l, "incident-no-assessments"),
    );
    for j in &i.answers {
        let question = format!("judgement-{}", j.key);
        let question = if crate::text::has(l, &question) { text!(l, question) } else { j.key.replace('_', " ") };
        judged.row(vec![question, yes_no(j.answer, l), j.note.clone().unwrap_or_default(), when(j.at, l)]);
    }
    section.heading(text!(l, "incident-assessments"));
    section.push(Block::Table(judged));
    let mut notes = Table::new(&columns(l, &[("col-when-utc", 2.0), ("col-note", 8.0)]), text!(l, "incident-no-notes"));
    for n in &i.notes {
        notes.row(vec![when(n.at, l), n.text.clone()]);
    }
    section.heading(text!(l, "incident-notes"));
    section.push(Block::Table(notes));
    section
}
