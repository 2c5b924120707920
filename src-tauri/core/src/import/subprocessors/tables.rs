//! The tables in a published subprocessor list, whatever it was saved as: a web page (its
//! tables, or its lists when it has none, read with a real HTML parser), a markdown page, CSV or
//! tab-separated text, an .xlsx or .ods workbook (every sheet). Each row keeps where it is
//! ("line 12", "table 2, row 5", "sheet 'EU', row 7", in the language of the list's messages),
//! so a problem can be found.

use calamine::Reader;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use scraper::{ElementRef, Html, Node, Selector};

use super::LineMessage;
use super::columns::{ColumnRole, is_header};
use crate::locale::Language;
use crate::text::text;

/// How the list was published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Html,
    Markdown,
    Delimited,
    Workbook,
}

impl Format {
    /// What the format is called in `language`: `web page (HTML)`.
    pub fn label(self, language: Language) -> String {
        let id = match self {
            Format::Html => "list-format-html",
            Format::Markdown => "list-format-markdown",
            Format::Delimited => "list-format-delimited",
            Format::Workbook => "list-format-workbook",
        };
        text!(language, id)
    }
}

/// One row as found, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub line: u32,
    pub at: String,
    pub cells: Vec<String>,
    /// Marked up as a header (`<th>`, a markdown table's head).
    pub header: bool,
}

/// A table: its header row and the rows under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub header: Row,
    pub rows: Vec<Row>,
}

/// Rows that form one table or sheet, before headers are found.
pub type Grid = Vec<Row>;

/// The grids of a list and its format, each row's place named in `language`. `Err` when the
/// file cannot be read at all.
pub fn grids(bytes: &[u8], language: Language) -> Result<(Format, Vec<Grid>), LineMessage> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return workbook_grids(bytes, language).map(|g| (Format::Workbook, g));
    }
    let text = crate::import::utf8_text(bytes, crate::import::NOT_UTF8)
        .map_err(|e| LineMessage::about_file(language, e.0[0].in_language(language).message))?;
    let lower = text.to_ascii_lowercase();
    if ["<table", "<html", "<!doctype html", "<ul", "<dl", "<body"].iter().any(|t| lower.contains(t)) {
        return Ok((Format::Html, html_grids(text, language)));
    }
    if text.lines().any(|l| l.trim_start().starts_with('|')) {
        return Ok((Format::Markdown, markdown_grids(text, language)));
    }
    delimited_grid(text, language).map(|g| (Format::Delimited, vec![g]))
}

/// `line 12`, in `language`.
fn line_at(line: u32, language: Language) -> String {
    text!(language, "list-at-line", line = line)
}

/// Splits a grid into tables: a row that reads as a header starts one (the first, one marked
/// as a header, or one after an empty row); rows before the first header are prose.
pub fn tables(grid: &Grid, chosen: &dyn Fn(&str) -> Option<ColumnRole>) -> (Vec<Table>, Vec<Row>) {
    let filled = |row: &Row| row.cells.iter().filter(|c| !c.trim().is_empty()).count();
    let mut tables: Vec<Table> = Vec::new();
    let mut before = Vec::new();
    let mut previous_empty = true;
    let mut previous_line = None;
    for (index, row) in grid.iter().enumerate() {
        let empty = filled(row) == 0;
        // CSV readers drop blank lines: a gap in the line numbers is one.
        previous_empty |= previous_line.is_some_and(|line| row.line > line + 1);
        previous_line = Some(row.line);
        // A one-cell title ("Our subprocessors") is a header only over a one-column list.
        let next_width = grid[index + 1..].iter().map(filled).filter(|n| *n > 0).take(5).max().unwrap_or(0);
        let shaped = filled(row) >= 2 || next_width <= 1;
        let repeated = tables.last().is_some_and(|t| t.header.cells == row.cells);
        let starts = (tables.is_empty() || previous_empty || row.header || repeated)
            && !empty
            && shaped
            && is_header(&row.cells, chosen);
        if starts {
            tables.push(Table { header: row.clone(), rows: Vec::new() });
        } else if let Some(table) = tables.last_mut() {
            if !empty {
                table.rows.push(row.clone());
            }
        } else if !empty {
            before.push(row.clone());
        }
        previous_empty = empty;
    }
    if tables.is_empty() {
        // No header names a subprocessor: the first row is the header, for the mapping to fix.
        if let Some(first) = before.first().cloned() {
            return (vec![Table { header: first, rows: before[1..].to_vec() }], Vec::new());
        }
    }
    (tables, before)
}

