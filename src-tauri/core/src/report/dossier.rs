//! The vendor dossier: everything an auditor asks about one vendor — profile and contacts,
//! contract and DPA, data map and fourth parties, questionnaires with their score arithmetic,
//! findings and acceptances, documents and evidence with their SHA-256, the assessment history
//! and the vendor's audit trail.

use super::doc::{Block, Section, Table};
use super::{or_dash, utc};
use crate::error::Result;
use crate::ids::VendorId;
use crate::questionnaire::answer::format_number;
use crate::register::Register;
use crate::store::AuditQuery;
use crate::vendor::Vendor;
use crate::words::thousands;

/// Most audit entries a dossier lists (newest first); the total is always given.
const AUDIT_ENTRIES: u64 = 500;

pub fn vendor_dossier(register: &Register, id: VendorId) -> Result<super::doc::Report> {
    let vendor = register.vendor(id)?;
    let sections = vec![
        profile(&vendor),
        contract(&vendor),
        data_map(register, &vendor)?,
        questionnaires(register, id)?,
        findings_and_acceptances(register, id)?,
        documents(register, id)?,
        history(register, id)?,
        audit_trail(register, id)?,
    ];
    let title = format!("Vendor dossier: {}", vendor.profile.name);
    super::report(register, "vendor", &title, "Due diligence, risk and history of one vendor", sections)
}

fn profile(vendor: &Vendor) -> Section {
    let p = &vendor.profile;
    let mut section = Section::new("Profile and contacts");
    let text = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".to_owned());
    section.push(Block::Facts(vec![
        ("Name".into(), p.name.clone()),
        ("Legal name".into(), text(&p.legal_name)),
        ("Website".into(), text(&p.website)),
        ("Country".into(), text(&p.country)),
        ("Category".into(), p.category.as_str().replace('_', " ")),
        ("Status".into(), p.status.as_str().to_owned()),
        ("Business owner".into(), text(&p.business_owner)),
        ("Services".into(), vendor.services.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(", ")),
        ("LEI".into(), text(&p.lei)),
        ("VAT".into(), text(&p.vat)),
        ("DUNS".into(), text(&p.duns)),
    ]));
    if let Some(description) = &p.description {
        section.paragraph(description.clone());
    }
    let mut contacts = Table::new(&[("Name", 2.0), ("E-mail", 3.0), ("Role", 2.0)], "No contacts recorded.");
    for c in &vendor.contacts {
        contacts.row(vec![c.name.clone(), c.email.clone().unwrap_or_default(), c.role.clone().unwrap_or_default()]);
    }
    section.heading("Contacts");
    section.push(Block::Table(contacts));
    section
}

fn contract(vendor: &Vendor) -> Section {
    let c = &vendor.profile.contract;
    let dpa = &vendor.profile.dpa;
    let mut section = Section::new("Contract and DPA");
    section.push(Block::Facts(vec![
        ("Contract start".into(), or_dash(c.start)),
        ("Renewal".into(), or_dash(c.renewal)),
        ("End".into(), or_dash(c.end)),
        ("Notice period".into(), c.notice_period_days.map_or("—".into(), |d| format!("{d} days"))),
        (
            "Annual spend".into(),
            c.annual_spend.as_ref().map_or("—".into(), |m| format!("{} {}", m.decimal(), m.currency)),
        ),
        ("DPA signed".into(), or_dash(dpa.signed)),
        (
            "Breach-notice SLA".into(),
            dpa.breach_sla_hours.map_or("none agreed".into(), |h| format!("{h} hours after the vendor becomes aware")),
        ),
    ]));
    section
}

fn data_map(register: &Register, vendor: &Vendor) -> Result<Section> {
    let mut section = Section::new("Data map and fourth parties");
    let mut flows = Table::new(
        &[
            ("Purpose", 3.0),
            ("Data categories", 3.4),
            ("People", 1.3),
            ("Residence", 1.8),
            ("Transfer", 1.6),
            ("In force", 2.0),
        ],
        "This vendor receives none of our data.",
    );
    for f in register.flows(Some(vendor.id))? {
        flows.row(vec![
            f.purpose.clone(),
            format!("{} ({})", f.category_keys.join(", "), f.flags.names(&[])),
            f.people.map_or("—".into(), thousands),
            f.residence.iter().map(|r| format!("{} {}", r.country, thousands(r.people))).collect::<Vec<_>>().join(", "),
            f.transfer_mechanism.as_str().replace('_', " "),
            format!("{} – {}", f.valid_from, f.valid_to.map_or("ongoing".into(), |d| d.to_string())),
        ]);
    }
    section.heading("Data flows");
    section.push(Block::Table(flows));
    let mut edges = Table::new(
        &[("From", 2.4), ("To", 2.4), ("Kind", 1.6), ("Data categories", 3.6), ("In force", 2.0)],
        "No fourth parties recorded.",
    );
    for e in register.edges(Some(vendor.id))? {
        edges.row(vec![
            e.from_vendor.name.to_string(),
            e.to_vendor.name.to_string(),
            e.kind.as_str().replace('_', " "),
            e.category_keys.join(", "),
            format!("{} – {}", e.valid_from, e.valid_to.map_or("ongoing".into(), |d| d.to_string())),
        ]);
    }
    section.heading("Fourth parties");
    section.push(Block::Table(edges));
    Ok(section)
}

