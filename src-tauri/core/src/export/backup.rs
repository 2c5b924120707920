//! The full JSON backup: every row of every table of the register, evidence files included
//! (base64), with the schema version it was made under. Restoring writes a new register file
//! holding exactly those rows, checks its audit chain, and only then keeps it.

use std::collections::BTreeMap;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use chrono::{DateTime, Utc};
use rusqlite::Connection;
use rusqlite::types::{Value as SqlValue, ValueRef};
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

/// Reads every table of the register (in one read transaction).
pub(crate) fn dump(conn: &Connection, schema_version: i64, created_at: DateTime<Utc>) -> Result<Backup> {
    let mut tables = BTreeMap::new();
    for name in table_names(conn)? {
        let mut statement = conn.prepare(&format!("SELECT * FROM \"{name}\""))?;
        let columns: Vec<String> = statement.column_names().iter().map(|c| (*c).to_owned()).collect();
        let width = columns.len();
        let rows = statement
            .query_map([], |row| (0..width).map(|i| row.get_ref(i).map(cell)).collect::<rusqlite::Result<Vec<_>>>())?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        tables.insert(name, TableRows { columns, rows });
    }
    Ok(Backup { format: FORMAT.to_owned(), schema_version, created_at, tables })
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

/// Replaces the rows of a freshly created register with the backup's, table by table.
pub(crate) fn load(conn: &Connection, backup: &Backup) -> Result<()> {
    let present = table_names(conn)?;
    for (name, table) in &backup.tables {
        if !present.contains(name) {
            return Err(FieldErrors::one(
                "file",
                "backup",
                format!("The backup has a table '{name}' this register lacks."),
            )
            .into());
        }
        let known = conn.prepare(&format!("SELECT * FROM \"{name}\""))?.column_names().join("\n");
        if let Some(unknown) = table.columns.iter().find(|c| !known.split('\n').any(|k| k == c.as_str())) {
            return Err(FieldErrors::one(
                "file",
                "backup",
                format!("The backup's table '{name}' has a column '{unknown}' this register lacks."),
            )
            .into());
        }
        conn.execute(&format!("DELETE FROM \"{name}\""), [])?;
        let columns = table.columns.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", ");
        let marks = vec!["?"; table.columns.len()].join(", ");
        let mut insert = conn.prepare(&format!("INSERT INTO \"{name}\" ({columns}) VALUES ({marks})"))?;
        for (index, row) in table.rows.iter().enumerate() {
            let values = row
                .iter()
                .map(sql_value)
                .collect::<Option<Vec<_>>>()
                .filter(|v| v.len() == table.columns.len())
                .ok_or_else(|| {
                    FieldErrors::one("file", "backup", format!("Table '{name}', row {}: not a valid row.", index + 1))
                })?;
            insert.execute(rusqlite::params_from_iter(values))?;
        }
    }
    Ok(())
}

fn table_names(conn: &Connection) -> Result<Vec<String>> {
    Ok(conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

fn cell(value: ValueRef<'_>) -> Value {
    match value {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::from(i),
        ValueRef::Real(f) => Value::from(f),
        ValueRef::Text(t) => Value::from(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => serde_json::json!({ "base64": BASE64.encode(b) }),
    }
}

fn sql_value(value: &Value) -> Option<SqlValue> {
    Some(match value {
        Value::Null => SqlValue::Null,
        Value::Number(n) => n.as_i64().map(SqlValue::Integer).or_else(|| n.as_f64().map(SqlValue::Real))?,
        Value::String(s) => SqlValue::Text(s.clone()),
        Value::Object(o) => SqlValue::Blob(BASE64.decode(o.get("base64")?.as_str()?).ok()?),
        Value::Bool(_) | Value::Array(_) => return None,
    })
}
