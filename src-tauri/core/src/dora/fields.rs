//! The Register of Information's facts as the register asks for them: for each kind of record
//! (an entity of the group, a function, a provider, an arrangement), the fields it holds and
//! the EBA template column each one fills. One list drives everything about a field: which
//! values it takes (the column's type and closed list in [`super::tables`]), how a value typed
//! in the desktop or the CLI is read (`x1` or `eba_CO:x1`), the error naming it, and where the
//! package writes it.

use std::collections::{BTreeMap, BTreeSet};

use super::tables::{ColumnType, table};
use crate::text::Message;
use crate::validate::{Checker, FieldErrors};

/// A kind of DORA record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Entity,
    Function,
    Provider,
    Arrangement,
}

/// One fact a record holds, and the template column it fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// The name in the register, the CLI (`--set name=value`) and the desktop.
    pub name: &'static str,
    /// What it means, for forms and errors: the column's name as the ITS (Implementing
    /// Regulation (EU) 2024/2956) gives it, shortened. It stays in English in every language,
    /// as the EBA's templates name their columns; messages take it as an argument.
    pub label: &'static str,
    pub template: &'static str,
    pub column: &'static str,
}

const fn field(name: &'static str, label: &'static str, template: &'static str, column: &'static str) -> Field {
    Field { name, label, template, column }
}

/// An entity of the group (B_01.02; the reporting entity's also fill B_01.01).
pub const ENTITY_FIELDS: &[Field] = &[
    field("country", "Country of the entity", "B_01.02", "c0030"),
    field("type", "Type of entity", "B_01.02", "c0040"),
    field("hierarchy", "Hierarchy of the entity within the group", "B_01.02", "c0050"),
    field("last_update", "Date of the last update", "B_01.02", "c0070"),
    field("integration_date", "Date of integration in the register", "B_01.02", "c0080"),
    field("deletion_date", "Date of deletion from the register", "B_01.02", "c0090"),
    field("currency", "Currency", "B_01.02", "c0100"),
    field("total_assets", "Value of total assets", "B_01.02", "c0110"),
    field("authority", "Competent authority", "B_01.01", "c0050"),
];

/// A function the entity runs (B_06.01).
pub const FUNCTION_FIELDS: &[Field] = &[
    field("licensed_activity", "Licensed activity", "B_06.01", "c0020"),
    field("critical", "Critical or important function", "B_06.01", "c0050"),
    field("reasons", "Reasons for criticality or importance", "B_06.01", "c0060"),
    field("last_assessment", "Date of the last criticality assessment", "B_06.01", "c0070"),
    field("rto_hours", "Recovery time objective (hours)", "B_06.01", "c0080"),
    field("rpo_hours", "Recovery point objective (hours)", "B_06.01", "c0090"),
    field("discontinuation_impact", "Impact of discontinuing the function", "B_06.01", "c0100"),
];

/// What B_05.01 asks of a provider beyond the vendor record (its LEI, legal name, country).
pub const PROVIDER_FIELDS: &[Field] = &[
    field("code", "Provider code when it has no LEI", "B_05.01", "c0010"),
    field("code_type", "Type of that code", "B_05.01", "c0020"),
    field("other_code", "Additional code", "B_05.01", "c0030"),
    field("other_code_type", "Type of the additional code", "B_05.01", "c0040"),
    field("latin_name", "Name in Latin script", "B_05.01", "c0060"),
    field("person_type", "Type of person", "B_05.01", "c0070"),
    field("currency", "Currency of the annual expense", "B_05.01", "c0090"),
    field("annual_expense", "Total annual expense (default: the sum of its arrangements')", "B_05.01", "c0100"),
];

/// A contractual arrangement (B_02.01, B_02.02 and its assessment in B_07.01).
pub const ARRANGEMENT_FIELDS: &[Field] = &[
    field("type", "Type of contractual arrangement", "B_02.01", "c0020"),
    field("currency", "Currency of the annual expense", "B_02.01", "c0040"),
    field("annual_cost", "Annual expense or estimated cost", "B_02.01", "c0050"),
    field("service_type", "Type of ICT services", "B_02.02", "c0060"),
    field("start", "Start date", "B_02.02", "c0070"),
    field("end", "End date", "B_02.02", "c0080"),
    field("termination_reason", "Reason of the termination or ending", "B_02.02", "c0090"),
    field("notice_entity_days", "Notice period for the financial entity (days)", "B_02.02", "c0100"),
    field("notice_provider_days", "Notice period for the provider (days)", "B_02.02", "c0110"),
    field("governing_law", "Country of the governing law", "B_02.02", "c0120"),
    field("provision_country", "Country of provision of the services", "B_02.02", "c0130"),
    field("stores_data", "Storage of data", "B_02.02", "c0140"),
    field("storage_location", "Location of the data at rest", "B_02.02", "c0150"),
    field("processing_location", "Location of management of the data (processing)", "B_02.02", "c0160"),
    field("sensitiveness", "Sensitiveness of the data stored", "B_02.02", "c0170"),
    field("reliance", "Level of reliance on the ICT service", "B_02.02", "c0180"),
    field("substitutability", "Substitutability of the provider", "B_07.01", "c0050"),
    field("substitutability_reason", "Reason if not substitutable or difficult", "B_07.01", "c0060"),
    field("last_audit", "Date of the last audit on the provider", "B_07.01", "c0070"),
    field("exit_plan", "Existence of an exit plan", "B_07.01", "c0080"),
    field("reintegration", "Possibility of reintegration of the service", "B_07.01", "c0090"),
    field("discontinuation_impact", "Impact of discontinuing the ICT services", "B_07.01", "c0100"),
    field("alternatives_identified", "Alternative providers identified", "B_07.01", "c0110"),
    field("alternative_providers", "Other alternative providers", "B_07.01", "c0120"),
];

