//! Audit-log use cases: listing, and verifying the chain and every audited record.

use serde::Serialize;

use super::Register;
use super::incidents::PROFILE_ENTITY;
use crate::audit::{AuditEntry, AuditVerification, ChainVerifier, linked_state_hash, state_hash};
use crate::error::{CoreError, Result};
use crate::store::{AuditQuery, Reader};
use crate::text::text;
use crate::vendor::Page;
use crate::work::Work;

/// What the background checks of an open register found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RegisterHealth {
    /// SQLite's integrity check of the whole file: `None` when it is sound, else the first
    /// problem. A damaged register takes no more changes.
    pub file_problem: Option<String>,
    /// The audit chain and every audited record; `None` when the file is damaged (its log
    /// cannot be trusted to be read whole).
    pub audit: Option<AuditVerification>,
}

impl Register {
    /// Checks the whole file (SQLite's integrity check) and the audit chain: the checks that
    /// opening skips because they read everything. Run it in the background after the first
    /// screen; a damaged file is then refused every change.
    pub fn check_health(&self) -> Result<RegisterHealth> {
        crate::work::unobserved(|work| self.check_health_with(work))
    }

    /// [`Register::check_health`], telling `work` how far it has come.
    pub fn check_health_with(&self, work: &mut Work<'_>) -> Result<RegisterHealth> {
        work.step(text!(work.language(), "progress-checking-file"), 0, 1)?;
        let file_problem = match self.store.integrity_check() {
            Ok(verdict) if verdict == "ok" => None,
            Ok(verdict) => Some(verdict),
            Err(CoreError::Corrupt(_) | CoreError::NotARegister(_)) => Some("the file is malformed".to_owned()),
            Err(CoreError::Db(e)) if is_corruption(&e) => Some(e.to_string()),
            Err(other) => return Err(other),
        };
        if let Some(problem) = &file_problem {
            self.store.mark_damaged(problem.clone());
            return Ok(RegisterHealth { file_problem, audit: None });
        }
        Ok(RegisterHealth { file_problem, audit: Some(self.verify_audit_with(work)?) })
    }

    /// One page of the audit log, newest first.
    pub fn audit_log(&self, query: &AuditQuery) -> Result<Page<AuditEntry>> {
        self.store.read(|c| c.audit_page(query))
    }

    /// Checks the hash chain and compares every record with its last audited state, in one
    /// read transaction: the log and the large tables are streamed in batches and hashed on
    /// every core.
    pub fn verify_audit(&self) -> Result<AuditVerification> {
        crate::work::unobserved(|work| self.verify_audit_with(work))
    }

