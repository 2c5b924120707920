//! The Register of Information's records as the register keeps them: the group's entities,
//! the functions they run, what B_05.01 asks of a provider beyond its vendor record, and the
//! contractual arrangements; each with its relations and its facts (see [`super::fields`]).
//! A draft is what a form or the CLI gives; `validate` turns it into what is stored, or names
//! every field that is wrong.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::fields::{Facts, Kind, read_facts};
use crate::ids::VendorId;
use crate::text::Message;
use crate::validate::{Checker, FieldErrors, lei_problem};

/// How the group reports: consolidated (`CON`) or for one entity (`IND`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Scope {
    #[default]
    #[serde(rename = "CON")]
    Consolidated,
    #[serde(rename = "IND")]
    Individual,
}

impl Scope {
    /// The code the package writes (`CON`, `IND`).
    pub fn code(self) -> &'static str {
        match self {
            Scope::Consolidated => "CON",
            Scope::Individual => "IND",
        }
    }
}

/// The register-wide RoI settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct DoraSettings {
    pub scope: Scope,
    /// ISO 4217 code of the amounts reported (`EUR`).
    pub base_currency: String,
    /// The package's name, with `{lei}`, `{scope}`, `{country}`, `{ref}` and `{time}` filled in:
    /// the EBA's naming unless the authority asks for another.
    pub name_pattern: String,
    /// B_99.01: the entity's own definitions of the scales it reports (column code → text).
    pub definitions: BTreeMap<String, String>,
}

/// The EBA's package name: `{LEI}.{CON|IND}_{CC}_DORA010100_DORA_{ref date}_{time}`.
pub const EBA_NAME_PATTERN: &str = "{lei}.{scope}_{country}_DORA010100_DORA_{ref}_{time}";

impl Default for DoraSettings {
    fn default() -> Self {
        DoraSettings {
            scope: Scope::Consolidated,
            base_currency: "EUR".to_owned(),
            name_pattern: EBA_NAME_PATTERN.to_owned(),
            definitions: BTreeMap::new(),
        }
    }
}

impl DoraSettings {
    /// The settings checked: a base currency on the EBA's list (`eur` reads as `EUR`), and
    /// definitions only for B_99.01's columns.
    pub fn validate(&self) -> Result<DoraSettings, FieldErrors> {
        let mut check = Checker::default();
        let currency = Kind::Entity.field("currency").expect("entities have a currency");
        let base_currency = match currency.read(&self.base_currency.to_uppercase()) {
            Ok(code) => code.trim_start_matches("eba_CU:").to_owned(),
            Err(why) => {
                check.reject_text("baseCurrency", "dora_value", why);
                self.base_currency.clone()
            }
        };
        let definitions = super::tables::table("B_99.01").expect("B_99.01 is an EBA table");
        if let Some(column) = self.definitions.keys().find(|c| definitions.column(c).is_none()) {
            let message = Message::new("field-dora-definitions").arg("column", column);
            check.reject_text("definitions", "dora_field", message);
        }
        check.finish().map(|()| DoraSettings { base_currency, ..self.clone() })
    }
}

/// An entity of the group in scope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DoraEntity {
    pub id: i64,
    pub lei: String,
    pub name: String,
    /// The entity maintaining the register (B_01.01); one at most.
    pub reporting: bool,
    /// Its direct parent's LEI; none for the group's top.
    pub parent_lei: Option<String>,
    pub facts: Facts,
}

/// An entity as a form or the CLI gives it.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DoraEntityDraft {
    pub lei: String,
    pub name: String,
    pub reporting: bool,
    pub parent_lei: Option<String>,
    pub facts: BTreeMap<String, String>,
}

/// A checked entity draft.
#[derive(Debug, Clone)]
pub struct ValidEntity {
    pub lei: String,
    pub name: String,
    pub reporting: bool,
    pub parent_lei: Option<String>,
    pub facts: Facts,
}

