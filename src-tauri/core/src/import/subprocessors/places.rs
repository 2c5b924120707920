//! Where a subprocessor processes data, as lists write it: country names in English, German,
//! French, Spanish, Portuguese, Dutch, Italian or Indonesian ("Deutschland", "Irlande"),
//! English demonyms ("American"), ISO codes ("DE", "USA", "U.S."), several in one cell, inside a
//! postal address, or regions ("EU", "EEA", "Worldwide"). Countries come from a maintained
//! country library (keshvar); regions stay regions. Every part says what it became.

use std::collections::HashMap;
use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;

use crate::locale::Language;
use crate::text::text;

/// Languages whose country names are recognised.
const LANGUAGES: &[&str] = &["en", "de", "fr", "es", "pt", "nl", "it", "id"];

/// What one part of a location cell is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// An ISO 3166 alpha-2 code.
    Country(String),
    /// A region that is not a country, by its usual name (`EU`, `EEA`, `Global`).
    Region(&'static str),
}

/// Regions written in place of countries, by the words lists use for them.
const REGIONS: &[(&str, &[&str])] = &[
    (
        "EU",
        &[
            "eu",
            "european union",
            "europaische union",
            "union europeenne",
            "union europea",
            "uniao europeia",
            "uni eropa",
            "ue",
        ],
    ),
    (
        "EEA",
        &[
            "eea",
            "european economic area",
            "ewr",
            "europaischer wirtschaftsraum",
            "eee",
            "espace economique europeen",
            "espacio economico europeo",
        ],
    ),
    ("Europe", &["europe", "europa", "eropa"]),
    ("EMEA", &["emea"]),
    ("APAC", &["apac", "asia pacific", "asia-pacific", "asien-pazifik", "asia pasifik"]),
    ("North America", &["north america", "nordamerika", "amerique du nord", "america del norte", "amerika utara"]),
    ("Latin America", &["latin america", "latam", "lateinamerika", "america latina", "amerique latine"]),
    ("Americas", &["americas", "amerika"]),
    (
        "Global",
        &[
            "global",
            "worldwide",
            "world wide",
            "weltweit",
            "international",
            "mondial",
            "monde entier",
            "mundial",
            "todo el mundo",
            "seluruh dunia",
            "global (follow the sun)",
            "various",
            "multiple",
            "all regions",
        ],
    ),
];

/// Lower case, accents removed, dots and surrounding punctuation dropped, spaces collapsed.
pub fn fold(text: &str) -> String {
    let plain: String = text.nfd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).collect();
    plain
        .to_lowercase()
        .replace('.', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric() && c != ')')
        .to_owned()
}

/// Every name of every country the library knows, folded, to its alpha-2 code.
static COUNTRY_NAMES: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let mut names = HashMap::new();
    // Demonyms last, and a demonym several countries share ("American") goes to the most
    // populous of them.
    let mut demonyms: HashMap<String, (u64, String)> = HashMap::new();
    for country in keshvar::CountryIterator::new() {
        let code = country.alpha2().to_string();
        let mut add = |name: &str| {
            let key = fold(name);
            if !key.is_empty() {
                names.entry(key.clone()).or_insert_with(|| code.clone());
                if let Some(rest) = key.strip_prefix("the ") {
                    names.entry(rest.to_owned()).or_insert_with(|| code.clone());
                }
            }
        };
        add(country.iso_short_name());
        add(country.iso_long_name());
        country.unofficial_name_list().iter().for_each(|n| add(n));
        LANGUAGES.iter().filter_map(|l| country.translations().get(l)).for_each(|n| add(n));
        if let Some(nationality) = country.maybe_nationality() {
            let population = country.maybe_population().unwrap_or(0);
            let entry = demonyms.entry(fold(nationality)).or_insert((population, code.clone()));
            if population > entry.0 {
                *entry = (population, code.clone());
            }
        }
    }
    for (demonym, (_, code)) in demonyms {
        names.entry(demonym).or_insert(code);
    }
    names
});

/// The country or region one written part names; `None` if it names neither.
pub fn place(part: &str) -> Option<Place> {
    let trimmed = part.trim();
    // Codes count only as written in capitals: "IN" is India, "in" is a word.
    let letters: String = trimmed.chars().filter(|c| c.is_alphabetic()).collect();
    if (2..=3).contains(&letters.len()) && letters.chars().all(|c| c.is_ascii_uppercase()) && trimmed.len() <= 6 {
        if let Ok(alpha2) = keshvar::Alpha2::try_from(letters.as_str()) {
            return Some(Place::Country(alpha2.to_string()));
        }
        if let Ok(alpha3) = keshvar::Alpha3::try_from(letters.as_str()) {
            return Some(Place::Country(keshvar::Alpha2::from(alpha3).to_string()));
        }
    }
    let key = fold(trimmed);
    if let Some((region, _)) = REGIONS.iter().find(|(_, words)| words.contains(&key.as_str())) {
        return Some(Place::Region(region));
    }
    if let Some(code) = COUNTRY_NAMES.get(&key) {
        return Some(Place::Country(code.clone()));
    }
    // "Germany (Frankfurt)", "United States - AWS us-east-1": the name before the detail.
    let head = key.split(['(', '-', '–']).next().unwrap_or("").trim();
    if head != key && !head.is_empty() {
        return COUNTRY_NAMES.get(head).map(|c| Place::Country(c.clone()));
    }
    None
}

