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
use crate::error::{CoreError, Result};
use crate::export::backup::{Backup, FORMAT, TableRows};
use crate::text::{Message, text};
use crate::validate::FieldErrors;
use crate::work::Work;

impl Reader<'_> {
    /// Reads every table of the register (in one read transaction), telling `work` each table.
    pub(crate) fn dump(&self, schema_version: i64, created_at: DateTime<Utc>, work: &mut Work<'_>) -> Result<Backup> {
        let conn = self.conn;
        let mut tables = BTreeMap::new();
        let names = table_names(conn)?;
        for (done, name) in names.iter().cloned().enumerate() {
            let step = text!(work.language(), "progress-reading-table", table = name.as_str());
            work.step(step, done as u32, names.len() as u32)?;
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

/// At most this many values in one INSERT (both databases allow more: SQLite 32,766, PostgreSQL
/// 65,535) and this many rows: one statement carries many rows, so loading a large register onto
/// a server is not one round trip per row.
const VALUES_PER_INSERT: usize = 30_000;
const ROWS_PER_INSERT: usize = 500;

impl Writer<'_> {
    /// Replaces the rows of a freshly created register with the backup's, table by table,
    /// telling `work` each table; stops when cancelled.
    pub(crate) fn load(&self, backup: &Backup, work: &mut Work<'_>) -> Result<()> {
        let conn = self.conn();
        let present = table_names(conn)?;
        for (done, (name, table)) in backup.tables.iter().enumerate() {
            let step = text!(work.language(), "progress-writing-table", table = name.as_str(), rows = table.rows.len());
            work.step(step, done as u32, backup.tables.len() as u32)?;
            if !present.contains(name) {
                return Err(invalid(Message::new("backup-table-unknown").arg("table", name)));
            }
            let known = conn
                .prepare(&format!("SELECT {} FROM \"{name}\"", every_column(conn, name)?))?
                .column_names()?
                .join("\n");
            if let Some(unknown) = table.columns.iter().find(|c| !known.split('\n').any(|k| k == c.as_str())) {
                return Err(invalid(Message::new("backup-column-unknown").arg("table", name).arg("column", unknown)));
            }
            conn.execute(&format!("DELETE FROM \"{name}\""), [])?;
            insert_rows(conn, name, table, work)?;
        }
        Ok(())
    }
}

/// Inserts `table`'s rows into `name`, many rows per statement.
fn insert_rows(conn: Conn<'_>, name: &str, table: &TableRows, work: &Work<'_>) -> Result<()> {
    let width = table.columns.len();
    let columns = table.columns.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", ");
    let row_marks = format!("({})", vec!["?"; width].join(", "));
    let insert_of = |rows: usize| {
        format!("INSERT INTO \"{name}\" ({columns}) VALUES {}", vec![row_marks.as_str(); rows].join(", "))
    };
    let batch = (VALUES_PER_INSERT / width.max(1)).clamp(1, ROWS_PER_INSERT);
    let mut full = conn.prepare(&insert_of(batch))?;
    for (chunk_index, chunk) in table.rows.chunks(batch).enumerate() {
        work.check()?;
        let mut values = Vec::with_capacity(chunk.len() * width);
        for (offset, row) in chunk.iter().enumerate() {
            let cells = row.iter().map(sql_value).collect::<Option<Vec<_>>>().filter(|v| v.len() == width);
            let Some(cells) = cells else {
                let row_number = chunk_index * batch + offset + 1;
                return Err(invalid(Message::new("backup-row-invalid").arg("table", name).arg("row", row_number)));
            };
            values.extend(cells);
        }
        if chunk.len() == batch {
            full.execute(values)?;
        } else {
            conn.prepare(&insert_of(chunk.len()))?.execute(values)?;
        }
    }
    Ok(())
}

/// A backup this register cannot load, and why.
fn invalid(message: Message) -> CoreError {
    FieldErrors::of("file", "backup", message).into()
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
