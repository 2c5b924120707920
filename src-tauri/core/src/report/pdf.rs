//! Lays a [`Report`] out as a PDF: an embedded, subset DejaVu Sans (Unicode), a running header
//! with the register and the generation time in UTC and local time, "Page x of y" on every page,
//! table headers repeated across page breaks, wrapped text, vector charts, an outline entry per
//! section, document metadata, and a closing attestation page. The output is a pure function of
//! the report: no clock, no random identifiers.

use printpdf::{
    Color, FontId, Line, LinePoint, Op, PaintMode, ParsedFont, PdfDocument, PdfFont, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rect, Rgb, TextItem, TextMatrix, WindingOrder,
};

use super::Attestation;
use super::doc::{Bar, Block, Column, Network, Report, Table};
use super::pdfa::{ArchiveMetadata, make_archival};
use crate::error::{CoreError, Result};
use crate::locale::Language;
use crate::risk::rubric::Level;
use crate::text::text;
use crate::work::Work;

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");
/// The Info-dictionary key holding the attestation as JSON.
const ATTESTATION_KEY: &[u8] = b"VendorRiskAttestation";

/// A4, in points.
const A4_SHORT: f32 = 595.28;
const A4_LONG: f32 = 841.89;
const MARGIN: f32 = 42.0;
const HEADER_BAND: f32 = 30.0;
const FOOTER_BAND: f32 = 26.0;

const TEXT: (f32, f32, f32) = (0.11, 0.14, 0.19);
const MUTED: (f32, f32, f32) = (0.36, 0.42, 0.49);
const RULE: (f32, f32, f32) = (0.80, 0.83, 0.87);
const HEADER_FILL: (f32, f32, f32) = (0.91, 0.93, 0.96);
const STRIPE: (f32, f32, f32) = (0.97, 0.98, 0.99);
const ACCENT: (f32, f32, f32) = (0.12, 0.37, 0.65);

/// Renders `report` with its attestation, telling `progress` as each section is laid out;
/// returns the PDF and its page count.
pub fn render(report: &Report, attestation: &Attestation, work: &mut Work<'_>) -> Result<(Vec<u8>, usize)> {
    let fonts = Fonts::load()?;
    let landscape = report.kind == "register";
    let (width, height) = if landscape { (A4_LONG, A4_SHORT) } else { (A4_SHORT, A4_LONG) };
    let mut layout = Layout::new(&fonts, width, height, report.language);
    layout.cover(report);
    let total = report.sections.len() as u32 + 2;
    for (done, section) in report.sections.iter().enumerate() {
        let step = text!(report.language, "report-laying-out", section = section.title.clone());
        work.step(step, done as u32 + 1, total)?;
        layout.section(&section.title, &section.blocks);
        for (i, block) in section.blocks.iter().enumerate() {
            layout.block(block, section.blocks.get(i + 1), work)?;
        }
    }
    layout.attestation(attestation);
    let pages = layout.finish(report);
    let count = pages.len();
    let mut doc = PdfDocument::new(&report.title);
    doc.resources.fonts.map.insert(FontId(Fonts::REGULAR_ID.into()), PdfFont::new(fonts.regular.clone()));
    doc.resources.fonts.map.insert(FontId(Fonts::BOLD_ID.into()), PdfFont::new(fonts.bold.clone()));
    doc.with_pages(pages.into_iter().map(|ops| PdfPage::new(Pt(width).into(), Pt(height).into(), ops)).collect());
    for (title, page) in &layout.outline {
        doc.add_bookmark(title, *page);
    }
    work.step(text!(report.language, "report-writing", pages = count), total - 1, total)?;
    Ok((save(&doc, report, attestation)?, count))
}

/// Reads the attestation a report carries in its Info dictionary.
pub fn read_attestation(pdf: &[u8]) -> Option<Attestation> {
    let doc = lopdf::Document::load_mem(pdf).ok()?;
    let info = doc.trailer.get(b"Info").ok()?.as_reference().ok()?;
    let dict = doc.get_object(info).ok()?.as_dict().ok()?;
    let lopdf::Object::String(bytes, _) = dict.get(ATTESTATION_KEY).ok()? else { return None };
    serde_json::from_slice(bytes).ok()
}

