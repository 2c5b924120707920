//! A filed package (last year's, or one a spreadsheet tool made) read back into RoI records:
//! the package must pass the supervisor's checks that would reject it, then each row becomes a
//! draft checked like one typed in, every error naming the template, row and column. Providers
//! are matched to the register's vendors by LEI, then VAT number, then name; the rest become
//! new vendors. What the register derives on export (B_02.03, B_03.0x, B_04.01, rank-1 rows of
//! B_05.02) is read to check it agrees, not stored twice.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;
use serde::Serialize;

use super::fields::{Field, Kind};
use super::model::{DoraArrangementDraft, DoraBranch, DoraEntityDraft, DoraFunctionDraft, FunctionKey, Scope};
use super::package::{Package, Sheet};
use super::validate::{Severity, check};
use crate::ids::VendorId;
use crate::locale::Language;
use crate::text::Message;
use crate::validate::{FieldError, FieldErrors};

/// A vendor of the register, as the import matches providers against it.
#[derive(Debug, Clone)]
pub struct KnownVendor {
    pub id: VendorId,
    pub name: String,
    pub lei: Option<String>,
    pub vat: Option<String>,
}

/// How a provider of the package was matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", tag = "by")]
pub enum ProviderMatch {
    /// An existing vendor, and the identifier that matched (`LEI`, `VAT number`, `name`, in the
    /// plan's language).
    Existing {
        #[serde(rename = "vendorId")]
        vendor_id: VendorId,
        #[serde(rename = "vendorName")]
        vendor_name: String,
        identifier: String,
    },
    /// A new vendor to create.
    New,
}

/// One provider (a B_05.01 row) as it will be imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PlannedProvider {
    pub row: usize,
    pub code: String,
    pub code_type: String,
    pub legal_name: String,
    /// ISO 3166-1 alpha-2 headquarters country, when the row gives one.
    pub country: Option<String>,
    pub matched: ProviderMatch,
    /// The parent's code, when it is another provider.
    pub parent_code: Option<String>,
    pub facts: BTreeMap<String, String>,
}

/// An arrangement as it will be imported: its provider named by code.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PlannedArrangement {
    pub row: usize,
    pub provider_code: String,
    pub reference: String,
    pub entity_lei: String,
    pub overarching: Option<String>,
    pub functions: Vec<FunctionKey>,
    pub facts: BTreeMap<String, String>,
}

/// Everything a package becomes, for a preview and then the commit.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DoraImportPlan {
    pub ref_date: NaiveDate,
    /// The reporting level and base currency of its parameters, and its B_99.01 definitions.
    pub settings: FiledSettings,
    #[serde(skip)]
    pub entities: Vec<DoraEntityDraft>,
    #[serde(skip)]
    pub functions: Vec<DoraFunctionDraft>,
    pub branches: Vec<DoraBranch>,
    pub providers: Vec<PlannedProvider>,
    pub arrangements: Vec<PlannedArrangement>,
    /// Subcontracting in B_05.02 (provider code, its subcontractor's code) beyond rank 1.
    pub subcontracting: Vec<(String, String)>,
    /// What the package holds that the register does not keep, said before committing (in the
    /// language the plan was made in).
    pub notes: Vec<String>,
    pub entity_count: usize,
    pub function_count: usize,
}

/// What a package says about how it was filed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FiledSettings {
    pub scope: Scope,
    pub base_currency: String,
    pub definitions: BTreeMap<String, String>,
}

/// Row errors collected while planning: `B_02.01 row 3 c0020`.
#[derive(Default)]
struct Errors(Vec<FieldError>);

impl Errors {
    fn push(&mut self, at: String, rule: &str, message: Message) {
        self.0.push(FieldError::new(at, rule, message));
    }

    /// A draft's field errors, placed at `template` row `row`, the field named by its column.
    fn absorb(&mut self, template: &str, row: usize, kind: Option<Kind>, errors: FieldErrors) {
        for e in errors.0 {
            let at = match kind.and_then(|k| k.field(&e.field)) {
                Some(f) if f.template == template => format!("{template} row {row} {}", f.column),
                Some(f) => format!("{template} row {row}, {} {}", f.template, f.column),
                None => format!("{template} row {row} {}", e.field),
            };
            self.0.push(FieldError { field: at, ..e });
        }
    }
}