// ----- web pages ---------------------------------------------------------------------------

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("a valid selector")
}

/// A web page's tables; when it has none, its lists under a heading that names subprocessors.
fn html_grids(text: &str, language: Language) -> Vec<Grid> {
    let page = Html::parse_document(text);
    let tables: Vec<Grid> = page
        .select(&selector("table"))
        .enumerate()
        .map(|(i, t)| html_table(t, i + 1, language))
        .filter(|g| !g.is_empty())
        .collect();
    if !tables.is_empty() {
        return tables;
    }
    html_lists(&page, language)
}

/// A table's rows, with cells spanning rows or columns repeated where they span.
fn html_table(table: ElementRef<'_>, number: usize, language: Language) -> Grid {
    let mut grid = Vec::new();
    // Per column: the text a cell above still covers, and for how many more rows.
    let mut spans: Vec<Option<(String, u32)>> = Vec::new();
    let rows_selector = selector("tr");
    let own_rows = table
        .select(&rows_selector)
        .filter(|tr| tr.ancestors().filter_map(ElementRef::wrap).find(|a| a.value().name() == "table") == Some(table));
    for (index, tr) in own_rows.enumerate() {
        let mut cells = Vec::new();
        let mut all_th = true;
        let mut column = 0;
        for cell in tr.children().filter_map(ElementRef::wrap).filter(|c| matches!(c.value().name(), "td" | "th")) {
            take_spans(&mut spans, &mut cells, &mut column);
            all_th &= cell.value().name() == "th";
            let text = element_text(cell);
            let number_of =
                |name: &str| cell.value().attr(name).and_then(|v| v.trim().parse::<u32>().ok()).unwrap_or(1);
            let (rows, columns) = (number_of("rowspan").clamp(1, 1000), number_of("colspan").clamp(1, 100));
            for _ in 0..columns {
                if rows > 1 {
                    if spans.len() <= column {
                        spans.resize(column + 1, None);
                    }
                    spans[column] = Some((text.clone(), rows - 1));
                }
                cells.push(text.clone());
                column += 1;
            }
        }
        take_spans(&mut spans, &mut cells, &mut column);
        let row = index as u32 + 1;
        let at = text!(language, "list-at-table-row", table = number, row = row);
        grid.push(Row { line: row, at, cells, header: all_th });
    }
    grid
}

/// Fills `cells` from `column` on with the cells spanning down into this row.
fn take_spans(spans: &mut [Option<(String, u32)>], cells: &mut Vec<String>, column: &mut usize) {
    while let Some(Some((text, left))) = spans.get_mut(*column) {
        cells.push(text.clone());
        *left -= 1;
        if *left == 0 {
            spans[*column] = None;
        }
        *column += 1;
    }
}

/// Lists (`ul`, `ol`, `dl`) under a heading that names subprocessors: one row per item, its
/// first part the name, the rest its purpose and locations (under headers in `language`).
fn html_lists(page: &Html, language: Language) -> Vec<Grid> {
    let mut grids = Vec::new();
    let mut heading_names_them = false;
    let mut number = 0;
    for element in page.select(&selector("h1, h2, h3, h4, h5, h6, ul, ol, dl")) {
        let name = element.value().name();
        if name.starts_with('h') {
            let key = super::columns::header_key(&element_text(element));
            heading_names_them = [
                "subprocessor",
                "sub processor",
                "third part",
                "unterauftrag",
                "sous traitant",
                "subencargado",
                "suboperador",
                "subprosesor",
                "vendor",
                "provider",
            ]
            .iter()
            .any(|w| key.contains(w));
            continue;
        }
        let nested = element
            .ancestors()
            .filter_map(ElementRef::wrap)
            .any(|a| matches!(a.value().name(), "ul" | "ol" | "dl" | "nav" | "header" | "footer" | "aside" | "menu"));
        if !heading_names_them || nested {
            continue;
        }
        number += 1;
        let items: Vec<String> = if name == "dl" {
            element
                .select(&selector("dt"))
                .map(|dt| {
                    let details: Vec<String> = dt
                        .next_siblings()
                        .filter_map(ElementRef::wrap)
                        .take_while(|e| e.value().name() == "dd")
                        .map(element_text)
                        .collect();
                    format!("{} – {}", element_text(dt), details.join(" – "))
                })
                .collect()
        } else {
            element
                .children()
                .filter_map(ElementRef::wrap)
                .filter(|li| li.value().name() == "li")
                .map(element_text)
                .collect()
        };
        let mut grid = vec![Row {
            line: 0,
            at: text!(language, "list-at-list", list = number),
            cells: ["list-header-name", "list-header-purpose", "list-header-location"]
                .into_iter()
                .map(|header| text!(language, header))
                .collect(),
            header: true,
        }];
        for (i, item) in items.iter().enumerate() {
            let (name, purpose, location) = split_item(item);
            let line = i as u32 + 1;
            grid.push(Row {
                line,
                at: text!(language, "list-at-list-item", list = number, item = line),
                cells: vec![name, purpose, location],
                header: false,
            });
        }
        grids.push(grid);
    }
    grids
}

