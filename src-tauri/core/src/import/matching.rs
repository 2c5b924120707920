//! Finding the register's vendor for a company named in a file: by an identifier first (the
//! same LEI, VAT number or DUNS number is the same company, whatever the spelling), then by its
//! exact name, then by its name without legal forms and punctuation. Used by the bulk vendor
//! import and the subprocessor-list import alike. What matched is a key (`lei`, `vat`, `duns`
//! or `name`), named for people by [`matched_by`].

use std::collections::HashMap;

use super::subprocessors::match_keys;
use crate::locale::Language;
use crate::text::text;
use crate::vendor::{Vendor, name_key};

/// What matched (`lei`, `vat`, `duns` or `name`) as people call it in `language`: `VAT number`.
pub fn matched_by(key: &str, language: Language) -> String {
    text!(language, format!("import-same-{key}"))
}

/// An identifier as compared: no spaces, dots or hyphens, upper case (`de 123.456.789` is
/// `DE123456789`).
pub fn normal_id(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_uppercase).collect()
}

/// The identifiers a row gives, as written.
#[derive(Debug, Clone, Copy, Default)]
pub struct RowIds<'a> {
    pub lei: &'a str,
    pub vat: &'a str,
    pub duns: &'a str,
}

impl RowIds<'_> {
    /// Each identifier given, normalised, with its key (`lei`, `vat`, `duns`).
    pub fn given(&self) -> impl Iterator<Item = (&'static str, String)> + '_ {
        [("lei", self.lei), ("vat", self.vat), ("duns", self.duns)]
            .into_iter()
            .map(|(key, value)| (key, normal_id(value)))
            .filter(|(_, value)| !value.is_empty())
    }
}

/// Finds register vendors by identifier or name.
pub struct VendorMatcher<'a> {
    by_id: HashMap<(&'static str, String), &'a Vendor>,
    by_exact: HashMap<String, &'a Vendor>,
    by_name: HashMap<String, &'a Vendor>,
}

impl<'a> VendorMatcher<'a> {
    pub fn new(vendors: &'a [Vendor]) -> VendorMatcher<'a> {
        let mut matcher = VendorMatcher { by_id: HashMap::new(), by_exact: HashMap::new(), by_name: HashMap::new() };
        for v in vendors {
            let p = &v.profile;
            let ids = RowIds {
                lei: p.lei.as_deref().unwrap_or(""),
                vat: p.vat.as_deref().unwrap_or(""),
                duns: p.duns.as_deref().unwrap_or(""),
            };
            for key in ids.given() {
                matcher.by_id.entry(key).or_insert(v);
            }
            matcher.by_exact.entry(name_key(&p.name)).or_insert(v);
            for key in match_keys(&p.name) {
                matcher.by_name.entry(key).or_insert(v);
            }
        }
        matcher
    }

    /// The vendor with one of `ids`, else the one named `name`; with what matched (`lei`, `vat`,
    /// `duns` or `name`).
    pub fn find(&self, ids: RowIds<'_>, name: &str) -> Option<(&'a Vendor, &'static str)> {
        if let Some(found) = ids.given().find_map(|key| self.by_id.get(&key).map(|v| (*v, key.0))) {
            return Some(found);
        }
        if name.trim().is_empty() {
            return None;
        }
        self.by_exact
            .get(&name_key(name))
            .or_else(|| match_keys(name).iter().find_map(|k| self.by_name.get(k)))
            .map(|v| (*v, "name"))
    }
}

/// Rows of one file that are the same company: by identifier or name key, the first row seen.
#[derive(Default)]
pub struct SeenInFile {
    seen: HashMap<(&'static str, String), u32>,
}

impl SeenInFile {
    /// The earlier row that is the same company as `row`, and what they share (`lei`, `vat`,
    /// `duns` or `name`); records `row`.
    pub fn same_as(&mut self, row: u32, ids: RowIds<'_>, name: &str) -> Option<(u32, &'static str)> {
        let mut keys: Vec<(&'static str, String)> = ids.given().collect();
        keys.extend(match_keys(name).into_iter().next().map(|k| ("name", k)));
        let earlier = keys.iter().find_map(|key| self.seen.get(key).map(|first| (*first, key.0)));
        for key in keys {
            self.seen.entry(key).or_insert(row);
        }
        earlier
    }
}
