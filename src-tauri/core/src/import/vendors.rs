//! Bulk import of vendors from a spreadsheet — a procurement or accounts-payable export as CSV,
//! XLSX or ODS. Columns are mapped to fields (suggested from the headers; the register remembers
//! the last mapping), every row is previewed with its errors named by row and column, existing
//! vendors are matched by LEI, VAT number, DUNS number or normalised name (then updated or
//! skipped), two rows of the file that are the same company are refused, and the commit writes
//! everything or nothing.

use std::collections::{BTreeMap, HashMap};

use calamine::Reader;
use serde::{Deserialize, Serialize};

use super::file_error;
use super::matching::{RowIds, SeenInFile, VendorMatcher, matched_by};
use crate::datamap::VendorRef;
use crate::ids::VendorId;
use crate::locale::Language;
use crate::questionnaire::workbook::column_letter;
use crate::text::{Message, text};
use crate::validate::FieldErrors;
use crate::vendor::{ContactDraft, LifecycleStatus, ValidVendor, Vendor, VendorCategory, VendorDraft};

/// Largest file read (50 MB).
pub const MAX_BYTES: usize = 50 * 1024 * 1024;
/// Most rows one import takes.
pub const MAX_ROWS: usize = 100_000;

/// The fields a column can fill: key, label (a message id), header words that suggest it.
pub const FIELDS: &[(&str, &str, &[&str])] = &[
    ("name", "import-field-name", &["name", "vendor", "vendor name", "supplier", "supplier name", "company", "payee"]),
    ("legalName", "import-field-legal-name", &["legal name", "legal entity", "registered name"]),
    ("website", "import-field-website", &["website", "url", "web", "homepage"]),
    ("country", "import-field-country", &["country", "country code", "country of establishment"]),
    ("category", "import-field-category", &["category", "vendor category", "type"]),
    ("description", "import-field-description", &["description", "service description", "notes"]),
    ("businessOwner", "import-field-business-owner", &["owner", "business owner", "requester", "budget owner"]),
    ("status", "import-field-status", &["status", "lifecycle", "lifecycle status"]),
    ("lei", "import-field-lei", &["lei", "legal entity identifier"]),
    ("vat", "import-field-vat", &["vat", "vat number", "vat id", "tax id"]),
    ("duns", "import-field-duns", &["duns", "d-u-n-s", "duns number"]),
    ("services", "import-field-services", &["services", "service", "products"]),
    ("contactName", "import-field-contact-name", &["contact", "contact name"]),
    ("contactEmail", "import-field-contact-email", &["email", "e-mail", "contact email", "contact e-mail"]),
    ("contactRole", "import-field-contact-role", &["contact role", "role"]),
    ("contractStart", "import-field-contract-start", &["contract start", "start date", "start"]),
    ("contractRenewal", "import-field-contract-renewal", &["renewal", "renewal date", "contract renewal"]),
    ("contractEnd", "import-field-contract-end", &["contract end", "end date", "end"]),
    ("noticePeriodDays", "import-field-notice-period", &["notice period", "notice period days", "notice days"]),
    ("annualSpend", "import-field-annual-spend", &["annual spend", "spend", "amount", "annual value"]),
    ("currency", "import-field-currency", &["currency", "ccy"]),
    ("dpaSigned", "import-field-dpa-signed", &["dpa", "dpa signed", "dpa date"]),
    ("breachSlaHours", "import-field-breach-sla", &["breach sla", "breach sla hours", "breach notice hours"]),
];

/// A spreadsheet's first sheet as text: headers and rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportTable {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// What to do with a row whose vendor is already in the register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum OnMatch {
    /// Fill the vendor's fields from the row (blank cells leave a field as it is).
    Update,
    #[default]
    Skip,
}

/// How to read the file: field key → column header, and what to do with matches.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct VendorImportOptions {
    pub mapping: BTreeMap<String, String>,
    pub on_match: OnMatch,
}

/// What the import does with one row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum RowAction {
    Create,
    Update,
    Skip,
    /// Has errors: nothing is imported until they are fixed.
    Invalid,
}

/// One rejected cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CellError {
    /// The column header, or the field when no column is mapped to it.
    pub column: String,
    pub message: String,
}

/// One row of the preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ImportRow {
    /// The spreadsheet's row number (the header is row 1).
    pub row: u32,
    pub name: String,
    pub action: RowAction,
    pub matched: Option<VendorRef>,
    /// What found the vendor, in the register's language: `LEI`, `VAT number`, `DUNS number`
    /// or `name`.
    pub matched_by: Option<String>,
    pub errors: Vec<CellError>,
}

/// A field a column can fill, as the mapping form shows it (its label in the register's
/// language).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ImportField {
    pub key: String,
    pub label: String,
}

