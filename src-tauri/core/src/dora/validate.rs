//! The checks a supervisor runs on a package, numbered as the EBA's filing rules that reject
//! it: the package's files (103, 720), UTF-8 without a byte-order mark (306), exactly the five
//! parameters (714, 723), the filing indicators (702–704, 808), known columns (801), types and
//! closed lists (305, 330, 331, 503: warnings), primary keys non-empty and unique (805), and
//! every foreign key resolving (807); and, as supervisors resolve them after filing, LEIs whose
//! ISO 17442 check digits hold (`lei`). Each problem names the template, the row and the column,
//! and says what is wrong in the language the checks are run in (`locales/*/dora.ftl`).

use std::collections::{BTreeMap, BTreeSet, HashSet};

use super::package::{Package, Sheet};
use super::tables::{ColumnType, Table, tables};
use crate::locale::Language;
use crate::text::Message;

/// Whether a problem gets the package refused or only flagged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "DoraSeverity"))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
}

/// One thing a supervisor would refuse or flag.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    /// The EBA's rule number, e.g. `807`.
    pub rule: &'static str,
    pub severity: Severity,
    /// The template (`B_02.01`), when the problem is in one.
    pub template: Option<String>,
    /// The data row (1 = the line after the header).
    pub row: Option<usize>,
    /// The column code (`c0020`).
    pub column: Option<String>,
    /// What is wrong, in the language the checks were run in.
    pub message: String,
    /// The message as an id and arguments, to write it in another language.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub text: Message,
}

impl Problem {
    /// A problem of the package or of one of its files, rather than of a template's cell; its
    /// message is written when [`check`] returns it.
    fn new(rule: &'static str, text: Message) -> Problem {
        Problem {
            rule,
            severity: Severity::Error,
            template: None,
            row: None,
            column: None,
            message: String::new(),
            text,
        }
    }

    /// The same problem with its message written in `language`.
    pub fn in_language(self, language: Language) -> Problem {
        Problem { message: self.text.render(language), ..self }
    }
}

/// Columns that always hold an LEI: the entities' (B_01.01, B_01.02 and its parent, the entity
/// using a service in B_02.02, the entity running a function in B_06.01).
const LEI_COLUMNS: [(&str, &str); 5] =
    [("B_01.01", "c0010"), ("B_01.02", "c0010"), ("B_01.02", "c0060"), ("B_02.02", "c0020"), ("B_06.01", "c0040")];

/// Provider codes with the column saying what kind of code each is: an LEI when it says
/// `eba_qCO:qx2000`.
const CODED_COLUMNS: [(&str, &str, &str); 4] = [
    ("B_05.01", "c0010", "c0020"),
    ("B_05.01", "c0030", "c0040"),
    ("B_05.01", "c0110", "c0120"),
    ("B_02.02", "c0030", "c0040"),
];

/// Columns the EBA's validation rules (20 March 2025) flag when empty, as warnings. B_02.01
/// c0030 (the overarching arrangement) only for a subsequent or associated one (c0020 = x3);
/// B_05.01 c0030 (a second code) stays optional, as in the ITS (an open point).
const REQUIRED: [(&str, &[&str]); 6] = [
    ("B_01.02", &["c0020", "c0030", "c0040", "c0050", "c0060", "c0070", "c0080", "c0090", "c0110"]),
    ("B_02.01", &["c0020", "c0040", "c0050"]),
    ("B_02.02", &["c0040", "c0050", "c0060", "c0070", "c0080"]),
    ("B_05.01", &["c0020", "c0050", "c0060", "c0070", "c0080", "c0110"]),
    ("B_06.01", &["c0020", "c0030", "c0050", "c0070", "c0080", "c0090", "c0100"]),
    ("B_07.01", &["c0030", "c0060"]),
];

/// Columns asked for only when another column of the row says so: (template, column, the other
/// column, its value). A subsequent or associated arrangement names its overarching one; a
/// critical or important function gives its reasons; data stored by the provider has a
/// location at rest (not "not applicable").
const REQUIRED_WHEN: [(&str, &str, &str, &str); 3] = [
    ("B_02.01", "c0030", "c0020", "eba_CO:x3"),
    ("B_06.01", "c0060", "c0050", "eba_BT:x28"),
    ("B_02.02", "c0150", "c0140", "eba_BT:x28"),
];

/// The closed-list code for "not applicable" in B_02.02's location columns.
const NOT_APPLICABLE: &str = "eba_GA:qx2007";

/// The closed-list code for "the code is an EUID".
const EUID_CODE_TYPE: &str = "eba_qCO:qx2002";

/// The closed-list code for "the code is an LEI".
const LEI_CODE_TYPE: &str = "eba_qCO:qx2000";

