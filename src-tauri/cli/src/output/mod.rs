//! Printing: aligned text tables for people, JSON for scripts, field errors as flags.

mod datamap;
mod incident;
mod questionnaire;
mod risk;

pub use datamap::{blast_radius, categories, edges, flows, reverse_lookup, services, subprocessor_preview};
pub use incident::{incident, incidents, org_profile};
pub use questionnaire::{
    assessment, assessment_diff, assessments, caiq_preview, findings, score, templates, workbook_preview,
};
pub use risk::{acceptances, dashboard, documents, reviews, risk_explain, risk_history, risk_steps};

use serde::Serialize;
use vendor_risk_core::CoreError;
use vendor_risk_core::audit::{AuditEntry, AuditVerification};
use vendor_risk_core::import::vendors::VendorImportPreview;
use vendor_risk_core::locale::Language;
use vendor_risk_core::vendor::{Page, Vendor, VendorRow};

/// Pretty JSON.
pub fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).map(|text| text + "\n").unwrap_or_default()
}

/// The error on stderr; rejected fields are named by their command-line flag, their messages
/// in `language` where the core can write them there.
pub fn print_error(err: &CoreError, language: Language) {
    match err.field_errors() {
        Some(errors) => {
            let errors = errors.in_language(language);
            eprintln!("{}", vendor_risk_core::say!(language, "term-invalid-input"));
            for e in &errors.0 {
                eprintln!("  {}: {}", flag_name(&e.field), e.message);
            }
        }
        None => eprintln!("error: {}", err.user_message()),
    }
    match err.code() {
        vendor_risk_core::ErrorCode::Internal => eprintln!("detail: {err}"),
        vendor_risk_core::ErrorCode::PassphraseNeeded => {
            eprintln!("hint: give it with --passphrase-file FILE or VENDOR_RISK_PASSPHRASE, or run at a terminal")
        }
        _ => {}
    }
}

/// The command-line flag for a core field name: `contractStart` → `--contract-start`,
/// `contacts.1.email` → `--contact #2 (email)`, `categories.0` → `--category #1`.
fn flag_name(field: &str) -> String {
    let kebab = |name: &str| {
        name.chars().fold(String::new(), |mut out, c| {
            if c.is_ascii_uppercase() {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
            out
        })
    };
    let repeated = |list: &str| match list {
        "services" => Some("service"),
        "contacts" => Some("contact"),
        "categories" => Some("category"),
        "residence" => Some("residence"),
        "storageLocations" => Some("storage"),
        "processingLocations" => Some("processing"),
        "locations" => Some("location"),
        "dependencies" => Some("depends-on"),
        "establishments" => Some("establishment"),
        "confirmedExposed" => Some("exposed"),
        "confirmedNotExposed" => Some("not-exposed"),
        _ => None,
    };
    // Already a place a person can find: a flag, a line, a cell, a key of a named file.
    if field.starts_with("--") || field.contains(' ') || field.contains('!') {
        return field.to_owned();
    }
    let parts: Vec<&str> = field.split('.').collect();
    match parts.as_slice() {
        [list, index, rest @ ..] if repeated(list).is_some() => {
            let position = index.parse::<usize>().map_or(0, |i| i + 1);
            let part = if rest.is_empty() { String::new() } else { format!(" ({})", rest.join(".")) };
            format!("--{} #{position}{part}", repeated(list).unwrap_or_default())
        }
        _ => format!("--{}", kebab(field)),
    }
}

pub(crate) fn table(headers: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut out = String::new();
    let widths: Vec<usize> = headers
        .iter()
        .enumerate()
        .map(|(i, h)| rows.iter().map(|r| r[i].chars().count()).chain([h.len()]).max().unwrap_or(0).min(40))
        .collect();
    let mut line = |cells: Vec<String>| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| {
                let clipped: String =
                    if c.chars().count() > *w { c.chars().take(w - 1).chain(['…']).collect() } else { c.clone() };
                format!("{clipped:<w$}")
            })
            .collect();
        out.push_str(padded.join("  ").trim_end());
        out.push('\n');
    };
    line(headers.iter().map(|h| (*h).to_owned()).collect());
    for row in rows {
        line(row);
    }
    out
}

pub(crate) fn or_dash(value: Option<impl ToString>) -> String {
    value.map_or_else(|| "-".to_owned(), |v| v.to_string())
}

