//! Our organisation's profile: where it is established and what it is under the law. It
//! decides which notification regimes apply, in which time zone deadlines run, and which
//! holidays business days skip.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::enums::string_enum;
use crate::holidays::Calendars;
use crate::text::Message;
use crate::validate::{Checker, FieldErrors};

string_enum!(
    /// Status under NIS2 (Directive (EU) 2022/2555).
    Nis2Status {
        None = "none",
        Essential = "essential",
        Important = "important",
    }
);

string_enum!(
    /// Status under HIPAA.
    HipaaStatus {
        None = "none",
        CoveredEntity = "covered_entity",
        BusinessAssociate = "business_associate",
    }
);

string_enum!(
    /// The kind of financial entity, where DORA's reporting rules tell them apart.
    FinancialEntityKind {
        /// Any other financial entity (a payment or e-money institution, an investment firm …).
        Other = "other",
        CreditInstitution = "credit_institution",
        CentralCounterparty = "central_counterparty",
        /// An operator of a trading venue.
        TradingVenue = "trading_venue",
    }
);

impl FinancialEntityKind {
    fn is_other(&self) -> bool {
        *self == FinancialEntityKind::Other
    }

    fn other() -> Self {
        FinancialEntityKind::Other
    }
}

/// A holiday of the organisation's own that business-day counts skip, in addition to the
/// country's public holidays (which are built in: [`Calendars`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Holiday {
    /// ISO 3166-1 alpha-2 country whose holiday it is.
    pub country: String,
    pub date: NaiveDate,
    pub name: String,
}

/// The organisation profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct OrgProfile {
    pub name: String,
    /// ISO 3166-1 alpha-2 countries where we are established.
    pub establishments: Vec<String>,
    /// A financial entity under DORA.
    pub financial_entity: bool,
    pub nis2: Nis2Status,
    pub hipaa: HipaaStatus,
    pub sec_registrant: bool,
    /// IANA time zone deadlines are computed in, e.g. `Europe/Dublin`.
    pub time_zone: String,
    /// Holidays of our own, on top of the countries' public holidays.
    pub holidays: Vec<Holiday>,
    /// Which kind of financial entity (DORA). Left out of the stored form while `other`, so
    /// profiles saved before it existed keep their audit hashes.
    #[serde(default = "FinancialEntityKind::other", skip_serializing_if = "FinancialEntityKind::is_other")]
    pub financial_entity_kind: FinancialEntityKind,
    /// Our competent authority decided DORA's weekend and bank-holiday relief does not apply
    /// to us (Delegated Regulation (EU) 2025/301, Art. 5(6)).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub weekend_relief_refused: bool,
}

impl Default for OrgProfile {
    fn default() -> Self {
        OrgProfile {
            name: String::new(),
            establishments: Vec::new(),
            financial_entity: false,
            nis2: Nis2Status::None,
            hipaa: HipaaStatus::None,
            sec_registrant: false,
            time_zone: "UTC".to_owned(),
            holidays: Vec::new(),
            financial_entity_kind: FinancialEntityKind::Other,
            weekend_relief_refused: false,
        }
    }
}

impl OrgProfile {
    /// The days off of one country: its public holidays and our own entries for it.
    pub fn holidays_of(&self, country: &str) -> Vec<NaiveDate> {
        let public = Calendars::built_in().of(country).iter().map(|h| h.date);
        let own = self.holidays.iter().filter(|h| h.country == country).map(|h| h.date);
        let mut days: Vec<NaiveDate> = public.chain(own).collect();
        days.sort_unstable();
        days.dedup();
        days
    }

    /// The name of `country`'s holiday on `date`, if it is one (our own entry first).
    pub fn holiday_name(&self, country: &str, date: NaiveDate) -> Option<String> {
        let own = self.holidays.iter().find(|h| h.country == country && h.date == date).map(|h| h.name.clone());
        own.or_else(|| Calendars::built_in().of(country).iter().find(|h| h.date == date).map(|h| h.name.clone()))
    }
}

