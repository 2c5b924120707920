//! The report package built from the register: each template's rows from the RoI records and
//! what the register already knows (vendors' LEIs, names and countries; the fourth-party graph
//! on the reference date), and, for every row, the record behind it, so a problem found in the
//! package leads back to the screen that fixes it.
//!
//! Where the EBA leaves a point open (EBA Q&A 2025_7362) the choice is made here, once:
//! - B_05.02 rank-1 rows name the direct provider as its own recipient (c0060/c0070), which
//!   keeps the key non-empty (805) and the foreign key to B_05.01 resolving (807);
//! - B_04.01 c0040 (branch) holds the entity's own LEI with c0030 = x839 "not a branch";
//! - B_05.01 c0030/c0040 stay empty unless the provider has a second code;
//! - B_05.01 c0110/c0120 name the provider itself when it has no parent (as B_01.02 c0060 does
//!   for the group's top);
//! - B_02.03 c0030, B_03.01 c0030 and B_03.03 c0031 are `true`.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::model::{DoraArrangement, DoraRecords};
use super::package::{Package, Sheet};
use super::tables::{Table, table, tables};
use crate::ids::VendorId;

/// What the register holds about a vendor that the RoI reports.
#[derive(Debug, Clone, Default)]
pub struct VendorFacts {
    pub name: String,
    pub legal_name: Option<String>,
    pub lei: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
}

/// Everything a package is built from.
pub struct Input<'a> {
    pub records: &'a DoraRecords,
    pub vendors: &'a HashMap<VendorId, VendorFacts>,
    /// Subprocessor edges (from, to) in force on the reference date.
    pub subprocessors: &'a [(VendorId, VendorId)],
    pub ref_date: NaiveDate,
    /// When the package is made (B_01.01's reporting date and the name's time).
    pub made_at: DateTime<Utc>,
}

/// The register record behind a row, for the screen that fixes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Source {
    Entity {
        lei: String,
    },
    Function {
        code: String,
        #[serde(rename = "entityLei")]
        entity_lei: String,
    },
    Provider {
        #[serde(rename = "vendorId")]
        vendor_id: VendorId,
        name: String,
    },
    Arrangement {
        reference: String,
    },
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Entity { lei } => write!(f, "entity {lei}"),
            Source::Function { code, entity_lei } => write!(f, "function {code}@{entity_lei}"),
            Source::Provider { name, .. } => write!(f, "provider {name}"),
            Source::Arrangement { reference } => write!(f, "arrangement {reference}"),
        }
    }
}

/// A package built from the register, with the record behind each row.
pub struct Built {
    pub package: Package,
    /// (template, row number from 1) → the record behind it.
    pub sources: HashMap<(String, usize), Source>,
}

/// The filing indicators: every template reported.
fn indicators() -> Sheet {
    Sheet {
        header: vec!["templateID".into(), "reported".into()],
        rows: tables().iter().map(|t| vec![t.code.clone(), "true".into()]).collect(),
    }
}

/// A template's rows being written, in c0010-ascending column order.
struct Rows {
    table: &'static Table,
    sheet: Sheet,
    sources: Vec<Source>,
}

impl Rows {
    fn new(code: &str) -> Self {
        let table = table(code).expect("a template of the EBA tables");
        let header = table.columns.iter().map(|c| c.code.clone()).collect();
        Rows { table, sheet: Sheet { header, rows: Vec::new() }, sources: Vec::new() }
    }

    /// Adds a row from (column, value) pairs (columns not given stay empty) that no single
    /// record is behind, such as B_99.01's definitions.
    fn push_cells(&mut self, cells: &[(&str, String)]) {
        let row = self
            .table
            .columns
            .iter()
            .map(|c| cells.iter().find(|(code, _)| *code == c.code).map(|(_, v)| v.clone()).unwrap_or_default())
            .collect();
        self.sheet.rows.push(row);
    }

    /// Adds a row from (column, value) pairs, with the record behind it.
    fn push(&mut self, source: Source, cells: &[(&str, String)]) {
        self.push_cells(cells);
        self.sources.push(source);
    }
}

/// A provider's code and its type.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Default)]
struct Code {
    code: String,
    kind: String,
}

