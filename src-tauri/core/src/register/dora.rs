//! DORA Register of Information use cases: keeping its records (audited, for a financial
//! entity only), checking the register as a supervisor will, and making the report package.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;

use super::Register;
use crate::actor::Area;
use crate::audit::AuditRecord;
use crate::datamap::{EdgeKind, InternalService, ServiceDependency, ValidEdge};
use crate::dora::build::{Input, Source, VendorFacts, build};
use crate::dora::fields::Facts;
use crate::dora::import::{DoraImportPlan, KnownVendor, PlannedArrangement, ProviderMatch, plan};
use crate::dora::model::{
    DoraArrangement, DoraArrangementDraft, DoraBranch, DoraEntity, DoraEntityDraft, DoraFunction, DoraFunctionDraft,
    DoraProvider, DoraProviderDraft, DoraRecords, DoraSettings, FunctionKey,
};
use crate::dora::model::{ValidArrangement, ValidEntity, ValidFunction};
use crate::dora::package::{read_package, write_package};
use crate::dora::tables::tables;
use crate::dora::validate::{Problem, Severity, check};
use crate::error::{CoreError, Result};
use crate::ids::VendorId;
use crate::locale::Language;
use crate::store::Writer;
use crate::text::Message;
use crate::validate::FieldErrors;

/// One problem of the register's package, with the record that fixes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DoraProblem {
    #[serde(flatten)]
    pub problem: Problem,
    /// The record behind the row, when the problem is in one.
    pub source: Option<Source>,
}

/// One template at a glance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TemplateReadiness {
    pub template: String,
    /// What the template holds.
    pub title: String,
    pub rows: usize,
    pub errors: usize,
    pub warnings: usize,
}

/// How ready the register is to file for a reference date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DoraReadiness {
    /// The package's name (its zip and its folder).
    pub name: String,
    pub templates: Vec<TemplateReadiness>,
    pub problems: Vec<DoraProblem>,
}

impl DoraReadiness {
    /// The problems that get a package refused.
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.problem.severity == Severity::Error).count()
    }

    /// The problems as CSV, to keep beside a package written despite them.
    pub fn problems_csv(&self) -> Result<Vec<u8>> {
        let failed =
            |e: &dyn std::fmt::Display| CoreError::Io(std::io::Error::other(format!("writing the problems: {e}")));
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer
            .write_record(["severity", "rule", "template", "row", "column", "record", "message"])
            .map_err(|e| failed(&e))?;
        for p in &self.problems {
            let severity = match p.problem.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            writer
                .write_record([
                    severity.to_owned(),
                    p.problem.rule.to_owned(),
                    p.problem.template.clone().unwrap_or_default(),
                    p.problem.row.map(|r| r.to_string()).unwrap_or_default(),
                    p.problem.column.clone().unwrap_or_default(),
                    p.source.as_ref().map(ToString::to_string).unwrap_or_default(),
                    p.problem.message.clone(),
                ])
                .map_err(|e| failed(&e))?;
        }
        writer.into_inner().map_err(|e| failed(&e))
    }
}

/// A package made from the register.
pub struct DoraPackage {
    pub readiness: DoraReadiness,
    /// The zip's bytes.
    pub zip: Vec<u8>,
}

/// How a RoI record came to be written: typed in (logged as created or updated) or read from
/// a package (logged as imported).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Via {
    Form,
    Import,
}

/// Logs the write of a `kind` record: `{kind}.import`, `.update` or `.create`.
fn log<T: Serialize>(
    w: &mut Writer<'_>,
    via: Via,
    kind: &str,
    (id, summary): (i64, &str),
    before: Option<&T>,
    after: &T,
) -> Result<()> {
    let action = match (via, before) {
        (Via::Import, _) => "import",
        (Via::Form, Some(_)) => "update",
        (Via::Form, None) => "create",
    };
    w.audit(AuditRecord::change(&format!("{kind}.{action}"), kind, id, summary, before, Some(after)))?;
    Ok(())
}

impl DoraPackage {
    /// Refuses a package a supervisor would reject, unless the user chose to file it anyway
    /// (`force`); nothing is written then.
    pub fn ready(&self, force: bool) -> Result<()> {
        let errors = self.readiness.errors();
        if errors > 0 && !force {
            return Err(CoreError::Conflict(
                crate::text::Message::new("error-dora-package-errors").arg("errors", errors),
            ));
        }
        Ok(())
    }

