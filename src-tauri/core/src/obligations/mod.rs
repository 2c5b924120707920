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

use crate::locale::Language;
use crate::org::{FinancialEntityKind, OrgProfile};
use crate::taxonomy::{CategoryFlags, is_within};
use crate::text::text;
use crate::words::{count, weekday};
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
    /// The language of the explanations.
    pub language: Language,
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
    let language = facts.language;
    if holds(facts, "user.name") && sensitive {
        Outcome::Yes(text!(language, "basis-california-names"))
    } else if login {
        Outcome::Yes(text!(language, "basis-california-login"))
    } else {
        Outcome::No(text!(language, "basis-not-california-elements"))
    }
}

/// Whether our organisation is what `fact` says, and the text naming what it is (`org-…`).
fn org_fact(profile: &OrgProfile, fact: OrgFact) -> (bool, &'static str) {
    match fact {
        OrgFact::FinancialEntity => (profile.financial_entity, "org-financial_entity"),
        OrgFact::Nis2Entity => (profile.nis2 != crate::org::Nis2Status::None, "org-nis2_entity"),
        OrgFact::HipaaRegulated => (profile.hipaa != crate::org::HipaaStatus::None, "org-hipaa_regulated"),
        OrgFact::HipaaBusinessAssociate => {
            (profile.hipaa == crate::org::HipaaStatus::BusinessAssociate, "org-hipaa_business_associate")
        }
        OrgFact::SecRegistrant => (profile.sec_registrant, "org-sec_registrant"),
        OrgFact::CoreFinancialInfrastructure => match profile.financial_entity_kind {
            FinancialEntityKind::CreditInstitution => (true, "org-credit_institution"),
            FinancialEntityKind::CentralCounterparty => (true, "org-central_counterparty"),
            FinancialEntityKind::TradingVenue => (true, "org-trading_venue"),
            FinancialEntityKind::Other => (false, "org-core_financial_infrastructure"),
        },
        OrgFact::RefusedWeekendRelief => (profile.weekend_relief_refused, "org-refused_weekend_relief"),
    }
}

/// Reasons joined into one sentence with the text `list` (`basis-list-all`: "a; b").
fn join(language: Language, list: &str, reasons: Vec<String>) -> String {
    reasons.into_iter().reduce(|first, next| text!(language, list, first = first, next = next)).unwrap_or_default()
}

fn evaluate(trigger: &Trigger, facts: &BreachFacts<'_>) -> Outcome {
    let yes_no = |ok: bool, yes: String, no: String| if ok { Outcome::Yes(yes) } else { Outcome::No(no) };
    let language = facts.language;
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
                // A reason already given, alone or within a longer one, is not repeated.
                if !reasons.iter().any(|given| given.contains(&reason)) {
                    reasons.retain(|given| !reason.contains(given.as_str()));
                    reasons.push(reason);
                }
            }
            Outcome::Yes(join(facts.language, "basis-list-all", reasons))
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
            Outcome::No(join(facts.language, "basis-list-any-no", reasons))
        }
        Trigger::Not(inner) => match evaluate(inner, facts) {
            Outcome::Yes(reason) => Outcome::No(text!(language, "basis-not", reason = reason)),
            Outcome::No(r) => Outcome::Yes(r),
            unknown => unknown,
        },
        Trigger::PersonalData => yes_no(
            facts.exposure.flags.personal,
            text!(language, "basis-personal-data"),
            text!(language, "basis-not-personal-data"),
        ),
        Trigger::PeopleIn(in_region) => {
            let n = people_in(facts, *in_region);
            let region = region_name(language, *in_region);
            yes_no(
                n > 0,
                text!(language, "basis-people-in", count = count(n, language), region = region.clone()),
                text!(language, "basis-not-people-in", region = region),
            )
        }
        Trigger::PeopleOver(in_region, limit) => {
            let n = people_in(facts, *in_region);
            let (n_text, region) = (count(n, language), region_name(language, *in_region));
            yes_no(
                n > *limit,
                text!(language, "basis-people-over", count = n_text.clone(), region = region.clone(), limit = *limit),
                text!(language, "basis-not-people-over", count = n_text, region = region, limit = *limit),
            )
        }
        Trigger::EstablishedIn(in_region) => {
            let here = facts.profile.establishments.iter().any(|c| in_region.contains(c));
            let region = region_name(language, *in_region);
            yes_no(
                here,
                text!(language, "basis-established-in", region = region.clone()),
                text!(language, "basis-not-established-in", region = region),
            )
        }
        Trigger::Org(fact) => {
            let (is, what) = org_fact(facts.profile, *fact);
            let what = text!(language, what);
            yes_no(is, text!(language, "basis-org", what = what.clone()), text!(language, "basis-not-org", what = what))
        }
        Trigger::Flagged(flag) => {
            let name = text!(language, format!("flag-{flag}"));
            yes_no(
                facts.exposure.flags.has(*flag),
                text!(language, "basis-flagged", flag = name.clone()),
                text!(language, "basis-not-flagged", flag = name),
            )
        }
        Trigger::CaliforniaElements => california_elements(facts),
        Trigger::CaliforniaResidentsOver(limit) => match facts.california_residents {
            Some(n) => yes_no(
                n > *limit,
                text!(language, "basis-california-residents-over", count = count(n, language), limit = *limit),
                text!(language, "basis-not-california-residents-over", count = count(n, language), limit = *limit),
            ),
            None => Outcome::Unknown(text!(language, "basis-california-residents-ask", limit = *limit)),
        },
        Trigger::UnlawfulAccess(wanted) => {
            let what = text!(
                language,
                if facts.unlawful_access { "basis-unlawful-access" } else { "basis-no-unlawful-access" }
            );
            let cases =
                text!(language, if *wanted { "basis-cases-unlawful-access" } else { "basis-cases-no-unlawful-access" });
            let mismatch = text!(language, "basis-unlawful-access-mismatch", what = what.clone(), cases = cases);
            yes_no(facts.unlawful_access == *wanted, what, mismatch)
        }
    }
}

