//! Deadline arithmetic and trigger tests. Each deadline case names the rule whose period and
//! clock it exercises; the expected instants were worked out by hand from the statute's text.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use super::deadlines::due;
use super::rules::{RULES, Rule};
use super::*;
use crate::holidays::Calendars;
use crate::org::{FinancialEntityKind, HipaaStatus, Nis2Status, OrgProfile};
use crate::taxonomy::{CategoryFlags, Flag};
use crate::text;

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).expect("RFC 3339").with_timezone(&Utc)
}

fn day(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

fn rule(id: &str) -> &'static Rule {
    RULES.iter().find(|r| r.id == id).unwrap_or_else(|| panic!("no rule {id}"))
}

fn profile(establishments: &[&str], tz: &str) -> OrgProfile {
    OrgProfile {
        name: "Kestrel AI".into(),
        establishments: establishments.iter().map(|c| c.to_string()).collect(),
        time_zone: tz.into(),
        ..OrgProfile::default()
    }
}

fn flags(set: &[Flag]) -> CategoryFlags {
    let mut f = CategoryFlags { personal: true, ..CategoryFlags::default() };
    set.iter().for_each(|flag| f.set(*flag));
    f
}

fn exposure(keys: &[&str], flag_set: &[Flag], people: &[(&str, i64)]) -> Exposure {
    Exposure {
        category_keys: keys.iter().map(|k| k.to_string()).collect(),
        flags: flags(flag_set),
        people_by_country: people.iter().map(|(c, n)| (c.to_string(), *n)).collect(),
    }
}

fn facts<'a>(profile: &'a OrgProfile, exposure: Exposure, aware: &str) -> BreachFacts<'a> {
    BreachFacts {
        profile,
        exposure,
        times: EventTimes {
            awareness: utc(aware),
            classification: None,
            materiality: None,
            notifiable_assessment: None,
        },
        unlawful_access: true,
        california_residents: None,
        answers: HashMap::new(),
        done: HashMap::new(),
        language: Language::En,
    }
}

fn find<'r>(report: &'r ObligationReport, id: &str) -> Option<&'r Obligation> {
    report.obligations.iter().find(|o| o.rule_id == id)
}

fn applying(report: &ObligationReport) -> Vec<&str> {
    let mut ids: Vec<&str> = report.obligations.iter().map(|o| o.rule_id.as_str()).collect();
    ids.sort_unstable();
    ids
}

/// One deadline case: the rule it exercises, the zone, the clock start and the expected due time.
struct Case {
    rule: &'static str,
    tz: &'static str,
    start: &'static str,
    holidays: &'static [&'static str],
    due: Option<&'static str>,
    why: &'static str,
}

const CASES: &[Case] = &[
    Case {
        rule: "gdpr-33",
        tz: "Europe/Dublin",
        start: "2025-10-24T10:00:00+01:00",
        holidays: &[],
        due: Some("2025-10-27T09:00:00+00:00"),
        why: "72 elapsed hours across the end of Irish summer time: the wall clock reads 09:00, not 10:00",
    },
    Case {
        rule: "gdpr-33",
        tz: "Europe/Dublin",
        start: "2026-03-27T12:00:00+00:00",
        holidays: &[],
        due: Some("2026-03-30T13:00:00+01:00"),
        why: "72 elapsed hours across the start of Irish summer time: the wall clock reads 13:00",
    },
    Case {
        rule: "nis2-early-warning",
        tz: "America/New_York",
        start: "2026-03-07T12:00:00-05:00",
        holidays: &[],
        due: Some("2026-03-08T13:00:00-04:00"),
        why: "24 hours across the US spring-forward night is 13:00 EDT",
    },
    Case {
        rule: "id-pdp",
        tz: "Asia/Jakarta",
        start: "2025-11-25T18:00:00+07:00",
        holidays: &[],
        due: Some("2025-11-28T18:00:00+07:00"),
        why: "3 × 24 hours",
    },
    Case {
        rule: "sec-8k",
        tz: "America/New_York",
        start: "2026-11-25T16:00:00-05:00",
        holidays: &["2026-11-26"],
        due: Some("2026-12-02T23:59:59-05:00"),
        why: "4 business days from Wednesday before Thanksgiving: Fri 27, Mon 30, Tue 1, Wed 2",
    },
    Case {
        rule: "sec-8k",
        tz: "America/New_York",
        start: "2026-11-27T09:00:00-05:00",
        holidays: &["2026-11-26"],
        due: Some("2026-12-03T23:59:59-05:00"),
        why: "from a Friday: the weekend is skipped",
    },
    Case {
        rule: "lgpd",
        tz: "America/Sao_Paulo",
        start: "2025-11-18T10:00:00-03:00",
        holidays: &["2025-11-20"],
        due: Some("2025-11-24T23:59:59-03:00"),
        why: "3 working days skipping Consciência Negra (Thu 20 Nov) and the weekend",
    },
    Case {
        rule: "hipaa-individuals",
        tz: "America/New_York",
        start: "2025-11-25T12:00:00-05:00",
        holidays: &[],
        due: Some("2026-01-24T23:59:59-05:00"),
        why: "60 calendar days, to the end of the last day, local time",
    },
    Case {
        rule: "ca-residents",
        tz: "America/Los_Angeles",
        start: "2026-02-20T08:00:00-08:00",
        holidays: &[],
        due: Some("2026-03-22T23:59:59-07:00"),
        why: "30 calendar days ending after the US spring-forward: end of day in PDT",
    },
    Case {
        rule: "pdpa-commission",
        tz: "Asia/Singapore",
        start: "2025-12-30T15:00:00+08:00",
        holidays: &[],
        due: Some("2026-01-02T23:59:59+08:00"),
        why: "3 calendar days across the new year",
    },
    Case {
        rule: "nis2-final",
        tz: "Europe/Dublin",
        start: "2026-01-31T10:00:00+00:00",
        holidays: &[],
        due: Some("2026-02-28T10:00:00+00:00"),
        why: "1 month from 31 January ends on the last day of February",
    },
    Case {
        rule: "appi-preliminary",
        tz: "Asia/Tokyo",
        start: "2025-11-25T09:00:00+09:00",
        holidays: &[],
        due: Some("2025-11-30T23:59:59+09:00"),
        why: "promptly, with the guidance's outer limit of 5 days",
    },
    Case {
        rule: "gdpr-34",
        tz: "Europe/Dublin",
        start: "2025-11-25T17:00:00+00:00",
        holidays: &[],
        due: None,
        why: "without undue delay has no fixed due time",
    },
];