    /// The zip's file name: the package's own, as its folder is (rule 103).
    pub fn file_name(&self) -> String {
        format!("{}.zip", self.readiness.name)
    }

    /// Writes the zip into `out` (a folder, made if missing, or the zip's path, which must
    /// carry the package's name) and, when there are problems, `NAME.problems.csv` beside it.
    /// Returns the zip's path.
    pub fn write_to(&self, out: &Path) -> Result<PathBuf> {
        let path = if out.extension().is_some_and(|e| e.eq_ignore_ascii_case("zip")) {
            out.to_path_buf()
        } else {
            std::fs::create_dir_all(out)?;
            out.join(self.file_name())
        };
        if path.file_name().is_none_or(|name| name.to_string_lossy() != self.file_name()) {
            let message = Message::new("dora-package-name").arg("name", &self.readiness.name);
            return Err(FieldErrors::of("out", "dora_name", message).into());
        }
        std::fs::write(&path, &self.zip)?;
        if !self.readiness.problems.is_empty() {
            std::fs::write(path.with_extension("problems.csv"), self.readiness.problems_csv()?)?;
        }
        Ok(path)
    }
}

fn write_settings(w: &mut Writer<'_>, settings: &DoraSettings) -> Result<DoraSettings> {
    let before = w.dora_settings()?;
    w.set_dora_settings(settings)?;
    w.audit(AuditRecord::change("dora.settings", "dora_settings", 1, "DORA settings", Some(&before), Some(settings)))?;
    Ok(settings.clone())
}

fn write_entity(w: &mut Writer<'_>, entity: &ValidEntity, via: Via) -> Result<DoraEntity> {
    let before = w.dora_entity(&entity.lei)?;
    w.save_dora_entity(entity)?;
    let after = w.dora_entity(&entity.lei)?.ok_or_else(|| CoreError::not_found("entity", &entity.lei))?;
    log(w, via, "dora_entity", (after.id, &after.name), before.as_ref(), &after)?;
    Ok(after)
}

fn write_branch(w: &mut Writer<'_>, branch: &DoraBranch, via: Via) -> Result<DoraBranch> {
    let before = w.dora_branch(&branch.code, &branch.entity_lei)?;
    w.save_dora_branch(branch)?;
    let summary = format!("{} ({})", branch.name, branch.code);
    log(w, via, "dora_branch", (0, &summary), before.as_ref(), branch)?;
    Ok(branch.clone())
}

fn write_function(w: &mut Writer<'_>, function: &ValidFunction, via: Via) -> Result<DoraFunction> {
    let before = w.dora_function(&function.code, &function.entity_lei)?;
    w.save_dora_function(function)?;
    let after = w
        .dora_function(&function.code, &function.entity_lei)?
        .ok_or_else(|| CoreError::not_found("function", &function.code))?;
    log(w, via, "dora_function", (after.id, &after.name), before.as_ref(), &after)?;
    Ok(after)
}

fn write_provider(
    w: &mut Writer<'_>,
    vendor: VendorId,
    (parent, facts): (Option<VendorId>, Facts),
    via: Via,
) -> Result<DoraProvider> {
    let name = w.vendor(vendor)?.profile.name;
    if let Some(parent) = parent {
        w.vendor(parent)?;
    }
    let before = w.dora_provider(vendor)?;
    w.save_dora_provider(vendor, parent, &facts)?;
    let after = w.dora_provider(vendor)?.ok_or_else(|| CoreError::not_found("provider", vendor))?;
    log(w, via, "dora_provider", (vendor.0, &name), before.as_ref(), &after)?;
    Ok(after)
}

fn write_arrangement(w: &mut Writer<'_>, arrangement: &ValidArrangement, via: Via) -> Result<DoraArrangement> {
    w.vendor(arrangement.vendor_id)?;
    let before = w.dora_arrangement(&arrangement.reference)?;
    w.save_dora_arrangement(arrangement)?;
    let after = w
        .dora_arrangement(&arrangement.reference)?
        .ok_or_else(|| CoreError::not_found("arrangement", &arrangement.reference))?;
    log(w, via, "dora_arrangement", (after.id, &after.reference), before.as_ref(), &after)?;
    Ok(after)
}

impl Register {
    /// Refuses RoI changes for an organisation that is not a financial entity.
    fn dora_gate(&self) -> Result<()> {
        if self.org_profile()?.financial_entity {
            Ok(())
        } else {
            Err(CoreError::Conflict(crate::text::Message::new("error-dora-not-financial-entity")))
        }
    }

