//! The 15 templates of the EBA 4.0 DORA module, read from the EBA's own table definitions
//! (`data/eba-dora-4.0/tab/*.json`, see PROVENANCE.md there): each column's type and closed
//! list, the primary key, and the foreign keys between templates (their columns map by position
//! onto the target template's primary key).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use serde::Deserialize;

/// The EBA's definitions, one file per template, in template order.
const DEFINITIONS: [&str; 15] = [
    include_str!("../../data/eba-dora-4.0/tab/b_01.01.json"),
    include_str!("../../data/eba-dora-4.0/tab/b_01.02.json"),
    include_str!("../../data/eba-dora-4.0/tab/b_01.03.json"),
    include_str!("../../data/eba-dora-4.0/tab/b_02.01.json"),
    include_str!("../../data/eba-dora-4.0/tab/b_02.02.json"),
    include_str!("../../data/eba-dora-4.0/tab/b_02.03.json"),
    include_str!("../../data/eba-dora-4.0/tab/b_03.01.json"),
    include_str!("../../data/eba-dora-4.0/tab/b_03.02.json"),
    include_str!("../../data/eba-dora-4.0/tab/b_03.03.json"),
    include_str!("../../data/eba-dora-4.0/tab/b_04.01.json"),
    include_str!("../../data/eba-dora-4.0/tab/b_05.01.json"),
    include_str!("../../data/eba-dora-4.0/tab/b_05.02.json"),
    include_str!("../../data/eba-dora-4.0/tab/b_06.01.json"),
    include_str!("../../data/eba-dora-4.0/tab/b_07.01.json"),
    include_str!("../../data/eba-dora-4.0/tab/b_99.01.json"),
];

/// What a column holds, as the EBA's `type` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    /// `s`: free text.
    Text,
    /// `e`: a code from a closed list.
    Code,
    /// `d`: a date, `yyyy-mm-dd`.
    Date,
    /// `i`: a whole number.
    Integer,
    /// `m`: an amount in the base currency.
    Monetary,
    /// `t`: `true` or `false`.
    Boolean,
}

/// One column of a template.
#[derive(Debug, Clone)]
pub struct Column {
    /// `c0010` …
    pub code: String,
    pub kind: ColumnType,
    /// The closed list's codes (`eba_CO:x1` …); empty for a column without one.
    pub allowed: BTreeSet<String>,
}

/// A foreign key: `columns` of this template must match the primary key of `target`.
#[derive(Debug, Clone)]
pub struct ForeignKey {
    /// The EBA's name for the rule, e.g. "R14 Contractual arr. reference number must match_B_02.01".
    pub name: String,
    pub columns: Vec<String>,
    /// The target template, e.g. `B_02.01`.
    pub target: String,
}

/// One template.
#[derive(Debug, Clone)]
pub struct Table {
    /// `B_01.01` …
    pub code: String,
    pub columns: Vec<Column>,
    /// The primary key's columns (none for B_99.01).
    pub primary: Vec<String>,
    pub references: Vec<ForeignKey>,
}

impl Table {
    /// The file the template is reported in: `b_01.01.csv`.
    pub fn file_name(&self) -> String {
        format!("{}.csv", self.code.to_lowercase())
    }

    /// The column `code`, if the template has it.
    pub fn column(&self, code: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.code == code)
    }
}

/// The 15 templates, in order.
pub fn tables() -> &'static [Table] {
    static TABLES: LazyLock<Vec<Table>> =
        LazyLock::new(|| DEFINITIONS.iter().map(|json| parse(json).expect("the EBA's table definitions")).collect());
    &TABLES
}

/// The template `code` (`B_02.01`), if there is one.
pub fn table(code: &str) -> Option<&'static Table> {
    tables().iter().find(|t| t.code == code)
}

#[derive(Deserialize)]
struct DefinitionFile {
    #[serde(rename = "tableTemplates")]
    templates: BTreeMap<String, TemplateJson>,
}

#[derive(Deserialize)]
struct TemplateJson {
    columns: BTreeMap<String, ColumnJson>,
    #[serde(rename = "tc:keys", default)]
    keys: KeysJson,
}

#[derive(Deserialize)]
struct ColumnJson {
    #[serde(rename = "eba:documentation")]
    documentation: DocumentationJson,
}

#[derive(Deserialize)]
struct DocumentationJson {
    #[serde(rename = "type")]
    kind: String,
    #[serde(rename = "AllowedValue", default)]
    allowed: BTreeMap<String, serde_json::Value>,
}

#[derive(Deserialize, Default)]
struct KeysJson {
    #[serde(default)]
    primary: Option<PrimaryJson>,
    #[serde(default)]
    reference: Vec<ReferenceJson>,
}

#[derive(Deserialize)]
struct PrimaryJson {
    fields: Vec<String>,
}

#[derive(Deserialize)]
struct ReferenceJson {
    columns: Vec<String>,
    #[serde(rename = "keyRef")]
    key_ref: KeyRefJson,
    name: String,
}

#[derive(Deserialize)]
struct KeyRefJson {
    #[serde(rename = "tableTemplate")]
    table_template: String,
}

/// `B_02-01` (the definitions' spelling) → `B_02.01` (the reports').
fn template_code(name: &str) -> String {
    name.replace('-', ".")
}

fn parse(json: &str) -> Result<Table, String> {
    let file: DefinitionFile = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let (name, template) = file.templates.into_iter().next().ok_or("no template")?;
    let columns = template
        .columns
        .into_iter()
        .map(|(code, column)| {
            let kind = match column.documentation.kind.as_str() {
                "s" => ColumnType::Text,
                "e" => ColumnType::Code,
                "d" => ColumnType::Date,
                "i" => ColumnType::Integer,
                "m" => ColumnType::Monetary,
                "t" => ColumnType::Boolean,
                other => return Err(format!("{name} {code}: unknown type '{other}'")),
            };
            Ok(Column { code, kind, allowed: column.documentation.allowed.into_keys().collect() })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let references = template
        .keys
        .reference
        .into_iter()
        .map(|r| ForeignKey { name: r.name, columns: r.columns, target: template_code(&r.key_ref.table_template) })
        .collect();
    Ok(Table {
        code: template_code(&name),
        columns,
        primary: template.keys.primary.map(|p| p.fields).unwrap_or_default(),
        references,
    })
}
