//! The full JSON backup: every row of every table of the register, evidence files included
//! (base64), with the schema version it was made under. Restoring writes a new register file
//! holding exactly those rows, checks its audit chain, and only then keeps it. The SQL that
//! reads and loads the rows is the store's (`store/dump.rs`).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{CoreError, Result};
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
    let invalid = |message: String| CoreError::from(FieldErrors::one("file", "backup", message));
    let text = crate::import::utf8_text(bytes, crate::import::NOT_UTF8)?;
    let backup: Backup = serde_json::from_str(text)
        .map_err(|e| invalid(format!("Not a register backup (line {}, column {}): {e}", e.line(), e.column())))?;
    if backup.format != FORMAT {
        return Err(invalid(format!("Not a register backup: its format is '{}'.", backup.format)));
    }
    if backup.schema_version != schema_version {
        return Err(invalid(format!(
            "The backup was made with register schema {}, this app writes schema {schema_version}: restore it with the \
             version that made it.",
            backup.schema_version
        )));
    }
    Ok(backup)
}
