//! Field-level validation shared by every input path (desktop form, CLI flags, imports).
//!
//! A [`Checker`] accumulates [`FieldError`]s while it parses raw text into typed values, so one
//! pass reports every rejected field at once. The rules live here and nowhere else: the UI shows
//! these messages next to its fields instead of re-implementing them.

use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use crate::locale::Language;
use crate::text::{Message, text};

/// One rejected field: which, why (a stable rule code), and a message in English that the front
/// end may have written again in the user's language ([`FieldErrors::in_language`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FieldError {
    /// The input field's name as the front end knows it (camelCase, `contacts.0.email`).
    pub field: String,
    /// A stable code for the rule that failed, e.g. `lei_checksum`.
    pub rule: String,
    /// A sentence for the user.
    pub message: String,
    /// The message as an id and arguments, when it can be written in another language.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub text: Option<Message>,
}

impl FieldError {
    /// A rejected field whose message is the text `message`, written in English.
    pub fn new(field: impl Into<String>, rule: &str, message: Message) -> FieldError {
        FieldError {
            field: field.into(),
            rule: rule.to_owned(),
            message: message.render(Language::En),
            text: Some(message),
        }
    }

    /// The same error with its message in `language`, where it can be written there.
    pub fn in_language(&self, language: Language) -> FieldError {
        match &self.text {
            Some(text) => FieldError { message: text.render(language), ..self.clone() },
            None => self.clone(),
        }
    }
}

/// Every rejected field of one input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(transparent)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    /// A single rejected field whose message stays as written, in any language (prefer
    /// [`FieldErrors::of`]).
    pub fn one(field: impl Into<String>, rule: &str, message: impl Into<String>) -> Self {
        FieldErrors(vec![FieldError {
            field: field.into(),
            rule: rule.to_owned(),
            message: message.into(),
            text: None,
        }])
    }

    /// A single rejected field whose message is the text `message`.
    pub fn of(field: impl Into<String>, rule: &str, message: Message) -> Self {
        FieldErrors(vec![FieldError::new(field, rule, message)])
    }

    /// A file named by `field` that could not be read (`error` is the system's reason).
    pub fn unreadable(field: &str, path: &Path, error: impl std::fmt::Display) -> Self {
        Self::of(field, "read", Message::new("path-unreadable").arg("path", path.display()).arg("problem", error))
    }

    /// The errors with their messages in `language`, where they can be written there.
    pub fn in_language(&self, language: Language) -> FieldErrors {
        FieldErrors(self.0.iter().map(|e| e.in_language(language)).collect())
    }

    /// The error for `field`, if it was rejected.
    pub fn get(&self, field: &str) -> Option<&FieldError> {
        self.0.iter().find(|e| e.field == field)
    }

    /// Every rejected field with why, in one sentence in `language` ("invalid input: lei: …").
    pub fn message_in(&self, language: Language) -> String {
        let parts: Vec<String> =
            self.in_language(language).0.iter().map(|e| format!("{}: {}", e.field, e.message)).collect();
        text!(language, "error-validation", fields = parts.join("; "))
    }
}

/// The sentence in English.
impl std::fmt::Display for FieldErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_in(Language::En))
    }
}

/// A required date (`YYYY-MM-DD`), or an error naming `field`.
pub fn date_field(field: &str, raw: &str) -> Result<NaiveDate, FieldErrors> {
    let mut check = Checker::default();
    let date = check.optional_date(field, raw);
    if raw.trim().is_empty() {
        check.reject_text(field, "required", Message::new("field-date-required"));
    }
    check.finish()?;
    date.ok_or_else(|| FieldErrors::of(field, "date", Message::new("field-date-required")))
}

/// Accumulates field errors while parsing raw input.
#[derive(Debug, Default)]
pub struct Checker {
    errors: Vec<FieldError>,
}

impl Checker {
    /// Records a rejected field.
    pub fn reject(&mut self, field: &str, rule: &str, message: impl Into<String>) {
        self.errors.push(FieldError {
            field: field.to_owned(),
            rule: rule.to_owned(),
            message: message.into(),
            text: None,
        });
    }

    /// Records a rejected field whose message is a text the front ends can translate.
    pub fn reject_text(&mut self, field: &str, rule: &str, message: Message) {
        self.errors.push(FieldError::new(field, rule, message));
    }

    /// Ok when nothing was rejected.
    pub fn finish(self) -> Result<(), FieldErrors> {
        if self.errors.is_empty() { Ok(()) } else { Err(FieldErrors(self.errors)) }
    }