/// Saves as PDF/A-2b, with a document ID taken from the report's data hash (printpdf's is
/// random) and the attestation in the Info dictionary.
fn save(doc: &PdfDocument, report: &Report, attestation: &Attestation) -> Result<Vec<u8>> {
    let options = PdfSaveOptions { optimize: true, subset_fonts: true, secure: true, image_optimization: None };
    let mut warnings = Vec::new();
    let mut pdf = doc.to_lopdf_document(&options, &mut warnings);
    let id = lopdf::Object::String(attestation.data_sha256.as_bytes()[..32].to_vec(), lopdf::StringFormat::Literal);
    pdf.trailer.set("ID", lopdf::Object::Array(vec![id.clone(), id]));
    let json = serde_json::to_vec(attestation)
        .map_err(|e| CoreError::Io(std::io::Error::other(format!("attestation: {e}"))))?;
    let info = pdf.trailer.get(b"Info").and_then(lopdf::Object::as_reference).ok();
    if let Some(dict) = info.and_then(|id| pdf.get_object_mut(id).ok()).and_then(|o| o.as_dict_mut().ok()) {
        dict.set(ATTESTATION_KEY, lopdf::Object::String(json, lopdf::StringFormat::Literal));
    }
    let keywords = ["vendor risk".to_owned(), "third-party risk".to_owned(), report.kind.clone()];
    let producer = format!("{} (printpdf)", super::GENERATOR);
    let meta = ArchiveMetadata {
        title: &report.title,
        author: report.organisation.as_deref().unwrap_or("Vendor Risk Register"),
        subject: &report.subject,
        keywords: &keywords,
        creator: super::GENERATOR,
        producer: &producer,
        created: report.generated_at,
    };
    make_archival(&mut pdf, &meta, &[ATTESTATION_KEY]);
    pdf.compress();
    let mut out = Vec::new();
    pdf.save_to(&mut out).map_err(|e| CoreError::Io(std::io::Error::other(format!("writing the PDF: {e}"))))?;
    Ok(out)
}

/// The two embedded faces and their metrics.
struct Fonts {
    regular: ParsedFont,
    bold: ParsedFont,
}

impl Fonts {
    /// Resource names; their first six letters become the subset tag (`VRRREG+DejaVuSans`).
    const REGULAR_ID: &'static str = "VRRREG";
    const BOLD_ID: &'static str = "VRRBLD";

    fn load() -> Result<Fonts> {
        let parse = |bytes: &[u8]| {
            ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
                .ok_or_else(|| CoreError::Io(std::io::Error::other("the embedded report font does not parse")))
        };
        Ok(Fonts { regular: parse(REGULAR)?, bold: parse(BOLD)? })
    }

    fn face(&self, bold: bool) -> &ParsedFont {
        if bold { &self.bold } else { &self.regular }
    }

    /// Width of `text` at `size`, in points.
    fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let face = self.face(bold);
        let units = f32::from(face.font_metrics.units_per_em);
        let advance: f32 = text
            .chars()
            .map(|c| face.lookup_glyph_index(c as u32).map_or(0.0, |g| f32::from(face.get_horizontal_advance(g))))
            .sum();
        advance * size / units
    }

    /// `text` broken into lines no wider than `width`: at spaces, or inside a word too long for
    /// a line; explicit line breaks are kept.
    fn wrap(&self, text: &str, width: f32, size: f32, bold: bool) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for word in paragraph.split(' ') {
                let candidate = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
                if self.width(&candidate, size, bold) <= width {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                line = self.break_word(word, width, size, bold, &mut lines);
            }
            lines.push(line);
        }
        lines
    }

    /// `text` cut to `width` with an ellipsis, for one-line places (the running header).
    fn fit(&self, text: &str, width: f32, size: f32, bold: bool) -> String {
        if self.width(text, size, bold) <= width {
            return text.to_owned();
        }
        let mut cut: String = text.to_owned();
        while !cut.is_empty() && self.width(&format!("{cut}…"), size, bold) > width {
            cut.pop();
        }
        format!("{}…", cut.trim_end())
    }

    /// Pushes the full-width pieces of a word too long for a line; returns the rest.
    fn break_word(&self, word: &str, width: f32, size: f32, bold: bool, lines: &mut Vec<String>) -> String {
        let mut piece = String::new();
        for c in word.chars() {
            piece.push(c);
            if self.width(&piece, size, bold) > width && piece.chars().count() > 1 {
                piece.pop();
                lines.push(std::mem::take(&mut piece));
                piece.push(c);
            }
        }
        piece
    }
}

fn color((r, g, b): (f32, f32, f32)) -> Color {
    Color::Rgb(Rgb { r, g, b, icc_profile: None })
}

