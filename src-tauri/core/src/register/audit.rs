//! Audit-log use cases: listing, and verifying the chain and every audited record.

use super::Register;
use super::incidents::PROFILE_ENTITY;
use crate::audit::{AuditEntry, AuditVerification, ChainVerifier, linked_state_hash, state_hash};
use crate::error::Result;
use crate::store::{self, AuditQuery};
use crate::vendor::Page;

impl Register {
    /// One page of the audit log, newest first.
    pub fn audit_log(&self, query: &AuditQuery) -> Result<Page<AuditEntry>> {
        self.store.read(|c| store::audit::page(c, query))
    }

    /// Checks the hash chain and compares every record with its last audited state.
    pub fn verify_audit(&self) -> Result<AuditVerification> {
        self.store.read(|c| {
            let mut verifier = ChainVerifier::default();
            store::audit::walk_chain(c, &mut verifier)?;
            let vendors: Vec<(i64, String, String)> =
                store::vendors::all(c)?.iter().map(|v| (v.id.0, v.profile.name.clone(), state_hash(v))).collect();
            verifier.check_records("vendor", &vendors);
            let flows: Vec<_> = store::datamap::flows(c, None)?
                .iter()
                .map(|f| (f.id.0, f.purpose.clone(), linked_state_hash(f)))
                .collect();
            verifier.check_records("data_flow", &flows);
            let edges: Vec<_> = store::datamap::edges(c, None)?
                .iter()
                .map(|e| (e.id.0, format!("{} → {}", e.from_vendor.name, e.to_vendor.name), linked_state_hash(e)))
                .collect();
            verifier.check_records("vendor_edge", &edges);
            let services: Vec<_> =
                store::datamap::services(c)?.iter().map(|s| (s.id.0, s.name.clone(), linked_state_hash(s))).collect();
            verifier.check_records("internal_service", &services);
            let (categories, subjects) = store::datamap::custom_taxonomy(c)?;
            let categories: Vec<_> =
                categories.iter().map(|(id, cat)| (*id, cat.key.clone(), state_hash(cat))).collect();
            verifier.check_records("data_category", &categories);
            let subjects: Vec<_> = subjects.iter().map(|(id, s)| (*id, s.key.clone(), state_hash(s))).collect();
            verifier.check_records("subject_group", &subjects);
            let incidents = store::incidents::incident_ids(c)?
                .into_iter()
                .map(|id| store::incidents::incident(c, id).map(|i| (id.0, i.title.clone(), linked_state_hash(&i))))
                .collect::<Result<Vec<_>>>()?;
            verifier.check_records("incident", &incidents);
            let profile: Vec<_> = store::incidents::org_profile(c)?
                .iter()
                .map(|p| (PROFILE_ENTITY, p.name.clone(), state_hash(p)))
                .collect();
            verifier.check_records("org_profile", &profile);
            check_builtin_taxonomy(c, &mut verifier)?;
            check_questionnaires(c, &mut verifier)?;
            check_risk(c, &mut verifier)?;
            Ok(verifier.finish())
        })
    }
}

/// The built-in taxonomy must equal the app's embedded copy (it is never audited: it is not
/// the user's data, but a silent change to its flags would change every answer).
fn check_builtin_taxonomy(conn: &rusqlite::Connection, verifier: &mut ChainVerifier) -> Result<()> {
    let (categories, subjects) = store::datamap::builtin_taxonomy(conn)?;
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
fn check_questionnaires(conn: &rusqlite::Connection, verifier: &mut ChainVerifier) -> Result<()> {
    use crate::questionnaire::template::builtin_templates;
    use crate::store::questionnaires as sql;
    if sql::builtin_stored(conn)? != builtin_templates() {
        verifier.builtin_altered("a built-in questionnaire template");
    }
    let templates: Vec<_> = sql::custom_templates(conn)?
        .iter()
        .map(|(id, t)| (*id, format!("{} v{}", t.title, t.version), state_hash(t)))
        .collect();
    verifier.check_records("questionnaire_template", &templates);
    let assessments = sql::assessment_ids(conn)?
        .into_iter()
        .map(|id| {
            super::questionnaires::assessment_state(conn, id)
                .map(|s| (id.0, format!("assessment {id}"), linked_state_hash(&s)))
        })
        .collect::<Result<Vec<_>>>()?;
    verifier.check_records("assessment", &assessments);
    let findings: Vec<_> =
        sql::findings(conn, None, None)?.iter().map(|f| (f.id.0, f.title.clone(), linked_state_hash(f))).collect();
    verifier.check_records("finding", &findings);
    let mut altered = Vec::new();
    sql::evidence_hashes(conn, |key, content| {
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
fn check_risk(conn: &rusqlite::Connection, verifier: &mut ChainVerifier) -> Result<()> {
    use crate::risk::rubric::Rubric;
    use crate::store::risk as sql;
    let rubrics = sql::rubrics(conn)?;
    if rubrics.first() != Some(&Rubric::default()) {
        verifier.builtin_altered("the risk rubric shipped as version 1");
    }
    let audited: Vec<_> = rubrics
        .iter()
        .skip(1)
        .map(|r| (i64::from(r.version), format!("rubric v{}", r.version), state_hash(r)))
        .collect();
    verifier.check_records("risk_rubric", &audited);
    let profiles: Vec<_> = sql::profiles_with_names(conn)?
        .into_iter()
        .map(|(vendor, stored)| {
            let profile = super::risk::profile_of(vendor, Some(stored), true);
            (profile.vendor.id.0, profile.vendor.name.to_string(), linked_state_hash(&profile))
        })
        .collect();
    verifier.check_records("vendor_risk_profile", &profiles);
    let mut snapshots = Vec::new();
    for (snapshot, frozen) in sql::all_snapshots(conn)? {
        let same = serde_json::from_str::<Rubric>(&frozen).ok().filter(|r| r.version == snapshot.rubric_version);
        if same.as_ref() != rubrics.iter().find(|r| r.version == snapshot.rubric_version) || same.is_none() {
            verifier.builtin_altered(&format!("the rubric frozen in risk assessment {}", snapshot.id));
        }
        snapshots.push((snapshot.id, snapshot.vendor.name.to_string(), linked_state_hash(&snapshot)));
    }
    verifier.check_records("risk_assessment", &snapshots);
    let documents: Vec<_> =
        sql::documents_all(conn)?.iter().map(|d| (d.id, d.title.clone(), linked_state_hash(d))).collect();
    verifier.check_records("vendor_document", &documents);
    let acceptances: Vec<_> =
        sql::acceptances(conn, None)?.iter().map(|a| (a.id, a.approver.clone(), linked_state_hash(a))).collect();
    verifier.check_records("risk_acceptance", &acceptances);
    Ok(())
}
