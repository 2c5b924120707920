//! Importers: text and files from outside, checked line by line, previewed, then committed
//! all at once or not at all.

pub mod matching;
pub mod spreadsheet;
pub mod subprocessors;
pub mod vendors;

use std::io::Cursor;

use serde::Serialize;

use crate::datamap::{VendorEdge, VendorRef};
use crate::ids::EdgeId;
use crate::text::Message;
use crate::validate::FieldErrors;
use crate::vendor::Vendor;
use matching::{RowIds, VendorMatcher, matched_by};
use subprocessors::{ColumnReading, LineMessage, ListOptions, ListedSubprocessor, ParsedList};

/// Most a workbook may expand to when unzipped (larger is treated as a zip bomb).
pub const MAX_UNZIPPED: u64 = 200 * 1024 * 1024;

/// A refusal of a whole spreadsheet.
fn file_error(message: Message) -> FieldErrors {
    FieldErrors::of("file", "spreadsheet", message)
}

/// Refuses a workbook whose entries would unzip to more than [`MAX_UNZIPPED`].
pub fn check_unzipped_size(bytes: &[u8]) -> Result<(), FieldErrors> {
    let unreadable = |e: zip::result::ZipError| file_error(Message::new("import-zip-unreadable").arg("problem", e));
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(unreadable)?;
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let entry = archive.by_index_raw(index).map_err(unreadable)?;
        total = total.saturating_add(entry.size());
    }
    if total > MAX_UNZIPPED {
        let message =
            Message::new("import-zip-bomb").arg("size", total / 1024 / 1024).arg("most", MAX_UNZIPPED / 1024 / 1024);
        return Err(file_error(message));
    }
    Ok(())
}

/// The message (its id) a text file that is not UTF-8 gets.
pub const NOT_UTF8: &str = "import-not-utf8";

/// `bytes` as UTF-8 text, without a byte-order mark; otherwise the message `message` (an id),
/// naming the line of the first byte that is not UTF-8.
pub fn utf8_text<'a>(bytes: &'a [u8], message: &str) -> Result<&'a str, FieldErrors> {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(text).map_err(|e| {
        let line = text[..e.valid_up_to()].iter().filter(|b| **b == b'\n').count() + 1;
        FieldErrors::of(format!("line {line}"), "encoding", Message::new(message))
    })
}

/// What importing a subprocessor list will do (or did) to one entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ListChange {
    /// Not on the vendor's current list: a new edge.
    Added,
    /// On the current list with other locations or purposes.
    Changed,
    /// On the current list as it is.
    Unchanged,
}

/// One entry of the preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PreviewRow {
    pub listed: ListedSubprocessor,
    /// The existing vendor this entry links to; `None`: a vendor will be created.
    pub existing_vendor: Option<VendorRef>,
    /// What found the existing vendor, in the list's language: `LEI`, `VAT number`, `DUNS
    /// number` or `name`.
    pub matched_by: Option<String>,
    pub change: ListChange,
}

/// A subprocessor on the current list that the new list no longer names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RemovedRow {
    pub edge_id: EdgeId,
    pub vendor: VendorRef,
}

/// The preview (or the result) of importing a vendor's subprocessor list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SubprocessorPreview {
    pub vendor: VendorRef,
    /// How the file was read, in the list's language: `web page (HTML)`, `spreadsheet (.xlsx or
    /// .ods)`, …
    pub format: String,
    /// How each column was read; a different choice goes in `options`.
    pub columns: Vec<ColumnReading>,
    /// The companies whose lists the file holds, when it holds several.
    pub companies: Vec<String>,
    /// The options this preview was read with (chosen, remembered for the vendor, or none).
    pub options: ListOptions,
    pub rows: Vec<PreviewRow>,
    pub removed: Vec<RemovedRow>,
    pub warnings: Vec<LineMessage>,
    /// What must be fixed, in the file or the column choices, before it can be imported.
    pub errors: Vec<LineMessage>,
    /// True when the vendor already had an imported list: a changed list marks it for review.
    pub reimport: bool,
    pub committed: bool,
    /// A fingerprint of what the import will do and of the list edges it compares with: a
    /// commit given it is refused if the register changed in a way that changes either.
    pub basis: String,
}

impl SubprocessorPreview {
    /// Counts of added, changed and removed entries.
    pub fn changes(&self) -> (usize, usize, usize) {
        let count = |c: ListChange| self.rows.iter().filter(|r| r.change == c).count();
        (count(ListChange::Added), count(ListChange::Changed), self.removed.len())
    }
}

/// Compares a parsed list with the vendor's current list edges and the register's vendors; what
/// matched is named in the language of `options`.
pub fn preview_list(
    vendor: VendorRef,
    parsed: ParsedList,
    options: ListOptions,
    vendors: &[Vendor],
    current: &[VendorEdge],
) -> SubprocessorPreview {
    let others: Vec<Vendor> = vendors.iter().filter(|v| v.id != vendor.id).cloned().collect();
    let matcher = VendorMatcher::new(&others);
    let language = options.language;
    let mut matched_edges = Vec::new();
    let rows: Vec<PreviewRow> = parsed
        .entries
        .into_iter()
        .map(|listed| {
            let ids = &listed.identifiers;
            let row_ids = RowIds {
                lei: ids.lei.as_deref().unwrap_or(""),
                vat: ids.vat.as_deref().unwrap_or(""),
                duns: ids.duns.as_deref().unwrap_or(""),
            };
            let found = matcher.find(row_ids, &listed.name);
            let existing_vendor = found.map(|(v, _)| VendorRef { id: v.id, name: v.profile.name.clone().into() });
            let edge = existing_vendor.as_ref().and_then(|v| current.iter().find(|e| e.to_vendor.id == v.id));
            let change = match edge {
                None => ListChange::Added,
                Some(edge) => {
                    matched_edges.push(edge.id);
                    let purpose = (!listed.purposes.is_empty()).then(|| listed.purposes.join("; "));
                    if edge.locations == listed.locations && edge.regions == listed.regions && edge.purpose == purpose {
                        ListChange::Unchanged
                    } else {
                        ListChange::Changed
                    }
                }
            };
            PreviewRow { listed, existing_vendor, matched_by: found.map(|(_, by)| matched_by(by, language)), change }
        })
        .collect();
    let removed = current
        .iter()
        .filter(|e| !matched_edges.contains(&e.id))
        .map(|e| RemovedRow { edge_id: e.id, vendor: e.to_vendor.clone() })
        .collect();
    let edges: Vec<String> = current.iter().map(crate::audit::linked_state_hash).collect();
    let basis = crate::audit::state_hash(&(&vendor, &rows, &removed, &edges, &parsed.errors));
    SubprocessorPreview {
        vendor,
        format: parsed.format,
        columns: parsed.columns,
        companies: parsed.companies,
        options,
        rows,
        removed,
        warnings: parsed.warnings,
        errors: parsed.errors,
        reimport: !current.is_empty(),
        committed: false,
        basis,
    }
}