#[test]
fn deadline_arithmetic_follows_each_rule() {
    for case in CASES {
        let tz: Tz = case.tz.parse().expect("zone");
        let holidays: Vec<NaiveDate> = case.holidays.iter().map(|d| day(d)).collect();
        let got = due(utc(case.start), rule(case.rule).period, tz, &holidays, Language::En);
        assert_eq!(got.at, case.due.map(utc), "{} ({}): {}", case.rule, rule(case.rule).citation, case.why);
        assert!(!got.working.is_empty(), "{}: the working is shown", case.rule);
    }
}

#[test]
fn every_country_whose_days_a_rule_counts_has_a_calendar() {
    let calendars = Calendars::built_in();
    let mut needed: Vec<&str> = RULES.iter().filter_map(|r| r.holidays).collect();
    for relief in RULES.iter().filter_map(|r| r.next_working_day) {
        needed.extend(relief.region.countries());
    }
    assert!(needed.len() > 30, "the EEA's members and the business-day rules' countries");
    let missing: Vec<&&str> = needed.iter().filter(|c| calendars.of(c).is_empty()).collect();
    assert!(
        missing.is_empty(),
        "no holiday calendar for {missing:?}: add them to src-tauri/xtask/holidays/generate.py"
    );
}

#[test]
fn lgpd_working_days_skip_brazils_national_holidays_from_the_built_in_calendar() {
    // Awareness on Wednesday 19 November 2025; Thursday 20 November is Black Awareness Day, a
    // national holiday since 2024: the three working days are 21, 24 and 25 November.
    let org = profile(&["BR"], "America/Sao_Paulo");
    let mut f = facts(&org, exposure(&["user.contact.email"], &[], &[("BR", 10)]), "2025-11-19T10:00:00-03:00");
    f.answers.insert("lgpd_relevant_risk".into(), true);
    let report = obligations(&f, utc("2025-11-19T14:00:00Z"));
    let lgpd = find(&report, "lgpd").expect("LGPD step listed");
    assert_eq!(lgpd.due, Some(utc("2025-11-25T23:59:59-03:00")), "{}", lgpd.working);
}

