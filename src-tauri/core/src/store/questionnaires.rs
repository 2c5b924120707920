//! SQL for questionnaire templates, assessments, answers, evidence files and findings.

use super::{Reader, Writer};
use std::collections::HashMap;

use super::db::{Conn, Row};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::{parse_timestamp, timestamp};
use crate::datamap::VendorRef;
use crate::error::{CoreError, Result};
use crate::ids::{AssessmentId, FindingId, VendorId};
use crate::questionnaire::answer::AnswerValue;
use crate::questionnaire::assessment::{
    AnswerRecord, Assessment, AssessmentSource, AssessmentStatus, AssessmentSummary, EvidenceRef, Finding,
    FindingStatus,
};
use crate::questionnaire::evidence::CheckedEvidence;
use crate::questionnaire::template::{Severity, Template, builtin_templates};
use crate::text::Message;

/// A template in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TemplateInfo {
    /// The row id (audit log entity id).
    pub row_id: i64,
    pub id: String,
    pub version: u32,
    pub title: String,
    pub builtin: bool,
    pub questions: u32,
    /// The newest version of this template id.
    pub latest: bool,
}

fn json_error(e: serde_json::Error) -> CoreError {
    CoreError::Corrupt(format!("a stored questionnaire record is unreadable: {e}"))
}

/// Seeds the built-in templates (migration 0004).
pub(crate) fn seed_templates(conn: Conn<'_>) -> rusqlite::Result<()> {
    let now = timestamp(Utc::now());
    for template in builtin_templates() {
        conn.execute(
            "INSERT INTO questionnaire_templates (key, version, title, builtin, definition, created_at) VALUES (?1, ?2, ?3, 1, ?4, ?5)",
            params![template.id, template.version, template.title, serde_json::to_string(&template).unwrap_or_default(), now],
        )?;
    }
    Ok(())
}

/// How many questions a stored template definition holds.
fn question_count(definition: &str) -> u32 {
    let sections = serde_json::from_str::<serde_json::Value>(definition).ok();
    let sections = sections.as_ref().and_then(|d| d.get("sections")).and_then(|s| s.as_array());
    sections.into_iter().flatten().filter_map(|s| s.get("questions")?.as_array().map(Vec::len)).sum::<usize>() as u32
}