/// "Amazon Web Services – Hosting – United States, Ireland" → name, purpose, locations; a
/// closing parenthesis of places ("Support tickets (USA)") is a location too.
fn split_item(item: &str) -> (String, String, String) {
    let mut flat = item.replace('\n', " – ").split_whitespace().collect::<Vec<_>>().join(" ");
    for separator in [" — ", " - ", ": ", " | "] {
        flat = flat.replace(separator, " – ");
    }
    let is_places = |text: &str| {
        let places = super::places::read_locations(text);
        !places.is_empty() && places.iter().all(|(_, p)| p.is_some())
    };
    let mut parts: Vec<String> = flat.split(" – ").map(|p| p.trim().to_owned()).filter(|p| !p.is_empty()).collect();
    if let Some(last) = parts.last().cloned()
        && parts.len() > 1
        && let Some((before, inner)) = last.strip_suffix(')').and_then(|l| l.rsplit_once(" ("))
        && is_places(inner)
    {
        let count = parts.len();
        parts[count - 1] = before.to_owned();
        parts.push(inner.to_owned());
    }
    let Some((name, rest)) = parts.split_first() else { return Default::default() };
    let (mut purpose, mut location) = (Vec::new(), Vec::new());
    for part in rest {
        if is_places(part) {
            location.push(part.as_str());
        } else {
            purpose.push(part.as_str());
        }
    }
    (name.clone(), purpose.join("; "), location.join(", "))
}

/// An element's text as a reader sees it: line breaks for `<br>` and blocks, footnote
/// superscripts, scripts and styles left out, spaces collapsed.
pub fn element_text(element: ElementRef<'_>) -> String {
    let mut out = String::new();
    collect_text(element, &mut out);
    out.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn collect_text(element: ElementRef<'_>, out: &mut String) {
    for child in element.children() {
        match child.value() {
            Node::Text(text) => out.push_str(text),
            Node::Element(e) => {
                let name = e.name();
                if matches!(name, "sup" | "script" | "style" | "template") {
                    continue;
                }
                let block = matches!(
                    name,
                    "br" | "p" | "div" | "li" | "tr" | "dt" | "dd" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
                );
                if block {
                    out.push('\n');
                }
                if let Some(inner) = ElementRef::wrap(child) {
                    collect_text(inner, out);
                }
                if block {
                    out.push('\n');
                }
            }
            _ => {}
        }
    }
}

/// Text that may hold markup or escaped characters (`<b>Name</b>`, `AT&amp;T`), as a reader
/// sees it; plain text is returned as it is.
pub fn strip_markup(text: &str) -> String {
    if !text.contains('<') && !text.contains('&') {
        return text.to_owned();
    }
    let fragment = Html::parse_fragment(text);
    element_text(fragment.root_element())
}

// ----- markdown ----------------------------------------------------------------------------

fn markdown_grids(text: &str, language: Language) -> Vec<Grid> {
    let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() as u32 + 1;
    let mut grids = Vec::new();
    let mut grid: Grid = Vec::new();
    let mut row = Row { line: 0, at: String::new(), cells: Vec::new(), header: false };
    let mut cell = String::new();
    let mut in_head = false;
    for (event, range) in Parser::new_ext(text, Options::ENABLE_TABLES).into_offset_iter() {
        match event {
            Event::Start(Tag::Table(_)) => grid.clear(),
            Event::Start(Tag::TableHead) => {
                in_head = true;
                let line = line_of(range.start);
                row = Row { line, at: line_at(line, language), cells: Vec::new(), header: true };
            }
            Event::Start(Tag::TableRow) => {
                let line = line_of(range.start);
                row = Row { line, at: line_at(line, language), cells: Vec::new(), header: in_head };
            }
            Event::Start(Tag::TableCell) => cell.clear(),
            Event::Text(t) | Event::Code(t) => cell.push_str(&t),
            Event::InlineHtml(html) | Event::Html(html) if html.to_ascii_lowercase().starts_with("<br") => {
                cell.push('\n')
            }
            Event::SoftBreak | Event::HardBreak => cell.push(' '),
            Event::End(TagEnd::TableCell) => row.cells.push(strip_markup(&cell)),
            Event::End(TagEnd::TableHead) => {
                in_head = false;
                grid.push(row.clone());
            }
            Event::End(TagEnd::TableRow) => grid.push(row.clone()),
            Event::End(TagEnd::Table) => grids.push(std::mem::take(&mut grid)),
            _ => {}
        }
    }
    grids
}

// ----- CSV and tab-separated text ----------------------------------------------------------

fn delimited_grid(text: &str, language: Language) -> Result<Grid, LineMessage> {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).take(20).collect();
    let count = |d: char| lines.iter().map(|l| l.matches(d).count()).max().unwrap_or(0);
    let delimiter = [b'\t', b';', b','].into_iter().max_by_key(|d| (count(char::from(*d)), *d == b',')).unwrap_or(b',');
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut grid = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(1, |p| p.line() as u32);
            let message = text!(language, "list-line-unreadable", problem = e.to_string());
            LineMessage::at(line, &line_at(line, language), message)
        })?;
        let line = record.position().map_or(0, |p| p.line() as u32);
        let cells = record.iter().map(|c| strip_markup(c).replace('\t', " ")).collect();
        grid.push(Row { line, at: line_at(line, language), cells, header: false });
    }
    Ok(grid)
}

