//! Spreadsheets from any office suite: .xlsx (Excel, LibreOffice, Google Sheets, Numbers),
//! .ods (LibreOffice, OpenOffice) and legacy .xls, opened through calamine after the zip-bomb
//! check. Every spreadsheet import reads them alike.

use std::io::Cursor;

use calamine::{Data, Sheets, open_workbook_auto_from_rs};

use super::file_error;
use crate::text::Message;
use crate::validate::FieldErrors;

/// Whether `bytes` look like a workbook (a zip package or a legacy OLE file).
pub fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
}

/// Opens a workbook; refuses what is not one (naming what it is instead) or would unzip too far.
pub fn open<T: AsRef<[u8]> + Clone>(bytes: T) -> Result<Sheets<Cursor<T>>, FieldErrors> {
    if !is_workbook(bytes.as_ref()) {
        return Err(file_error(Message::new("import-not-spreadsheet")));
    }
    if bytes.as_ref().starts_with(b"PK\x03\x04") {
        super::check_unzipped_size(bytes.as_ref())?;
    }
    open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| file_error(Message::new("import-spreadsheet-unreadable").arg("problem", e)))
}

/// A cell as the person who typed it sees it: whole numbers without ".0", dates as dates.
pub fn cell_text(cell: &Data) -> String {
    match cell {
        Data::DateTime(d) => d.as_datetime().map(|t| t.date().to_string()).unwrap_or_default(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}
