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
pub use risk::{acceptances, dashboard, documents, level, reviews, risk_explain, risk_history, risk_steps};

use serde::Serialize;
use vendor_risk_core::CoreError;
use vendor_risk_core::audit::{AuditEntry, AuditVerification};
use vendor_risk_core::import::vendors::{RowAction, VendorImportPreview};
use vendor_risk_core::locale::Language;
use vendor_risk_core::say;
use vendor_risk_core::vendor::{Page, Vendor, VendorRow};

/// Pretty JSON.
pub fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).map(|text| text + "\n").unwrap_or_default()
}

/// The error on stderr in `language`, after the prefixes scripts read (`error: `, `detail: `,
/// `hint: `); rejected fields are named by their command-line flag.
pub fn print_error(err: &CoreError, language: Language) {
    match err.field_errors() {
        Some(errors) => {
            let errors = errors.in_language(language);
            eprintln!("{}", vendor_risk_core::say!(language, "term-invalid-input"));
            for e in &errors.0 {
                eprintln!("  {}: {}", flag_name(&e.field), e.message);
            }
        }
        None => eprintln!("error: {}", err.user_message(language)),
    }
    match err.code() {
        vendor_risk_core::ErrorCode::Internal => eprintln!("detail: {err}"),
        vendor_risk_core::ErrorCode::PassphraseNeeded => eprintln!("hint: {}", say!(language, "term-hint-passphrase")),
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

pub(crate) fn table<S: AsRef<str>>(headers: &[S], rows: Vec<Vec<String>>) -> String {
    let mut out = String::new();
    let widths: Vec<usize> = headers
        .iter()
        .enumerate()
        .map(|(i, h)| {
            rows.iter().map(|r| r[i].chars().count()).chain([h.as_ref().chars().count()]).max().unwrap_or(0).min(40)
        })
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
    line(headers.iter().map(|h| h.as_ref().to_owned()).collect());
    for row in rows {
        line(row);
    }
    out
}

pub(crate) fn or_dash(value: Option<impl ToString>) -> String {
    value.map_or_else(|| "-".to_owned(), |v| v.to_string())
}

/// A table's column headings: each a `term-col-…` message in `l`.
pub(crate) fn headings(l: Language, ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| say!(l, id)).collect()
}

/// Labelled lines, the values in one column: at least `min` wide, wider when a label needs it.
pub(crate) fn labelled(rows: &[(String, String)], min: usize) -> String {
    let width = rows.iter().map(|(label, _)| label.chars().count() + 1).max().unwrap_or(0).max(min);
    rows.iter().map(|(label, value)| format!("{label:<width$}{value}\n")).collect()
}

/// "yes" or "no" in `l`.
pub(crate) fn yes_no(value: bool, l: Language) -> String {
    if value { say!(l, "term-yes") } else { say!(l, "term-no") }
}

/// What a vendor import does with a row, as a word in `l`.
fn action_word(action: RowAction, l: Language) -> String {
    let id = match action {
        RowAction::Create => "term-vendor-import-create",
        RowAction::Update => "term-vendor-import-update",
        RowAction::Skip => "term-vendor-import-skip",
        RowAction::Invalid => "term-vendor-import-invalid",
    };
    say!(l, id)
}

/// A vendor import's rows: what happens to each, and every error by row and column.
pub fn import_preview(preview: &VendorImportPreview, committed: bool, l: Language) -> String {
    let rows = preview
        .rows
        .iter()
        .map(|r| {
            let matched = r.matched.as_ref().map_or(String::new(), |m| {
                say!(l, "term-matched-by", name = m.name.to_string(), key = r.matched_by.clone().unwrap_or_default())
            });
            let errors = if r.errors.is_empty() {
                String::new()
            } else {
                say!(l, "term-vendor-import-errors-below", count = r.errors.len().to_string())
            };
            vec![r.row.to_string(), r.name.clone(), action_word(r.action, l), matched, errors]
        })
        .collect();
    let errors: String = preview
        .rows
        .iter()
        .flat_map(|r| {
            r.errors.iter().map(move |e| {
                let row = r.row.to_string();
                let error =
                    say!(l, "term-vendor-import-row-error", row = row, column = &e.column, message = &e.message);
                format!("  {error}\n")
            })
        })
        .collect();
    let id = if committed { "term-vendor-imported" } else { "term-vendor-would-import" };
    let summary = say!(
        l,
        id,
        new = preview.create.to_string(),
        updated = preview.update.to_string(),
        skipped = preview.skip.to_string(),
        invalid = preview.invalid.to_string()
    );
    let blocked =
        if preview.invalid > 0 { format!(" {}", say!(l, "term-vendor-import-blocked")) } else { String::new() };
    let columns =
        headings(l, &["term-col-row", "term-col-name", "term-col-action", "term-col-matches", "term-col-errors"]);
    format!("{}{errors}{summary}{blocked}\n", table(&columns, rows))
}

pub fn vendor_table(page: &Page<VendorRow>, l: Language) -> String {
    let archived = format!(" {}", say!(l, "term-vendor-archived-mark"));
    let rows = page
        .items
        .iter()
        .map(|r| {
            vec![
                r.id.to_string(),
                r.name.clone(),
                r.category.to_string(),
                r.status.to_string() + if r.archived { archived.as_str() } else { "" },
                or_dash(r.country.as_ref()),
                or_dash(r.business_owner.as_ref()),
                or_dash(r.renewal),
                or_dash(r.annual_spend.as_ref().map(|m| format!("{} {}", m.decimal(), m.currency))),
            ]
        })
        .collect();
    let columns = headings(
        l,
        &[
            "term-col-id",
            "term-col-name",
            "term-col-category",
            "term-col-status",
            "term-col-country",
            "term-col-owner",
            "term-col-renewal",
            "term-col-annual-spend",
        ],
    );
    let mut out = table(&columns, rows);
    let shown = page.items.len() as u64;
    if shown < page.total {
        let (first, last, total) =
            ((page.offset + 1).to_string(), (page.offset + shown).to_string(), page.total.to_string());
        out += &format!("{}\n", say!(l, "term-vendor-range", first = first, last = last, total = total));
    }
    out
}

pub fn vendor_details(vendor: &Vendor, l: Language) -> String {
    let p = &vendor.profile;
    let mut rows: Vec<(String, String)> = vec![
        ("ID".to_owned(), vendor.id.to_string()),
        (say!(l, "term-vendor-name"), p.name.clone()),
        (say!(l, "term-vendor-legal-name"), or_dash(p.legal_name.as_ref())),
        (say!(l, "term-vendor-website"), or_dash(p.website.as_ref())),
        (say!(l, "term-vendor-country"), or_dash(p.country.as_ref())),
        (say!(l, "term-vendor-category"), p.category.to_string()),
        (say!(l, "term-vendor-status"), p.status.to_string()),
        (say!(l, "term-vendor-business-owner"), or_dash(p.business_owner.as_ref())),
        (say!(l, "term-vendor-description"), or_dash(p.description.as_ref())),
        (
            say!(l, "term-vendor-services"),
            vendor.services.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join("; "),
        ),
        ("LEI".to_owned(), or_dash(p.lei.as_ref())),
        (say!(l, "term-vendor-vat"), or_dash(p.vat.as_ref())),
        ("D-U-N-S".to_owned(), or_dash(p.duns.as_ref())),
        (say!(l, "term-vendor-contract-start"), or_dash(p.contract.start)),
        (say!(l, "term-vendor-renewal"), or_dash(p.contract.renewal)),
        (say!(l, "term-vendor-contract-end"), or_dash(p.contract.end)),
        (say!(l, "term-vendor-notice-period"), or_dash(p.contract.notice_period_days)),
        (
            say!(l, "term-vendor-annual-spend"),
            or_dash(p.contract.annual_spend.as_ref().map(|m| format!("{} {}", m.decimal(), m.currency))),
        ),
        (say!(l, "term-vendor-dpa-signed"), or_dash(p.dpa.signed)),
        (say!(l, "term-vendor-breach-sla"), or_dash(p.dpa.breach_sla_hours)),
        (say!(l, "term-vendor-archived"), or_dash(vendor.archived_at)),
    ];
    for contact in &vendor.contacts {
        let value = format!("{} {} {}", contact.name, or_dash(contact.email.as_ref()), or_dash(contact.role.as_ref()));
        rows.push((say!(l, "term-vendor-contact"), value));
    }
    labelled(&rows, 26)
}

pub fn audit_table(page: &Page<AuditEntry>, l: Language) -> String {
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
    let columns = headings(
        l,
        &[
            "term-col-seq",
            "term-col-at-utc",
            "term-col-actor",
            "term-col-action",
            "term-col-record",
            "term-col-changes",
        ],
    );
    table(&columns, rows)
}

pub fn verification(verdict: &AuditVerification, l: Language) -> String {
    let entries = verdict.entries_checked.to_string();
    if verdict.intact {
        return format!("{}\n", say!(l, "term-audit-intact", entries = entries, hash = verdict.head_hash.to_string()));
    }
    let problems = verdict.problems.len().to_string();
    let mut out = format!("{}\n", say!(l, "term-audit-tampered", problems = problems, entries = entries));
    for problem in &verdict.problems {
        out += &format!("  - {}\n", problem.message);
    }
    out
}