/// What an import will do, row by row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct VendorImportPreview {
    pub headers: Vec<String>,
    pub fields: Vec<ImportField>,
    pub options: VendorImportOptions,
    pub rows: Vec<ImportRow>,
    pub create: u32,
    pub update: u32,
    pub skip: u32,
    pub invalid: u32,
    /// A fingerprint of what the commit will do and of the vendors it matched: a commit given
    /// it is refused if the register changed in a way that changes either.
    pub basis: String,
}

/// The writes a valid import makes, with the vendors as validated.
#[derive(Debug, Clone)]
pub enum Planned {
    Create(ValidVendor),
    Update(VendorId, ValidVendor),
}

/// Reads CSV (comma, semicolon or tab) or XLSX (first sheet), told apart by content.
pub fn read_table(bytes: &[u8]) -> Result<ImportTable, FieldErrors> {
    if bytes.len() > MAX_BYTES {
        return Err(file_error(Message::new("import-file-too-large").arg("most", MAX_BYTES / 1024 / 1024)));
    }
    let mut table = if super::spreadsheet::is_workbook(bytes) { read_xlsx(bytes)? } else { read_csv(bytes)? };
    table.rows.retain(|r| r.iter().any(|c| !c.trim().is_empty()));
    if table.rows.len() > MAX_ROWS {
        return Err(file_error(Message::new("import-vendors-too-many-rows").arg("most", MAX_ROWS)));
    }
    if table.headers.iter().all(|h| h.trim().is_empty()) {
        return Err(file_error(Message::new("import-vendors-no-header")));
    }
    Ok(table)
}

fn read_xlsx(bytes: &[u8]) -> Result<ImportTable, FieldErrors> {
    let mut book = super::spreadsheet::open(bytes)?;
    let name =
        book.sheet_names().first().cloned().ok_or_else(|| file_error(Message::new("import-vendors-no-sheets")))?;
    let unreadable = |e: calamine::Error| {
        file_error(Message::new("import-vendors-sheet-unreadable").arg("name", &name).arg("problem", e))
    };
    let formulas = book.worksheet_formula(&name).map_err(unreadable)?;
    if let Some((row, col, _)) = formulas.used_cells().find(|(_, _, f)| !f.is_empty()) {
        let (top, left) = formulas.start().unwrap_or((0, 0));
        let cell = format!("{}{}", column_letter((left as usize + col) as u16), top as usize + row + 1);
        let message = Message::new("import-vendors-formula");
        return Err(FieldErrors::of(format!("{name}!{cell}"), "formula", message));
    }
    let range = book.worksheet_range(&name).map_err(unreadable)?;
    let mut rows = range.rows().map(|r| r.iter().map(super::spreadsheet::cell_text).collect::<Vec<_>>());
    let headers = rows.next().unwrap_or_default();
    Ok(ImportTable { headers, rows: rows.collect() })
}

fn read_csv(bytes: &[u8]) -> Result<ImportTable, FieldErrors> {
    let text = super::utf8_text(bytes, "import-vendors-csv-not-utf8")?;
    let first = text.lines().next().unwrap_or_default();
    let delimiter =
        [b',', b';', b'\t'].into_iter().max_by_key(|d| first.matches(char::from(*d)).count()).unwrap_or(b',');
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate().take(MAX_ROWS + 2) {
        let record = record.map_err(|e| {
            let message = Message::new("import-vendors-csv-line").arg("problem", e);
            FieldErrors::of(format!("line {}", index + 1), "csv", message)
        })?;
        rows.push(record.iter().map(str::to_owned).collect::<Vec<_>>());
    }
    let mut rows = rows.into_iter();
    let headers = rows.next().unwrap_or_default();
    Ok(ImportTable { headers, rows: rows.collect() })
}

/// A mapping guessed from the headers: each field takes the first header that names it.
pub fn suggest_mapping(headers: &[String]) -> BTreeMap<String, String> {
    let normal = |h: &str| h.trim().to_lowercase().replace(['_', '-'], " ");
    let mut mapping = BTreeMap::new();
    for (key, _, words) in FIELDS {
        let found = headers.iter().find(|h| {
            let h = normal(h);
            words.iter().any(|w| *w == h) && !mapping.values().any(|taken: &String| normal(taken) == h)
        });
        if let Some(header) = found {
            mapping.insert((*key).to_owned(), header.clone());
        }
    }
    mapping
}

