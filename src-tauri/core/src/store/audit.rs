//! SQL for the audit log: append, page, and the ordered walk `audit verify` uses.

use super::Reader;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

use super::{parse_timestamp, timestamp};
use crate::actor::Actor;
use crate::audit::{AuditEntry, AuditRecord, ChainVerifier, GENESIS_HASH, entry_hash};
use crate::error::Result;
use crate::vendor::Page;

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
            "(?1 IS NULL OR entity_kind = ?1) AND (?2 IS NULL OR entity_id = ?2) \
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
    /// altered. Rows are read in batches whose entries are parsed and hashed on every core,
    /// then checked in order: memory stays at one batch whatever the log's length.
    pub(crate) fn walk_audit_chain(&self, verifier: &mut ChainVerifier) -> Result<()> {
        use rayon::prelude::*;
        const BATCH: usize = 4096;
        let conn = self.conn;
        let mut stmt = conn.prepare(&format!("SELECT {COLUMNS} FROM audit_log ORDER BY seq"))?;
        let mut rows = stmt.query([])?;
        let mut batch: Vec<StoredEntry> = Vec::with_capacity(BATCH);
        let mut more = true;
        while more {
            batch.clear();
            while batch.len() < BATCH {
                match rows.next()? {
                    Some(row) => batch.push(StoredEntry::read(row)?),
                    None => {
                        more = false;
                        break;
                    }
                }
            }
            let checked: Vec<(i64, Option<(AuditEntry, bool)>)> = batch
                .par_iter()
                .map(|stored| {
                    let entry = stored.entry().map(|e| {
                        let intact = entry_hash(&e) == e.hash;
                        (e, intact)
                    });
                    (stored.seq, entry)
                })
                .collect();
            for (seq, entry) in checked {
                match entry {
                    Some((entry, intact)) => verifier.push_hashed(&entry, intact),
                    None => verifier.unreadable(seq),
                }
            }
        }
        let present: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'")?
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

/// An audit row as stored, before its fields are parsed and checked.
struct StoredEntry {
    seq: i64,
    at: String,
    actor: String,
    role: String,
    action: String,
    entity_kind: String,
    entity_id: Option<i64>,
    summary: String,
    changes: String,
    state_hash: Option<String>,
    prev_hash: String,
    hash: String,
    /// Whether every column held the type it was written as.
    typed: bool,
}

impl StoredEntry {
    /// The row's columns, as text; fails only when a column does not hold text at all.
    fn read(row: &Row<'_>) -> rusqlite::Result<StoredEntry> {
        let typed = std::cell::Cell::new(true);
        let text = |i: usize| -> rusqlite::Result<String> {
            Ok(match row.get_ref(i)? {
                rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                _ => {
                    typed.set(false);
                    String::new()
                }
            })
        };
        let entity_id = row.get(6).inspect_err(|_| typed.set(false)).unwrap_or(None);
        let state_hash = row.get(9).inspect_err(|_| typed.set(false)).unwrap_or(None);
        Ok(StoredEntry {
            seq: row.get(0)?,
            at: text(1)?,
            actor: text(2)?,
            role: text(3)?,
            action: text(4)?,
            entity_kind: text(5)?,
            entity_id,
            summary: text(7)?,
            changes: text(8)?,
            state_hash,
            prev_hash: text(10)?,
            hash: text(11)?,
            typed: typed.get(),
        })
    }

    /// The entry, if every field reads back as written.
    fn entry(&self) -> Option<AuditEntry> {
        if !self.typed {
            return None;
        }
        Some(AuditEntry {
            seq: self.seq,
            at: parse_timestamp(&self.at, 1).ok()?,
            actor: self.actor.clone(),
            role: crate::actor::Role::parse(&self.role)?,
            action: self.action.clone(),
            entity_kind: self.entity_kind.clone(),
            entity_id: self.entity_id,
            summary: self.summary.clone(),
            changes: serde_json::from_str(&self.changes).ok()?,
            state_hash: self.state_hash.clone(),
            prev_hash: self.prev_hash.clone(),
            hash: self.hash.clone(),
        })
    }
}

/// Numbers, chains and inserts one entry.
pub(crate) fn append(conn: &Connection, actor: &Actor, now: DateTime<Utc>, record: AuditRecord) -> Result<AuditEntry> {
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
const VENDOR_FILTER: &str = "(?5 IS NULL \
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