/// The fill colour of a risk level (the app's heat-map colours).
fn level_color(level: Level) -> (f32, f32, f32) {
    match level {
        Level::VeryLow => (0.18, 0.49, 0.20),
        Level::Low => (0.49, 0.70, 0.26),
        Level::Moderate => (0.98, 0.66, 0.15),
        Level::High => (0.94, 0.42, 0.0),
        Level::VeryHigh => (0.78, 0.16, 0.16),
    }
}

/// The least height a block needs on a page before it may start there.
fn min_height(block: &Block) -> f32 {
    match block {
        Block::Table(table) if table.rows.is_empty() => 16.0,
        Block::Table(_) => 60.0,
        Block::HeatMap(_) => 230.0,
        Block::Bars(bars) => 16.0 * bars.len().min(6) as f32,
        Block::Network(network) => 24.0 * network.nodes.len().min(8) as f32 + 30.0,
        Block::Facts(_) | Block::Heading(_) | Block::Paragraph(_) => 30.0,
    }
}

/// Pages of drawing operations, filled top to bottom.
struct Layout<'a> {
    fonts: &'a Fonts,
    width: f32,
    height: f32,
    pages: Vec<Vec<Op>>,
    ops: Vec<Op>,
    /// The baseline position: distance from the page's bottom edge.
    y: f32,
    /// Section titles and their 1-based pages.
    outline: Vec<(String, usize)>,
    /// Inside BT … ET, with this face (bold?) and size set: text runs share one text object.
    text_open: Option<(bool, f32)>,
    /// The fill colour last set on this page.
    fill: Option<(f32, f32, f32)>,
    /// The language of the texts the layout adds (heat-map axes, attestation, footer).
    language: Language,
}

