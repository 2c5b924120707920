//! SQL for the DORA Register of Information's records (migration 0006) and its settings.

use rusqlite::{OptionalExtension, ToSql, params};

use super::{Reader, Writer, timestamp};
use crate::dora::fields::Facts;
use crate::dora::model::{
    DoraArrangement, DoraBranch, DoraEntity, DoraFunction, DoraProvider, DoraRecords, DoraSettings, FunctionKey,
    ValidArrangement, ValidEntity, ValidFunction,
};
use crate::error::{CoreError, Result};
use crate::ids::VendorId;
use crate::validate::FieldErrors;

const SETTINGS_KEY: &str = "dora_settings";

fn facts_from(text: &str) -> rusqlite::Result<Facts> {
    serde_json::from_str(text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}

fn facts_text(facts: &Facts) -> String {
    serde_json::to_string(facts).expect("facts serialise")
}

/// A field error for a record named in a draft that the register does not hold.
fn unknown(field: &str, what: String) -> CoreError {
    CoreError::Validation(FieldErrors::one(field, "not_found", what))
}

impl Reader<'_> {
    /// The RoI settings (the defaults until saved).
    pub(crate) fn dora_settings(&self) -> Result<DoraSettings> {
        self.meta(SETTINGS_KEY)?
            .map(|t| {
                serde_json::from_str(&t)
                    .map_err(|e| CoreError::Corrupt(format!("the DORA settings are unreadable: {e}")))
            })
            .transpose()
            .map(Option::unwrap_or_default)
    }

    /// Every RoI record, in a stable order.
    pub(crate) fn dora_records(&self) -> Result<DoraRecords> {
        Ok(DoraRecords {
            settings: self.dora_settings()?,
            entities: self.dora_entities()?,
            branches: self.dora_branches()?,
            functions: self.dora_functions()?,
            providers: self.dora_providers()?,
            arrangements: self.dora_arrangements()?,
        })
    }

    pub(crate) fn dora_entities(&self) -> Result<Vec<DoraEntity>> {
        self.dora_entities_where("", &[])
    }

    /// The entity with `lei`, if the group has it.
    pub(crate) fn dora_entity(&self, lei: &str) -> Result<Option<DoraEntity>> {
        Ok(self.dora_entities_where("WHERE e.lei = ?1", &[&lei])?.pop())
    }

    /// Entities matching `filter` (a WHERE clause over `e`, or empty).
    fn dora_entities_where(&self, filter: &str, params: &[&dyn ToSql]) -> Result<Vec<DoraEntity>> {
        let conn = self.conn;
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT e.id, e.lei, e.name, e.reporting, p.lei, e.facts FROM dora_entities e \
             LEFT JOIN dora_entities p ON p.id = e.parent_id {filter} ORDER BY e.reporting DESC, e.lei"
        ))?;
        let rows = stmt.query_map(params, |r| {
            Ok(DoraEntity {
                id: r.get(0)?,
                lei: r.get(1)?,
                name: r.get(2)?,
                reporting: r.get::<_, i64>(3)? == 1,
                parent_lei: r.get(4)?,
                facts: facts_from(&r.get::<_, String>(5)?)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn dora_branches(&self) -> Result<Vec<DoraBranch>> {
        self.dora_branches_where("", &[])
    }

    /// The branch with `code` of the entity with `lei`, if there is one.
    pub(crate) fn dora_branch(&self, code: &str, lei: &str) -> Result<Option<DoraBranch>> {
        Ok(self.dora_branches_where("WHERE b.code = ?1 AND e.lei = ?2", &[&code, &lei])?.pop())
    }

    fn dora_branches_where(&self, filter: &str, params: &[&dyn ToSql]) -> Result<Vec<DoraBranch>> {
        let conn = self.conn;
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT b.code, e.lei, b.name, b.country FROM dora_branches b JOIN dora_entities e ON e.id = b.entity_id \
             {filter} ORDER BY e.lei, b.code"
        ))?;
        let rows = stmt.query_map(params, |r| {
            Ok(DoraBranch { code: r.get(0)?, entity_lei: r.get(1)?, name: r.get(2)?, country: r.get(3)? })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn dora_functions(&self) -> Result<Vec<DoraFunction>> {
        self.dora_functions_where("", &[])
    }

    /// The function with `code` run by the entity with `lei`, if there is one.
    pub(crate) fn dora_function(&self, code: &str, lei: &str) -> Result<Option<DoraFunction>> {
        Ok(self.dora_functions_where("WHERE f.code = ?1 AND e.lei = ?2", &[&code, &lei])?.pop())
    }

    fn dora_functions_where(&self, filter: &str, params: &[&dyn ToSql]) -> Result<Vec<DoraFunction>> {
        let conn = self.conn;
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT f.id, f.code, e.lei, f.name, s.name, f.facts FROM dora_functions f \
             JOIN dora_entities e ON e.id = f.entity_id LEFT JOIN internal_services s ON s.id = f.service_id \
             {filter} ORDER BY e.lei, f.code"
        ))?;
        let rows = stmt.query_map(params, |r| {
            Ok(DoraFunction {
                id: r.get(0)?,
                code: r.get(1)?,
                entity_lei: r.get(2)?,
                name: r.get(3)?,
                service: r.get(4)?,
                facts: facts_from(&r.get::<_, String>(5)?)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn dora_providers(&self) -> Result<Vec<DoraProvider>> {
        self.dora_providers_where("", &[])
    }

    /// What the RoI holds about `vendor` as a provider, if anything.
    pub(crate) fn dora_provider(&self, vendor: VendorId) -> Result<Option<DoraProvider>> {
        Ok(self.dora_providers_where("WHERE p.vendor_id = ?1", &[&vendor])?.pop())
    }

    fn dora_providers_where(&self, filter: &str, params: &[&dyn ToSql]) -> Result<Vec<DoraProvider>> {
        let conn = self.conn;
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT p.vendor_id, v.name, p.parent_vendor_id, p.facts FROM dora_providers p \
             JOIN vendors v ON v.id = p.vendor_id {filter} ORDER BY p.vendor_id"
        ))?;
        let rows = stmt.query_map(params, |r| {
            Ok(DoraProvider {
                vendor_id: r.get(0)?,
                vendor_name: r.get(1)?,
                parent: r.get(2)?,
                facts: facts_from(&r.get::<_, String>(3)?)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn dora_arrangements(&self) -> Result<Vec<DoraArrangement>> {
        self.dora_arrangements_where("", &[])
    }

    /// The arrangement with `reference`, if there is one.
    pub(crate) fn dora_arrangement(&self, reference: &str) -> Result<Option<DoraArrangement>> {
        Ok(self.dora_arrangements_where("WHERE a.reference = ?1", &[&reference])?.pop())
    }

    /// Arrangements matching `filter` (a WHERE clause over `a`, or empty) with the functions
    /// each supports.
    fn dora_arrangements_where(&self, filter: &str, params: &[&dyn ToSql]) -> Result<Vec<DoraArrangement>> {
        let conn = self.conn;
        let mut arrangements: Vec<DoraArrangement> = conn
            .prepare_cached(&format!(
                "SELECT a.id, a.reference, a.vendor_id, v.name, e.lei, o.reference, a.facts FROM dora_arrangements a \
                 JOIN vendors v ON v.id = a.vendor_id JOIN dora_entities e ON e.id = a.entity_id \
                 LEFT JOIN dora_arrangements o ON o.id = a.overarching_id {filter} ORDER BY a.id"
            ))?
            .query_map(params, |r| {
                Ok(DoraArrangement {
                    id: r.get(0)?,
                    reference: r.get(1)?,
                    vendor_id: r.get(2)?,
                    vendor_name: r.get(3)?,
                    entity_lei: r.get(4)?,
                    overarching: r.get(5)?,
                    functions: Vec::new(),
                    facts: facts_from(&r.get::<_, String>(6)?)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let index: std::collections::HashMap<i64, usize> =
            arrangements.iter().enumerate().map(|(i, a)| (a.id, i)).collect();
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT l.arrangement_id, f.code, e.lei FROM dora_arrangement_functions l \
             JOIN dora_functions f ON f.id = l.function_id JOIN dora_entities e ON e.id = f.entity_id \
             WHERE l.arrangement_id IN (SELECT a.id FROM dora_arrangements a {filter}) \
             ORDER BY l.arrangement_id, e.lei, f.code"
        ))?;
        let links = stmt
            .query_map(params, |r| Ok((r.get::<_, i64>(0)?, FunctionKey { code: r.get(1)?, entity_lei: r.get(2)? })))?;
        for link in links {
            let (arrangement, key) = link?;
            if let Some(&i) = index.get(&arrangement) {
                arrangements[i].functions.push(key);
            }
        }
        Ok(arrangements)
    }

    /// The id of the entity with `lei`, or an error naming `field`.
    fn dora_entity_id(&self, field: &str, lei: &str) -> Result<i64> {
        let conn = self.conn;
        conn.prepare_cached("SELECT id FROM dora_entities WHERE lei = ?1")?
            .query_row([lei], |r| r.get(0))
            .optional()?
            .ok_or_else(|| {
                unknown(field, format!("No entity of the group has the LEI {lei}: add it under DORA › Entities first."))
            })
    }

    /// Subprocessor edges in force on `date`, as (from, to) vendor pairs.
    pub(crate) fn subprocessor_pairs(&self, date: &str) -> Result<Vec<(VendorId, VendorId)>> {
        let conn = self.conn;
        let mut stmt = conn.prepare_cached(
            "SELECT DISTINCT from_vendor_id, to_vendor_id FROM vendor_edges WHERE kind = 'subprocessor' \
             AND valid_from <= ?1 AND (valid_to IS NULL OR valid_to >= ?1) ORDER BY from_vendor_id, to_vendor_id",
        )?;
        let rows = stmt.query_map([date], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Writer<'_> {
    pub(crate) fn set_dora_settings(&self, settings: &DoraSettings) -> Result<()> {
        self.set_meta(SETTINGS_KEY, &serde_json::to_string(settings).expect("settings serialise"))
    }

    /// Adds the entity, or replaces the one with its LEI.
    pub(crate) fn save_dora_entity(&self, e: &ValidEntity) -> Result<()> {
        let conn = self.conn();
        let now = timestamp(self.now);
        let parent = e.parent_lei.as_deref().map(|p| self.dora_entity_id("parentLei", p)).transpose()?;
        if e.reporting {
            conn.prepare_cached(
                "UPDATE dora_entities SET reporting = 0, updated_at = ?2 WHERE reporting = 1 AND lei <> ?1",
            )?
            .execute(params![e.lei, now])?;
        }
        conn.prepare_cached(
            "INSERT INTO dora_entities (lei, name, reporting, parent_id, facts, created_at, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) ON CONFLICT (lei) DO UPDATE SET name = excluded.name, \
                 reporting = excluded.reporting, parent_id = excluded.parent_id, facts = excluded.facts, \
                 updated_at = excluded.updated_at",
        )?
        .execute(params![e.lei, e.name, i64::from(e.reporting), parent, facts_text(&e.facts), now])?;
        Ok(())
    }

    /// Adds the branch, or replaces the one with its code in its entity.
    pub(crate) fn save_dora_branch(&self, b: &DoraBranch) -> Result<()> {
        let entity = self.dora_entity_id("entityLei", &b.entity_lei)?;
        self.conn()
            .prepare_cached(
                "INSERT INTO dora_branches (entity_id, code, name, country, created_at, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5) ON CONFLICT (entity_id, code) DO UPDATE SET name = excluded.name, \
                 country = excluded.country, updated_at = excluded.updated_at",
            )?
            .execute(params![entity, b.code, b.name, b.country, timestamp(self.now)])?;
        Ok(())
    }

    /// Adds the function, or replaces the one with its code in its entity.
    pub(crate) fn save_dora_function(&self, f: &ValidFunction) -> Result<()> {
        let conn = self.conn();
        let entity = self.dora_entity_id("entityLei", &f.entity_lei)?;
        let service: Option<i64> = match &f.service {
            Some(name) => Some(
                conn.prepare_cached("SELECT id FROM internal_services WHERE name_key = ?1")?
                    .query_row([crate::vendor::name_key(name)], |r| r.get(0))
                    .optional()?
                    .ok_or_else(|| unknown("service", format!("No internal service is called '{name}'.")))?,
            ),
            None => None,
        };
        conn.prepare_cached(
            "INSERT INTO dora_functions (code, entity_id, service_id, name, facts, created_at, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) ON CONFLICT (code, entity_id) DO UPDATE SET \
                 service_id = excluded.service_id, name = excluded.name, facts = excluded.facts, \
                 updated_at = excluded.updated_at",
        )?
        .execute(params![f.code, entity, service, f.name, facts_text(&f.facts), timestamp(self.now)])?;
        Ok(())
    }

    /// Saves a provider's RoI facts.
    pub(crate) fn save_dora_provider(&self, vendor: VendorId, parent: Option<VendorId>, facts: &Facts) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO dora_providers (vendor_id, parent_vendor_id, facts, updated_at) VALUES (?1, ?2, ?3, ?4) \
                 ON CONFLICT (vendor_id) DO UPDATE SET parent_vendor_id = excluded.parent_vendor_id, \
                 facts = excluded.facts, updated_at = excluded.updated_at",
            )?
            .execute(params![vendor, parent, facts_text(facts), timestamp(self.now)])?;
        Ok(())
    }

    /// Adds the arrangement, or replaces the one with its reference, with the functions it
    /// supports.
    pub(crate) fn save_dora_arrangement(&self, a: &ValidArrangement) -> Result<i64> {
        let conn = self.conn();
        let entity = self.dora_entity_id("entityLei", &a.entity_lei)?;
        let overarching: Option<i64> = match &a.overarching {
            Some(reference) => Some(
                conn.prepare_cached("SELECT id FROM dora_arrangements WHERE reference = ?1")?
                    .query_row([reference], |r| r.get(0))
                    .optional()?
                    .ok_or_else(|| {
                        unknown("overarching", format!("No arrangement has the reference '{reference}'."))
                    })?,
            ),
            None => None,
        };
        let mut functions = Vec::new();
        for key in &a.functions {
            let found: Option<i64> = conn
                .prepare_cached(
                    "SELECT f.id FROM dora_functions f JOIN dora_entities e ON e.id = f.entity_id WHERE f.code = ?1 AND e.lei = ?2",
                )?
                .query_row(params![key.code, key.entity_lei], |r| r.get(0))
                .optional()?;
            functions.push(found.ok_or_else(|| {
                unknown("functions", format!("No function {} is run by the entity {}.", key.code, key.entity_lei))
            })?);
        }
        let id = conn
            .prepare_cached(
                "INSERT INTO dora_arrangements (reference, vendor_id, entity_id, overarching_id, facts, created_at, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) ON CONFLICT (reference) DO UPDATE SET vendor_id = excluded.vendor_id, \
                 entity_id = excluded.entity_id, overarching_id = excluded.overarching_id, facts = excluded.facts, \
                 updated_at = excluded.updated_at RETURNING id",
            )?
            .insert_returning_id(params![a.reference, a.vendor_id, entity, overarching, facts_text(&a.facts), timestamp(self.now)])?;
        conn.prepare_cached("DELETE FROM dora_arrangement_functions WHERE arrangement_id = ?1")?.execute([id])?;
        for function in functions {
            conn.prepare_cached(
                "INSERT INTO dora_arrangement_functions (arrangement_id, function_id) VALUES (?1, ?2)",
            )?
            .execute(params![id, function])?;
        }
        Ok(id)
    }
}
