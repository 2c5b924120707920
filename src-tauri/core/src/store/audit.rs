//! SQL for the audit log: append, page, and the ordered walk `audit verify` uses.

use super::Reader;
use super::db::{Conn, Row};
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::{parse_timestamp, timestamp};
use crate::actor::Actor;
use crate::audit::{AuditEntry, AuditRecord, ChainLink, ChainVerifier, EntryFields, GENESIS_HASH, entry_hash};
use crate::error::Result;
use crate::text::text;
use crate::vendor::Page;
use crate::work::Work;

const COLUMNS: &str =
    "seq, at, actor, role, action, entity_kind, entity_id, summary, changes, state_hash, prev_hash, hash";

/// The triggers that keep the log append-only.
const PROTECTION_TRIGGERS: &[&str] = &["audit_log_no_update", "audit_log_no_delete"];

/// Which audit entries to list: newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct AuditQuery {
    /// Only entries about this kind of record (e.g. `vendor`).
    pub entity_kind: Option<String>,
    /// Only entries about this record.
    pub entity_id: Option<i64>,
    /// Only entries about this vendor and its records: flows, edges, documents,
    /// questionnaires, findings, risk profile and assessments, acceptances, incidents.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub vendor: Option<i64>,
    /// Matches the summary, action or actor (case-insensitive).
    pub search: String,
    pub offset: u64,
    pub limit: u64,
}

impl Default for AuditQuery {
    fn default() -> Self {
        AuditQuery { entity_kind: None, entity_id: None, vendor: None, search: String::new(), offset: 0, limit: 100 }
    }
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<AuditEntry> {
    let changes: String = row.get(8)?;
    let at: String = row.get(1)?;
    Ok(AuditEntry {
        seq: row.get(0)?,
        at: parse_timestamp(&at, 1)?,
        actor: row.get(2)?,
        role: row.get(3)?,
        action: row.get(4)?,
        entity_kind: row.get(5)?,
        entity_id: row.get(6)?,
        summary: row.get(7)?,
        changes: serde_json::from_str(&changes)
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(8, rusqlite::types::Type::Text, Box::new(e)))?,
        state_hash: row.get(9)?,
        prev_hash: row.get(10)?,
        hash: row.get(11)?,
    })
}

/// A record an audit entry is about: what a derived view may have to reload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Touched {
    pub kind: String,
    pub id: Option<i64>,
    pub action: String,
}

