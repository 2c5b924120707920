//! The risk rubric: every parameter of the inherent and residual risk formulas, the 5×5
//! matrix, tiers and review cadence, as one versioned, configurable value. A risk assessment
//! freezes the rubric it used, so changing the rubric never rewrites the past.

use serde::{Deserialize, Serialize};

use crate::enums::string_enum;
use crate::text::Message;
use crate::validate::{Checker, FieldErrors};

string_enum!(
    /// The five qualitative levels of NIST SP 800-30 (Appendix G–I).
    Level {
        VeryLow = "very_low",
        Low = "low",
        Moderate = "moderate",
        High = "high",
        VeryHigh = "very_high",
    }
);

impl Level {
    /// 1 (very low) to 5 (very high).
    pub fn value(self) -> u8 {
        match self {
            Level::VeryLow => 1,
            Level::Low => 2,
            Level::Moderate => 3,
            Level::High => 4,
            Level::VeryHigh => 5,
        }
    }

    /// The level of a value, clamped to 1–5.
    pub fn of(value: i64) -> Level {
        match value {
            i64::MIN..=1 => Level::VeryLow,
            2 => Level::Low,
            3 => Level::Moderate,
            4 => Level::High,
            _ => Level::VeryHigh,
        }
    }

    /// The level's name.
    pub fn label(self) -> &'static str {
        match self {
            Level::VeryLow => "very low",
            Level::Low => "low",
            Level::Moderate => "moderate",
            Level::High => "high",
            Level::VeryHigh => "very high",
        }
    }
}

string_enum!(
    /// How far into our systems a vendor reaches.
    AccessLevel {
        /// Receives nothing of ours and has no access.
        None = "none",
        /// Receives or stores our data, no access to our systems.
        DataOnly = "data_only",
        /// Has accounts or integrations in our systems.
        System = "system",
        /// Administrative or network-level access.
        Privileged = "privileged",
    }
);

string_enum!(
    /// How hard the vendor is to replace.
    Substitutability {
        Easy = "easy",
        Moderate = "moderate",
        Hard = "hard",
    }
);

/// The level each sensitivity flag brings (the highest flag received counts).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FlagLevels {
    pub personal: Level,
    pub special_category: Level,
    pub health: Level,
    pub payment_card: Level,
    pub financial_account: Level,
    pub credentials: Level,
    pub government_id: Level,
    pub children: Level,
    pub precise_location: Level,
}

/// Four ascending thresholds: a value at or above the first is "low", … at or above the fourth
/// "very high"; below the first, "very low".
pub type Bands = [i64; 4];

/// Everything the formulas use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Rubric {
    pub version: u32,
    pub flags: FlagLevels,
    /// People affected (or records ÷ 100 where people are not known).
    pub people_bands: Bands,
    /// Countries of residence of the people.
    pub country_bands: Bands,
    /// Vendors it passes our data on to.
    pub fourth_party_bands: Bands,
    pub access: [Level; 4],
    /// Recovery time objectives of dependent services, in hours, descending: an RTO at most the
    /// first is "low", … at most the fourth "very high".
    pub rto_hours: [i64; 4],
    pub substitutability: [Level; 3],
    /// Data impact = ⌈(s·sensitivity + v·volume + c·spread) ÷ (s + v + c)⌉.
    pub data_impact_weights: [u32; 3],
    /// Operational impact = ⌈(c·criticality + s·substitutability) ÷ (c + s)⌉.
    pub operational_impact_weights: [u32; 2],
    /// Likelihood = ⌈(a·access + f·fourth parties + v·volume) ÷ (a + f + v)⌉.
    pub likelihood_weights: [u32; 3],
    /// Risk level by likelihood (rows, very low first) and impact (columns, very low first).
    pub matrix: [[Level; 5]; 5],
    /// Tier (1 = most critical) by inherent risk level, very low first.
    pub tiers: [u8; 5],
    /// Control effectiveness: (questionnaire score at least, levels lower), from the latest
    /// accepted questionnaire.
    pub control_reductions: Vec<(u32, u8)>,
    /// Controls alone never lower risk by more than this many levels.
    pub max_control_reduction: u8,
    /// Points per open finding by severity: low, medium, high, critical.
    pub finding_points: [u32; 4],
    /// Each this many points of open findings raise residual risk one level.
    pub points_per_level: u32,
    /// With an open critical finding, residual risk is at least this.
    pub critical_floor: Level,
    /// Months between reviews, by tier (1 to 4).
    pub review_months: [u32; 4],
    /// A review is "due soon" this many days before its date.
    pub due_soon_days: u32,
    /// Documents and notice dates are flagged this many days ahead.
    pub warning_days: u32,
    /// A SOC 2 Type II report is stale this many months after its period ends.
    pub soc2_stale_months: u32,
    /// A penetration test is stale this many months after it was done.
    pub pentest_stale_months: u32,
}

