//! The notification rules, as data: which regime, which step, who is told, what triggers it,
//! when its clock starts, how long it may take, the citation, and the dates it is in force.
//! What a rule says to people (its step, recipient, questions) is in `locales/*/obligations.ftl`
//! under the rule's id.
//! To add a regime, add rules here; the engine in `mod.rs` needs no change.

use chrono::NaiveDate;

use super::deadlines::Period;
use crate::taxonomy::Flag;

/// A group of countries a rule cares about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    /// The European Economic Area (EU 27, Iceland, Liechtenstein, Norway).
    Eea,
    Uk,
    Us,
    Brazil,
    Singapore,
    Japan,
    Australia,
    Canada,
    Indonesia,
}

const EEA: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
    "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
];

impl Region {
    /// Whether an ISO 3166-1 alpha-2 country lies in the region.
    pub fn contains(self, country: &str) -> bool {
        self.countries().contains(&country)
    }

    /// The ISO 3166-1 alpha-2 countries of the region.
    pub fn countries(self) -> &'static [&'static str] {
        match self {
            Region::Eea => EEA,
            Region::Uk => &["GB"],
            Region::Us => &["US"],
            Region::Brazil => &["BR"],
            Region::Singapore => &["SG"],
            Region::Japan => &["JP"],
            Region::Australia => &["AU"],
            Region::Canada => &["CA"],
            Region::Indonesia => &["ID"],
        }
    }

    /// The region's key: its name in explanations is the text `region-{key}`.
    pub fn key(self) -> &'static str {
        match self {
            Region::Eea => "eea",
            Region::Uk => "uk",
            Region::Us => "us",
            Region::Brazil => "brazil",
            Region::Singapore => "singapore",
            Region::Japan => "japan",
            Region::Australia => "australia",
            Region::Canada => "canada",
            Region::Indonesia => "indonesia",
        }
    }
}

/// Facts about our organisation a rule may depend on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgFact {
    /// A financial entity under DORA.
    FinancialEntity,
    /// An essential or important entity under NIS2.
    Nis2Entity,
    /// A HIPAA covered entity or business associate.
    HipaaRegulated,
    /// A HIPAA business associate (tells the covered entity, not HHS).
    HipaaBusinessAssociate,
    /// Files reports with the US SEC.
    SecRegistrant,
    /// A credit institution, a central counterparty or an operator of a trading venue (DORA
    /// Art. 2(1)(a), (h), (i)).
    CoreFinancialInfrastructure,
    /// Told by its competent authority that the weekend and bank-holiday relief does not apply
    /// to it (Delegated Regulation (EU) 2025/301, Art. 5(6)).
    RefusedWeekendRelief,
}

/// When a rule applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    All(&'static [Trigger]),
    Any(&'static [Trigger]),
    /// Any exposed category is personal data.
    PersonalData,
    /// Exposed people live in the region.
    PeopleIn(Region),
    /// More than this many exposed people live in the region.
    PeopleOver(Region, i64),
    /// We are established in the region.
    EstablishedIn(Region),
    Org(OrgFact),
    /// An exposed category carries the flag.
    Flagged(Flag),
    /// California's data elements (Civ. Code 1798.82(h)): a name with a sensitive element, or
    /// a login with its password.
    CaliforniaElements,
    /// More than this many affected California residents (asked when unknown).
    CaliforniaResidentsOver(i64),
    /// The breach involved unauthorised access by a third party (APPI's "unlawful purpose").
    UnlawfulAccess(bool),
    Not(&'static Trigger),
}

/// Which event starts a rule's clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockStart {
    /// When we became aware of the breach.
    Awareness,
    /// When the incident was classified as major (DORA).
    Classification,
    /// When the incident was determined to be material (SEC).
    MaterialityDetermination,
    /// When the breach was assessed as notifiable (Singapore).
    NotifiableAssessment,
    /// When the step with this rule id was done (or, until then, when it is due).
    After(&'static str),
    /// The end of the calendar year of awareness (HIPAA's annual log of small breaches).
    EndOfYear,
}

/// A judgement a person must make before the rule can be said to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Judgement {
    /// The key answers are stored under; rules asking the same question share it. The
    /// question is the text `judgement-{key}`.
    pub key: &'static str,
    /// Whether the rule applies while the question is unanswered.
    pub applies_unless_answered_no: bool,
}