/// A vendor import's rows: what happens to each, and every error by row and column.
pub fn import_preview(preview: &VendorImportPreview, committed: bool) -> String {
    let rows = preview
        .rows
        .iter()
        .map(|r| {
            let matched = r
                .matched
                .as_ref()
                .map_or(String::new(), |m| format!("{} (by {})", m.name, r.matched_by.as_deref().unwrap_or_default()));
            let errors = if r.errors.is_empty() { String::new() } else { format!("{} (below)", r.errors.len()) };
            vec![r.row.to_string(), r.name.clone(), format!("{:?}", r.action).to_lowercase(), matched, errors]
        })
        .collect();
    let errors: String = preview
        .rows
        .iter()
        .flat_map(|r| r.errors.iter().map(move |e| format!("  row {}, column '{}': {}\n", r.row, e.column, e.message)))
        .collect();
    let verb = if committed { "Imported" } else { "Would import" };
    format!(
        "{}{errors}{verb}: {} new, {} updated, {} skipped; {} rows with errors{}\n",
        table(&["ROW", "NAME", "ACTION", "MATCHES", "ERRORS"], rows),
        preview.create,
        preview.update,
        preview.skip,
        preview.invalid,
        if preview.invalid > 0 { " (nothing can be imported until they are fixed)" } else { "" }
    )
}

pub fn vendor_table(page: &Page<VendorRow>) -> String {
    let rows = page
        .items
        .iter()
        .map(|r| {
            vec![
                r.id.to_string(),
                r.name.clone(),
                r.category.to_string(),
                r.status.to_string() + if r.archived { " (archived)" } else { "" },
                or_dash(r.country.as_ref()),
                or_dash(r.business_owner.as_ref()),
                or_dash(r.renewal),
                or_dash(r.annual_spend.as_ref().map(|m| format!("{} {}", m.decimal(), m.currency))),
            ]
        })
        .collect();
    let mut out = table(&["ID", "NAME", "CATEGORY", "STATUS", "COUNTRY", "OWNER", "RENEWAL", "ANNUAL SPEND"], rows);
    let shown = page.items.len() as u64;
    if shown < page.total {
        out += &format!("({}–{} of {})\n", page.offset + 1, page.offset + shown, page.total);
    }
    out
}

pub fn vendor_details(vendor: &Vendor) -> String {
    let p = &vendor.profile;
    let rows: Vec<(&str, String)> = vec![
        ("ID", vendor.id.to_string()),
        ("Name", p.name.clone()),
        ("Legal name", or_dash(p.legal_name.as_ref())),
        ("Website", or_dash(p.website.as_ref())),
        ("Country", or_dash(p.country.as_ref())),
        ("Category", p.category.to_string()),
        ("Status", p.status.to_string()),
        ("Business owner", or_dash(p.business_owner.as_ref())),
        ("Description", or_dash(p.description.as_ref())),
        ("Services", vendor.services.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join("; ")),
        ("LEI", or_dash(p.lei.as_ref())),
        ("VAT", or_dash(p.vat.as_ref())),
        ("D-U-N-S", or_dash(p.duns.as_ref())),
        ("Contract start", or_dash(p.contract.start)),
        ("Renewal", or_dash(p.contract.renewal)),
        ("Contract end", or_dash(p.contract.end)),
        ("Notice period (days)", or_dash(p.contract.notice_period_days)),
        ("Annual spend", or_dash(p.contract.annual_spend.as_ref().map(|m| format!("{} {}", m.decimal(), m.currency)))),
        ("DPA signed", or_dash(p.dpa.signed)),
        ("Breach notice SLA (hours)", or_dash(p.dpa.breach_sla_hours)),
        ("Archived", or_dash(vendor.archived_at)),
    ];
    let mut out: String = rows.into_iter().map(|(label, value)| format!("{label:<26}{value}\n")).collect();
    for contact in &vendor.contacts {
        out += &format!(
            "{:<26}{} {} {}\n",
            "Contact",
            contact.name,
            or_dash(contact.email.as_ref()),
            or_dash(contact.role.as_ref())
        );
    }
    out
}

pub fn audit_table(page: &Page<AuditEntry>) -> String {
    let rows = page
        .items
        .iter()
        .map(|e| {
            let changes: Vec<String> = e
                .changes
                .iter()
                .map(|c| format!("{}: {} → {}", c.field, or_dash(c.old.as_ref()), or_dash(c.new.as_ref())))
                .collect();
            vec![
                e.seq.to_string(),
                e.at.format("%Y-%m-%d %H:%M:%S").to_string(),
                format!("{} ({})", e.actor, e.role),
                e.action.clone(),
                e.summary.clone(),
                changes.join("; "),
            ]
        })
        .collect();
    table(&["SEQ", "AT (UTC)", "ACTOR", "ACTION", "RECORD", "CHANGES"], rows)
}

pub fn verification(verdict: &AuditVerification) -> String {
    if verdict.intact {
        return format!(
            "Audit log intact: {} entries verified. Head hash {}\n",
            verdict.entries_checked, verdict.head_hash
        );
    }
    let mut out =
        format!("AUDIT LOG TAMPERED: {} problem(s) in {} entries:\n", verdict.problems.len(), verdict.entries_checked);
    for problem in &verdict.problems {
        out += &format!("  - {}\n", problem.message);
    }
    out
}
