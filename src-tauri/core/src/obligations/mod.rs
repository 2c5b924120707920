//! The notification deadline engine: given what was exposed, whose, our organisation's profile
//! and the incident's timestamps, which legal steps apply, to whom, by when, and why.
//!
//! Rules are data ([`rules::RULES`]); this module evaluates them. A rule whose trigger needs a
//! human judgement (high risk, materiality, significant harm) is reported as "needs
//! assessment" with the question to answer, never silently on or off. Pure: no IO.

pub mod deadlines;
pub mod rules;

use std::collections::HashMap;

use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::org::{FinancialEntityKind, OrgProfile};
use crate::taxonomy::{CategoryFlags, Flag, is_within};
use crate::words::thousands;
use deadlines::{Period, add_business_days, due, is_business_day};
use rules::{ClockStart, OrgFact, Region, Rule, Trigger};

/// What was exposed: the categories, their flags, and the people per country.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Exposure {
    pub category_keys: Vec<String>,
    pub flags: CategoryFlags,
    pub people_by_country: Vec<(String, i64)>,
}

/// The times that start clocks; only awareness is always known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventTimes {
    pub awareness: DateTime<Utc>,
    pub classification: Option<DateTime<Utc>>,
    pub materiality: Option<DateTime<Utc>>,
    pub notifiable_assessment: Option<DateTime<Utc>>,
}

/// Everything the engine needs about one breach.
#[derive(Debug, Clone)]
pub struct BreachFacts<'a> {
    pub profile: &'a OrgProfile,
    pub exposure: Exposure,
    pub times: EventTimes,
    /// Whether a third party accessed the data unlawfully (e.g. an attack).
    pub unlawful_access: bool,
    pub california_residents: Option<i64>,
    /// Answers to judgement questions, by key (see [`rules::Judgement`]).
    pub answers: HashMap<String, bool>,
    /// When each step was done, by rule id.
    pub done: HashMap<String, DateTime<Utc>>,
}

/// Whether a step applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ObligationStatus {
    Applies,
    /// Someone must judge or record something first; see `question`.
    NeedsAssessment,
}

/// One triggered notification step with its deadline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Obligation {
    pub rule_id: String,
    pub regime: String,
    pub step: String,
    pub recipient: String,
    pub citation: String,
    pub status: ObligationStatus,
    /// What to assess or record, when `status` is `needs_assessment`.
    pub question: Option<String>,
    /// The key to record the rule's judgement under, if it asks for one.
    pub judgement_key: Option<String>,
    /// Why the step applies.
    pub basis: String,
    /// The period, in words ("72 hours", "4 business days", "without undue delay").
    pub deadline: String,
    /// The event that starts the clock, in words.
    pub clock: String,
    pub clock_start: Option<DateTime<Utc>>,
    /// `None` when the step has no fixed period.
    pub due: Option<DateTime<Utc>>,
    /// The due time in the organisation's time zone.
    pub due_local: Option<String>,
    /// How the due time was worked out.
    pub working: String,
    /// What the notice must contain at least, where the law lists it: a checklist.
    pub contents: Vec<String>,
    pub done_at: Option<DateTime<Utc>>,
    /// Past due and not done, or done after the due time.
    pub late: bool,
}

/// A rule considered and found not to apply, with the reason (for the record).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct NotTriggered {
    pub rule_id: String,
    pub regime: String,
    pub step: String,
    pub reason: String,
    /// Set when the step was ruled out by a judgement, which may be revised.
    pub judgement_key: Option<String>,
}

/// The engine's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ObligationReport {
    pub time_zone: String,
    pub awareness: DateTime<Utc>,
    pub obligations: Vec<Obligation>,
    pub not_triggered: Vec<NotTriggered>,
}

/// The outcome of a trigger: yes or no with why, or unknown with what to ask.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    Yes(String),
    No(String),
    Unknown(String),
}

fn people_in(facts: &BreachFacts<'_>, region: Region) -> i64 {
    facts.exposure.people_by_country.iter().filter(|(c, _)| region.contains(c)).map(|(_, n)| n).sum()
}

fn holds(facts: &BreachFacts<'_>, ancestor: &str) -> bool {
    facts.exposure.category_keys.iter().any(|k| is_within(k, ancestor))
}

