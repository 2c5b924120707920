//! The vendor dossier: everything an auditor asks about one vendor — profile and contacts,
//! contract and DPA, data map and fourth parties, questionnaires with their score arithmetic,
//! findings and acceptances, documents and evidence with their SHA-256, the assessment history
//! and the vendor's audit trail.

use super::doc::{Block, Section, Table};
use super::register_report::columns;
use super::{Heading, instant, label, or_dash, utc};
use crate::error::Result;
use crate::ids::VendorId;
use crate::locale::Language;
use crate::questionnaire::answer::format_number;
use crate::register::Register;
use crate::store::AuditQuery;
use crate::text::text;
use crate::vendor::Vendor;
use crate::words::{count, long_date};

/// Most audit entries a dossier lists (newest first); the total is always given.
const AUDIT_ENTRIES: u64 = 500;

pub fn vendor_dossier(register: &Register, id: VendorId, l: Language) -> Result<super::doc::Report> {
    let vendor = register.vendor(id)?;
    let sections = vec![
        profile(&vendor, l),
        contract(&vendor, l),
        data_map(register, &vendor, l)?,
        questionnaires(register, id, l)?,
        findings_and_acceptances(register, id, l)?,
        documents(register, id, l)?,
        history(register, id, l)?,
        audit_trail(register, id, l)?,
    ];
    let heading = Heading {
        kind: "vendor",
        title: text!(l, "dossier-title", vendor = vendor.profile.name.clone()),
        subject: text!(l, "dossier-subject"),
    };
    super::report(register, l, heading, sections)
}

/// A fact's label in `language`, with its value.
fn fact(l: Language, id: &str, value: String) -> (String, String) {
    (text!(l, id), value)
}

fn profile(vendor: &Vendor, l: Language) -> Section {
    let p = &vendor.profile;
    let mut section = Section::new(text!(l, "dossier-profile"));
    let or_dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".to_owned());
    section.push(Block::Facts(vec![
        fact(l, "dossier-name", p.name.clone()),
        fact(l, "dossier-legal-name", or_dash(&p.legal_name)),
        fact(l, "dossier-website", or_dash(&p.website)),
        fact(l, "dossier-country", or_dash(&p.country)),
        fact(l, "dossier-category", label(l, "category", p.category.as_str())),
        fact(l, "dossier-status", label(l, "status", p.status.as_str())),
        fact(l, "dossier-business-owner", or_dash(&p.business_owner)),
        fact(l, "dossier-services", vendor.services.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(", ")),
        fact(l, "dossier-lei", or_dash(&p.lei)),
        fact(l, "dossier-vat", or_dash(&p.vat)),
        fact(l, "dossier-duns", or_dash(&p.duns)),
    ]));
    if let Some(description) = &p.description {
        section.paragraph(description.clone());
    }
    let mut contacts = Table::new(
        &columns(l, &[("col-name", 2.0), ("col-email", 3.0), ("col-role", 2.0)]),
        text!(l, "dossier-no-contacts"),
    );
    for c in &vendor.contacts {
        contacts.row(vec![c.name.clone(), c.email.clone().unwrap_or_default(), c.role.clone().unwrap_or_default()]);
    }
    section.heading(text!(l, "dossier-contacts"));
    section.push(Block::Table(contacts));
    section
}

fn contract(vendor: &Vendor, l: Language) -> Section {
    let c = &vendor.profile.contract;
    let dpa = &vendor.profile.dpa;
    let mut section = Section::new(text!(l, "dossier-contract"));
    section.push(Block::Facts(vec![
        fact(l, "dossier-contract-start", or_dash(c.start, l)),
        fact(l, "dossier-renewal", or_dash(c.renewal, l)),
        fact(l, "dossier-end", or_dash(c.end, l)),
        fact(
            l,
            "dossier-notice-period",
            c.notice_period_days.map_or("—".into(), |d| text!(l, "report-days", days = d)),
        ),
        fact(l, "dossier-annual-spend", c.annual_spend.as_ref().map_or("—".into(), |m| crate::words::money(m, l))),
        fact(l, "dossier-dpa-signed", or_dash(dpa.signed, l)),
        fact(
            l,
            "dossier-breach-sla",
            dpa.breach_sla_hours.map_or(text!(l, "dossier-no-sla"), |h| text!(l, "dossier-sla-hours", hours = h)),
        ),
    ]));
    section
}