fn questionnaires(register: &Register, id: VendorId) -> Result<Section> {
    let mut section = Section::new("Questionnaires");
    let summaries = register.assessments(Some(id))?;
    if summaries.is_empty() {
        section.paragraph("No questionnaire has been sent to this vendor.");
    }
    for summary in summaries {
        let view = register.assessment(summary.id)?;
        let a = &view.assessment;
        section.heading(format!(
            "{} v{} — {}",
            a.template_title,
            a.template_version,
            a.status.as_str().replace('_', " ")
        ));
        section.push(Block::Facts(vec![
            ("Respondent".into(), a.respondent.clone().unwrap_or_else(|| "—".into())),
            ("Submitted".into(), a.submitted_at.map_or("—".into(), utc)),
            ("Decided".into(), a.decided_at.map_or("—".into(), utc)),
            ("Decision note".into(), a.decision_reason.clone().unwrap_or_else(|| "—".into())),
            ("Score".into(), view.score.overall.map_or("not scored".into(), |s| format!("{} / 100", format_number(s)))),
        ]));
        section.paragraph(format!("Score arithmetic: {}", view.score.formula));
        let mut domains =
            Table::new(&[("Domain", 3.0), ("ISO/IEC 27001", 2.0), ("Earned / possible", 2.0), ("Score", 1.2)], "");
        for d in &view.score.domains {
            domains.row(vec![
                d.label.clone(),
                d.iso27001.join(", "),
                format!("{} / {}", format_number(d.earned), format_number(d.possible)),
                d.score.map_or("—".into(), format_number),
            ]);
        }
        section.push(Block::Table(domains));
        let mut answers = Table::new(
            &[("Id", 1.2), ("Question", 4.0), ("Answer", 2.4), ("Comment and evidence", 3.0)],
            "No answers.",
        );
        for answer in &view.answers {
            let Some(question) = view.template.question(&answer.question_id) else { continue };
            let evidence = answer.evidence.iter().map(|e| format!("{} (SHA-256 {})", e.file_name, e.sha256));
            answers.row(vec![
                question.id.clone(),
                question.text.clone(),
                answer.value.as_ref().map_or("—".into(), |v| v.display(question)),
                answer.comment.iter().cloned().chain(evidence).collect::<Vec<_>>().join("\n"),
            ]);
        }
        section.push(Block::Table(answers));
    }
    Ok(section)
}

fn findings_and_acceptances(register: &Register, id: VendorId) -> Result<Section> {
    let mut section = Section::new("Findings and acceptances");
    let mut findings = Table::new(
        &[("Severity", 1.2), ("Finding", 3.4), ("Source", 2.2), ("Owner", 1.8), ("Due", 1.4), ("Status", 2.4)],
        "No findings.",
    );
    for f in register.findings(Some(id), None)? {
        let source = f
            .question_id
            .as_ref()
            .map_or("entered by hand".into(), |q| format!("{q}: {}", f.answer.clone().unwrap_or_default()));
        let status = match &f.status_reason {
            Some(reason) => format!("{} — {reason}", f.status.as_str().replace('_', " ")),
            None => f.status.as_str().replace('_', " "),
        };
        findings.row(vec![
            f.severity.as_str().to_owned(),
            f.title.clone(),
            source,
            f.owner.clone().unwrap_or_default(),
            or_dash(f.due_date),
            status,
        ]);
    }
    section.heading("Findings");
    section.push(Block::Table(findings));
    let mut acceptances = Table::new(
        &[("Accepted", 1.4), ("Approver", 2.0), ("Justification", 4.0), ("Expires", 1.4), ("State", 2.2)],
        "No risk acceptances.",
    );
    for a in register.acceptances(Some(id))? {
        let state = match (&a.acceptance.revoked_at, a.stale) {
            (Some(at), _) => format!("revoked {}", at.date_naive()),
            (None, true) => format!("stale: {}", a.reason.clone().unwrap_or_default()),
            (None, false) => "holds".into(),
        };
        acceptances.row(vec![
            a.acceptance.accepted_level.label().to_owned(),
            a.acceptance.approver.clone(),
            a.acceptance.justification.clone(),
            a.acceptance.expires_on.to_string(),
            state,
        ]);
    }
    section.heading("Risk acceptances");
    section.push(Block::Table(acceptances));
    Ok(section)
}