/// California's "personal information" (Civ. Code 1798.82(h)): a name with a sensitive element,
/// or a username or e-mail address with its password.
fn california_elements(facts: &BreachFacts<'_>) -> Outcome {
    let f = facts.exposure.flags;
    let sensitive =
        f.government_id || f.payment_card || f.financial_account || f.health || holds(facts, "user.biometric");
    let login = f.credentials && (holds(facts, "user.contact.email") || holds(facts, "user.account.username"));
    if holds(facts, "user.name") && sensitive {
        Outcome::Yes(
            "names with a listed element (ID number, account data, medical or biometric data) were exposed".to_owned(),
        )
    } else if login {
        Outcome::Yes("a username or e-mail address with its password was exposed".to_owned())
    } else {
        Outcome::No("the exposed data are not personal information under Cal. Civ. Code 1798.82(h) (names and e-mail addresses alone are not)".to_owned())
    }
}

fn org_fact(profile: &OrgProfile, fact: OrgFact) -> (bool, &'static str) {
    match fact {
        OrgFact::FinancialEntity => (profile.financial_entity, "a financial entity under DORA"),
        OrgFact::Nis2Entity => {
            (profile.nis2 != crate::org::Nis2Status::None, "an essential or important entity under NIS2")
        }
        OrgFact::HipaaRegulated => {
            (profile.hipaa != crate::org::HipaaStatus::None, "a HIPAA covered entity or business associate")
        }
        OrgFact::HipaaBusinessAssociate => {
            (profile.hipaa == crate::org::HipaaStatus::BusinessAssociate, "a HIPAA business associate")
        }
        OrgFact::SecRegistrant => (profile.sec_registrant, "an SEC registrant"),
        OrgFact::CoreFinancialInfrastructure => match profile.financial_entity_kind {
            FinancialEntityKind::CreditInstitution => (true, "a credit institution"),
            FinancialEntityKind::CentralCounterparty => (true, "a central counterparty"),
            FinancialEntityKind::TradingVenue => (true, "an operator of a trading venue"),
            FinancialEntityKind::Other => (false, "a credit institution, central counterparty or trading venue"),
        },
        OrgFact::RefusedWeekendRelief => {
            (profile.weekend_relief_refused, "told by our competent authority that the relief does not apply to us")
        }
    }
}

