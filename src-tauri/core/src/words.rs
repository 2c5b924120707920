//! Wording shared by explanations and front ends: counts with the thousands separator of the
//! reader's language, and dates written out for reports ("27 November 2025").

use chrono::{NaiveDate, NaiveTime};

use crate::locale::Language;
use crate::validate::Money;

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

/// An amount of money as the language writes it: `125,000.00 EUR` in English;
/// `Rp1.250.000,00` (rupiah) and `EUR 125.000,00` in Bahasa Indonesia.
pub fn money(money: &Money, language: Language) -> String {
    let decimal = money.decimal();
    let (sign, digits) = decimal.strip_prefix('-').map_or(("", decimal.as_str()), |d| ("-", d));
    let (whole, fraction) = digits.split_once('.').map_or((digits, None), |(w, f)| (w, Some(f)));
    let whole = format!("{sign}{}", count(whole.parse().unwrap_or_default(), language));
    match language {
        Language::En => {
            let fraction = fraction.map(|f| format!(".{f}")).unwrap_or_default();
            format!("{whole}{fraction} {}", money.currency)
        }
        Language::Id => {
            let fraction = fraction.map(|f| format!(",{f}")).unwrap_or_default();
            match money.currency.as_str() {
                "IDR" => format!("Rp{whole}{fraction}"),
                currency => format!("{currency} {whole}{fraction}"),
            }
        }
    }
}

/// A date written out, day first, with the month's name in the language: `27 November 2025`,
/// `1 Agustus 2025`.
pub fn long_date(date: NaiveDate, language: Language) -> String {
    date.format_localized("%-d %B %Y", chrono_locale(language)).to_string()
}

/// A time of day as the language writes it: `17:05` in English, `17.05` in Bahasa Indonesia.
pub fn time_of_day(time: NaiveTime, language: Language) -> String {
    match language {
        Language::En => time.format("%H:%M").to_string(),
        Language::Id => time.format("%H.%M").to_string(),
    }
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
    fn money_in_both_languages() {
        let rupiah = Money { minor_units: 125_000_000, currency: "IDR".into() };
        assert_eq!(money(&rupiah, Language::Id), "Rp1.250.000,00");
        let euro = Money { minor_units: 12_500_050, currency: "EUR".into() };
        assert_eq!(money(&euro, Language::En), "125,000.50 EUR");
        assert_eq!(money(&euro, Language::Id), "EUR 125.000,50");
        let yen = Money { minor_units: 1_500_000, currency: "JPY".into() };
        assert_eq!(money(&yen, Language::En), "1,500,000 JPY");
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