// ----- workbooks ---------------------------------------------------------------------------

fn workbook_grids(bytes: &[u8], language: Language) -> Result<Vec<Grid>, LineMessage> {
    let mut book = crate::import::spreadsheet::open(bytes)
        .map_err(|e| LineMessage::about_file(language, e.0[0].in_language(language).message))?;
    let mut grids = Vec::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).map_err(|e| {
            let message = text!(language, "list-sheet-unreadable", problem = e.to_string());
            LineMessage::at(1, &text!(language, "list-at-sheet", sheet = name.as_str()), message)
        })?;
        let top = range.start().map_or(0, |s| s.0);
        let grid = range
            .rows()
            .enumerate()
            .map(|(i, cells)| {
                let line = top + i as u32 + 1;
                Row {
                    line,
                    at: text!(language, "list-at-sheet-row", sheet = name.as_str(), row = line),
                    cells: cells.iter().map(crate::import::spreadsheet::cell_text).collect(),
                    header: false,
                }
            })
            .collect();
        grids.push(grid);
    }
    Ok(grids)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_repeat_their_cell() {
        let page = "<table><tr><th>Name</th><th>Purpose</th></tr>\
                    <tr><td rowspan=2>AWS</td><td>Hosting</td></tr><tr><td>Storage</td></tr></table>";
        let (format, grids) = grids(page.as_bytes(), Language::En).unwrap();
        assert_eq!(format, Format::Html);
        let cells: Vec<Vec<String>> = grids[0].iter().map(|r| r.cells.clone()).collect();
        assert_eq!(cells[2], ["AWS", "Storage"]);
        assert!(grids[0][0].header);
    }

    #[test]
    fn cell_text_keeps_line_breaks_and_drops_footnotes() {
        let page =
            "<table><tr><td><a href='x'>Stripe, Inc.</a><sup>1</sup><br>354 Oyster Point Blvd<br>USA</td></tr></table>";
        let (_, grids) = grids(page.as_bytes(), Language::En).unwrap();
        assert_eq!(grids[0][0].cells[0], "Stripe, Inc.\n354 Oyster Point Blvd\nUSA");
        assert_eq!(strip_markup("AT&amp;T <b>Inc</b>"), "AT&T Inc");
    }

    #[test]
    fn list_items_split_into_name_purpose_and_place() {
        assert_eq!(
            split_item("Amazon Web Services – Cloud hosting – United States, Ireland"),
            ("Amazon Web Services".into(), "Cloud hosting".into(), "United States, Ireland".into())
        );
        assert_eq!(
            split_item("Zendesk: support tickets (USA)"),
            ("Zendesk".into(), "support tickets".into(), "USA".into())
        );
    }
}