fn sheet<'p>(package: &'p Package, template: &str) -> Option<&'p Sheet> {
    let file = format!("b_{}.csv", template.trim_start_matches("B_"));
    package.sheets.get(&file)
}

/// The rows of `template` with their numbers (1 = the line after the header).
fn rows<'p>(package: &'p Package, template: &str) -> Vec<(usize, &'p Sheet, &'p [String])> {
    sheet(package, template)
        .map_or(Vec::new(), |s| s.rows.iter().enumerate().map(|(i, r)| (i + 1, s, r.as_slice())).collect())
}

/// The facts of `kind` that `template` holds, as the row gives them (empty cells left out).
fn facts_of(kind: Kind, template: &str, sheet: &Sheet, row: &[String]) -> BTreeMap<String, String> {
    kind.fields()
        .iter()
        .filter(|f: &&Field| f.template == template)
        .filter_map(|f| {
            let value = sheet.cell(row, f.column)?.trim();
            (!value.is_empty()).then(|| (f.name.to_owned(), value.to_owned()))
        })
        .collect()
}

fn cell(sheet: &Sheet, row: &[String], column: &str) -> String {
    sheet.cell(row, column).unwrap_or("").trim().to_owned()
}

/// The plan for `package`, read from the file `file_name`, its notes said in `language`;
/// refused with every problem that a supervisor would reject it for, or every row that does not
/// make a valid record.
pub fn plan(
    package: &Package,
    file_name: &str,
    vendors: &[KnownVendor],
    language: Language,
) -> Result<DoraImportPlan, FieldErrors> {
    let mut errors = Errors::default();
    let stem = file_name.strip_suffix(".zip").unwrap_or(file_name);
    if stem != package.root {
        let message = Message::new("dora-import-file-name").arg("folder", &package.root).arg("file", file_name);
        errors.push("package".into(), "103", message);
    }
    for problem in check(package, language).into_iter().filter(|p| p.severity == Severity::Error) {
        let at = [problem.template.clone(), problem.row.map(|r| format!("row {r}")), problem.column.clone()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        errors.push(if at.is_empty() { "package".into() } else { at }, problem.rule, problem.text);
    }
    if !errors.0.is_empty() {
        return Err(FieldErrors(errors.0));
    }
    let parameter = |name: &str| {
        package
            .sheets
            .get("parameters.csv")
            .and_then(|s| s.rows.iter().find(|r| r.first().map(String::as_str) == Some(name)))
            .and_then(|r| r.get(1).cloned())
            .unwrap_or_default()
    };
    let ref_date = NaiveDate::parse_from_str(&parameter("refPeriod"), "%Y-%m-%d")
        .expect("the checks passed, so refPeriod is a date");
    let definitions = rows(package, "B_99.01")
        .first()
        .map(|(_, sheet, row)| {
            let filled = sheet.header.iter().zip(row.iter()).filter(|(_, v)| !v.trim().is_empty());
            filled.map(|(c, v)| (c.clone(), v.clone())).collect()
        })
        .unwrap_or_default();
    let settings = FiledSettings {
        scope: if parameter("entityID").ends_with(".IND") { Scope::Individual } else { Scope::Consolidated },
        base_currency: parameter("baseCurrency").trim_start_matches("iso4217:").to_owned(),
        definitions,
    };
    let mut plan = DoraImportPlan {
        ref_date,
        settings,
        entities: entities(package, &mut errors),
        functions: functions(package, &mut errors),
        branches: Vec::new(),
        providers: providers(package, vendors, language),
        arrangements: Vec::new(),
        subcontracting: Vec::new(),
        notes: Vec::new(),
        entity_count: 0,
        function_count: 0,
    };
    plan.arrangements = arrangements(package, &mut errors, &mut plan.notes, language);
    plan.subcontracting = subcontracting(package);
    plan.branches = branches(package, &mut errors);
    plan.entity_count = plan.entities.len();
    plan.function_count = plan.functions.len();
    if errors.0.is_empty() { Ok(plan) } else { Err(FieldErrors(errors.0)) }
}

fn entities(package: &Package, errors: &mut Errors) -> Vec<DoraEntityDraft> {
    let reporting = rows(package, "B_01.01");
    let mut drafts = Vec::new();
    for (number, sheet, row) in rows(package, "B_01.02") {
        let lei = cell(sheet, row, "c0010");
        let parent = cell(sheet, row, "c0060");
        let mut facts = facts_of(Kind::Entity, "B_01.02", sheet, row);
        let top = reporting.iter().find(|(_, s, r)| cell(s, r, "c0010") == lei);
        if let Some((_, s, r)) = top {
            facts.extend(facts_of(Kind::Entity, "B_01.01", s, r));
        }
        let draft = DoraEntityDraft {
            lei: lei.clone(),
            name: cell(sheet, row, "c0020"),
            reporting: top.is_some(),
            parent_lei: (!parent.is_empty() && parent != lei).then_some(parent),
            facts,
        };
        match draft.validate() {
            Ok(_) => drafts.push(draft),
            Err(e) => errors.absorb("B_01.02", number, Some(Kind::Entity), e),
        }
    }
    if reporting.len() != 1 {
        let message = Message::new("dora-import-reporting-rows").arg("rows", reporting.len());
        errors.push("B_01.01".into(), "dora_reporting", message);
    }
    drafts
}

fn branches(package: &Package, errors: &mut Errors) -> Vec<DoraBranch> {
    let mut branches = Vec::new();
    for (number, sheet, row) in rows(package, "B_01.03") {
        let branch = DoraBranch {
            code: cell(sheet, row, "c0010"),
            entity_lei: cell(sheet, row, "c0020"),
            name: cell(sheet, row, "c0030"),
            country: cell(sheet, row, "c0040").trim_start_matches("eba_GA:").to_owned(),
        };
        match branch.validate() {
            Ok(valid) => branches.push(valid),
            Err(e) => errors.absorb("B_01.03", number, None, e),
        }
    }
    branches
}

fn functions(package: &Package, errors: &mut Errors) -> Vec<DoraFunctionDraft> {
    let mut drafts = Vec::new();
    for (number, sheet, row) in rows(package, "B_06.01") {
        let draft = DoraFunctionDraft {
            code: cell(sheet, row, "c0010"),
            entity_lei: cell(sheet, row, "c0040"),
            name: cell(sheet, row, "c0030"),
            service: None,
            facts: facts_of(Kind::Function, "B_06.01", sheet, row),
        };
        match draft.validate() {
            Ok(_) => drafts.push(draft),
            Err(e) => errors.absorb("B_06.01", number, Some(Kind::Function), e),
        }
    }
    drafts
}

/// The vendor a provider's code matches: by LEI, then VAT number, then name (the identifier
/// named in `language`).
fn match_vendor(code: &str, code_type: &str, name: &str, vendors: &[KnownVendor], language: Language) -> ProviderMatch {
    let key = crate::vendor::name_key(name);
    let found = match code_type {
        "eba_qCO:qx2000" => vendors.iter().find(|v| v.lei.as_deref() == Some(code)).map(|v| (v, "lei")),
        "eba_qCO:qx2004" => vendors.iter().find(|v| v.vat.as_deref() == Some(code)).map(|v| (v, "vat")),
        _ => None,
    }
    .or_else(|| vendors.iter().find(|v| crate::vendor::name_key(&v.name) == key).map(|v| (v, "name")));
    match found {
        Some((v, key)) => ProviderMatch::Existing {
            vendor_id: v.id,
            vendor_name: v.name.clone(),
            identifier: crate::import::matching::matched_by(key, language),
        },
        None => ProviderMatch::New,
    }
}

fn providers(package: &Package, vendors: &[KnownVendor], language: Language) -> Vec<PlannedProvider> {
    rows(package, "B_05.01")
        .into_iter()
        .map(|(number, sheet, row)| {
            let (code, code_type) = (cell(sheet, row, "c0010"), cell(sheet, row, "c0020"));
            let legal_name = cell(sheet, row, "c0050");
            let parent = cell(sheet, row, "c0110");
            let mut facts = facts_of(Kind::Provider, "B_05.01", sheet, row);
            if code_type == "eba_qCO:qx2000" {
                facts.remove("code");
                facts.remove("code_type");
            }
            PlannedProvider {
                row: number,
                matched: match_vendor(&code, &code_type, &legal_name, vendors, language),
                country: Some(cell(sheet, row, "c0080"))
                    .and_then(|c| c.strip_prefix("eba_GA:").map(str::to_owned))
                    .filter(|c| c.len() == 2),
                parent_code: (!parent.is_empty() && parent != code).then_some(parent),
                code,
                code_type,
                legal_name,
                facts,
            }
        })
        .collect()
}

fn arrangements(
    package: &Package,
    errors: &mut Errors,
    notes: &mut Vec<String>,
    language: Language,
) -> Vec<PlannedArrangement> {
    let signers: HashMap<String, String> =
        rows(package, "B_03.01").into_iter().map(|(_, s, r)| (cell(s, r, "c0010"), cell(s, r, "c0020"))).collect();
    let providers: HashMap<String, String> =
        rows(package, "B_03.02").into_iter().map(|(_, s, r)| (cell(s, r, "c0010"), cell(s, r, "c0020"))).collect();
    let specific = rows(package, "B_02.02");
    let assessments = rows(package, "B_07.01");
    let mut planned = Vec::new();
    for (number, sheet, row) in rows(package, "B_02.01") {
        let reference = cell(sheet, row, "c0010");
        let mut facts = facts_of(Kind::Arrangement, "B_02.01", sheet, row);
        let uses: Vec<_> = specific.iter().filter(|(_, s, r)| cell(s, r, "c0010") == reference).collect();
        let mut functions = BTreeSet::new();
        let mut service_facts: Option<BTreeMap<String, String>> = None;
        for (n, s, r) in &uses {
            functions.insert(FunctionKey { code: cell(s, r, "c0050"), entity_lei: cell(s, r, "c0020") });
            let these = facts_of(Kind::Arrangement, "B_02.02", s, r);
            match &service_facts {
                None => service_facts = Some(these),
                Some(first) if *first != these => {
                    let note = Message::new("dora-import-service-differs").arg("row", n).arg("reference", &reference);
                    notes.push(note.render(language));
                }
                Some(_) => {}
            }
        }
        facts.extend(service_facts.unwrap_or_default());
        if let Some((_, s, r)) = assessments.iter().find(|(_, s, r)| cell(s, r, "c0010") == reference) {
            facts.extend(facts_of(Kind::Arrangement, "B_07.01", s, r));
        }
        let overarching = cell(sheet, row, "c0030");
        let entity_lei = signers.get(&reference).cloned().or_else(|| uses.first().map(|(_, s, r)| cell(s, r, "c0020")));
        let missing = |id: &str| Message::new(id).arg("reference", &reference);
        let Some(entity_lei) = entity_lei else {
            errors.push(format!("B_02.01 row {number}"), "dora_signer", missing("dora-import-no-signer"));
            continue;
        };
        let provider = providers
            .get(&reference)
            .cloned()
            .or_else(|| uses.first().map(|(_, s, r)| cell(s, r, "c0030")))
            .unwrap_or_default();
        if provider.is_empty() {
            errors.push(format!("B_02.01 row {number}"), "dora_provider", missing("dora-import-no-provider"));
            continue;
        }
        let arrangement = PlannedArrangement {
            row: number,
            provider_code: provider,
            reference,
            entity_lei,
            overarching: (!overarching.is_empty()).then_some(overarching),
            functions: functions.into_iter().collect(),
            facts,
        };
        let draft = DoraArrangementDraft {
            reference: arrangement.reference.clone(),
            vendor_id: VendorId(0),
            entity_lei: arrangement.entity_lei.clone(),
            overarching: arrangement.overarching.clone(),
            functions: arrangement.functions.clone(),
            facts: arrangement.facts.clone(),
        };
        match draft.validate() {
            Ok(_) => planned.push(arrangement),
            Err(e) => errors.absorb("B_02.01", number, Some(Kind::Arrangement), e),
        }
    }
    planned
}

/// Subcontracting beyond the direct provider: (recipient's code, subcontractor's code).
fn subcontracting(package: &Package) -> Vec<(String, String)> {
    let pairs: BTreeSet<(String, String)> = rows(package, "B_05.02")
        .into_iter()
        .filter(|(_, s, r)| cell(s, r, "c0050") != "1")
        .map(|(_, s, r)| (cell(s, r, "c0060"), cell(s, r, "c0030")))
        .collect();
    pairs.into_iter().collect()
}
