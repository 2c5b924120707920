//! The data-category taxonomy and the data-subject groups.
//!
//! The built-in categories and subject groups are Fideslang's (by Ethyca, CC BY 4.0), embedded
//! from `data/fideslang/`. The risk flags on them are ours: [`BUILTIN_FLAGS`] sets them on a
//! node, and every descendant inherits its ancestors' flags. Users add their own categories
//! under any node and their own subject groups.

use serde::{Deserialize, Serialize};

use crate::enums::string_enum;
use crate::text::Message;

const FIDESLANG_CATEGORIES: &str = include_str!("../data/fideslang/data_categories.csv");
const FIDESLANG_SUBJECTS: &str = include_str!("../data/fideslang/data_subjects.csv");

string_enum!(
    /// A risk property of a data category.
    Flag {
        /// Personal data (GDPR Art. 4(1)).
        Personal = "personal",
        /// Special category data (GDPR Art. 9).
        SpecialCategory = "special_category",
        /// Health data / protected health information (HIPAA).
        Health = "health",
        /// Payment card data (PCI DSS).
        PaymentCard = "payment_card",
        /// Bank or other financial account data.
        FinancialAccount = "financial_account",
        /// Passwords, secrets and other authentication credentials.
        Credentials = "credentials",
        /// Government-issued identifiers (passport, national ID, licence numbers).
        GovernmentId = "government_id",
        /// Children's data.
        Children = "children",
        /// Precise geolocation.
        PreciseLocation = "precise_location",
    }
);

/// The flags of one category, as a set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CategoryFlags {
    pub personal: bool,
    pub special_category: bool,
    pub health: bool,
    pub payment_card: bool,
    pub financial_account: bool,
    pub credentials: bool,
    pub government_id: bool,
    pub children: bool,
    pub precise_location: bool,
}

impl CategoryFlags {
    /// Whether `flag` is set.
    pub fn has(&self, flag: Flag) -> bool {
        match flag {
            Flag::Personal => self.personal,
            Flag::SpecialCategory => self.special_category,
            Flag::Health => self.health,
            Flag::PaymentCard => self.payment_card,
            Flag::FinancialAccount => self.financial_account,
            Flag::Credentials => self.credentials,
            Flag::GovernmentId => self.government_id,
            Flag::Children => self.children,
            Flag::PreciseLocation => self.precise_location,
        }
    }

    /// The flags set, by name ("personal, special category"), leaving out those in `except`.
    pub fn names(&self, except: &[Flag]) -> String {
        Flag::ALL
            .iter()
            .filter(|f| self.has(**f) && !except.contains(f))
            .map(|f| f.as_str().replace('_', " "))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Sets `flag`.
    pub fn set(&mut self, flag: Flag) {
        match flag {
            Flag::Personal => self.personal = true,
            Flag::SpecialCategory => self.special_category = true,
            Flag::Health => self.health = true,
            Flag::PaymentCard => self.payment_card = true,
            Flag::FinancialAccount => self.financial_account = true,
            Flag::Credentials => self.credentials = true,
            Flag::GovernmentId => self.government_id = true,
            Flag::Children => self.children = true,
            Flag::PreciseLocation => self.precise_location = true,
        }
    }

    /// Flags from a list.
    pub fn of(flags: &[Flag]) -> Self {
        let mut set = CategoryFlags::default();
        flags.iter().for_each(|f| set.set(*f));
        set
    }

    /// Every flag set in either.
    pub fn union(self, other: CategoryFlags) -> CategoryFlags {
        let mut out = self;
        Flag::ALL.iter().filter(|f| other.has(**f)).for_each(|f| out.set(*f));
        out
    }

    /// The set flags, in declaration order.
    pub fn list(&self) -> Vec<Flag> {
        Flag::ALL.iter().copied().filter(|f| self.has(*f)).collect()
    }

    /// How harmful exposure of such data is, 1 (not personal) to 5 (credentials, special
    /// category, health, payment cards, government IDs, children).
    pub fn sensitivity(&self) -> u8 {
        if self.credentials
            || self.special_category
            || self.health
            || self.payment_card
            || self.government_id
            || self.children
        {
            5
        } else if self.financial_account || self.precise_location {
            4
        } else if self.personal {
            3
        } else {
            1
        }
    }
}

/// Our flags on Fideslang nodes; every descendant inherits them. Anything under `user` is
/// personal data.
pub const BUILTIN_FLAGS: &[(&str, &[Flag])] = &[
    ("system.authentication", &[Flag::Credentials]),
    ("user.authorization.credentials", &[Flag::Credentials]),
    ("user.authorization.password", &[Flag::Credentials]),
    ("user.authorization.biometric", &[Flag::Credentials, Flag::SpecialCategory]),
    ("user.biometric", &[Flag::SpecialCategory]),
    ("user.biometric.health", &[Flag::Health]),
    ("user.health_and_medical", &[Flag::SpecialCategory, Flag::Health]),
    ("user.demographic.political_opinion", &[Flag::SpecialCategory]),
    ("user.demographic.race_ethnicity", &[Flag::SpecialCategory]),
    ("user.demographic.religious_belief", &[Flag::SpecialCategory]),
    ("user.demographic.sexual_orientation", &[Flag::SpecialCategory]),
    ("user.payment", &[Flag::PaymentCard]),
    ("user.financial", &[Flag::FinancialAccount]),
    ("user.financial.credit_card", &[Flag::PaymentCard]),
    ("user.government_id", &[Flag::GovernmentId]),
    ("user.childrens", &[Flag::Children]),
    ("user.location.precise", &[Flag::PreciseLocation]),
];

/// A data category: a node of the taxonomy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DataCategory {
    /// Dotted key, e.g. `user.contact.email`; a custom category's key extends its parent's.
    pub key: String,
    pub parent_key: Option<String>,
    pub name: String,
    pub description: Option<String>,
    /// Fideslang's (true) or the user's own (false).
    pub builtin: bool,
    pub flags: CategoryFlags,
}