impl Reader<'_> {
    /// Every template version, newest first within an id.
    pub(crate) fn templates(&self) -> Result<Vec<TemplateInfo>> {
        let conn = self.conn;
        Ok(conn
            .prepare_cached(
                "SELECT t.id, t.key, t.version, t.title, t.builtin, t.definition, \
                 t.version = (SELECT max(version) FROM questionnaire_templates WHERE key = t.key) \
                 FROM questionnaire_templates t ORDER BY t.builtin DESC, t.title, t.version DESC",
            )?
            .query_map([], |r| {
                Ok(TemplateInfo {
                    row_id: r.get(0)?,
                    id: r.get(1)?,
                    version: r.get(2)?,
                    title: r.get(3)?,
                    builtin: r.get(4)?,
                    questions: question_count(&r.get::<_, String>(5)?),
                    latest: r.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// The row id and definition of a template version (`None`: the latest).
    pub(crate) fn template(&self, key: &str, version: Option<u32>) -> Result<(i64, Template)> {
        let conn = self.conn;
        let row: Option<(i64, String)> = conn
            .prepare_cached(
                "SELECT id, definition FROM questionnaire_templates WHERE key = ?1 AND (CAST(?2 AS BIGINT) IS NULL OR version = ?2) \
                 ORDER BY version DESC LIMIT 1",
            )?
            .query_row(params![key, version], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let (row_id, definition) = row.ok_or_else(|| match version {
            Some(v) => CoreError::not_found("questionnaire template", format!("{key} version {v}")),
            None => CoreError::not_found("questionnaire template", key),
        })?;
        Ok((row_id, serde_json::from_str(&definition).map_err(json_error)?))
    }

    /// The built-in templates as stored, for `audit verify`.
    pub(crate) fn builtin_templates_stored(&self) -> Result<Vec<Template>> {
        let conn = self.conn;
        conn.prepare("SELECT definition FROM questionnaire_templates WHERE builtin = 1 ORDER BY id")?
            .query_map([], |r| r.get::<_, String>(0))?
            .map(|d| serde_json::from_str(&d?).map_err(json_error))
            .collect()
    }

    /// The user's own templates with their row ids, for `audit verify`.
    pub(crate) fn custom_templates(&self) -> Result<Vec<(i64, Template)>> {
        let conn = self.conn;
        conn.prepare("SELECT id, definition FROM questionnaire_templates WHERE builtin = 0 ORDER BY id")?
            .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?
            .map(|row| {
                let (id, d) = row?;
                Ok((id, serde_json::from_str(&d).map_err(json_error)?))
            })
            .collect()
    }

    /// The newest version number of a template id, if any.
    pub(crate) fn latest_template_version(&self, key: &str) -> Result<Option<u32>> {
        let conn = self.conn;
        Ok(conn
            .prepare_cached("SELECT max(version) FROM questionnaire_templates WHERE key = ?1")?
            .query_row([key], |r| r.get(0))?)
    }

    /// One assessment and the row id of its template.
    pub(crate) fn assessment(&self, id: AssessmentId) -> Result<(Assessment, i64)> {
        let conn = self.conn;
        conn.prepare_cached(&format!(
            "SELECT {ASSESSMENT_COLUMNS}, a.template_id FROM assessments a JOIN vendors v ON v.id = a.vendor_id \
             JOIN questionnaire_templates t ON t.id = a.template_id WHERE a.id = ?1"
        ))?
        .query_row([id], |r| Ok((assessment_from_row(r)?, r.get(17)?)))
        .optional()?
        .ok_or_else(|| CoreError::not_found("assessment", id))
    }

    /// The template definition stored under a row id.
    pub(crate) fn template_by_row(&self, row_id: i64) -> Result<Template> {
        let conn = self.conn;
        let definition: String = conn
            .prepare_cached("SELECT definition FROM questionnaire_templates WHERE id = ?1")?
            .query_row([row_id], |r| r.get(0))?;
        serde_json::from_str(&definition).map_err(json_error)
    }

    /// Assessments, newest first: of one vendor, or all.
    pub(crate) fn assessments(&self, vendor: Option<VendorId>) -> Result<Vec<AssessmentSummary>> {
        let conn = self.conn;
        Ok(conn
            .prepare_cached(&format!(
                "SELECT {ASSESSMENT_COLUMNS} FROM assessments a JOIN vendors v ON v.id = a.vendor_id \
                 JOIN questionnaire_templates t ON t.id = a.template_id WHERE CAST(?1 AS BIGINT) IS NULL OR a.vendor_id = ?1 \
                 ORDER BY a.created_at DESC, a.id DESC"
            ))?
            .query_map([vendor], |r| {
                let a = assessment_from_row(r)?;
                Ok(AssessmentSummary {
                    id: a.id,
                    vendor: a.vendor,
                    template_id: a.template_id,
                    template_title: a.template_title,
                    template_version: a.template_version,
                    status: a.status,
                    source: a.source,
                    due_date: a.due_date,
                    respondent: a.respondent,
                    updated_at: a.updated_at,
                })
            })?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Every assessment id, for `audit verify`.
    pub(crate) fn assessment_ids(&self) -> Result<Vec<AssessmentId>> {
        let conn = self.conn;
        Ok(conn
            .prepare("SELECT id FROM assessments ORDER BY id")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// The answers of an assessment with their evidence, in question-id order.
    pub(crate) fn answers(&self, id: AssessmentId) -> Result<Vec<AnswerRecord>> {
        let conn = self.conn;
        let mut evidence: HashMap<String, Vec<EvidenceRef>> = HashMap::new();
        let mut files = conn.prepare_cached(
            "SELECT ae.question_id, ae.sha256, ae.file_name, f.size, f.media_type, ae.added_at FROM answer_evidence ae \
             JOIN evidence_files f ON f.sha256 = ae.sha256 WHERE ae.assessment_id = ?1 ORDER BY ae.added_at, ae.file_name",
        )?;
        for row in files.query_map([id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                EvidenceRef {
                    sha256: r.get(1)?,
                    file_name: r.get(2)?,
                    size: r.get(3)?,
                    media_type: r.get(4)?,
                    added_at: parse_timestamp(&r.get::<_, String>(5)?, 5)?,
                },
            ))
        })? {
            let (question, file) = row?;
            evidence.entry(question).or_default().push(file);
        }
        let mut stmt = conn.prepare_cached(
            "SELECT question_id, value, comment, ownership, updated_at FROM assessment_answers WHERE assessment_id = ?1 ORDER BY question_id",
        )?;
        let mut out: Vec<AnswerRecord> = Vec::new();
        for row in stmt.query_map([id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get(2)?,
                r.get(3)?,
                parse_timestamp(&r.get::<_, String>(4)?, 4)?,
            ))
        })? {
            let (question_id, value, comment, ownership, updated_at) = row?;
            let value: Option<AnswerValue> = value.map(|v| serde_json::from_str(&v)).transpose().map_err(json_error)?;
            let files = evidence.remove(&question_id).unwrap_or_default();
            out.push(AnswerRecord { question_id, value, comment, ownership, evidence: files, updated_at });
        }
        // Evidence on a question with no answer row yet still shows.
        for (question_id, files) in evidence {
            let updated_at = files.iter().map(|f| f.added_at).max().unwrap_or_default();
            out.push(AnswerRecord {
                question_id,
                value: None,
                comment: None,
                ownership: None,
                evidence: files,
                updated_at,
            });
        }
        out.sort_by(|a, b| a.question_id.cmp(&b.question_id));
        Ok(out)
    }

    /// The bytes and name of an evidence file.
    pub(crate) fn evidence_content(&self, sha256: &str) -> Result<(Vec<u8>, String)> {
        let conn = self.conn;
        conn.prepare_cached("SELECT content, media_type FROM evidence_files WHERE sha256 = ?1")?
            .query_row([sha256], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?
            .ok_or_else(|| CoreError::not_found("evidence file", sha256))
    }

    /// Every stored evidence file's key and content, for `audit verify`.
    pub(crate) fn evidence_hashes(&self, mut f: impl FnMut(&str, &[u8])) -> Result<()> {
        let conn = self.conn;
        let mut stmt = conn.prepare("SELECT sha256, content FROM evidence_files")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let key: String = row.get(0)?;
            let content: Vec<u8> = row.get(1)?;
            f(&key, &content);
        }
        Ok(())
    }

    /// Findings of a vendor, of an assessment, or all; most severe and newest first.
    pub(crate) fn findings(&self, vendor: Option<VendorId>, assessment: Option<AssessmentId>) -> Result<Vec<Finding>> {
        let conn = self.conn;
        Ok(conn
            .prepare_cached(&format!(
                "SELECT {FINDING_COLUMNS} FROM findings f JOIN vendors v ON v.id = f.vendor_id \
                 WHERE (CAST(?1 AS BIGINT) IS NULL OR f.vendor_id = ?1) AND (CAST(?2 AS BIGINT) IS NULL OR f.assessment_id = ?2) \
                 ORDER BY CASE f.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END, f.id DESC"
            ))?
            .query_map(params![vendor, assessment], finding_from_row)?
            .collect::<rusqlite::Result<_>>()?)
        .and_then(|f| with_finding_evidence(conn, f))
    }

    pub(crate) fn finding(&self, id: FindingId) -> Result<Finding> {
        let conn = self.conn;
        conn.prepare_cached(&format!(
            "SELECT {FINDING_COLUMNS} FROM findings f JOIN vendors v ON v.id = f.vendor_id WHERE f.id = ?1"
        ))?
        .query_row([id], finding_from_row)
        .optional()?
        .ok_or_else(|| CoreError::not_found("finding", id))
    }
}

impl Writer<'_> {
    /// Stores a new template version; refuses one that exists.
    pub(crate) fn insert_template(&self, template: &Template) -> Result<i64> {
        let conn = self.conn();
        let now = self.now;
        let exists: bool = conn
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM questionnaire_templates WHERE key = ?1 AND version = ?2)")?
            .query_row(params![template.id, template.version], |r| r.get(0))?;
        if exists {
            return Err(CoreError::Conflict(
                Message::new("error-template-version-exists")
                    .arg("template", &template.id)
                    .arg("version", template.version),
            ));
        }
        let inserted = conn.prepare_cached(
            "INSERT INTO questionnaire_templates (key, version, title, builtin, definition, created_at) VALUES (?1, ?2, ?3, 0, ?4, ?5) RETURNING id",
        )?
        .insert_returning_id(params![
            template.id,
            template.version,
            template.title,
            serde_json::to_string(template).map_err(|e| CoreError::Internal(e.to_string()))?,
            timestamp(now)
        ])?;
        Ok(inserted)
    }

    pub(crate) fn insert_assessment(&self, a: &NewAssessment<'_>) -> Result<AssessmentId> {
        let conn = self.conn();
        let now = self.now;
        let inserted = conn.prepare_cached(
            "INSERT INTO assessments (vendor_id, template_id, status, source, due_date, respondent, previous_id, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8) RETURNING id",
        )?
        .insert_returning_id(params![
            a.vendor,
            a.template_row,
            a.status,
            a.source,
            a.due_date.map(|d| d.to_string()),
            a.respondent,
            a.previous,
            timestamp(now)
        ])?;
        Ok(AssessmentId(inserted))
    }

    /// Sets (or clears, with no value and no comment) one answer.
    pub(crate) fn save_answer(
        &self,
        id: AssessmentId,
        question_id: &str,
        value: Option<&AnswerValue>,
        comment: Option<&str>,
        ownership: Option<&str>,
    ) -> Result<()> {
        let conn = self.conn();
        let now = self.now;
        if value.is_none() && comment.is_none() && ownership.is_none() {
            conn.prepare_cached("DELETE FROM assessment_answers WHERE assessment_id = ?1 AND question_id = ?2")?
                .execute(params![id, question_id])?;
        } else {
            let value = value.map(serde_json::to_string).transpose().map_err(|e| CoreError::Internal(e.to_string()))?;
            conn.prepare_cached(
                "INSERT INTO assessment_answers (assessment_id, question_id, value, comment, ownership, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (assessment_id, question_id) DO UPDATE SET \
                 value = excluded.value, comment = excluded.comment, ownership = excluded.ownership, updated_at = excluded.updated_at",
            )?
            .execute(params![id, question_id, value, comment, ownership, timestamp(now)])?;
        }
        touch(conn, now, id)
    }

    /// Moves an assessment to a status, stamping submission and decision times.
    pub(crate) fn set_assessment_status(
        &self,
        id: AssessmentId,
        status: AssessmentStatus,
        reason: Option<&str>,
    ) -> Result<()> {
        let conn = self.conn();
        let now = self.now;
        let at = timestamp(now);
        conn.prepare_cached(
            "UPDATE assessments SET status = ?2, updated_at = ?3, \
             submitted_at = CASE WHEN ?2 = 'submitted' THEN ?3 ELSE submitted_at END, \
             decided_at = CASE WHEN ?2 IN ('accepted', 'accepted_with_conditions', 'rejected') THEN ?3 ELSE decided_at END, \
             decision_reason = CASE WHEN CAST(?4 AS TEXT) IS NOT NULL THEN ?4 ELSE decision_reason END WHERE id = ?1",
        )?
        .execute(params![id, status, at, reason])?;
        Ok(())
    }

    /// Keeps an accepted assessment's overall score.
    pub(crate) fn set_assessment_score(&self, id: AssessmentId, score: Option<f64>) -> Result<()> {
        let conn = self.conn();
        conn.prepare_cached("UPDATE assessments SET score = ?2 WHERE id = ?1")?.execute(params![id, score])?;
        Ok(())
    }

    /// Stores an evidence file's bytes once (by hash) and attaches it to a question.
    pub(crate) fn attach_evidence(
        &self,
        id: AssessmentId,
        question_id: &str,
        file: &CheckedEvidence,
        bytes: &[u8],
    ) -> Result<()> {
        let conn = self.conn();
        let now = self.now;
        self.store_evidence(file, bytes)?;
        self.link_evidence(id, question_id, &file.sha256, &file.file_name)?;
        touch(conn, now, id)
    }

    /// Attaches a stored evidence file to a question (again, under a name).
    pub(crate) fn link_evidence(
        &self,
        id: AssessmentId,
        question_id: &str,
        sha256: &str,
        file_name: &str,
    ) -> Result<()> {
        let conn = self.conn();
        let now = self.now;
        conn.prepare_cached(
            "INSERT INTO answer_evidence (assessment_id, question_id, sha256, file_name, added_at) VALUES (?1, ?2, ?3, ?4, ?5) \
             ON CONFLICT (assessment_id, question_id, sha256) DO UPDATE SET file_name = excluded.file_name",
        )?
        .execute(params![id, question_id, sha256, file_name, timestamp(now)])?;
        Ok(())
    }

    /// Detaches an evidence file from a question (the bytes stay: other answers or reports may cite them).
    pub(crate) fn detach_evidence(&self, id: AssessmentId, question_id: &str, sha256: &str) -> Result<()> {
        let conn = self.conn();
        let now = self.now;
        let removed = conn
            .prepare_cached(
                "DELETE FROM answer_evidence WHERE assessment_id = ?1 AND question_id = ?2 AND sha256 = ?3",
            )?
            .execute(params![id, question_id, sha256])?;
        if removed == 0 {
            return Err(CoreError::not_found("evidence file", sha256));
        }
        touch(conn, now, id)
    }

    pub(crate) fn insert_finding(&self, f: &NewFinding<'_>) -> Result<FindingId> {
        let conn = self.conn();
        let now = self.now;
        let (assessment, question_id, question_text, answer) = match f.source {
            Some((a, q, t, ans)) => (Some(a), Some(q), Some(t), Some(ans)),
            None => (None, None, None, None),
        };
        let inserted = conn.prepare_cached(
            "INSERT INTO findings (vendor_id, assessment_id, question_id, question_text, answer, severity, title, owner, due_date, \
             status, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'open', ?10, ?10) RETURNING id",
        )?
        .insert_returning_id(params![
            f.vendor,
            assessment,
            question_id,
            question_text,
            answer,
            f.severity,
            f.title,
            f.owner,
            f.due_date.map(|d| d.to_string()),
            timestamp(now)
        ])?;
        Ok(FindingId(inserted))
    }

    /// Stores an evidence file (once, by hash) and links it to a finding.
    pub(crate) fn attach_finding_evidence(&self, id: FindingId, file: &CheckedEvidence, bytes: &[u8]) -> Result<()> {
        let conn = self.conn();
        let now = self.now;
        self.store_evidence(file, bytes)?;
        conn.prepare_cached(
            "INSERT INTO finding_evidence (finding_id, sha256, file_name, added_at) VALUES (?1, ?2, ?3, ?4) \
             ON CONFLICT (finding_id, sha256) DO UPDATE SET file_name = excluded.file_name",
        )?
        .execute(params![id, file.sha256, file.file_name, timestamp(now)])?;
        conn.prepare_cached("UPDATE findings SET updated_at = ?2 WHERE id = ?1")?
            .execute(params![id, timestamp(now)])?;
        Ok(())
    }

    /// Stores an evidence file's bytes once, by hash.
    pub(crate) fn store_evidence(&self, file: &CheckedEvidence, bytes: &[u8]) -> Result<()> {
        let conn = self.conn();
        let now = self.now;
        conn.prepare_cached(
            "INSERT INTO evidence_files (sha256, size, media_type, content, added_at) VALUES (?1, ?2, ?3, ?4, ?5) \
             ON CONFLICT (sha256) DO NOTHING",
        )?
        .execute(params![file.sha256, file.size, file.media_type, bytes, timestamp(now)])?;
        Ok(())
    }

    /// Sets a finding's owner, due date, status and reason.
    pub(crate) fn update_finding(
        &self,
        id: FindingId,
        owner: Option<&str>,
        due_date: Option<NaiveDate>,
        status: FindingStatus,
        reason: Option<&str>,
    ) -> Result<()> {
        let conn = self.conn();
        let now = self.now;
        conn.prepare_cached(
            "UPDATE findings SET owner = ?2, due_date = ?3, status = ?4, status_reason = ?5, updated_at = ?6 WHERE id = ?1",
        )?
        .execute(params![id, owner, due_date.map(|d| d.to_string()), status, reason, timestamp(now)])?;
        Ok(())
    }
}

/// A new assessment's fields.
pub(crate) struct NewAssessment<'a> {
    pub vendor: VendorId,
    pub template_row: i64,
    pub status: AssessmentStatus,
    pub source: AssessmentSource,
    pub due_date: Option<NaiveDate>,
    pub respondent: Option<&'a str>,
    pub previous: Option<AssessmentId>,
}

const ASSESSMENT_COLUMNS: &str = "a.id, a.vendor_id, v.name, t.key, t.version, t.title, a.status, a.source, a.due_date, \
     a.respondent, a.previous_id, a.decision_reason, a.created_at, a.updated_at, a.submitted_at, a.decided_at, a.score";

fn optional_time(row: &Row<'_>, i: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
    row.get::<_, Option<String>>(i)?.map(|t| parse_timestamp(&t, i)).transpose()
}

fn optional_date(row: &Row<'_>, i: usize) -> rusqlite::Result<Option<NaiveDate>> {
    row.get::<_, Option<String>>(i)?
        .map(|t| {
            t.parse()
                .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e)))
        })
        .transpose()
}