struct Builder<'a> {
    input: &'a Input<'a>,
    codes: HashMap<VendorId, Code>,
    /// Each vendor's subprocessors on the reference date.
    children: HashMap<VendorId, Vec<VendorId>>,
    outputs: Vec<Rows>,
}

/// The package of `input`'s register, named by its settings.
pub fn build(input: &Input<'_>) -> Built {
    let mut children: HashMap<VendorId, Vec<VendorId>> = HashMap::new();
    for (from, to) in input.subprocessors {
        children.entry(*from).or_default().push(*to);
    }
    let mut builder = Builder { input, codes: HashMap::new(), children, outputs: Vec::new() };
    builder.provider_codes();
    builder.entities();
    builder.arrangements();
    builder.providers();
    builder.functions();
    builder.finish()
}

fn ga(country: &str) -> String {
    format!("eba_GA:{country}")
}

impl<'a> Builder<'a> {
    fn records(&self) -> &'a DoraRecords {
        self.input.records
    }

    fn fact(facts: &BTreeMap<String, String>, name: &str) -> String {
        facts.get(name).cloned().unwrap_or_default()
    }

    /// Each provider's code: its LEI, else the code its RoI facts give.
    fn provider_codes(&mut self) {
        let records = self.records();
        let facts: HashMap<VendorId, &BTreeMap<String, String>> =
            records.providers.iter().map(|p| (p.vendor_id, &p.facts)).collect();
        for (id, vendor) in self.input.vendors {
            let code = match (&vendor.lei, facts.get(id)) {
                (Some(lei), _) => Code { code: lei.clone(), kind: "eba_qCO:qx2000".into() },
                (None, Some(f)) => Code { code: Self::fact(f, "code"), kind: Self::fact(f, "code_type") },
                (None, None) => Code::default(),
            };
            self.codes.insert(*id, code);
        }
    }

    fn code(&self, vendor: VendorId) -> Code {
        self.codes.get(&vendor).cloned().unwrap_or_default()
    }

    fn entities(&mut self) {
        let made_on = self.input.made_at.date_naive().format("%Y-%m-%d").to_string();
        let mut b0101 = Rows::new("B_01.01");
        let mut b0102 = Rows::new("B_01.02");
        for e in &self.records().entities {
            let source = Source::Entity { lei: e.lei.clone() };
            let f = |name| Self::fact(&e.facts, name);
            if e.reporting {
                b0101.push(
                    source.clone(),
                    &[
                        ("c0010", e.lei.clone()),
                        ("c0020", e.name.clone()),
                        ("c0030", f("country")),
                        ("c0040", f("type")),
                        ("c0050", f("authority")),
                        ("c0060", made_on.clone()),
                    ],
                );
            }
            let deletion = e.facts.get("deletion_date").cloned().unwrap_or_else(|| "9999-12-31".into());
            b0102.push(
                source,
                &[
                    ("c0010", e.lei.clone()),
                    ("c0020", e.name.clone()),
                    ("c0030", f("country")),
                    ("c0040", f("type")),
                    ("c0050", f("hierarchy")),
                    ("c0060", e.parent_lei.clone().unwrap_or_else(|| e.lei.clone())),
                    ("c0070", f("last_update")),
                    ("c0080", f("integration_date")),
                    ("c0090", deletion),
                    ("c0100", f("currency")),
                    ("c0110", f("total_assets")),
                ],
            );
        }
        self.outputs.push(b0101);
        self.outputs.push(b0102);
        let mut b0103 = Rows::new("B_01.03");
        for b in &self.records().branches {
            b0103.push(
                Source::Entity { lei: b.entity_lei.clone() },
                &[
                    ("c0010", b.code.clone()),
                    ("c0020", b.entity_lei.clone()),
                    ("c0030", b.name.clone()),
                    ("c0040", ga(&b.country)),
                ],
            );
        }
        self.outputs.push(b0103);
    }

    /// B_02.01–B_04.01, B_05.02 and B_07.01: one arrangement at a time.
    fn arrangements(&mut self) {
        let names = ["B_02.01", "B_02.02", "B_02.03", "B_03.01", "B_03.02", "B_03.03", "B_04.01", "B_05.02", "B_07.01"];
        let mut rows: Vec<Rows> = names.iter().map(|n| Rows::new(n)).collect();
        let group: BTreeSet<&str> = self.records().entities.iter().map(|e| e.lei.as_str()).collect();
        let critical: BTreeSet<(&str, &str)> = self
            .records()
            .functions
            .iter()
            .filter(|f| f.facts.get("critical").map(String::as_str) == Some("eba_BT:x28"))
            .map(|f| (f.code.as_str(), f.entity_lei.as_str()))
            .collect();
        for a in &self.records().arrangements {
            let source = Source::Arrangement { reference: a.reference.clone() };
            let f = |name| Self::fact(&a.facts, name);
            let provider = self.code(a.vendor_id);
            let reference = a.reference.clone();
            rows[0].push(
                source.clone(),
                &[
                    ("c0010", reference.clone()),
                    ("c0020", f("type")),
                    ("c0030", a.overarching.clone().unwrap_or_default()),
                    ("c0040", f("currency")),
                    ("c0050", f("annual_cost")),
                ],
            );
            for function in &a.functions {
                rows[1].push(source.clone(), &self.specific_row(a, &provider, &function.code, &function.entity_lei));
            }
            if let Some(overarching) = &a.overarching {
                rows[2].push(
                    source.clone(),
                    &[("c0010", reference.clone()), ("c0020", overarching.clone()), ("c0030", "true".into())],
                );
            }
            rows[3].push(
                source.clone(),
                &[("c0010", reference.clone()), ("c0020", a.entity_lei.clone()), ("c0030", "true".into())],
            );
            rows[4].push(
                source.clone(),
                &[("c0010", reference.clone()), ("c0020", provider.code.clone()), ("c0030", provider.kind.clone())],
            );
            if provider.kind == "eba_qCO:qx2000" && group.contains(provider.code.as_str()) {
                rows[5].push(
                    source.clone(),
                    &[("c0010", reference.clone()), ("c0020", provider.code.clone()), ("c0031", "true".into())],
                );
            }
            let users: BTreeSet<&str> = std::iter::once(a.entity_lei.as_str())
                .chain(a.functions.iter().map(|f| f.entity_lei.as_str()))
                .collect();
            for user in users {
                rows[6].push(
                    source.clone(),
                    &[
                        ("c0010", reference.clone()),
                        ("c0020", user.into()),
                        ("c0030", "eba_ZZ:x839".into()),
                        ("c0040", user.into()),
                    ],
                );
            }
            for cells in self.supply_chain(a) {
                rows[7].push(source.clone(), &cells);
            }
            if a.functions.iter().any(|k| critical.contains(&(k.code.as_str(), k.entity_lei.as_str()))) {
                let mut cells = vec![
                    ("c0010", reference.clone()),
                    ("c0020", provider.code.clone()),
                    ("c0030", provider.kind.clone()),
                    ("c0040", f("service_type")),
                ];
                for (column, name) in [
                    ("c0050", "substitutability"),
                    ("c0060", "substitutability_reason"),
                    ("c0070", "last_audit"),
                    ("c0080", "exit_plan"),
                    ("c0090", "reintegration"),
                    ("c0100", "discontinuation_impact"),
                    ("c0110", "alternatives_identified"),
                    ("c0120", "alternative_providers"),
                ] {
                    cells.push((column, f(name)));
                }
                rows[8].push(source.clone(), &cells);
            }
        }
        self.outputs.extend(rows);
    }

    /// One B_02.02 row: the arrangement's service for one function.
    fn specific_row(
        &self,
        a: &DoraArrangement,
        provider: &Code,
        function: &str,
        entity: &str,
    ) -> Vec<(&'static str, String)> {
        let f = |name| Self::fact(&a.facts, name);
        vec![
            ("c0010", a.reference.clone()),
            ("c0020", entity.to_owned()),
            ("c0030", provider.code.clone()),
            ("c0040", provider.kind.clone()),
            ("c0050", function.to_owned()),
            ("c0060", f("service_type")),
            ("c0070", f("start")),
            ("c0080", a.facts.get("end").cloned().unwrap_or_else(|| "9999-12-31".into())),
            ("c0090", f("termination_reason")),
            ("c0100", f("notice_entity_days")),
            ("c0110", f("notice_provider_days")),
            ("c0120", f("governing_law")),
            ("c0130", f("provision_country")),
            ("c0140", f("stores_data")),
            ("c0150", f("storage_location")),
            ("c0160", f("processing_location")),
            ("c0170", f("sensitiveness")),
            ("c0180", f("reliance")),
        ]
    }

    /// The arrangement's provider and, rank by rank, the subcontractors behind it in the
    /// fourth-party graph on the reference date; each names the provider it serves.
    fn supply_chain(&self, a: &DoraArrangement) -> Vec<Vec<(&'static str, String)>> {
        let service = Self::fact(&a.facts, "service_type");
        let row = |to: &Code, rank: usize, from: &Code| {
            vec![
                ("c0010", a.reference.clone()),
                ("c0020", service.clone()),
                ("c0030", to.code.clone()),
                ("c0040", to.kind.clone()),
                ("c0050", rank.to_string()),
                ("c0060", from.code.clone()),
                ("c0070", from.kind.clone()),
            ]
        };
        let direct = self.code(a.vendor_id);
        let mut out = vec![row(&direct, 1, &direct)];
        let mut seen = BTreeSet::from([a.vendor_id]);
        let mut frontier = vec![a.vendor_id];
        let mut rank = 1;
        while !frontier.is_empty() {
            rank += 1;
            let earlier = seen.clone();
            let mut next = Vec::new();
            for from in &frontier {
                for to in self.children.get(from).into_iter().flatten().filter(|to| !earlier.contains(to)) {
                    out.push(row(&self.code(*to), rank, &self.code(*from)));
                    if seen.insert(*to) {
                        next.push(*to);
                    }
                }
            }
            frontier = next;
        }
        out
    }

    /// B_05.01: every provider the other templates name, and their parents.
    fn providers(&mut self) {
        let records = self.records();
        let facts: HashMap<VendorId, &super::model::DoraProvider> =
            records.providers.iter().map(|p| (p.vendor_id, p)).collect();
        let mut named: BTreeSet<VendorId> = records.arrangements.iter().map(|a| a.vendor_id).collect();
        for a in &records.arrangements {
            let mut frontier = vec![a.vendor_id];
            while let Some(v) = frontier.pop() {
                for to in self.children.get(&v).into_iter().flatten() {
                    if named.insert(*to) {
                        frontier.push(*to);
                    }
                }
            }
        }
        let parents: Vec<VendorId> = named.iter().filter_map(|v| facts.get(v).and_then(|p| p.parent)).collect();
        named.extend(parents);
        let base = &records.settings.base_currency;
        let expenses = self.annual_expenses();
        let mut rows = Rows::new("B_05.01");
        for vendor in named {
            let info = self.input.vendors.get(&vendor).cloned().unwrap_or_default();
            let own = facts.get(&vendor).map(|p| &p.facts);
            let f = |name: &str| own.and_then(|o| o.get(name)).cloned().unwrap_or_default();
            let code = self.code(vendor);
            let parent =
                facts.get(&vendor).and_then(|p| p.parent).map(|p| self.code(p)).unwrap_or_else(|| code.clone());
            let (currency, expense) = match own.and_then(|o| o.get("annual_expense")) {
                Some(expense) => (f("currency"), expense.clone()),
                None => {
                    (format!("eba_CU:{base}"), expenses.get(&vendor).map(|e| format_amount(*e)).unwrap_or_default())
                }
            };
            let source = Source::Provider { vendor_id: vendor, name: info.name.clone() };
            rows.push(
                source,
                &[
                    ("c0010", code.code.clone()),
                    ("c0020", code.kind.clone()),
                    ("c0030", f("other_code")),
                    ("c0040", f("other_code_type")),
                    ("c0050", info.legal_name.clone().unwrap_or(info.name.clone())),
                    ("c0060", latin_name(own, &info)),
                    ("c0070", f("person_type")),
                    ("c0080", info.country.as_deref().map(ga).unwrap_or_default()),
                    ("c0090", currency),
                    ("c0100", expense),
                    ("c0110", parent.code),
                    ("c0120", parent.kind),
                ],
            );
        }
        self.outputs.push(rows);
    }

    /// Per provider, the sum of its arrangements' annual costs in the base currency (none when
    /// no arrangement gives one).
    fn annual_expenses(&self) -> HashMap<VendorId, f64> {
        let base = format!("eba_CU:{}", self.records().settings.base_currency);
        let mut sums = HashMap::new();
        for a in self.records().arrangements.iter().filter(|a| a.facts.get("currency") == Some(&base)) {
            if let Some(cost) = a.facts.get("annual_cost").and_then(|c| c.parse::<f64>().ok()) {
                *sums.entry(a.vendor_id).or_insert(0.0) += cost;
            }
        }
        sums
    }

    fn functions(&mut self) {
        let mut rows = Rows::new("B_06.01");
        for function in &self.records().functions {
            let f = |name| Self::fact(&function.facts, name);
            rows.push(
                Source::Function { code: function.code.clone(), entity_lei: function.entity_lei.clone() },
                &[
                    ("c0010", function.code.clone()),
                    ("c0020", f("licensed_activity")),
                    ("c0030", function.name.clone()),
                    ("c0040", function.entity_lei.clone()),
                    ("c0050", f("critical")),
                    ("c0060", f("reasons")),
                    ("c0070", f("last_assessment")),
                    ("c0080", f("rto_hours")),
                    ("c0090", f("rpo_hours")),
                    ("c0100", f("discontinuation_impact")),
                ],
            );
        }
        self.outputs.push(rows);
        let mut definitions = Rows::new("B_99.01");
        let given = &self.records().settings.definitions;
        if !given.is_empty() {
            let cells: Vec<(&str, String)> = given.iter().map(|(c, text)| (c.as_str(), text.clone())).collect();
            definitions.push_cells(&cells);
        }
        self.outputs.push(definitions);
    }

    fn reporting_lei_and_country(&self) -> (String, String) {
        let reporting = self.records().entities.iter().find(|e| e.reporting);
        let lei = reporting.map(|e| e.lei.clone()).unwrap_or_default();
        let country = reporting
            .and_then(|e| e.facts.get("country"))
            .map(|c| c.trim_start_matches("eba_GA:").to_owned())
            .unwrap_or_default();
        (lei, country)
    }

    fn finish(self) -> Built {
        let settings = &self.records().settings;
        let (lei, country) = self.reporting_lei_and_country();
        let ref_date = self.input.ref_date.format("%Y-%m-%d").to_string();
        let time = self.input.made_at.format("%Y%m%d%H%M%S%3f").to_string();
        let root = settings
            .name_pattern
            .replace("{lei}", &lei)
            .replace("{scope}", settings.scope.code())
            .replace("{country}", &country)
            .replace("{ref}", &ref_date)
            .replace("{time}", &time);
        let parameters = [
            ("entityID", format!("rs:{lei}.{}", settings.scope.code())),
            ("refPeriod", ref_date),
            ("baseCurrency", format!("iso4217:{}", settings.base_currency)),
            ("decimalsInteger", "0".into()),
            ("decimalsMonetary", "-3".into()),
        ];
        let mut sheets = BTreeMap::new();
        sheets.insert(
            "parameters.csv".to_owned(),
            Sheet {
                header: vec!["name".into(), "value".into()],
                rows: parameters.into_iter().map(|(n, v)| vec![n.to_owned(), v]).collect(),
            },
        );
        sheets.insert("FilingIndicators.csv".to_owned(), indicators());
        let mut sources = HashMap::new();
        for rows in self.outputs {
            for (i, source) in rows.sources.into_iter().enumerate() {
                sources.insert((rows.table.code.clone(), i + 1), source);
            }
            sheets.insert(rows.table.file_name(), rows.sheet);
        }
        let mut files = vec!["META-INF/reportPackage.json".to_owned(), "reports/report.json".to_owned()];
        files.extend(sheets.keys().map(|f| format!("reports/{f}")));
        Built { package: Package { root, files, with_bom: Vec::new(), sheets }, sources }
    }
}

/// The provider's name in Latin script: as its facts give it, else its legal name when that is
/// written in Latin script already.
fn latin_name(facts: Option<&BTreeMap<String, String>>, vendor: &VendorFacts) -> String {
    if let Some(name) = facts.and_then(|f| f.get("latin_name")) {
        return name.clone();
    }
    let legal = vendor.legal_name.clone().unwrap_or_else(|| vendor.name.clone());
    let latin = |c: char| !c.is_alphabetic() || c < '\u{0250}' || ('\u{1E00}'..='\u{1EFF}').contains(&c);
    if legal.chars().all(latin) { legal } else { String::new() }
}

/// An amount as the package writes it: no exponent, at most two decimals.
fn format_amount(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}