/// A group of people data is about, e.g. customers, employees, "API customers".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SubjectGroup {
    pub key: String,
    pub name: String,
    pub description: Option<String>,
    pub builtin: bool,
}

/// A custom category as typed: its parent, name, description and the flags it adds to those
/// it inherits from its parent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct CategoryDraft {
    pub parent_key: String,
    pub name: String,
    pub description: String,
    pub flags: Vec<Flag>,
}

/// A custom subject group as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct SubjectDraft {
    pub name: String,
    pub description: String,
}

impl CategoryDraft {
    /// The new category, given its parent (if any); `existing` tells whether a key is taken.
    pub fn validate(
        &self,
        parent: Option<&DataCategory>,
        existing: impl Fn(&str) -> bool,
    ) -> Result<DataCategory, crate::validate::FieldErrors> {
        let mut check = crate::validate::Checker::default();
        let name = check.required_text("name", &self.name, 200);
        let description = check.optional_text("description", &self.description, 2000);
        if parent.is_none() {
            let message = Message::new("field-unknown-category").arg("text", self.parent_key.trim());
            check.reject_text("parentKey", "unknown", message);
        }
        let key = child_key(parent.map(|p| p.key.as_str()), &name);
        if !name.is_empty() && existing(&key) {
            check.reject_text("name", "duplicate", Message::new("field-category-exists").arg("key", &key));
        }
        check.finish()?;
        let inherited = parent.map(|p| p.flags).unwrap_or_default();
        Ok(DataCategory {
            key,
            parent_key: parent.map(|p| p.key.clone()),
            name,
            description,
            builtin: false,
            flags: inherited.union(CategoryFlags::of(&self.flags)),
        })
    }
}

impl SubjectDraft {
    /// The new subject group; `existing` tells whether a key is taken.
    pub fn validate(&self, existing: impl Fn(&str) -> bool) -> Result<SubjectGroup, crate::validate::FieldErrors> {
        let mut check = crate::validate::Checker::default();
        let name = check.required_text("name", &self.name, 200);
        let description = check.optional_text("description", &self.description, 2000);
        let key = child_key(None, &name);
        if !name.is_empty() && existing(&key) {
            check.reject_text("name", "duplicate", Message::new("field-subject-exists").arg("name", &name));
        }
        check.finish()?;
        Ok(SubjectGroup { key, name, description, builtin: false })
    }
}

/// Whether `key` is `ancestor` or lies under it in the taxonomy.
pub fn is_within(key: &str, ancestor: &str) -> bool {
    key == ancestor
        || (key.len() > ancestor.len() && key.starts_with(ancestor) && key.as_bytes()[ancestor.len()] == b'.')
}

/// The flags our table gives `key`, inherited from every listed ancestor.
pub fn builtin_flags(key: &str) -> CategoryFlags {
    let mut flags = BUILTIN_FLAGS
        .iter()
        .filter(|(node, _)| is_within(key, node))
        .fold(CategoryFlags::default(), |acc, (_, flags)| acc.union(CategoryFlags::of(flags)));
    if is_within(key, "user") {
        flags.set(Flag::Personal);
    }
    flags
}

fn csv_records(text: &str) -> Vec<csv::StringRecord> {
    csv::Reader::from_reader(text.as_bytes()).records().filter_map(Result::ok).collect()
}

