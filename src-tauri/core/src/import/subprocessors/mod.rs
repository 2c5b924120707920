//! Reading a vendor's published subprocessor list as it is published: a saved web page, a
//! markdown page, CSV or tab-separated text, an .xlsx or .ods workbook; several tables, prose
//! around them, headers in several languages with markup and footnote markers, names with
//! postal addresses, locations as country names, codes or regions, the lists of several
//! companies in one table. Columns are read by their headers or as the person importing chose;
//! every location cell says what it became. Pure: bytes in, entries out, with every message (and
//! every place named in one) in the language the options give.

pub mod columns;
pub mod places;
pub mod tables;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

pub use columns::ColumnRole;
use columns::{header_key, strip_footnote};
use places::{Place, address_country, describe, read_locations};
use tables::{Format, Row, Table};

use crate::locale::Language;
use crate::text::text;
use crate::vendor::VendorCategory;

/// A message about one place in the list, written in the list's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LineMessage {
    /// 1-based line of the text, or row of the table or sheet.
    pub line: u32,
    /// Where, as a person finds it: `line 12`, `table 2, row 5`, `sheet 'EU', row 7`.
    pub at: String,
    pub message: String,
}

impl LineMessage {
    pub fn at(line: u32, at: &str, message: impl Into<String>) -> LineMessage {
        LineMessage { line, at: at.to_owned(), message: message.into() }
    }

    /// A message about the whole file, in `language`.
    pub fn about_file(language: Language, message: impl Into<String>) -> LineMessage {
        LineMessage::at(1, &text!(language, "list-at-file"), message)
    }
}

/// What one cell was read as.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CellReading {
    /// The column's header.
    pub column: String,
    pub text: String,
    pub became: String,
}

/// Identifiers a list may give for a subprocessor.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Identifiers {
    pub lei: Option<String>,
    pub vat: Option<String>,
    pub duns: Option<String>,
}

impl Identifiers {
    fn shares_any(&self, other: &Identifiers) -> bool {
        let same = |a: &Option<String>, b: &Option<String>| a.is_some() && a == b;
        same(&self.lei, &other.lei) || same(&self.vat, &other.vat) || same(&self.duns, &other.duns)
    }
}

/// One subprocessor as the list states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ListedSubprocessor {
    pub line: u32,
    pub at: String,
    pub name: String,
    /// Purposes or descriptions of processing, in list order.
    pub purposes: Vec<String>,
    /// ISO 3166 codes of the countries of processing.
    pub locations: Vec<String>,
    /// Regions named instead of countries (`EU`, `EEA`, `Global`).
    pub regions: Vec<String>,
    pub identifiers: Identifiers,
    /// What the cells that needed reading became.
    pub readings: Vec<CellReading>,
}

/// How to read a list: a role for columns by header (the rest are read by their headers) and,
/// for a file holding the lists of several companies, whose list to import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct ListOptions {
    pub mapping: BTreeMap<String, ColumnRole>,
    pub company: Option<String>,
    /// The language of the messages and of the places they name: the register sets its own;
    /// neither sent by a front end nor remembered with the options.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub language: Language,
}

/// No column chosen, every company's rows, messages in English.
impl Default for ListOptions {
    fn default() -> Self {
        ListOptions { mapping: BTreeMap::new(), company: None, language: Language::En }
    }
}

/// How one column was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ColumnReading {
    pub header: String,
    pub role: ColumnRole,
    /// Chosen (now or remembered), not suggested by the header.
    pub chosen: bool,
    /// The first value under it, to recognise it by.
    pub example: String,
}

/// A parsed list: its entries, how it was read, and what was worth a warning or is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ParsedList {
    pub format: String,
    pub entries: Vec<ListedSubprocessor>,
    pub columns: Vec<ColumnReading>,
    /// The companies whose lists a company column holds.
    pub companies: Vec<String>,
    pub warnings: Vec<LineMessage>,
    /// What must be fixed (in the file or the mapping) before the list can be imported.
    pub errors: Vec<LineMessage>,
}