/// A second limit from another clock: the earlier due time wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub clock: ClockStart,
    pub period: Period,
    /// Whether the limit no longer applies once it has run out before the rule's own clock
    /// started (DORA: a major classification after the first 24 hours); why is the rule's text
    /// `{id}-lapses`.
    pub lapses: bool,
}

/// A deadline that falls on a weekend day or a bank holiday of the country where we are
/// established in `region` moves to a time of the next working day there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextWorkingDay {
    pub region: Region,
    /// The local time (hour) on the next working day.
    pub by_hour: u32,
    /// Organisations the relief is not for.
    pub unless: Option<Trigger>,
    pub citation: &'static str,
}

/// One notification step of one regime.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Names the rule's texts in `locales/*/obligations.ftl`: `{id}-regime`, `{id}-step`,
    /// `{id}-recipient` (and `{id}-lapses`, `{id}-content-{n}` where it has them).
    pub id: &'static str,
    pub trigger: Trigger,
    pub judgement: Option<Judgement>,
    pub clock: ClockStart,
    pub period: Period,
    pub at_most: Option<Limit>,
    /// Whose holidays business days skip.
    pub holidays: Option<&'static str>,
    /// Whether a due time on a weekend day or bank holiday moves to the next working day.
    pub next_working_day: Option<NextWorkingDay>,
    /// How many items the law lists that the notice must contain at least (texts
    /// `{id}-content-1` …).
    pub contents: u8,
    pub citation: &'static str,
    pub effective_from: NaiveDate,
    /// The first day the rule no longer applies (superseded), if any.
    pub effective_until: Option<NaiveDate>,
}

const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => NaiveDate::MIN,
    }
}

const HIGH_RISK: Judgement = Judgement { key: "high_risk", applies_unless_answered_no: false };
const ANY_RISK: Judgement = Judgement { key: "risk", applies_unless_answered_no: true };
const SIGNIFICANT_HARM: Judgement = Judgement { key: "significant_harm", applies_unless_answered_no: false };

/// DORA reports due on a weekend day or a bank holiday in our Member State may be made by noon
/// of the next working day (Delegated Regulation (EU) 2025/301, Art. 5(4)); for the initial
/// notification and the intermediate report, not by credit institutions, central
/// counterparties, trading venues or NIS2 essential and important entities (Art. 5(5)), nor by
/// those their competent authority told so (Art. 5(6)).
const DORA_NEXT_WORKING_DAY: NextWorkingDay = NextWorkingDay {
    region: Region::Eea,
    by_hour: 12,
    unless: Some(DORA_NO_RELIEF),
    citation: "Delegated Regulation (EU) 2025/301, Art. 5(4) to (6)",
};
const DORA_NO_RELIEF: Trigger = Trigger::Any(&[
    Trigger::Org(OrgFact::CoreFinancialInfrastructure),
    Trigger::Org(OrgFact::Nis2Entity),
    Trigger::Org(OrgFact::RefusedWeekendRelief),
]);

/// Personal data of people in Indonesia, or our establishment there (UU PDP).
const ID_PDP: Trigger = Trigger::All(&[
    Trigger::PersonalData,
    Trigger::Any(&[Trigger::PeopleIn(Region::Indonesia), Trigger::EstablishedIn(Region::Indonesia)]),
]);

const IN_EEA: Trigger = Trigger::All(&[
    Trigger::PersonalData,
    Trigger::Any(&[Trigger::PeopleIn(Region::Eea), Trigger::EstablishedIn(Region::Eea)]),
]);
const IN_UK: Trigger = Trigger::All(&[
    Trigger::PersonalData,
    Trigger::Any(&[Trigger::PeopleIn(Region::Uk), Trigger::EstablishedIn(Region::Uk)]),
]);
const HIPAA: Trigger = Trigger::All(&[
    Trigger::Org(OrgFact::HipaaRegulated),
    Trigger::Flagged(Flag::Health),
    Trigger::PeopleIn(Region::Us),
]);
const CALIFORNIA: Trigger = Trigger::All(&[Trigger::PeopleIn(Region::Us), Trigger::CaliforniaElements]);
const JAPAN_REPORTABLE: Trigger = Trigger::All(&[
    Trigger::PeopleIn(Region::Japan),
    Trigger::Any(&[
        Trigger::Flagged(Flag::SpecialCategory),
        Trigger::Flagged(Flag::Health),
        Trigger::Flagged(Flag::PaymentCard),
        Trigger::Flagged(Flag::FinancialAccount),
        Trigger::UnlawfulAccess(true),
        Trigger::PeopleOver(Region::Japan, 1000),
    ]),
]);