fn non_empty(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// The Fideslang categories with our flags, parents before children.
pub fn builtin_categories() -> Vec<DataCategory> {
    // Columns: fides_key, is_default, name, organization_fides_key, parent_key, replaced_by,
    // tags, version_added, version_deprecated, description.
    let mut categories: Vec<DataCategory> = csv_records(FIDESLANG_CATEGORIES)
        .iter()
        .filter(|r| r.get(0) != Some("data_category") && r.get(8).unwrap_or("").is_empty())
        .map(|r| {
            let key = r.get(0).unwrap_or_default().to_owned();
            DataCategory {
                parent_key: r.get(4).filter(|p| *p != "data_category").and_then(non_empty),
                name: r.get(2).unwrap_or_default().to_owned(),
                description: r.get(9).and_then(non_empty),
                builtin: true,
                flags: builtin_flags(&key),
                key,
            }
        })
        .collect();
    categories.sort_by_key(|c| (c.key.matches('.').count(), c.key.clone()));
    categories
}

/// The Fideslang data-subject groups.
pub fn builtin_subject_groups() -> Vec<SubjectGroup> {
    // Columns: automated_decisions_or_profiling, fides_key, is_default, name, ..., description.
    csv_records(FIDESLANG_SUBJECTS)
        .iter()
        .filter(|r| r.get(1) != Some("data_subject"))
        .map(|r| SubjectGroup {
            key: r.get(1).unwrap_or_default().to_owned(),
            name: r.get(3).unwrap_or_default().to_owned(),
            description: r.get(11).and_then(non_empty),
            builtin: true,
        })
        .collect()
}

/// The key for a new custom node under `parent` named `name`: the parent's key plus a slug.
pub fn child_key(parent: Option<&str>, name: &str) -> String {
    let slug: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '_' })
        .collect::<String>()
        .split('_')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("_");
    let slug = if slug.is_empty() { "custom".to_owned() } else { slug };
    match parent {
        Some(parent) => format!("{parent}.{slug}"),
        None => slug,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fideslang_taxonomy_loads_with_parents_first() {
        let categories = builtin_categories();
        assert!(categories.len() > 80, "{}", categories.len());
        let position = |key: &str| categories.iter().position(|c| c.key == key).unwrap();
        assert!(
            position("user") < position("user.contact") && position("user.contact") < position("user.contact.email")
        );
        let email = &categories[position("user.contact.email")];
        assert_eq!(email.parent_key.as_deref(), Some("user.contact"));
        assert_eq!(email.name, "User Contact Email");
        assert!(categories[position("user")].parent_key.is_none());
        let subjects = builtin_subject_groups();
        assert!(subjects.iter().any(|s| s.key == "customer" && s.name == "Customer"));
        assert!(subjects.iter().all(|s| s.key != "data_subject"));
    }

    #[test]
    fn flags_are_inherited_by_descendants() {
        let flags = |key: &str| builtin_flags(key);
        assert!(flags("user.contact.email").personal);
        assert!(!flags("system.operations").personal);
        assert!(
            flags("user.health_and_medical.genetic").health
                && flags("user.health_and_medical.genetic").special_category
        );
        assert!(
            flags("user.financial.credit_card").payment_card && flags("user.financial.credit_card").financial_account
        );
        assert!(flags("user.government_id.passport_number").government_id);
        assert!(flags("user.authorization.password").credentials);
        assert!(flags("system.authentication").credentials && !flags("system.authentication").personal);
        assert!(flags("user.location.precise").precise_location && !flags("user.location.imprecise").precise_location);
        assert!(flags("user.childrens").children);
        assert!(
            flags("user.demographic.religious_belief").special_category
                && !flags("user.demographic.age_range").special_category
        );
        assert_eq!(flags("user.contact.email").sensitivity(), 3);
        assert_eq!(flags("user.authorization.password").sensitivity(), 5);
        assert_eq!(flags("system.operations").sensitivity(), 1);
    }

    #[test]
    fn within_respects_dot_boundaries() {
        assert!(is_within("user.contact.email", "user.contact"));
        assert!(is_within("user.contact", "user.contact"));
        assert!(!is_within("user.contactless", "user.contact"));
        assert!(!is_within("user.contact", "user.contact.email"));
    }

    #[test]
    fn custom_keys_extend_the_parent() {
        assert_eq!(
            child_key(Some("user.device"), "Operating system & browser"),
            "user.device.operating_system_browser"
        );
        assert_eq!(child_key(None, "API customers"), "api_customers");
        assert_eq!(child_key(Some("user"), "Łódź (HQ)"), "user.łódź_hq");
    }
}