/// Why a file cannot be read as a list at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListErrors(pub Vec<LineMessage>);

/// The largest list file read (20 MB).
pub const MAX_LIST_BYTES: usize = 20 * 1024 * 1024;
/// The most rows a list may have: published lists run to hundreds of entries.
pub const MAX_LIST_ROWS: usize = 20_000;

/// Reads a list in any of the supported formats, its messages in the language of `options`.
pub fn parse_list(bytes: &[u8], options: &ListOptions) -> Result<ParsedList, ListErrors> {
    let language = options.language;
    let refuse = |message: String| ListErrors(vec![LineMessage::about_file(language, message)]);
    if bytes.len() > MAX_LIST_BYTES {
        return Err(refuse(text!(language, "list-too-large", most = MAX_LIST_BYTES >> 20)));
    }
    let (format, grids) = tables::grids(bytes, language).map_err(|m| ListErrors(vec![m]))?;
    if grids.iter().map(Vec::len).sum::<usize>() > MAX_LIST_ROWS {
        return Err(refuse(text!(language, "list-too-many-rows", most = MAX_LIST_ROWS)));
    }
    let chosen_by_key: HashMap<String, ColumnRole> =
        options.mapping.iter().map(|(header, role)| (header_key(header), *role)).collect();
    let chosen = |header: &str| chosen_by_key.get(&header_key(header)).copied();
    let mut list = ParsedList { format: format.label(language), ..ParsedList::default() };
    let mut found = Vec::new();
    for grid in &grids {
        let (tables, prose) = tables::tables(grid, &chosen);
        if let (Some(first), false) = (prose.first(), tables.is_empty()) {
            let message = text!(language, "list-text-before-table", lines = prose.len());
            list.warnings.push(LineMessage::at(first.line, &first.at, message));
        }
        found.extend(tables);
    }
    if found.is_empty() {
        return Err(refuse(text!(language, "list-no-table", format = format.label(language))));
    }
    let read: Vec<(Table, Vec<ColumnRole>)> = found
        .into_iter()
        .map(|table| {
            let roles = columns::roles(&table.header.cells, &chosen);
            (table, roles)
        })
        .collect();
    list.columns = column_readings(&read, &chosen);
    let usable: Vec<&(Table, Vec<ColumnRole>)> =
        read.iter().filter(|(_, roles)| roles.contains(&ColumnRole::Name)).collect();
    for (table, _) in read.iter().filter(|(_, roles)| !roles.contains(&ColumnRole::Name)) {
        if !usable.is_empty() {
            let message = text!(language, "list-table-skipped", columns = table.header.cells.join(", "));
            list.warnings.push(LineMessage::at(table.header.line, &table.header.at, message));
        }
    }
    if usable.is_empty() {
        let header = &read[0].0.header;
        let message = text!(language, "list-no-name-column", columns = header.cells.join(", "));
        list.errors.push(LineMessage::at(header.line, &header.at, message));
        return Ok(list);
    }
    let company = choose_company(&usable, options, &mut list);
    let how = RowsRead { format, company: company.as_deref(), language };
    let mut merged = Merger::default();
    for (table, roles) in usable {
        for row in &table.rows {
            read_row(row, table, roles, &how, &mut list, &mut merged);
        }
    }
    list.entries = merged.entries;
    if list.entries.is_empty() && list.errors.is_empty() {
        list.errors.push(LineMessage::about_file(language, text!(language, "list-empty")));
    }
    Ok(list)
}

/// How each distinct header was read, with the first value under it.
fn column_readings(
    read: &[(Table, Vec<ColumnRole>)],
    chosen: &dyn Fn(&str) -> Option<ColumnRole>,
) -> Vec<ColumnReading> {
    let mut out: Vec<ColumnReading> = Vec::new();
    for (table, roles) in read {
        for (i, header) in table.header.cells.iter().enumerate() {
            // "Sub-<br>processor" is one word.
            let header = header.replace("-\n", "-").split_whitespace().collect::<Vec<_>>().join(" ");
            if header.is_empty() || out.iter().any(|c| header_key(&c.header) == header_key(&header)) {
                continue;
            }
            let example = table.rows.iter().filter_map(|r| r.cells.get(i)).find(|c| !c.trim().is_empty());
            out.push(ColumnReading {
                chosen: chosen(&header).is_some(),
                role: roles[i],
                example: example.map(|c| c.split_whitespace().collect::<Vec<_>>().join(" ")).unwrap_or_default(),
                header,
            });
        }
    }
    out
}