#[test]
fn sec_clock_counts_business_days_from_the_materiality_determination_with_profile_holidays() {
    let mut org = profile(&["US"], "America/New_York");
    org.sec_registrant = true;
    let mut f = facts(&org, exposure(&["user.contact.email"], &[], &[("US", 10)]), "2026-11-20T12:00:00-05:00");
    f.answers.insert("material".into(), true);
    let pending = obligations(&f, utc("2026-11-21T00:00:00Z"));
    let sec = find(&pending, "sec-8k").expect("SEC step listed");
    assert_eq!(sec.status, ObligationStatus::NeedsAssessment, "no determination time yet");
    assert_eq!(sec.due, None);

    f.times.materiality = Some(utc("2026-11-25T16:00:00-05:00"));
    let report = obligations(&f, utc("2026-11-26T00:00:00Z"));
    let sec = find(&report, "sec-8k").expect("SEC step listed");
    assert_eq!(sec.status, ObligationStatus::Applies);
    assert_eq!(
        sec.due,
        Some(utc("2026-12-02T23:59:59-05:00")),
        "Thanksgiving (from the built-in US calendar) is skipped"
    );
    assert!(sec.citation.contains("Item 1.05"));
}

#[test]
fn chained_steps_start_from_the_earlier_step_done_or_due() {
    let mut org = profile(&["IE"], "Europe/Dublin");
    org.nis2 = Nis2Status::Essential;
    let mut f = facts(&org, exposure(&["user.contact.email"], &[], &[("IE", 10)]), "2026-01-10T09:00:00Z");
    f.answers.insert("nis2_significant".into(), true);
    let report = obligations(&f, utc("2026-01-10T10:00:00Z"));
    assert_eq!(find(&report, "nis2-notification").and_then(|o| o.due), Some(utc("2026-01-13T09:00:00Z")));
    assert_eq!(
        find(&report, "nis2-final").and_then(|o| o.due),
        Some(utc("2026-02-13T09:00:00Z")),
        "1 month after the notification is due"
    );

    f.done.insert("nis2-notification".into(), utc("2026-01-11T15:00:00Z"));
    let report = obligations(&f, utc("2026-01-12T00:00:00Z"));
    assert_eq!(
        find(&report, "nis2-final").and_then(|o| o.due),
        Some(utc("2026-02-11T15:00:00Z")),
        "1 month after it was done"
    );
}

/// One DORA case of Delegated Regulation (EU) 2025/301, Art. 5, for an Irish financial entity
/// (Europe/Dublin, Irish bank holidays from the built-in calendar).
struct DoraCase {
    /// The paragraph and what it says, as the case's name.
    name: &'static str,
    kind: FinancialEntityKind,
    nis2: Nis2Status,
    relief_refused: bool,
    aware: &'static str,
    classified: Option<&'static str>,
    done: &'static [(&'static str, &'static str)],
    now: &'static str,
    rule: &'static str,
    due: Option<&'static str>,
}

/// An Irish payment institution (not a credit institution, not under NIS2, relief not refused)
/// with no step done yet; each case changes what it is about.
const IRISH_PAYMENT_INSTITUTION: DoraCase = DoraCase {
    name: "",
    kind: FinancialEntityKind::Other,
    nis2: Nis2Status::None,
    relief_refused: false,
    aware: "",
    classified: None,
    done: &[],
    now: "",
    rule: "",
    due: None,
};