fn evaluate(trigger: &Trigger, facts: &BreachFacts<'_>) -> Outcome {
    let yes_no = |ok: bool, yes: String, no: String| if ok { Outcome::Yes(yes) } else { Outcome::No(no) };
    match trigger {
        Trigger::All(parts) => {
            let outcomes: Vec<Outcome> = parts.iter().map(|p| evaluate(p, facts)).collect();
            if let Some(no) = outcomes.iter().find(|o| matches!(o, Outcome::No(_))) {
                return no.clone();
            }
            if let Some(unknown) = outcomes.iter().find(|o| matches!(o, Outcome::Unknown(_))) {
                return unknown.clone();
            }
            let mut reasons: Vec<String> = Vec::new();
            for reason in outcomes.into_iter().filter_map(|o| if let Outcome::Yes(r) = o { Some(r) } else { None }) {
                if !reasons.contains(&reason) {
                    reasons.push(reason);
                }
            }
            Outcome::Yes(reasons.join("; "))
        }
        Trigger::Any(parts) => {
            let outcomes: Vec<Outcome> = parts.iter().map(|p| evaluate(p, facts)).collect();
            if let Some(yes) = outcomes.iter().find(|o| matches!(o, Outcome::Yes(_))) {
                return yes.clone();
            }
            if let Some(unknown) = outcomes.iter().find(|o| matches!(o, Outcome::Unknown(_))) {
                return unknown.clone();
            }
            let reasons: Vec<String> =
                outcomes.into_iter().filter_map(|o| if let Outcome::No(r) = o { Some(r) } else { None }).collect();
            Outcome::No(reasons.join(", and "))
        }
        Trigger::Not(inner) => match evaluate(inner, facts) {
            Outcome::Yes(r) => Outcome::No(format!("not the case that {r}")),
            Outcome::No(r) => Outcome::Yes(r),
            unknown => unknown,
        },
        Trigger::PersonalData => yes_no(
            facts.exposure.flags.personal,
            "personal data were exposed".into(),
            "no personal data were exposed".into(),
        ),
        Trigger::PeopleIn(region) => {
            let n = people_in(facts, *region);
            yes_no(
                n > 0,
                format!("{} people affected live in {}", thousands(n), region.name()),
                format!("no one affected lives in {}", region.name()),
            )
        }
        Trigger::PeopleOver(region, limit) => {
            let n = people_in(facts, *region);
            yes_no(
                n > *limit,
                format!("{} people in {} (more than {limit})", thousands(n), region.name()),
                format!("{} people in {} (not more than {limit})", thousands(n), region.name()),
            )
        }
        Trigger::EstablishedIn(region) => {
            let here = facts.profile.establishments.iter().any(|c| region.contains(c));
            yes_no(
                here,
                format!("we are established in {}", region.name()),
                format!("we are not established in {}", region.name()),
            )
        }
        Trigger::Org(fact) => {
            let (is, what) = org_fact(facts.profile, *fact);
            yes_no(is, format!("we are {what}"), format!("we are not {what}"))
        }
        Trigger::Flagged(flag) => {
            let name = flag_phrase(*flag);
            yes_no(facts.exposure.flags.has(*flag), format!("{name} were exposed"), format!("no {name} were exposed"))
        }
        Trigger::CaliforniaElements => california_elements(facts),
        Trigger::CaliforniaResidentsOver(limit) => match facts.california_residents {
            Some(n) => yes_no(
                n > *limit,
                format!("{} California residents (more than {limit})", thousands(n)),
                format!("{} California residents (not more than {limit})", thousands(n)),
            ),
            None => Outcome::Unknown(format!(
                "How many affected people are California residents? (Over {limit} means the Attorney General must be told.)"
            )),
        },
        Trigger::UnlawfulAccess(wanted) => {
            let what = if facts.unlawful_access {
                "the breach involved unauthorised access"
            } else {
                "no unauthorised access was involved"
            };
            let step_for = if *wanted { "cases of unauthorised access" } else { "cases without unauthorised access" };
            yes_no(facts.unlawful_access == *wanted, what.to_owned(), format!("{what} (this step is for {step_for})"))
        }
    }
}

fn flag_phrase(flag: Flag) -> &'static str {
    match flag {
        Flag::Personal => "personal data",
        Flag::SpecialCategory => "special-category data",
        Flag::Health => "health data (PHI)",
        Flag::PaymentCard => "payment card data",
        Flag::FinancialAccount => "financial account data",
        Flag::Credentials => "credentials",
        Flag::GovernmentId => "government identifiers",
        Flag::Children => "children's data",
        Flag::PreciseLocation => "precise location data",
    }
}

fn period_words(period: Period) -> String {
    match period {
        Period::Hours(h) => format!("{h} hours"),
        Period::CalendarDays(d) => format!("{d} calendar days"),
        Period::BusinessDays(d) => format!("{d} business days"),
        Period::Months(1) => "1 month".to_owned(),
        Period::Months(m) => format!("{m} months"),
        Period::WithoutUndueDelay(Some(d)) => format!("promptly (guidance: about {d} days)"),
        Period::WithoutUndueDelay(None) => "without undue delay".to_owned(),
    }
}

fn clock_words(clock: ClockStart) -> String {
    match clock {
        ClockStart::Awareness => "from awareness".to_owned(),
        ClockStart::Classification => "from classification as major".to_owned(),
        ClockStart::MaterialityDetermination => "from the materiality determination".to_owned(),
        ClockStart::NotifiableAssessment => "from assessing the breach as notifiable".to_owned(),
        ClockStart::After(rule) => format!("after step {rule}"),
        ClockStart::EndOfYear => "from the end of the calendar year".to_owned(),
    }
}

/// A rule's deadline: when its clock started, when it is due, how that was worked out, and
/// what must be recorded first when its clock has not started.
struct Deadline {
    clock_start: Option<DateTime<Utc>>,
    due: Option<DateTime<Utc>>,
    working: String,
    missing: Option<String>,
}

