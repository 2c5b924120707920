//! DORA Register of Information use cases: keeping its records (audited, for a financial
//! entity only), checking the register as a supervisor will, and making the report package.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::Serialize;

use super::Register;
use crate::actor::Area;
use crate::audit::AuditRecord;
use crate::dora::build::{Input, Source, VendorFacts, build};
use crate::dora::model::{
    DoraArrangement, DoraArrangementDraft, DoraEntity, DoraEntityDraft, DoraFunction, DoraFunctionDraft, DoraProvider,
    DoraProviderDraft, DoraRecords, DoraSettings,
};
use crate::dora::package::write_package;
use crate::dora::tables::tables;
use crate::dora::validate::{Problem, Severity, check};
use crate::error::{CoreError, Result};
use crate::ids::VendorId;

/// One problem of the register's package, with the record that fixes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DoraProblem {
    #[serde(flatten)]
    pub problem: Problem,
    /// The record behind the row, when the problem is in one.
    pub source: Option<Source>,
}

/// One template at a glance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TemplateReadiness {
    pub template: String,
    pub rows: usize,
    pub errors: usize,
    pub warnings: usize,
}

/// How ready the register is to file for a reference date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
}

/// A package made from the register.
pub struct DoraPackage {
    pub readiness: DoraReadiness,
    /// The zip's bytes.
    pub zip: Vec<u8>,
}

fn entity_record(action: &str, before: Option<&DoraEntity>, after: &DoraEntity) -> AuditRecord {
    AuditRecord::change(action, "dora_entity", after.id, &after.name, before, Some(after))
}

impl Register {
    /// Refuses RoI changes for an organisation that is not a financial entity.
    fn dora_gate(&self) -> Result<()> {
        if self.org_profile()?.financial_entity {
            Ok(())
        } else {
            Err(CoreError::Conflict(
                "The DORA Register of Information is kept by financial entities: mark the organisation as a \
                 financial entity in its profile first."
                    .into(),
            ))
        }
    }

    /// Every RoI record.
    pub fn dora_records(&self) -> Result<DoraRecords> {
        self.store.read(|r| r.dora_records())
    }

    /// Saves the RoI settings (scope, base currency, the package's name).
    pub fn set_dora_settings(&self, settings: &DoraSettings) -> Result<DoraSettings> {
        self.dora_gate()?;
        if crate::dora::tables::table("B_01.02")
            .and_then(|t| t.column("c0100"))
            .is_some_and(|c| !c.allowed.contains(&format!("eba_CU:{}", settings.base_currency)))
        {
            return Err(crate::validate::FieldErrors::one(
                "baseCurrency",
                "dora_value",
                format!("'{}' is not a currency on the EBA's list.", settings.base_currency),
            )
            .into());
        }
        self.write(Area::Incidents, |w| {
            let before = w.dora_settings()?;
            w.set_dora_settings(settings)?;
            w.audit(AuditRecord::change(
                "dora.settings",
                "dora_settings",
                1,
                "DORA settings",
                Some(&before),
                Some(settings),
            ))?;
            Ok(settings.clone())
        })
    }

    /// Adds an entity of the group, or updates the one with its LEI.
    pub fn save_dora_entity(&self, draft: &DoraEntityDraft) -> Result<DoraEntity> {
        self.dora_gate()?;
        let entity = draft.validate()?;
        self.write(Area::Incidents, |w| {
            let before = w.dora_entities()?.into_iter().find(|e| e.lei == entity.lei);
            let id = w.save_dora_entity(&entity)?;
            let after = w
                .dora_entities()?
                .into_iter()
                .find(|e| e.id == id)
                .ok_or_else(|| CoreError::not_found("entity", id))?;
            w.audit(entity_record(
                if before.is_some() { "dora_entity.update" } else { "dora_entity.create" },
                before.as_ref(),
                &after,
            ))?;
            Ok(after)
        })
    }