/// The five parameters, exactly, in a valid package.
const PARAMETERS: [&str; 5] = ["entityID", "refPeriod", "baseCurrency", "decimalsInteger", "decimalsMonetary"];

/// Every problem of `package`, in the order a reader fixes them: files, parameters, indicators,
/// then template by template; each said in `language`.
pub fn check(package: &Package, language: Language) -> Vec<Problem> {
    let mut problems = Vec::new();
    check_files(package, &mut problems);
    check_parameters(package.sheets.get("parameters.csv"), &mut problems);
    check_indicators(package.sheets.get("FilingIndicators.csv"), &mut problems);
    let keys = primary_keys(package);
    for table in tables() {
        if let Some(sheet) = package.sheets.get(&table.file_name()) {
            check_table(table, sheet, &keys, &mut problems);
        }
    }
    problems.into_iter().map(|p| p.in_language(language)).collect()
}

/// A message of the checks about `file` (`dora-check-…`).
fn about_file(id: &str, file: &str) -> Message {
    Message::new(id).arg("file", file)
}

fn check_files(package: &Package, problems: &mut Vec<Problem>) {
    let mut expected: BTreeSet<String> = ["META-INF/reportPackage.json", "reports/report.json"]
        .into_iter()
        .chain(["reports/parameters.csv", "reports/FilingIndicators.csv"])
        .map(str::to_owned)
        .collect();
    expected.extend(tables().iter().map(|t| format!("reports/{}", t.file_name())));
    let present: BTreeSet<&String> = package.files.iter().collect();
    for missing in expected.iter().filter(|f| !present.contains(f)) {
        problems.push(Problem::new("103", about_file("dora-check-missing-file", missing)));
    }
    for extra in package.files.iter().filter(|f| !expected.contains(*f)) {
        problems.push(Problem::new("720", about_file("dora-check-extra-file", extra)));
    }
    for file in &package.with_bom {
        problems.push(Problem::new("306", about_file("dora-check-bom", file)));
    }
}

/// A `file` whose header is not exactly `expected` breaks `rule`.
fn check_header(sheet: &Sheet, file: &str, expected: &[&str], rule: &'static str, problems: &mut Vec<Problem>) {
    if sheet.header != expected {
        let message = about_file("dora-check-header", file)
            .arg("found", sheet.header.join(","))
            .arg("wanted", expected.join(","));
        problems.push(Problem::new(rule, message));
    }
}

fn check_parameters(sheet: Option<&Sheet>, problems: &mut Vec<Problem>) {
    let Some(sheet) = sheet else { return };
    check_header(sheet, "parameters.csv", &["name", "value"], "723", problems);
    let given: BTreeMap<&str, &str> =
        sheet.rows.iter().filter_map(|r| Some((r.first()?.as_str(), r.get(1).map_or("", String::as_str)))).collect();
    let parameter = |id: &str, name: &str| Problem::new("714", Message::new(id).arg("name", name));
    for name in given.keys().filter(|n| !PARAMETERS.contains(n)) {
        problems.push(parameter("dora-check-unknown-parameter", name));
    }
    for name in PARAMETERS.iter().filter(|n| !given.contains_key(*n)) {
        problems.push(parameter("dora-check-missing-parameter", name));
    }
    if let Some(entity) = given.get("entityID") {
        let lei = entity.strip_prefix("rs:").and_then(|e| e.strip_suffix(".CON").or_else(|| e.strip_suffix(".IND")));
        let message = |id: &str| Message::new(id).arg("entity", entity);
        match lei.map(crate::validate::lei_problem) {
            None => problems.push(Problem::new("714", message("dora-check-entity-id"))),
            Some(Some((_, why))) => {
                problems.push(Problem::new("714", message("dora-check-entity-id-lei").arg("why", why.id)))
            }
            Some(None) => {}
        }
    }
    if let Some(period) = given.get("refPeriod")
        && chrono::NaiveDate::parse_from_str(period, "%Y-%m-%d").is_err()
    {
        problems.push(Problem::new("714", Message::new("dora-check-ref-period").arg("period", period)));
    }
}

fn check_indicators(sheet: Option<&Sheet>, problems: &mut Vec<Problem>) {
    let Some(sheet) = sheet else { return };
    check_header(sheet, "FilingIndicators.csv", &["templateID", "reported"], "702", problems);
    let mut seen = HashSet::new();
    for row in &sheet.rows {
        let (template, reported) = (row.first().map_or("", String::as_str), row.get(1).map_or("", String::as_str));
        let indicator = |id: &str| Message::new(id).arg("template", template);
        if !seen.insert(template) {
            problems.push(Problem::new("703", indicator("dora-check-indicator-twice")));
        }
        if reported != "true" {
            let message = indicator("dora-check-indicator-reported").arg("reported", reported);
            problems.push(Problem::new("704", message));
        }
    }
    for table in tables().iter().filter(|t| !seen.contains(t.code.as_str())) {
        let message = Message::new("dora-check-indicator-missing").arg("template", &table.code);
        problems.push(Problem::new("808", message));
    }
}

