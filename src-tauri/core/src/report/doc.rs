//! What a report says, as plain data: sections of headings, paragraphs, facts, tables and
//! charts. Builders fill it from the register; the PDF writer lays it out. Its canonical JSON
//! is what the attestation's data hash covers, so the hash does not depend on layout.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::locale::Language;
use crate::risk::rubric::Level;

/// A report before layout.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// `register`, `vendor` or `incident`.
    pub kind: String,
    /// The document title (metadata, cover, running header).
    pub title: String,
    /// One line under the title and in the metadata's subject.
    pub subject: String,
    /// The register file's name.
    pub register_name: String,
    /// The organisation's name, if its profile is set.
    pub organisation: Option<String>,
    pub generated_at: DateTime<Utc>,
    /// IANA time zone the running header also shows the time in.
    pub time_zone: String,
    pub sections: Vec<Section>,
    /// The language it is written in; the data hash is taken of the English report.
    #[serde(skip)]
    pub language: Language,
}

/// A section: a bookmark in the outline, and a heading in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    pub title: String,
    pub blocks: Vec<Block>,
}

impl Section {
    pub fn new(title: impl Into<String>) -> Section {
        Section { title: title.into(), blocks: Vec::new() }
    }

    pub fn push(&mut self, block: Block) -> &mut Section {
        self.blocks.push(block);
        self
    }

    pub fn paragraph(&mut self, text: impl Into<String>) -> &mut Section {
        self.push(Block::Paragraph(text.into()))
    }

    pub fn heading(&mut self, text: impl Into<String>) -> &mut Section {
        self.push(Block::Heading(text.into()))
    }
}

/// One piece of a section.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Block {
    /// A sub-heading.
    Heading(String),
    /// Wrapped text.
    Paragraph(String),
    /// Label–value pairs in two columns.
    Facts(Vec<(String, String)>),
    Table(Table),
    /// Vendor counts by likelihood (outer, very low first) and impact (inner), with each
    /// cell's risk level.
    HeatMap(Vec<Vec<(u32, Level)>>),
    /// Labelled horizontal bars.
    Bars(Vec<Bar>),
    /// A network drawn with vectors: the vendor at the centre, others around it.
    Network(Network),
}

/// A table; its header repeats on every page it spans.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
    /// Shown instead of an empty table.
    pub empty: String,
}

/// A column and its share of the page width.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Column {
    pub title: String,
    pub weight: f32,
}

impl Table {
    /// A table with these (title, weight) columns.
    pub fn new(columns: &[(String, f32)], empty: impl Into<String>) -> Table {
        Table {
            columns: columns.iter().map(|(title, weight)| Column { title: title.clone(), weight: *weight }).collect(),
            rows: Vec::new(),
            empty: empty.into(),
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }
}

/// A labelled bar.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bar {
    pub label: String,
    pub value: u32,
    /// Colour by risk level, or the accent colour.
    pub level: Option<Level>,
}

/// Vendors linked by data flows: arrows from one to another.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Network {
    pub centre: String,
    /// Nodes around the centre, each with whether our data reaches it through the centre
    /// (downstream) or it passes data to the centre (upstream).
    pub nodes: Vec<NetworkNode>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NetworkNode {
    pub name: String,
    pub upstream: bool,
}

impl Report {
    /// SHA-256 of the report's content (canonical JSON of everything but layout), hex.
    pub fn data_sha256(&self) -> String {
        let json = serde_json::to_vec(self).unwrap_or_default();
        hex::encode(Sha256::digest(json))
    }
}