/// The companies a company column names; which one's list is read (`None`: every row).
fn choose_company(
    usable: &[&(Table, Vec<ColumnRole>)],
    options: &ListOptions,
    list: &mut ParsedList,
) -> Option<String> {
    let mut companies: Vec<String> = Vec::new();
    for (table, roles) in usable {
        for row in &table.rows {
            for (i, _) in roles.iter().enumerate().filter(|(_, r)| **r == ColumnRole::Company) {
                let value =
                    row.cells.get(i).map(|c| c.split_whitespace().collect::<Vec<_>>().join(" ")).unwrap_or_default();
                if !value.is_empty() && !companies.iter().any(|c| c.eq_ignore_ascii_case(&value)) {
                    companies.push(value);
                }
            }
        }
    }
    list.companies = companies.clone();
    let header = &usable[0].0.header;
    let (language, names) = (options.language, companies.join(", "));
    let message = match &options.company {
        Some(wanted) if companies.iter().any(|c| c.eq_ignore_ascii_case(wanted)) => return Some(wanted.clone()),
        Some(wanted) => text!(language, "list-unknown-company", company = wanted, companies = names),
        None if companies.len() > 1 => {
            text!(language, "list-choose-company", count = companies.len().to_string(), companies = names)
        }
        None => return None,
    };
    list.errors.push(LineMessage::at(header.line, &header.at, message));
    None
}

/// Entries so far, found again by name or identifier (a name listed twice is merged).
#[derive(Default)]
struct Merger {
    entries: Vec<ListedSubprocessor>,
    by_name: HashMap<String, usize>,
}

impl Merger {
    /// Adds `entry`, or merges it into the entry it repeats (with a warning in `language`).
    fn add(&mut self, entry: ListedSubprocessor, warnings: &mut Vec<LineMessage>, language: Language) {
        let key = crate::vendor::name_key(&entry.name);
        let found = self
            .by_name
            .get(&key)
            .copied()
            .or_else(|| self.entries.iter().position(|e| e.identifiers.shares_any(&entry.identifiers)));
        let Some(index) = found else {
            self.by_name.insert(key, self.entries.len());
            self.entries.push(entry);
            return;
        };
        let existing = &mut self.entries[index];
        let message = text!(language, "list-listed-twice", name = &entry.name, at = &existing.at);
        warnings.push(LineMessage::at(entry.line, &entry.at, message));
        let extend = |into: &mut Vec<String>, from: Vec<String>| {
            for value in from {
                if !into.contains(&value) {
                    into.push(value);
                }
            }
        };
        extend(&mut existing.purposes, entry.purposes);
        extend(&mut existing.locations, entry.locations);
        extend(&mut existing.regions, entry.regions);
        existing.readings.extend(entry.readings);
        let ids = &mut existing.identifiers;
        ids.lei = ids.lei.take().or(entry.identifiers.lei);
        ids.vat = ids.vat.take().or(entry.identifiers.vat);
        ids.duns = ids.duns.take().or(entry.identifiers.duns);
    }
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A name cell's name and, when it holds one, postal address: "Stripe, Inc.\n354 Oyster Point
/// Blvd\nUSA" or "AWS EMEA SARL, 38 Avenue John F. Kennedy, L-1855 Luxembourg".
fn split_name(cell: &str) -> (String, Option<String>) {
    let lines: Vec<&str> = cell.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if lines.len() > 1 {
        return (lines[0].to_owned(), Some(lines[1..].join("\n")));
    }
    let parts: Vec<&str> = cell.split(',').map(str::trim).collect();
    match parts.iter().skip(1).position(|p| p.chars().any(|c| c.is_ascii_digit())) {
        Some(at) if parts.len() >= 3 => (parts[..=at].join(", "), Some(parts[at + 1..].join(", "))),
        _ => (cell.to_owned(), None),
    }
}

/// What one row's cells say, in the list's language.
struct RowReading {
    language: Language,
    locations: Vec<String>,
    regions: Vec<String>,
    readings: Vec<CellReading>,
    errors: Vec<String>,
}

impl RowReading {
    fn new(language: Language) -> RowReading {
        RowReading { language, locations: Vec::new(), regions: Vec::new(), readings: Vec::new(), errors: Vec::new() }
    }

