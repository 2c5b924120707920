//! SQL for incidents and the organisation profile.

use super::db::{Conn, Row};
use super::{Reader, Writer};
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

use super::{parse_timestamp, timestamp};
use crate::blast_radius::BlastRadius;
use crate::datamap::VendorRef;
use crate::error::{CoreError, Result};
use crate::ids::{IncidentId, VendorId};
use crate::incident::{Incident, IncidentSummary, Judged, Note, StepDone, ValidIncident};
use crate::org::OrgProfile;

const PROFILE_KEY: &str = "org_profile";

impl Reader<'_> {
    /// The stored organisation profile, if one was saved.
    pub(crate) fn org_profile(&self) -> Result<Option<OrgProfile>> {
        let _conn = self.conn;
        self.meta(PROFILE_KEY)?
            .map(|t| {
                serde_json::from_str(&t)
                    .map_err(|e| CoreError::Corrupt(format!("the organisation profile is unreadable: {e}")))
            })
            .transpose()
    }

    /// One incident with its confirmed categories, answers, steps and notes.
    pub(crate) fn incident(&self, id: IncidentId) -> Result<Incident> {
        let conn = self.conn;
        let mut incident = conn
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM incidents i JOIN vendors v ON v.id = i.vendor_id WHERE i.id = ?1"
            ))?
            .query_row([id], incident_from_row)
            .optional()?
            .ok_or_else(|| CoreError::not_found("incident", id))?;
        for row in conn
            .prepare_cached(
                "SELECT category_key, exposed FROM incident_categories WHERE incident_id = ?1 ORDER BY category_key",
            )?
            .query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, bool>(1)?)))?
        {
            let (key, exposed) = row?;
            if exposed { incident.confirmed_exposed.push(key) } else { incident.confirmed_not_exposed.push(key) }
        }
        incident.answers = conn
            .prepare_cached(
                "SELECT key, answer, note, answered_at FROM incident_answers WHERE incident_id = ?1 ORDER BY key",
            )?
            .query_map([id], |r| {
                Ok(Judged {
                    key: r.get(0)?,
                    answer: r.get(1)?,
                    note: r.get(2)?,
                    at: parse_timestamp(&r.get::<_, String>(3)?, 3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        incident.steps = conn
            .prepare_cached(
                "SELECT rule_id, done_at, note FROM incident_steps WHERE incident_id = ?1 ORDER BY done_at, rule_id",
            )?
            .query_map([id], |r| {
                Ok(StepDone {
                    rule_id: r.get(0)?,
                    done_at: parse_timestamp(&r.get::<_, String>(1)?, 1)?,
                    note: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        incident.notes = conn
            .prepare_cached("SELECT at, text FROM incident_notes WHERE incident_id = ?1 ORDER BY at, id")?
            .query_map([id], |r| Ok(Note { at: parse_timestamp(&r.get::<_, String>(0)?, 0)?, text: r.get(1)? }))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(incident)
    }

    /// Every incident, newest first.
    pub(crate) fn incidents(&self) -> Result<Vec<IncidentSummary>> {
        let conn = self.conn;
        Ok(conn
            .prepare_cached("SELECT i.id, i.vendor_id, v.name, i.title, i.status, i.aware_at FROM incidents i JOIN vendors v ON v.id = i.vendor_id ORDER BY i.aware_at DESC, i.id DESC")?
            .query_map([], |r| {
                Ok(IncidentSummary {
                    id: r.get(0)?,
                    vendor: VendorRef { id: r.get(1)?, name: r.get::<_, String>(2)?.into() },
                    title: r.get(3)?,
                    status: r.get(4)?,
                    aware_at: parse_timestamp(&r.get::<_, String>(5)?, 5)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Every incident id, for `audit verify`.
    pub(crate) fn incident_ids(&self) -> Result<Vec<IncidentId>> {
        let conn = self.conn;
        Ok(conn
            .prepare("SELECT id FROM incidents ORDER BY id")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }
}

impl Writer<'_> {
    /// Saves the organisation profile.
    pub(crate) fn save_org_profile(&self, profile: &OrgProfile) -> Result<()> {
        let _conn = self.conn();
        let text = serde_json::to_string(profile).map_err(|e| CoreError::Internal(e.to_string()))?;
        self.set_meta(PROFILE_KEY, &text)
    }

    /// Inserts a new incident with its frozen blast radius.
    pub(crate) fn insert_incident(
        &self,
        vendor: VendorId,
        i: &ValidIncident,
        radius: &BlastRadius,
    ) -> Result<IncidentId> {
        let conn = self.conn();
        let now = self.now;
        let radius = serde_json::to_string(radius).map_err(|e| CoreError::Internal(e.to_string()))?;
        let inserted = conn.prepare_cached(
            "INSERT INTO incidents (vendor_id, title, description, status, detected_at, vendor_notified_at, aware_at, classified_at, \
             materiality_at, notifiable_assessed_at, unlawful_access, california_residents, blast_radius, created_at, updated_at) \
             VALUES (?1, ?2, ?3, 'open', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13) RETURNING id",
        )?
        .insert_returning_id(params![
            vendor,
            i.title,
            i.description,
            time(i.detected_at),
            time(i.vendor_notified_at),
            timestamp(i.aware_at),
            time(i.classified_at),
            time(i.materiality_at),
            time(i.notifiable_assessed_at),
            i.unlawful_access,
            i.california_residents,
            radius,
            timestamp(now)
        ])?;
        let id = IncidentId(inserted);
        save_categories(conn, id, i)?;
        Ok(id)
    }

    /// Replaces an incident's fields (its frozen blast radius stays).
    pub(crate) fn update_incident(&self, id: IncidentId, i: &ValidIncident) -> Result<()> {
        let conn = self.conn();
        let now = self.now;
        let changed = conn
            .prepare_cached(
                "UPDATE incidents SET title = ?2, description = ?3, detected_at = ?4, vendor_notified_at = ?5, aware_at = ?6, \
                 classified_at = ?7, materiality_at = ?8, notifiable_assessed_at = ?9, unlawful_access = ?10, california_residents = ?11, \
                 updated_at = ?12 WHERE id = ?1",
            )?
            .execute(params![
                id,
                i.title,
                i.description,
                time(i.detected_at),
                time(i.vendor_notified_at),
                timestamp(i.aware_at),
                time(i.classified_at),
                time(i.materiality_at),
                time(i.notifiable_assessed_at),
                i.unlawful_access,
                i.california_residents,
                timestamp(now)
            ])?;
        if changed == 0 {
            return Err(CoreError::not_found("incident", id));
        }
        conn.prepare_cached("DELETE FROM incident_categories WHERE incident_id = ?1")?.execute([id])?;
        save_categories(conn, id, i)
    }

    /// Records (or replaces) a judgement.
    pub(crate) fn answer_incident(
        &self,
        id: IncidentId,
        key: &str,
        answer: bool,
        note: Option<&str>,
        at: DateTime<Utc>,
    ) -> Result<()> {
        let conn = self.conn();
        conn.prepare_cached(
            "INSERT INTO incident_answers (incident_id, key, answer, note, answered_at) VALUES (?1, ?2, ?3, ?4, ?5) \
             ON CONFLICT (incident_id, key) DO UPDATE SET answer = excluded.answer, note = excluded.note, answered_at = excluded.answered_at",
        )?
        .execute(params![id, key, answer, note, timestamp(at)])?;
        Ok(())
    }

    /// Marks a step done (or corrects when it was done).
    pub(crate) fn incident_step_done(
        &self,
        id: IncidentId,
        rule_id: &str,
        done_at: DateTime<Utc>,
        note: Option<&str>,
    ) -> Result<()> {
        let conn = self.conn();
        conn.prepare_cached(
            "INSERT INTO incident_steps (incident_id, rule_id, done_at, note) VALUES (?1, ?2, ?3, ?4) \
             ON CONFLICT (incident_id, rule_id) DO UPDATE SET done_at = excluded.done_at, note = excluded.note",
        )?
        .execute(params![id, rule_id, timestamp(done_at), note])?;
        Ok(())
    }

    /// Adds a note to the timeline.
    pub(crate) fn add_incident_note(&self, id: IncidentId, at: DateTime<Utc>, text: &str) -> Result<()> {
        let conn = self.conn();
        conn.prepare_cached("INSERT INTO incident_notes (incident_id, at, text) VALUES (?1, ?2, ?3)")?
            .execute(params![id, timestamp(at), text])?;
        Ok(())
    }

    /// Opens or closes an incident.
    pub(crate) fn set_incident_status(&self, id: IncidentId, status: crate::incident::IncidentStatus) -> Result<()> {
        let conn = self.conn();
        let now = self.now;
        conn.prepare_cached("UPDATE incidents SET status = ?2, updated_at = ?3 WHERE id = ?1")?.execute(params![
            id,
            status,
            timestamp(now)
        ])?;
        Ok(())
    }
}

fn optional_time(row: &Row<'_>, i: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
    row.get::<_, Option<String>>(i)?.map(|t| parse_timestamp(&t, i)).transpose()
}

const COLUMNS: &str = "i.id, i.vendor_id, v.name, i.title, i.description, i.status, i.detected_at, i.vendor_notified_at, \
     i.aware_at, i.classified_at, i.materiality_at, i.notifiable_assessed_at, i.unlawful_access, i.california_residents, \
     i.blast_radius, i.created_at, i.updated_at";

fn incident_from_row(r: &Row<'_>) -> rusqlite::Result<Incident> {
    let radius: String = r.get(14)?;
    Ok(Incident {
        id: r.get(0)?,
        vendor: VendorRef { id: r.get(1)?, name: r.get::<_, String>(2)?.into() },
        title: r.get(3)?,
        description: r.get(4)?,
        status: r.get(5)?,
        detected_at: optional_time(r, 6)?,
        vendor_notified_at: optional_time(r, 7)?,
        aware_at: parse_timestamp(&r.get::<_, String>(8)?, 8)?,
        classified_at: optional_time(r, 9)?,
        materiality_at: optional_time(r, 10)?,
        notifiable_assessed_at: optional_time(r, 11)?,
        unlawful_access: r.get(12)?,
        california_residents: r.get(13)?,
        confirmed_exposed: Vec::new(),
        confirmed_not_exposed: Vec::new(),
        blast_radius: serde_json::from_str(&radius)
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(14, rusqlite::types::Type::Text, Box::new(e)))?,
        answers: Vec::new(),
        steps: Vec::new(),
        notes: Vec::new(),
        created_at: parse_timestamp(&r.get::<_, String>(15)?, 15)?,
        updated_at: parse_timestamp(&r.get::<_, String>(16)?, 16)?,
    })
}

fn time(at: Option<DateTime<Utc>>) -> Option<String> {
    at.map(timestamp)
}

fn save_categories(conn: Conn<'_>, id: IncidentId, i: &ValidIncident) -> Result<()> {
    let rows = i.confirmed_exposed.iter().map(|k| (k, true)).chain(i.confirmed_not_exposed.iter().map(|k| (k, false)));
    for (key, exposed) in rows {
        conn.prepare_cached(
            "INSERT INTO incident_categories (incident_id, category_key, exposed) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![id, key, exposed])?;
    }
    Ok(())
}
