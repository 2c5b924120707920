//! The rubric, the matrix, the arithmetic, the bounds on residual risk, cadence and staleness;
//! and properties: more sensitive data, more people or wider access never lowers inherent risk;
//! better controls never raise residual risk.

use chrono::NaiveDate;
use proptest::prelude::*;

use super::cadence::{acceptance_status, document_status, renewal_notice, review_status};
use super::compute::{RiskFacts, assess, assess_in, levels};
use super::records::{DocumentKind, Freshness, ReviewState, RiskAcceptance, VendorDocument};
use super::rubric::{AccessLevel, Level, Rubric, Substitutability};
use crate::datamap::{Criticality, VendorRef};
use crate::ids::VendorId;
use crate::locale::Language;
use crate::taxonomy::{CategoryFlags, Flag};

fn day(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

fn vendor() -> VendorRef {
    VendorRef { id: VendorId(1), name: "Zendesk".into() }
}

/// Mixpanel as the sample holds it: names and e-mails of 1.25 million people in nine countries,
/// data only, one fourth party, the developer platform (RTO 8 h, critical) depends on it.
fn mixpanel() -> RiskFacts {
    RiskFacts {
        flags: CategoryFlags { personal: true, ..CategoryFlags::default() },
        people: 1_250_000,
        records: 186_000_000,
        countries: 9,
        fourth_parties: 1,
        access: AccessLevel::DataOnly,
        substitutability: Substitutability::Easy,
        shortest_rto_hours: Some(8),
        highest_criticality: Some(Criticality::Critical),
        control_score: None,
        open_findings: [0; 4],
        override_level: None,
        override_reason: None,
    }
}

#[test]
fn the_default_rubric_is_valid_and_its_matrix_is_nist_table_i2() {
    let rubric = Rubric::default();
    rubric.check().expect("valid");
    assert_eq!(rubric.matrix[4][4], Level::VeryHigh, "very high likelihood × very high impact");
    assert_eq!(rubric.matrix[2][2], Level::Moderate);
    assert_eq!(rubric.matrix[0][4], Level::Low, "very low likelihood keeps even very high impact low");
    let mut broken = rubric.clone();
    broken.matrix[3][3] = Level::VeryLow;
    assert_eq!(broken.check().unwrap_err().0[0].field, "matrix");
    let bands = Rubric { people_bands: [10, 5, 100, 1000], ..Rubric::default() };
    assert_eq!(bands.check().unwrap_err().0[0].field, "peopleBands");
}

#[test]
fn every_step_of_the_arithmetic_is_written_out() {
    let result = assess(&mixpanel(), &Rubric::default());
    let step = |key: &str| result.steps.iter().find(|s| s.key == key).unwrap_or_else(|| panic!("step {key}"));
    assert_eq!(step("sensitivity").result, "low");
    assert_eq!(step("volume").working, "people: 1,250,000 ≥ 1,000,000");
    assert_eq!(step("spread").working, "countries of residence: 9 ≥ 4");
    // Data impact ⌈(3×2 + 2×5 + 1×3) ÷ 6⌉ = ⌈3.17⌉ = 4; operational ⌈(2×5 + 1×1) ÷ 3⌉ = 4.
    assert_eq!(step("data_impact").working, "⌈(3×2 (sensitivity) + 2×5 (volume) + 1×3 (spread)) ÷ 6⌉ = ⌈3.17⌉ = 4");
    assert_eq!(step("operational_impact").working, "⌈(2×5 (criticality) + 1×1 (substitutability)) ÷ 3⌉ = ⌈3.67⌉ = 4");
    // Likelihood ⌈(2×2 + 1×2 + 1×5) ÷ 4⌉ = ⌈2.75⌉ = 3.
    assert_eq!(step("likelihood").working, "⌈(2×2 (access) + 1×2 (fourth parties) + 1×5 (volume)) ÷ 4⌉ = ⌈2.75⌉ = 3");
    assert_eq!((result.likelihood, result.impact, result.inherent), (Level::Moderate, Level::High, Level::Moderate));
    assert_eq!(result.tier, 3);
    assert_eq!(result.residual, Level::Moderate);
    assert_eq!(step("residual").working, "3 − 0 + 0 = 3");
    assert!(levels(&mixpanel(), &Rubric::default()).steps.is_empty(), "no working when recomputing in bulk");
    assert_eq!(levels(&mixpanel(), &Rubric::default()).residual, result.residual);
}

#[test]
fn the_arithmetic_reads_in_bahasa_indonesia_with_the_same_levels() {
    let english = assess(&mixpanel(), &Rubric::default());
    let result = assess_in(&mixpanel(), &Rubric::default(), crate::locale::Language::Id);
    let step = |key: &str| result.steps.iter().find(|s| s.key == key).unwrap_or_else(|| panic!("step {key}"));
    assert_eq!(step("sensitivity").name, "Sensitivitas data");
    assert_eq!(step("sensitivity").result, "rendah");
    assert_eq!(step("volume").working, "orang: 1.250.000 ≥ 1.000.000");
    assert_eq!(step("likelihood").working, "⌈(2×2 (akses) + 1×2 (pihak keempat) + 1×5 (volume)) ÷ 4⌉ = ⌈2.75⌉ = 3");
    assert_eq!((result.inherent, result.residual, result.tier), (english.inherent, english.residual, english.tier));
    assert_eq!(result.steps.len(), english.steps.len());
}

#[test]
fn controls_lower_residual_risk_by_at_most_the_configured_levels() {
    let mut facts = mixpanel();
    facts.flags.set(Flag::SpecialCategory);
    facts.access = AccessLevel::Privileged;
    facts.fourth_parties = 12;
    let rubric = Rubric::default();
    assert_eq!(assess(&facts, &rubric).inherent, Level::VeryHigh);
    facts.control_score = Some(97.0);
    let best = assess(&facts, &rubric);
    assert_eq!(best.residual, Level::High, "very high reaches at best high by controls alone");
    assert!(best.steps.iter().any(|s| s.key == "controls" && s.working.contains("−2 level(s), at most −1")));
    let mut two = rubric.clone();
    two.max_control_reduction = 2;
    assert_eq!(assess(&facts, &two).residual, Level::Moderate);
}

#[test]
fn open_findings_raise_residual_risk_and_a_critical_one_sets_a_floor() {
    let rubric = Rubric::default();
    let mut facts = mixpanel();
    facts.control_score = Some(95.0);
    assert_eq!(assess(&facts, &rubric).residual, Level::Low);
    facts.open_findings = [0, 2, 1, 0]; // 2 medium (1 each) + 1 high (2) = 4 points: +1 level
    assert_eq!(assess(&facts, &rubric).residual, Level::Moderate);
    facts.open_findings = [0, 0, 0, 1]; // one critical: 4 points, +1, and at least high
    let critical = assess(&facts, &rubric);
    assert_eq!(critical.residual, Level::High);
    assert!(critical.steps.iter().any(|s| s.key == "residual" && s.working.contains("open critical finding")));
}

#[test]
fn an_override_replaces_the_inherent_level_and_says_so() {
    let mut facts = mixpanel();
    facts.override_level = Some(Level::VeryHigh);
    facts.override_reason = Some("Board decision after the November 2025 breach".into());
    let result = assess(&facts, &Rubric::default());
    assert_eq!(
        (result.computed_inherent, result.inherent, result.overridden, result.tier),
        (Level::Moderate, Level::VeryHigh, true, 1)
    );
    assert!(result.steps.iter().any(|s| s.key == "override" && s.working.contains("Board decision")));
}

#[test]
fn review_cadence_follows_the_tier() {
    let rubric = Rubric::default();
    let today = day("2026-11-28");
    let status = |tier, last: &str| review_status(vendor(), tier, Some(day(last)), None, &rubric, today).state;
    assert_eq!(status(1, "2026-05-01"), ReviewState::Overdue, "tier 1: every 6 months");
    assert_eq!(status(2, "2026-06-01"), ReviewState::UpToDate, "tier 2: every 12 months");
    assert_eq!(status(2, "2025-12-15"), ReviewState::DueSoon, "due 2026-12-15, within 30 days");
    assert_eq!(review_status(vendor(), 3, None, None, &rubric, today).state, ReviewState::Never);
    assert_eq!(
        review_status(vendor(), 1, Some(day("2026-06-01")), None, &rubric, today).next_due,
        Some(day("2026-12-01"))
    );
    let asked = review_status(vendor(), 2, Some(day("2026-06-01")), Some(day("2026-11-20")), &rubric, today);
    assert_eq!(
        (asked.next_due, asked.state),
        (Some(day("2026-11-20")), ReviewState::Overdue),
        "a tier change asks for review now"
    );
}

#[test]
fn documents_go_stale_by_kind_and_notice_dates_count_back_from_renewal() {
    let rubric = Rubric::default();
    let today = day("2026-11-28");
    let doc = |kind, issued: Option<&str>, period_end: Option<&str>, expires: Option<&str>| VendorDocument {
        id: 1,
        vendor: vendor(),
        kind,
        title: "Report".into(),
        issued_on: issued.map(day),
        period_end: period_end.map(day),
        expires_on: expires.map(day),
        sha256: None,
        file_name: None,
        created_at: Default::default(),
        updated_at: Default::default(),
    };
    let soc2 =
        document_status(doc(DocumentKind::Soc2Type2, None, Some("2025-09-30"), None), &rubric, today, Language::En);
    assert_eq!(
        (soc2.stale_on, soc2.freshness),
        (Some(day("2026-09-30")), Freshness::Stale),
        "12 months after the period"
    );
    let iso =
        document_status(doc(DocumentKind::Iso27001, None, None, Some("2027-01-10")), &rubric, today, Language::En);
    assert_eq!(iso.freshness, Freshness::Expiring, "within 60 days");
    let pentest =
        document_status(doc(DocumentKind::Pentest, Some("2026-05-01"), None, None), &rubric, today, Language::En);
    assert_eq!((pentest.stale_on, pentest.freshness), (Some(day("2027-05-01")), Freshness::Current));
    let notice = renewal_notice(vendor(), (Some(day("2027-02-14")), Some(30)), &rubric, today, Language::En)
        .expect("renewal ahead");
    assert_eq!(notice.message, "Notice to terminate Zendesk must be given by 2027-01-15 (renews 2027-02-14)");
    assert_eq!(notice.freshness, Freshness::Expiring);
    assert!(
        renewal_notice(vendor(), (Some(day("2026-01-01")), Some(30)), &rubric, today, Language::En).is_none(),
        "a past renewal"
    );
}

#[test]
fn an_acceptance_goes_stale_when_the_risk_changes_or_it_expires() {
    let today = day("2026-11-28");
    let acceptance = RiskAcceptance {
        id: 1,
        vendor: vendor(),
        approver: "CISO".into(),
        justification: "Compensating controls".into(),
        expires_on: day("2027-06-30"),
        accepted_level: Level::High,
        created_at: Default::default(),
        revoked_at: None,
    };
    assert!(!acceptance_status(acceptance.clone(), Level::High, today, Language::En).stale);
    assert!(
        acceptance_status(acceptance.clone(), Level::VeryHigh, today, Language::En)
            .reason
            .unwrap()
            .contains("now very high")
    );
    let expired = acceptance_status(acceptance.clone(), Level::High, day("2027-07-01"), Language::En);
    assert!(expired.reason.unwrap().starts_with("expired"));
    let berakhir = acceptance_status(acceptance, Level::High, day("2027-07-01"), Language::Id);
    assert_eq!(berakhir.reason.as_deref(), Some("berakhir pada 2027-06-30"));
}

fn arb_facts() -> impl Strategy<Value = RiskFacts> {
    (
        0u16..512,
        0i64..5_000_000,
        0u32..60,
        0u32..20,
        0usize..4,
        0usize..3,
        proptest::option::of(1i64..500),
        proptest::option::of(0usize..4),
        proptest::option::of(0.0f64..=100.0),
        [0u32..4, 0u32..4, 0u32..4, 0u32..2],
    )
        .prop_map(|(flags, people, countries, fourth, access, subst, rto, crit, score, findings)| {
            let mut set = CategoryFlags::default();
            for (i, flag) in Flag::ALL.iter().enumerate() {
                if flags & (1 << i) != 0 {
                    set.set(*flag);
                }
            }
            RiskFacts {
                flags: set,
                people,
                records: people * 10,
                countries,
                fourth_parties: fourth,
                access: AccessLevel::ALL[access],
                substitutability: Substitutability::ALL[subst],
                shortest_rto_hours: rto,
                highest_criticality: crit.map(|c| Criticality::ALL[c]),
                control_score: score,
                open_findings: findings,
                override_level: None,
                override_reason: None,
            }
        })
}

proptest! {
    #[test]
    fn more_sensitive_data_more_people_or_wider_access_never_lowers_inherent_risk(facts in arb_facts(), flag in 0usize..9, more in 0i64..5_000_000, wider in 0usize..4) {
        let rubric = Rubric::default();
        let base = levels(&facts, &rubric);
        let mut sensitive = facts.clone();
        sensitive.flags.set(Flag::ALL[flag]);
        let mut bigger = facts.clone();
        bigger.people += more;
        let mut access = facts.clone();
        access.access = AccessLevel::ALL[wider.max(AccessLevel::ALL.iter().position(|a| *a == facts.access).unwrap_or(0))];
        for changed in [sensitive, bigger, access] {
            let after = levels(&changed, &rubric);
            prop_assert!(after.computed_inherent >= base.computed_inherent);
            prop_assert!(after.impact >= base.impact && after.likelihood >= base.likelihood);
        }
    }

    #[test]
    fn better_controls_never_raise_residual_risk(facts in arb_facts(), better in 0.0f64..=100.0) {
        let rubric = Rubric::default();
        let before = levels(&facts, &rubric).residual;
        let mut improved = facts.clone();
        improved.control_score = Some(facts.control_score.unwrap_or(0.0).max(better));
        prop_assert!(levels(&improved, &rubric).residual <= before);
    }
}
