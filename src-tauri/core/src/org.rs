//! Our organisation's profile: where it is established and what it is under the law. It
//! decides which notification regimes apply, in which time zone deadlines run, and which
//! holidays business days skip.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::enums::string_enum;
use crate::obligations::deadlines::us_federal_holidays;
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

/// A public holiday business-day counts skip.
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
    pub holidays: Vec<Holiday>,
}

/// The US federal holidays from `from` to `to`, as the default holiday list.
pub fn default_holidays(from: i32, to: i32) -> Vec<Holiday> {
    (from..=to)
        .flat_map(us_federal_holidays)
        .map(|date| Holiday { country: "US".to_owned(), date, name: "US federal holiday".to_owned() })
        .collect()
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
            holidays: default_holidays(2024, 2030),
        }
    }
}

impl OrgProfile {
    /// The holidays of one country.
    pub fn holidays_of(&self, country: &str) -> Vec<NaiveDate> {
        self.holidays.iter().filter(|h| h.country == country).map(|h| h.date).collect()
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
            check.reject("nis2", "choice", format!("'{}' is not one of: {}.", self.nis2, Nis2Status::choices()));
        }
        let hipaa = HipaaStatus::parse(&self.hipaa);
        if hipaa.is_none() {
            check.reject("hipaa", "choice", format!("'{}' is not one of: {}.", self.hipaa, HipaaStatus::choices()));
        }
        let time_zone = self.time_zone.trim().to_owned();
        if time_zone.parse::<chrono_tz::Tz>().is_err() {
            check.reject(
                "timeZone",
                "time_zone",
                format!("'{time_zone}' is not an IANA time zone (e.g. Europe/Dublin, America/New_York)."),
            );
        }
        let mut holidays = Vec::new();
        for (i, h) in self.holidays.iter().enumerate() {
            let country = check.optional_country(&format!("holidays.{i}.country"), &h.country);
            let date = crate::validate::date_field(&format!("holidays.{i}.date"), &h.date)
                .map_err(|e| e.0.into_iter().for_each(|f| check.reject(&f.field, &f.rule, f.message)))
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
        })
    }
}
