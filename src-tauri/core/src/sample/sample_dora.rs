//! The sample as a financial entity: Kestrel Payments, an Irish payment institution with a
//! Dutch e-money subsidiary, keeps a complete DORA Register of Information over the sample's
//! vendors. Every LEI is fictional (the `9695000KESTREL` and `9695000SAMPLE` prefixes) with ISO
//! 17442 check digits that hold, so the package passes the checks a supervisor runs.

use std::collections::BTreeMap;

use crate::dora::model::{
    DoraArrangementDraft, DoraBranch, DoraEntityDraft, DoraFunctionDraft, DoraProviderDraft, FunctionKey,
};
use crate::error::Result;
use crate::org::OrgProfileDraft;
use crate::register::Register;
use crate::validate::with_lei_check_digits;
use crate::vendor::VendorDraft;

/// A fictional LEI from an 18-character stem.
fn lei(stem: &str) -> String {
    with_lei_check_digits(stem)
}

fn facts(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
}

/// The vendors that get an LEI, and the stem it is made from.
const PROVIDER_LEIS: &[(&str, &str)] = &[
    ("Amazon Web Services", "9695000SAMPLEAWS00"),
    ("Stripe", "9695000SAMPLESTRP0"),
    ("Zendesk", "9695000SAMPLEZNDK0"),
    ("Mixpanel", "9695000SAMPLEMXPL0"),
    ("Google Cloud Platform", "9695000SAMPLEGCP00"),
    ("Okta", "9695000SAMPLEOKTA0"),
];

/// The reporting entity's LEI.
pub fn reporting_lei() -> String {
    lei("9695000KESTRELIE00")
}

fn subsidiary_lei() -> String {
    lei("9695000KESTRELNL00")
}

/// Turns the written sample into a financial entity's register with its RoI.
pub(super) fn write_dora(register: &Register) -> Result<()> {
    let mut profile = OrgProfileDraft::from(&register.org_profile()?);
    profile.name = "Kestrel Payments".into();
    profile.financial_entity = true;
    register.set_org_profile(&profile)?;
    for (name, stem) in PROVIDER_LEIS {
        let vendor = register.find_vendor(name)?;
        let mut draft = VendorDraft::from(&vendor);
        draft.lei = lei(stem);
        register.update_vendor(vendor.id, &draft)?;
    }
    write_entities(register)?;
    write_functions(register)?;
    write_arrangements(register)
}

fn write_entities(register: &Register) -> Result<()> {
    let common = [("last_update", "2025-12-15"), ("deletion_date", "9999-12-31"), ("currency", "EUR")];
    let mut top = facts(&common);
    top.extend(facts(&[
        ("country", "IE"),
        ("type", "x300"),
        ("hierarchy", "x53"),
        ("integration_date", "2025-01-17"),
        ("total_assets", "480000000"),
        ("authority", "Central Bank of Ireland"),
    ]));
    register.save_dora_entity(&DoraEntityDraft {
        lei: reporting_lei(),
        name: "Kestrel Payments Ireland DAC".into(),
        reporting: true,
        parent_lei: None,
        facts: top,
    })?;
    let mut subsidiary = facts(&common);
    subsidiary.extend(facts(&[
        ("country", "NL"),
        ("type", "x302"),
        ("hierarchy", "x56"),
        ("integration_date", "2025-03-03"),
        ("total_assets", "95000000"),
    ]));
    register.save_dora_entity(&DoraEntityDraft {
        lei: subsidiary_lei(),
        name: "Kestrel Payments Europe B.V.".into(),
        reporting: false,
        parent_lei: Some(reporting_lei()),
        facts: subsidiary,
    })?;
    register.save_dora_branch(&DoraBranch {
        code: "KP-IE-DE".into(),
        entity_lei: reporting_lei(),
        name: "Kestrel Payments Ireland DAC, Zweigniederlassung Deutschland".into(),
        country: "DE".into(),
    })?;
    Ok(())
}

/// (code, entity, name, critical, RTO, RPO, impact)
const FUNCTIONS: &[(&str, bool, &str, &str, &str, &str, &str)] = &[
    ("F-PAY", true, "Card and account payments", "x28", "4", "1", "x793"),
    ("F-ONB", true, "Customer onboarding and identity", "x28", "24", "4", "x792"),
    ("F-SUP", true, "Customer support", "x29", "48", "24", "x791"),
    ("F-ANA", true, "Product analytics", "x29", "168", "72", "x791"),
    ("F-EMN", false, "E-money accounts", "x28", "8", "1", "x793"),
];