/// The engine's working state while it walks the rules in order.
struct Walk<'a> {
    facts: &'a BreachFacts<'a>,
    tz: Tz,
    /// Due or done time of each applying step, for chained clocks.
    settled: HashMap<&'static str, DateTime<Utc>>,
    now: DateTime<Utc>,
}

impl Walk<'_> {
    /// When a clock starts, or what to record when it is not known yet.
    fn clock_start(&self, clock: ClockStart) -> Result<DateTime<Utc>, String> {
        let t = &self.facts.times;
        match clock {
            ClockStart::Awareness => Ok(t.awareness),
            ClockStart::Classification => t.classification.ok_or_else(|| {
                "Classify the incident (DORA Art. 18) and record when it was classified as major.".to_owned()
            }),
            ClockStart::MaterialityDetermination => {
                t.materiality.ok_or_else(|| "Record when the incident was determined to be material.".to_owned())
            }
            ClockStart::NotifiableAssessment => {
                t.notifiable_assessment.ok_or_else(|| "Record when the breach was assessed as notifiable.".to_owned())
            }
            ClockStart::After(rule) => {
                self.settled.get(rule).copied().ok_or_else(|| format!("Step {rule} must be settled first."))
            }
            ClockStart::EndOfYear => {
                let local = t.awareness.with_timezone(&self.tz);
                let last = NaiveDate::from_ymd_opt(local.year(), 12, 31).unwrap_or(local.date_naive());
                Ok(self
                    .tz
                    .from_local_datetime(&last.and_hms_opt(23, 59, 59).unwrap_or_default())
                    .earliest()
                    .map_or(t.awareness, |d| d.with_timezone(&Utc)))
            }
        }
    }

    fn holidays(&self, rule: &Rule) -> Vec<NaiveDate> {
        rule.holidays.map(|country| self.facts.profile.holidays_of(country)).unwrap_or_default()
    }

    /// Due time and working for a rule, with its `at_most` limit and its move off a weekend
    /// or bank holiday.
    fn deadline(&self, rule: &Rule) -> Deadline {
        let holidays = self.holidays(rule);
        let primary = self.clock_start(rule.clock).map(|start| (start, due(start, rule.period, self.tz, &holidays)));
        let mut lapsed = None;
        let limit = rule.at_most.and_then(|limit| {
            let by = due(self.clock_start(limit.clock).ok()?, limit.period, self.tz, &holidays);
            // A lapsing limit binds only a clock that started before it ran out (or, not
            // started yet, while it still runs).
            let started = primary.as_ref().map_or(self.now, |(start, _)| *start);
            match limit.lapses {
                Some(why) if by.at.is_some_and(|at| started > at) => {
                    lapsed = Some(why);
                    None
                }
                _ => Some(by),
            }
        });
        let (clock_start, due, working, missing) = match (primary, limit) {
            (Ok((start, d)), Some(l)) if l.at < d.at => {
                (Some(start), l.at, format!("{}; but at most: {}", d.working, l.working), None)
            }
            (Ok((start, d)), _) => (Some(start), d.at, d.working, None),
            (Err(missing), Some(l)) => (None, l.at, format!("at most: {}", l.working), Some(missing)),
            (Err(missing), None) => (None, None, "the clock has not started".to_owned(), Some(missing)),
        };
        let working = match lapsed {
            Some(why) => format!("{working}; {why}"),
            None => working,
        };
        let (due, working) = match due {
            Some(at) => self.next_working_day(rule, at, working),
            None => (None, working),
        };
        Deadline { clock_start, due, working, missing }
    }

    /// A due time on a weekend day or a bank holiday where we are established, moved to the
    /// next working day if the rule allows it, with the working extended to say so.
    fn next_working_day(&self, rule: &Rule, at: DateTime<Utc>, working: String) -> (Option<DateTime<Utc>>, String) {
        let Some(relief) = rule.next_working_day else { return (Some(at), working) };
        let profile = self.facts.profile;
        let country = profile.establishments.iter().find(|c| relief.region.contains(c));
        let holidays = country.map(|c| profile.holidays_of(c)).unwrap_or_default();
        let day = at.with_timezone(&self.tz).date_naive();
        if is_business_day(day, &holidays) {
            return (Some(at), working);
        }
        let what = match country.and_then(|c| profile.holiday_name(c, day).map(|name| (c, name))) {
            Some((country, name)) => format!("{day} is {name}, a bank holiday in {country}"),
            None => format!("{day} is a {}", day.format("%A")),
        };
        if let Some(Outcome::Yes(reason)) = relief.unless.map(|unless| evaluate(&unless, self.facts)) {
            let note = format!("{working}; {what}, but the next-working-day relief is not for us: {reason}");
            return (Some(at), format!("{note} ({})", relief.citation));
        }
        let next = add_business_days(day, 1, &holidays);
        let local = next.and_hms_opt(relief.by_hour, 0, 0).unwrap_or_default();
        let moved = self.tz.from_local_datetime(&local).earliest().map_or(at, |d| d.with_timezone(&Utc));
        let by = format!("by {:02}:00 of the next working day, {next}", relief.by_hour);
        (Some(moved), format!("{working}; {what}: {by} ({})", relief.citation))
    }
}

