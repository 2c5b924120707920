//! Reading a vendor's published subprocessor list: a markdown page with tables, a CSV file,
//! or rows pasted from a spreadsheet (TSV). Columns are found by their headers; several
//! locations in one cell are split; a name listed twice is merged. Pure: text in, entries out.

use std::collections::{BTreeSet, HashMap};

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::vendor::VendorCategory;

/// A message about one line of the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LineMessage {
    /// 1-based line in the pasted or imported text.
    pub line: u32,
    pub message: String,
}

/// One subprocessor as the list states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ListedSubprocessor {
    pub line: u32,
    pub name: String,
    /// Purposes or descriptions of processing, in list order.
    pub purposes: Vec<String>,
    /// ISO 3166 codes of the locations of processing.
    pub locations: Vec<String>,
}

/// A parsed list: its entries and what was worth a warning.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ParsedList {
    pub entries: Vec<ListedSubprocessor>,
    pub warnings: Vec<LineMessage>,
}

/// Why a list cannot be imported; every problem names its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListErrors(pub Vec<LineMessage>);

/// Locations that are regions rather than countries: kept out of the country list, noted.
const REGIONS: &[&str] =
    &["global", "worldwide", "eu", "eea", "europe", "european union", "apac", "emea", "various", "multiple"];

/// The most lines a list may have: published lists run to hundreds of entries.
pub const MAX_LIST_LINES: usize = 20_000;

/// Reads a list in any of the supported formats.
pub fn parse_list(text: &str) -> Result<ParsedList, ListErrors> {
    if text.lines().nth(MAX_LIST_LINES).is_some() {
        return Err(ListErrors(vec![LineMessage {
            line: MAX_LIST_LINES as u32 + 1,
            message: format!(
                "The list has more than {MAX_LIST_LINES} lines; a subprocessor list is far shorter. Check the file."
            ),
        }]));
    }
    let tables = if text.lines().any(|l| l.trim_start().starts_with('|')) {
        markdown_tables(text)
    } else {
        delimited_table(text)?
    };
    if tables.is_empty() {
        return Err(ListErrors(vec![LineMessage {
            line: 1,
            message: "No table found: expected a markdown table, CSV or tab-separated rows with a header.".to_owned(),
        }]));
    }
    let mut list = ParsedList::default();
    let mut by_name = HashMap::new();
    let mut errors = Vec::new();
    let mut usable = 0;
    for table in &tables {
        let Some(columns) = Columns::find(&table.header) else {
            list.warnings.push(LineMessage {
                line: table.header_line,
                message: "Table skipped: no column names the subprocessor.".to_owned(),
            });
            continue;
        };
        usable += 1;
        for row in &table.rows {
            read_row(row, &columns, &mut list, &mut by_name, &mut errors);
        }
    }
    if usable == 0 {
        let line = tables[0].header_line;
        errors.push(LineMessage {
            line,
            message: "No column names the subprocessor (expected a header such as \"Name\" or \"Subprocessor\")."
                .to_owned(),
        });
    }
    if list.entries.is_empty() && errors.is_empty() {
        errors.push(LineMessage { line: 1, message: "The list has no subprocessors.".to_owned() });
    }
    if errors.is_empty() { Ok(list) } else { Err(ListErrors(errors)) }
}

/// A table: its header cells and rows, each cell with the line it is on.
struct Table {
    header_line: u32,
    header: Vec<String>,
    rows: Vec<(u32, Vec<String>)>,
}

/// The columns a table's header names.
struct Columns {
    name: usize,
    purpose: Option<usize>,
    location: Option<usize>,
}

impl Columns {
    fn find(header: &[String]) -> Option<Columns> {
        let lower: Vec<String> = header.iter().map(|h| h.to_lowercase()).collect();
        let position = |pred: &dyn Fn(&str) -> bool| lower.iter().position(|h| pred(h));
        let name = position(&|h| {
            h.contains("subprocessor")
                || h.contains("name")
                || h.contains("entity")
                || h.contains("vendor")
                || h.contains("company")
                || h.contains("provider")
        })?;
        let location = position(&|h| h.contains("location") && h.contains("processing")).or_else(|| {
            position(&|h| {
                (h.contains("location") || h.contains("countr") || h.contains("region"))
                    && !h.contains("corporate")
                    && !h.contains("headquarter")
            })
        });
        let purpose = position(&|h| {
            (h.contains("description")
                || h.contains("purpose")
                || h.contains("processing")
                || h.contains("service")
                || h.contains("function")
                || h.contains("activit"))
                && !h.contains("location")
                && !h.contains("name")
        });
        Some(Columns { name, purpose, location })
    }
}

