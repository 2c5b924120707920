//! SQL for risk: rubric versions, risk profiles, dated risk assessments, documents and
//! acceptances, and the per-vendor aggregates the risk book reads.

use super::db::{Conn, Row};
use super::{Reader, Writer};
use chrono::{NaiveDate, Utc};
use rusqlite::{OptionalExtension, params};

use super::{parse_timestamp, timestamp};
use crate::datamap::VendorRef;
use crate::error::{CoreError, Result};
use crate::ids::VendorId;
use crate::risk::book::StoredInputs;
use crate::risk::compute::{RiskFacts, RiskResult};
use crate::risk::records::{DocumentKind, RiskAcceptance, RiskSnapshot, VendorDocument};
use crate::risk::rubric::{AccessLevel, Level, Rubric, Substitutability};

fn json_error(e: serde_json::Error) -> CoreError {
    CoreError::Corrupt(format!("a stored risk record is unreadable: {e}"))
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| CoreError::Internal(e.to_string()))
}

/// Seeds the rubric the app ships with (migration 0005).
pub(crate) fn seed_rubric(conn: Conn<'_>) -> rusqlite::Result<()> {
    let rubric = Rubric::default();
    conn.execute(
        "INSERT INTO risk_rubrics (version, definition, created_at) VALUES (?1, ?2, ?3)",
        params![rubric.version, serde_json::to_string(&rubric).unwrap_or_default(), timestamp(Utc::now())],
    )?;
    Ok(())
}

