//! The full JSON backup: every row of every table of the register, evidence files included
//! (base64), with the schema version it was made under. Restoring writes a new register file
//! holding exactly those rows, checks its audit chain, and only then keeps it. The SQL that
//! reads and loads the rows is the store's (`store/dump.rs`).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{CoreError, Result};
use crate::text::Message;
use crate::validate::FieldErrors;

/// What a backup file says it is.
pub const FORMAT: &str = "vendor-risk-register backup";

/// A whole register as data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Backup {
    pub format: String,
    pub schema_version: i64,
    pub created_at: DateTime<Utc>,
    /// By table name.
    pub tables: BTreeMap<String, TableRows>,
}

/// One table's columns and rows. A cell is null, a number, a string, or `{"base64": ...}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableRows {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

/// Parses a backup file and checks it fits this version of the register.
pub fn parse(bytes: &[u8], schema_version: i64) -> Result<Backup> {
    let invalid = |message: Message| CoreError::from(FieldErrors::of("file", "backup", message));
    let text = crate::import::utf8_text(bytes, crate::import::NOT_UTF8)?;
    let backup: Backup = serde_json::from_str(text).map_err(|e| {
        invalid(Message::new("backup-not-json").arg("line", e.line()).arg("column", e.column()).arg("problem", &e))
    })?;
    if backup.format != FORMAT {
        return Err(invalid(Message::new("backup-format").arg("format", &backup.format)));
    }
    if backup.schema_version != schema_version {
        let message = Message::new("backup-schema").arg("made", backup.schema_version).arg("writes", schema_version);
        return Err(invalid(message));
    }
    Ok(backup)
}