    /// Adds a function, or updates the one with its code in its entity.
    pub fn save_dora_function(&self, draft: &DoraFunctionDraft) -> Result<DoraFunction> {
        self.dora_gate()?;
        let function = draft.validate()?;
        self.write(Area::DataMap, |w| {
            let find = |all: Vec<DoraFunction>| {
                all.into_iter().find(|f| f.code == function.code && f.entity_lei == function.entity_lei)
            };
            let before = find(w.dora_functions()?);
            w.save_dora_function(&function)?;
            let after = find(w.dora_functions()?).ok_or_else(|| CoreError::not_found("function", &function.code))?;
            let action = if before.is_some() { "dora_function.update" } else { "dora_function.create" };
            w.audit(AuditRecord::change(
                action,
                "dora_function",
                after.id,
                &after.name,
                before.as_ref(),
                Some(&after),
            ))?;
            Ok(after)
        })
    }

    /// Saves what the RoI asks of `vendor` as a provider.
    pub fn save_dora_provider(&self, vendor: VendorId, draft: &DoraProviderDraft) -> Result<DoraProvider> {
        self.dora_gate()?;
        let (parent, facts) = draft.validate(vendor)?;
        self.write(Area::Vendors, |w| {
            let name = w.vendor(vendor)?.profile.name;
            if let Some(parent) = parent {
                w.vendor(parent)?;
            }
            let find = |all: Vec<DoraProvider>| all.into_iter().find(|p| p.vendor_id == vendor);
            let before = find(w.dora_providers()?);
            w.save_dora_provider(vendor, parent, &facts)?;
            let after = find(w.dora_providers()?).ok_or_else(|| CoreError::not_found("provider", vendor))?;
            w.audit(AuditRecord::change(
                "dora_provider.update",
                "vendor",
                vendor.0,
                &name,
                before.as_ref(),
                Some(&after),
            ))?;
            Ok(after)
        })
    }

    /// Adds a contractual arrangement, or updates the one with its reference.
    pub fn save_dora_arrangement(&self, draft: &DoraArrangementDraft) -> Result<DoraArrangement> {
        self.dora_gate()?;
        let arrangement = draft.validate()?;
        self.write(Area::Vendors, |w| {
            w.vendor(arrangement.vendor_id)?;
            let find = |all: Vec<DoraArrangement>| all.into_iter().find(|a| a.reference == arrangement.reference);
            let before = find(w.dora_arrangements()?);
            w.save_dora_arrangement(&arrangement)?;
            let after = find(w.dora_arrangements()?)
                .ok_or_else(|| CoreError::not_found("arrangement", &arrangement.reference))?;
            let action = if before.is_some() { "dora_arrangement.update" } else { "dora_arrangement.create" };
            w.audit(AuditRecord::change(
                action,
                "dora_arrangement",
                after.id,
                &after.reference,
                before.as_ref(),
                Some(&after),
            ))?;
            Ok(after)
        })
    }

    /// The register's package for `ref_date` and its problems, read in one transaction.
    pub fn dora_package(&self, ref_date: NaiveDate) -> Result<DoraPackage> {
        self.dora_gate()?;
        let made_at = self.now();
        let (records, vendors, subprocessors) = self.store.read(|r| {
            let vendors: HashMap<VendorId, VendorFacts> = r
                .vendors()?
                .into_iter()
                .map(|v| {
                    let p = v.profile;
                    (v.id, VendorFacts { name: p.name, legal_name: p.legal_name, lei: p.lei, country: p.country })
                })
                .collect();
            Ok((r.dora_records()?, vendors, r.subprocessor_pairs(&ref_date.format("%Y-%m-%d").to_string())?))
        })?;
        let input = Input { records: &records, vendors: &vendors, subprocessors: &subprocessors, ref_date, made_at };
        let built = build(&input);
        let problems: Vec<DoraProblem> = check(&built.package)
            .into_iter()
            .map(|problem| {
                let source = problem.template.clone().zip(problem.row).and_then(|key| built.sources.get(&key).cloned());
                DoraProblem { problem, source }
            })
            .collect();
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
            TemplateReadiness { template: t.code.clone(), rows, errors, warnings }
        })
        .collect()
}