fn documents(register: &Register, id: VendorId) -> Result<Section> {
    let mut section = Section::new("Documents and evidence");
    let mut table = Table::new(
        &[("Document", 2.6), ("Kind", 1.4), ("Dated", 1.3), ("Stale on", 1.3), ("File and SHA-256", 4.4)],
        "No documents on file.",
    );
    for d in register.documents(Some(id))? {
        let doc = &d.document;
        let file = match (&doc.file_name, &doc.sha256) {
            (Some(name), Some(hash)) => format!("{name}\n{hash}"),
            _ => "no file attached".into(),
        };
        table.row(vec![
            doc.title.clone(),
            doc.kind.as_str().replace('_', " "),
            or_dash(doc.period_end.or(doc.issued_on)),
            or_dash(d.stale_on),
            file,
        ]);
    }
    section.push(Block::Table(table));
    Ok(section)
}

fn history(register: &Register, id: VendorId) -> Result<Section> {
    let view = register.vendor_risk(id)?;
    let mut section = Section::new("Risk and assessment history");
    let r = &view.result;
    section.push(Block::Facts(vec![
        (
            "Inherent risk today".into(),
            format!("{}{}", r.inherent.label(), if r.overridden { " (overridden)" } else { "" }),
        ),
        ("Residual risk today".into(), r.residual.label().to_owned()),
        ("Tier".into(), r.tier.to_string()),
        ("Review".into(), view.review.state.as_str().replace('_', " ")),
        ("Next review".into(), or_dash(view.review.next_due)),
    ]));
    let mut steps = Table::new(&[("Step", 2.2), ("Inputs and arithmetic", 6.0), ("Result", 1.6)], "");
    for s in &r.steps {
        steps.row(vec![s.name.clone(), s.working.clone(), s.result.clone()]);
    }
    section.heading(format!("How today's risk is computed (rubric v{})", r.rubric_version));
    section.push(Block::Table(steps));
    let mut snapshots = Table::new(
        &[("Assessed", 2.4), ("Rubric", 1.0), ("Inherent", 1.6), ("Residual", 1.6), ("Tier", 0.8)],
        "Never assessed.",
    );
    for s in &view.history {
        snapshots.row(vec![
            utc(s.assessed_at),
            format!("v{}", s.rubric_version),
            s.result.inherent.label().to_owned(),
            s.result.residual.label().to_owned(),
            s.result.tier.to_string(),
        ]);
    }
    section.heading("Dated assessments");
    section.push(Block::Table(snapshots));
    Ok(section)
}

fn audit_trail(register: &Register, id: VendorId) -> Result<Section> {
    let query = AuditQuery { vendor: Some(id.0), limit: AUDIT_ENTRIES, ..AuditQuery::default() };
    let page = register.audit_log(&query)?;
    let mut section = Section::new("Audit trail");
    section.paragraph(format!(
        "{} entries about this vendor and its records (flows, documents, questionnaires, findings, risk) in the \
         hash-chained audit log{}.",
        page.total,
        if page.total > AUDIT_ENTRIES { format!(", the newest {AUDIT_ENTRIES} shown") } else { String::new() }
    ));
    let mut table =
        Table::new(&[("#", 0.8), ("When (UTC)", 2.2), ("Who", 2.4), ("Action", 2.0), ("Changes", 4.6)], "No entries.");
    for e in page.items {
        let changes = e.changes.iter().map(|c| c.field.clone()).collect::<Vec<_>>().join(", ");
        table.row(vec![
            e.seq.to_string(),
            e.at.format("%Y-%m-%d %H:%M:%S").to_string(),
            format!("{} ({})", e.actor, e.role.as_str()),
            e.action.clone(),
            if changes.is_empty() { e.summary.clone() } else { changes },
        ]);
    }
    section.push(Block::Table(table));
    Ok(section)
}
