//! Inherent and residual risk of one vendor, from its facts and a rubric, with every step of
//! the arithmetic written out. Pure.
//!
//! Inherent: sensitivity, volume, spread, fourth parties, access, criticality and
//! substitutability each become a level (1–5) by the rubric's bands; data impact, operational
//! impact and likelihood are rounded-up weighted means of them; impact is the larger of the two
//! impacts; the matrix gives the risk level; the tier follows from it. A person may override
//! the inherent level, with a reason.
//!
//! Residual: the inherent level, lowered by the control effectiveness of the latest accepted
//! questionnaire (at most `max_control_reduction` levels) and raised one level for every
//! `points_per_level` points of open findings (weighted by severity); with an open critical
//! finding it is at least `critical_floor`.

use serde::{Deserialize, Serialize};

use super::rubric::{AccessLevel, Bands, Level, Rubric, Substitutability};
use crate::datamap::Criticality;
use crate::locale::Language;
use crate::taxonomy::{CategoryFlags, Flag};
use crate::text::{text, value_name};
use crate::words::count;

/// What the rubric reads about one vendor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RiskFacts {
    /// Flags of the categories the vendor receives from us.
    pub flags: CategoryFlags,
    pub people: i64,
    pub records: i64,
    pub countries: u32,
    pub fourth_parties: u32,
    pub access: AccessLevel,
    pub substitutability: Substitutability,
    /// The shortest RTO (hours) of our services that depend on the vendor.
    pub shortest_rto_hours: Option<i64>,
    /// The highest criticality of those services.
    pub highest_criticality: Option<Criticality>,
    /// Score (0–100) of the latest accepted questionnaire.
    pub control_score: Option<f64>,
    /// Open findings by severity: low, medium, high, critical.
    pub open_findings: [u32; 4],
    /// A person's override of the inherent level, with the reason.
    pub override_level: Option<Level>,
    pub override_reason: Option<String>,
}

/// One step of the arithmetic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Step {
    /// A stable key, e.g. `sensitivity`.
    pub key: String,
    pub name: String,
    /// How the result follows from the inputs, in words and numbers.
    pub working: String,
    pub result: String,
}

/// A vendor's risk with its arithmetic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RiskResult {
    pub likelihood: Level,
    pub impact: Level,
    /// The inherent level the rubric gives.
    pub computed_inherent: Level,
    /// The inherent level in force: the override, if any.
    pub inherent: Level,
    pub overridden: bool,
    pub residual: Level,
    pub tier: u8,
    pub rubric_version: u32,
    pub steps: Vec<Step>,
}

/// The level of `value` by ascending thresholds.
fn band(value: i64, bands: &Bands) -> Level {
    Level::of(1 + bands.iter().filter(|t| value >= **t).count() as i64)
}

fn band_words(value: i64, bands: &Bands, l: Language) -> String {
    match bands.iter().rposition(|t| value >= *t) {
        Some(i) => format!("{} ≥ {}", count(value, l), count(bands[i], l)),
        None => format!("{} < {}", count(value, l), count(bands[0], l)),
    }
}

/// A level's name in the language.
fn level_name(level: Level, l: Language) -> String {
    value_name(l, "level", level)
}

