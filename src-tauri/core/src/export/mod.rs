//! Exports for other tools and for regulators: the vendor register and the GDPR Art. 30 record
//! of processing as CSV or XLSX (every text cell neutralised against formula injection), and a
//! full JSON backup ([`backup`]) that restores into an empty register.

pub mod backup;
mod ropa;

pub use ropa::{RopaInputs, ropa_table};

use rust_xlsxwriter::{Format, Workbook};

use crate::error::{CoreError, Result};
use crate::risk::book::VendorRiskRow;
use crate::vendor::Vendor;

/// A sheet of text: a title (the XLSX sheet name), headers and rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub title: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// A cell as a spreadsheet must not run it: text starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return gets a leading apostrophe (OWASP's advice on CSV injection).
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

/// The sheet as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read accents).
pub fn to_csv(sheet: &Sheet) -> Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let failed = |e: csv::Error| CoreError::Io(std::io::Error::other(e.to_string()));
    writer.write_record(sheet.headers.iter().map(|h| neutralise(h))).map_err(failed)?;
    for row in &sheet.rows {
        writer.write_record(row.iter().map(|c| neutralise(c))).map_err(failed)?;
    }
    writer.into_inner().map_err(|e| CoreError::Io(std::io::Error::other(e.to_string())))
}

/// The sheets as one XLSX workbook; every cell is written as text, never as a formula.
pub fn to_xlsx(sheets: &[Sheet]) -> Result<Vec<u8>> {
    let failed = |e: rust_xlsxwriter::XlsxError| CoreError::Io(std::io::Error::other(e.to_string()));
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold().set_background_color("#E8EDF4");
    for sheet in sheets {
        let worksheet = workbook.add_worksheet();
        worksheet.set_name(&sheet.title).map_err(failed)?;
        for (c, header) in sheet.headers.iter().enumerate() {
            worksheet.write_string_with_format(0, c as u16, neutralise(header), &bold).map_err(failed)?;
            worksheet.set_column_width(c as u16, 18).map_err(failed)?;
        }
        for (r, row) in sheet.rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                worksheet.write_string(r as u32 + 1, c as u16, neutralise(cell)).map_err(failed)?;
            }
        }
        worksheet.set_freeze_panes(1, 0).map_err(failed)?;
        worksheet
            .autofilter(0, 0, sheet.rows.len() as u32, sheet.headers.len().saturating_sub(1) as u16)
            .map_err(failed)?;
    }
    workbook.save_to_buffer().map_err(failed)
}

/// The vendor register as a sheet: every vendor with its contract, contacts and today's risk.
pub fn vendor_table(vendors: &[Vendor], risk: &dyn Fn(&Vendor) -> Option<VendorRiskRow>) -> Sheet {
    let headers = [
        "Id",
        "Name",
        "Legal name",
        "Category",
        "Status",
        "Country",
        "Website",
        "Business owner",
        "Services",
        "Description",
        "LEI",
        "VAT",
        "DUNS",
        "Contract start",
        "Renewal",
        "Contract end",
        "Notice period (days)",
        "Annual spend",
        "Currency",
        "DPA signed",
        "Breach SLA (hours)",
        "Contacts",
        "Tier",
        "Inherent risk",
        "Residual risk",
        "Next review",
        "Archived",
    ];
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let number = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
    let rows = vendors
        .iter()
        .map(|v| {
            let p = &v.profile;
            let row = risk(v);
            let contacts = v.contacts.iter().map(|c| {
                let email = c.email.as_ref().map(|e| format!(" <{e}>")).unwrap_or_default();
                let role = c.role.as_ref().map(|r| format!(" ({r})")).unwrap_or_default();
                format!("{}{email}{role}", c.name)
            });
            vec![
                v.id.0.to_string(),
                p.name.clone(),
                text(&p.legal_name),
                p.category.as_str().to_owned(),
                p.status.as_str().to_owned(),
                text(&p.country),
                text(&p.website),
                text(&p.business_owner),
                v.services.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join("; "),
                text(&p.description),
                text(&p.lei),
                text(&p.vat),
                text(&p.duns),
                date(p.contract.start),
                date(p.contract.renewal),
                date(p.contract.end),
                number(p.contract.notice_period_days),
                p.contract.annual_spend.as_ref().map(|m| m.decimal()).unwrap_or_default(),
                p.contract.annual_spend.as_ref().map(|m| m.currency.clone()).unwrap_or_default(),
                date(p.dpa.signed),
                number(p.dpa.breach_sla_hours),
                contacts.collect::<Vec<_>>().join("; "),
                row.as_ref().map(|r| r.tier.to_string()).unwrap_or_default(),
                row.as_ref().map(|r| r.inherent.as_str().to_owned()).unwrap_or_default(),
                row.as_ref().map(|r| r.residual.as_str().to_owned()).unwrap_or_default(),
                row.as_ref().and_then(|r| r.next_review).map(|d| d.to_string()).unwrap_or_default(),
                v.archived_at.map(|t| t.date_naive().to_string()).unwrap_or_default(),
            ]
        })
        .collect();
    Sheet { title: "Vendors".into(), headers: headers.iter().map(|h| (*h).to_owned()).collect(), rows }
}
