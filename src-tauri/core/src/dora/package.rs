//! A DORA report package as it is filed: a zip holding one folder (named after the zip) with
//! `META-INF/reportPackage.json` and `reports/` — `report.json`, `parameters.csv`,
//! `FilingIndicators.csv` and one CSV per template. Reading keeps what a check needs to see
//! (which files there are, byte-order marks, headers as written); what cannot be read at all is
//! an error naming the file and line. Writing gives what supervisors accept: UTF-8 without a
//! byte-order mark, CRLF line ends, the same bytes for the same package.

use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};

use crate::error::{CoreError, Result};
use crate::import::MAX_UNZIPPED;
use crate::text::Message;
use crate::validate::FieldErrors;

/// One CSV file as written: its header and rows of cells.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sheet {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Sheet {
    /// The cell of `row` under the header `column`, if the header has it.
    pub fn cell<'a>(&'a self, row: &'a [String], column: &str) -> Option<&'a str> {
        self.header.iter().position(|h| h == column).and_then(|i| row.get(i)).map(String::as_str)
    }

    /// The cells of `row` under `columns`, empty where there is none (a key's values).
    pub fn cells(&self, row: &[String], columns: &[String]) -> Vec<String> {
        columns.iter().map(|c| self.cell(row, c).unwrap_or("").to_owned()).collect()
    }
}

/// A report package, read.
#[derive(Debug, Clone, Default)]
pub struct Package {
    /// The one top folder.
    pub root: String,
    /// Every file, by its path inside the root folder (`reports/b_01.01.csv`).
    pub files: Vec<String>,
    /// Files that start with a UTF-8 byte-order mark.
    pub with_bom: Vec<String>,
    /// The CSV files under `reports/`, by file name (`b_01.01.csv`, `parameters.csv`).
    pub sheets: BTreeMap<String, Sheet>,
}

/// The package cannot be read, for the reason `message` (`dora-package-…`).
fn invalid(message: Message) -> FieldErrors {
    FieldErrors::of("file", "package", message)
}

/// Reads a package zip; refuses a file that is not a zip, unzips to too much, has paths leaving
/// its folder or more than one top folder, or holds a CSV that cannot be read.
pub fn read_package(bytes: &[u8]) -> Result<Package, FieldErrors> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| invalid(Message::new("dora-package-not-zip").arg("problem", e)))?;
    let mut package = Package::default();
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let number = index + 1;
        let mut entry = archive
            .by_index(index)
            .map_err(|e| invalid(Message::new("dora-package-entry").arg("number", number).arg("problem", e)))?;
        if entry.is_dir() {
            continue;
        }
        let name = entry.name().map(|n| n.into_owned()).unwrap_or_else(|_| format!("entry {number}"));
        let about_entry = |id: &str| invalid(Message::new(id).arg("name", &name));
        let Some(path) = entry.enclosed_name() else {
            return Err(about_entry("dora-package-outside"));
        };
        let mut parts = path.components().map(|c| c.as_os_str().to_string_lossy().into_owned());
        let root = parts.next().unwrap_or_default();
        let inner: Vec<String> = parts.collect();
        if inner.is_empty() {
            return Err(about_entry("dora-package-not-inside"));
        }
        if package.root.is_empty() {
            package.root = root.clone();
        } else if package.root != root {
            let message = Message::new("dora-package-two-folders").arg("first", &package.root).arg("second", &root);
            return Err(invalid(message));
        }
        total = total.saturating_add(entry.size());
        if total > MAX_UNZIPPED {
            return Err(invalid(Message::new("dora-package-too-big").arg("megabytes", MAX_UNZIPPED / 1024 / 1024)));
        }
        let mut content = Vec::new();
        entry
            .read_to_end(&mut content)
            .map_err(|e| invalid(Message::new("dora-package-unreadable").arg("file", &name).arg("problem", e)))?;
        let inner = inner.join("/");
        read_file(&mut package, &inner, &content)?;
        package.files.push(inner);
    }
    Ok(package)
}