impl Reader<'_> {
    /// The last entry's sequence number (0 for an empty log): it names the register's state,
    /// since every change appends an entry.
    pub(crate) fn audit_head_seq(&self) -> Result<i64> {
        Ok(self.conn.query_row("SELECT coalesce(max(seq), 0) FROM audit_log", [], |r| r.get(0))?)
    }

    /// What the entries after `seq` are about, in order; `None` when there are more than
    /// `limit` (a view is then rebuilt rather than updated).
    pub(crate) fn audit_touched_since(&self, seq: i64, limit: usize) -> Result<Option<Vec<Touched>>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT entity_kind, entity_id, action FROM audit_log WHERE seq > ?1 ORDER BY seq LIMIT ?2",
        )?;
        let rows = stmt
            .query_map(params![seq, limit as i64 + 1], |r| {
                Ok(Touched { kind: r.get(0)?, id: r.get(1)?, action: r.get(2)? })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok((rows.len() <= limit).then_some(rows))
    }

    /// The newest entry on the record `kind` `id` that changed a field under `prefix` (such as
    /// `answers.AI-01.`), reading back from the newest entry only as far as needed.
    pub(crate) fn last_change_under(&self, kind: &str, id: i64, prefix: &str) -> Result<Option<AuditEntry>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM audit_log WHERE entity_kind = ?1 AND entity_id = ?2 ORDER BY seq DESC"
        ))?;
        let mut rows = stmt.query_map(params![kind, id], from_row)?;
        while let Some(entry) = rows.next().transpose()? {
            if entry.changes.iter().any(|c| c.field.starts_with(prefix)) {
                return Ok(Some(entry));
            }
        }
        Ok(None)
    }

    /// The newest entry recording one of `actions` on the record `kind` `id`.
    pub(crate) fn last_change(&self, kind: &str, id: i64, actions: &[&str]) -> Result<Option<AuditEntry>> {
        let listed: Vec<String> = (0..actions.len()).map(|n| format!("?{}", n + 3)).collect();
        let sql = format!(
            "SELECT {COLUMNS} FROM audit_log WHERE entity_kind = ?1 AND entity_id = ?2 AND action IN ({}) \
             ORDER BY seq DESC LIMIT 1",
            listed.join(", ")
        );
        let mut values: Vec<&dyn rusqlite::ToSql> = vec![&kind, &id];
        values.extend(actions.iter().map(|a| a as &dyn rusqlite::ToSql));
        Ok(self.conn.query_row(&sql, values.as_slice(), from_row).optional()?)
    }

    /// The last entry's sequence number and hash.
    pub(crate) fn audit_head(&self) -> Result<Option<(i64, String)>> {
        let conn = self.conn;
        Ok(conn
            .query_row("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    /// The hash of entry `seq`, if there is one.
    pub(crate) fn audit_hash_at(&self, seq: i64) -> Result<Option<String>> {
        let conn = self.conn;
        Ok(conn.query_row("SELECT hash FROM audit_log WHERE seq = ?1", [seq], |r| r.get(0)).optional()?)
    }

    pub(crate) fn audit_page(&self, query: &AuditQuery) -> Result<Page<AuditEntry>> {
        let conn = self.conn;
        let filter = format!(
            "(CAST(?1 AS TEXT) IS NULL OR entity_kind = ?1) AND (CAST(?2 AS BIGINT) IS NULL OR entity_id = ?2) \
             AND (?3 = '' OR lower(summary || ' ' || action || ' ' || actor) LIKE ?4 ESCAPE '\\') AND {VENDOR_FILTER}"
        );
        let pattern = super::like_pattern(&query.search);
        let args = params![query.entity_kind, query.entity_id, query.search, pattern, query.vendor];
        let total: u64 =
            conn.query_row(&format!("SELECT count(*) FROM audit_log WHERE {filter}"), args, |r| r.get(0))?;
        let sql = format!("SELECT {COLUMNS} FROM audit_log WHERE {filter} ORDER BY seq DESC LIMIT ?6 OFFSET ?7");
        let mut stmt = conn.prepare(&sql)?;
        let limit = query.limit.clamp(1, 1000);
        let items = stmt
            .query_map(
                params![query.entity_kind, query.entity_id, query.search, pattern, query.vendor, limit, query.offset],
                from_row,
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Page { items, total, offset: query.offset })
    }

    /// Feeds every entry, in sequence order, to the verifier; unreadable rows count as
    /// altered. Rows are read in batches on this thread while the batch before is parsed and
    /// hashed on every core, then checked in order: memory stays at two batches whatever the
    /// log's length.
    pub(crate) fn walk_audit_chain(&self, verifier: &mut ChainVerifier, work: &mut Work<'_>) -> Result<()> {
        use rayon::prelude::*;
        const BATCH: usize = 4096;
        let conn = self.conn;
        let total = u32::try_from(self.audit_head_seq()?).unwrap_or(u32::MAX);
        let step = text!(work.language(), "progress-checking-audit-log");
        let mut stmt = conn.prepare(&format!("SELECT {COLUMNS} FROM audit_log ORDER BY seq"))?;
        let mut rows = stmt.query([])?;
        let next = || -> Result<Option<Vec<StoredEntry>>> {
            let mut batch = Vec::with_capacity(BATCH);
            while batch.len() < BATCH {
                match rows.next()? {
                    Some(row) => batch.push(StoredEntry::read(&row)?),
                    None => break,
                }
            }
            Ok((!batch.is_empty()).then_some(batch))
        };
        let hash = |batch: Vec<StoredEntry>| {
            let intact: Vec<Option<bool>> = batch.par_iter().map(StoredEntry::intact).collect();
            (batch, intact)
        };
        crate::work::pipelined(next, hash, |(batch, intact)| {
            for (stored, intact) in batch.iter().zip(intact) {
                match intact {
                    Some(intact) => verifier.push_link(stored.link(), intact),
                    None => verifier.unreadable(stored.seq),
                }
            }
            let done = u32::try_from(verifier.entries_checked()).unwrap_or(u32::MAX);
            work.step(step.as_str(), done, total)
        })?;
        let present: Vec<String> = conn
            .prepare(conn.pick(
                "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'",
                "SELECT tgname::text FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal \
                 AND tgenabled <> 'D'",
            ))?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let missing: Vec<&str> =
            PROTECTION_TRIGGERS.iter().copied().filter(|t| !present.iter().any(|p| p == t)).collect();
        if !missing.is_empty() {
            verifier.protection_removed(&missing.join(", "));
        }
        Ok(())
    }
}

/// An audit row as stored, before its fields are parsed and checked: its text columns in one
/// buffer (one allocation per row).
struct StoredEntry {
    seq: i64,
    entity_id: Option<i64>,
    text: String,
    /// Where each of [`TEXT_COLUMNS`] ends in `text`.
    ends: [usize; TEXT_COLUMNS.len()],
    state_hash: bool,
    /// Whether every column held the type it was written as.
    typed: bool,
}

/// The text columns of [`COLUMNS`], by index: at, actor, role, action, entity_kind, summary,
/// changes, state_hash, prev_hash, hash.
const TEXT_COLUMNS: [usize; 10] = [1, 2, 3, 4, 5, 7, 8, 9, 10, 11];

/// One change as stored: its values as written (JSON strings or `null`), borrowed from the row.
#[derive(Deserialize)]
struct StoredChange<'a> {
    #[serde(borrow)]
    field: &'a serde_json::value::RawValue,
    #[serde(borrow)]
    old: &'a serde_json::value::RawValue,
    #[serde(borrow)]
    new: &'a serde_json::value::RawValue,
}

impl crate::audit::CanonicalChange for StoredChange<'_> {
    fn write_field(&self, out: &mut Vec<u8>) -> Option<()> {
        canonical_string(out, self.field, false)
    }
    fn write_old(&self, out: &mut Vec<u8>) -> Option<()> {
        canonical_string(out, self.old, true)
    }
    fn write_new(&self, out: &mut Vec<u8>) -> Option<()> {
        canonical_string(out, self.new, true)
    }
}

