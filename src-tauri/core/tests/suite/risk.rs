//! Risk on a real register file: explain, what-if, dated assessments that freeze their rubric,
//! tier changes asking for review, acceptances going stale, the dashboard, and roles.

use std::sync::Arc;

use crate::common::{as_login, at, new_register, outside};
use vendor_risk_core::clock::FixedClock;
use vendor_risk_core::questionnaire::assessment::FindingDraft;
use vendor_risk_core::risk::records::{AcceptanceDraft, DocumentDraft, Freshness, ReviewState, RiskProfileDraft};
use vendor_risk_core::risk::rubric::Level;
use vendor_risk_core::{Actor, ErrorCode, Register, RegisterOptions, Role, sample};

fn sample_register(dir: &std::path::Path) -> (Register, std::path::PathBuf) {
    let (register, path) = new_register(dir);
    sample::write_sample(&register).unwrap();
    (register, path)
}

#[test]
fn explain_what_if_and_an_override_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = sample_register(dir.path());
    let okta = register.find_vendor("Okta").unwrap().id;
    let view = register.vendor_risk(okta).unwrap();
    let keys: Vec<&str> = view.result.steps.iter().map(|s| s.key.as_str()).collect();
    for key in [
        "sensitivity",
        "volume",
        "spread",
        "access",
        "data_impact",
        "likelihood",
        "inherent",
        "tier",
        "controls",
        "findings",
        "residual",
    ] {
        assert!(keys.contains(&key), "{key} missing from {keys:?}");
    }
    assert!(view.facts.flags.credentials, "Okta holds our staff's credentials");

    let mut wider = view.facts.clone();
    wider.access = vendor_risk_core::risk::rubric::AccessLevel::Privileged;
    let what_if = register.risk_what_if(&wider).unwrap();
    assert!(what_if.likelihood >= view.result.likelihood);
    assert_eq!(register.vendor_risk(okta).unwrap().facts, view.facts, "a what-if saves nothing");

    let missing = register
        .set_risk_profile(
            okta,
            &RiskProfileDraft {
                access: "privileged".into(),
                substitutability: "hard".into(),
                override_level: "very_high".into(),
                override_reason: " ".into(),
            },
        )
        .unwrap_err();
    assert_eq!(missing.field_errors().unwrap().0[0].field, "overrideReason");
    register
        .set_risk_profile(
            okta,
            &RiskProfileDraft {
                access: "privileged".into(),
                substitutability: "hard".into(),
                override_level: "very_high".into(),
                override_reason: "Identity provider: single point of failure".into(),
            },
        )
        .unwrap();
    let overridden = register.vendor_risk(okta).unwrap().result;
    assert!(overridden.overridden && overridden.inherent == Level::VeryHigh && overridden.tier == 1);
    assert!(register.verify_audit().unwrap().intact);
}

#[test]
fn an_assessment_freezes_its_rubric_and_a_tier_change_asks_for_review() {
    let dir = tempfile::tempdir().unwrap();
    let (register, path) = sample_register(dir.path());
    let zendesk = register.find_vendor("Zendesk").unwrap().id;
    let first = register.assess_risk(zendesk).unwrap();
    assert_eq!(first.rubric_version, 1);
    assert_eq!(register.vendor_risk(zendesk).unwrap().review.state, ReviewState::UpToDate);

    // A stricter rubric: every level is tier 1.
    let mut stricter = register.risk_rubric().unwrap();
    stricter.tiers = [1, 1, 1, 1, 1];
    let v2 = register.set_risk_rubric(&stricter).unwrap();
    assert_eq!(v2.version, 2);
    let history = register.vendor_risk(zendesk).unwrap().history;
    assert_eq!(history[0].result, first.result, "the earlier assessment keeps its result");
    assert_eq!(history[0].rubric_version, 1);
    let second = register.assess_risk(zendesk).unwrap();
    assert_eq!((second.rubric_version, second.result.tier), (2, 1));
    let view = register.vendor_risk(zendesk).unwrap();
    assert!(view.open_reviews.iter().any(|r| r.contains("Tier changed")), "{:?}", view.open_reviews);
    assert_eq!(
        (view.review.state, view.review.next_due),
        (ReviewState::DueSoon, Some("2026-11-28".parse().unwrap())),
        "reassess now"
    );
    assert!(register.verify_audit().unwrap().intact);

    // Rewriting the rubric an assessment froze is caught.
    outside(
        &path,
        "UPDATE risk_assessments SET rubric = replace(rubric, '\"maxControlReduction\":1', '\"maxControlReduction\":4') WHERE id = 1;",
    );
    assert!(!register.verify_audit().unwrap().intact);
}

