//! The languages the app speaks (English, Bahasa Indonesia) and the locale its dates and
//! numbers follow: read from the operating system's locale (`en_IE.UTF-8`), from a user's
//! choice, or from `VENDOR_RISK_LANG`. A locale is a language and, when known, a region; the
//! region decides the order of a date (an Irish user reads 27/11/2025, an American 11/27/2025).

use serde::{Deserialize, Serialize};

use crate::enums::string_enum;

string_enum!(
    /// A language of the user interface, the reports and the core's messages.
    Language {
        En = "en",
        Id = "id",
    }
);

impl Language {
    /// The language's own name, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Id => "Bahasa Indonesia",
        }
    }
}

/// A language with the region whose conventions dates and numbers follow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Locale {
    pub language: Language,
    /// ISO 3166-1 alpha-2, upper case; `None` when the locale names no region.
    pub region: Option<String>,
}

impl Locale {
    /// Reads a POSIX (`id_ID.UTF-8@euro`) or BCP 47 (`en-IE`) locale name. A language the app
    /// does not speak (`de_DE`, `C`, `POSIX`) reads as English, keeping its region: a German
    /// desktop gets English words and German date order.
    pub fn parse(name: &str) -> Locale {
        let base = name.split(['.', '@']).next().unwrap_or_default();
        let mut parts = base.split(['_', '-']);
        let language = parts.next().and_then(Language::parse).unwrap_or(Language::En);
        let region =
            parts.find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic())).map(|p| p.to_ascii_uppercase());
        Locale { language, region }
    }

    /// The same conventions in another language: the region is kept where the language is
    /// spoken there as the user's own; otherwise the language's home region is used, so that
    /// Indonesian chosen on an Irish desktop reads Indonesian dates.
    pub fn with_language(&self, language: Language) -> Locale {
        if language == self.language {
            return self.clone();
        }
        let region = match language {
            Language::Id => Some("ID".to_owned()),
            Language::En => self.region.clone().filter(|r| r != "ID"),
        };
        Locale { language, region }
    }

    /// The locale a person works in: the operating system's (`system`, e.g. `LANG`), unless
    /// `VENDOR_RISK_LANG` names another (`id`, `en_IE`), unless the person chose a language in
    /// the app.
    pub fn resolve(chosen: Option<Language>, env: Option<&str>, system: Option<&str>) -> Locale {
        let system = system.map_or(Locale { language: Language::En, region: None }, Locale::parse);
        let from_env = env.filter(|e| !e.trim().is_empty()).map(|e| {
            let named = Locale::parse(e);
            if named.region.is_some() { named } else { system.with_language(named.language) }
        });
        match (chosen, from_env) {
            // The system's own language keeps the system's region.
            (Some(language), _) if language == system.language => system,
            (Some(language), env) => env.unwrap_or(system).with_language(language),
            (None, env) => env.unwrap_or(system),
        }
    }

    /// The BCP 47 tag (`en-IE`, `id-ID`, `en`), for `Intl` and the reports.
    pub fn tag(&self) -> String {
        match &self.region {
            Some(region) => format!("{}-{region}", self.language),
            None => self.language.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_posix_and_bcp47_names() {
        let cases = [
            ("en_IE.UTF-8", Language::En, Some("IE")),
            ("id_ID.UTF-8", Language::Id, Some("ID")),
            ("id-ID", Language::Id, Some("ID")),
            ("en-US", Language::En, Some("US")),
            ("de_DE.UTF-8@euro", Language::En, Some("DE")),
            ("C", Language::En, None),
            ("POSIX", Language::En, None),
            ("id", Language::Id, None),
            ("zh-Hans-CN", Language::En, Some("CN")),
        ];
        for (name, language, region) in cases {
            let locale = Locale::parse(name);
            assert_eq!((locale.language, locale.region.as_deref()), (language, region), "{name}");
        }
    }

    #[test]
    fn a_chosen_language_keeps_or_replaces_the_region() {
        let irish = Locale::parse("en_IE.UTF-8");
        assert_eq!(irish.tag(), "en-IE");
        assert_eq!(irish.with_language(Language::Id).tag(), "id-ID");
        assert_eq!(Locale::parse("id_ID").with_language(Language::En).tag(), "en");
        assert_eq!(Locale::parse("de_DE").with_language(Language::En).tag(), "en-DE");
    }

    #[test]
    fn a_choice_beats_the_environment_which_beats_the_system() {
        let resolve = |chosen, env, system| Locale::resolve(chosen, env, system).tag();
        assert_eq!(resolve(None, None, Some("en_IE.UTF-8")), "en-IE");
        assert_eq!(resolve(None, Some("id"), Some("en_IE.UTF-8")), "id-ID");
        assert_eq!(resolve(None, Some("en_GB"), Some("id_ID.UTF-8")), "en-GB");
        assert_eq!(resolve(Some(Language::En), Some("id"), Some("en_IE.UTF-8")), "en-IE");
        assert_eq!(resolve(Some(Language::Id), None, None), "id-ID");
        assert_eq!(resolve(None, Some(""), None), "en");
    }
}