/// Writes a stored JSON string (or `null`, if `nullable`) as the canonical writer would. Text
/// without a backslash is already in that form (`serde_json` escapes only quotes, backslashes and
/// control characters, which unescaped JSON text cannot hold); other text is decoded and
/// written again. `None` when it is not a string.
fn canonical_string(out: &mut Vec<u8>, raw: &serde_json::value::RawValue, nullable: bool) -> Option<()> {
    let json = raw.get();
    match json.as_bytes().first() {
        Some(b'n') if nullable && json == "null" => out.extend_from_slice(b"null"),
        Some(b'"') if !json.contains('\\') => out.extend_from_slice(json.as_bytes()),
        Some(b'"') => crate::canonical::text(out, &serde_json::from_str::<String>(json).ok()?),
        _ => return None,
    }
    Some(())
}

impl StoredEntry {
    /// The row's columns; fails only when the row cannot be read at all.
    fn read(row: &Row<'_>) -> rusqlite::Result<StoredEntry> {
        use rusqlite::types::ValueRef;
        let mut typed = true;
        let mut text = String::with_capacity(512);
        let mut ends = [0; TEXT_COLUMNS.len()];
        let mut state_hash = false;
        for (i, column) in TEXT_COLUMNS.iter().enumerate() {
            match row.get_ref(*column)? {
                ValueRef::Text(t) => {
                    match std::str::from_utf8(t) {
                        Ok(t) => text.push_str(t),
                        Err(_) => text.push_str(&String::from_utf8_lossy(t)),
                    }
                    state_hash |= *column == 9;
                }
                ValueRef::Null if *column == 9 => {}
                _ => typed = false,
            }
            ends[i] = text.len();
        }
        let entity_id = match row.get_ref(6)? {
            ValueRef::Integer(id) => Some(id),
            ValueRef::Null => None,
            _ => {
                typed = false;
                None
            }
        };
        Ok(StoredEntry { seq: row.get(0)?, entity_id, text, ends, state_hash, typed })
    }