    /// [`Register::verify_audit`], telling `work` how far it has come; stops when cancelled.
    pub fn verify_audit_with(&self, work: &mut Work<'_>) -> Result<AuditVerification> {
        self.store.read(|r| {
            let mut verifier = ChainVerifier::default();
            r.walk_audit_chain(&mut verifier, work)?;
            work.step(text!(work.language(), "progress-checking-vendors"), 0, 3)?;
            let vendors = r.vendors()?;
            verifier.check_records("vendor", &hashed(&vendors, |v| (v.id.0, v.profile.name.clone(), state_hash(v))));
            let (last_flow, last_edge) = r.last_flow_and_edge_ids()?;
            work.step(text!(work.language(), "progress-checking-flows"), 1, 3)?;
            verifier.begin_records("data_flow");
            check_in_batches(
                &mut verifier,
                last_flow,
                |first, last| r.flows_by_id(first, last),
                |f| (f.id.0, f.purpose.clone(), linked_state_hash(f)),
            )?;
            work.step(text!(work.language(), "progress-checking-links"), 2, 3)?;
            verifier.begin_records("vendor_edge");
            check_in_batches(
                &mut verifier,
                last_edge,
                |first, last| r.edges_by_id(first, last),
                |e| (e.id.0, format!("{} → {}", e.from_vendor.name, e.to_vendor.name), linked_state_hash(e)),
            )?;
            verifier.end_records();
            let services: Vec<_> =
                r.internal_services()?.iter().map(|s| (s.id.0, s.name.clone(), linked_state_hash(s))).collect();
            verifier.check_records("internal_service", &services);
            let (categories, subjects) = r.custom_taxonomy()?;
            let categories: Vec<_> =
                categories.iter().map(|(id, cat)| (*id, cat.key.clone(), state_hash(cat))).collect();
            verifier.check_records("data_category", &categories);
            let subjects: Vec<_> = subjects.iter().map(|(id, s)| (*id, s.key.clone(), state_hash(s))).collect();
            verifier.check_records("subject_group", &subjects);
            let incidents = r
                .incident_ids()?
                .into_iter()
                .map(|id| r.incident(id).map(|i| (id.0, i.title.clone(), linked_state_hash(&i))))
                .collect::<Result<Vec<_>>>()?;
            verifier.check_records("incident", &incidents);
            let profile: Vec<_> =
                r.org_profile()?.iter().map(|p| (PROFILE_ENTITY, p.name.clone(), state_hash(p))).collect();
            verifier.check_records("org_profile", &profile);
            check_builtin_taxonomy(r, &mut verifier)?;
            check_questionnaires(r, &mut verifier)?;
            check_risk(r, &mut verifier)?;
            Ok(verifier.finish())
        })
    }
}

/// How many records are read and hashed at a time.
const RECORD_BATCH: i64 = 4096;

/// Compares the records with ids `1..=last` with their audited states: `read` reads a range
/// of them on this thread while the range before is hashed (`identify`) on every core.
fn check_in_batches<T: Send + Sync>(
    verifier: &mut ChainVerifier,
    last: i64,
    mut read: impl FnMut(i64, i64) -> Result<Vec<T>>,
    identify: impl Fn(&T) -> (i64, String, String) + Sync + Send,
) -> Result<()> {
    let mut ranges =
        (1..=last).step_by(RECORD_BATCH as usize).map(|first| (first, (first + RECORD_BATCH - 1).min(last)));
    crate::work::pipelined(
        || ranges.next().map(|(first, last)| read(first, last)).transpose(),
        |records| hashed(&records, &identify),
        |hashed| {
            for (id, label, hash) in hashed {
                verifier.record(id, &label, &hash);
            }
            Ok(())
        },
    )
}

/// Each record's (id, label, state hash), computed on every core, in order.
fn hashed<T: Sync>(records: &[T], f: impl Fn(&T) -> (i64, String, String) + Sync + Send) -> Vec<(i64, String, String)> {
    use rayon::prelude::*;
    records.par_iter().map(f).collect()
}

/// The built-in taxonomy must equal the app's embedded copy (it is never audited: it is not
/// the user's data, but a silent change to its flags would change every answer).
fn check_builtin_taxonomy(r: &Reader<'_>, verifier: &mut ChainVerifier) -> Result<()> {
    let (categories, subjects) = r.builtin_taxonomy()?;
    let expected = crate::taxonomy::builtin_categories();
    let stored: std::collections::HashMap<&str, &crate::taxonomy::DataCategory> =
        categories.iter().map(|c| (c.key.as_str(), c)).collect();
    for category in &expected {
        if stored.get(category.key.as_str()) != Some(&category) {
            verifier.builtin_altered(&format!("built-in data category {}", category.key));
        }
    }
    if categories.len() > expected.len() {
        verifier.builtin_altered("the built-in data categories (rows were added)");
    }
    let expected_subjects = crate::taxonomy::builtin_subject_groups();
    let mut stored_subjects = subjects.clone();
    stored_subjects.sort_by(|a, b| a.key.cmp(&b.key));
    let mut expected_sorted = expected_subjects;
    expected_sorted.sort_by(|a, b| a.key.cmp(&b.key));
    if stored_subjects != expected_sorted {
        verifier.builtin_altered("the built-in subject groups");
    }
    Ok(())
}