fn data_map(register: &Register, vendor: &Vendor, l: Language) -> Result<Section> {
    let mut section = Section::new(text!(l, "dossier-data-map"));
    let mut flows = Table::new(
        &columns(
            l,
            &[
                ("col-purpose", 3.0),
                ("col-data-categories", 3.4),
                ("col-people", 1.3),
                ("col-residence", 1.8),
                ("col-transfer", 1.6),
                ("col-in-force", 2.0),
            ],
        ),
        text!(l, "dossier-no-flows"),
    );
    let in_force = |from, to: Option<chrono::NaiveDate>| {
        format!("{} – {}", long_date(from, l), to.map_or(text!(l, "report-ongoing"), |d| long_date(d, l)))
    };
    for f in register.flows(Some(vendor.id))? {
        flows.row(vec![
            f.purpose.clone(),
            format!("{} ({})", f.category_keys.join(", "), super::flag_names(&f.flags, l)),
            f.people.map_or("—".into(), |n| count(n, l)),
            f.residence.iter().map(|r| format!("{} {}", r.country, count(r.people, l))).collect::<Vec<_>>().join(", "),
            label(l, "transfer", f.transfer_mechanism.as_str()),
            in_force(f.valid_from, f.valid_to),
        ]);
    }
    section.heading(text!(l, "dossier-flows"));
    section.push(Block::Table(flows));
    let mut edges = Table::new(
        &columns(
            l,
            &[
                ("col-from", 2.4),
                ("col-to", 2.4),
                ("col-kind", 1.6),
                ("col-data-categories", 3.6),
                ("col-in-force", 2.0),
            ],
        ),
        text!(l, "dossier-no-edges"),
    );
    for e in register.edges(Some(vendor.id))? {
        edges.row(vec![
            e.from_vendor.name.to_string(),
            e.to_vendor.name.to_string(),
            label(l, "edge", e.kind.as_str()),
            e.category_keys.join(", "),
            in_force(e.valid_from, e.valid_to),
        ]);
    }
    section.heading(text!(l, "dossier-fourth-parties"));
    section.push(Block::Table(edges));
    Ok(section)
}