#[test]
fn an_acceptance_goes_stale_when_the_residual_risk_changes() {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = sample_register(dir.path());
    let intercom = register.find_vendor("Intercom").unwrap().id;
    let expiry = AcceptanceDraft {
        approver: "CISO".into(),
        justification: "Chat data only".into(),
        expires_on: "2027-06-30".into(),
    };
    let accepted = register.accept_risk(intercom, &expiry).unwrap();
    assert!(!accepted.stale);
    let critical =
        FindingDraft { severity: "critical".into(), title: "Admin console exposed".into(), ..FindingDraft::default() };
    register.add_finding(intercom, &critical).unwrap();
    let now = register.acceptances(Some(intercom)).unwrap();
    assert!(now[0].stale && now[0].reason.as_deref().unwrap().contains("residual risk is now"), "{:?}", now[0].reason);
    let dashboard = register.dashboard().unwrap();
    assert_eq!(dashboard.stale_acceptances.total, 1);
    let past = AcceptanceDraft { expires_on: "2026-01-01".into(), ..expiry };
    assert_eq!(register.accept_risk(intercom, &past).unwrap_err().field_errors().unwrap().0[0].field, "expiresOn");
}

#[test]
fn the_dashboard_counts_every_vendor_once_and_lists_what_needs_attention() {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = sample_register(dir.path());
    let zendesk = register.find_vendor("Zendesk").unwrap().id;
    let soc2 = DocumentDraft {
        kind: "soc2_type2".into(),
        title: "SOC 2 Type II".into(),
        period_end: "2025-10-31".into(),
        ..DocumentDraft::default()
    };
    let status = register.add_document(zendesk, &soc2, Some(("soc2.pdf", b"%PDF-1.7 report"))).unwrap();
    assert_eq!(status.freshness, Freshness::Stale, "12 months after 2025-10-31, on 2026-11-28");
    assert_eq!(status.document.sha256.as_deref().map(str::len), Some(64));
    let iso = DocumentDraft { kind: "iso27001".into(), title: "ISO/IEC 27001".into(), ..DocumentDraft::default() };
    assert_eq!(register.add_document(zendesk, &iso, None).unwrap_err().field_errors().unwrap().0[0].field, "expiresOn");

    let dashboard = register.dashboard().unwrap();
    let in_map: u32 = dashboard.heat_map.iter().map(|c| c.vendors).sum();
    assert_eq!(in_map, dashboard.vendors);
    assert_eq!(dashboard.tiers.iter().map(|t| t.count).sum::<u32>(), dashboard.vendors);
    assert_eq!(dashboard.heat_map.len(), 25);
    assert!(dashboard.documents.items.iter().any(|d| d.document.title == "SOC 2 Type II"));
    assert_eq!(
        dashboard.reviews_overdue.total,
        dashboard.vendors - 5,
        "the sample assessed five vendors; the rest never"
    );
    assert_eq!(dashboard.special_category.items.iter().map(|v| &*v.name).collect::<Vec<_>>(), ["Rippling"]);
    let busiest = dashboard.heat_map.iter().max_by_key(|c| c.vendors).unwrap();
    let listed = register.vendors_in_cell(busiest.likelihood, busiest.impact).unwrap();
    assert_eq!(listed.len() as u32, busiest.vendors);
}

#[test]
fn only_compliance_decides_risk() {
    let dir = tempfile::tempdir().unwrap();
    let (_register, path) = sample_register(dir.path());
    let as_role = |role: Role| {
        let name = format!("someone {}", role.as_str());
        let options = RegisterOptions {
            actor: Actor { name: name.clone(), role },
            clock: Arc::new(FixedClock(at("2026-11-28T10:00:00Z"))),
            passphrase: None,
            ..RegisterOptions::default()
        };
        Register::open(&as_login(&path, &name, role), options).unwrap()
    };
    let buyer = as_role(Role::Procurement);
    let okta = buyer.find_vendor("Okta").unwrap().id;
    assert!(buyer.vendor_risk(okta).is_ok(), "procurement can read the risk");
    assert_eq!(buyer.assess_risk(okta).unwrap_err().code(), ErrorCode::Forbidden);
    let draft =
        AcceptanceDraft { approver: "me".into(), justification: "fine".into(), expires_on: "2027-01-01".into() };
    assert_eq!(buyer.accept_risk(okta, &draft).unwrap_err().code(), ErrorCode::Forbidden);
    let auditor = as_role(Role::Auditor);
    assert_eq!(auditor.set_risk_rubric(&auditor.risk_rubric().unwrap()).unwrap_err().code(), ErrorCode::Forbidden);
    assert!(auditor.dashboard().is_ok());
}