/// The steps that apply to a breach, with their deadlines, as of `now`.
pub fn obligations(facts: &BreachFacts<'_>, now: DateTime<Utc>) -> ObligationReport {
    let tz: Tz = facts.profile.time_zone.parse().unwrap_or(Tz::UTC);
    let mut walk = Walk { facts, tz, settled: HashMap::new(), now };
    let mut applying = Vec::new();
    let mut not_triggered = Vec::new();
    let day = facts.times.awareness.with_timezone(&tz).date_naive();
    for rule in
        rules::RULES.iter().filter(|r| r.effective_from <= day && r.effective_until.is_none_or(|until| day < until))
    {
        let skip = |reason: String, judgement_key: Option<&str>| NotTriggered {
            rule_id: rule.id.into(),
            regime: rule.regime.into(),
            step: rule.step.into(),
            reason,
            judgement_key: judgement_key.map(str::to_owned),
        };
        let mut question = None;
        let basis = match evaluate(&rule.trigger, facts) {
            Outcome::No(reason) => {
                not_triggered.push(skip(reason, None));
                continue;
            }
            Outcome::Unknown(ask) => {
                question = Some(ask);
                String::new()
            }
            Outcome::Yes(reason) => reason,
        };
        if let Some(judgement) = rule.judgement {
            match facts.answers.get(judgement.key) {
                Some(false) => {
                    not_triggered.push(skip(format!("assessed: no. {}", judgement.question), Some(judgement.key)));
                    continue;
                }
                Some(true) => {}
                None if judgement.applies_unless_answered_no => {}
                None => question = question.or(Some(judgement.question.to_owned())),
            }
        }
        let Deadline { clock_start, due, working, missing } = walk.deadline(rule);
        let question = question.or(missing);
        let done_at = facts.done.get(rule.id).copied();
        if let Some(settled) = done_at.or(due) {
            walk.settled.insert(rule.id, settled);
        }
        applying.push(Obligation {
            rule_id: rule.id.into(),
            regime: rule.regime.into(),
            step: rule.step.into(),
            recipient: rule.recipient.into(),
            citation: rule.citation.into(),
            status: if question.is_some() { ObligationStatus::NeedsAssessment } else { ObligationStatus::Applies },
            question,
            judgement_key: rule.judgement.map(|j| j.key.to_owned()),
            basis,
            deadline: format!("{} {}", period_words(rule.period), clock_words(rule.clock)),
            clock: clock_words(rule.clock),
            clock_start,
            due,
            due_local: due.map(|d| d.with_timezone(&tz).format("%Y-%m-%d %H:%M %Z").to_string()),
            working,
            contents: rule.contents.iter().map(|c| (*c).to_owned()).collect(),
            done_at,
            late: due.is_some_and(|d| done_at.unwrap_or(now) > d),
        });
    }
    applying.sort_by(|a, b| a.due.is_none().cmp(&b.due.is_none()).then(a.due.cmp(&b.due)));
    ObligationReport {
        time_zone: tz.name().to_owned(),
        awareness: facts.times.awareness,
        obligations: applying,
        not_triggered,
    }
}

#[cfg(test)]
mod tests;