    /// The reference date to file for today: 31 December of last year (from 2026 the annual
    /// collection is as at the end of the preceding year).
    pub fn dora_reference_date(&self) -> NaiveDate {
        let year = chrono::Datelike::year(&self.today()) - 1;
        NaiveDate::from_ymd_opt(year, 12, 31).expect("31 December exists")
    }

    /// Every RoI record.
    pub fn dora_records(&self) -> Result<DoraRecords> {
        self.store.read(|r| r.dora_records())
    }

    /// Saves the RoI settings (scope, base currency, the package's name).
    pub fn set_dora_settings(&self, settings: &DoraSettings) -> Result<DoraSettings> {
        self.dora_gate()?;
        let settings = settings.validate()?;
        self.write(Area::Incidents, |w| write_settings(w, &settings))
    }

    /// Adds an entity of the group, or updates the one with its LEI.
    pub fn save_dora_entity(&self, draft: &DoraEntityDraft) -> Result<DoraEntity> {
        self.dora_gate()?;
        let entity = draft.validate()?;
        self.write(Area::Incidents, |w| write_entity(w, &entity, Via::Form))
    }

    /// Adds a branch of an entity, or updates the one with its code there.
    pub fn save_dora_branch(&self, draft: &DoraBranch) -> Result<DoraBranch> {
        self.dora_gate()?;
        let branch = draft.validate()?;
        self.write(Area::Incidents, |w| write_branch(w, &branch, Via::Form))
    }

    /// Adds a function, or updates the one with its code in its entity.
    pub fn save_dora_function(&self, draft: &DoraFunctionDraft) -> Result<DoraFunction> {
        self.dora_gate()?;
        let function = draft.validate()?;
        self.write(Area::DataMap, |w| write_function(w, &function, Via::Form))
    }

    /// Saves what the RoI asks of `vendor` as a provider.
    pub fn save_dora_provider(&self, vendor: VendorId, draft: &DoraProviderDraft) -> Result<DoraProvider> {
        self.dora_gate()?;
        let provider = draft.validate(vendor)?;
        self.write(Area::Vendors, |w| write_provider(w, vendor, provider, Via::Form))
    }

    /// Adds a contractual arrangement, or updates the one with its reference.
    pub fn save_dora_arrangement(&self, draft: &DoraArrangementDraft) -> Result<DoraArrangement> {
        self.dora_gate()?;
        let arrangement = draft.validate()?;
        self.write(Area::Vendors, |w| write_arrangement(w, &arrangement, Via::Form))
    }

    /// The register's package for `ref_date` and its problems (said in the register's language),
    /// read in one transaction.
    pub fn dora_package(&self, ref_date: NaiveDate) -> Result<DoraPackage> {
        self.dora_gate()?;
        let made_at = self.now();
        let (records, vendors, subprocessors, services) = self.store.read(|r| {
            let vendors: HashMap<VendorId, VendorFacts> = r
                .vendors()?
                .into_iter()
                .map(|v| {
                    let p = v.profile;
                    (v.id, VendorFacts { name: p.name, legal_name: p.legal_name, lei: p.lei, country: p.country })
                })
                .collect();
            let pairs = r.subprocessor_pairs(&ref_date.format("%Y-%m-%d").to_string())?;
            Ok((r.dora_records()?, vendors, pairs, r.internal_services()?))
        })?;
        let input = Input { records: &records, vendors: &vendors, subprocessors: &subprocessors, ref_date, made_at };
        let built = build(&input);
        let language = self.language();
        let mut problems: Vec<DoraProblem> = check(&built.package, language)
            .into_iter()
            .map(|problem| {
                let source = problem.template.clone().zip(problem.row).and_then(|key| built.sources.get(&key).cloned());
                DoraProblem { problem, source }
            })
            .collect();
        problems.extend(service_advice(&records, &services, ref_date, language));
        let readiness = DoraReadiness {
            name: built.package.root.clone(),
            templates: readiness(&built.package, &problems),
            problems,
        };
        let zip = write_package(&built.package.root, &built.package.sheets)?;
        Ok(DoraPackage { readiness, zip })
    }
}