/// A region's name as used inside a sentence.
fn region_name(language: Language, region: Region) -> String {
    text!(language, format!("region-{}", region.key()))
}

fn period_words(language: Language, period: Period) -> String {
    match period {
        Period::Hours(hours) => text!(language, "period-hours", hours = hours),
        Period::CalendarDays(days) => text!(language, "period-calendar-days", days = days),
        Period::BusinessDays(days) => text!(language, "period-business-days", days = days),
        Period::Months(months) => text!(language, "period-months", months = months),
        Period::WithoutUndueDelay(Some(days)) => text!(language, "period-promptly", days = days),
        Period::WithoutUndueDelay(None) => text!(language, "period-without-undue-delay"),
    }
}

fn clock_words(language: Language, clock: ClockStart) -> String {
    match clock {
        ClockStart::Awareness => text!(language, "clock-awareness"),
        ClockStart::Classification => text!(language, "clock-classification"),
        ClockStart::MaterialityDetermination => text!(language, "clock-materiality"),
        ClockStart::NotifiableAssessment => text!(language, "clock-notifiable-assessment"),
        ClockStart::After(rule) => text!(language, "clock-after", rule = rule),
        ClockStart::EndOfYear => text!(language, "clock-end-of-year"),
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
        let language = self.facts.language;
        let missing = |id: &str| text!(language, id);
        match clock {
            ClockStart::Awareness => Ok(t.awareness),
            ClockStart::Classification => t.classification.ok_or_else(|| missing("missing-classification")),
            ClockStart::MaterialityDetermination => t.materiality.ok_or_else(|| missing("missing-materiality")),
            ClockStart::NotifiableAssessment => {
                t.notifiable_assessment.ok_or_else(|| missing("missing-notifiable-assessment"))
            }
            ClockStart::After(rule) => {
                self.settled.get(rule).copied().ok_or_else(|| text!(language, "missing-after", rule = rule))
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
        let language = self.facts.language;
        let holidays = self.holidays(rule);
        let due_from = |start, period| due(start, period, self.tz, &holidays, language);
        let primary = self.clock_start(rule.clock).map(|start| (start, due_from(start, rule.period)));
        let mut lapsed = false;
        let limit = rule.at_most.and_then(|limit| {
            let by = due_from(self.clock_start(limit.clock).ok()?, limit.period);
            // A lapsing limit binds only a clock that started before it ran out (or, not
            // started yet, while it still runs).
            let started = primary.as_ref().map_or(self.now, |(start, _)| *start);
            if limit.lapses && by.at.is_some_and(|at| started > at) {
                lapsed = true;
                return None;
            }
            Some(by)
        });
        let (clock_start, due, working, missing) = match (primary, limit) {
            (Ok((start, d)), Some(l)) if l.at < d.at => {
                let working = text!(language, "working-at-most", working = d.working, limit = l.working);
                (Some(start), l.at, working, None)
            }
            (Ok((start, d)), _) => (Some(start), d.at, d.working, None),
            (Err(missing), Some(l)) => {
                (None, l.at, text!(language, "working-only-at-most", limit = l.working), Some(missing))
            }
            (Err(missing), None) => (None, None, text!(language, "working-not-started"), Some(missing)),
        };
        let working = if lapsed {
            text!(language, "working-lapsed", working = working, why = text!(language, format!("{}-lapses", rule.id)))
        } else {
            working
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
        let (profile, language) = (self.facts.profile, self.facts.language);
        let country = profile.establishments.iter().find(|c| relief.region.contains(c));
        let holidays = country.map(|c| profile.holidays_of(c)).unwrap_or_default();
        let day = at.with_timezone(&self.tz).date_naive();
        if is_business_day(day, &holidays) {
            return (Some(at), working);
        }
        let what = match country.and_then(|c| profile.holiday_name(c, day).map(|name| (c, name))) {
            Some((country, name)) => {
                text!(language, "working-bank-holiday", day = day.to_string(), name = name, country = country.as_str())
            }
            None => text!(language, "working-weekend", day = day.to_string(), weekday = weekday(day, language)),
        };
        let citation = relief.citation;
        if let Some(Outcome::Yes(reason)) = relief.unless.map(|unless| evaluate(&unless, self.facts)) {
            let note = text!(
                language,
                "working-no-relief",
                working = working,
                what = what,
                reason = reason,
                citation = citation
            );
            return (Some(at), note);
        }
        let next = add_business_days(day, 1, &holidays);
        let local = next.and_hms_opt(relief.by_hour, 0, 0).unwrap_or_default();
        let moved = self.tz.from_local_datetime(&local).earliest().map_or(at, |d| d.with_timezone(&Utc));
        let hour = format!("{:02}", relief.by_hour);
        let by = text!(language, "working-by-next-day", hour = hour, next = next.to_string());
        (Some(moved), text!(language, "working-moved", working = working, what = what, by = by, citation = citation))
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
        let language = facts.language;
        let rule_text = |what: &str| text!(language, format!("{}-{what}", rule.id));
        let skip = |reason: String, judgement_key: Option<&str>| NotTriggered {
            rule_id: rule.id.into(),
            regime: rule_text("regime"),
            step: rule_text("step"),
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
            let asked = text!(language, format!("judgement-{}", judgement.key));
            match facts.answers.get(judgement.key) {
                Some(false) => {
                    not_triggered
                        .push(skip(text!(language, "basis-assessed-no", question = asked), Some(judgement.key)));
                    continue;
                }
                Some(true) => {}
                None if judgement.applies_unless_answered_no => {}
                None => question = question.or(Some(asked)),
            }
        }
        let Deadline { clock_start, due, working, missing } = walk.deadline(rule);
        let question = question.or(missing);
        let done_at = facts.done.get(rule.id).copied();
        if let Some(settled) = done_at.or(due) {
            walk.settled.insert(rule.id, settled);
        }
        let clock = clock_words(language, rule.clock);
        applying.push(Obligation {
            rule_id: rule.id.into(),
            regime: rule_text("regime"),
            step: rule_text("step"),
            recipient: rule_text("recipient"),
            citation: rule.citation.into(),
            status: if question.is_some() { ObligationStatus::NeedsAssessment } else { ObligationStatus::Applies },
            question,
            judgement_key: rule.judgement.map(|j| j.key.to_owned()),
            basis,
            deadline: text!(
                language,
                "period-with-clock",
                period = period_words(language, rule.period),
                clock = clock.clone()
            ),
            clock,
            clock_start,
            due,
            due_local: due.map(|d| d.with_timezone(&tz).format("%Y-%m-%d %H:%M %Z").to_string()),
            working,
            contents: (1..=rule.contents).map(|n| rule_text(&format!("content-{n}"))).collect(),
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