/// The positions in `sheet` of `columns` (`None` where the header lacks one).
fn positions(sheet: &Sheet, columns: &[String]) -> Vec<Option<usize>> {
    columns.iter().map(|c| sheet.header.iter().position(|h| h == c)).collect()
}

/// The values at `positions` of `row`, empty where there is none (a key's values).
fn values_at<'r>(row: &'r [String], positions: &[Option<usize>]) -> Vec<&'r str> {
    positions.iter().map(|p| p.and_then(|i| row.get(i)).map_or("", String::as_str)).collect()
}

/// Each template's primary-key values, as reported, for the foreign keys that point at it.
fn primary_keys(package: &Package) -> BTreeMap<&'static str, HashSet<Vec<&str>>> {
    let mut keys = BTreeMap::new();
    for table in tables() {
        let Some(sheet) = package.sheets.get(&table.file_name()) else { continue };
        let at = positions(sheet, &table.primary);
        let values = sheet.rows.iter().map(|row| values_at(row, &at)).collect();
        keys.insert(table.code.as_str(), values);
    }
    keys
}

/// Where a sheet's columns are, worked out once for all its rows.
struct Layout<'t> {
    /// Each header cell's definition, if the template has the column.
    defined: Vec<Option<&'t super::tables::Column>>,
    primary: Vec<Option<usize>>,
    references: Vec<(&'t super::tables::ForeignKey, Vec<Option<usize>>)>,
    /// (column, position) of the columns the EBA's checks ask to be filled.
    required: Vec<(&'static str, Option<usize>)>,
    /// (column, position, the other column's position, its value) of columns asked for only
    /// when another says so.
    required_when: Vec<(&'static str, Option<usize>, Option<usize>, &'static str)>,
    /// (column, position) of LEI columns, and of coded columns with their type's position.
    leis: Vec<(&'static str, Option<usize>)>,
    coded: Vec<(&'static str, Option<usize>, Option<usize>)>,
}

impl<'t> Layout<'t> {
    fn of(table: &'t Table, sheet: &Sheet) -> Self {
        let at = |column: &str| sheet.header.iter().position(|h| h == column);
        let ours = |code: &str| code == table.code;
        Layout {
            defined: sheet.header.iter().map(|c| table.column(c)).collect(),
            primary: positions(sheet, &table.primary),
            references: table.references.iter().map(|r| (r, positions(sheet, &r.columns))).collect(),
            required: REQUIRED
                .iter()
                .filter(|(t, _)| ours(t))
                .flat_map(|(_, columns)| columns.iter().map(|c| (*c, at(c))))
                .collect(),
            required_when: REQUIRED_WHEN
                .iter()
                .filter(|(t, ..)| ours(t))
                .map(|(_, column, when, value)| (*column, at(column), at(when), *value))
                .collect(),
            leis: LEI_COLUMNS.iter().filter(|(t, _)| ours(t)).map(|(_, c)| (*c, at(c))).collect(),
            coded: CODED_COLUMNS.iter().filter(|(t, _, _)| ours(t)).map(|(_, c, kind)| (*c, at(c), at(kind))).collect(),
        }
    }
}

fn cell_at(row: &[String], position: Option<usize>) -> &str {
    position.and_then(|i| row.get(i)).map_or("", String::as_str)
}

fn check_table(
    table: &Table,
    sheet: &Sheet,
    keys: &BTreeMap<&'static str, HashSet<Vec<&str>>>,
    problems: &mut Vec<Problem>,
) {
    let at = |rule: &'static str, severity: Severity, row: Option<usize>, column: Option<&str>, text: Message| {
        let (template, column) = (Some(table.code.clone()), column.map(str::to_owned));
        Problem { rule, severity, template, row, column, message: String::new(), text }
    };
    let in_table = |id: &str, column: &str| Message::new(id).arg("template", &table.code).arg("column", column);
    for column in sheet.header.iter().filter(|c| table.column(c).is_none()) {
        let message = in_table("dora-check-unknown-column", column);
        problems.push(at("801", Severity::Error, None, Some(column), message));
    }
    let layout = Layout::of(table, sheet);
    let mut seen_keys = HashSet::new();
    for (index, row) in sheet.rows.iter().enumerate() {
        let number = index + 1;
        for ((column, definition), value) in sheet.header.iter().zip(&layout.defined).zip(row) {
            let Some(definition) = definition else { continue };
            if let Some((rule, why)) = cell_problem(definition.kind, &definition.allowed, value) {
                problems.push(at(rule, Severity::Warning, Some(number), Some(column), why));
            }
        }
        let asked = layout.required_when.iter().filter(|(.., when, value)| cell_at(row, *when) == *value);
        for (column, position) in layout.required.iter().copied().chain(asked.map(|(c, p, ..)| (*c, *p))) {
            if matches!(cell_at(row, position), "" | NOT_APPLICABLE) {
                let message = in_table("dora-check-required", column);
                problems.push(at("required", Severity::Warning, Some(number), Some(column), message));
            }
        }
        let coded =
            layout.coded.iter().filter(|(_, _, kind)| cell_at(row, *kind) == LEI_CODE_TYPE).map(|(c, p, _)| (*c, *p));
        for (column, position) in layout.leis.iter().copied().chain(coded) {
            let value = cell_at(row, position);
            if let Some((_, why)) = (!value.is_empty()).then(|| crate::validate::lei_problem(value)).flatten() {
                let message = Message::new("dora-check-lei").arg("value", value).arg("why", why.id);
                problems.push(at("lei", Severity::Error, Some(number), Some(column), message));
            }
        }
        for (column, position, _) in layout.coded.iter().filter(|(_, _, kind)| cell_at(row, *kind) == EUID_CODE_TYPE) {
            let value = cell_at(row, *position);
            if let Some(message) = euid_problem(value) {
                problems.push(at("euid", Severity::Error, Some(number), Some(column), message));
            }
        }
        let key = values_at(row, &layout.primary);
        for (column, value) in table.primary.iter().zip(&key) {
            if value.is_empty() {
                let message = Message::new("dora-check-key-empty");
                problems.push(at("805", Severity::Error, Some(number), Some(column), message));
            }
        }
        if !table.primary.is_empty() && !seen_keys.insert(key.clone()) {
            let message = Message::new("dora-check-key-repeated").arg("key", key.join(", "));
            problems.push(at("805", Severity::Error, Some(number), None, message));
        }
        for (reference, positions) in &layout.references {
            let values = values_at(row, positions);
            if values.iter().all(|v| v.is_empty())
                || keys.get(reference.target.as_str()).is_some_and(|k| k.contains(&values))
            {
                continue;
            }
            let columns = reference.columns.join("+");
            let message = Message::new("dora-check-foreign-key")
                .arg("columns", &columns)
                .arg("values", values.join(", "))
                .arg("target", &reference.target)
                .arg("reference", &reference.name);
            problems.push(at("807", Severity::Error, Some(number), Some(&columns), message));
        }
    }
}

/// What is wrong with an EUID (the European Unique Identifier of BRIS, Implementing Regulation
/// (EU) 2021/1042): the member state's code (EL for Greece), the business register's
/// identifier, a full stop, the company's number in that register. It has no check digits, so
/// only its form can be checked.
fn euid_problem(value: &str) -> Option<Message> {
    static EUID: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^([A-Z]{2})[A-Z0-9]{1,16}\.[A-Za-z0-9][A-Za-z0-9./-]{0,59}$").expect("a valid pattern")
    });
    let Some(found) = EUID.captures(value) else {
        return Some(Message::new("dora-check-euid-form").arg("value", value));
    };
    let country = &found[1];
    let known = country == "EL" || (country != "GR" && celes::Country::from_alpha2(country).is_ok());
    (!known).then(|| Message::new("dora-check-euid-country").arg("value", value).arg("country", country))
}

/// What is wrong with one filled cell, for its type.
fn cell_problem(kind: ColumnType, allowed: &BTreeSet<String>, value: &str) -> Option<(&'static str, Message)> {
    if value.is_empty() {
        return None;
    }
    let refused = |rule: &'static str, id: &str| (rule, Message::new(id).arg("value", value));
    match kind {
        ColumnType::Text => None,
        ColumnType::Code => (!allowed.is_empty() && !allowed.contains(value)).then(|| refused("503", "dora-cell-code")),
        ColumnType::Date => {
            chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d").is_err().then(|| refused("330", "dora-cell-date"))
        }
        ColumnType::Integer => value.parse::<i64>().is_err().then(|| refused("331", "dora-cell-integer")),
        ColumnType::Monetary => value.parse::<f64>().is_err().then(|| refused("305", "dora-cell-number")),
        ColumnType::Boolean => (!matches!(value, "true" | "false")).then(|| refused("305", "dora-cell-boolean")),
    }
}