impl Kind {
    /// Every kind, in the order forms and lists show them.
    pub const ALL: [Kind; 4] = [Kind::Entity, Kind::Function, Kind::Provider, Kind::Arrangement];

    /// The kind's name (`entity`, `function`, `provider`, `arrangement`).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Entity => "entity",
            Kind::Function => "function",
            Kind::Provider => "provider",
            Kind::Arrangement => "arrangement",
        }
    }

    /// The kind called `name`, or an error listing the kinds.
    pub fn named(name: &str) -> Result<Kind, FieldErrors> {
        Kind::ALL.into_iter().find(|k| k.name() == name).ok_or_else(|| {
            let names: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
            let message = Message::new("dora-kind-unknown").arg("text", name).arg("kinds", names.join(", "));
            FieldErrors::of("kind", "dora_kind", message)
        })
    }

    /// The fields a record of this kind holds.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Kind::Entity => ENTITY_FIELDS,
            Kind::Function => FUNCTION_FIELDS,
            Kind::Provider => PROVIDER_FIELDS,
            Kind::Arrangement => ARRANGEMENT_FIELDS,
        }
    }

    /// The field called `name`.
    pub fn field(self, name: &str) -> Option<&'static Field> {
        self.fields().iter().find(|f| f.name == name)
    }
}

/// A field as forms show it: its kind, name, meaning, EBA column and the codes it takes.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FieldInfo {
    /// `entity`, `function`, `provider` or `arrangement`.
    pub kind: String,
    pub name: String,
    pub label: String,
    pub template: String,
    pub column: String,
    /// The closed list; empty for a free value.
    pub allowed: Vec<CodeOption>,
    /// `text`, `code`, `date`, `integer`, `amount` or `boolean`.
    pub value_type: String,
}

/// One code of a closed list, with what it means when we know it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CodeOption {
    pub code: String,
    pub label: Option<String>,
}

/// Every field of every kind, for forms.
pub fn catalogue() -> Vec<FieldInfo> {
    Kind::ALL
        .iter()
        .flat_map(|kind| {
            kind.fields().iter().map(|f| FieldInfo {
                kind: kind.name().to_owned(),
                name: f.name.to_owned(),
                label: f.label.to_owned(),
                template: f.template.to_owned(),
                column: f.column.to_owned(),
                allowed: f
                    .allowed()
                    .into_iter()
                    .map(|code| CodeOption { code: code.to_owned(), label: super::labels::label(code) })
                    .collect(),
                value_type: match f.definition().kind {
                    ColumnType::Text => "text",
                    ColumnType::Code => "code",
                    ColumnType::Date => "date",
                    ColumnType::Integer => "integer",
                    ColumnType::Monetary => "amount",
                    ColumnType::Boolean => "boolean",
                }
                .to_owned(),
            })
        })
        .collect()
}

/// A record's facts: field name → value as the package writes it (closed-list codes in full,
/// `eba_CO:x1`).
pub type Facts = BTreeMap<String, String>;

impl Field {
    /// The EBA column behind this field.
    fn definition(&self) -> &'static super::tables::Column {
        table(self.template).and_then(|t| t.column(self.column)).expect("every field names a column of the EBA tables")
    }

    /// The values this field takes, when it has a closed list.
    pub fn allowed(&self) -> Vec<&'static str> {
        self.definition().allowed.iter().map(String::as_str).collect()
    }

    /// `value` as stored, or why it cannot be: a closed-list code given in full or without its
    /// list's prefix (`x1`), a date as yyyy-mm-dd, a whole number, an amount, text.
    pub fn read(&self, value: &str) -> Result<String, Message> {
        let value = value.trim();
        if value.is_empty() {
            return Err(Message::new("dora-value-empty").arg("label", self.label));
        }
        let column = self.definition();
        let refused = |id: &str| Message::new(id).arg("text", value).arg("label", self.label);
        match column.kind {
            ColumnType::Code => {
                let found = column
                    .allowed
                    .iter()
                    .find(|code| *code == value || code.rsplit_once(':').is_some_and(|(_, short)| short == value));
                found.cloned().ok_or_else(|| not_listed(refused, &column.allowed))
            }
            ColumnType::Date => chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
                .map(|d| d.format("%Y-%m-%d").to_string())
                .map_err(|_| refused("dora-value-date")),
            ColumnType::Integer => {
                value.parse::<u32>().map(|n| n.to_string()).map_err(|_| refused("dora-value-whole-number"))
            }
            ColumnType::Monetary => read_amount(value).ok_or_else(|| refused("dora-value-amount")),
            ColumnType::Boolean => match value {
                "true" | "false" => Ok(value.to_owned()),
                _ => Err(refused("dora-value-boolean")),
            },
            ColumnType::Text => Ok(value.to_owned()),
        }
    }
}