fn questionnaires(register: &Register, id: VendorId, l: Language) -> Result<Section> {
    let mut section = Section::new(text!(l, "dossier-questionnaires"));
    let summaries = register.assessments(Some(id))?;
    if summaries.is_empty() {
        section.paragraph(text!(l, "dossier-no-questionnaires"));
    }
    for summary in summaries {
        let view = register.assessment(summary.id)?;
        let a = &view.assessment;
        section.heading(format!(
            "{} v{} — {}",
            a.template_title,
            a.template_version,
            label(l, "assessment", a.status.as_str())
        ));
        let score = view
            .score
            .overall
            .map_or(text!(l, "dossier-not-scored"), |s| text!(l, "dossier-score-value", score = format_number(s)));
        section.push(Block::Facts(vec![
            fact(l, "dossier-respondent", a.respondent.clone().unwrap_or_else(|| "—".into())),
            fact(l, "dossier-submitted", instant(a.submitted_at, l)),
            fact(l, "dossier-decided", instant(a.decided_at, l)),
            fact(l, "dossier-decision-note", a.decision_reason.clone().unwrap_or_else(|| "—".into())),
            fact(l, "dossier-score", score),
        ]));
        section.paragraph(text!(l, "dossier-score-arithmetic", formula = text!(l, "score-formula")));
        let mut domains = Table::new(
            &columns(l, &[("col-domain", 3.0), ("col-iso", 2.0), ("col-earned-possible", 2.0), ("col-score", 1.2)]),
            "",
        );
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
            &columns(l, &[("col-id", 1.2), ("col-question", 4.0), ("col-answer", 2.4), ("col-comment-evidence", 3.0)]),
            text!(l, "dossier-no-answers"),
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

fn findings_and_acceptances(register: &Register, id: VendorId, l: Language) -> Result<Section> {
    let mut section = Section::new(text!(l, "dossier-findings-acceptances"));
    let mut findings = Table::new(
        &columns(
            l,
            &[
                ("col-severity", 1.2),
                ("col-finding", 3.4),
                ("col-source", 2.2),
                ("col-owner", 1.8),
                ("col-due", 1.4),
                ("col-status", 2.4),
            ],
        ),
        text!(l, "dossier-no-findings"),
    );
    for f in register.findings(Some(id), None)? {
        let source = f
            .question_id
            .as_ref()
            .map_or(text!(l, "dossier-by-hand"), |q| format!("{q}: {}", f.answer.clone().unwrap_or_default()));
        let status = label(l, "finding", f.status.as_str());
        let status = match &f.status_reason {
            Some(reason) => format!("{status} — {reason}"),
            None => status,
        };
        findings.row(vec![
            label(l, "severity", f.severity.as_str()),
            f.title.clone(),
            source,
            f.owner.clone().unwrap_or_default(),
            or_dash(f.due_date, l),
            status,
        ]);
    }
    section.heading(text!(l, "dossier-findings"));
    section.push(Block::Table(findings));
    let mut acceptances = Table::new(
        &columns(
            l,
            &[
                ("col-accepted", 1.4),
                ("col-approver", 2.0),
                ("col-justification", 4.0),
                ("col-expires", 1.4),
                ("col-state", 2.2),
            ],
        ),
        text!(l, "dossier-no-acceptances"),
    );
    for a in register.acceptances_in(Some(id), l)? {
        let state = match (&a.acceptance.revoked_at, a.stale) {
            (Some(at), _) => text!(l, "dossier-revoked", date = long_date(at.date_naive(), l)),
            (None, true) => text!(l, "dossier-stale", reason = a.reason.clone().unwrap_or_default()),
            (None, false) => text!(l, "dossier-holds"),
        };
        acceptances.row(vec![
            label(l, "level", a.acceptance.accepted_level.as_str()),
            a.acceptance.approver.clone(),
            a.acceptance.justification.clone(),
            long_date(a.acceptance.expires_on, l),
            state,
        ]);
    }
    section.heading(text!(l, "dossier-acceptances"));
    section.push(Block::Table(acceptances));
    Ok(section)
}

fn documents(register: &Register, id: VendorId, l: Language) -> Result<Section> {
    let mut section = Section::new(text!(l, "dossier-documents"));
    let mut table = Table::new(
        &columns(
            l,
            &[
                ("col-document", 2.6),
                ("col-kind", 1.4),
                ("col-dated", 1.3),
                ("col-stale-on", 1.3),
                ("col-file-hash", 4.4),
            ],
        ),
        text!(l, "dossier-no-documents"),
    );
    for d in register.documents(Some(id))? {
        let doc = &d.document;
        let file = match (&doc.file_name, &doc.sha256) {
            (Some(name), Some(hash)) => format!("{name}\n{hash}"),
            _ => text!(l, "dossier-no-file"),
        };
        table.row(vec![
            doc.title.clone(),
            label(l, "document", doc.kind.as_str()),
            or_dash(doc.period_end.or(doc.issued_on), l),
            or_dash(d.stale_on, l),
            file,
        ]);
    }
    section.push(Block::Table(table));
    Ok(section)
}

fn history(register: &Register, id: VendorId, l: Language) -> Result<Section> {
    let view = register.vendor_risk_in(id, l)?;
    let mut section = Section::new(text!(l, "dossier-history"));
    let r = &view.result;
    let level = |level: crate::risk::rubric::Level| label(l, "level", level.as_str());
    let inherent =
        if r.overridden { text!(l, "report-overridden", level = level(r.inherent)) } else { level(r.inherent) };
    section.push(Block::Facts(vec![
        fact(l, "dossier-inherent-today", inherent),
        fact(l, "dossier-residual-today", level(r.residual)),
        fact(l, "dossier-tier", r.tier.to_string()),
        fact(l, "dossier-review", label(l, "review", view.review.state.as_str())),
        fact(l, "dossier-next-review", or_dash(view.review.next_due, l)),
    ]));
    let mut steps = Table::new(&columns(l, &[("col-step", 2.2), ("col-inputs", 6.0), ("col-result", 1.6)]), "");
    for s in &r.steps {
        steps.row(vec![s.name.clone(), s.working.clone(), s.result.clone()]);
    }
    section.heading(text!(l, "dossier-how-computed", version = r.rubric_version));
    section.push(Block::Table(steps));
    let mut snapshots = Table::new(
        &columns(
            l,
            &[
                ("col-assessed", 2.4),
                ("col-rubric", 1.0),
                ("col-inherent", 1.6),
                ("col-residual", 1.6),
                ("col-tier", 0.8),
            ],
        ),
        text!(l, "dossier-never-assessed"),
    );
    for s in &view.history {
        snapshots.row(vec![
            utc(s.assessed_at, l),
            format!("v{}", s.rubric_version),
            level(s.result.inherent),
            level(s.result.residual),
            s.result.tier.to_string(),
        ]);
    }
    section.heading(text!(l, "dossier-dated"));
    section.push(Block::Table(snapshots));
    Ok(section)
}

fn audit_trail(register: &Register, id: VendorId, l: Language) -> Result<Section> {
    let query = AuditQuery { vendor: Some(id.0), limit: AUDIT_ENTRIES, ..AuditQuery::default() };
    let page = register.audit_log(&query)?;
    let mut section = Section::new(text!(l, "dossier-audit"));
    let total = count(page.total as i64, l);
    section.paragraph(if page.total > AUDIT_ENTRIES {
        text!(l, "dossier-audit-text-newest", count = total, shown = count(AUDIT_ENTRIES as i64, l))
    } else {
        text!(l, "dossier-audit-text", count = total)
    });
    let mut table = Table::new(
        &columns(
            l,
            &[("col-number", 0.8), ("col-when-utc", 2.2), ("col-who", 2.4), ("col-action", 2.0), ("col-changes", 4.6)],
        ),
        text!(l, "dossier-no-entries"),
    );
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