/// The profile as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct OrgProfileDraft {
    pub name: String,
    pub establishments: Vec<String>,
    pub financial_entity: bool,
    pub nis2: String,
    pub hipaa: String,
    pub sec_registrant: bool,
    pub time_zone: String,
    pub holidays: Vec<HolidayDraft>,
    /// `other`, `credit_institution`, `central_counterparty` or `trading_venue`; empty: other.
    pub financial_entity_kind: String,
    pub weekend_relief_refused: bool,
}

/// A holiday as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct HolidayDraft {
    pub country: String,
    pub date: String,
    pub name: String,
}

impl From<&OrgProfile> for OrgProfileDraft {
    fn from(p: &OrgProfile) -> Self {
        OrgProfileDraft {
            name: p.name.clone(),
            establishments: p.establishments.clone(),
            financial_entity: p.financial_entity,
            nis2: p.nis2.as_str().to_owned(),
            hipaa: p.hipaa.as_str().to_owned(),
            sec_registrant: p.sec_registrant,
            time_zone: p.time_zone.clone(),
            holidays: p
                .holidays
                .iter()
                .map(|h| HolidayDraft { country: h.country.clone(), date: h.date.to_string(), name: h.name.clone() })
                .collect(),
            financial_entity_kind: p.financial_entity_kind.as_str().to_owned(),
            weekend_relief_refused: p.weekend_relief_refused,
        }
    }
}

impl OrgProfileDraft {
    /// Checks every field.
    pub fn validate(&self) -> Result<OrgProfile, FieldErrors> {
        let mut check = Checker::default();
        let name = check.required_text("name", &self.name, 200);
        let mut establishments = Vec::new();
        for (i, c) in self.establishments.iter().enumerate() {
            if let Some(code) = check.optional_country(&format!("establishments.{i}"), c)
                && !establishments.contains(&code)
            {
                establishments.push(code);
            }
        }
        let nis2 = Nis2Status::parse(&self.nis2);
        if nis2.is_none() {
            check.reject_text(
                "nis2",
                "choice",
                Message::new("field-choice").arg("text", &self.nis2).arg("choices", Nis2Status::choices()),
            );
        }
        let hipaa = HipaaStatus::parse(&self.hipaa);
        if hipaa.is_none() {
            check.reject_text(
                "hipaa",
                "choice",
                Message::new("field-choice").arg("text", &self.hipaa).arg("choices", HipaaStatus::choices()),
            );
        }
        let kind = match self.financial_entity_kind.trim() {
            "" => Some(FinancialEntityKind::Other),
            text => FinancialEntityKind::parse(text),
        };
        if kind.is_none() {
            check.reject_text(
                "financialEntityKind",
                "choice",
                Message::new("field-choice")
                    .arg("text", &self.financial_entity_kind)
                    .arg("choices", FinancialEntityKind::choices()),
            );
        }
        let time_zone = self.time_zone.trim().to_owned();
        if time_zone.parse::<chrono_tz::Tz>().is_err() {
            check.reject_text("timeZone", "time_zone", Message::new("field-time-zone").arg("text", &time_zone));
        }
        let mut holidays = Vec::new();
        for (i, h) in self.holidays.iter().enumerate() {
            let country = check.optional_country(&format!("holidays.{i}.country"), &h.country);
            let date = crate::validate::date_field(&format!("holidays.{i}.date"), &h.date)
                .map_err(|e| {
                    // Each error keeps its text, so that it can be written in the user's language.
                    e.0.into_iter().for_each(|f| match f.text {
                        Some(text) => check.reject_text(&f.field, &f.rule, text),
                        None => check.reject(&f.field, &f.rule, f.message),
                    })
                })
                .ok();
            if let (Some(country), Some(date)) = (country, date) {
                holidays.push(Holiday { country, date, name: h.name.trim().to_owned() });
            }
        }
        holidays.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.country.cmp(&b.country)));
        check.finish()?;
        Ok(OrgProfile {
            name,
            establishments,
            financial_entity: self.financial_entity,
            nis2: nis2.unwrap_or(Nis2Status::None),
            hipaa: hipaa.unwrap_or(HipaaStatus::None),
            sec_registrant: self.sec_registrant,
            time_zone,
            holidays,
            financial_entity_kind: kind.unwrap_or(FinancialEntityKind::Other),
            weekend_relief_refused: self.weekend_relief_refused,
        })
    }
}