    /// The text of [`TEXT_COLUMNS`]`[i]`.
    fn column(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.text[start..self.ends[i]]
    }

    fn link(&self) -> ChainLink<'_> {
        ChainLink {
            seq: self.seq,
            entity_kind: self.column(4),
            entity_id: self.entity_id,
            state_hash: self.state_hash.then(|| self.column(7)),
            prev_hash: self.column(8),
            hash: self.column(9),
        }
    }

    /// Whether the entry's fields hash to its stored hash; `None` when they do not even read
    /// back as written.
    fn intact(&self) -> Option<bool> {
        if !self.typed {
            return None;
        }
        let at = parse_timestamp(self.column(0), 1).ok()?.to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
        let changes: Vec<StoredChange<'_>> = serde_json::from_str(self.column(6)).ok()?;
        let fields = EntryFields {
            seq: self.seq,
            at: &at,
            actor: self.column(1),
            role: crate::actor::Role::parse(self.column(2))?,
            action: self.column(3),
            entity_kind: self.column(4),
            entity_id: self.entity_id,
            summary: self.column(5),
            changes: &changes,
            state_hash: self.state_hash.then(|| self.column(7)),
            prev_hash: self.column(8),
        };
        fields.matches(self.column(9))
    }
}

/// Numbers, chains and inserts one entry.
pub(crate) fn append(conn: Conn<'_>, actor: &Actor, now: DateTime<Utc>, record: AuditRecord) -> Result<AuditEntry> {
    let (last_seq, prev_hash) = Reader { conn, writing: true }.audit_head()?.unwrap_or((0, GENESIS_HASH.to_owned()));
    let mut entry = AuditEntry {
        seq: last_seq + 1,
        at: now,
        actor: actor.name.clone(),
        role: actor.role,
        action: record.action,
        entity_kind: record.entity_kind,
        entity_id: record.entity_id,
        summary: record.summary,
        changes: record.changes,
        state_hash: record.state_hash,
        prev_hash,
        hash: String::new(),
    };
    entry.hash = entry_hash(&entry);
    conn.prepare_cached(&format!(
        "INSERT INTO audit_log ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
    ))?
    .execute(params![
        entry.seq,
        timestamp(entry.at),
        entry.actor,
        entry.role.as_str(),
        entry.action,
        entry.entity_kind,
        entry.entity_id,
        entry.summary,
        serde_json::to_string(&entry.changes).unwrap_or_else(|_| "[]".to_owned()),
        entry.state_hash,
        entry.prev_hash,
        entry.hash,
    ])?;
    Ok(entry)
}

/// One page of entries, newest first.
/// Entries about vendor `?5` (if given): the vendor itself and each kind of record that
/// belongs to it, found through that record's table.
const VENDOR_FILTER: &str = "(CAST(?5 AS BIGINT) IS NULL \
    OR (entity_kind IN ('vendor', 'vendor_risk_profile') AND entity_id = ?5) \
    OR (entity_kind = 'data_flow' AND entity_id IN (SELECT id FROM data_flows WHERE vendor_id = ?5)) \
    OR (entity_kind = 'vendor_edge' AND entity_id IN \
        (SELECT id FROM vendor_edges WHERE from_vendor_id = ?5 OR to_vendor_id = ?5)) \
    OR (entity_kind = 'vendor_document' AND entity_id IN (SELECT id FROM vendor_documents WHERE vendor_id = ?5)) \
    OR (entity_kind = 'assessment' AND entity_id IN (SELECT id FROM assessments WHERE vendor_id = ?5)) \
    OR (entity_kind = 'finding' AND entity_id IN (SELECT id FROM findings WHERE vendor_id = ?5)) \
    OR (entity_kind = 'risk_assessment' AND entity_id IN (SELECT id FROM risk_assessments WHERE vendor_id = ?5)) \
    OR (entity_kind = 'risk_acceptance' AND entity_id IN (SELECT id FROM risk_acceptances WHERE vendor_id = ?5)) \
    OR (entity_kind = 'incident' AND entity_id IN (SELECT id FROM incidents WHERE vendor_id = ?5)))";