const DORA_CASES: &[DoraCase] = &[
    DoraCase {
        name: "Art. 5(1)(a): 4 hours from the classification as major",
        aware: "2026-03-10T08:00:00Z",
        classified: Some("2026-03-10T10:00:00Z"),
        now: "2026-03-10T11:00:00Z",
        rule: "dora-initial",
        due: Some("2026-03-10T14:00:00Z"),
        ..IRISH_PAYMENT_INSTITUTION
    },
    DoraCase {
        name: "Art. 5(1)(a): no later than 24 hours from awareness",
        aware: "2026-03-10T08:00:00Z",
        classified: Some("2026-03-11T06:00:00Z"),
        now: "2026-03-11T07:00:00Z",
        rule: "dora-initial",
        due: Some("2026-03-11T08:00:00Z"),
        ..IRISH_PAYMENT_INSTITUTION
    },
    DoraCase {
        name: "Art. 5(1)(a): not yet classified, within the first 24 hours: the 24-hour limit runs",
        aware: "2026-03-10T08:00:00Z",
        classified: None,
        now: "2026-03-10T09:00:00Z",
        rule: "dora-initial",
        due: Some("2026-03-11T08:00:00Z"),
        ..IRISH_PAYMENT_INSTITUTION
    },
    DoraCase {
        name: "Art. 5(2): classified as major only after the first 24 hours: 4 hours from the classification",
        aware: "2026-03-10T08:00:00Z",
        classified: Some("2026-03-11T09:00:00Z"),
        now: "2026-03-11T10:00:00Z",
        rule: "dora-initial",
        due: Some("2026-03-11T13:00:00Z"),
        ..IRISH_PAYMENT_INSTITUTION
    },
    DoraCase {
        name: "Art. 5(2): not classified as major within 24 hours: nothing is due until it is",
        aware: "2026-03-10T08:00:00Z",
        classified: None,
        now: "2026-03-11T12:00:00Z",
        rule: "dora-initial",
        due: None,
        ..IRISH_PAYMENT_INSTITUTION
    },
    DoraCase {
        name: "Art. 5(4): due on a Saturday: by noon of the next working day (Monday)",
        aware: "2026-03-13T20:00:00Z",
        classified: Some("2026-03-13T21:00:00Z"),
        now: "2026-03-13T22:00:00Z",
        rule: "dora-initial",
        due: Some("2026-03-16T12:00:00Z"),
        ..IRISH_PAYMENT_INSTITUTION
    },
    DoraCase {
        name: "Art. 5(4): due on an Irish bank holiday (St Patrick's Day): by noon the day after",
        aware: "2026-03-17T06:00:00Z",
        classified: Some("2026-03-17T07:00:00Z"),
        now: "2026-03-17T08:00:00Z",
        rule: "dora-initial",
        due: Some("2026-03-18T12:00:00Z"),
        ..IRISH_PAYMENT_INSTITUTION
    },
    DoraCase {
        name: "Art. 5(4): a moved initial notification moves the intermediate report's clock (72 h from Monday noon)",
        aware: "2026-03-13T20:00:00Z",
        classified: Some("2026-03-13T21:00:00Z"),
        now: "2026-03-13T22:00:00Z",
        rule: "dora-intermediate",
        due: Some("2026-03-19T12:00:00Z"),
        ..IRISH_PAYMENT_INSTITUTION
    },
    DoraCase {
        name: "Art. 5(5): a credit institution's initial notification stays on the Saturday",
        kind: FinancialEntityKind::CreditInstitution,
        aware: "2026-03-13T20:00:00Z",
        classified: Some("2026-03-13T21:00:00Z"),
        now: "2026-03-13T22:00:00Z",
        rule: "dora-initial",
        due: Some("2026-03-14T01:00:00Z"),
        ..IRISH_PAYMENT_INSTITUTION
    },
    DoraCase {
        name: "Art. 5(5): a central counterparty's intermediate report stays on the Sunday",
        kind: FinancialEntityKind::CentralCounterparty,
        aware: "2026-03-11T20:00:00Z",
        classified: Some("2026-03-11T21:00:00Z"),
        done: &[("dora-initial", "2026-03-12T10:00:00Z")],
        now: "2026-03-12T11:00:00Z",
        rule: "dora-intermediate",
        due: Some("2026-03-15T10:00:00Z"),
        ..IRISH_PAYMENT_INSTITUTION
    },
    DoraCase {
        name: "Art. 5(5): an essential entity under NIS2 gets no relief either",
        nis2: Nis2Status::Essential,
        aware: "2026-03-13T20:00:00Z",
        classified: Some("2026-03-13T21:00:00Z"),
        now: "2026-03-13T22:00:00Z",
        rule: "dora-initial",
        due: Some("2026-03-14T01:00:00Z"),
        ..IRISH_PAYMENT_INSTITUTION
    },
    DoraCase {
        name: "Art. 5(6): the competent authority refused the relief to a significant entity",
        relief_refused: true,
        aware: "2026-03-13T20:00:00Z",
        classified: Some("2026-03-13T21:00:00Z"),
        now: "2026-03-13T22:00:00Z",
        rule: "dora-initial",
        due: Some("2026-03-14T01:00:00Z"),
        ..IRISH_PAYMENT_INSTITUTION
    },
    DoraCase {
        name: "Art. 5(5) is about the first two reports: a credit institution's final report due on a Sunday moves to Monday noon",
        kind: FinancialEntityKind::CreditInstitution,
        aware: "2026-02-10T08:00:00Z",
        classified: Some("2026-02-10T09:00:00Z"),
        done: &[("dora-initial", "2026-02-10T12:00:00Z"), ("dora-intermediate", "2026-02-15T10:00:00Z")],
        now: "2026-02-16T00:00:00Z",
        rule: "dora-final",
        due: Some("2026-03-16T12:00:00Z"),
        ..IRISH_PAYMENT_INSTITUTION
    },
    DoraCase {
        name: "Art. 5(1)(b): 72 hours from the submission of the initial notification",
        aware: "2026-03-10T08:00:00Z",
        classified: Some("2026-03-10T09:00:00Z"),
        done: &[("dora-initial", "2026-03-10T12:00:00Z")],
        now: "2026-03-10T13:00:00Z",
        rule: "dora-intermediate",
        due: Some("2026-03-13T12:00:00Z"),
        ..IRISH_PAYMENT_INSTITUTION
    },
    DoraCase {
        name: "Art. 5(1)(c): one month after the latest intermediate report",
        aware: "2026-03-10T08:00:00Z",
        classified: Some("2026-03-10T09:00:00Z"),
        done: &[("dora-initial", "2026-03-10T12:00:00Z"), ("dora-intermediate", "2026-03-10T15:00:00Z")],
        now: "2026-03-13T00:00:00Z",
        rule: "dora-final",
        due: Some("2026-04-10T14:00:00Z"),
        ..IRISH_PAYMENT_INSTITUTION
    },
];