/// `raw` as an LEI, or a rejection of `field`.
fn lei(check: &mut Checker, field: &str, raw: &str) -> String {
    let lei = raw.trim().to_uppercase();
    if let Some((rule, why)) = lei_problem(&lei) {
        check.reject_text(field, rule, why);
    }
    lei
}

/// Facts read as `kind`'s, with the other fields' errors in `check`.
fn facts(check: &mut Checker, kind: Kind, given: &BTreeMap<String, String>) -> Facts {
    read_facts(kind, given).unwrap_or_else(|errors| {
        for e in errors.0 {
            match e.text {
                Some(text) => check.reject_text(&e.field, &e.rule, text),
                None => check.reject(&e.field, &e.rule, e.message),
            }
        }
        Facts::new()
    })
}

impl DoraEntityDraft {
    pub fn validate(&self) -> Result<ValidEntity, FieldErrors> {
        let mut check = Checker::default();
        let entity = ValidEntity {
            lei: lei(&mut check, "lei", &self.lei),
            name: check.required_text("name", &self.name, 300),
            reporting: self.reporting,
            parent_lei: self
                .parent_lei
                .as_deref()
                .filter(|p| !p.trim().is_empty())
                .map(|p| lei(&mut check, "parentLei", p)),
            facts: facts(&mut check, Kind::Entity, &self.facts),
        };
        if entity.parent_lei.as_deref() == Some(entity.lei.as_str()) {
            check.reject_text("parentLei", "dora_parent", Message::new("field-dora-entity-parent"));
        }
        check.finish().map(|()| entity)
    }
}

/// A branch of an entity of the group (B_01.03).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DoraBranch {
    /// The branch's identification code, unique within its entity.
    pub code: String,
    /// The LEI of the entity it is a branch of (its head office).
    pub entity_lei: String,
    pub name: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
}

impl DoraBranch {
    /// The branch as typed, checked: code, head office LEI, name and country.
    pub fn validate(&self) -> Result<DoraBranch, FieldErrors> {
        let mut check = Checker::default();
        let country = self.country.trim().to_uppercase();
        if celes::Country::from_alpha2(&country).is_err() {
            check.reject_text("country", "country", Message::new("field-dora-country").arg("text", &self.country));
        }
        let branch = DoraBranch {
            code: check.required_text("code", &self.code, 100),
            entity_lei: lei(&mut check, "entityLei", &self.entity_lei),
            name: check.required_text("name", &self.name, 300),
            country,
        };
        check.finish().map(|()| branch)
    }
}

/// A function an entity runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DoraFunction {
    pub id: i64,
    /// The function identifier (B_06.01 c0010), unique within its entity.
    pub code: String,
    pub entity_lei: String,
    pub name: String,
    /// The internal service it is, by name, when there is one.
    pub service: Option<String>,
    pub facts: Facts,
}

/// A function as a form or the CLI gives it.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DoraFunctionDraft {
    pub code: String,
    pub entity_lei: String,
    pub name: String,
    pub service: Option<String>,
    pub facts: BTreeMap<String, String>,
}

/// A checked function draft.
#[derive(Debug, Clone)]
pub struct ValidFunction {
    pub code: String,
    pub entity_lei: String,
    pub name: String,
    pub service: Option<String>,
    pub facts: Facts,
}

impl DoraFunctionDraft {
    pub fn validate(&self) -> Result<ValidFunction, FieldErrors> {
        let mut check = Checker::default();
        let function = ValidFunction {
            code: check.required_text("code", &self.code, 100),
            entity_lei: lei(&mut check, "entityLei", &self.entity_lei),
            name: check.required_text("name", &self.name, 300),
            service: self.service.as_deref().and_then(|s| check.optional_text("service", s, 200)),
            facts: facts(&mut check, Kind::Function, &self.facts),
        };
        check.finish().map(|()| function)
    }
}

/// What the RoI holds about a vendor as an ICT third-party service provider.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DoraProvider {
    pub vendor_id: VendorId,
    pub vendor_name: String,
    /// The vendor at the top of its group, when that is another vendor.
    pub parent: Option<VendorId>,
    pub facts: Facts,
}