    /// Trimmed text that must not be empty.
    pub fn required_text(&mut self, field: &str, raw: &str, max_chars: usize) -> String {
        let text = raw.trim();
        if text.is_empty() {
            self.reject_text(field, "required", Message::new("field-required"));
        } else {
            self.check_length(field, text, max_chars);
        }
        text.to_owned()
    }

    /// Trimmed text; empty means absent.
    pub fn optional_text(&mut self, field: &str, raw: &str, max_chars: usize) -> Option<String> {
        let text = raw.trim();
        if text.is_empty() {
            return None;
        }
        self.check_length(field, text, max_chars);
        Some(text.to_owned())
    }

    fn check_length(&mut self, field: &str, text: &str, max_chars: usize) {
        if text.chars().count() > max_chars {
            self.reject_text(field, "too_long", Message::new("field-too-long").arg("max", max_chars));
        }
    }

    /// An ISO 8601 calendar date (`YYYY-MM-DD`); empty means absent.
    pub fn optional_date(&mut self, field: &str, raw: &str) -> Option<NaiveDate> {
        let text = raw.trim();
        if text.is_empty() {
            return None;
        }
        match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(date) => Some(date),
            Err(_) => {
                self.reject_text(field, "date", Message::new("field-date").arg("text", text));
                None
            }
        }
    }

    /// A whole number within `min..=max`; empty means absent.
    pub fn optional_int(&mut self, field: &str, raw: &str, min: i64, max: i64) -> Option<i64> {
        let text = raw.trim();
        if text.is_empty() {
            return None;
        }
        match text.parse::<i64>() {
            Ok(n) if (min..=max).contains(&n) => Some(n),
            Ok(_) => {
                self.reject_text(field, "range", Message::new("field-range").arg("min", min).arg("max", max));
                None
            }
            Err(_) => {
                self.reject_text(field, "number", Message::new("field-number").arg("text", text));
                None
            }
        }
    }

    /// An instant: RFC 3339 (`2025-11-25T18:00:00Z`), or a local date and time
    /// (`2025-11-25T18:00`, as a date-time field gives it) read in time zone `tz`. Empty means
    /// absent.
    pub fn optional_instant(
        &mut self,
        field: &str,
        raw: &str,
        tz: chrono_tz::Tz,
    ) -> Option<chrono::DateTime<chrono::Utc>> {
        use chrono::TimeZone;
        let text = raw.trim();
        if text.is_empty() {
            return None;
        }
        if let Ok(at) = chrono::DateTime::parse_from_rfc3339(text) {
            return Some(at.with_timezone(&chrono::Utc));
        }
        let local = chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S")
            .or_else(|_| chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M"))
            .or_else(|_| chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M"));
        match local.ok().and_then(|l| tz.from_local_datetime(&l).earliest()) {
            Some(at) => Some(at.with_timezone(&chrono::Utc)),
            None => {
                self.reject_text(field, "instant", Message::new("field-instant").arg("text", text));
                None
            }
        }
    }

    /// An ISO 3166-1 alpha-2 country code, upper-cased; empty means absent.
    pub fn optional_country(&mut self, field: &str, raw: &str) -> Option<String> {
        let text = raw.trim();
        if text.is_empty() {
            return None;
        }
        let code = text.to_ascii_uppercase();
        if code.len() == 2 && celes::Country::from_alpha2(&code).is_ok() {
            Some(code)
        } else {
            self.reject_text(field, "country", Message::new("field-country").arg("text", text));
            None
        }
    }

    /// An e-mail address; empty means absent.
    pub fn optional_email(&mut self, field: &str, raw: &str) -> Option<String> {
        let text = raw.trim();
        if text.is_empty() {
            return None;
        }
        if is_plausible_email(text) {
            Some(text.to_owned())
        } else {
            self.reject_text(field, "email", Message::new("field-email").arg("text", text));
            None
        }
    }

    /// A web address; a bare domain gets `https://`. Empty means absent.
    pub fn optional_website(&mut self, field: &str, raw: &str) -> Option<String> {
        let text = raw.trim();
        if text.is_empty() {
            return None;
        }
        let candidate = if text.contains("://") { text.to_owned() } else { format!("https://{text}") };
        match url::Url::parse(&candidate) {
            Ok(url) if matches!(url.scheme(), "http" | "https") && url.host_str().is_some_and(|h| h.contains('.')) => {
                Some(candidate)
            }
            _ => {
                self.reject_text(field, "website", Message::new("field-website").arg("text", text));
                None
            }
        }
    }

    /// A Legal Entity Identifier: 20 characters whose ISO 17442 (ISO 7064 MOD 97-10) check
    /// digits hold. Spaces are ignored and letters upper-cased. Empty means absent.
    pub fn optional_lei(&mut self, field: &str, raw: &str) -> Option<String> {
        let lei: String = raw.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
        if lei.is_empty() {
            return None;
        }
        match lei_problem(&lei) {
            None => Some(lei),
            Some((rule, message)) => {
                self.reject_text(field, rule, message);
                None
            }
        }
    }

    /// A D-U-N-S number: nine digits (dashes and spaces ignored). Empty means absent.
    pub fn optional_duns(&mut self, field: &str, raw: &str) -> Option<String> {
        let digits: String = raw.chars().filter(|c| !matches!(c, '-' | ' ')).collect();
        if digits.is_empty() {
            return None;
        }
        if digits.len() == 9 && digits.bytes().all(|b| b.is_ascii_digit()) {
            Some(digits)
        } else {
            self.reject_text(field, "duns", Message::new("field-duns"));
            None
        }
    }

    /// A VAT or tax registration number: a two-letter country prefix then 2 to 18 letters or
    /// digits (spaces, dots and dashes ignored). Empty means absent.
    pub fn optional_vat(&mut self, field: &str, raw: &str) -> Option<String> {
        let vat: String =
            raw.chars().filter(|c| !matches!(c, ' ' | '.' | '-')).collect::<String>().to_ascii_uppercase();
        if vat.is_empty() {
            return None;
        }
        // By characters, not bytes: the input may start with any Unicode (found by fuzzing).
        let prefix: String = vat.chars().take(2).collect();
        let rest: String = vat.chars().skip(2).collect();
        let shaped = prefix.len() == 2
            && prefix.bytes().all(|b| b.is_ascii_alphabetic())
            && (2..=18).contains(&rest.len())
            && rest.bytes().all(|b| b.is_ascii_alphanumeric());
        if shaped {
            Some(vat)
        } else {
            self.reject_text(field, "vat", Message::new("field-vat"));
            None
        }
    }

    /// An amount of money in `currency`, as a decimal string, returned in minor units
    /// (cents). Empty means absent.
    pub fn optional_money(
        &mut self,
        amount_field: &str,
        raw: &str,
        currency_field: &str,
        raw_currency: &str,
    ) -> Option<Money> {
        let amount = raw.trim();
        let code = raw_currency.trim().to_ascii_uppercase();
        if amount.is_empty() {
            if !code.is_empty() {
                self.optional_currency(currency_field, &code);
            }
            return None;
        }
        let currency = if code.is_empty() {
            self.reject_text(currency_field, "required", Message::new("field-currency-required"));
            None
        } else {
            self.optional_currency(currency_field, &code)
        };
        let exponent = currency.map_or(2, |c| c.exponent().unwrap_or(0));
        match parse_minor_units(amount, exponent) {
            Ok(minor) => currency.map(|c| Money { minor_units: minor, currency: c.code().to_owned() }),
            Err(message) => {
                self.reject_text(amount_field, "money", message);
                None
            }
        }
    }

    fn optional_currency(&mut self, field: &str, code: &str) -> Option<iso_currency::Currency> {
        let currency = iso_currency::Currency::from_code(code);
        if currency.is_none() {
            self.reject_text(field, "currency", Message::new("field-currency").arg("text", code));
        }
        currency
    }
}

/// An amount in a currency's minor units, e.g. 1250000 USD cents for $12,500.00.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Money {
    pub minor_units: i64,
    pub currency: String,
}