fn clean(cell: &str) -> String {
    cell.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads one row into `list`; `by_name` finds an entry by its name key (a name listed twice is
/// merged).
fn read_row(
    row: &(u32, Vec<String>),
    columns: &Columns,
    list: &mut ParsedList,
    by_name: &mut HashMap<String, usize>,
    errors: &mut Vec<LineMessage>,
) {
    let (line, cells) = row;
    if cells.iter().all(|c| c.trim().is_empty()) {
        return;
    }
    let name = clean(cells.get(columns.name).map_or("", String::as_str));
    if name.is_empty() {
        errors.push(LineMessage { line: *line, message: "The subprocessor's name is empty.".to_owned() });
        return;
    }
    let purpose = columns.purpose.and_then(|i| cells.get(i)).map(|c| clean(c)).filter(|p| !p.is_empty());
    let mut locations = Vec::new();
    if let Some(cell) = columns.location.and_then(|i| cells.get(i)) {
        for part in cell.split([',', ';', '/', '\n']).map(clean).filter(|p| !p.is_empty()) {
            match country_code(&part) {
                Some(code) => locations.push(code),
                None if REGIONS.contains(&part.to_lowercase().as_str()) => list.warnings.push(LineMessage {
                    line: *line,
                    message: format!("'{part}' is a region, not a country; not recorded as a location."),
                }),
                None => errors.push(LineMessage {
                    line: *line,
                    message: format!("'{part}' is not a country this app recognises."),
                }),
            }
        }
    }
    let key = crate::vendor::name_key(&name);
    match by_name.get(&key).map(|&index| &mut list.entries[index]) {
        Some(existing) => {
            list.warnings.push(LineMessage {
                line: *line,
                message: format!("{name} is listed twice (also line {}); the entries were merged.", existing.line),
            });
            existing.purposes.extend(purpose.filter(|p| !existing.purposes.contains(p)));
            for code in locations {
                if !existing.locations.contains(&code) {
                    existing.locations.push(code);
                }
            }
        }
        None => {
            let mut unique: Vec<String> = Vec::new();
            locations.into_iter().for_each(|c| {
                if !unique.contains(&c) {
                    unique.push(c)
                }
            });
            by_name.insert(key, list.entries.len());
            list.entries.push(ListedSubprocessor {
                line: *line,
                name,
                purposes: purpose.into_iter().collect(),
                locations: unique,
            });
        }
    }
}

/// The ISO 3166 alpha-2 code of a country name, alias or code ("United States", "UK").
pub fn country_code(text: &str) -> Option<String> {
    let letters: String = text.chars().filter(|c| c.is_alphabetic()).collect();
    let extra = match letters.to_lowercase().as_str() {
        "uk" | "england" | "scotland" | "wales" => Some("GB"),
        "usa" | "us" => Some("US"),
        "korea" => Some("KR"),
        "holland" => Some("NL"),
        _ => None,
    };
    if let Some(code) = extra {
        return Some(code.to_owned());
    }
    [letters.clone(), format!("the{letters}")]
        .iter()
        .find_map(|candidate| candidate.parse::<celes::Country>().ok())
        .map(|c| c.alpha2.to_owned())
}

/// Tables of a markdown page, with line numbers.
fn markdown_tables(text: &str) -> Vec<Table> {
    let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() as u32 + 1;
    let mut tables = Vec::new();
    let mut current: Option<Table> = None;
    let mut row: Vec<String> = Vec::new();
    let mut row_line = 0;
    let mut cell = String::new();
    let mut in_head = false;
    for (event, range) in Parser::new_ext(text, Options::ENABLE_TABLES).into_offset_iter() {
        match event {
            Event::Start(Tag::Table(_)) => {
                current = Some(Table { header_line: line_of(range.start), header: Vec::new(), rows: Vec::new() })
            }
            Event::Start(Tag::TableHead) => in_head = true,
            Event::Start(Tag::TableRow) => {
                row.clear();
                row_line = line_of(range.start);
            }
            Event::Start(Tag::TableCell) => cell.clear(),
            Event::Text(t) | Event::Code(t) => cell.push_str(&t),
            Event::SoftBreak | Event::HardBreak => cell.push(' '),
            Event::End(TagEnd::TableCell) => {
                if in_head {
                    if let Some(t) = current.as_mut() {
                        t.header.push(clean(&cell));
                    }
                } else {
                    row.push(cell.clone());
                }
            }
            Event::End(TagEnd::TableHead) => in_head = false,
            Event::End(TagEnd::TableRow) => {
                if let Some(t) = current.as_mut() {
                    t.rows.push((row_line, row.clone()));
                }
            }
            Event::End(TagEnd::Table) => tables.extend(current.take()),
            _ => {}
        }
    }
    tables
}

/// One table from CSV or tab-separated text; the first non-empty line is the header.
fn delimited_table(text: &str) -> Result<Vec<Table>, ListErrors> {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let delimiter = if first.contains('\t') {
        b'\t'
    } else if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(1, |p| p.line() as u32);
            ListErrors(vec![LineMessage { line, message: format!("Cannot read this line: {e}") }])
        })?;
        let line = record.position().map_or(0, |p| p.line() as u32);
        rows.push((line, record.iter().map(str::to_owned).collect::<Vec<_>>()));
    }
    let Some(start) = rows.iter().position(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty())) else {
        return Ok(Vec::new());
    };
    let (header_line, header) = rows[start].clone();
    let width = header.len();
    let body: Vec<(u32, Vec<String>)> = rows.into_iter().skip(start + 1).collect();
    if let Some((line, cells)) =
        body.iter().find(|(_, cells)| cells.len() > width && cells[width..].iter().any(|c| !c.trim().is_empty()))
    {
        return Err(ListErrors(vec![LineMessage {
            line: *line,
            message: format!("This row has {} cells but the header has {width}.", cells.len()),
        }]));
    }
    Ok(vec![Table { header_line, header: header.iter().map(|h| clean(h)).collect(), rows: body }])
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
    [words(&outside), words(name)].into_iter().filter(|k| !k.is_empty()).collect()
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
mod tests {
    use super::*;