impl Reader<'_> {
    /// The newest rubric version.
    pub(crate) fn current_rubric(&self) -> Result<Rubric> {
        let conn = self.conn;
        let text: String = conn
            .prepare_cached("SELECT definition FROM risk_rubrics ORDER BY version DESC LIMIT 1")?
            .query_row([], |r| r.get(0))?;
        serde_json::from_str(&text).map_err(json_error)
    }

    /// Every rubric version, for `audit verify`.
    pub(crate) fn rubrics(&self) -> Result<Vec<Rubric>> {
        let conn = self.conn;
        conn.prepare("SELECT definition FROM risk_rubrics ORDER BY version")?
            .query_map([], |r| r.get::<_, String>(0))?
            .map(|t| serde_json::from_str(&t?).map_err(json_error))
            .collect()
    }

    /// One vendor's stored risk profile.
    pub(crate) fn risk_profile(&self, vendor: VendorId) -> Result<Option<Profile>> {
        let conn = self.conn;
        Ok(conn
            .prepare_cached(
                "SELECT vendor_id, access_level, substitutability, override_level, override_reason FROM vendor_risk_profiles WHERE vendor_id = ?1",
            )?
            .query_row([vendor], profile_from_row)
            .optional()?
            .map(|(_, p)| p))
    }

    /// Every stored risk profile with its vendor's name, for `audit verify`.
    pub(crate) fn risk_profiles(&self) -> Result<Vec<(VendorRef, Profile)>> {
        let conn = self.conn;
        Ok(conn
            .prepare(
                "SELECT p.vendor_id, p.access_level, p.substitutability, p.override_level, p.override_reason, v.name \
                 FROM vendor_risk_profiles p JOIN vendors v ON v.id = p.vendor_id ORDER BY p.vendor_id",
            )?
            .query_map([], |r| {
                let (id, p) = profile_from_row(r)?;
                Ok((VendorRef { id, name: r.get::<_, String>(5)?.into() }, p))
            })?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Everything the risk book reads from the register, in a handful of queries.
    pub(crate) fn risk_inputs(&self) -> Result<StoredInputs> {
        let conn = self.conn;
        let mut inputs = StoredInputs::default();
        let mut stmt = conn.prepare_cached(
            "SELECT vendor_id, access_level, substitutability, override_level, override_reason FROM vendor_risk_profiles",
        )?;
        for row in stmt.query_map([], profile_from_row)? {
            let (vendor, profile) = row?;
            inputs.profiles.insert(vendor, profile);
        }
        let mut stmt = conn.prepare_cached(
            "SELECT vendor_id, score FROM (SELECT vendor_id, score, row_number() OVER (PARTITION BY vendor_id ORDER BY decided_at DESC, id DESC) AS n \
             FROM assessments WHERE status IN ('accepted', 'accepted_with_conditions') AND score IS NOT NULL) AS ranked WHERE n = 1",
        )?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, VendorId>(0)?, r.get::<_, f64>(1)?)))? {
            let (vendor, score) = row?;
            inputs.control_scores.insert(vendor, score);
        }
        let mut stmt = conn.prepare_cached(
            "SELECT vendor_id, severity, count(*) FROM findings WHERE status IN ('open', 'remediation_requested') GROUP BY vendor_id, severity",
        )?;
        for row in
            stmt.query_map([], |r| Ok((r.get::<_, VendorId>(0)?, r.get::<_, String>(1)?, r.get::<_, u32>(2)?)))?
        {
            let (vendor, severity, count) = row?;
            let slot = match severity.as_str() {
                "low" => 0,
                "medium" => 1,
                "high" => 2,
                _ => 3,
            };
            inputs.open_findings.entry(vendor).or_default()[slot] = count;
        }
        let mut stmt =
            conn.prepare_cached("SELECT vendor_id, max(assessed_at) FROM risk_assessments GROUP BY vendor_id")?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, VendorId>(0)?, r.get::<_, String>(1)?)))? {
            let (vendor, at) = row?;
            if let Some(date) = date_of(&at) {
                inputs.last_reviewed.insert(vendor, date);
            }
        }
        let mut stmt = conn.prepare_cached(
            "SELECT vendor_id, min(requested_at) FROM review_requests WHERE resolved_at IS NULL GROUP BY vendor_id",
        )?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, VendorId>(0)?, r.get::<_, String>(1)?)))? {
            let (vendor, at) = row?;
            if let Some(date) = date_of(&at) {
                inputs.review_requested.insert(vendor, date);
            }
        }
        Ok(inputs)
    }

    /// A vendor's risk assessments, oldest first.
    pub(crate) fn risk_snapshots(&self, vendor: VendorId) -> Result<Vec<RiskSnapshot>> {
        let conn = self.conn;
        Ok(conn
            .prepare_cached(&format!("SELECT {SNAPSHOT_COLUMNS} WHERE s.vendor_id = ?1 ORDER BY s.assessed_at, s.id"))?
            .query_map([vendor], |r| snapshot_from_row(r).map(|(s, _)| s))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Every risk assessment with its frozen rubric text, for `audit verify`.
    pub(crate) fn all_risk_snapshots(&self) -> Result<Vec<(RiskSnapshot, String)>> {
        let conn = self.conn;
        Ok(conn
            .prepare(&format!("SELECT {SNAPSHOT_COLUMNS} ORDER BY s.id"))?
            .query_map([], snapshot_from_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Documents of a vendor, or of every vendor that is not archived.
    pub(crate) fn documents(&self, vendor: Option<VendorId>) -> Result<Vec<VendorDocument>> {
        let conn = self.conn;
        Ok(conn
            .prepare_cached(&format!(
                "SELECT {DOCUMENT_COLUMNS} WHERE (CAST(?1 AS BIGINT) IS NULL OR d.vendor_id = ?1) AND v.archived_at IS NULL ORDER BY v.name, d.kind, d.id"
            ))?
            .query_map([vendor], document_from_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Every document, archived vendors' too, for `audit verify`.
    pub(crate) fn all_documents(&self) -> Result<Vec<VendorDocument>> {
        let conn = self.conn;
        Ok(conn
            .prepare(&format!("SELECT {DOCUMENT_COLUMNS} ORDER BY d.id"))?
            .query_map([], document_from_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn document(&self, id: i64) -> Result<VendorDocument> {
        let conn = self.conn;
        conn.prepare_cached(&format!("SELECT {DOCUMENT_COLUMNS} WHERE d.id = ?1"))?
            .query_row([id], document_from_row)
            .optional()?
            .ok_or_else(|| CoreError::not_found("document", id))
    }

    /// Acceptances of a vendor, or all, newest first.
    pub(crate) fn acceptances(&self, vendor: Option<VendorId>) -> Result<Vec<RiskAcceptance>> {
        let conn = self.conn;
        Ok(conn
            .prepare_cached(&format!(
                "SELECT {ACCEPTANCE_COLUMNS} WHERE CAST(?1 AS BIGINT) IS NULL OR a.vendor_id = ?1 ORDER BY a.created_at DESC, a.id DESC"
            ))?
            .query_map([vendor], acceptance_from_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn acceptance(&self, id: i64) -> Result<RiskAcceptance> {
        let conn = self.conn;
        conn.prepare_cached(&format!("SELECT {ACCEPTANCE_COLUMNS} WHERE a.id = ?1"))?
            .query_row([id], acceptance_from_row)
            .optional()?
            .ok_or_else(|| CoreError::not_found("risk acceptance", id))
    }

    /// Contract renewal dates and notice periods of vendors not archived or terminated.
    pub(crate) fn renewals(&self) -> Result<Vec<Renewal>> {
        let conn = self.conn;
        Ok(conn
            .prepare_cached(
                "SELECT id, name, contract_renewal, notice_period_days FROM vendors \
                 WHERE archived_at IS NULL AND status <> 'terminated' AND contract_renewal IS NOT NULL",
            )?
            .query_map([], |r| {
                Ok((
                    VendorRef { id: r.get(0)?, name: r.get::<_, String>(1)?.into() },
                    r.get::<_, Option<String>>(2)?.as_deref().and_then(date_of),
                    r.get(3)?,
                ))
            })?
            .collect::<rusqlite::Result<_>>()?)
    }
}

impl Writer<'_> {
    pub(crate) fn insert_rubric(&self, rubric: &Rubric) -> Result<()> {
        let conn = self.conn();
        let now = self.now;
        conn.prepare_cached("INSERT INTO risk_rubrics (version, definition, created_at) VALUES (?1, ?2, ?3)")?
            .execute(params![rubric.version, to_json(rubric)?, timestamp(now)])?;
        Ok(())
    }

    pub(crate) fn save_risk_profile(&self, vendor: VendorId, p: &Profile) -> Result<()> {
        let conn = self.conn();
        let now = self.now;
        conn.prepare_cached(
            "INSERT INTO vendor_risk_profiles (vendor_id, access_level, substitutability, override_level, override_reason, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (vendor_id) DO UPDATE SET access_level = excluded.access_level, \
             substitutability = excluded.substitutability, override_level = excluded.override_level, \
             override_reason = excluded.override_reason, updated_at = excluded.updated_at",
        )?
        .execute(params![vendor, p.0, p.1, p.2, p.3, timestamp(now)])?;
        Ok(())
    }

    /// Stores a dated risk assessment with its frozen rubric.
    pub(crate) fn insert_risk_snapshot(
        &self,
        vendor: VendorId,
        rubric: &Rubric,
        facts: &RiskFacts,
        result: &RiskResult,
    ) -> Result<i64> {
        let conn = self.conn();
        let now = self.now;
        let inserted = conn.prepare_cached(
            "INSERT INTO risk_assessments (vendor_id, assessed_at, rubric_version, rubric, facts, result, tier, inherent, residual) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id",
        )?
        .insert_returning_id(params![
            vendor,
            timestamp(now),
            rubric.version,
            to_json(rubric)?,
            to_json(facts)?,
            to_json(result)?,
            result.tier,
            result.inherent,
            result.residual
        ])?;
        Ok(inserted)
    }

    pub(crate) fn insert_document(&self, vendor: VendorId, d: &DocumentFields<'_>) -> Result<i64> {
        let conn = self.conn();
        let now = self.now;
        let inserted = conn.prepare_cached(
            "INSERT INTO vendor_documents (vendor_id, kind, title, issued_on, period_end, expires_on, sha256, file_name, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9) RETURNING id",
        )?
        .insert_returning_id(params![
            vendor,
            d.kind,
            d.title,
            d.issued_on.map(|x| x.to_string()),
            d.period_end.map(|x| x.to_string()),
            d.expires_on.map(|x| x.to_string()),
            d.file.map(|f| f.0),
            d.file.map(|f| f.1),
            timestamp(now)
        ])?;
        Ok(inserted)
    }

    pub(crate) fn insert_acceptance(
        &self,
        vendor: VendorId,
        approver: &str,
        justification: &str,
        expires_on: NaiveDate,
        level: Level,
    ) -> Result<i64> {
        let conn = self.conn();
        let now = self.now;
        let inserted = conn.prepare_cached(
            "INSERT INTO risk_acceptances (vendor_id, approver, justification, expires_on, accepted_level, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
        )?
        .insert_returning_id(params![vendor, approver, justification, expires_on.to_string(), level, timestamp(now)])?;
        Ok(inserted)
    }

    pub(crate) fn revoke_acceptance(&self, id: i64) -> Result<()> {
        let conn = self.conn();
        let now = self.now;
        conn.prepare_cached("UPDATE risk_acceptances SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL")?
            .execute(params![id, timestamp(now)])?;
        Ok(())
    }
}

type Profile = (AccessLevel, Substitutability, Option<Level>, Option<String>);

fn profile_from_row(r: &Row<'_>) -> rusqlite::Result<(VendorId, Profile)> {
    Ok((r.get(0)?, (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
}

fn date_of(text: &str) -> Option<NaiveDate> {
    text.get(..10).and_then(|d| d.parse().ok())
}

fn snapshot_from_row(r: &Row<'_>) -> rusqlite::Result<(RiskSnapshot, String)> {
    let facts: String = r.get(5)?;
    let result: String = r.get(6)?;
    let bad = |i: usize, e: serde_json::Error| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    };
    Ok((
        RiskSnapshot {
            id: r.get(0)?,
            vendor: VendorRef { id: r.get(1)?, name: r.get::<_, String>(2)?.into() },
            assessed_at: parse_timestamp(&r.get::<_, String>(3)?, 3)?,
            rubric_version: r.get(4)?,
            facts: serde_json::from_str(&facts).map_err(|e| bad(5, e))?,
            result: serde_json::from_str(&result).map_err(|e| bad(6, e))?,
        },
        r.get(7)?,
    ))
}

const SNAPSHOT_COLUMNS: &str = "s.id, s.vendor_id, v.name, s.assessed_at, s.rubric_version, s.facts, s.result, s.rubric FROM risk_assessments s JOIN vendors v ON v.id = s.vendor_id";

fn document_from_row(r: &Row<'_>) -> rusqlite::Result<VendorDocument> {
    let date = |i: usize| -> rusqlite::Result<Option<NaiveDate>> {
        Ok(r.get::<_, Option<String>>(i)?.as_deref().and_then(date_of))
    };
    Ok(VendorDocument {
        id: r.get(0)?,
        vendor: VendorRef { id: r.get(1)?, name: r.get::<_, String>(2)?.into() },
        kind: r.get(3)?,
        title: r.get(4)?,
        issued_on: date(5)?,
        period_end: date(6)?,
        expires_on: date(7)?,
        sha256: r.get(8)?,
        file_name: r.get(9)?,
        created_at: parse_timestamp(&r.get::<_, String>(10)?, 10)?,
        updated_at: parse_timestamp(&r.get::<_, String>(11)?, 11)?,
    })
}

const DOCUMENT_COLUMNS: &str = "d.id, d.vendor_id, v.name, d.kind, d.title, d.issued_on, d.period_end, d.expires_on, d.sha256, \
     d.file_name, d.created_at, d.updated_at FROM vendor_documents d JOIN vendors v ON v.id = d.vendor_id";

/// A document's fields.
pub(crate) struct DocumentFields<'a> {
    pub kind: DocumentKind,
    pub title: &'a str,
    pub issued_on: Option<NaiveDate>,
    pub period_end: Option<NaiveDate>,
    pub expires_on: Option<NaiveDate>,
    pub file: Option<(&'a str, &'a str)>,
}

fn acceptance_from_row(r: &Row<'_>) -> rusqlite::Result<RiskAcceptance> {
    Ok(RiskAcceptance {
        id: r.get(0)?,
        vendor: VendorRef { id: r.get(1)?, name: r.get::<_, String>(2)?.into() },
        approver: r.get(3)?,
        justification: r.get(4)?,
        expires_on: r
            .get::<_, String>(5)?
            .parse()
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(5, rusqlite::types::Type::Text, Box::new(e)))?,
        accepted_level: r.get(6)?,
        created_at: parse_timestamp(&r.get::<_, String>(7)?, 7)?,
        revoked_at: r.get::<_, Option<String>>(8)?.map(|t| parse_timestamp(&t, 8)).transpose()?,
    })
}

const ACCEPTANCE_COLUMNS: &str = "a.id, a.vendor_id, v.name, a.approver, a.justification, a.expires_on, a.accepted_level, \
     a.created_at, a.revoked_at FROM risk_acceptances a JOIN vendors v ON v.id = a.vendor_id";

/// Per-vendor open-finding counts summed over every vendor: low, medium, high, critical.
pub(crate) fn open_findings_total(inputs: &StoredInputs) -> [u32; 4] {
    inputs.open_findings.values().fold([0; 4], |mut acc, c| {
        acc.iter_mut().zip(c).for_each(|(a, b)| *a += b);
        acc
    })
}

/// A vendor's contract renewal date and notice period in days.
pub(crate) type Renewal = (VendorRef, Option<NaiveDate>, Option<i64>);