/// Rows and problems per template.
fn readiness(package: &crate::dora::package::Package, problems: &[DoraProblem]) -> Vec<TemplateReadiness> {
    let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for p in problems {
        if let Some(template) = &p.problem.template {
            let entry = counts.entry(template.as_str()).or_default();
            match p.problem.severity {
                Severity::Error => entry.0 += 1,
                Severity::Warning => entry.1 += 1,
            }
        }
    }
    tables()
        .iter()
        .map(|t| {
            let (errors, warnings) = counts.get(t.code.as_str()).copied().unwrap_or_default();
            let rows = package.sheets.get(&t.file_name()).map_or(0, |s| s.rows.len());
            let title = crate::dora::labels::template_title(&t.code).to_owned();
            TemplateReadiness { template: t.code.clone(), title, rows, errors, warnings }
        })
        .collect()
}

impl Register {
    /// What importing the package `bytes` (the file `file_name`) would do; nothing is written.
    pub fn dora_import_preview(&self, file_name: &str, bytes: &[u8]) -> Result<DoraImportPlan> {
        self.dora_gate()?;
        let package = read_package(bytes)?;
        let language = self.language();
        self.store.read(|r| Ok(plan(&package, file_name, &known_vendors(r.vendors()?), language)?))
    }

    /// Imports the package: entities, functions, providers (new vendors where none matched),
    /// the subcontracting behind them and the arrangements, all in one transaction or nothing.
    pub fn dora_import(&self, file_name: &str, bytes: &[u8]) -> Result<DoraImportPlan> {
        self.dora_gate()?;
        for area in [Area::Vendors, Area::DataMap] {
            self.require(area)?;
        }
        let package = read_package(bytes)?;
        let language = self.language();
        self.write(Area::Incidents, |w| {
            let plan = plan(&package, file_name, &known_vendors(w.vendors()?), language)?;
            let settings = DoraSettings {
                scope: plan.settings.scope,
                base_currency: plan.settings.base_currency.clone(),
                definitions: plan.settings.definitions.clone(),
                ..w.dora_settings()?
            };
            write_settings(w, &settings.validate()?)?;
            import_entities(w, &plan)?;
            for branch in &plan.branches {
                write_branch(w, &branch.validate()?, Via::Import)?;
            }
            for draft in &plan.functions {
                write_function(w, &draft.validate()?, Via::Import)?;
            }
            let vendors = import_providers(w, &plan)?;
            import_subcontracting(w, &plan, &vendors)?;
            let mut arrangements: Vec<&PlannedArrangement> = plan.arrangements.iter().collect();
            arrangements.sort_by_key(|a| a.overarching.is_some());
            for a in arrangements {
                let draft = DoraArrangementDraft {
                    reference: a.reference.clone(),
                    vendor_id: vendors[&a.provider_code],
                    entity_lei: a.entity_lei.clone(),
                    overarching: a.overarching.clone(),
                    functions: a.functions.clone(),
                    facts: a.facts.clone(),
                };
                write_arrangement(w, &draft.validate()?, Via::Import)?;
            }
            Ok(plan)
        })
    }
}

fn known_vendors(vendors: Vec<crate::vendor::Vendor>) -> Vec<KnownVendor> {
    vendors
        .into_iter()
        .map(|v| KnownVendor { id: v.id, name: v.profile.name, lei: v.profile.lei, vat: v.profile.vat })
        .collect()
}

/// The group's entities, each after its parent.
fn import_entities(w: &mut Writer<'_>, plan: &DoraImportPlan) -> Result<()> {
    let mut saved: Vec<String> = Vec::new();
    let mut pending: Vec<&DoraEntityDraft> = plan.entities.iter().collect();
    while !pending.is_empty() {
        let (ready, rest): (Vec<&DoraEntityDraft>, Vec<&DoraEntityDraft>) = pending.into_iter().partition(|e| {
            e.parent_lei.as_ref().is_none_or(|p| saved.contains(p) || !plan.entities.iter().any(|o| &o.lei == p))
        });
        if ready.is_empty() {
            let message = Message::new("dora-import-parents-circle");
            return Err(CoreError::Validation(FieldErrors::of("B_01.02", "dora_parent", message)));
        }
        for draft in ready {
            saved.push(write_entity(w, &draft.validate()?, Via::Import)?.lei);
        }
        pending = rest;
    }
    Ok(())
}

