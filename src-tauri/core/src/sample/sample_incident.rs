//! The sample register's organisation profile and its Mixpanel incident of November 2025, with
//! the public timeline: Mixpanel detected the SMS-phishing attack on 8 November (US time; 9
//! November in Dublin), shared the affected dataset on 25 November, and the customer notice
//! went out on 26 November. Times of day are illustrative.

use crate::error::Result;
use crate::incident::{IncidentDraft, IncidentStatus};
use crate::org::{OrgProfile, OrgProfileDraft};
use crate::register::Register;

/// The categories Mixpanel's exported dataset held.
const EXPOSED: &[&str] = &[
    "user.name",
    "user.contact.email",
    "user.location.imprecise",
    "user.device.operating_system_and_browser",
    "user.behavior.referring_websites",
    "user.unique_id",
];

/// What the disclosure said was not exposed: content, API requests, credentials and keys,
/// payment data, government IDs.
const NOT_EXPOSED: &[&str] =
    &["user.content.private", "user.authorization.credentials", "user.financial.credit_card", "user.government_id"];

/// Kestrel AI: established in Ireland and the United States, an SEC registrant.
fn profile() -> OrgProfileDraft {
    let mut draft = OrgProfileDraft::from(&OrgProfile::default());
    draft.name = "Kestrel AI".into();
    draft.establishments = vec!["IE".into(), "US".into()];
    draft.sec_registrant = true;
    draft.time_zone = "Europe/Dublin".into();
    draft
}

fn draft() -> IncidentDraft {
    IncidentDraft {
        title: "SMS-phishing attack; analytics dataset exported".into(),
        description: "An attacker gained access to part of Mixpanel's systems through an SMS-phishing (smishing) \
                      campaign and exported a dataset with limited customer-identifiable information and analytics \
                      data of platform.kestrel.ai users."
            .into(),
        detected_at: "2025-11-09T02:00:00Z".into(),
        vendor_notified_at: "2025-11-25T17:00:00Z".into(),
        aware_at: "2025-11-25T17:00:00Z".into(),
        unlawful_access: true,
        confirmed_exposed: EXPOSED.iter().map(|c| (*c).to_owned()).collect(),
        confirmed_not_exposed: NOT_EXPOSED.iter().map(|c| (*c).to_owned()).collect(),
        ..IncidentDraft::default()
    }
}

/// Writes the profile and the incident, with its judgements, steps done and notes.
pub(super) fn write_incident(register: &Register) -> Result<()> {
    register.set_org_profile(&profile())?;
    let mixpanel = register.find_vendor("Mixpanel")?.id;
    let id = register.open_incident(mixpanel, &draft())?.incident.id;
    register.answer_judgement(
        id,
        "high_risk",
        false,
        "No credentials, content, payment data or IDs. The main risk is phishing; customers are warned anyway.",
    )?;
    register.answer_judgement(
        id,
        "material",
        false,
        "No effect on operations or finances; limited, non-sensitive data.",
    )?;
    register.answer_judgement(
        id,
        "id_public_interest",
        false,
        "No public service is disrupted and the public interest is not seriously affected: the customers are told directly.",
    )?;
    let steps = [
        ("gdpr-33", "2025-11-26T15:30:00Z", "Notified the Data Protection Commission through its online form"),
        ("uk-gdpr-33", "2025-11-26T16:10:00Z", "Reported to the ICO"),
        ("id-pdp", "2025-11-27T09:00:00Z", "Written notice to the agency and the Indonesian customers"),
        ("appi-preliminary", "2025-11-28T01:00:00Z", "Preliminary report to the PPC"),
        ("appi-confirmed-unlawful", "2026-01-16T02:00:00Z", "Confirmed report to the PPC"),
    ];
    for (rule, at, note) in steps {
        register.mark_step_done(id, rule, at, note)?;
    }
    let notes = [
        ("2025-11-25T18:00:00Z", "Mixpanel removed from platform.kestrel.ai; Segment destination disabled."),
        ("2025-11-26T18:00:00Z", "Customer notice e-mailed to API customers and posted on the blog."),
        ("2025-11-27T12:00:00Z", "Mixpanel terminated; deletion of our data requested and confirmed."),
    ];
    for (at, text) in notes {
        register.add_incident_note(id, at, text)?;
    }
    register.set_incident_status(id, IncidentStatus::Closed)?;
    Ok(())
}