/// ⌈Σ wᵢ·xᵢ ÷ Σ wᵢ⌉, and its working (formatted only when asked for); the parts are named by
/// their `risk-part-…` text.
fn weighted<'a>(parts: &'a [(&'a str, u32, Level)], l: Language) -> (Level, impl FnOnce() -> String + 'a) {
    let total: u32 = parts.iter().map(|(_, w, _)| w).sum();
    let sum: u32 = parts.iter().map(|(_, w, l)| w * u32::from(l.value())).sum();
    let level = Level::of(i64::from(sum.div_ceil(total.max(1))));
    let working = move || {
        let terms: Vec<String> = parts
            .iter()
            .map(|(part, w, level)| format!("{w}×{} ({})", level.value(), text!(l, format!("risk-part-{part}"))))
            .collect();
        format!(
            "⌈({}) ÷ {total}⌉ = ⌈{:.2}⌉ = {}",
            terms.join(" + "),
            f64::from(sum) / f64::from(total.max(1)),
            level.value()
        )
    };
    (level, working)
}

fn flag_level(rubric: &Rubric, flag: Flag) -> Level {
    let f = &rubric.flags;
    match flag {
        Flag::Personal => f.personal,
        Flag::SpecialCategory => f.special_category,
        Flag::Health => f.health,
        Flag::PaymentCard => f.payment_card,
        Flag::FinancialAccount => f.financial_account,
        Flag::Credentials => f.credentials,
        Flag::GovernmentId => f.government_id,
        Flag::Children => f.children,
        Flag::PreciseLocation => f.precise_location,
    }
}

/// The steps collected while computing, named by their `risk-step-{key}` text in `language`;
/// with `explain` off (whole-register recomputes) the working is never formatted.
struct Working {
    explain: bool,
    language: Language,
    steps: Vec<Step>,
}

impl Working {
    fn step(&mut self, key: &str, working: impl FnOnce() -> String, result: Level) -> Level {
        let l = self.language;
        self.note(key, working, || level_name(result, l));
        result
    }

    fn note(&mut self, key: &str, working: impl FnOnce() -> String, result: impl FnOnce() -> String) {
        if self.explain {
            let name = text!(self.language, format!("risk-step-{key}"));
            self.steps.push(Step { key: key.into(), name, working: working(), result: result() });
        }
    }
}

fn sensitivity(facts: &RiskFacts, rubric: &Rubric, w: &mut Working) -> Level {
    let held: Vec<(Flag, Level)> = facts.flags.list().into_iter().map(|f| (f, flag_level(rubric, f))).collect();
    let top = held.iter().max_by_key(|(_, l)| *l);
    let l = w.language;
    let working = || match top {
        Some((flag, level)) => text!(
            l,
            "risk-sensitivity",
            flags = held.iter().map(|(f, _)| f.as_str()).collect::<Vec<_>>().join(", "),
            flag = flag.as_str(),
            level = level_name(*level, l)
        ),
        None => text!(l, "risk-sensitivity-none"),
    };
    w.step("sensitivity", working, top.map_or(Level::VeryLow, |(_, l)| *l))
}

fn volume(facts: &RiskFacts, rubric: &Rubric, w: &mut Working) -> Level {
    let (number, what) = if facts.people > 0 {
        (facts.people, "risk-volume-people")
    } else {
        (facts.records / 100, "risk-volume-records")
    };
    let level = band(number, &rubric.people_bands);
    let l = w.language;
    w.step("volume", || text!(l, what, band = band_words(number, &rubric.people_bands, l)), level)
}

fn operational(facts: &RiskFacts, rubric: &Rubric, w: &mut Working) -> Option<Level> {
    let by_rto = facts
        .shortest_rto_hours
        .map(|rto| Level::of(1 + rubric.rto_hours.iter().filter(|limit| rto <= **limit).count() as i64));
    let by_criticality = facts.highest_criticality.map(|c| match c {
        Criticality::Low => Level::Low,
        Criticality::Medium => Level::Moderate,
        Criticality::High => Level::High,
        Criticality::Critical => Level::VeryHigh,
    });
    let level = by_rto.max(by_criticality)?;
    let l = w.language;
    let working = || {
        let not_set = || text!(l, "risk-not-set");
        text!(
            l,
            "risk-criticality",
            rto = facts.shortest_rto_hours.map_or_else(not_set, |h| text!(l, "report-hours", hours = h)),
            criticality = facts.highest_criticality.map_or_else(not_set, |c| value_name(l, "criticality", c)),
            level = level_name(level, l)
        )
    };
    Some(w.step("criticality", working, level))
}

/// The inherent risk: likelihood, impact, level and tier.
fn inherent(facts: &RiskFacts, rubric: &Rubric, w: &mut Working) -> (Level, Level, Level) {
    let sensitivity = sensitivity(facts, rubric, w);
    let volume = volume(facts, rubric, w);
    let l = w.language;
    let spread = band(i64::from(facts.countries), &rubric.country_bands);
    let spread_words = || band_words(i64::from(facts.countries), &rubric.country_bands, l);
    w.step("spread", || text!(l, "risk-spread", band = spread_words()), spread);
    let fourth = band(i64::from(facts.fourth_parties), &rubric.fourth_party_bands);
    let fourth_words = || band_words(i64::from(facts.fourth_parties), &rubric.fourth_party_bands, l);
    w.step("fourth_parties", || text!(l, "risk-fourth-parties", band = fourth_words()), fourth);
    let access = rubric.access[AccessLevel::ALL.iter().position(|a| *a == facts.access).unwrap_or(0)];
    let access_name = || value_name(l, "access", facts.access);
    w.step("access", || text!(l, "risk-access", access = access_name(), level = level_name(access, l)), access);
    let substitutability =
        rubric.substitutability[Substitutability::ALL.iter().position(|s| *s == facts.substitutability).unwrap_or(0)];
    let how_easy = || value_name(l, "substitutability", facts.substitutability);
    let working =
        || text!(l, "risk-substitutability", substitutability = how_easy(), level = level_name(substitutability, l));
    w.step("substitutability", working, substitutability);
    let [ds, dv, dc] = rubric.data_impact_weights;
    let data_parts = [("sensitivity", ds, sensitivity), ("volume", dv, volume), ("spread", dc, spread)];
    let (data, working) = weighted(&data_parts, l);
    w.step("data_impact", working, data);
    let impact = match operational(facts, rubric, w) {
        Some(criticality) => {
            let [oc, os] = rubric.operational_impact_weights;
            let ops_parts = [("criticality", oc, criticality), ("substitutability", os, substitutability)];
            let (ops, working) = weighted(&ops_parts, l);
            w.step("operational_impact", working, ops);
            let impact = data.max(ops);
            let (data, operational) = (data.value(), ops.value());
            w.step(
                "impact",
                || text!(l, "risk-impact", data = data, operational = operational, impact = impact.value()),
                impact,
            )
        }
        None => w.step("impact", || text!(l, "risk-impact-data-only", data = data.value()), data),
    };
    let [la, lf, lv] = rubric.likelihood_weights;
    let likelihood_parts = [("access", la, access), ("fourth_parties", lf, fourth), ("volume", lv, volume)];
    let (likelihood, working) = weighted(&likelihood_parts, l);
    w.step("likelihood", working, likelihood);
    let level = rubric.matrix[usize::from(likelihood.value() - 1)][usize::from(impact.value() - 1)];
    let working = || text!(l, "risk-inherent", likelihood = level_name(likelihood, l), impact = level_name(impact, l));
    w.step("inherent", working, level);
    (likelihood, impact, level)
}

/// The residual level from the inherent level in force.
fn residual(facts: &RiskFacts, rubric: &Rubric, inherent: Level, w: &mut Working) -> Level {
    let l = w.language;
    let reduction = match facts.control_score {
        Some(score) => {
            let earned = rubric
                .control_reductions
                .iter()
                .filter(|(at_least, _)| score >= f64::from(*at_least))
                .map(|(_, l)| *l)
                .max()
                .unwrap_or(0);
            let applied = earned.min(rubric.max_control_reduction);
            let most = rubric.max_control_reduction;
            let scored = format!("{score:.1}");
            let working = || text!(l, "risk-controls", score = scored, earned = earned, most = most);
            w.note("controls", working, || format!("−{applied}"));
            applied
        }
        None => {
            w.note("controls", || text!(l, "risk-controls-none"), || "−0".into());
            0
        }
    };
    let points: u32 = facts.open_findings.iter().zip(rubric.finding_points).map(|(n, p)| n * p).sum();
    let raise = points / rubric.points_per_level.max(1);
    let [low, medium, high, critical] = facts.open_findings;
    let per = rubric.points_per_level;
    let working = || {
        text!(
            l,
            "risk-findings",
            critical = critical,
            high = high,
            medium = medium,
            low = low,
            points = points,
            per = per
        )
    };
    w.note("findings", working, || format!("+{raise}"));
    let sum = Level::of(i64::from(inherent.value()) - i64::from(reduction) + i64::from(raise));
    let floored = critical > 0 && sum < rubric.critical_floor;
    let level = if floored { rubric.critical_floor } else { sum };
    let working = || {
        let base = format!("{} − {reduction} + {raise} = {}", inherent.value(), sum.value());
        if floored {
            text!(l, "risk-floor", working = base, floor = level_name(rubric.critical_floor, l))
        } else {
            base
        }
    };
    w.step("residual", working, level)
}

/// A vendor's inherent and residual risk and tier under `rubric`, with the working in English
/// (as dated assessments keep it).
pub fn assess(facts: &RiskFacts, rubric: &Rubric) -> RiskResult {
    assess_in(facts, rubric, Language::En)
}

/// The same with the working in `language`.
pub fn assess_in(facts: &RiskFacts, rubric: &Rubric, language: Language) -> RiskResult {
    run(facts, rubric, Working { explain: true, language, steps: Vec::new() })
}

/// The same levels without the working, for recomputing a whole register quickly.
pub fn levels(facts: &RiskFacts, rubric: &Rubric) -> RiskResult {
    run(facts, rubric, Working { explain: false, language: Language::En, steps: Vec::new() })
}

fn run(facts: &RiskFacts, rubric: &Rubric, mut w: Working) -> RiskResult {
    let l = w.language;
    let (likelihood, impact, computed) = inherent(facts, rubric, &mut w);
    let inherent = match facts.override_level {
        Some(level) => {
            let reason = facts.override_reason.clone().unwrap_or_else(|| text!(l, "risk-override-no-reason"));
            w.step("override", || text!(l, "risk-override", computed = level_name(computed, l), reason = reason), level)
        }
        None => computed,
    };
    let tier = rubric.tiers[usize::from(inherent.value() - 1)];
    w.note("tier", || text!(l, "risk-tier", level = level_name(inherent, l), tier = tier), || tier.to_string());
    let residual = residual(facts, rubric, inherent, &mut w);
    RiskResult {
        likelihood,
        impact,
        computed_inherent: computed,
        inherent,
        overridden: facts.override_level.is_some(),
        residual,
        tier,
        rubric_version: rubric.version,
        steps: w.steps,
    }
}