fn assessment_from_row(r: &Row<'_>) -> rusqlite::Result<Assessment> {
    Ok(Assessment {
        id: r.get(0)?,
        vendor: VendorRef { id: r.get(1)?, name: r.get::<_, String>(2)?.into() },
        template_id: r.get(3)?,
        template_version: r.get(4)?,
        template_title: r.get(5)?,
        status: r.get(6)?,
        source: r.get(7)?,
        due_date: optional_date(r, 8)?,
        respondent: r.get(9)?,
        previous_id: r.get(10)?,
        decision_reason: r.get(11)?,
        created_at: parse_timestamp(&r.get::<_, String>(12)?, 12)?,
        updated_at: parse_timestamp(&r.get::<_, String>(13)?, 13)?,
        submitted_at: optional_time(r, 14)?,
        decided_at: optional_time(r, 15)?,
        score: r.get(16)?,
    })
}

fn touch(conn: Conn<'_>, now: DateTime<Utc>, id: AssessmentId) -> Result<()> {
    conn.prepare_cached("UPDATE assessments SET updated_at = ?2 WHERE id = ?1")?
        .execute(params![id, timestamp(now)])?;
    Ok(())
}

/// A new finding's fields.
pub(crate) struct NewFinding<'a> {
    pub vendor: VendorId,
    /// The assessment and question that raised it, with the question's text and the answer.
    pub source: Option<(AssessmentId, &'a str, &'a str, &'a str)>,
    pub severity: Severity,
    pub title: &'a str,
    pub owner: Option<&'a str>,
    pub due_date: Option<NaiveDate>,
}

