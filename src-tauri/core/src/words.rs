//! Wording shared by explanations and front ends: counts with the thousands separator of the
//! reader's language, and dates written out for reports ("27 November 2025").

use chrono::NaiveDate;

use crate::locale::Language;

/// `1250000` → `1,250,000` (English).
pub fn thousands(n: i64) -> String {
    count(n, Language::En)
}

/// A count grouped by thousands as the language writes it: `1,250,000` in English,
/// `1.250.000` in Bahasa Indonesia.
pub fn count(n: i64, language: Language) -> String {
    let separator = match language {
        Language::En => ',',
        Language::Id => '.',
    };
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// A date written out, day first, with the month's name in the language: `27 November 2025`,
/// `1 Agustus 2025`.
pub fn long_date(date: NaiveDate, language: Language) -> String {
    date.format_localized("%-d %B %Y", chrono_locale(language)).to_string()
}

/// The day of the week of a date in the language (`Saturday`, `Sabtu`).
pub fn weekday(date: NaiveDate, language: Language) -> String {
    date.format_localized("%A", chrono_locale(language)).to_string()
}

/// The conventions chrono writes names of months and days with.
fn chrono_locale(language: Language) -> chrono::Locale {
    match language {
        Language::En => chrono::Locale::en_GB,
        Language::Id => chrono::Locale::id_ID,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_by_three() {
        assert_eq!(thousands(1_250_000), "1,250,000");
        assert_eq!(thousands(-999), "-999");
        assert_eq!(thousands(i64::MIN), "-9,223,372,036,854,775,808");
        assert_eq!(count(1_250_000, Language::Id), "1.250.000");
    }

    #[test]
    fn dates_and_weekdays_in_both_languages() {
        let day = NaiveDate::from_ymd_opt(2025, 11, 27).expect("date");
        assert_eq!(long_date(day, Language::En), "27 November 2025");
        assert_eq!(long_date(day, Language::Id), "27 November 2025");
        let august = NaiveDate::from_ymd_opt(2025, 8, 1).expect("date");
        assert_eq!(long_date(august, Language::Id), "1 Agustus 2025");
        let saturday = NaiveDate::from_ymd_opt(2025, 11, 29).expect("date");
        assert_eq!(
            (weekday(saturday, Language::En), weekday(saturday, Language::Id)),
            ("Saturday".into(), "Sabtu".into())
        );
    }
}