impl Money {
    /// The amount as a plain decimal string in major units, e.g. `12500.00`.
    pub fn decimal(&self) -> String {
        let exponent = iso_currency::Currency::from_code(&self.currency).and_then(|c| c.exponent()).unwrap_or(0);
        if exponent == 0 {
            return self.minor_units.to_string();
        }
        let scale = 10_i64.pow(u32::from(exponent));
        let sign = if self.minor_units < 0 { "-" } else { "" };
        let abs = self.minor_units.unsigned_abs();
        format!("{sign}{}.{:0width$}", abs / scale as u64, abs % scale as u64, width = usize::from(exponent))
    }
}

fn parse_minor_units(amount: &str, exponent: u16) -> Result<i64, Message> {
    let malformed = || Message::new("field-money").arg("text", amount);
    let (whole, fraction) = amount.split_once('.').unwrap_or((amount, ""));
    let digits_only = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty()
        || !digits_only(whole)
        || !digits_only(fraction)
        || (amount.contains('.') && fraction.is_empty())
    {
        return Err(malformed());
    }
    if fraction.len() > usize::from(exponent) {
        return Err(Message::new("field-money-decimals").arg("places", exponent));
    }
    let padded = format!("{whole}{fraction:0<width$}", width = usize::from(exponent));
    padded
        .parse::<i64>()
        .ok()
        .filter(|n| *n <= 1_000_000_000_000_000)
        .ok_or_else(|| Message::new("field-money-too-large"))
}