fn write_functions(register: &Register) -> Result<()> {
    for (code, ireland, name, critical, rto, rpo, impact) in FUNCTIONS {
        let reasons = if *critical == "x28" {
            "Its failure would materially impair payment services to customers."
        } else {
            "Supports customers; payments continue without it."
        };
        register.save_dora_function(&DoraFunctionDraft {
            code: (*code).into(),
            entity_lei: if *ireland { reporting_lei() } else { subsidiary_lei() },
            name: (*name).into(),
            service: None,
            facts: facts(&[
                ("licensed_activity", "x28"),
                ("critical", critical),
                ("reasons", reasons),
                ("last_assessment", "2025-10-01"),
                ("rto_hours", rto),
                ("rpo_hours", rpo),
                ("discontinuation_impact", impact),
            ]),
        })?;
    }
    Ok(())
}

/// One arrangement of the sample.
struct Arrangement {
    reference: &'static str,
    vendor: &'static str,
    functions: &'static [(&'static str, bool)],
    service_type: &'static str,
    cost: &'static str,
    start: &'static str,
    end: Option<(&'static str, &'static str)>,
    location: &'static str,
    sensitiveness: &'static str,
    reliance: &'static str,
    substitutability: (&'static str, &'static str),
}

const ARRANGEMENTS: &[Arrangement] = &[
    Arrangement {
        reference: "KP-2023-001",
        vendor: "Amazon Web Services",
        functions: &[("F-PAY", true), ("F-ONB", true), ("F-EMN", false)],
        service_type: "S01",
        cost: "310000",
        start: "2023-01-01",
        end: None,
        location: "IE",
        sensitiveness: "x793",
        reliance: "x797",
        substitutability: ("x960", "x964"),
    },
    Arrangement {
        reference: "KP-2023-002",
        vendor: "Stripe",
        functions: &[("F-PAY", true)],
        service_type: "S11",
        cost: "120000",
        start: "2023-02-01",
        end: None,
        location: "IE",
        sensitiveness: "x793",
        reliance: "x796",
        substitutability: ("x961", "x964"),
    },
    Arrangement {
        reference: "KP-2023-003",
        vendor: "Okta",
        functions: &[("F-ONB", true), ("F-EMN", false)],
        service_type: "S05",
        cost: "42000",
        start: "2023-05-01",
        end: None,
        location: "DE",
        sensitiveness: "x792",
        reliance: "x796",
        substitutability: ("x961", "x964"),
    },
    Arrangement {
        reference: "KP-2023-004",
        vendor: "Zendesk",
        functions: &[("F-SUP", true)],
        service_type: "S03",
        cost: "36000",
        start: "2023-04-15",
        end: None,
        location: "DE",
        sensitiveness: "x792",
        reliance: "x795",
        substitutability: ("x962", "x964"),
    },
    Arrangement {
        reference: "KP-2023-005",
        vendor: "Mixpanel",
        functions: &[("F-ANA", true)],
        service_type: "S03",
        cost: "50000",
        start: "2023-03-01",
        end: Some(("2025-11-27", "x7")),
        location: "US",
        sensitiveness: "x792",
        reliance: "x795",
        substitutability: ("x962", "x964"),
    },
];

fn write_arrangements(register: &Register) -> Result<()> {
    for a in ARRANGEMENTS {
        let vendor = register.find_vendor(a.vendor)?;
        let (end, reason) = a.end.unwrap_or(("9999-12-31", ""));
        let mut f = facts(&[
            ("type", "x1"),
            ("currency", "EUR"),
            ("annual_cost", a.cost),
            ("service_type", a.service_type),
            ("start", a.start),
            ("end", end),
            ("notice_entity_days", "90"),
            ("notice_provider_days", "180"),
            ("governing_law", "IE"),
            ("provision_country", a.location),
            ("stores_data", "x28"),
            ("storage_location", a.location),
            ("processing_location", a.location),
            ("sensitiveness", a.sensitiveness),
            ("reliance", a.reliance),
            ("substitutability", a.substitutability.0),
            ("substitutability_reason", a.substitutability.1),
            ("last_audit", "2025-06-30"),
            ("exit_plan", "x28"),
            ("reintegration", "x966"),
            ("discontinuation_impact", "x792"),
            ("alternatives_identified", "x28"),
            ("alternative_providers", "Documented in the exit plan"),
        ]);
        if !reason.is_empty() {
            f.insert("termination_reason".into(), reason.into());
        }
        let functions = a
            .functions
            .iter()
            .map(|(code, ireland)| FunctionKey {
                code: (*code).into(),
                entity_lei: if *ireland { reporting_lei() } else { subsidiary_lei() },
            })
            .collect();
        register.save_dora_arrangement(&DoraArrangementDraft {
            reference: a.reference.into(),
            vendor_id: vendor.id,
            entity_lei: reporting_lei(),
            overarching: None,
            functions,
            facts: f,
        })?;
    }
    for (name, _) in PROVIDER_LEIS {
        let vendor = register.find_vendor(name)?;
        register.save_dora_provider(
            vendor.id,
            &DoraProviderDraft { parent: None, facts: facts(&[("person_type", "x212")]) },
        )?;
    }
    Ok(())
}
