//! Incidents on a real register file: the blast radius is frozen when the incident is opened,
//! and the checklist follows the judgements and steps recorded.

use crate::common::new_register;
use vendor_risk_core::incident::IncidentDraft;
use vendor_risk_core::obligations::ObligationStatus;
use vendor_risk_core::sample;

#[test]
fn the_frozen_blast_radius_survives_later_changes_to_the_data_map() {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = new_register(dir.path());
    sample::write_sample(&register).unwrap();
    let zendesk = register.find_vendor("Zendesk").unwrap().id;
    let draft = IncidentDraft {
        title: "Ticket export".into(),
        detected_at: "2026-11-20T08:00".into(),
        aware_at: "2026-11-21T08:00".into(),
        ..IncidentDraft::default()
    };
    let opened = register.open_incident(zendesk, &draft).unwrap();
    let frozen = opened.incident.blast_radius.clone();
    assert_eq!(frozen.as_of.to_string(), "2026-11-20");
    assert!(!frozen.direct.categories.is_empty());

    for flow in register.flows(Some(zendesk)).unwrap() {
        if flow.valid_to.is_none() {
            register.end_flow(flow.id, "2026-11-22").unwrap();
        }
    }
    let later = register.incident(opened.incident.id).unwrap();
    assert_eq!(later.incident.blast_radius, frozen, "ending flows does not rewrite the incident's record");
    assert!(register.blast_radius(zendesk, None, "").unwrap().direct.categories.is_empty(), "today it holds nothing");

    let gdpr = |view: &vendor_risk_core::incident::IncidentView| {
        view.obligations.obligations.iter().find(|o| o.rule_id == "gdpr-34").map(|o| o.status)
    };
    assert_eq!(gdpr(&later), Some(ObligationStatus::NeedsAssessment));
    let judged = register.answer_judgement(opened.incident.id, "high_risk", true, "IDs in ticket bodies").unwrap();
    assert_eq!(gdpr(&judged), Some(ObligationStatus::Applies));
    assert!(register.verify_audit().unwrap().intact);
}
