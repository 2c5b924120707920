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
use crate::taxonomy::{CategoryFlags, Flag};
use crate::words::thousands;

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

fn band_words(value: i64, bands: &Bands) -> String {
    match bands.iter().rposition(|t| value >= *t) {
        Some(i) => format!("{} ≥ {}", thousands(value), thousands(bands[i])),
        None => format!("{} < {}", thousands(value), thousands(bands[0])),
    }
}

/// ⌈Σ wᵢ·xᵢ ÷ Σ wᵢ⌉, and its working (formatted only when asked for).
fn weighted<'a>(parts: &'a [(&'a str, u32, Level)]) -> (Level, impl FnOnce() -> String + 'a) {
    let total: u32 = parts.iter().map(|(_, w, _)| w).sum();
    let sum: u32 = parts.iter().map(|(_, w, l)| w * u32::from(l.value())).sum();
    let level = Level::of(i64::from(sum.div_ceil(total.max(1))));
    let working = move || {
        let terms: Vec<String> = parts.iter().map(|(name, w, l)| format!("{w}×{} ({name})", l.value())).collect();
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

/// The steps collected while computing; with `explain` off (whole-register recomputes) the
/// working is never formatted.
struct Working {
    explain: bool,
    steps: Vec<Step>,
}

impl Working {
    fn step(&mut self, key: &str, name: &str, working: impl FnOnce() -> String, result: Level) -> Level {
        self.note(key, name, working, || result.label().to_owned());
        result
    }

    fn note(&mut self, key: &str, name: &str, working: impl FnOnce() -> String, result: impl FnOnce() -> String) {
        if self.explain {
            self.steps.push(Step { key: key.into(), name: name.into(), working: working(), result: result() });
        }
    }
}

fn sensitivity(facts: &RiskFacts, rubric: &Rubric, w: &mut Working) -> Level {
    let held: Vec<(Flag, Level)> = facts.flags.list().into_iter().map(|f| (f, flag_level(rubric, f))).collect();
    let top = held.iter().max_by_key(|(_, l)| *l);
    let working = || match top {
        Some((flag, level)) => format!(
            "highest of the flags received ({}): {} → {}",
            held.iter().map(|(f, _)| f.as_str()).collect::<Vec<_>>().join(", "),
            flag.as_str(),
            level.label()
        ),
        None => "no data of ours → very low".to_owned(),
    };
    w.step("sensitivity", "Data sensitivity", working, top.map_or(Level::VeryLow, |(_, l)| *l))
}

fn volume(facts: &RiskFacts, rubric: &Rubric, w: &mut Working) -> Level {
    let (count, what) =
        if facts.people > 0 { (facts.people, "people") } else { (facts.records / 100, "records ÷ 100") };
    let level = band(count, &rubric.people_bands);
    w.step("volume", "Volume", || format!("{what}: {}", band_words(count, &rubric.people_bands)), level)
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
    let working = || {
        format!(
            "dependent services: shortest RTO {}, highest criticality {} → {}",
            facts.shortest_rto_hours.map_or("not set".to_owned(), |h| format!("{h} h")),
            facts.highest_criticality.map_or("not set", |c| c.as_str()),
            level.label()
        )
    };
    Some(w.step("criticality", "Operational criticality", working, level))
}

/// The inherent risk: likelihood, impact, level and tier.
fn inherent(facts: &RiskFacts, rubric: &Rubric, w: &mut Working) -> (Level, Level, Level) {
    let sensitivity = sensitivity(facts, rubric, w);
    let volume = volume(facts, rubric, w);
    let spread = band(i64::from(facts.countries), &rubric.country_bands);
    w.step(
        "spread",
        "Spread",
        || format!("countries of residence: {}", band_words(i64::from(facts.countries), &rubric.country_bands)),
        spread,
    );
    let fourth = band(i64::from(facts.fourth_parties), &rubric.fourth_party_bands);
    w.step(
        "fourth_parties",
        "Fourth parties",
        || {
            format!(
                "vendors it passes our data to: {}",
                band_words(i64::from(facts.fourth_parties), &rubric.fourth_party_bands)
            )
        },
        fourth,
    );
    let access = rubric.access[AccessLevel::ALL.iter().position(|a| *a == facts.access).unwrap_or(0)];
    w.step(
        "access",
        "Access level",
        || format!("{} → {}", facts.access.as_str().replace('_', " "), access.label()),
        access,
    );
    let substitutability =
        rubric.substitutability[Substitutability::ALL.iter().position(|s| *s == facts.substitutability).unwrap_or(0)];
    w.step(
        "substitutability",
        "Substitutability",
        || format!("{} to replace → {}", facts.substitutability.as_str(), substitutability.label()),
        substitutability,
    );
    let [ds, dv, dc] = rubric.data_impact_weights;
    let data_parts = [("sensitivity", ds, sensitivity), ("volume", dv, volume), ("spread", dc, spread)];
    let (data, working) = weighted(&data_parts);
    w.step("data_impact", "Data impact", working, data);
    let impact = match operational(facts, rubric, w) {
        Some(criticality) => {
            let [oc, os] = rubric.operational_impact_weights;
            let ops_parts = [("criticality", oc, criticality), ("substitutability", os, substitutability)];
            let (ops, working) = weighted(&ops_parts);
            w.step("operational_impact", "Operational impact", working, ops);
            let impact = data.max(ops);
            w.step(
                "impact",
                "Impact",
                || format!("max(data {}, operational {}) = {}", data.value(), ops.value(), impact.value()),
                impact,
            )
        }
        None => w.step("impact", "Impact", || format!("no service depends on it: data impact {}", data.value()), data),
    };
    let [la, lf, lv] = rubric.likelihood_weights;
    let likelihood_parts = [("access", la, access), ("fourth parties", lf, fourth), ("volume", lv, volume)];
    let (likelihood, working) = weighted(&likelihood_parts);
    w.step("likelihood", "Likelihood", working, likelihood);
    let level = rubric.matrix[usize::from(likelihood.value() - 1)][usize::from(impact.value() - 1)];
    w.step(
        "inherent",
        "Inherent risk",
        || format!("matrix[likelihood {}][impact {}]", likelihood.label(), impact.label()),
        level,
    );
    (likelihood, impact, level)
}

/// The residual level from the inherent level in force.
fn residual(facts: &RiskFacts, rubric: &Rubric, inherent: Level, w: &mut Working) -> Level {
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
            w.note(
                "controls",
                "Control effectiveness",
                || {
                    format!(
                        "latest accepted questionnaire scored {score:.1} → −{earned} level(s), at most −{} by controls alone",
                        rubric.max_control_reduction
                    )
                },
                || format!("−{applied}"),
            );
            applied
        }
        None => {
            w.note(
                "controls",
                "Control effectiveness",
                || "no accepted questionnaire: no reduction".into(),
                || "−0".into(),
            );
            0
        }
    };
    let points: u32 = facts.open_findings.iter().zip(rubric.finding_points).map(|(n, p)| n * p).sum();
    let raise = points / rubric.points_per_level.max(1);
    let [low, medium, high, critical] = facts.open_findings;
    w.note(
        "findings",
        "Open findings",
        || {
            format!(
                "{critical} critical, {high} high, {medium} medium, {low} low = {points} points ÷ {} per level",
                rubric.points_per_level
            )
        },
        || format!("+{raise}"),
    );
    let sum = Level::of(i64::from(inherent.value()) - i64::from(reduction) + i64::from(raise));
    let floored = critical > 0 && sum < rubric.critical_floor;
    let level = if floored { rubric.critical_floor } else { sum };
    let working = || {
        let base = format!("{} − {reduction} + {raise} = {}", inherent.value(), sum.value());
        if floored {
            format!("{base}; an open critical finding keeps it at least {}", rubric.critical_floor.label())
        } else {
            base
        }
    };
    w.step("residual", "Residual risk", working, level)
}

/// A vendor's inherent and residual risk and tier under `rubric`, with the working.
pub fn assess(facts: &RiskFacts, rubric: &Rubric) -> RiskResult {
    run(facts, rubric, true)
}

/// The same levels without the working, for recomputing a whole register quickly.
pub fn levels(facts: &RiskFacts, rubric: &Rubric) -> RiskResult {
    run(facts, rubric, false)
}

fn run(facts: &RiskFacts, rubric: &Rubric, explain: bool) -> RiskResult {
    let mut w = Working { explain, steps: Vec::new() };
    let (likelihood, impact, computed) = inherent(facts, rubric, &mut w);
    let inherent = match facts.override_level {
        Some(level) => {
            let reason = facts.override_reason.as_deref().unwrap_or("no reason given");
            w.step(
                "override",
                "Override",
                || format!("set by a person instead of {}: {reason}", computed.label()),
                level,
            )
        }
        None => computed,
    };
    let tier = rubric.tiers[usize::from(inherent.value() - 1)];
    w.note("tier", "Tier", || format!("inherent {} → tier {tier}", inherent.label()), || tier.to_string());
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