/// Keeps what `package` needs of the file at `path` (inside the root folder).
fn read_file(package: &mut Package, path: &str, content: &[u8]) -> Result<(), FieldErrors> {
    let bom = content.starts_with(b"\xEF\xBB\xBF");
    if bom {
        package.with_bom.push(path.to_owned());
    }
    let Some(file) = path.strip_prefix("reports/").filter(|f| f.ends_with(".csv") && !f.contains('/')) else {
        return Ok(());
    };
    let text = if bom { &content[3..] } else { content };
    package.sheets.insert(file.to_owned(), read_sheet(path, text)?);
    Ok(())
}

/// A CSV file's header and rows; an error names the file and line.
fn read_sheet(path: &str, text: &[u8]) -> Result<Sheet, FieldErrors> {
    let unreadable = |line: u64, e: csv::Error| {
        invalid(Message::new("dora-package-csv").arg("file", path).arg("line", line).arg("problem", e))
    };
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text);
    let mut records = reader.records();
    let header = match records.next() {
        Some(record) => record.map_err(|e| unreadable(1, e))?.iter().map(str::to_owned).collect(),
        None => Vec::new(),
    };
    let mut rows = Vec::new();
    for record in records {
        let record = record.map_err(|e| unreadable(e.position().map_or(0, |p| p.line()), e))?;
        rows.push(record.iter().map(str::to_owned).collect());
    }
    Ok(Sheet { header, rows })
}

/// `META-INF/reportPackage.json`: an xBRL report package.
const REPORT_PACKAGE_JSON: &str =
    "{\n  \"documentInfo\": {\n    \"documentType\": \"https://xbrl.org/report-package/2023\"\n  }\n}\n";

/// `reports/report.json`: xBRL-CSV extending the EBA's DORA 4.0 module.
const REPORT_JSON: &str = "{\n  \"documentInfo\": {\n    \"documentType\": \"https://xbrl.org/2021/xbrl-csv\",\n    \"extends\": [\n      \"http://www.eba.europa.eu/eu/fr/xbrl/crr/fws/dora/4.0/mod/dora.json\"\n    ]\n  }\n}\n";

/// The package zip of `sheets` (by file name under `reports/`) in the one folder `root`.
pub fn write_package(root: &str, sheets: &BTreeMap<String, Sheet>) -> Result<Vec<u8>> {
    let failed = |e: &dyn std::fmt::Display| CoreError::Io(std::io::Error::other(format!("writing the package: {e}")));
    // A fixed time on every entry: the same package always gives the same bytes.
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        // Fast deflate: a big register's package zips in a third of the time, a little larger.
        .compression_level(Some(1))
        .last_modified_time(zip::DateTime::default());
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    // Folder entries first, as the EBA's sample has them.
    for folder in [format!("{root}/"), format!("{root}/META-INF/"), format!("{root}/reports/")] {
        zip.add_directory(folder, options).map_err(|e| failed(&e))?;
    }
    let mut add = |path: String, content: &[u8]| -> Result<()> {
        zip.start_file(format!("{root}/{path}"), options).map_err(|e| failed(&e))?;
        zip.write_all(content).map_err(|e| failed(&e))
    };
    add("META-INF/reportPackage.json".into(), REPORT_PACKAGE_JSON.as_bytes())?;
    add("reports/report.json".into(), REPORT_JSON.as_bytes())?;
    for (file, sheet) in sheets {
        add(format!("reports/{file}"), &csv_bytes(sheet).map_err(|e| failed(&e))?)?;
    }
    Ok(zip.finish().map_err(|e| failed(&e))?.into_inner())
}

/// A sheet as CSV: CRLF line ends, quotes only where needed, no byte-order mark.
fn csv_bytes(sheet: &Sheet) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).flexible(true).from_writer(Vec::new());
    writer.write_record(&sheet.header)?;
    for row in &sheet.rows {
        writer.write_record(row)?;
    }
    writer.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}