/// Templates, assessments (with their answers and evidence links), findings, and the evidence
/// files themselves: each file's content must still hash to its key.
fn check_questionnaires(r: &Reader<'_>, verifier: &mut ChainVerifier) -> Result<()> {
    use crate::questionnaire::template::builtin_templates;

    if r.builtin_templates_stored()? != builtin_templates() {
        verifier.builtin_altered("a built-in questionnaire template");
    }
    let templates: Vec<_> = r
        .custom_templates()?
        .iter()
        .map(|(id, t)| (*id, format!("{} v{}", t.title, t.version), state_hash(t)))
        .collect();
    verifier.check_records("questionnaire_template", &templates);
    let assessments = r
        .assessment_ids()?
        .into_iter()
        .map(|id| {
            super::questionnaires::assessment_state(r, id)
                .map(|s| (id.0, format!("assessment {id}"), linked_state_hash(&s)))
        })
        .collect::<Result<Vec<_>>>()?;
    verifier.check_records("assessment", &assessments);
    let findings: Vec<_> =
        r.findings(None, None)?.iter().map(|f| (f.id.0, f.title.clone(), linked_state_hash(f))).collect();
    verifier.check_records("finding", &findings);
    let mut altered = Vec::new();
    r.evidence_hashes(|key, content| {
        use sha2::Digest;
        if hex::encode(sha2::Sha256::digest(content)) != key {
            altered.push(key.to_owned());
        }
    })?;
    for key in altered {
        verifier.builtin_altered(&format!("evidence file {key}"));
    }
    Ok(())
}

/// Rubric versions (the first as shipped), risk profiles, dated risk assessments (each with
/// the rubric it froze, which must equal that version), documents and acceptances.
fn check_risk(r: &Reader<'_>, verifier: &mut ChainVerifier) -> Result<()> {
    use crate::risk::rubric::Rubric;

    let rubrics = r.rubrics()?;
    if rubrics.first() != Some(&Rubric::default()) {
        verifier.builtin_altered("the risk rubric shipped as version 1");
    }
    let audited: Vec<_> = rubrics
        .iter()
        .skip(1)
        .map(|r| (i64::from(r.version), format!("rubric v{}", r.version), state_hash(r)))
        .collect();
    verifier.check_records("risk_rubric", &audited);
    let profiles: Vec<_> = r
        .risk_profiles()?
        .into_iter()
        .map(|(vendor, stored)| {
            let profile = super::risk::profile_of(vendor, Some(stored), true);
            (profile.vendor.id.0, profile.vendor.name.to_string(), linked_state_hash(&profile))
        })
        .collect();
    verifier.check_records("vendor_risk_profile", &profiles);
    let mut snapshots = Vec::new();
    for (snapshot, frozen) in r.all_risk_snapshots()? {
        let same = serde_json::from_str::<Rubric>(&frozen).ok().filter(|r| r.version == snapshot.rubric_version);
        if same.as_ref() != rubrics.iter().find(|r| r.version == snapshot.rubric_version) || same.is_none() {
            verifier.builtin_altered(&format!("the rubric frozen in risk assessment {}", snapshot.id));
        }
        snapshots.push((snapshot.id, snapshot.vendor.name.to_string(), linked_state_hash(&snapshot)));
    }
    verifier.check_records("risk_assessment", &snapshots);
    let documents: Vec<_> = r.all_documents()?.iter().map(|d| (d.id, d.title.clone(), linked_state_hash(d))).collect();
    verifier.check_records("vendor_document", &documents);
    let acceptances: Vec<_> =
        r.acceptances(None)?.iter().map(|a| (a.id, a.approver.clone(), linked_state_hash(a))).collect();
    verifier.check_records("risk_acceptance", &acceptances);
    Ok(())
}

/// Whether a database error says the file is damaged.
fn is_corruption(err: &rusqlite::Error) -> bool {
    matches!(err.sqlite_error_code(), Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase))
}