impl<'a> Layout<'a> {
    fn new(fonts: &'a Fonts, width: f32, height: f32, language: Language) -> Layout<'a> {
        Layout {
            fonts,
            width,
            height,
            pages: Vec::new(),
            ops: Vec::new(),
            y: height - MARGIN - HEADER_BAND,
            outline: Vec::new(),
            text_open: None,
            fill: None,
            language,
        }
    }

    fn content_width(&self) -> f32 {
        self.width - 2.0 * MARGIN
    }

    fn bottom(&self) -> f32 {
        MARGIN + FOOTER_BAND
    }

    fn page_number(&self) -> usize {
        self.pages.len() + 1
    }

    fn new_page(&mut self) {
        let ops = self.take_ops();
        self.pages.push(ops);
        self.y = self.height - MARGIN - HEADER_BAND;
    }

    /// The page's operations so far, text object closed; drawing state starts afresh.
    fn take_ops(&mut self) -> Vec<Op> {
        self.end_text();
        self.fill = None;
        std::mem::take(&mut self.ops)
    }

    fn end_text(&mut self) {
        if self.text_open.take().is_some() {
            self.ops.push(Op::EndTextSection);
        }
    }

    fn set_fill(&mut self, rgb: (f32, f32, f32)) {
        if self.fill != Some(rgb) {
            self.ops.push(Op::SetFillColor { col: color(rgb) });
            self.fill = Some(rgb);
        }
    }

    /// Starts a new page unless `needed` points fit below the cursor.
    fn ensure(&mut self, needed: f32) {
        if self.y - needed < self.bottom() {
            self.new_page();
        }
    }

    /// One run of text.
    fn text(&mut self, x: f32, y: f32, text: &str, size: f32, bold: bool, rgb: (f32, f32, f32)) {
        self.text_items(x, y, vec![TextItem::Text(text.to_owned())], size, bold, rgb);
    }

    /// A run of text pieces and moves; consecutive runs share a text object, and the font and
    /// colour are set only when they change (keeps 10,000-vendor reports small in memory).
    fn text_items(&mut self, x: f32, y: f32, items: Vec<TextItem>, size: f32, bold: bool, rgb: (f32, f32, f32)) {
        if self.text_open.is_none() {
            self.ops.push(Op::StartTextSection);
        }
        self.set_fill(rgb);
        if self.text_open != Some((bold, size)) {
            let id = if bold { Fonts::BOLD_ID } else { Fonts::REGULAR_ID };
            self.ops.push(Op::SetFont { font: PdfFontHandle::External(FontId(id.into())), size: Pt(size) });
            self.text_open = Some((bold, size));
        }
        self.ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt(x), Pt(y)) });
        self.ops.push(Op::ShowText { items });
    }

    fn rect(&mut self, x: f32, y: f32, width: f32, height: f32, rgb: (f32, f32, f32)) {
        self.end_text();
        self.set_fill(rgb);
        self.ops.push(Op::DrawRectangle {
            rectangle: Rect {
                x: Pt(x),
                y: Pt(y),
                width: Pt(width),
                height: Pt(height),
                mode: Some(PaintMode::Fill),
                winding_order: Some(WindingOrder::NonZero),
            },
        });
    }

    fn line(&mut self, points: &[(f32, f32)], thickness: f32, rgb: (f32, f32, f32)) {
        self.end_text();
        self.ops.push(Op::SetOutlineColor { col: color(rgb) });
        self.ops.push(Op::SetOutlineThickness { pt: Pt(thickness) });
        self.ops.push(Op::DrawLine {
            line: Line {
                points: points
                    .iter()
                    .map(|(x, y)| LinePoint { p: Point { x: Pt(*x), y: Pt(*y) }, bezier: false })
                    .collect(),
                is_closed: false,
            },
        });
    }

    fn triangle(&mut self, points: [(f32, f32); 3], rgb: (f32, f32, f32)) {
        self.end_text();
        self.set_fill(rgb);
        self.ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![PolygonRing {
                    points: points
                        .iter()
                        .map(|(x, y)| LinePoint { p: Point { x: Pt(*x), y: Pt(*y) }, bezier: false })
                        .collect(),
                }],
                mode: PaintMode::Fill,
                winding_order: WindingOrder::NonZero,
            },
        });
    }

    /// Wrapped text at the cursor; breaks pages between lines.
    fn paragraph(&mut self, text: &str, size: f32, bold: bool, rgb: (f32, f32, f32)) {
        let leading = size * 1.4;
        for line in self.fonts.wrap(text, self.content_width(), size, bold) {
            self.ensure(leading);
            self.y -= leading;
            self.text(MARGIN, self.y, &line, size, bold, rgb);
        }
    }

    fn cover(&mut self, report: &Report) {
        self.y -= 4.0;
        self.paragraph(&report.title, 22.0, true, TEXT);
        self.y -= 8.0;
        self.paragraph(&report.subject, 12.0, false, MUTED);
        self.y -= 6.0;
        let l = report.language;
        let mut facts = Vec::new();
        if let Some(org) = &report.organisation {
            facts.push((text!(l, "report-organisation"), org.clone()));
        }
        facts.push((text!(l, "report-register"), report.register_name.clone()));
        facts.push((text!(l, "report-generated"), times(report)));
        facts.push((text!(l, "report-generator"), super::GENERATOR.to_owned()));
        self.facts(&facts);
        self.y -= 8.0;
        self.line(&[(MARGIN, self.y), (self.width - MARGIN, self.y)], 0.8, ACCENT);
    }

    /// A section's title, on the page of the section's first block (and of the block after
    /// it, when that first block is a heading).
    fn section(&mut self, title: &str, blocks: &[Block]) {
        let lead = match blocks {
            [Block::Heading(_), next, ..] => min_height(&blocks[0]) + min_height(next),
            [first, ..] => min_height(first),
            [] => 0.0,
        };
        self.ensure(f32::max(80.0, 40.0 + lead));
        self.y -= 26.0;
        self.outline.push((title.to_owned(), self.page_number()));
        self.text(MARGIN, self.y, title, 15.0, true, ACCENT);
        self.y -= 6.0;
        self.line(&[(MARGIN, self.y), (self.width - MARGIN, self.y)], 0.5, RULE);
    }

    /// Lays out one block (a heading stays on the page of the block after it); stops with
    /// [`crate::CoreError::Cancelled`] once `work` is cancelled.
    fn block(&mut self, block: &Block, next: Option<&Block>, work: &Work<'_>) -> Result<()> {
        work.check()?;
        match block {
            Block::Heading(text) => {
                self.ensure(30.0 + next.map_or(0.0, min_height));
                self.y -= 8.0;
                self.paragraph(text, 11.0, true, TEXT);
                self.y -= 2.0;
            }
            Block::Paragraph(text) => {
                self.y -= 3.0;
                self.paragraph(text, 9.0, false, TEXT);
                self.y -= 3.0;
            }
            Block::Facts(facts) => self.facts(facts),
            Block::Table(table) => self.table(table, work)?,
            Block::HeatMap(cells) => self.heat_map(cells),
            Block::Bars(bars) => self.bars(bars),
            Block::Network(network) => self.network(network),
        }
        Ok(())
    }

    /// Label–value pairs: labels bold on the left, values wrapped on the right.
    fn facts(&mut self, facts: &[(String, String)]) {
        let (size, leading) = (9.0, 12.6);
        let label_width = (self.content_width() * 0.28).min(170.0);
        let value_width = self.content_width() - label_width - 8.0;
        for (label, value) in facts {
            let lines = self.fonts.wrap(value, value_width, size, false);
            let labels = self.fonts.wrap(label, label_width - 6.0, size, true);
            for i in 0..lines.len().max(labels.len()) {
                self.ensure(leading);
                self.y -= leading;
                if let Some(l) = labels.get(i) {
                    self.text(MARGIN, self.y, l, size, true, MUTED);
                }
                if let Some(v) = lines.get(i) {
                    self.text(MARGIN + label_width, self.y, v, size, false, TEXT);
                }
            }
            self.y -= 2.0;
        }
    }

    fn table(&mut self, table: &Table, work: &Work<'_>) -> Result<()> {
        /// Rows laid out between two looks at whether the work was cancelled.
        const ROWS_PER_CHECK: usize = 100;
        if table.rows.is_empty() {
            if !table.empty.is_empty() {
                self.paragraph(&table.empty, 9.0, false, MUTED);
            }
            return Ok(());
        }
        let (size, leading, pad) = (7.6, 10.0, 3.0);
        let widths = self.column_widths(&table.columns, size, pad);
        let header: Vec<Vec<String>> = table
            .columns
            .iter()
            .zip(&widths)
            .map(|(c, w)| self.fonts.wrap(&c.title, w - 2.0 * pad, size, true))
            .collect();
        // The header never stands alone at a page's foot: it goes with the first row's first lines.
        let first_row = table.rows.first().map_or(1, |row| {
            row.iter()
                .zip(&widths)
                .map(|(text, w)| self.fonts.wrap(text, w - 2.0 * pad, size, false).len())
                .max()
                .unwrap_or(1)
        });
        let header_lines = header.iter().map(Vec::len).max().unwrap_or(1);
        self.ensure((header_lines + first_row.min(3)) as f32 * leading + 4.0 * pad + 4.0);
        self.y -= 4.0;
        self.table_header(&header, &widths, size, leading, pad);
        for (index, row) in table.rows.iter().enumerate() {
            if index % ROWS_PER_CHECK == 0 {
                work.check()?;
            }
            let cells: Vec<Vec<String>> =
                row.iter().zip(&widths).map(|(text, w)| self.fonts.wrap(text, w - 2.0 * pad, size, false)).collect();
            let mut from = 0;
            let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
            while from < lines {
                let room = ((self.y - self.bottom() - 2.0 * pad) / leading).floor().max(0.0) as usize;
                if room == 0 || (from == 0 && room < lines.min(3)) {
                    self.new_page();
                    self.table_header(&header, &widths, size, leading, pad);
                    continue;
                }
                let to = lines.min(from + room);
                let chunk: Vec<&[String]> = cells.iter().map(|c| &c[from.min(c.len())..to.min(c.len())]).collect();
                self.table_row(&chunk, &widths, to - from, (size, leading, pad), index % 2 == 1);
                from = to;
            }
        }
        self.y -= 6.0;
        Ok(())
    }

    /// Column widths by weight, but none narrower than the longest word of its title (so that a
    /// title such as "Jenjang" is not broken mid-word); what that takes comes from the columns
    /// with room to spare, in proportion to it.
    fn column_widths(&self, columns: &[Column], size: f32, pad: f32) -> Vec<f32> {
        let total: f32 = columns.iter().map(|c| c.weight).sum();
        let mut widths: Vec<f32> = columns.iter().map(|c| self.content_width() * c.weight / total).collect();
        let least: Vec<f32> = columns
            .iter()
            .map(|c| {
                c.title.split_whitespace().map(|w| self.fonts.width(w, size, true)).fold(0.0, f32::max) + 2.0 * pad
            })
            .collect();
        let short: f32 = widths.iter().zip(&least).map(|(w, l)| (l - w).max(0.0)).sum();
        let spare: f32 = widths.iter().zip(&least).map(|(w, l)| (w - l).max(0.0)).sum();
        if short > 0.0 && spare >= short {
            for (width, least) in widths.iter_mut().zip(&least) {
                *width = if *width < *least { *least } else { *width - (*width - least) * short / spare };
            }
        }
        widths
    }

    fn table_header(&mut self, header: &[Vec<String>], widths: &[f32], size: f32, leading: f32, pad: f32) {
        let lines = header.iter().map(Vec::len).max().unwrap_or(1);
        let height = lines as f32 * leading + 2.0 * pad;
        self.rect(MARGIN, self.y - height, self.content_width(), height, HEADER_FILL);
        self.cells(header.iter().map(Vec::as_slice).collect::<Vec<_>>().as_slice(), widths, size, leading, pad, true);
        self.y -= height;
    }

    fn table_row(&mut self, cells: &[&[String]], widths: &[f32], lines: usize, metrics: (f32, f32, f32), stripe: bool) {
        let (size, leading, pad) = metrics;
        let height = lines as f32 * leading + 2.0 * pad;
        if stripe {
            self.rect(MARGIN, self.y - height, self.content_width(), height, STRIPE);
        }
        self.cells(cells, widths, size, leading, pad, false);
        self.y -= height;
        self.line(&[(MARGIN, self.y), (self.width - MARGIN, self.y)], 0.3, RULE);
    }

    /// Table cells, one text run per line across the row: each cell's text, then a move right
    /// to the next column (a row of ten columns is one run, not ten).
    fn cells(&mut self, cells: &[&[String]], widths: &[f32], size: f32, leading: f32, pad: f32, bold: bool) {
        let lines = cells.iter().map(|c| c.len()).max().unwrap_or(0);
        let starts: Vec<f32> = widths.iter().scan(MARGIN, |x, w| Some(std::mem::replace(x, *x + w) + pad)).collect();
        for i in 0..lines {
            let baseline = self.y - pad - leading * (i as f32 + 1.0) + (leading - size) * 0.5;
            let mut items = Vec::new();
            let mut first = None;
            let mut cursor = 0.0;
            for (column, start) in cells.iter().zip(&starts) {
                let Some(line) = column.get(i).filter(|l| !l.is_empty()) else { continue };
                match first {
                    None => first = Some(*start),
                    Some(_) => items.push(TextItem::Offset(-(start - cursor) * 1000.0 / size)),
                }
                cursor = start + self.fonts.width(line, size, bold);
                items.push(TextItem::Text(line.clone()));
            }
            if let Some(x) = first {
                self.text_items(x, baseline, items, size, bold, TEXT);
            }
        }
    }

    /// The 5×5 heat map: likelihood up, impact across, each cell coloured by its level.
    fn heat_map(&mut self, rows: &[Vec<(u32, Level)>]) {
        let (cell, gap, label) = (34.0, 3.0, 70.0);
        let size = 5.0 * (cell + gap) + 38.0;
        self.ensure(size + 10.0);
        let top = self.y - 8.0;
        let names: Vec<String> =
            Level::ALL.iter().map(|level| super::label(self.language, "level", level.as_str())).collect();
        for (l, row) in rows.iter().enumerate() {
            let y = top - (5 - l) as f32 * (cell + gap);
            self.text(MARGIN, y + cell * 0.4, &names[l], 7.5, false, MUTED);
            for (i, (count, level)) in row.iter().enumerate() {
                let x = MARGIN + label + i as f32 * (cell + gap);
                self.rect(x, y, cell, cell, level_color(*level));
                if *count > 0 {
                    let text = count.to_string();
                    let w = self.fonts.width(&text, 10.0, true);
                    self.text(x + (cell - w) / 2.0, y + cell * 0.36, &text, 10.0, true, (1.0, 1.0, 1.0));
                }
            }
        }
        let axis_y = top - 5.0 * (cell + gap) - 10.0;
        // Each impact level under its column, wrapped to the column ("sangat / rendah").
        let mut lines_used = 1;
        for (i, name) in names.iter().enumerate() {
            let lines = self.fonts.wrap(name, cell + gap, 7.0, false);
            lines_used = lines_used.max(lines.len());
            for (n, line) in lines.iter().enumerate() {
                let w = self.fonts.width(line, 7.0, false);
                let x = MARGIN + label + i as f32 * (cell + gap) + (cell - w) / 2.0;
                self.text(x, axis_y - n as f32 * 8.0, line, 7.0, false, MUTED);
            }
        }
        let (likelihood, impact) = (text!(self.language, "heat-likelihood"), text!(self.language, "heat-impact"));
        self.text(MARGIN, top + 2.0, &likelihood, 7.5, true, MUTED);
        self.text(MARGIN + label + 5.0 * (cell + gap) + 4.0, axis_y, &impact, 7.5, true, MUTED);
        self.y = axis_y - 4.0 - 8.0 * lines_used as f32;
    }

    fn bars(&mut self, bars: &[Bar]) {
        let (label, track, height) = (90.0, 260.0, 11.0);
        let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1) as f32;
        for bar in bars {
            self.ensure(height + 6.0);
            self.y -= height + 5.0;
            self.text(MARGIN, self.y + 2.0, &bar.label, 8.5, false, TEXT);
            self.rect(MARGIN + label, self.y, track, height, STRIPE);
            let fill = bar.level.map_or(ACCENT, level_color);
            self.rect(MARGIN + label, self.y, track * bar.value as f32 / max, height, fill);
            self.text(MARGIN + label + track + 8.0, self.y + 2.0, &bar.value.to_string(), 8.5, true, TEXT);
        }
        self.y -= 6.0;
    }

    /// The vendor in the middle; those sending it our data on the left, those it passes our
    /// data to on the right; arrows show the direction data moves.
    fn network(&mut self, network: &Network) {
        let (box_w, box_h, gap) = (150.0, 18.0, 6.0);
        let upstream: Vec<&str> = network.nodes.iter().filter(|n| n.upstream).map(|n| n.name.as_str()).collect();
        let downstream: Vec<&str> = network.nodes.iter().filter(|n| !n.upstream).map(|n| n.name.as_str()).collect();
        let rows = upstream.len().max(downstream.len()).max(1);
        let height = rows as f32 * (box_h + gap);
        self.ensure(height + 20.0);
        let top = self.y - 10.0;
        let centre_y = top - height / 2.0 - box_h / 2.0;
        let centre_x = MARGIN + (self.content_width() - box_w) / 2.0;
        let right_x = self.width - MARGIN - box_w;
        self.node(centre_x, centre_y, box_w, box_h, &network.centre, true);
        for (column, names, x) in [(0, &upstream, MARGIN), (1, &downstream, right_x)] {
            for (i, name) in names.iter().enumerate() {
                let y = top - (i as f32 + 1.0) * (box_h + gap);
                self.node(x, y, box_w, box_h, name, false);
                let (from, to) = if column == 0 {
                    ((x + box_w, y + box_h / 2.0), (centre_x, centre_y + box_h / 2.0))
                } else {
                    ((centre_x + box_w, centre_y + box_h / 2.0), (x, y + box_h / 2.0))
                };
                self.arrow(from, to);
            }
        }
        self.y = top - height - 10.0;
    }

    fn node(&mut self, x: f32, y: f32, w: f32, h: f32, name: &str, centre: bool) {
        self.rect(x, y, w, h, if centre { ACCENT } else { HEADER_FILL });
        let text = self.fonts.wrap(name, w - 8.0, 8.0, centre).into_iter().next().unwrap_or_default();
        let rgb = if centre { (1.0, 1.0, 1.0) } else { TEXT };
        self.text(x + 4.0, y + 5.5, &text, 8.0, centre, rgb);
    }

    fn arrow(&mut self, from: (f32, f32), to: (f32, f32)) {
        self.line(&[from, to], 0.8, MUTED);
        let (dx, dy) = (to.0 - from.0, to.1 - from.1);
        let length = (dx * dx + dy * dy).sqrt().max(1.0);
        let (ux, uy) = (dx / length, dy / length);
        let back = (to.0 - ux * 7.0, to.1 - uy * 7.0);
        self.triangle([to, (back.0 - uy * 3.0, back.1 + ux * 3.0), (back.0 + uy * 3.0, back.1 - ux * 3.0)], MUTED);
    }

    fn attestation(&mut self, attestation: &Attestation) {
        let l = self.language;
        self.new_page();
        let title = text!(l, "attestation-title");
        self.outline.push((title.clone(), self.page_number()));
        self.y -= 26.0;
        self.text(MARGIN, self.y, &title, 15.0, true, ACCENT);
        self.y -= 8.0;
        self.paragraph(&text!(l, "attestation-intro"), 9.0, false, TEXT);
        self.y -= 6.0;
        self.facts(&[
            (text!(l, "attestation-report"), attestation.kind.clone()),
            (text!(l, "attestation-data-hash"), attestation.data_sha256.clone()),
            (text!(l, "attestation-audit-entry"), attestation.audit_seq.to_string()),
            (text!(l, "attestation-audit-head"), attestation.audit_head.clone()),
            (text!(l, "attestation-generated"), attestation.generated_at.clone()),
            (text!(l, "attestation-generator"), attestation.generator.clone()),
            (text!(l, "attestation-verify"), "vendor-risk --db REGISTER.sqlite report verify THIS.pdf".into()),
        ]);
    }

    /// Adds the running header and footer to every page; returns the pages.
    fn finish(&mut self, report: &Report) -> Vec<Vec<Op>> {
        self.new_page();
        let mut pages = std::mem::take(&mut self.pages);
        let total = pages.len();
        let header_right = format!("{} · {}", report.register_name, times(report));
        for (index, ops) in pages.iter_mut().enumerate() {
            let top = self.height - MARGIN;
            let width = self.fonts.width(&header_right, 7.5, false);
            let title = self.fonts.fit(&report.title, self.content_width() - width - 16.0, 8.0, true);
            self.text(MARGIN, top - 10.0, &title, 8.0, true, MUTED);
            self.text(self.width - MARGIN - width, top - 10.0, &header_right, 7.5, false, MUTED);
            self.line(&[(MARGIN, top - 16.0), (self.width - MARGIN, top - 16.0)], 0.4, RULE);
            self.line(&[(MARGIN, MARGIN + 14.0), (self.width - MARGIN, MARGIN + 14.0)], 0.4, RULE);
            let page = text!(report.language, "report-page", page = index + 1, pages = total);
            let width = self.fonts.width(&page, 8.0, false);
            self.text(self.width - MARGIN - width, MARGIN + 2.0, &page, 8.0, false, MUTED);
            self.text(MARGIN, MARGIN + 2.0, super::GENERATOR, 7.5, false, MUTED);
            ops.append(&mut self.take_ops());
        }
        pages
    }
}

