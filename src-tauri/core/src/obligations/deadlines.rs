//! Deadline arithmetic in the organisation's time zone: hours (real elapsed time, so correct
//! across DST changes), calendar days and business days (ending at the end of the last day,
//! local time), months, and the open-ended "without undue delay". All date arithmetic is
//! chrono's and chrono-tz's.

use chrono::{DateTime, Datelike, Days, Duration, Months, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::locale::Language;
use crate::text::text;

/// How long a step may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case", tag = "unit", content = "amount")]
pub enum Period {
    /// Elapsed hours from the clock start.
    Hours(u32),
    /// Calendar days; due at the end of the last day, local time.
    CalendarDays(u32),
    /// Business days (weekends and the jurisdiction's holidays skipped); due at the end of
    /// the last one, local time.
    BusinessDays(u32),
    /// Calendar months, same local time of day.
    Months(u32),
    /// No fixed period: "without undue delay", "as soon as feasible", "promptly". The number is
    /// the days regulators' guidance treats as the outer limit, if any.
    WithoutUndueDelay(Option<u32>),
}

/// What a deadline computation says: when it is due and how that was worked out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    /// `None` for steps without a fixed period and no guidance.
    pub at: Option<DateTime<Utc>>,
    /// How the due time follows from the clock start, in words.
    pub working: String,
}

/// The end of a local day (23:59:59), in UTC. On a day whose end falls in a DST gap or fold,
/// the earliest valid instant is taken.
fn end_of_day(tz: Tz, date: NaiveDate) -> DateTime<Utc> {
    let local = date.and_time(NaiveTime::from_hms_opt(23, 59, 59).unwrap_or_default());
    tz.from_local_datetime(&local).earliest().unwrap_or_else(|| tz.from_utc_datetime(&local)).with_timezone(&Utc)
}

/// Whether `date` is a business day: not a weekend, not a listed holiday.
pub fn is_business_day(date: NaiveDate, holidays: &[NaiveDate]) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !holidays.contains(&date)
}

/// The `n`th business day after `date` (the start day itself does not count).
pub fn add_business_days(date: NaiveDate, n: u32, holidays: &[NaiveDate]) -> NaiveDate {
    let mut day = date;
    let mut counted = 0;
    while counted < n {
        day = day.checked_add_days(Days::new(1)).unwrap_or(day);
        if is_business_day(day, holidays) {
            counted += 1;
        }
    }
    day
}

/// When a step that starts at `start` and may take `period` is due, in the time zone `tz`, with
/// the working in `language`.
pub fn due(start: DateTime<Utc>, period: Period, tz: Tz, holidays: &[NaiveDate], language: Language) -> Due {
    let local = start.with_timezone(&tz);
    let fmt = |at: DateTime<Utc>| at.with_timezone(&tz).format("%Y-%m-%d %H:%M %Z").to_string();
    let day = local.date_naive();
    let end_of = |last: NaiveDate| (last, end_of_day(tz, last));
    match period {
        Period::Hours(h) => {
            let at = start + Duration::hours(i64::from(h));
            let working = text!(language, "working-hours", start = fmt(start), hours = h, due = fmt(at));
            Due { at: Some(at), working }
        }
        Period::CalendarDays(d) => {
            let (last, at) = end_of(day.checked_add_days(Days::new(u64::from(d))).unwrap_or(day));
            let (start, last, due) = (day.to_string(), last.to_string(), fmt(at));
            Due {
                at: Some(at),
                working: text!(language, "working-calendar-days", start = start, days = d, last = last, due = due),
            }
        }
        Period::BusinessDays(d) => {
            let (last, at) = end_of(add_business_days(day, d, holidays));
            let (start, last, due) = (day.to_string(), last.to_string(), fmt(at));
            Due {
                at: Some(at),
                working: text!(language, "working-business-days", start = start, days = d, last = last, due = due),
            }
        }
        Period::Months(m) => {
            let later = local.checked_add_months(Months::new(m)).unwrap_or(local).with_timezone(&Utc);
            let working = text!(language, "working-months", start = fmt(start), months = m, due = fmt(later));
            Due { at: Some(later), working }
        }
        Period::WithoutUndueDelay(Some(days)) => {
            let (last, at) = end_of(day.checked_add_days(Days::new(u64::from(days))).unwrap_or(day));
            Due { at: Some(at), working: text!(language, "working-guidance", days = days, last = last.to_string()) }
        }
        Period::WithoutUndueDelay(None) => Due { at: None, working: text!(language, "working-no-fixed-period") },
    }
}