/// Checks every row against the register's vendors; returns the preview and, if no row is
/// invalid, the writes to make.
/// What importing `table` with `options` would do to `existing` vendors, its row errors written in
/// `language`; and the writes.
pub fn plan(
    table: &ImportTable,
    options: &VendorImportOptions,
    existing: &[Vendor],
    language: Language,
) -> (VendorImportPreview, Vec<Planned>) {
    let columns: HashMap<&str, usize> = options
        .mapping
        .iter()
        .filter_map(|(field, header)| table.headers.iter().position(|h| h == header).map(|i| (field.as_str(), i)))
        .collect();
    let matcher = VendorMatcher::new(existing);
    let mut seen = SeenInFile::default();
    let mut rows = Vec::with_capacity(table.rows.len());
    let mut planned = Vec::with_capacity(table.rows.len());
    for (index, cells) in table.rows.iter().enumerate() {
        let number = index as u32 + 2;
        let value = RowValues { cells, columns: &columns };
        let (mut row, write) = plan_row(number, &value, (options, table), &matcher, language);
        if let Some((first, shared)) = seen.same_as(number, value.ids(), &row.name) {
            row.errors.push(CellError {
                column: header_of(shared, options, language),
                message: text!(language, "import-same-company", row = first, shared = matched_by(shared, language)),
            });
            row.action = RowAction::Invalid;
        }
        if let (RowAction::Create | RowAction::Update, Some(write)) = (row.action, write) {
            planned.push(write);
        }
        rows.push(row);
    }
    let count = |a: RowAction| rows.iter().filter(|r| r.action == a).count() as u32;
    let by_id: HashMap<VendorId, &Vendor> = existing.iter().map(|v| (v.id, v)).collect();
    let matched: Vec<&Vendor> =
        rows.iter().filter_map(|r| r.matched.as_ref().and_then(|m| by_id.get(&m.id).copied())).collect();
    let basis = crate::audit::state_hash(&(&rows, &matched));
    let preview = VendorImportPreview {
        headers: table.headers.clone(),
        fields: FIELDS
            .iter()
            .map(|(key, label, _)| ImportField { key: (*key).into(), label: text!(language, label) })
            .collect(),
        options: options.clone(),
        create: count(RowAction::Create),
        update: count(RowAction::Update),
        skip: count(RowAction::Skip),
        invalid: count(RowAction::Invalid),
        rows,
        basis,
    };
    (preview, planned)
}

/// One row's cells, by field.
struct RowValues<'a> {
    cells: &'a [String],
    columns: &'a HashMap<&'a str, usize>,
}

impl<'a> RowValues<'a> {
    /// The trimmed cell mapped to `field`; empty if none.
    fn get(&self, field: &str) -> &'a str {
        self.columns.get(field).and_then(|i| self.cells.get(*i)).map_or("", |c| c.trim())
    }

    fn ids(&self) -> RowIds<'a> {
        RowIds { lei: self.get("lei"), vat: self.get("vat"), duns: self.get("duns") }
    }
}

fn plan_row(
    number: u32,
    value: &RowValues<'_>,
    (options, table): (&VendorImportOptions, &ImportTable),
    matcher: &VendorMatcher<'_>,
    language: Language,
) -> (ImportRow, Option<Planned>) {
    let name = value.get("name").to_owned();
    let found = matcher.find(value.ids(), &name);
    let mut row = ImportRow {
        row: number,
        name: name.clone(),
        action: RowAction::Create,
        matched: found.map(|(v, _)| VendorRef { id: v.id, name: v.profile.name.clone().into() }),
        matched_by: found.map(|(_, by)| matched_by(by, language)),
        errors: Vec::new(),
    };
    if found.is_some() && options.on_match == OnMatch::Skip {
        row.action = RowAction::Skip;
        return (row, None);
    }
    let base = found.map_or_else(VendorDraft::default, |(v, _)| VendorDraft::from(v));
    let valid = match fill(base, value, found.is_none()).validate() {
        Ok(valid) => valid,
        Err(errors) => {
            row.errors = errors
                .0
                .into_iter()
                .map(|e| CellError {
                    column: column_of(&e.field, options, value.columns, table, language),
                    message: e.in_language(language).message,
                })
                .collect();
            row.action = RowAction::Invalid;
            return (row, None);
        }
    };
    match found {
        Some((v, _)) => {
            row.action = RowAction::Update;
            (row, Some(Planned::Update(v.id, valid)))
        }
        None => (row, Some(Planned::Create(valid))),
    }
}

