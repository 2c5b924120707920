//! Roles are enforced in the core: an auditor reads but changes nothing; procurement works on
//! vendors, contracts and questionnaires but makes no risk decisions; every audit entry
//! carries the actor and the role.

use std::sync::Arc;

use crate::common::{as_login, at, new_register};
use vendor_risk_core::clock::FixedClock;
use vendor_risk_core::ids::VendorId;
use vendor_risk_core::org::OrgProfileDraft;
use vendor_risk_core::questionnaire::answer::AnswerValue;
use vendor_risk_core::questionnaire::assessment::{AssessmentStatus, AssignDraft, FindingUpdate};
use vendor_risk_core::vendor::VendorDraft;
use vendor_risk_core::{Actor, CoreError, ErrorCode, Register, RegisterOptions, Role, sample};

fn as_role(path: &std::path::Path, name: &str, role: Role) -> Register {
    let options = RegisterOptions {
        actor: Actor { name: name.into(), role },
        clock: Arc::new(FixedClock(at("2026-11-28T10:00:00Z"))),
        passphrase: None,
        ..RegisterOptions::default()
    };
    Register::open(&as_login(path, name, role), options).unwrap()
}

fn forbidden<T: std::fmt::Debug>(result: Result<T, CoreError>) {
    let err = result.expect_err("refused");
    assert_eq!(err.code(), ErrorCode::Forbidden, "{err}");
}

fn sample_file(dir: &std::path::Path) -> std::path::PathBuf {
    let (register, path) = new_register(dir);
    sample::write_sample(&register).unwrap();
    path
}

#[test]
fn an_auditor_reads_everything_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_file(dir.path());
    let auditor = as_role(&path, "Ada Auditor", Role::Auditor);
    let entries = auditor.audit_log(&Default::default()).unwrap().total;
    let mixpanel = auditor.find_vendor("Mixpanel").unwrap();
    assert!(auditor.blast_radius(mixpanel.id, None, "").is_ok());
    assert!(auditor.verify_audit().unwrap().intact);
    forbidden(auditor.create_vendor(&VendorDraft::named("Sneaky Co")));
    forbidden(auditor.archive_vendor(mixpanel.id));
    forbidden(auditor.set_org_profile(&OrgProfileDraft::from(&auditor.org_profile().unwrap())));
    forbidden(
        auditor
            .assign_questionnaire(mixpanel.id, &AssignDraft { template_id: "lite".into(), ..AssignDraft::default() }),
    );
    assert_eq!(auditor.audit_log(&Default::default()).unwrap().total, entries, "nothing written");
    assert!(auditor.info().may_change.is_empty());
}

#[test]
fn procurement_runs_questionnaires_but_makes_no_risk_decisions() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_file(dir.path());
    let buyer = as_role(&path, "Pat Procurement", Role::Procurement);
    let vendor: VendorId = buyer.create_vendor(&VendorDraft::named("New SaaS Ltd")).unwrap().id;
    let id = buyer
        .assign_questionnaire(vendor, &AssignDraft { template_id: "lite".into(), ..AssignDraft::default() })
        .unwrap()
        .assessment
        .id;
    buyer.save_answer(id, "GOV-01", Some(AnswerValue::Choice("no".into())), "").unwrap();
    forbidden(buyer.set_assessment_status(id, AssessmentStatus::UnderReview, ""));
    forbidden(buyer.add_flow(vendor, &Default::default()));
    let log = buyer.audit_log(&Default::default()).unwrap();
    let newest = &log.items[0];
    assert_eq!((newest.actor.as_str(), newest.role), ("Pat Procurement", Role::Procurement));

    // Findings: procurement records remediation; waiving is compliance's decision.
    let compliance = as_role(&path, "Ana Compliance", Role::Compliance);
    let caiq = std::fs::read(crate::common::fixture("caiq").join("instructure-caiq-v4.0.3.xlsx")).unwrap();
    let imported = buyer.import_caiq(vendor, caiq, true).unwrap().assessment_id.unwrap();
    let finding = buyer.findings(None, Some(imported)).unwrap()[0].id;
    let progress =
        FindingUpdate { status: "remediation_requested".into(), owner: "Pat".into(), ..FindingUpdate::default() };
    buyer.update_finding(finding, &progress).unwrap();
    let waive = FindingUpdate { status: "waived".into(), reason: "accepted".into(), ..FindingUpdate::default() };
    forbidden(buyer.update_finding(finding, &waive));
    compliance.update_finding(finding, &waive).unwrap();
    assert!(compliance.verify_audit().unwrap().intact);
}