    #[test]
    fn country_names_aliases_and_codes() {
        for (text, code) in [
            ("United States", "US"),
            ("Germany", "DE"),
            ("Netherlands", "NL"),
            ("United Kingdom", "GB"),
            ("UK", "GB"),
            ("Japan", "JP"),
            ("IE", "IE"),
            ("Indonesia", "ID"),
        ] {
            assert_eq!(country_code(text).as_deref(), Some(code), "{text}");
        }
        assert_eq!(country_code("Atlantis"), None);
    }

    #[test]
    fn names_match_without_legal_forms_and_parentheses() {
        assert!(match_keys("Amazon Web Services Inc (AWS)").contains("amazon web services"));
        assert!(match_keys("Twilio     (SendGrid)").contains("twilio sendgrid"));
        assert!(match_keys("Elasticsearch, Inc.").contains("elasticsearch"));
        assert!(match_keys("Cloudflare").contains("cloudflare"));
    }

    #[test]
    fn csv_and_tsv_lists_are_read_by_header() {
        let csv = "Vendor,Purpose,Country\nAcme Corp,Hosting,\"Germany, Ireland\"\nBeta LLC,Email delivery,US\n";
        let list = parse_list(csv).unwrap();
        assert_eq!(list.entries.len(), 2);
        assert_eq!(list.entries[0].locations, ["DE", "IE"]);
        assert_eq!(list.entries[1].line, 3);
        let tsv = "Name\tLocation\nAcme\tJapan\n";
        assert_eq!(parse_list(tsv).unwrap().entries[0].locations, ["JP"]);
    }

    #[test]
    fn bad_lists_name_the_line() {
        let unknown = "Name,Location\nAcme,Germany\nBeta,Atlantis\n";
        assert_eq!(
            parse_list(unknown).unwrap_err().0,
            [LineMessage { line: 3, message: "'Atlantis' is not a country this app recognises.".into() }]
        );
        let no_name = "Name,Location\nAcme,Germany\n,Japan\n";
        assert_eq!(parse_list(no_name).unwrap_err().0[0].line, 3);
        let no_name_column = "Colour,Location\nRed,Germany\n";
        assert!(parse_list(no_name_column).unwrap_err().0[0].message.contains("No column names the subprocessor"));
        let ragged = "Name,Location\nAcme,Germany,extra cell\n";
        assert_eq!(parse_list(ragged).unwrap_err().0[0].line, 2);
        assert!(parse_list("").is_err());
        assert!(parse_list("just some prose\nwithout any table").is_err());
    }

    #[test]
    fn categories_are_guessed_from_purposes() {
        assert_eq!(guess_category(&["Cloud Hosted Infrastructure, Data Hosting".into()]), VendorCategory::CloudHosting);
        assert_eq!(guess_category(&["AI Inference and AI Services".into()]), VendorCategory::AiMl);
        assert_eq!(guess_category(&["Customer support ticketing system".into()]), VendorCategory::CustomerSupport);
        assert_eq!(guess_category(&["Legal advice".into()]), VendorCategory::Other);
    }
}