const FINDING_COLUMNS: &str = "f.id, f.vendor_id, v.name, f.assessment_id, f.question_id, f.question_text, f.answer, f.severity, \
     f.title, f.owner, f.due_date, f.status, f.status_reason, f.created_at, f.updated_at";

fn finding_from_row(r: &Row<'_>) -> rusqlite::Result<Finding> {
    Ok(Finding {
        id: r.get(0)?,
        vendor: VendorRef { id: r.get(1)?, name: r.get::<_, String>(2)?.into() },
        assessment_id: r.get(3)?,
        question_id: r.get(4)?,
        question_text: r.get(5)?,
        answer: r.get(6)?,
        severity: r.get(7)?,
        title: r.get(8)?,
        owner: r.get(9)?,
        due_date: optional_date(r, 10)?,
        status: r.get(11)?,
        status_reason: r.get(12)?,
        evidence: Vec::new(),
        created_at: parse_timestamp(&r.get::<_, String>(13)?, 13)?,
        updated_at: parse_timestamp(&r.get::<_, String>(14)?, 14)?,
    })
}

/// Adds each finding's evidence files.
fn with_finding_evidence(conn: Conn<'_>, mut findings: Vec<Finding>) -> Result<Vec<Finding>> {
    let mut stmt = conn.prepare_cached(
        "SELECT fe.sha256, fe.file_name, f.size, f.media_type, fe.added_at FROM finding_evidence fe \
         JOIN evidence_files f ON f.sha256 = fe.sha256 WHERE fe.finding_id = ?1 ORDER BY fe.added_at",
    )?;
    for finding in &mut findings {
        finding.evidence = stmt
            .query_map([finding.id], |r| {
                Ok(EvidenceRef {
                    sha256: r.get(0)?,
                    file_name: r.get(1)?,
                    size: r.get(2)?,
                    media_type: r.get(3)?,
                    added_at: parse_timestamp(&r.get::<_, String>(4)?, 4)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
    }
    Ok(findings)
}