/// The draft with the row's non-blank cells written over it (an existing vendor keeps its
/// name); a new vendor without a category or status is "other" and "active".
fn fill(mut draft: VendorDraft, value: &RowValues<'_>, new: bool) -> VendorDraft {
    let set = |field: &mut String, key: &str| {
        if !value.get(key).is_empty() {
            value.get(key).clone_into(field);
        }
    };
    if new {
        // An update keeps the register's name: the file's spelling only found the vendor.
        set(&mut draft.name, "name");
    }
    set(&mut draft.legal_name, "legalName");
    set(&mut draft.website, "website");
    set(&mut draft.country, "country");
    set(&mut draft.description, "description");
    set(&mut draft.business_owner, "businessOwner");
    set(&mut draft.lei, "lei");
    set(&mut draft.vat, "vat");
    set(&mut draft.duns, "duns");
    set(&mut draft.contract_start, "contractStart");
    set(&mut draft.contract_renewal, "contractRenewal");
    set(&mut draft.contract_end, "contractEnd");
    set(&mut draft.notice_period_days, "noticePeriodDays");
    set(&mut draft.annual_spend, "annualSpend");
    set(&mut draft.currency, "currency");
    set(&mut draft.dpa_signed, "dpaSigned");
    set(&mut draft.breach_sla_hours, "breachSlaHours");
    draft.country = draft.country.to_uppercase();
    if let Some(category) = choice(value.get("category"), VendorCategory::ALL.iter().map(|c| c.as_str())) {
        draft.category = category;
    } else if new && draft.category.is_empty() {
        draft.category = "other".into();
    }
    if let Some(status) = choice(value.get("status"), LifecycleStatus::ALL.iter().map(|s| s.as_str())) {
        draft.status = status;
    } else if new && draft.status.is_empty() {
        draft.status = "active".into();
    }
    for service in value.get("services").split(';').map(str::trim).filter(|s| !s.is_empty()) {
        if !draft.services.iter().any(|s| s.eq_ignore_ascii_case(service)) {
            draft.services.push(service.to_owned());
        }
    }
    add_contact(&mut draft, value.get("contactName"), value.get("contactEmail"), value.get("contactRole"));
    draft
}

/// A choice typed as a person would ("Customer support", "AI/ML") as its value
/// (`customer_support`, `ai_ml`); other text is kept as typed, for validation to name.
fn choice<'a>(typed: &str, values: impl Iterator<Item = &'a str>) -> Option<String> {
    if typed.is_empty() {
        return None;
    }
    let squash = |s: &str| s.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_lowercase();
    let wanted = squash(typed);
    Some(values.into_iter().find(|v| squash(v) == wanted).map_or_else(|| typed.to_owned(), str::to_owned))
}

fn add_contact(draft: &mut VendorDraft, name: &str, email: &str, role: &str) {
    if name.is_empty() && email.is_empty() {
        return;
    }
    let known = |c: &ContactDraft| !email.is_empty() && c.email.eq_ignore_ascii_case(email);
    if draft.contacts.iter().any(known) {
        return;
    }
    let name = if name.is_empty() { email } else { name };
    draft.contacts.push(ContactDraft { name: name.to_owned(), email: email.to_owned(), role: role.to_owned() });
}

/// The header of the column a core field error is about (`contacts.2.email` → the e-mail
/// column); the field's label in `language` when no column is mapped to it.
fn column_of(
    field: &str,
    options: &VendorImportOptions,
    columns: &HashMap<&str, usize>,
    table: &ImportTable,
    language: Language,
) -> String {
    let key = match field.split('.').collect::<Vec<_>>().as_slice() {
        ["contacts", _, part] => format!("contact{}", capitalise(part)),
        [list, ..] => (*list).to_owned(),
        [] => field.to_owned(),
    };
    match columns.get(key.as_str()) {
        Some(i) => table.headers[*i].clone(),
        None => header_of(&key, options, language),
    }
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The column mapped to `field`, or the field's label in `language`.
fn header_of(field: &str, options: &VendorImportOptions, language: Language) -> String {
    options.mapping.get(field).cloned().unwrap_or_else(|| {
        FIELDS
            .iter()
            .find(|(k, _, _)| *k == field)
            .map_or_else(|| field.to_owned(), |(_, label, _)| text!(language, label))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_and_the_preview_can_be_written_in_indonesian() {
        let refused = read_table(b"").unwrap_err();
        assert_eq!(refused.0[0].message, "The first row must name the columns.");
        assert_eq!(refused.in_language(Language::Id).0[0].message, "Baris pertama harus berisi nama kolom.");
        let rows = vec![vec!["Acme".to_owned()], vec!["Acme".to_owned()]];
        let table = ImportTable { headers: vec!["Supplier".to_owned()], rows };
        let mapping = [("name".to_owned(), "Supplier".to_owned())].into();
        let (preview, _) = plan(&table, &VendorImportOptions { mapping, ..Default::default() }, &[], Language::Id);
        assert_eq!(preview.fields[1].label, "Nama badan hukum");
        assert_eq!(preview.rows[1].errors[0].message, "Perusahaan yang sama dengan baris 2 (nama yang sama).");
    }
}
