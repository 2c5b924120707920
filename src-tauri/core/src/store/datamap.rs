//! SQL for the data map: taxonomy, subject groups, internal services and their dependencies,
//! data flows, vendor-to-vendor edges, review requests, and the snapshot the graph runs on.

use super::{Reader, Writer};
use std::collections::HashMap;

use super::db::{Conn, Row};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, params};

use super::{parse_timestamp, timestamp};
use crate::datamap::{
    CountryCount, DataFlow, DataMapRefs, InternalService, NamedRef, ServiceDependency, ValidEdge, ValidFlow,
    ValidService, VendorEdge, VendorRef,
};
use crate::error::{CoreError, Result};
use crate::ids::{EdgeId, FlowId, InternalServiceId, VendorId};
use crate::taxonomy::{CategoryFlags, DataCategory, SubjectGroup, builtin_categories, builtin_subject_groups};
use crate::text::Message;
use crate::validate::FieldErrors;
use crate::vendor::name_key;

// ----- taxonomy ----------------------------------------------------------------------------

const CATEGORY_COLUMNS: &str = "key, parent_key, name, description, builtin, personal, special_category, health, \
     payment_card, financial_account, credentials, government_id, children, precise_location";

/// A category from `CATEGORY_COLUMNS` starting at column `first`.
fn category_at(row: &Row<'_>, first: usize) -> rusqlite::Result<DataCategory> {
    let flag = |i: usize| row.get::<_, bool>(first + i);
    Ok(DataCategory {
        key: row.get(first)?,
        parent_key: row.get(first + 1)?,
        name: row.get(first + 2)?,
        description: row.get(first + 3)?,
        builtin: row.get(first + 4)?,
        flags: CategoryFlags {
            personal: flag(5)?,
            special_category: flag(6)?,
            health: flag(7)?,
            payment_card: flag(8)?,
            financial_account: flag(9)?,
            credentials: flag(10)?,
            government_id: flag(11)?,
            children: flag(12)?,
            precise_location: flag(13)?,
        },
    })
}

fn category_from_row(row: &Row<'_>) -> rusqlite::Result<DataCategory> {
    category_at(row, 0)
}

/// Inserts a category row.
fn insert_category(conn: Conn<'_>, c: &DataCategory) -> rusqlite::Result<i64> {
    let f = &c.flags;
    let inserted = conn.prepare_cached(&format!("INSERT INTO data_categories ({CATEGORY_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) RETURNING rowid"))?
        .insert_returning_id(params![
            c.key,
            c.parent_key,
            c.name,
            c.description,
            c.builtin,
            f.personal,
            f.special_category,
            f.health,
            f.payment_card,
            f.financial_account,
            f.credentials,
            f.government_id,
            f.children,
            f.precise_location
        ])?;
    Ok(inserted)
}

/// Inserts a subject-group row.
fn insert_subject(conn: Conn<'_>, s: &SubjectGroup) -> rusqlite::Result<i64> {
    let inserted = conn
        .prepare_cached(
            "INSERT INTO subject_groups (key, name, description, builtin) VALUES (?1, ?2, ?3, ?4) RETURNING rowid",
        )?
        .insert_returning_id(params![s.key, s.name, s.description, s.builtin])?;
    Ok(inserted)
}

/// Migration step of schema 2: the built-in Fideslang taxonomy with our flags.
pub(crate) fn seed_taxonomy(conn: Conn<'_>) -> rusqlite::Result<()> {
    builtin_categories().iter().try_for_each(|c| insert_category(conn, c).map(drop))?;
    builtin_subject_groups().iter().try_for_each(|s| insert_subject(conn, s).map(drop))
}