/// Every rule the app knows.
/// What a rule has unless it says otherwise: no judgement, no second limit, no holidays, no
/// move off a weekend, no listed contents, in force until further notice.
const RULE: Rule = Rule {
    id: "",
    trigger: Trigger::PersonalData,
    judgement: None,
    clock: ClockStart::Awareness,
    period: Period::WithoutUndueDelay(None),
    at_most: None,
    holidays: None,
    next_working_day: None,
    contents: 0,
    citation: "",
    effective_from: NaiveDate::MIN,
    effective_until: None,
};

pub const RULES: &[Rule] = &[
    Rule {
        id: "gdpr-33",
        trigger: IN_EEA,
        judgement: Some(ANY_RISK),
        clock: ClockStart::Awareness,
        period: Period::Hours(72),
        citation: "Regulation (EU) 2016/679 (GDPR), Art. 33(1)",
        effective_from: date(2018, 5, 25),
        ..RULE
    },
    Rule {
        id: "gdpr-34",
        trigger: IN_EEA,
        judgement: Some(HIGH_RISK),
        clock: ClockStart::Awareness,
        period: Period::WithoutUndueDelay(None),
        citation: "Regulation (EU) 2016/679 (GDPR), Art. 34(1)",
        effective_from: date(2018, 5, 25),
        ..RULE
    },
    Rule {
        id: "uk-gdpr-33",
        trigger: IN_UK,
        judgement: Some(ANY_RISK),
        clock: ClockStart::Awareness,
        period: Period::Hours(72),
        citation: "UK GDPR, Art. 33(1) (retained Regulation (EU) 2016/679, as amended)",
        effective_from: date(2021, 1, 1),
        ..RULE
    },
    Rule {
        id: "uk-gdpr-34",
        trigger: IN_UK,
        judgement: Some(HIGH_RISK),
        clock: ClockStart::Awareness,
        period: Period::WithoutUndueDelay(None),
        citation: "UK GDPR, Art. 34(1)",
        effective_from: date(2021, 1, 1),
        ..RULE
    },
    Rule {
        id: "nis2-early-warning",
        trigger: Trigger::Org(OrgFact::Nis2Entity),
        judgement: Some(Judgement { key: "nis2_significant", applies_unless_answered_no: false }),
        clock: ClockStart::Awareness,
        period: Period::Hours(24),
        citation: "Directive (EU) 2022/2555 (NIS2), Art. 23(4)(a)",
        effective_from: date(2024, 10, 18),
        ..RULE
    },
    Rule {
        id: "nis2-notification",
        trigger: Trigger::Org(OrgFact::Nis2Entity),
        judgement: Some(Judgement { key: "nis2_significant", applies_unless_answered_no: false }),
        clock: ClockStart::Awareness,
        period: Period::Hours(72),
        citation: "Directive (EU) 2022/2555 (NIS2), Art. 23(4)(b)",
        effective_from: date(2024, 10, 18),
        ..RULE
    },
    Rule {
        id: "nis2-final",
        trigger: Trigger::Org(OrgFact::Nis2Entity),
        judgement: Some(Judgement { key: "nis2_significant", applies_unless_answered_no: false }),
        clock: ClockStart::After("nis2-notification"),
        period: Period::Months(1),
        citation: "Directive (EU) 2022/2555 (NIS2), Art. 23(4)(d)",
        effective_from: date(2024, 10, 18),
        ..RULE
    },
    Rule {
        id: "dora-initial",
        trigger: Trigger::Org(OrgFact::FinancialEntity),
        clock: ClockStart::Classification,
        period: Period::Hours(4),
        at_most: Some(Limit { clock: ClockStart::Awareness, period: Period::Hours(24), lapses: true }),
        next_working_day: Some(DORA_NEXT_WORKING_DAY),
        citation: "Regulation (EU) 2022/2554 (DORA), Art. 19(4)(a); Commission Delegated Regulation (EU) 2025/301, Art. 5(1)(a) and 5(2)",
        effective_from: date(2025, 1, 17),
        ..RULE
    },
    Rule {
        id: "dora-intermediate",
        trigger: Trigger::Org(OrgFact::FinancialEntity),
        clock: ClockStart::After("dora-initial"),
        period: Period::Hours(72),
        next_working_day: Some(DORA_NEXT_WORKING_DAY),
        citation: "Regulation (EU) 2022/2554 (DORA), Art. 19(4)(b); Commission Delegated Regulation (EU) 2025/301, Art. 5(1)(b)",
        effective_from: date(2025, 1, 17),
        ..RULE
    },
    Rule {
        id: "dora-final",
        trigger: Trigger::Org(OrgFact::FinancialEntity),
        clock: ClockStart::After("dora-intermediate"),
        period: Period::Months(1),
        // Art. 5(5) and (6) leave the final report's relief to every financial entity.
        next_working_day: Some(NextWorkingDay { unless: None, ..DORA_NEXT_WORKING_DAY }),
        citation: "Regulation (EU) 2022/2554 (DORA), Art. 19(4)(c); Commission Delegated Regulation (EU) 2025/301, Art. 5(1)(c)",
        effective_from: date(2025, 1, 17),
        ..RULE
    },
    Rule {
        id: "hipaa-individuals",
        trigger: HIPAA,
        clock: ClockStart::Awareness,
        period: Period::CalendarDays(60),
        citation: "45 CFR 164.404(b)",
        effective_from: date(2009, 9, 23),
        ..RULE
    },
    Rule {
        id: "hipaa-hhs-500",
        trigger: Trigger::All(&[HIPAA, Trigger::PeopleOver(Region::Us, 499)]),
        clock: ClockStart::Awareness,
        period: Period::CalendarDays(60),
        citation: "45 CFR 164.408(b)",
        effective_from: date(2009, 9, 23),
        ..RULE
    },
    Rule {
        id: "hipaa-hhs-annual",
        trigger: Trigger::All(&[HIPAA, Trigger::Not(&Trigger::PeopleOver(Region::Us, 499))]),
        clock: ClockStart::EndOfYear,
        period: Period::CalendarDays(60),
        citation: "45 CFR 164.408(c)",
        effective_from: date(2009, 9, 23),
        ..RULE
    },
    Rule {
        id: "hipaa-media",
        trigger: Trigger::All(&[HIPAA, Trigger::PeopleOver(Region::Us, 500)]),
        judgement: Some(Judgement { key: "hipaa_state_500", applies_unless_answered_no: false }),
        clock: ClockStart::Awareness,
        period: Period::CalendarDays(60),
        citation: "45 CFR 164.406",
        effective_from: date(2009, 9, 23),
        ..RULE
    },
    Rule {
        id: "hipaa-business-associate",
        trigger: Trigger::All(&[HIPAA, Trigger::Org(OrgFact::HipaaBusinessAssociate)]),
        clock: ClockStart::Awareness,
        period: Period::CalendarDays(60),
        citation: "45 CFR 164.410(b)",
        effective_from: date(2009, 9, 23),
        ..RULE
    },
    Rule {
        id: "sec-8k",
        trigger: Trigger::Org(OrgFact::SecRegistrant),
        judgement: Some(Judgement { key: "material", applies_unless_answered_no: false }),
        clock: ClockStart::MaterialityDetermination,
        period: Period::BusinessDays(4),
        holidays: Some("US"),
        citation: "Form 8-K, Item 1.05 and General Instruction B.1 (SEC Release 33-11216)",
        effective_from: date(2023, 12, 18),
        ..RULE
    },
    Rule {
        id: "ca-residents-pre-2026",
        trigger: CALIFORNIA,
        clock: ClockStart::Awareness,
        period: Period::WithoutUndueDelay(None),
        citation: "Cal. Civ. Code § 1798.82(a) (most expedient time possible, without unreasonable delay)",
        effective_from: date(2003, 7, 1),
        effective_until: Some(date(2026, 1, 1)),
        ..RULE
    },
    Rule {
        id: "ca-residents",
        trigger: CALIFORNIA,
        clock: ClockStart::Awareness,
        period: Period::CalendarDays(30),
        citation: "Cal. Civ. Code § 1798.82(a), as amended by SB 446 (2025)",
        effective_from: date(2026, 1, 1),
        ..RULE
    },
    Rule {
        id: "ca-attorney-general",
        trigger: Trigger::All(&[CALIFORNIA, Trigger::CaliforniaResidentsOver(500)]),
        clock: ClockStart::After("ca-residents"),
        period: Period::CalendarDays(15),
        citation: "Cal. Civ. Code § 1798.82(f), as amended by SB 446 (2025)",
        effective_from: date(2026, 1, 1),
        ..RULE
    },
    Rule {
        id: "lgpd",
        trigger: Trigger::All(&[
            Trigger::PersonalData,
            Trigger::Any(&[Trigger::PeopleIn(Region::Brazil), Trigger::EstablishedIn(Region::Brazil)]),
        ]),
        judgement: Some(Judgement { key: "lgpd_relevant_risk", applies_unless_answered_no: false }),
        clock: ClockStart::Awareness,
        period: Period::BusinessDays(3),
        holidays: Some("BR"),
        citation: "Lei nº 13.709/2018 (LGPD), Art. 48; Resolução CD/ANPD nº 15/2024, Art. 6",
        effective_from: date(2024, 4, 26),
        ..RULE
    },
    Rule {
        id: "pdpa-commission",
        trigger: Trigger::All(&[
            Trigger::PersonalData,
            Trigger::Any(&[Trigger::PeopleIn(Region::Singapore), Trigger::EstablishedIn(Region::Singapore)]),
        ]),
        judgement: Some(Judgement { key: "pdpa_notifiable", applies_unless_answered_no: false }),
        clock: ClockStart::NotifiableAssessment,
        period: Period::CalendarDays(3),
        citation: "Personal Data Protection Act 2012, s 26D(1); s 26B(1) (500-person threshold)",
        effective_from: date(2021, 2, 1),
        ..RULE
    },
    Rule {
        id: "appi-preliminary",
        trigger: JAPAN_REPORTABLE,
        clock: ClockStart::Awareness,
        period: Period::WithoutUndueDelay(Some(5)),
        citation: "Act on the Protection of Personal Information, Art. 26(1); PPC Enforcement Rules, Art. 8(1) (promptly: about 3 to 5 days)",
        effective_from: date(2022, 4, 1),
        ..RULE
    },
    Rule {
        id: "appi-confirmed",
        trigger: Trigger::All(&[JAPAN_REPORTABLE, Trigger::UnlawfulAccess(false)]),
        clock: ClockStart::Awareness,
        period: Period::CalendarDays(30),
        citation: "Act on the Protection of Personal Information, Art. 26(1); PPC Enforcement Rules, Art. 8(2)",
        effective_from: date(2022, 4, 1),
        ..RULE
    },
    Rule {
        id: "appi-confirmed-unlawful",
        trigger: Trigger::All(&[JAPAN_REPORTABLE, Trigger::UnlawfulAccess(true)]),
        clock: ClockStart::Awareness,
        period: Period::CalendarDays(60),
        citation: "Act on the Protection of Personal Information, Art. 26(1); PPC Enforcement Rules, Art. 8(2) (60 days where an unlawful purpose is involved)",
        effective_from: date(2022, 4, 1),
        ..RULE
    },
    Rule {
        id: "au-ndb-assessment",
        trigger: Trigger::All(&[
            Trigger::PersonalData,
            Trigger::Any(&[Trigger::PeopleIn(Region::Australia), Trigger::EstablishedIn(Region::Australia)]),
        ]),
        clock: ClockStart::Awareness,
        period: Period::CalendarDays(30),
        citation: "Privacy Act 1988 (Cth), s 26WH(2)",
        effective_from: date(2018, 2, 22),
        ..RULE
    },
    Rule {
        id: "pipeda",
        trigger: Trigger::All(&[Trigger::PersonalData, Trigger::PeopleIn(Region::Canada)]),
        judgement: Some(SIGNIFICANT_HARM),
        clock: ClockStart::Awareness,
        period: Period::WithoutUndueDelay(None),
        citation: "PIPEDA, s 10.1(1)-(3) (as soon as feasible)",
        effective_from: date(2018, 11, 1),
        ..RULE
    },
    Rule {
        id: "id-pdp",
        trigger: ID_PDP,
        clock: ClockStart::Awareness,
        period: Period::Hours(72),
        contents: 3,
        citation: "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, Pasal 46 ayat (1) dan ayat (2) (paling lambat 3 x 24 jam)",
        effective_from: date(2024, 10, 17),
        ..RULE
    },
    Rule {
        id: "id-pdp-public",
        trigger: ID_PDP,
        judgement: Some(Judgement { key: "id_public_interest", applies_unless_answered_no: false }),
        clock: ClockStart::Awareness,
        period: Period::WithoutUndueDelay(None),
        citation: "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, Pasal 46 ayat (3)",
        effective_from: date(2024, 10, 17),
        ..RULE
    },
];
