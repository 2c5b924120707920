//! The sample register's risk: vendors' access and substitutability, documents and
//! certificates on file, a Zendesk questionnaire accepted with conditions, a finding entered by
//! hand, a risk acceptance, and dated risk assessments of the most critical vendors (the rest
//! have never been reviewed, so the dashboard has work to show).

use crate::error::Result;
use crate::ids::VendorId;
use crate::questionnaire::answer::AnswerValue;
use crate::questionnaire::assessment::{AssessmentStatus, AssignDraft, FindingDraft};
use crate::register::Register;
use crate::risk::records::{AcceptanceDraft, DocumentDraft, RiskProfileDraft};

/// (vendor, access, substitutability).
const PROFILES: &[(&str, &str, &str)] = &[
    ("Amazon Web Services", "privileged", "hard"),
    ("Okta", "privileged", "hard"),
    ("1Password", "privileged", "hard"),
    ("Cloudflare", "system", "hard"),
    ("Google Workspace", "system", "hard"),
    ("GitHub", "system", "moderate"),
    ("Datadog", "system", "moderate"),
    ("Stripe", "system", "hard"),
    ("Twilio Segment", "system", "moderate"),
    ("Snowflake", "data_only", "hard"),
    ("Zendesk", "data_only", "moderate"),
    ("Intercom", "data_only", "easy"),
    ("Rippling", "data_only", "moderate"),
];

/// (vendor, kind, title, issued, period end, expires).
const DOCUMENTS: &[(&str, &str, &str, &str, &str, &str)] = &[
    ("Amazon Web Services", "iso27001", "ISO/IEC 27001:2022 certificate", "2024-11-08", "", "2027-11-07"),
    ("Cloudflare", "iso27001", "ISO/IEC 27001:2022 certificate", "2024-01-21", "", "2027-01-20"),
    ("Zendesk", "soc2_type2", "SOC 2 Type II report", "2026-02-15", "2025-12-31", ""),
    ("Okta", "soc2_type2", "SOC 2 Type II report", "2025-11-15", "2025-09-30", ""),
    ("Stripe", "pentest", "External penetration test summary", "2026-02-10", "", ""),
    ("Zendesk", "dpa", "Data processing agreement", "2023-04-10", "", ""),
];

fn id(register: &Register, name: &str) -> Result<VendorId> {
    Ok(register.find_vendor(name)?.id)
}

/// The Zendesk questionnaire: the lite template, all good answers but customer-data MFA, which
/// raises a finding; accepted with a condition.
fn zendesk_questionnaire(register: &Register) -> Result<()> {
    let draft = AssignDraft {
        template_id: "lite".into(),
        due_date: "2026-10-31".into(),
        respondent: "Zendesk Trust Team <trust@zendesk.com>".into(),
        ..AssignDraft::default()
    };
    let id = register.assign_questionnaire(id(register, "Zendesk")?, &draft)?.assessment.id;
    loop {
        let view = register.assessment(id)?;
        let Some(next) = view.progress.required_missing.first().cloned() else { break };
        let q = view
            .template
            .question(&next)
            .cloned()
            .ok_or_else(|| crate::CoreError::Internal(format!("no question {next}")))?;
        let best = q
            .options
            .iter()
            .max_by(|a, b| a.points.unwrap_or(-1.0).total_cmp(&b.points.unwrap_or(-1.0)))
            .map(|o| o.value.clone());
        let value = match q.kind.as_str() {
            "multi_choice" => best.map(|v| AnswerValue::Choices(vec![v])),
            "text" => Some(AnswerValue::Text("Customer data is deleted within 30 days of contract end.".into())),
            "evidence" => {
                register.attach_evidence(
                    id,
                    &q.id,
                    "zendesk-soc2-bridge-letter.pdf",
                    b"%PDF-1.7\n% Zendesk bridge letter (sample)\n",
                )?;
                continue;
            }
            _ => best.map(AnswerValue::Choice),
        };
        let answer = if q.id == "IAM-02" { Some(AnswerValue::Choice("no".into())) } else { value };
        let comment = if q.id == "IAM-02" { "SSO with MFA for agents rolls out in Q1 2027." } else { "" };
        register.save_answer(id, &q.id, answer, comment)?;
    }
    register.set_assessment_status(id, AssessmentStatus::Submitted, "")?;
    register.set_assessment_status(id, AssessmentStatus::UnderReview, "")?;
    register.set_assessment_status(
        id,
        AssessmentStatus::AcceptedWithConditions,
        "MFA for every agent account by 31 March 2027.",
    )?;
    Ok(())
}

/// Writes the sample's risk records.
pub(super) fn write_risk(register: &Register) -> Result<()> {
    for (vendor, access, substitutability) in PROFILES {
        let draft = RiskProfileDraft {
            access: (*access).into(),
            substitutability: (*substitutability).into(),
            ..RiskProfileDraft::default()
        };
        register.set_risk_profile(id(register, vendor)?, &draft)?;
    }
    for (vendor, kind, title, issued, period_end, expires) in DOCUMENTS {
        let draft = DocumentDraft {
            kind: (*kind).into(),
            title: (*title).into(),
            issued_on: (*issued).into(),
            period_end: (*period_end).into(),
            expires_on: (*expires).into(),
        };
        register.add_document(id(register, vendor)?, &draft, None)?;
    }
    zendesk_questionnaire(register)?;
    let finding = FindingDraft {
        severity: "high".into(),
        title: "Shared administrator account found in the quarterly access review".into(),
        owner: "Ana Ruiz (IT)".into(),
        due_date: "2027-01-31".into(),
    };
    register.add_finding(id(register, "Salesforce")?, &finding)?;
    for vendor in ["Amazon Web Services", "Okta", "Stripe", "Zendesk", "Cloudflare"] {
        register.assess_risk(id(register, vendor)?)?;
    }
    let acceptance = AcceptanceDraft {
        approver: "Maya Chen, CISO".into(),
        justification: "Card data is tokenised by Stripe; PCI DSS Level 1 service provider; system access limited to the billing integration.".into(),
        expires_on: "2027-06-30".into(),
    };
    register.accept_risk(id(register, "Stripe")?, &acceptance)?;
    Ok(())
}