/// "28 November 2026 20:30 UTC (21:30 CET, Europe/Berlin)", the date in the report's language.
fn times(report: &Report) -> String {
    let utc = super::utc(report.generated_at, report.language);
    match report.time_zone.parse::<chrono_tz::Tz>() {
        Ok(tz) => {
            let local = report.generated_at.with_timezone(&tz);
            let day = local.date_naive();
            let date = if day == report.generated_at.date_naive() {
                String::new()
            } else {
                format!("{} ", crate::words::long_date(day, report.language))
            };
            let time = crate::words::time_of_day(local.time(), report.language);
            format!("{utc} ({date}{time} {}, {})", local.format("%Z"), report.time_zone)
        }
        Err(_) => utc,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::work::Cancel;

    /// A narrow column keeps its title's longest word whole ("Jenjang"), the others give way,
    /// and the table stays as wide as the page's text.
    #[test]
    fn a_column_is_never_narrower_than_its_titles_longest_word() {
        let fonts = Fonts::load().expect("fonts");
        let layout = Layout::new(&fonts, A4_LONG, A4_SHORT, Language::Id);
        let column = |title: &str, weight: f32| Column { title: title.to_owned(), weight };
        let columns = [column("Vendor", 4.0), column("Jenjang", 0.3), column("Peninjauan berikutnya", 3.0)];
        let widths = layout.column_widths(&columns, 7.6, 3.0);
        assert!(widths[1] >= fonts.width("Jenjang", 7.6, true) + 6.0, "{widths:?}");
        assert!(widths[2] >= fonts.width("berikutnya", 7.6, true) + 6.0, "{widths:?}");
        assert!((widths.iter().sum::<f32>() - layout.content_width()).abs() < 0.01, "{widths:?}");
    }

    /// Wherever the page ends, a section's title is never left alone at its foot: it goes to
    /// the page of the section's first sub-heading, which goes to the page of its table.
    #[test]
    fn a_section_title_stays_with_what_follows_it() {
        let fonts = Fonts::load().expect("fonts");
        let mut table = Table::new(&[("Purpose".to_owned(), 1.0), ("People".to_owned(), 1.0)], "");
        table.row(vec!["Web analytics".to_owned(), "1,250,000".to_owned()]);
        let blocks = vec![Block::Heading("Data flows".to_owned()), Block::Table(table)];
        let mut progress = |_| {};
        let work = Work::new(&mut progress, Cancel::default());
        for filler in 1..80 {
            let mut layout = Layout::new(&fonts, A4_SHORT, A4_LONG, Language::En);
            for _ in 0..filler {
                layout.paragraph("A line of filler text.", 9.0, false, TEXT);
            }
            layout.section("Data map", &blocks);
            let title_page = layout.page_number();
            layout.block(&blocks[0], blocks.get(1), &work).expect("heading");
            let heading_page = layout.page_number();
            layout.block(&blocks[1], None, &work).expect("table");
            assert_eq!(
                (title_page, heading_page),
                (layout.page_number(), layout.page_number()),
                "{filler} lines of filler"
            );
        }
    }
}