impl Default for Rubric {
    /// The rubric the app ships with (version 1).
    fn default() -> Self {
        use Level::*;
        Rubric {
            version: 1,
            flags: FlagLevels {
                personal: Low,
                special_category: VeryHigh,
                health: VeryHigh,
                payment_card: High,
                financial_account: High,
                credentials: High,
                government_id: High,
                children: VeryHigh,
                precise_location: Moderate,
            },
            people_bands: [1, 1_000, 100_000, 1_000_000],
            country_bands: [2, 4, 10, 30],
            fourth_party_bands: [1, 3, 6, 11],
            access: [VeryLow, Low, High, VeryHigh],
            rto_hours: [168, 72, 24, 4],
            substitutability: [VeryLow, Moderate, VeryHigh],
            data_impact_weights: [3, 2, 1],
            operational_impact_weights: [2, 1],
            likelihood_weights: [2, 1, 1],
            // NIST SP 800-30 Rev. 1, Table I-2: likelihood rows, impact columns.
            matrix: [
                [VeryLow, VeryLow, VeryLow, Low, Low],
                [VeryLow, Low, Low, Low, Moderate],
                [VeryLow, Low, Moderate, Moderate, High],
                [VeryLow, Low, Moderate, High, VeryHigh],
                [VeryLow, Low, Moderate, High, VeryHigh],
            ],
            tiers: [4, 4, 3, 2, 1],
            control_reductions: vec![(70, 1), (90, 2)],
            max_control_reduction: 1,
            finding_points: [0, 1, 2, 4],
            points_per_level: 4,
            critical_floor: High,
            review_months: [6, 12, 24, 36],
            due_soon_days: 30,
            warning_days: 60,
            soc2_stale_months: 12,
            pentest_stale_months: 12,
        }
    }
}

impl Rubric {
    /// Checks every parameter; errors name the field.
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut check = Checker::default();
        let ascending = |bands: &[i64]| bands.windows(2).all(|w| w[0] < w[1]) && bands.iter().all(|b| *b >= 0);
        for (field, bands) in [
            ("peopleBands", &self.people_bands),
            ("countryBands", &self.country_bands),
            ("fourthPartyBands", &self.fourth_party_bands),
        ] {
            if !ascending(bands) {
                check.reject_text(field, "bands", Message::new("field-bands-ascending"));
            }
        }
        if !self.rto_hours.windows(2).all(|w| w[0] > w[1]) || self.rto_hours[3] < 0 {
            check.reject_text("rtoHours", "bands", Message::new("field-rto-bands"));
        }
        let weights = [
            ("dataImpactWeights", self.data_impact_weights.iter().sum::<u32>()),
            ("operationalImpactWeights", self.operational_impact_weights.iter().sum()),
            ("likelihoodWeights", self.likelihood_weights.iter().sum()),
        ];
        for (field, sum) in weights {
            if sum == 0 {
                check.reject_text(field, "weights", Message::new("field-weights-zero"));
            }
        }
        if self.tiers.iter().any(|t| !(1..=4).contains(t)) || !self.tiers.windows(2).all(|w| w[0] >= w[1]) {
            check.reject_text("tiers", "tiers", Message::new("field-tiers"));
        }
        if !matrix_is_monotone(&self.matrix) {
            check.reject_text("matrix", "matrix", Message::new("field-matrix"));
        }
        if self.control_reductions.iter().any(|(score, levels)| *score > 100 || *levels > 4) {
            check.reject_text("controlReductions", "range", Message::new("field-control-reductions"));
        }
        if self.max_control_reduction > 4 {
            check.reject_text("maxControlReduction", "range", Message::new("field-max-levels"));
        }
        if self.points_per_level == 0 {
            check.reject_text("pointsPerLevel", "range", Message::new("field-above-zero"));
        }
        if self.review_months.iter().any(|m| !(1..=120).contains(m)) {
            check.reject_text("reviewMonths", "range", Message::new("field-review-months"));
        }
        for (field, value) in [
            ("dueSoonDays", self.due_soon_days),
            ("warningDays", self.warning_days),
            ("soc2StaleMonths", self.soc2_stale_months),
            ("pentestStaleMonths", self.pentest_stale_months),
        ] {
            if value == 0 || value > 3_650 {
                check.reject_text(field, "range", Message::new("field-range").arg("min", 1).arg("max", 3_650));
            }
        }
        check.finish()
    }
}

/// Whether no cell is lower than the cell before it in its row or column.
fn matrix_is_monotone(matrix: &[[Level; 5]; 5]) -> bool {
    (0..5).all(|r| {
        (0..5).all(|c| (c == 0 || matrix[r][c] >= matrix[r][c - 1]) && (r == 0 || matrix[r][c] >= matrix[r - 1][c]))
    })
}
