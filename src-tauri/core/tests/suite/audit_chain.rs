//! `audit verify` detects what was done behind the app's back with the sqlite3 shell.

use std::path::Path;

use crate::common::{new_register, options, outside, tamper};
use vendor_risk_core::audit::AuditProblemKind;
use vendor_risk_core::{Register, sample};

/// A sample register file, closed.
fn sample_file(dir: &Path) -> std::path::PathBuf {
    let (register, path) = new_register(dir);
    sample::write_sample(&register).unwrap();
    assert!(register.verify_audit().unwrap().intact);
    path
}

fn problems(path: &Path) -> Vec<AuditProblemKind> {
    let register = Register::open(path, options()).unwrap();
    let verdict = register.verify_audit().unwrap();
    assert_eq!(verdict.intact, verdict.problems.is_empty());
    verdict.problems.into_iter().map(|p| p.kind).collect()
}

#[test]
fn an_edited_audit_row_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_file(dir.path());
    tamper(&path, "UPDATE audit_log SET actor = 'someone else' WHERE seq = 5;");
    let found = problems(&path);
    assert!(found.contains(&AuditProblemKind::EntryAltered), "{found:?}");
    assert!(found.contains(&AuditProblemKind::ProtectionRemoved));
}

#[test]
fn a_deleted_audit_row_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_file(dir.path());
    tamper(&path, "DELETE FROM audit_log WHERE seq = 3;");
    assert!(problems(&path).contains(&AuditProblemKind::EntryMissing));
}

#[test]
fn deleting_the_newest_audit_rows_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_file(dir.path());
    tamper(&path, "DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 2 FROM audit_log);");
    // The tail held the last changes of some records: they no longer match what the log says
    // (or, for records the tail created, have no history at all).
    let found = problems(&path);
    assert!(
        found.contains(&AuditProblemKind::RecordAltered) || found.contains(&AuditProblemKind::RecordUnaudited),
        "{found:?}"
    );
}

#[test]
fn reordered_audit_rows_are_detected() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_file(dir.path());
    tamper(
        &path,
        "UPDATE audit_log SET seq = 100000 WHERE seq = 4; UPDATE audit_log SET seq = 4 WHERE seq = 5; UPDATE audit_log SET seq = 5 WHERE seq = 100000;",
    );
    let found = problems(&path);
    assert!(
        found.contains(&AuditProblemKind::EntryAltered) || found.contains(&AuditProblemKind::ChainBroken),
        "{found:?}"
    );
}

#[test]
fn a_vendor_edited_outside_the_app_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_file(dir.path());
    outside(&path, "UPDATE vendors SET breach_sla_hours = 720 WHERE name = 'Mixpanel'");
    assert_eq!(problems(&path), [AuditProblemKind::RecordAltered]);
}

#[test]
fn a_contact_deleted_outside_the_app_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_file(dir.path());
    outside(&path, "DELETE FROM vendor_contacts WHERE id = 1");
    assert_eq!(problems(&path), [AuditProblemKind::RecordAltered]);
}

#[test]
fn vendors_added_or_deleted_outside_the_app_are_detected() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_file(dir.path());
    outside(
        &path,
        "DELETE FROM vendor_services WHERE vendor_id = (SELECT id FROM vendors WHERE name = 'Pinecone');
         DELETE FROM vendor_contacts WHERE vendor_id = (SELECT id FROM vendors WHERE name = 'Pinecone');
         DELETE FROM vendors WHERE name = 'Pinecone';
         INSERT INTO vendors (name, name_key, category, status, created_at, updated_at)
         VALUES ('Ghost', 'ghost', 'other', 'active', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');",
    );
    let mut found = problems(&path);
    found.sort_by_key(|k| format!("{k:?}"));
    assert_eq!(found, [AuditProblemKind::RecordDeleted, AuditProblemKind::RecordUnaudited]);
}

#[test]
fn an_incident_or_profile_edited_outside_the_app_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_file(dir.path());
    tamper(&path, "UPDATE incident_steps SET done_at = '2025-11-27T23:00:00Z' WHERE rule_id = 'gdpr-33';");
    assert!(problems(&path).contains(&AuditProblemKind::RecordAltered), "a backdated step is caught");

    let other = tempfile::tempdir().unwrap();
    let path = sample_file(other.path());
    tamper(
        &path,
        "UPDATE register_meta SET value = replace(value, '\"secRegistrant\":true', '\"secRegistrant\":false') WHERE key = 'org_profile';",
    );
    assert!(problems(&path).contains(&AuditProblemKind::RecordAltered), "a quietly changed profile is caught");
}

#[test]
fn entries_whose_text_needs_escaping_verify_and_an_edit_inside_an_escape_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let (register, path) = new_register(dir.path());
    let awkward = "Quote \" back\\slash tab\t bell\u{7} é 𝄞 <\u{2028}>";
    let draft = vendor_risk_core::vendor::VendorDraft {
        description: awkward.to_owned(),
        ..vendor_risk_core::vendor::VendorDraft::named("Escapes Ltd")
    };
    register.create_vendor(&draft).unwrap();
    assert!(register.verify_audit().unwrap().intact, "escaped text verifies as written");
    drop(register);
    // The stored change text holds `\"`; changing the escaped quote into a plain letter is an edit.
    tamper(
        &path,
        "UPDATE audit_log SET changes = replace(changes, 'Quote \\\"', 'Quote x') WHERE action = 'vendor.create';",
    );
    assert!(problems(&path).contains(&AuditProblemKind::EntryAltered));
}