/// A code not on the column's closed list `allowed`: the refusal (`refused`, given the
/// message id) shows the first twelve codes and how many more there are.
fn not_listed(refused: impl Fn(&str) -> Message, allowed: &BTreeSet<String>) -> Message {
    let shown: Vec<&str> = allowed.iter().take(12).map(String::as_str).collect();
    let message = match allowed.len().saturating_sub(shown.len()) {
        0 => refused("dora-value-not-listed"),
        more => refused("dora-value-not-listed-more").arg("more", more),
    };
    message.arg("codes", shown.join(", "))
}

/// An amount as the package writes it: digits, at most two decimals, no thousands separators.
fn read_amount(value: &str) -> Option<String> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    (!whole.is_empty() && digits(whole) && digits(fraction) && fraction.len() <= 2).then(|| value.to_owned())
}

/// `given` (field name → value as typed) read as `kind`'s facts; an error names each field
/// that is unknown or whose value is not allowed.
pub fn read_facts(kind: Kind, given: &BTreeMap<String, String>) -> Result<Facts, FieldErrors> {
    let mut check = Checker::default();
    let mut facts = Facts::new();
    for (name, value) in given {
        let Some(field) = kind.field(name) else {
            let names: Vec<&str> = kind.fields().iter().map(|f| f.name).collect();
            let message = Message::new("field-dora-unknown-field").arg("text", name).arg("fields", names.join(", "));
            check.reject_text(name, "dora_field", message);
            continue;
        };
        match field.read(value) {
            Ok(stored) => {
                facts.insert(name.clone(), stored);
            }
            Err(why) => check.reject_text(name, "dora_value", why),
        }
    }
    check.finish().map(|()| facts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::Language;

    #[test]
    fn every_field_names_a_column_of_the_eba_tables_once() {
        for kind in Kind::ALL {
            let mut seen = std::collections::BTreeSet::new();
            for field in kind.fields() {
                let _ = field.definition();
                assert!(seen.insert((field.template, field.column)), "{} twice", field.name);
            }
        }
    }

    #[test]
    fn values_are_read_as_the_column_takes_them() {
        let arrangement_type = Kind::Arrangement.field("type").unwrap();
        assert_eq!(arrangement_type.read("x1").unwrap(), "eba_CO:x1");
        assert_eq!(arrangement_type.read("eba_CO:x3").unwrap(), "eba_CO:x3");
        let refused = arrangement_type.read("x9").unwrap_err().to_string();
        assert!(refused.contains("eba_CO:x1, eba_CO:x2, eba_CO:x3"), "{refused}");
        let location = Kind::Arrangement.field("storage_location").unwrap();
        assert_eq!(location.read("qx2007").unwrap(), "eba_GA:qx2007", "not applicable is allowed there");
        assert_eq!(location.read("IE").unwrap(), "eba_GA:IE");
        assert!(Kind::Arrangement.field("start").unwrap().read("2025-02-30").is_err());
        assert_eq!(Kind::Arrangement.field("annual_cost").unwrap().read("120000.5").unwrap(), "120000.5");
        assert!(Kind::Arrangement.field("annual_cost").unwrap().read("120,000").is_err());
        assert!(Kind::Function.field("rto_hours").unwrap().read("-4").is_err());
    }

    #[test]
    fn a_refused_value_is_explained_in_bahasa_indonesia() {
        let given: BTreeMap<String, String> =
            [("type", "x9"), ("start", "2025-02-30")].map(|(k, v)| (k.to_owned(), v.to_owned())).into();
        let errors = read_facts(Kind::Arrangement, &given).unwrap_err();
        assert_eq!(errors.get("start").unwrap().message, "'2025-02-30' is not a date as yyyy-mm-dd (Start date).");
        let indonesian = errors.in_language(Language::Id);
        let start = indonesian.get("start").unwrap();
        assert_eq!(
            (start.rule.as_str(), start.message.as_str()),
            ("dora_value", "'2025-02-30' bukan tanggal dengan format yyyy-mm-dd (Start date).")
        );
        assert_eq!(
            indonesian.get("type").unwrap().message,
            "'x9' tidak terdapat dalam daftar EBA untuk Type of contractual arrangement: eba_CO:x1, eba_CO:x2, eba_CO:x3."
        );
        let country = Kind::Arrangement.field("storage_location").unwrap().read("Atlantis").unwrap_err();
        assert!(country.to_string().ends_with(" more."), "{country}");
        assert!(country.render(Language::Id).ends_with(" kode lainnya."), "{}", country.render(Language::Id));
        let kind = Kind::named("vendor").unwrap_err().in_language(Language::Id);
        assert_eq!(kind.0[0].message, "'vendor' bukan salah satu dari entity, function, provider, arrangement.");
    }
}
