//! The incident report: what happened and when, the blast radius frozen at awareness (exposure,
//! people per country, vendors and services affected, the network drawn as vectors), each
//! notification deadline set against when it was done, and the actions taken.

use chrono::{DateTime, Utc};

use super::doc::{Block, Network, NetworkNode, Report, Section, Table};
use super::utc;
use crate::error::Result;
use crate::ids::IncidentId;
use crate::incident::IncidentView;
use crate::obligations::{Obligation, ObligationStatus};
use crate::register::Register;
use crate::words::thousands;

/// Most vendors drawn on each side of the network.
const DRAWN: usize = 12;

pub fn incident_report(register: &Register, id: IncidentId) -> Result<Report> {
    let view = register.incident(id)?;
    let sections = vec![summary(&view), timeline(&view), blast_radius(&view), obligations(&view), actions(&view)];
    let title = format!("Incident report: {}", view.incident.title);
    super::report(register, "incident", &title, &format!("Vendor: {}", view.incident.vendor.name), sections)
}

fn instant(at: Option<DateTime<Utc>>) -> String {
    at.map_or("—".to_owned(), utc)
}

fn summary(view: &IncidentView) -> Section {
    let i = &view.incident;
    let mut section = Section::new("Summary");
    section.push(Block::Facts(vec![
        ("Vendor".into(), i.vendor.name.to_string()),
        ("Status".into(), i.status.as_str().to_owned()),
        ("Detected by the vendor".into(), instant(i.detected_at)),
        ("Vendor told us".into(), instant(i.vendor_notified_at)),
        ("We became aware".into(), instant(Some(i.aware_at))),
        ("Classified".into(), instant(i.classified_at)),
        ("Materiality determined".into(), instant(i.materiality_at)),
        ("Vendor's notice lag".into(), lag(view)),
        ("Unlawful access".into(), if i.unlawful_access { "yes" } else { "no" }.into()),
        ("Confirmed exposed".into(), join_or_dash(&i.confirmed_exposed)),
        ("Confirmed not exposed".into(), join_or_dash(&i.confirmed_not_exposed)),
    ]));
    if let Some(description) = &i.description {
        section.paragraph(description.clone());
    }
    section
}

fn lag(view: &IncidentView) -> String {
    match (view.vendor_lag_hours, view.vendor_sla_hours) {
        (Some(lag), Some(sla)) if lag > sla => {
            format!("{lag} hours (the DPA allows {sla}: late by {} hours)", lag - sla)
        }
        (Some(lag), Some(sla)) => format!("{lag} hours (within the DPA's {sla})"),
        (Some(lag), None) => format!("{lag} hours (no SLA agreed)"),
        (None, _) => "—".into(),
    }
}

fn join_or_dash(items: &[String]) -> String {
    if items.is_empty() { "—".into() } else { items.join(", ") }
}

fn timeline(view: &IncidentView) -> Section {
    let mut section = Section::new("Timeline");
    let mut table = Table::new(&[("When (UTC)", 2.0), ("What", 1.4), ("Detail", 6.0)], "No events recorded.");
    for e in &view.timeline {
        table.row(vec![e.at.format("%Y-%m-%d %H:%M").to_string(), e.kind.replace('_', " "), e.text.clone()]);
    }
    section.push(Block::Table(table));
    section
}