/// Each provider's vendor (matched, or created), with its RoI facts; provider code → vendor.
fn import_providers(w: &mut Writer<'_>, plan: &DoraImportPlan) -> Result<HashMap<String, VendorId>> {
    let mut vendors = HashMap::new();
    for p in &plan.providers {
        let id = match &p.matched {
            ProviderMatch::Existing { vendor_id, .. } => *vendor_id,
            ProviderMatch::New => {
                let draft = crate::vendor::VendorDraft {
                    name: p.legal_name.clone(),
                    legal_name: p.legal_name.clone(),
                    country: p.country.clone().unwrap_or_default(),
                    category: "other".into(),
                    status: "active".into(),
                    lei: if p.code_type == "eba_qCO:qx2000" { p.code.clone() } else { String::new() },
                    vat: if p.code_type == "eba_qCO:qx2004" { p.code.clone() } else { String::new() },
                    ..Default::default()
                };
                let valid = draft.validate().map_err(|e| {
                    let prefixed = e.0.into_iter().map(|mut f| {
                        f.field = format!("B_05.01 row {} {}", p.row, f.field);
                        f
                    });
                    CoreError::Validation(FieldErrors(prefixed.collect()))
                })?;
                let id = w.insert_vendor(&valid)?;
                let vendor = w.vendor(id)?;
                w.audit(super::vendors::vendor_record("vendor.create", None, &vendor))?;
                id
            }
        };
        vendors.insert(p.code.clone(), id);
    }
    for p in &plan.providers {
        let parent = p.parent_code.as_ref().and_then(|c| vendors.get(c)).copied();
        if p.facts.is_empty() && parent.is_none() {
            continue;
        }
        let vendor = vendors[&p.code];
        let provider = DoraProviderDraft { parent, facts: p.facts.clone() }.validate(vendor)?;
        write_provider(w, vendor, provider, Via::Import)?;
    }
    Ok(vendors)
}

/// Subcontracting the fourth-party graph does not show on the reference date, added to it.
fn import_subcontracting(w: &mut Writer<'_>, plan: &DoraImportPlan, vendors: &HashMap<String, VendorId>) -> Result<()> {
    let known: std::collections::HashSet<(VendorId, VendorId)> =
        w.subprocessor_pairs(&plan.ref_date.format("%Y-%m-%d").to_string())?.into_iter().collect();
    for (from, to) in &plan.subcontracting {
        let (Some(&from), Some(&to)) = (vendors.get(from), vendors.get(to)) else { continue };
        if from == to || known.contains(&(from, to)) {
            continue;
        }
        let edge = ValidEdge {
            to_vendor_id: to,
            kind: EdgeKind::Subprocessor,
            category_keys: Vec::new(),
            purpose: Some("Subcontracting reported in a DORA Register of Information".into()),
            locations: Vec::new(),
            regions: Vec::new(),
            valid_from: plan.ref_date,
            valid_to: None,
        };
        let id = w.insert_edge(from, &edge, "manual")?;
        let after = w.edge(id)?;
        w.audit(super::datamap::edge_record("vendor_edge.create", None, &after))?;
    }
    Ok(())
}

/// What our services say the RoI misses: a function run on one of our internal services that
/// depends on a vendor on the reference date, with no arrangement with that vendor supporting
/// the function. A warning on the function (said in `language`), so the link is made where it
/// belongs.
fn service_advice(
    records: &DoraRecords,
    services: &[InternalService],
    ref_date: NaiveDate,
    language: Language,
) -> Vec<DoraProblem> {
    let in_force = |d: &ServiceDependency| {
        d.valid_from.is_none_or(|from| from <= ref_date) && d.valid_to.is_none_or(|to| to >= ref_date)
    };
    let mut advice = Vec::new();
    for function in &records.functions {
        let Some(service) = function.service.as_ref().and_then(|name| services.iter().find(|s| &s.name == name)) else {
            continue;
        };
        let key = FunctionKey { code: function.code.clone(), entity_lei: function.entity_lei.clone() };
        for dependency in service.dependencies.iter().filter(|d| in_force(d)) {
            let covered =
                records.arrangements.iter().any(|a| a.vendor_id == dependency.vendor.id && a.functions.contains(&key));
            if covered {
                continue;
            }
            let text = Message::new("dora-service-advice")
                .arg("function", &function.code)
                .arg("service", &service.name)
                .arg("vendor", &dependency.vendor.name);
            let problem = Problem {
                rule: "service",
                severity: Severity::Warning,
                template: Some("B_02.02".into()),
                row: None,
                column: Some("c0050".into()),
                message: String::new(),
                text,
            };
            advice.push(DoraProblem {
                problem: problem.in_language(language),
                source: Some(Source::Function { code: function.code.clone(), entity_lei: function.entity_lei.clone() }),
            });
        }
    }
    advice
}