/// A provider's facts as a form or the CLI gives them.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DoraProviderDraft {
    pub parent: Option<VendorId>,
    pub facts: BTreeMap<String, String>,
}

impl DoraProviderDraft {
    pub fn validate(&self, vendor: VendorId) -> Result<(Option<VendorId>, Facts), FieldErrors> {
        let mut check = Checker::default();
        if self.parent == Some(vendor) {
            check.reject_text("parent", "dora_parent", Message::new("field-dora-provider-parent"));
        }
        let facts = facts(&mut check, Kind::Provider, &self.facts);
        if facts.contains_key("code") != facts.contains_key("code_type") {
            check.reject_text("code", "dora_code", Message::new("field-dora-code"));
        }
        check.finish().map(|()| (self.parent, facts))
    }
}

/// A contractual arrangement with an ICT third-party service provider.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DoraArrangement {
    pub id: i64,
    /// The contractual arrangement reference number (B_02.01 c0010).
    pub reference: String,
    pub vendor_id: VendorId,
    pub vendor_name: String,
    /// The entity that signed it.
    pub entity_lei: String,
    /// The overarching arrangement's reference, for a subsequent or associated one.
    pub overarching: Option<String>,
    /// The functions it supports, as `code@LEI`.
    pub functions: Vec<FunctionKey>,
    pub facts: Facts,
}

/// A function named by its code and its entity's LEI.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FunctionKey {
    pub code: String,
    pub entity_lei: String,
}

/// An arrangement as a form or the CLI gives it.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DoraArrangementDraft {
    pub reference: String,
    pub vendor_id: VendorId,
    pub entity_lei: String,
    pub overarching: Option<String>,
    pub functions: Vec<FunctionKey>,
    pub facts: BTreeMap<String, String>,
}

/// A checked arrangement draft.
#[derive(Debug, Clone)]
pub struct ValidArrangement {
    pub reference: String,
    pub vendor_id: VendorId,
    pub entity_lei: String,
    pub overarching: Option<String>,
    pub functions: Vec<FunctionKey>,
    pub facts: Facts,
}

impl DoraArrangementDraft {
    pub fn validate(&self) -> Result<ValidArrangement, FieldErrors> {
        let mut check = Checker::default();
        let arrangement = ValidArrangement {
            reference: check.required_text("reference", &self.reference, 200),
            vendor_id: self.vendor_id,
            entity_lei: lei(&mut check, "entityLei", &self.entity_lei),
            overarching: self.overarching.as_deref().and_then(|o| check.optional_text("overarching", o, 200)),
            functions: {
                let mut functions: Vec<FunctionKey> = self
                    .functions
                    .iter()
                    .map(|f| FunctionKey {
                        code: f.code.trim().to_owned(),
                        entity_lei: f.entity_lei.trim().to_uppercase(),
                    })
                    .collect();
                functions.sort();
                functions.dedup();
                functions
            },
            facts: facts(&mut check, Kind::Arrangement, &self.facts),
        };
        let subsequent = arrangement.facts.get("type").map(String::as_str) == Some("eba_CO:x3");
        if subsequent && arrangement.overarching.is_none() {
            check.reject_text("overarching", "dora_overarching", Message::new("field-dora-overarching-needed"));
        }
        if arrangement.overarching.as_deref() == Some(arrangement.reference.as_str()) {
            check.reject_text("overarching", "dora_overarching", Message::new("field-dora-overarching-self"));
        }
        check.finish().map(|()| arrangement)
    }
}

/// Everything the RoI records, as one read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DoraRecords {
    pub settings: DoraSettings,
    pub entities: Vec<DoraEntity>,
    pub branches: Vec<DoraBranch>,
    pub functions: Vec<DoraFunction>,
    pub providers: Vec<DoraProvider>,
    pub arrangements: Vec<DoraArrangement>,
}