fn blast_radius(view: &IncidentView) -> Section {
    let radius = &view.incident.blast_radius;
    let direct = &radius.direct;
    let mut section = Section::new("Blast radius");
    section.paragraph(format!(
        "As of {}: {} people and {} records of ours held by {}{}.",
        radius.as_of,
        thousands(direct.people),
        thousands(direct.records),
        radius.vendor.name,
        radius.last_held_on.map_or(String::new(), |d| format!(" (last held on {d})"))
    ));
    let mut exposed = Table::new(&[("Data category", 4.0), ("Key", 4.0), ("Flags", 3.0)], "No data exposed.");
    for c in &radius.exposed_categories {
        exposed.row(vec![c.name.clone(), c.key.clone(), c.flags.names(&[])]);
    }
    section.heading("Exposure");
    section.push(Block::Table(exposed));
    let mut countries = Table::new(&[("Country of residence", 3.0), ("People", 2.0)], "No residence recorded.");
    for c in &direct.people_by_country {
        countries.row(vec![c.country.clone(), thousands(c.people)]);
    }
    section.heading("People per country");
    section.push(Block::Table(countries));
    let mut vendors = Table::new(&[("Vendor", 3.0), ("How it is affected", 6.0)], "No other vendor affected.");
    for i in &radius.indirect {
        let path = i
            .paths
            .first()
            .map_or(String::new(), |p| p.vendors.iter().map(|v| v.name.to_string()).collect::<Vec<_>>().join(" → "));
        vendors.row(vec![i.vendor.name.to_string(), format!("passes our data to it: {path}")]);
    }
    for d in &radius.downstream {
        let path = d.path.iter().map(|v| v.name.to_string()).collect::<Vec<_>>().join(" → ");
        vendors.row(vec![d.vendor.name.to_string(), format!("receives our data from it: {path}")]);
    }
    section.heading("Affected vendors");
    section.push(Block::Table(vendors));
    let mut services =
        Table::new(&[("Our service", 3.0), ("Criticality", 1.6), ("RTO", 1.2)], "No internal service depends on it.");
    for s in &radius.services {
        services.row(vec![
            s.name.clone(),
            s.criticality.as_str().to_owned(),
            s.rto_hours.map_or("—".into(), |h| format!("{h} h")),
        ]);
    }
    section.heading("Affected services");
    section.push(Block::Table(services));
    section.heading("Network");
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

fn obligations(view: &IncidentView) -> Section {
    let report = &view.obligations;
    let mut section = Section::new("Obligations");
    section.paragraph(format!(
        "Deadlines count from awareness at {} and are shown in {}.",
        utc(report.awareness),
        report.time_zone
    ));
    let mut table = Table::new(
        &[
            ("Regime", 1.4),
            ("Step", 3.0),
            ("Recipient", 2.0),
            ("Due", 2.2),
            ("Done", 2.0),
            ("State", 1.6),
            ("Citation", 2.4),
        ],
        "No notification obligation was triggered.",
    );
    for o in &report.obligations {
        let state = match (o.status, o.done_at, o.late) {
            (_, Some(_), true) => "done late",
            (_, Some(_), false) => "done in time",
            (ObligationStatus::NeedsAssessment, None, _) => "needs assessment",
            (_, None, true) => "overdue",
            (_, None, false) => "open",
        };
        table.row(vec![
            o.regime.clone(),
            o.step.clone(),
            o.recipient.clone(),
            o.due_local.clone().unwrap_or_else(|| o.deadline.clone()),
            instant(o.done_at),
            state.into(),
            o.citation.clone(),
        ]);
    }
    section.push(Block::Table(table));
    let listed: Vec<&Obligation> = report.obligations.iter().filter(|o| !o.contents.is_empty()).collect();
    if !listed.is_empty() {
        let mut contents = Table::new(&[("Step", 3.0), ("The notice contains at least", 9.0)], "");
        for o in listed {
            for item in &o.contents {
                contents.row(vec![format!("{}: {}", o.regime, o.step), format!("☐ {item}")]);
            }
        }
        section.push(Block::Table(contents));
    }
    section
}

fn actions(view: &IncidentView) -> Section {
    let i = &view.incident;
    let mut section = Section::new("Actions taken");
    let mut steps = Table::new(&[("Step", 2.0), ("Done (UTC)", 2.0), ("Note", 6.0)], "No step marked done.");
    for s in &i.steps {
        steps.row(vec![
            s.rule_id.clone(),
            s.done_at.format("%Y-%m-%d %H:%M").to_string(),
            s.note.clone().unwrap_or_default(),
        ]);
    }
    section.heading("Steps done");
    section.push(Block::Table(steps));
    let mut judged =
        Table::new(&[("Question", 2.4), ("Answer", 1.0), ("Reasoning", 5.0), ("When (UTC)", 2.0)], "No assessments.");
    for j in &i.answers {
        judged.row(vec![
            j.key.replace('_', " "),
            if j.answer { "yes" } else { "no" }.into(),
            j.note.clone().unwrap_or_default(),
            j.at.format("%Y-%m-%d %H:%M").to_string(),
        ]);
    }
    section.heading("Assessments");
    section.push(Block::Table(judged));
    let mut notes = Table::new(&[("When (UTC)", 2.0), ("Note", 8.0)], "No notes.");
    for n in &i.notes {
        notes.row(vec![n.at.format("%Y-%m-%d %H:%M").to_string(), n.text.clone()]);
    }
    section.heading("Notes");
    section.push(Block::Table(notes));
    section
}