fn is_plausible_email(text: &str) -> bool {
    email_address::EmailAddress::parse_with_options(text, email_address::Options::default().without_display_text())
        .is_ok_and(|addr| addr.domain().contains('.') && !addr.domain().starts_with('['))
}

/// Why an upper-cased, space-free LEI is invalid, or `None` when its check digits hold.
pub(crate) fn lei_problem(lei: &str) -> Option<(&'static str, Message)> {
    if lei.len() != 20 || !lei.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Some(("lei_format", Message::new("field-lei-format")));
    }
    if !lei[18..].bytes().all(|b| b.is_ascii_digit()) {
        return Some(("lei_format", Message::new("field-lei-check-format")));
    }
    (mod97(lei) != 1).then(|| ("lei_checksum", Message::new("field-lei-checksum")))
}

/// An 18-character LEI stem completed with its ISO 17442 check digits (for fictional LEIs).
pub(crate) fn with_lei_check_digits(stem: &str) -> String {
    format!("{stem}{:02}", 98 - mod97(&format!("{stem}00")))
}

/// ISO 7064 MOD 97-10 over an alphanumeric string (letters count as 10..35).
fn mod97(text: &str) -> u32 {
    text.chars().fold(0_u32, |acc, c| {
        let value = c.to_digit(36).unwrap_or(0);
        if value >= 10 { (acc * 100 + value) % 97 } else { (acc * 10 + value) % 97 }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lei(raw: &str) -> Result<Option<String>, FieldErrors> {
        let mut checker = Checker::default();
        let value = checker.optional_lei("lei", raw);
        checker.finish().map(|()| value)
    }

    #[test]
    fn a_rejected_field_can_be_explained_in_bahasa_indonesia() {
        let mut checker = Checker::default();
        checker.optional_date("contractStart", "31/01/2026");
        checker.required_text("name", " ", 10);
        let errors = checker.finish().unwrap_err();
        assert_eq!(errors.0[0].message, "'31/01/2026' is not a date; use YYYY-MM-DD, e.g. 2026-01-31.");
        let indonesian = errors.in_language(Language::Id);
        assert_eq!(indonesian.0[0].message, "'31/01/2026' bukan tanggal; gunakan YYYY-MM-DD, misalnya 2026-01-31.");
        assert_eq!(
            (indonesian.0[0].rule.as_str(), indonesian.0[1].message.as_str()),
            ("date", "Isian ini wajib diisi.")
        );
        // A message with no text behind it stays as written.
        let plain = FieldErrors::one("file", "workbook", "Not a workbook.").in_language(Language::Id);
        assert_eq!(plain.0[0].message, "Not a workbook.");
    }

    #[test]
    fn an_unreadable_file_is_explained_in_bahasa_indonesia() {
        let errors = FieldErrors::unreadable("file", Path::new("vendors.csv"), "No such file or directory");
        assert_eq!(
            (errors.0[0].rule.as_str(), errors.0[0].message.as_str()),
            ("read", "cannot read vendors.csv: No such file or directory")
        );
        let indonesian = errors.in_language(Language::Id);
        assert_eq!(indonesian.0[0].message, "vendors.csv tidak dapat dibaca: No such file or directory");
    }

    #[test]
    fn real_leis_pass_their_check_digits() {
        for known in ["HWUPKR0MPOU8FGXBT394", "ZXTILKJKG63JELOEG630", "5493001KJTIIGC8Y1R12", "2138 00WSGIIZCXF1P5 72"]
        {
            assert!(matches!(lei(known), Ok(Some(_))), "{known}");
        }
    }

    #[test]
    fn a_completed_stem_passes_its_check_digits() {
        for stem in ["9695000SAMPLEAWS00", "9695000KESTRELIE0X", "529900T8BM49AURSDO"] {
            let lei = with_lei_check_digits(stem);
            assert_eq!(lei_problem(&lei), None, "{lei}");
        }
        assert_eq!(with_lei_check_digits("529900T8BM49AURSDO"), "529900T8BM49AURSDO55", "a real LEI's digits");
    }

    #[test]
    fn lei_with_a_changed_character_fails_its_check_digits() {
        let err = lei("HWUPKR0MPOU8FGXBT395").unwrap_err();
        assert_eq!(err.get("lei").map(|e| e.rule.as_str()), Some("lei_checksum"));
        let swapped = lei("HWUPKR0MPOU8FGXTB394").unwrap_err();
        assert_eq!(swapped.0[0].rule, "lei_checksum");
    }

    #[test]
    fn lei_of_wrong_shape_is_a_format_error() {
        for bad in ["HWUPKR0MPOU8FGXBT39", "HWUPKR0MPOU8FGXBT3944", "HWUPKR0MPOU8FGXBT3A4", "HWUPKR0MPOU8FGX-T394"] {
            assert_eq!(lei(bad).unwrap_err().0[0].rule, "lei_format", "{bad}");
        }
    }

    #[test]
    fn money_is_parsed_to_minor_units_with_the_currency_exponent() {
        let mut checker = Checker::default();
        let usd = checker.optional_money("amount", "12500.5", "currency", "usd");
        let jpy = checker.optional_money("amount", "980000", "currency", "JPY");
        checker.finish().unwrap();
        assert_eq!(usd, Some(Money { minor_units: 1_250_050, currency: "USD".into() }));
        assert_eq!(usd.unwrap().decimal(), "12500.50");
        assert_eq!(jpy.unwrap().decimal(), "980000");
    }

    #[test]
    fn bad_money_names_the_field() {
        let cases = [
            ("12,500", "USD", "amount", "money"),
            ("-5", "USD", "amount", "money"),
            ("10.123", "USD", "amount", "money"),
            ("10.5", "JPY", "amount", "money"),
            ("100", "XXQ", "currency", "currency"),
            ("100", "", "currency", "required"),
        ];
        for (amount, currency, field, rule) in cases {
            let mut checker = Checker::default();
            checker.optional_money("amount", amount, "currency", currency);
            let errors = checker.finish().unwrap_err();
            assert_eq!(errors.get(field).map(|e| e.rule.as_str()), Some(rule), "{amount} {currency}");
        }
    }

    #[test]
    fn emails_dates_countries_and_websites() {
        let mut checker = Checker::default();
        assert_eq!(checker.optional_email("e", " dpo@mixpanel.com "), Some("dpo@mixpanel.com".into()));
        assert_eq!(checker.optional_date("d", "2025-11-09"), NaiveDate::from_ymd_opt(2025, 11, 9));
        assert_eq!(checker.optional_country("c", "ie"), Some("IE".into()));
        assert_eq!(checker.optional_website("w", "mixpanel.com"), Some("https://mixpanel.com".into()));
        assert_eq!(checker.optional_duns("n", "15-048-3782"), Some("150483782".into()));
        assert_eq!(checker.optional_vat("v", "IE 6388047V"), Some("IE6388047V".into()));
        checker.finish().unwrap();

        let bad = [
            ("email", "dpo@mixpanel"),
            ("email", "not an email"),
            ("date", "2025-02-30"),
            ("date", "09/11/2025"),
            ("country", "XX"),
            ("country", "IRL"),
            ("website", "ftp://files.example.com"),
            ("website", "localhost"),
            ("duns", "1234"),
            ("vat", "6388047V"),
        ];
        for (kind, raw) in bad {
            let mut checker = Checker::default();
            match kind {
                "email" => drop(checker.optional_email("f", raw)),
                "date" => drop(checker.optional_date("f", raw)),
                "country" => drop(checker.optional_country("f", raw)),
                "website" => drop(checker.optional_website("f", raw)),
                "duns" => drop(checker.optional_duns("f", raw)),
                _ => drop(checker.optional_vat("f", raw)),
            }
            let errors = checker.finish().unwrap_err();
            assert_eq!(errors.0[0].field, "f", "{kind} {raw}");
            assert_eq!(errors.0[0].rule, kind, "{kind} {raw}");
        }
    }

    #[test]
    fn text_length_and_required() {
        let mut checker = Checker::default();
        checker.required_text("name", "   ", 10);
        checker.optional_text("notes", "abcdefghijk", 10);
        checker.optional_int("days", "x", 0, 10);
        checker.optional_int("days2", "11", 0, 10);
        let errors = checker.finish().unwrap_err();
        let rules: Vec<&str> = errors.0.iter().map(|e| e.rule.as_str()).collect();
        assert_eq!(rules, ["required", "too_long", "number", "range"]);
    }
}