/// The parts of a location cell: split at commas, semicolons, slashes, line breaks and "and".
pub fn parts(cell: &str) -> Vec<String> {
    let mut out = Vec::new();
    for piece in cell.split([',', ';', '/', '\n', '|', '•']) {
        for part in piece.split(" and ").flat_map(|p| p.split(" und ")).flat_map(|p| p.split(" & ")) {
            let part = part.split_whitespace().collect::<Vec<_>>().join(" ");
            let part = part.trim_matches(|c: char| c == '*' || c == '-' || c.is_whitespace());
            if !part.is_empty() {
                out.push(part.to_owned());
            }
        }
    }
    out
}

/// What a location cell says: each part with what it became (`None`: not a place).
pub fn read_locations(cell: &str) -> Vec<(String, Option<Place>)> {
    // The whole cell first: "Korea, Republic of" is one country.
    if let Some(whole) = place(cell) {
        return vec![(cell.trim().to_owned(), Some(whole))];
    }
    parts(cell)
        .into_iter()
        .map(|p| {
            let found = place(&p);
            (p, found)
        })
        .collect()
}

/// The country of a postal address: the last line or comma part that names one.
pub fn address_country(address: &str) -> Option<String> {
    let mut found = None;
    for part in parts(address) {
        // "L-1855 Luxembourg", "10115 Berlin, Germany", "CA 94105 USA": the words after the
        // postcode too.
        let words: Vec<&str> = part.split_whitespace().filter(|w| !w.chars().any(|c| c.is_ascii_digit())).collect();
        let candidates = [part.clone(), words.join(" "), words.last().map(|w| (*w).to_owned()).unwrap_or_default()];
        // Two capitals in an address are as often a state ("CA 94105") as a country.
        let plausible = |c: &&String| c.chars().filter(|c| c.is_alphabetic()).count() > 2 || c.as_str() == "UK";
        if let Some(Place::Country(code)) = candidates.iter().filter(plausible).find_map(|c| place(c)) {
            found = Some(code);
        }
    }
    found
}

/// A readable name for what a part became, for the preview, in `language`: `DE (Germany)`,
/// `region EU`.
pub fn describe(place: &Place, language: Language) -> String {
    match place {
        Place::Country(code) => match keshvar::Alpha2::try_from(code.as_str()) {
            Ok(alpha2) => format!("{code} ({})", country_name(&alpha2.to_country(), language)),
            Err(_) => code.clone(),
        },
        Place::Region(region) => text!(language, "list-region", region = *region),
    }
}

/// A country's name in `language`: its ISO short name in English.
fn country_name(country: &keshvar::Country, language: Language) -> &'static str {
    match language {
        Language::En => country.iso_short_name(),
        Language::Id => country.translations().get("id").copied().unwrap_or(country.iso_short_name()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn country(text: &str) -> Option<String> {
        match place(text) {
            Some(Place::Country(code)) => Some(code),
            _ => None,
        }
    }

    #[test]
    fn countries_in_several_languages_codes_and_demonyms() {
        for (text, code) in [
            ("United States", "US"),
            ("USA", "US"),
            ("U.S.", "US"),
            ("U.S.A.", "US"),
            ("Deutschland", "DE"),
            ("Germany", "DE"),
            ("Ireland", "IE"),
            ("Irland", "IE"),
            ("Irlande", "IE"),
            ("Estados Unidos", "US"),
            ("Vereinigte Staaten", "US"),
            ("UK", "GB"),
            ("England", "GB"),
            ("American", "US"),
            ("German", "DE"),
            ("DE", "DE"),
            ("Indonesia", "ID"),
            ("Jepang", "JP"),
            ("the Netherlands", "NL"),
            ("Germany (Frankfurt)", "DE"),
            ("Österreich", "AT"),
            ("Schweiz", "CH"),
        ] {
            assert_eq!(country(text).as_deref(), Some(code), "{text}");
        }
        assert_eq!(country("in"), None);
        assert_eq!(country("Atlantis"), None);
    }

    #[test]
    fn regions_stay_regions() {
        assert_eq!(place("EU"), Some(Place::Region("EU")));
        assert_eq!(place("EEA"), Some(Place::Region("EEA")));
        assert_eq!(place("Worldwide"), Some(Place::Region("Global")));
        assert_eq!(place("weltweit"), Some(Place::Region("Global")));
        assert_eq!(place("Europäische Union"), Some(Place::Region("EU")));
    }

    #[test]
    fn cells_with_several_places_and_addresses() {
        let read = read_locations("USA, Deutschland and EU");
        let found: Vec<_> = read.iter().map(|(_, p)| p.clone().map(|p| describe(&p, Language::En))).collect();
        let united_states = "US (United States of America)";
        assert_eq!(found, [Some(united_states.into()), Some("DE (Germany)".into()), Some("region EU".into())]);
        let whole = read_locations("Saint Helena, Ascension and Tristan da Cunha");
        assert_eq!(whole, [("Saint Helena, Ascension and Tristan da Cunha".into(), Some(Place::Country("SH".into())))]);
        assert_eq!(address_country("38 Avenue John F. Kennedy, L-1855 Luxembourg").as_deref(), Some("LU"));
        assert_eq!(address_country("410 Terry Ave N\nSeattle, WA 98109\nUSA").as_deref(), Some("US"));
        assert_eq!(address_country("Unter den Linden 1, 10117 Berlin, Deutschland").as_deref(), Some("DE"));
        assert_eq!(address_country("somewhere without a country"), None);
        assert_eq!(address_country("1 Market St, San Francisco, CA 94105"), None);
    }

    #[test]
    fn what_a_place_became_is_said_in_the_language() {
        let indonesian = |text: &str| place(text).map(|p| describe(&p, Language::Id));
        assert_eq!(indonesian("DE").as_deref(), Some("DE (Jerman)"));
        assert_eq!(indonesian("EU").as_deref(), Some("wilayah EU"));
    }
}