    fn location_cell(&mut self, column: &str, cell: &str) {
        let language = self.language;
        let mut became = Vec::new();
        for (part, place) in read_locations(cell) {
            became.extend(place.as_ref().map(|p| describe(p, language)));
            match place {
                Some(Place::Country(code)) => push_new(&mut self.locations, code),
                Some(Place::Region(region)) => push_new(&mut self.regions, region.to_owned()),
                None => self.errors.push(text!(language, "list-unknown-place", part = part, column = column)),
            }
        }
        self.readings.push(CellReading { column: column.to_owned(), text: collapse(cell), became: became.join(", ") });
    }

    fn address(&mut self, column: &str, address: &str, located: bool) {
        let language = self.language;
        let became = match address_country(address) {
            Some(code) if !located => {
                let place = describe(&Place::Country(code.clone()), language);
                push_new(&mut self.locations, code);
                text!(language, "list-from-address", place = place)
            }
            Some(code) => text!(language, "list-address-not-used", code = code),
            None => text!(language, "list-address-no-country"),
        };
        self.readings.push(CellReading { column: column.to_owned(), text: collapse(address), became });
    }
}

fn push_new(list: &mut Vec<String>, value: String) {
    if !list.contains(&value) {
        list.push(value);
    }
}

/// How the rows of a list are read: as what format, whose rows (`None`: every row), and the
/// language of the messages.
struct RowsRead<'a> {
    format: Format,
    company: Option<&'a str>,
    language: Language,
}

/// Reads one row into `list` (errors and warnings) and `merged` (the entry).
fn read_row(
    row: &Row,
    table: &Table,
    roles: &[ColumnRole],
    how: &RowsRead<'_>,
    list: &mut ParsedList,
    merged: &mut Merger,
) {
    let header = |i: usize| collapse(&table.header.cells.get(i).map_or("", String::as_str).replace("-\n", "-"));
    let cells = |role: ColumnRole| {
        roles
            .iter()
            .enumerate()
            .filter(move |(_, r)| **r == role)
            .filter_map(|(i, _)| row.cells.get(i).filter(|c| !c.trim().is_empty()).map(|c| (header(i), c.as_str())))
    };
    if let Some(company) = how.company
        && cells(ColumnRole::Company).any(|(_, c)| !collapse(c).eq_ignore_ascii_case(company))
    {
        return;
    }
    let language = how.language;
    let width = table.header.cells.len();
    if how.format == Format::Delimited && row.cells.iter().skip(width).any(|c| !c.trim().is_empty()) {
        let message =
            text!(language, "list-ragged-row", cells = row.cells.len(), header = &table.header.at, width = width);
        list.errors.push(LineMessage::at(row.line, &row.at, message));
        return;
    }
    let Some((name_column, name_cell)) = cells(ColumnRole::Name).next() else {
        if roles
            .iter()
            .zip(&row.cells)
            .any(|(r, c)| *r != ColumnRole::Ignored && *r != ColumnRole::Company && !c.trim().is_empty())
        {
            let column = roles.iter().position(|r| *r == ColumnRole::Name).map(header).unwrap_or_default();
            let message = text!(language, "list-name-empty", column = column);
            list.errors.push(LineMessage::at(row.line, &row.at, message));
        }
        return;
    };
    let mut reading = RowReading::new(language);
    let (written, embedded_address) = split_name(name_cell);
    let name = collapse(&strip_footnote(&written));
    if name != collapse(&written) {
        reading.readings.push(CellReading {
            column: name_column.clone(),
            text: collapse(&written),
            became: text!(language, "list-footnote-left-out", name = &name),
        });
    }
    for (column, cell) in cells(ColumnRole::Location) {
        reading.location_cell(&column, cell);
    }
    let located = !reading.locations.is_empty() || !reading.regions.is_empty();
    if let Some(address) = &embedded_address {
        reading.address(&name_column, address, located);
    }
    for (column, cell) in cells(ColumnRole::Address) {
        let located = !reading.locations.is_empty() || !reading.regions.is_empty();
        reading.address(&column, cell, located);
    }
    let identifier = |role: ColumnRole| {
        cells(role).next().map(|(_, c)| c.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase())
    };
    list.errors.extend(reading.errors.iter().map(|m| LineMessage::at(row.line, &row.at, m.clone())));
    let entry = ListedSubprocessor {
        line: row.line,
        at: row.at.clone(),
        name,
        purposes: cells(ColumnRole::Purpose).map(|(_, c)| collapse(c)).collect(),
        locations: reading.locations,
        regions: reading.regions,
        identifiers: Identifiers {
            lei: identifier(ColumnRole::Lei),
            vat: identifier(ColumnRole::Vat),
            duns: identifier(ColumnRole::Duns),
        },
        readings: reading.readings,
    };
    merged.add(entry, &mut list.warnings, language);
}

