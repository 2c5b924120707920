//! SQL of the full JSON backup: every row of every table, read in one transaction, and loaded
//! into a fresh register. The format itself is [`crate::export::backup`].

use std::collections::BTreeMap;

use super::db::Conn;
use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use chrono::{DateTime, Utc};
use rusqlite::types::{Value as SqlValue, ValueRef};
use serde_json::Value;

use super::{Reader, Writer};
use crate::error::Result;
use crate::export::backup::{Backup, FORMAT, TableRows};
use crate::validate::FieldErrors;
use crate::work::Work;

impl Reader<'_> {
    /// Reads every table of the register (in one read transaction), telling `work` each table.
    pub(crate) fn dump(&self, schema_version: i64, created_at: DateTime<Utc>, work: &mut Work<'_>) -> Result<Backup> {
        let conn = self.conn;
        let mut tables = BTreeMap::new();
        let names = table_names(conn)?;
        for (done, name) in names.iter().cloned().enumerate() {
            work.step(format!("Reading {name}"), done as u32, names.len() as u32)?;
            let select = format!("SELECT {} FROM \"{name}\"", every_column(conn, &name)?);
            let width = conn.prepare(&select)?.column_names()?.len();
            // In one order on either database: by every column, nulls first (as SQLite sorts).
            let order: Vec<String> = (1..=width).map(|i| format!("{i} NULLS FIRST")).collect();
            let mut statement = conn.prepare(&format!("{select} ORDER BY {}", order.join(", ")))?;
            let columns: Vec<String> = statement.column_names()?;
            let width = columns.len();
            let rows = statement
                .query_map([], |row| {
                    (0..width).map(|i| row.get_ref(i).map(cell)).collect::<rusqlite::Result<Vec<_>>>()
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            tables.insert(name, TableRows { columns, rows });
        }
        Ok(Backup { format: FORMAT.to_owned(), schema_version, created_at, tables })
    }
}

impl Writer<'_> {
    /// Replaces the rows of a freshly created register with the backup's, table by table.
    pub(crate) fn load(&self, backup: &Backup) -> Result<()> {
        let conn = self.conn();
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
            let known = conn
                .prepare(&format!("SELECT {} FROM \"{name}\"", every_column(conn, name)?))?
                .column_names()?
                .join("\n");
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
                        FieldErrors::one(
                            "file",
                            "backup",
                            format!("Table '{name}', row {}: not a valid row.", index + 1),
                        )
                    })?;
                insert.execute(values)?;
            }
        }
        Ok(())
    }
}

/// The columns a backup holds of `table`: all of them, and on a register file the row id of a
/// table that has only SQLite's own (the audit log names custom categories and subject groups
/// by it, so it must survive a restore or a move to a team register, where it is a column).
fn every_column(conn: Conn<'_>, table: &str) -> Result<&'static str> {
    let Some(file) = conn.sqlite() else { return Ok("*") };
    let rowid = file.prepare(&format!("SELECT rowid FROM \"{table}\""));
    let own_rowid = rowid.is_ok_and(|stmt| stmt.column_name(0).is_ok_and(|name| name == "rowid"));
    Ok(if own_rowid { "rowid, *" } else { "*" })
}

fn table_names(conn: Conn<'_>) -> Result<Vec<String>> {
    Ok(conn
        .prepare(conn.pick(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() \
             AND table_type = 'BASE TABLE' AND table_name <> 'vrr_schema' ORDER BY table_name",
        ))?
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