#[test]
fn dora_deadlines_follow_delegated_regulation_2025_301_article_5() {
    let mut failures = Vec::new();
    for case in DORA_CASES {
        let mut org = profile(&["IE"], "Europe/Dublin");
        org.financial_entity = true;
        org.financial_entity_kind = case.kind;
        org.nis2 = case.nis2;
        org.weekend_relief_refused = case.relief_refused;
        let mut f = facts(&org, exposure(&["user.contact.email"], &[], &[("IE", 10)]), case.aware);
        f.times.classification = case.classified.map(utc);
        f.done = case.done.iter().map(|(rule, at)| (rule.to_string(), utc(at))).collect();
        let report = obligations(&f, utc(case.now));
        let Some(step) = find(&report, case.rule) else {
            failures.push(format!("{}: {} not listed", case.name, case.rule));
            continue;
        };
        if step.due != case.due.map(utc) {
            failures.push(format!(
                "{}: {} due {:?}, expected {:?} ({})",
                case.name, case.rule, step.due, case.due, step.working
            ));
        }
        if step.late {
            failures.push(format!("{}: {} is late at {}", case.name, case.rule, case.now));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn mixpanel_style_exposure_triggers_gdpr_but_not_california_hipaa_or_dora() {
    let mut org = profile(&["IE", "US"], "Europe/Dublin");
    org.sec_registrant = true;
    let exposed = exposure(
        &[
            "user.name",
            "user.contact.email",
            "user.location.imprecise",
            "user.device",
            "user.behavior.browsing_history",
            "user.unique_id",
        ],
        &[],
        &[("US", 420_000), ("IE", 31_000), ("GB", 62_000), ("DE", 88_000)],
    );
    let report = obligations(&facts(&org, exposed, "2025-11-25T17:00:00Z"), utc("2025-11-26T00:00:00Z"));
    assert_eq!(applying(&report), ["gdpr-33", "gdpr-34", "sec-8k", "uk-gdpr-33", "uk-gdpr-34"]);
    let gdpr = find(&report, "gdpr-33").expect("GDPR 33");
    assert_eq!(gdpr.status, ObligationStatus::Applies);
    assert_eq!(gdpr.due, Some(utc("2025-11-28T17:00:00Z")));
    assert_eq!(gdpr.due_local.as_deref(), Some("2025-11-28 17:00 GMT"));
    assert!(gdpr.citation.contains("Art. 33(1)"));
    assert_eq!(
        find(&report, "gdpr-34").map(|o| o.status),
        Some(ObligationStatus::NeedsAssessment),
        "high risk is a judgement"
    );
    assert_eq!(
        find(&report, "sec-8k").map(|o| o.status),
        Some(ObligationStatus::NeedsAssessment),
        "materiality is a judgement"
    );
    let ca = report.not_triggered.iter().find(|n| n.rule_id == "ca-residents-pre-2026").expect("California considered");
    assert!(ca.reason.contains("names and e-mail addresses alone"), "{}", ca.reason);
    for absent in
        ["hipaa-individuals", "dora-initial", "nis2-early-warning", "appi-preliminary", "lgpd", "ca-residents"]
    {
        assert!(find(&report, absent).is_none(), "{absent} must not fire");
    }
}

#[test]
fn answering_a_judgement_no_moves_the_step_to_not_triggered() {
    let org = profile(&["IE"], "Europe/Dublin");
    let mut f = facts(&org, exposure(&["user.contact.email"], &[], &[("IE", 5)]), "2025-11-25T17:00:00Z");
    f.answers.insert("high_risk".into(), false);
    f.answers.insert("risk".into(), false);
    let report = obligations(&f, utc("2025-11-26T00:00:00Z"));
    assert!(find(&report, "gdpr-34").is_none());
    assert!(find(&report, "gdpr-33").is_none(), "unlikely to result in a risk: the authority need not be told");
    assert!(report.not_triggered.iter().any(|n| n.rule_id == "gdpr-34" && n.reason.starts_with("assessed: no")));
}

#[test]
fn california_fires_for_a_name_with_an_id_number_or_a_login_with_its_password() {
    let org = profile(&["US"], "America/Los_Angeles");
    let ssn = exposure(
        &["user.name", "user.government_id.national_identification_number"],
        &[Flag::GovernmentId],
        &[("US", 800)],
    );
    let login = exposure(&["user.contact.email", "user.authorization.password"], &[Flag::Credentials], &[("US", 800)]);
    let email_only = exposure(&["user.contact.email", "user.name"], &[], &[("US", 800)]);
    for (exposed, fires) in [(ssn, true), (login, true), (email_only, false)] {
        let mut f = facts(&org, exposed, "2026-02-01T12:00:00Z");
        f.california_residents = Some(700);
        let report = obligations(&f, utc("2026-02-02T00:00:00Z"));
        assert_eq!(find(&report, "ca-residents").is_some(), fires);
        assert_eq!(find(&report, "ca-attorney-general").is_some(), fires, "over 500 residents: the AG too");
    }
}

#[test]
fn california_attorney_general_needs_over_500_residents_and_follows_the_resident_notice() {
    let org = profile(&["US"], "America/Los_Angeles");
    let ssn = exposure(&["user.name", "user.government_id"], &[Flag::GovernmentId], &[("US", 800)]);
    let mut f = facts(&org, ssn, "2026-02-01T20:00:00Z");
    let unknown = obligations(&f, utc("2026-02-02T00:00:00Z"));
    assert_eq!(
        find(&unknown, "ca-attorney-general").map(|o| o.status),
        Some(ObligationStatus::NeedsAssessment),
        "residents not counted yet"
    );
    f.california_residents = Some(500);
    assert!(
        find(&obligations(&f, utc("2026-02-02T00:00:00Z")), "ca-attorney-general").is_none(),
        "500 is not over 500"
    );
    f.california_residents = Some(501);
    f.done.insert("ca-residents".into(), utc("2026-02-10T18:00:00Z"));
    let report = obligations(&f, utc("2026-02-11T00:00:00Z"));
    assert_eq!(
        find(&report, "ca-attorney-general").and_then(|o| o.due),
        Some(utc("2026-02-25T23:59:59-08:00")),
        "15 days after the residents were told"
    );
}

#[test]
fn california_rule_in_force_depends_on_the_awareness_date() {
    let org = profile(&["US"], "America/Los_Angeles");
    let ssn = || exposure(&["user.name", "user.government_id"], &[Flag::GovernmentId], &[("US", 10)]);
    let before = obligations(&facts(&org, ssn(), "2025-12-15T12:00:00Z"), utc("2025-12-16T00:00:00Z"));
    assert!(find(&before, "ca-residents-pre-2026").is_some_and(|o| o.due.is_none()), "before 2026: no fixed period");
    assert!(find(&before, "ca-residents").is_none());
    let after = obligations(&facts(&org, ssn(), "2026-01-05T12:00:00Z"), utc("2026-01-06T00:00:00Z"));
    assert!(find(&after, "ca-residents").is_some_and(|o| o.due.is_some()), "from 2026: 30 days (SB 446)");
}

#[test]
fn hipaa_needs_phi_a_regulated_entity_and_counts_the_500_threshold() {
    let mut org = profile(&["US"], "America/New_York");
    let phi = |n: i64| exposure(&["user.name", "user.health_and_medical"], &[Flag::Health], &[("US", n)]);
    let none = obligations(&facts(&org, phi(600), "2025-06-02T12:00:00Z"), utc("2025-06-03T00:00:00Z"));
    assert!(find(&none, "hipaa-individuals").is_none(), "not a covered entity");

    org.hipaa = HipaaStatus::CoveredEntity;
    let big = obligations(&facts(&org, phi(600), "2025-06-02T12:00:00Z"), utc("2025-06-03T00:00:00Z"));
    assert!(find(&big, "hipaa-individuals").is_some());
    assert!(find(&big, "hipaa-hhs-500").is_some());
    assert!(find(&big, "hipaa-hhs-annual").is_none());
    assert_eq!(
        find(&big, "hipaa-media").map(|o| o.status),
        Some(ObligationStatus::NeedsAssessment),
        "over 500 in one State?"
    );

    let exactly = obligations(&facts(&org, phi(500), "2025-06-02T12:00:00Z"), utc("2025-06-03T00:00:00Z"));
    assert!(find(&exactly, "hipaa-hhs-500").is_some(), "500 or more: HHS within 60 days");
    assert!(find(&exactly, "hipaa-media").is_none(), "media only above 500");

    let small = obligations(&facts(&org, phi(40), "2025-06-02T12:00:00Z"), utc("2025-06-03T00:00:00Z"));
    assert!(find(&small, "hipaa-hhs-500").is_none());
    assert_eq!(
        find(&small, "hipaa-hhs-annual").and_then(|o| o.due),
        Some(utc("2026-03-01T23:59:59-05:00")),
        "60 days after the year's end"
    );

    let no_phi = exposure(&["user.contact.email"], &[], &[("US", 600)]);
    assert!(
        find(
            &obligations(&facts(&org, no_phi, "2025-06-02T12:00:00Z"), utc("2025-06-03T00:00:00Z")),
            "hipaa-individuals"
        )
        .is_none()
    );
}

#[test]
fn japan_confirmed_report_is_60_days_for_unlawful_access_and_30_otherwise() {
    let org = profile(&["US"], "Asia/Tokyo");
    let card = || exposure(&["user.financial.credit_card"], &[Flag::PaymentCard], &[("JP", 12)]);
    let attack = obligations(&facts(&org, card(), "2025-11-25T09:00:00+09:00"), utc("2025-11-26T00:00:00Z"));
    assert_eq!(find(&attack, "appi-confirmed-unlawful").and_then(|o| o.due), Some(utc("2026-01-24T23:59:59+09:00")));
    assert!(find(&attack, "appi-confirmed").is_none());
    let basis = &find(&attack, "appi-confirmed-unlawful").expect("APPI unlawful").basis;
    assert_eq!(basis.matches("unauthorised access").count(), 1, "a reason is given once: {basis}");
    let mut accident = facts(&org, card(), "2025-11-25T09:00:00+09:00");
    accident.unlawful_access = false;
    let report = obligations(&accident, utc("2025-11-26T00:00:00Z"));
    assert_eq!(find(&report, "appi-confirmed").and_then(|o| o.due), Some(utc("2025-12-25T23:59:59+09:00")));

    let mut minor = facts(&org, exposure(&["user.contact.email"], &[], &[("JP", 12)]), "2025-11-25T09:00:00+09:00");
    minor.unlawful_access = false;
    assert!(
        find(&obligations(&minor, utc("2025-11-26T00:00:00Z")), "appi-preliminary").is_none(),
        "12 e-mails by accident are not reportable"
    );
}

#[test]
fn no_regime_fires_without_a_connection_to_it() {
    let org = profile(&["US"], "America/New_York");
    let report = obligations(
        &facts(&org, exposure(&["user.contact.email"], &[], &[("US", 50)]), "2025-11-25T17:00:00Z"),
        utc("2025-11-26T00:00:00Z"),
    );
    assert!(
        report.obligations.is_empty(),
        "e-mails of 50 Americans at a US company trigger nothing: {:?}",
        applying(&report)
    );
    assert_eq!(report.not_triggered.len(), RULES.iter().filter(|r| r.effective_until.is_none_or(|u| day("2025-11-25") < u) && r.effective_from <= day("2025-11-25")).count());

    let nothing_personal = Exposure {
        category_keys: vec!["system.operations".into()],
        flags: CategoryFlags::default(),
        people_by_country: vec![],
    };
    let org_eu = profile(&["IE", "SG", "BR", "AU", "ID"], "Europe/Dublin");
    assert!(
        obligations(&facts(&org_eu, nothing_personal, "2025-11-25T17:00:00Z"), utc("2025-11-26T00:00:00Z"))
            .obligations
            .is_empty()
    );
}

#[test]
fn establishment_alone_brings_in_the_local_regimes() {
    let org = profile(&["SG", "BR", "AU", "ID", "CA"], "Asia/Singapore");
    let report = obligations(
        &facts(&org, exposure(&["user.contact.email"], &[], &[("CA", 3)]), "2025-11-25T09:00:00Z"),
        utc("2025-11-25T10:00:00Z"),
    );
    assert_eq!(
        applying(&report),
        ["au-ndb-assessment", "id-pdp", "id-pdp-public", "lgpd", "pdpa-commission", "pipeda"]
    );
    let pdpa = find(&report, "pdpa-commission").expect("PDPA");
    assert_eq!(pdpa.status, ObligationStatus::NeedsAssessment);
    assert!(
        pdpa.question.as_deref().is_some_and(|q| q.contains("500")),
        "the 500-person threshold is part of the assessment"
    );
}

#[test]
fn uu_pdp_names_the_interim_authority_lists_the_notice_contents_and_asks_about_the_public() {
    let org = profile(&["IE"], "Europe/Dublin");
    let mut f = facts(&org, exposure(&["user.contact.email"], &[], &[("ID", 142_000)]), "2025-11-25T17:00:00Z");
    let report = obligations(&f, utc("2025-11-25T18:00:00Z"));
    let notice = find(&report, "id-pdp").expect("UU PDP notice");
    assert_eq!(notice.due, Some(utc("2025-11-28T17:00:00Z")), "3 x 24 jam");
    assert!(notice.recipient.contains("Komdigi"), "the interim recipient: {}", notice.recipient);
    assert_eq!(notice.contents.len(), 3, "Pasal 46 ayat (2) huruf a to c");
    assert!(notice.citation.contains("Pasal 46 ayat (1)"));

    let public = find(&report, "id-pdp-public").expect("the public-notice step is listed");
    assert_eq!(public.status, ObligationStatus::NeedsAssessment, "ayat (3) is a judgement");
    assert_eq!(public.judgement_key.as_deref(), Some("id_public_interest"));

    f.answers.insert("id_public_interest".into(), false);
    let report = obligations(&f, utc("2025-11-25T18:00:00Z"));
    assert!(find(&report, "id-pdp-public").is_none(), "answered no: not triggered");
    assert!(report.not_triggered.iter().any(|n| n.rule_id == "id-pdp-public"));
}

#[test]
fn every_rule_has_its_texts_in_both_languages() {
    for language in Language::ALL.iter().copied() {
        for rule in RULES {
            let mut ids: Vec<String> =
                ["regime", "step", "recipient"].iter().map(|t| format!("{}-{t}", rule.id)).collect();
            ids.extend((1..=rule.contents).map(|n| format!("{}-content-{n}", rule.id)));
            ids.extend(rule.at_most.filter(|l| l.lapses).map(|_| format!("{}-lapses", rule.id)));
            ids.extend(rule.judgement.map(|j| format!("judgement-{}", j.key)));
            for id in ids {
                assert!(text::has(language, &id), "{language}: no text {id}");
            }
        }
    }
}

#[test]
fn an_indonesian_reader_gets_the_deadlines_in_bahasa_indonesia() {
    let org = profile(&["IE"], "Europe/Dublin");
    let people = [("ID", 142_000), ("IE", 1_250)];
    let mut f = facts(&org, exposure(&["user.contact.email"], &[], &people), "2025-11-25T17:00:00Z");
    let english = obligations(&f, utc("2025-11-25T18:00:00Z"));
    f.language = Language::Id;
    let report = obligations(&f, utc("2025-11-25T18:00:00Z"));

    let notice = find(&report, "id-pdp").expect("UU PDP notice");
    assert_eq!(notice.due, find(&english, "id-pdp").and_then(|o| o.due), "the language changes no deadline");
    assert!(notice.step.starts_with("Pemberitahuan tertulis kepada Subjek Data Pribadi"), "{}", notice.step);
    assert_eq!(notice.deadline, "3 x 24 jam (72 jam) sejak diketahui");
    assert!(notice.basis.contains("142.000 orang yang terdampak tinggal di Indonesia"), "{}", notice.basis);
    assert!(notice.working.contains("+ 72 jam ="), "{}", notice.working);
    assert!(notice.contents[0].starts_with("Data Pribadi yang terungkap"), "{:?}", notice.contents);

    let gdpr = find(&report, "gdpr-34").expect("GDPR Art. 34 asks first");
    assert!(gdpr.question.as_deref().is_some_and(|q| q.starts_with("Apakah")), "{:?}", gdpr.question);
    let dora = report.not_triggered.iter().find(|n| n.rule_id == "dora-initial").expect("DORA considered");
    assert!(dora.reason.starts_with("kami tidak termasuk entitas keuangan"), "{}", dora.reason);
    assert_eq!(report.obligations.len(), english.obligations.len());
}

#[test]
fn a_dora_deadline_moved_off_a_weekend_is_explained_in_bahasa_indonesia() {
    // Classified on Friday 28 November 2025 at 22:00 in Dublin: the 4 hours end on Saturday.
    let org = OrgProfile { financial_entity: true, ..profile(&["IE"], "Europe/Dublin") };
    let mut f = facts(&org, exposure(&["user.contact.email"], &[], &[("IE", 10)]), "2025-11-28T21:00:00Z");
    f.times.classification = Some(utc("2025-11-28T22:00:00Z"));
    f.language = Language::Id;
    let report = obligations(&f, utc("2025-11-29T00:00:00Z"));
    let initial = find(&report, "dora-initial").expect("DORA initial notification");
    assert_eq!(initial.due, Some(utc("2025-12-01T12:00:00Z")), "noon of Monday");
    assert!(initial.working.contains("2025-11-29 adalah hari Sabtu"), "{}", initial.working);
    assert!(
        initial.working.contains("paling lambat pukul 12.00 pada hari kerja berikutnya, 2025-12-01"),
        "{}",
        initial.working
    );
}