/// Keys a listed name may match an existing vendor by: case, punctuation and legal forms
/// ignored; with and without its parenthesised part ("Amazon Web Services Inc (AWS)").
pub fn match_keys(name: &str) -> BTreeSet<String> {
    const LEGAL: &[&str] = &[
        "inc",
        "llc",
        "ltd",
        "limited",
        "gmbh",
        "corp",
        "corporation",
        "co",
        "pbc",
        "plc",
        "bv",
        "sa",
        "ag",
        "pty",
        "ulc",
        "unlimited",
        "company",
        "aka",
        "the",
    ];
    let words = |text: &str| -> String {
        text.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !LEGAL.contains(w))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let outside: String = {
        let mut depth = 0;
        name.chars()
            .filter(|c| {
                match c {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                depth == 0 && *c != ')'
            })
            .collect()
    };
    // "Amazon Web Services (AWS)" is also "AWS".
    let inside: String = name
        .split_once('(')
        .and_then(|(_, rest)| rest.split_once(')'))
        .map(|(inner, _)| inner.to_owned())
        .unwrap_or_default();
    let inside = Some(words(&inside)).filter(|k| k.len() >= 3).unwrap_or_default();
    [words(&outside), words(name), inside].into_iter().filter(|k| !k.is_empty()).collect()
}

/// A category for a vendor created from a list, guessed from its stated purposes.
pub fn guess_category(purposes: &[String]) -> VendorCategory {
    let text = purposes.join(" ").to_lowercase();
    let rules: &[(&[&str], VendorCategory)] = &[
        (&["ai inference", "ai service", "machine learning", "model"], VendorCategory::AiMl),
        (
            &["hosting", "infrastructure", "content delivery", "cdn", "data hosting", "cloud"],
            VendorCategory::CloudHosting,
        ),
        (&["ticket", "support"], VendorCategory::CustomerSupport),
        (&["payment", "billing"], VendorCategory::Payments),
        (&["analytics", "analysis"], VendorCategory::Analytics),
        (&["authentication", "identity", "2 factor", "two-factor", "sso"], VendorCategory::Identity),
        (&["email", "marketing", "sms"], VendorCategory::Marketing),
        (&["crm"], VendorCategory::Crm),
    ];
    rules.iter().find(|(words, _)| words.iter().any(|w| text.contains(w))).map_or(VendorCategory::Other, |(_, c)| *c)
}

#[cfg(test)]
mod tests;