impl Reader<'_> {
    /// Every category, parents before children.
    pub(crate) fn categories(&self) -> Result<Vec<DataCategory>> {
        let conn = self.conn;
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {CATEGORY_COLUMNS} FROM data_categories ORDER BY length(key) - length(replace(key, '.', '')), key"
        ))?;
        Ok(stmt.query_map([], category_from_row)?.collect::<rusqlite::Result<_>>()?)
    }

    /// One category and its row id (the audit log's entity id).
    pub(crate) fn category(&self, key: &str) -> Result<(i64, DataCategory)> {
        let conn = self.conn;
        conn.prepare_cached(&format!("SELECT rowid, {CATEGORY_COLUMNS} FROM data_categories WHERE key = ?1"))?
            .query_row([key], |r| {
                let id: i64 = r.get(0)?;
                Ok((id, category_at(r, 1)?))
            })
            .optional()?
            .ok_or_else(|| CoreError::not_found("data category", key))
    }

    /// Every subject group.
    pub(crate) fn subject_groups(&self) -> Result<Vec<SubjectGroup>> {
        let conn = self.conn;
        let mut stmt =
            conn.prepare_cached("SELECT key, name, description, builtin FROM subject_groups ORDER BY builtin, name")?;
        Ok(stmt
            .query_map([], |r| {
                Ok(SubjectGroup { key: r.get(0)?, name: r.get(1)?, description: r.get(2)?, builtin: r.get(3)? })
            })?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// One subject group and its row id.
    pub(crate) fn subject_group(&self, key: &str) -> Result<(i64, SubjectGroup)> {
        let conn = self.conn;
        conn.prepare_cached("SELECT rowid, key, name, description, builtin FROM subject_groups WHERE key = ?1")?
            .query_row([key], |r| {
                Ok((
                    r.get(0)?,
                    SubjectGroup { key: r.get(1)?, name: r.get(2)?, description: r.get(3)?, builtin: r.get(4)? },
                ))
            })
            .optional()?
            .ok_or_else(|| CoreError::not_found("subject group", key))
    }

    pub(crate) fn custom_taxonomy(&self) -> Result<(WithRowIds<DataCategory>, WithRowIds<SubjectGroup>)> {
        let conn = self.conn;
        let categories = conn
            .prepare(&format!("SELECT rowid, {CATEGORY_COLUMNS} FROM data_categories WHERE builtin = 0"))?
            .query_map([], |r| Ok((r.get(0)?, category_at(r, 1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let subjects = conn
            .prepare("SELECT rowid, key, name, description, builtin FROM subject_groups WHERE builtin = 0")?
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    SubjectGroup { key: r.get(1)?, name: r.get(2)?, description: r.get(3)?, builtin: r.get(4)? },
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok((categories, subjects))
    }

    /// Built-in categories and groups as stored, for comparison with the embedded originals.
    pub(crate) fn builtin_taxonomy(&self) -> Result<(Vec<DataCategory>, Vec<SubjectGroup>)> {
        let _conn = self.conn;
        let categories = self.categories()?.into_iter().filter(|c| c.builtin).collect();
        let subjects = self.subject_groups()?.into_iter().filter(|s| s.builtin).collect();
        Ok((categories, subjects))
    }

    /// The names and keys a data-map draft may refer to; vendor services are `vendor`'s.
    pub(crate) fn data_map_refs(&self, vendor: Option<VendorId>) -> Result<DataMapRefs> {
        let conn = self.conn;
        let strings = |sql: &str| -> Result<std::collections::HashSet<String>> {
            Ok(conn.prepare_cached(sql)?.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?)
        };
        let mut refs = DataMapRefs {
            categories: strings("SELECT key FROM data_categories")?,
            subjects: strings("SELECT key FROM subject_groups")?,
            ..DataMapRefs::default()
        };
        for row in conn
            .prepare_cached("SELECT name_key, id FROM internal_services")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        {
            let (key, id): (String, InternalServiceId) = row?;
            refs.internal_services.insert(key, id);
        }
        for row in
            conn.prepare_cached("SELECT name_key, id FROM vendors")?.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        {
            let (key, id): (String, VendorId) = row?;
            refs.vendors.insert(key, id);
            refs.vendor_ids.insert(id);
        }
        if let Some(vendor) = vendor {
            refs.vendor_services = self.vendor_services(vendor)?;
        }
        Ok(refs)
    }

    /// A vendor's services by name key.
    pub(crate) fn vendor_services(&self, vendor: VendorId) -> Result<HashMap<String, crate::ids::ServiceId>> {
        let conn = self.conn;
        let mut services = HashMap::new();
        let mut stmt = conn.prepare_cached("SELECT name, id FROM vendor_services WHERE vendor_id = ?1")?;
        for row in stmt.query_map([vendor], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))? {
            let (name, id) = row?;
            services.insert(name_key(&name), id);
        }
        Ok(services)
    }

    /// One internal service with its dependencies.
    pub(crate) fn internal_service(&self, id: InternalServiceId) -> Result<InternalService> {
        let conn = self.conn;
        let mut service = conn
            .prepare_cached("SELECT id, name, description, criticality, rto_hours, owner, created_at, updated_at FROM internal_services WHERE id = ?1")?
            .query_row([id], |r| {
                Ok(InternalService {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    description: r.get(2)?,
                    criticality: r.get(3)?,
                    rto_hours: r.get(4)?,
                    owner: r.get(5)?,
                    dependencies: Vec::new(),
                    created_at: parse_timestamp(&r.get::<_, String>(6)?, 6)?,
                    updated_at: parse_timestamp(&r.get::<_, String>(7)?, 7)?,
                })
            })
            .optional()?
            .ok_or_else(|| CoreError::not_found("internal service", id))?;
        service.dependencies = conn
            .prepare_cached(
                "SELECT d.vendor_id, v.name, d.note, d.valid_from, d.valid_to FROM service_dependencies d \
                 JOIN vendors v ON v.id = d.vendor_id WHERE d.service_id = ?1 ORDER BY v.name_key, d.id",
            )?
            .query_map([id], |r| {
                Ok(ServiceDependency {
                    vendor: VendorRef { id: r.get(0)?, name: r.get::<_, String>(1)?.into() },
                    note: r.get(2)?,
                    valid_from: optional_date(r.get(3)?),
                    valid_to: optional_date(r.get(4)?),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(service)
    }

    /// Every internal service.
    pub(crate) fn internal_services(&self) -> Result<Vec<InternalService>> {
        let conn = self.conn;
        let ids: Vec<InternalServiceId> = conn
            .prepare_cached("SELECT id FROM internal_services ORDER BY name_key")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.into_iter().map(|id| self.internal_service(id)).collect()
    }

    /// One flow.
    pub(crate) fn flow(&self, id: FlowId) -> Result<DataFlow> {
        let conn = self.conn;
        let flow = conn
            .prepare_cached(&format!("SELECT {FLOW_COLUMNS} FROM {FLOW_FROM} WHERE f.id = ?1"))?
            .query_row([id], flow_from_row)
            .optional()?
            .ok_or_else(|| CoreError::not_found("data flow", id))?;
        complete_flow(conn, flow)
    }

    /// A vendor's flows (every flow when `vendor` is `None`), newest first.
    pub(crate) fn flows(&self, vendor: Option<VendorId>) -> Result<Vec<DataFlow>> {
        let conn = self.conn;
        let rows: Vec<DataFlow> = conn
            .prepare_cached(&format!("SELECT {FLOW_COLUMNS} FROM {FLOW_FROM} WHERE CAST(?1 AS BIGINT) IS NULL OR f.vendor_id = ?1 ORDER BY f.valid_from DESC, f.id DESC"))?
            .query_map([vendor], flow_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        rows.into_iter().map(|f| complete_flow(conn, f)).collect()
    }

    /// The flows with ids from `first` to `last`, in id order, complete: a handful of queries
    /// for the whole range (the audit check reads every flow this way).
    pub(crate) fn flows_by_id(&self, first: i64, last: i64) -> Result<Vec<DataFlow>> {
        let conn = self.conn;
        let mut flows: Vec<DataFlow> = conn
            .prepare_cached(&format!(
                "SELECT {FLOW_COLUMNS} FROM {FLOW_FROM} WHERE f.id BETWEEN ?1 AND ?2 ORDER BY f.id"
            ))?
            .query_map([first, last], flow_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        let flags: HashMap<String, CategoryFlags> = self.categories()?.into_iter().map(|c| (c.key, c.flags)).collect();
        let mut stmt = conn.prepare_cached(
            "SELECT flow_id, category_key FROM data_flow_categories WHERE flow_id BETWEEN ?1 AND ?2 \
             ORDER BY flow_id, category_key",
        )?;
        let mut rows = stmt.query([first, last])?;
        let mut at = 0;
        while let Some(row) = rows.next()? {
            let (id, key): (FlowId, String) = (row.get(0)?, row.get(1)?);
            while at < flows.len() && flows[at].id < id {
                at += 1;
            }
            if let (Some(flow), Some(category)) = (flows.get_mut(at).filter(|f| f.id == id), flags.get(&key)) {
                flow.flags = flow.flags.union(*category);
                flow.category_keys.push(key);
            }
        }
        let mut stmt = conn.prepare_cached(
            "SELECT flow_id, country, people FROM data_flow_residence WHERE flow_id BETWEEN ?1 AND ?2 ORDER BY flow_id",
        )?;
        let mut rows = stmt.query([first, last])?;
        let mut at = 0;
        while let Some(row) = rows.next()? {
            let id: FlowId = row.get(0)?;
            while at < flows.len() && flows[at].id < id {
                at += 1;
            }
            if let Some(flow) = flows.get_mut(at).filter(|f| f.id == id) {
                flow.residence.push(CountryCount { country: row.get(1)?, people: row.get(2)? });
            }
        }
        for flow in &mut flows {
            flow.residence.sort_by(|a, b| b.people.cmp(&a.people).then_with(|| a.country.cmp(&b.country)));
        }
        Ok(flows)
    }

    /// The edges with ids from `first` to `last`, in id order, complete.
    pub(crate) fn edges_by_id(&self, first: i64, last: i64) -> Result<Vec<VendorEdge>> {
        let conn = self.conn;
        let mut edges: Vec<VendorEdge> = conn
            .prepare_cached(&format!(
                "SELECT {EDGE_COLUMNS} FROM {EDGE_FROM} WHERE e.id BETWEEN ?1 AND ?2 ORDER BY e.id"
            ))?
            .query_map([first, last], edge_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = conn.prepare_cached(
            "SELECT edge_id, category_key FROM vendor_edge_categories WHERE edge_id BETWEEN ?1 AND ?2 \
             ORDER BY edge_id, category_key",
        )?;
        let mut rows = stmt.query([first, last])?;
        let mut at = 0;
        while let Some(row) = rows.next()? {
            let id: EdgeId = row.get(0)?;
            while at < edges.len() && edges[at].id < id {
                at += 1;
            }
            if let Some(edge) = edges.get_mut(at).filter(|e| e.id == id) {
                edge.category_keys.push(row.get(1)?);
            }
        }
        Ok(edges)
    }

    /// The highest flow id and edge id (0 when there are none).
    pub(crate) fn last_flow_and_edge_ids(&self) -> Result<(i64, i64)> {
        let last = |table: &str| -> Result<i64> {
            Ok(self.conn.query_row(&format!("SELECT coalesce(max(id), 0) FROM {table}"), [], |r| r.get(0))?)
        };
        Ok((last("data_flows")?, last("vendor_edges")?))
    }

    /// One edge.
    pub(crate) fn edge(&self, id: EdgeId) -> Result<VendorEdge> {
        let conn = self.conn;
        let edge = conn
            .prepare_cached(&format!("SELECT {EDGE_COLUMNS} FROM {EDGE_FROM} WHERE e.id = ?1"))?
            .query_row([id], edge_from_row)
            .optional()?
            .ok_or_else(|| CoreError::not_found("vendor edge", id))?;
        complete_edge(conn, edge)
    }

    /// Edges leaving and arriving at a vendor (every edge when `vendor` is `None`).
    pub(crate) fn edges(&self, vendor: Option<VendorId>) -> Result<Vec<VendorEdge>> {
        let conn = self.conn;
        let rows: Vec<VendorEdge> = conn
            .prepare_cached(&format!(
                "SELECT {EDGE_COLUMNS} FROM {EDGE_FROM} WHERE CAST(?1 AS BIGINT) IS NULL OR e.from_vendor_id = ?1 OR e.to_vendor_id = ?1 ORDER BY a.name_key, b.name_key, e.valid_from"
            ))?
            .query_map([vendor], edge_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        rows.into_iter().map(|e| complete_edge(conn, e)).collect()
    }

    /// The open review requests of a vendor: (id, reason, requested at).
    pub(crate) fn open_reviews(&self, vendor: VendorId) -> Result<Vec<(i64, String, DateTime<Utc>)>> {
        let conn = self.conn;
        Ok(conn
            .prepare_cached("SELECT id, reason, requested_at FROM review_requests WHERE vendor_id = ?1 AND resolved_at IS NULL ORDER BY id")?
            .query_map([vendor], |r| Ok((r.get(0)?, r.get(1)?, parse_timestamp(&r.get::<_, String>(2)?, 2)?)))?
            .collect::<rusqlite::Result<_>>()?)
    }
}

impl Writer<'_> {
    /// Adds a custom data category; returns its row id.
    pub(crate) fn add_category(&self, category: &DataCategory) -> Result<i64> {
        Ok(insert_category(self.conn(), category)?)
    }

    /// Adds a custom subject group; returns its row id.
    pub(crate) fn add_subject(&self, group: &SubjectGroup) -> Result<i64> {
        Ok(insert_subject(self.conn(), group)?)
    }

    /// Inserts or replaces an internal service and its dependencies.
    pub(crate) fn save_internal_service(
        &self,
        id: Option<InternalServiceId>,
        s: &ValidService,
    ) -> Result<InternalServiceId> {
        let conn = self.conn();
        let now = self.now;
        ensure_unique_service(conn, &s.name, id)?;
        let id = match id {
            Some(id) => {
                let changed = conn
                    .prepare_cached("UPDATE internal_services SET name = ?2, name_key = ?3, description = ?4, criticality = ?5, rto_hours = ?6, owner = ?7, updated_at = ?8 WHERE id = ?1")?
                    .execute(params![id, s.name, name_key(&s.name), s.description, s.criticality, s.rto_hours, s.owner, timestamp(now)])?;
                if changed == 0 {
                    return Err(CoreError::not_found("internal service", id));
                }
                conn.prepare_cached("DELETE FROM service_dependencies WHERE service_id = ?1")?.execute([id])?;
                id
            }
            None => {
                let inserted = conn.prepare_cached("INSERT INTO internal_services (name, name_key, description, criticality, rto_hours, owner, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) RETURNING id")?
                    .insert_returning_id(params![s.name, name_key(&s.name), s.description, s.criticality, s.rto_hours, s.owner, timestamp(now)])?;
                InternalServiceId(inserted)
            }
        };
        for dep in &s.dependencies {
            conn.prepare_cached("INSERT INTO service_dependencies (service_id, vendor_id, note, valid_from, valid_to) VALUES (?1, ?2, ?3, ?4, ?5)")?
                .execute(params![id, dep.vendor_id, dep.note, dep.valid_from, dep.valid_to])?;
        }
        Ok(id)
    }

    /// Inserts or replaces a flow's fields, categories and residence counts.
    pub(crate) fn save_flow(&self, vendor: VendorId, id: Option<FlowId>, f: &ValidFlow) -> Result<FlowId> {
        let conn = self.conn();
        let now = self.now;
        let id = match id {
            Some(id) => {
                let changed = conn
                    .prepare_cached(
                        "UPDATE data_flows SET vendor_service_id = ?2, source_service_id = ?3, subject_key = ?4, purpose = ?5, records = ?6, \
                         people = ?7, storage_locations = ?8, processing_locations = ?9, transfer_mechanism = ?10, retention = ?11, \
                         valid_from = ?12, valid_to = ?13, updated_at = ?14 WHERE id = ?1",
                    )?
                    .execute(params![
                        id,
                        f.vendor_service_id,
                        f.source_service_id,
                        f.subject_key,
                        f.purpose,
                        f.records,
                        f.people,
                        to_json(&f.storage_locations),
                        to_json(&f.processing_locations),
                        f.transfer_mechanism,
                        f.retention,
                        f.valid_from,
                        f.valid_to,
                        timestamp(now)
                    ])?;
                if changed == 0 {
                    return Err(CoreError::not_found("data flow", id));
                }
                conn.prepare_cached("DELETE FROM data_flow_categories WHERE flow_id = ?1")?.execute([id])?;
                conn.prepare_cached("DELETE FROM data_flow_residence WHERE flow_id = ?1")?.execute([id])?;
                id
            }
            None => {
                let inserted = conn.prepare_cached(
                    "INSERT INTO data_flows (vendor_id, vendor_service_id, source_service_id, subject_key, purpose, records, people, \
                     storage_locations, processing_locations, transfer_mechanism, retention, valid_from, valid_to, created_at, updated_at) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14) RETURNING id",
                )?
                .insert_returning_id(params![
                    vendor,
                    f.vendor_service_id,
                    f.source_service_id,
                    f.subject_key,
                    f.purpose,
                    f.records,
                    f.people,
                    to_json(&f.storage_locations),
                    to_json(&f.processing_locations),
                    f.transfer_mechanism,
                    f.retention,
                    f.valid_from,
                    f.valid_to,
                    timestamp(now)
                ])?;
                FlowId(inserted)
            }
        };
        for key in &f.category_keys {
            conn.prepare_cached("INSERT INTO data_flow_categories (flow_id, category_key) VALUES (?1, ?2)")?
                .execute(params![id, key])?;
        }
        for c in &f.residence {
            conn.prepare_cached("INSERT INTO data_flow_residence (flow_id, country, people) VALUES (?1, ?2, ?3)")?
                .execute(params![id, c.country, c.people])?;
        }
        Ok(id)
    }

    /// Ends a flow on `date` (its last day in force).
    pub(crate) fn end_flow(&self, id: FlowId, date: NaiveDate) -> Result<()> {
        let conn = self.conn();
        let now = self.now;
        let flow = self.flow(id)?;
        if date < flow.valid_from {
            let message = Message::new("flow-end-before-start").arg("start", flow.valid_from);
            return Err(FieldErrors::of("validTo", "date_order", message).into());
        }
        conn.prepare_cached("UPDATE data_flows SET valid_to = ?2, updated_at = ?3 WHERE id = ?1")?.execute(params![
            id,
            date,
            timestamp(now)
        ])?;
        Ok(())
    }

    /// Inserts an edge from `from`.
    pub(crate) fn insert_edge(&self, from: VendorId, e: &ValidEdge, source: &str) -> Result<EdgeId> {
        let conn = self.conn();
        let now = self.now;
        let inserted = conn.prepare_cached(
            "INSERT INTO vendor_edges (from_vendor_id, to_vendor_id, kind, purpose, locations, regions, source, valid_from, valid_to, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10) RETURNING id",
        )?
        .insert_returning_id(params![from, e.to_vendor_id, e.kind, e.purpose, to_json(&e.locations), to_json(&e.regions), source, e.valid_from, e.valid_to, timestamp(now)])?;
        let id = EdgeId(inserted);
        for key in &e.category_keys {
            conn.prepare_cached("INSERT INTO vendor_edge_categories (edge_id, category_key) VALUES (?1, ?2)")?
                .execute(params![id, key])?;
        }
        Ok(id)
    }

    /// Updates an edge's purpose, locations and regions (a changed subprocessor entry).
    pub(crate) fn update_edge_details(
        &self,
        id: EdgeId,
        purpose: Option<&str>,
        locations: &[String],
        regions: &[String],
    ) -> Result<()> {
        let conn = self.conn();
        let now = self.now;
        conn.prepare_cached(
            "UPDATE vendor_edges SET purpose = ?2, locations = ?3, regions = ?4, updated_at = ?5 WHERE id = ?1",
        )?
        .execute(params![id, purpose, to_json(locations), to_json(regions), timestamp(now)])?;
        Ok(())
    }

    /// Ends an edge on `date` (its last day in force).
    pub(crate) fn end_edge(&self, id: EdgeId, date: NaiveDate) -> Result<()> {
        let conn = self.conn();
        let now = self.now;
        let edge = self.edge(id)?;
        if date < edge.valid_from {
            let message = Message::new("edge-end-before-start").arg("start", edge.valid_from);
            return Err(FieldErrors::of("validTo", "date_order", message).into());
        }
        conn.prepare_cached("UPDATE vendor_edges SET valid_to = ?2, updated_at = ?3 WHERE id = ?1")?
            .execute(params![id, date, timestamp(now)])?;
        Ok(())
    }

    /// Records that a vendor needs review, and why.
    pub(crate) fn request_review(&self, vendor: VendorId, reason: &str) -> Result<i64> {
        let conn = self.conn();
        let now = self.now;
        let inserted = conn
            .prepare_cached(
                "INSERT INTO review_requests (vendor_id, reason, requested_at) VALUES (?1, ?2, ?3) RETURNING id",
            )?
            .insert_returning_id(params![vendor, reason, timestamp(now)])?;
        Ok(inserted)
    }

    /// Marks a vendor's open review requests resolved (a risk assessment was recorded).
    pub(crate) fn resolve_reviews(&self, vendor: VendorId) -> Result<()> {
        let conn = self.conn();
        let now = self.now;
        conn.prepare_cached(
            "UPDATE review_requests SET resolved_at = ?2 WHERE vendor_id = ?1 AND resolved_at IS NULL",
        )?
        .execute(params![vendor, timestamp(now)])?;
        Ok(())
    }
}

/// Custom categories and groups with their row ids, for `audit verify`.
/// Records with their row ids, as the audit log numbers them.
pub(crate) type WithRowIds<T> = Vec<(i64, T)>;

// ----- references for validation -----------------------------------------------------------

// ----- internal services -------------------------------------------------------------------

fn optional_date(text: Option<String>) -> Option<NaiveDate> {
    text.and_then(|t| t.parse().ok())
}

fn ensure_unique_service(conn: Conn<'_>, name: &str, except: Option<InternalServiceId>) -> Result<()> {
    let clash: Option<InternalServiceId> = conn
        .prepare_cached("SELECT id FROM internal_services WHERE name_key = ?1")?
        .query_row([name_key(name)], |r| r.get(0))
        .optional()?;
    match clash {
        Some(id) if Some(id) != except => {
            Err(FieldErrors::of("name", "duplicate", Message::new("service-name-taken").arg("name", name)).into())
        }
        _ => Ok(()),
    }
}

// ----- data flows --------------------------------------------------------------------------

const FLOW_COLUMNS: &str = "f.id, f.vendor_id, v.name, f.vendor_service_id, vs.name, f.source_service_id, s.name, f.subject_key, \
     f.purpose, f.records, f.people, f.storage_locations, f.processing_locations, f.transfer_mechanism, f.retention, \
     f.valid_from, f.valid_to, f.created_at, f.updated_at";
const FLOW_FROM: &str = "data_flows f JOIN vendors v ON v.id = f.vendor_id \
     LEFT JOIN vendor_services vs ON vs.id = f.vendor_service_id LEFT JOIN internal_services s ON s.id = f.source_service_id";

fn json_list(text: String) -> Vec<String> {
    serde_json::from_str(&text).unwrap_or_default()
}

fn flow_from_row(r: &Row<'_>) -> rusqlite::Result<DataFlow> {
    let named = |id: Option<i64>, name: Option<String>| id.zip(name);
    Ok(DataFlow {
        id: r.get(0)?,
        vendor: VendorRef { id: r.get(1)?, name: r.get::<_, String>(2)?.into() },
        vendor_service: named(r.get(3)?, r.get(4)?).map(|(id, name)| NamedRef { id: crate::ids::ServiceId(id), name }),
        source_service: named(r.get(5)?, r.get(6)?).map(|(id, name)| NamedRef { id: InternalServiceId(id), name }),
        subject_key: r.get(7)?,
        category_keys: Vec::new(),
        flags: CategoryFlags::default(),
        purpose: r.get(8)?,
        records: r.get(9)?,
        people: r.get(10)?,
        residence: Vec::new(),
        storage_locations: json_list(r.get(11)?),
        processing_locations: json_list(r.get(12)?),
        transfer_mechanism: r.get(13)?,
        retention: r.get(14)?,
        valid_from: r.get(15)?,
        valid_to: r.get(16)?,
        created_at: parse_timestamp(&r.get::<_, String>(17)?, 17)?,
        updated_at: parse_timestamp(&r.get::<_, String>(18)?, 18)?,
    })
}

fn complete_flow(conn: Conn<'_>, mut flow: DataFlow) -> Result<DataFlow> {
    let categories: Vec<DataCategory> = conn
        .prepare_cached(&format!(
            "SELECT {} FROM data_flow_categories fc JOIN data_categories c ON c.key = fc.category_key \
             WHERE fc.flow_id = ?1 ORDER BY c.key",
            CATEGORY_COLUMNS.split(", ").map(|col| format!("c.{col}")).collect::<Vec<_>>().join(", ")
        ))?
        .query_map([flow.id], category_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    flow.flags = categories.iter().fold(CategoryFlags::default(), |acc, c| acc.union(c.flags));
    flow.category_keys = categories.into_iter().map(|c| c.key).collect();
    flow.residence = conn
        .prepare_cached(
            "SELECT country, people FROM data_flow_residence WHERE flow_id = ?1 ORDER BY people DESC, country",
        )?
        .query_map([flow.id], |r| Ok(CountryCount { country: r.get(0)?, people: r.get(1)? }))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(flow)
}

fn to_json(list: &[String]) -> String {
    serde_json::to_string(list).unwrap_or_else(|_| "[]".to_owned())
}

// ----- vendor edges ------------------------------------------------------------------------

const EDGE_COLUMNS: &str = "e.id, e.from_vendor_id, a.name, e.to_vendor_id, b.name, e.kind, e.purpose, e.locations, e.source, e.valid_from, e.valid_to, e.regions";
const EDGE_FROM: &str =
    "vendor_edges e JOIN vendors a ON a.id = e.from_vendor_id JOIN vendors b ON b.id = e.to_vendor_id";

fn edge_from_row(r: &Row<'_>) -> rusqlite::Result<VendorEdge> {
    Ok(VendorEdge {
        id: r.get(0)?,
        from_vendor: VendorRef { id: r.get(1)?, name: r.get::<_, String>(2)?.into() },
        to_vendor: VendorRef { id: r.get(3)?, name: r.get::<_, String>(4)?.into() },
        kind: r.get(5)?,
        category_keys: Vec::new(),
        purpose: r.get(6)?,
        locations: json_list(r.get(7)?),
        source: r.get(8)?,
        valid_from: r.get(9)?,
        valid_to: r.get(10)?,
        regions: json_list(r.get(11)?),
    })
}

fn complete_edge(conn: Conn<'_>, mut edge: VendorEdge) -> Result<VendorEdge> {
    edge.category_keys = conn
        .prepare_cached("SELECT category_key FROM vendor_edge_categories WHERE edge_id = ?1 ORDER BY category_key")?
        .query_map([edge.id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(edge)
}

// ----- review requests ---------------------------------------------------------------------

// ----- snapshot ----------------------------------------------------------------------------
