//! Data-map use cases: taxonomy, subject groups, internal services, data flows, fourth-party
//! edges, the reverse lookup, the blast radius and the vendor network.

use chrono::NaiveDate;

use std::sync::Arc;

use super::edits::{FLOW_FIELDS, Revision, SERVICE_FIELDS, unchanged_since};
use super::{DataMapLoading, Register};
use crate::actor::Area;
use crate::audit::AuditRecord;
use crate::blast_radius::BlastRadius;
use crate::datamap::{DataFlow, EdgeDraft, FlowDraft, InternalService, ServiceDraft, VendorEdge};
use crate::error::{CoreError, Result};
use crate::ids::{EdgeId, FlowId, InternalServiceId, VendorId};
use crate::lookup::{ReverseLookup, ReverseQuery, VendorNetwork};
use crate::snapshot::DataMapSnapshot;
use crate::taxonomy::{CategoryDraft, DataCategory, SubjectDraft, SubjectGroup};
use crate::validate::{Checker, FieldErrors};

fn flow_record(action: &str, before: Option<&DataFlow>, after: &DataFlow) -> AuditRecord {
    let summary = format!("{}: {}", after.vendor.name, after.purpose);
    AuditRecord::linked_change(action, "data_flow", after.id.0, &summary, before, Some(after))
}

pub(super) fn edge_record(action: &str, before: Option<&VendorEdge>, after: &VendorEdge) -> AuditRecord {
    let summary = format!("{} → {}", after.from_vendor.name, after.to_vendor.name);
    AuditRecord::linked_change(action, "vendor_edge", after.id.0, &summary, before, Some(after))
}

impl Register {
    /// Every data category, parents before children.
    pub fn categories(&self) -> Result<Vec<DataCategory>> {
        self.store.read(|r| r.categories())
    }

    /// Adds a custom category under any node; it inherits its parent's flags.
    pub fn create_category(&self, draft: &CategoryDraft) -> Result<DataCategory> {
        self.write(Area::DataMap, |w| {
            let parent = w.category(draft.parent_key.trim()).ok().map(|(_, c)| c);
            let category = draft.validate(parent.as_ref(), |key| w.category(key).is_ok())?;
            let rowid = w.add_category(&category)?;
            w.audit(AuditRecord::change(
                "data_category.create",
                "data_category",
                rowid,
                &category.name,
                None,
                Some(&category),
            ))?;
            Ok(category)
        })
    }

    /// Every subject group: custom ones first.
    pub fn subject_groups(&self) -> Result<Vec<SubjectGroup>> {
        self.store.read(|r| r.subject_groups())
    }

    /// Adds a custom subject group, e.g. "API customers".
    pub fn create_subject_group(&self, draft: &SubjectDraft) -> Result<SubjectGroup> {
        self.write(Area::DataMap, |w| {
            let group = draft.validate(|key| w.subject_group(key).is_ok())?;
            let rowid = w.add_subject(&group)?;
            w.audit(AuditRecord::change(
                "subject_group.create",
                "subject_group",
                rowid,
                &group.name,
                None,
                Some(&group),
            ))?;
            Ok(group)
        })
    }

    /// Every internal service with its dependencies.
    pub fn services(&self) -> Result<Vec<InternalService>> {
        self.store.read(|r| r.internal_services())
    }

    /// Adds (`id` none) or replaces an internal service and its vendor dependencies.
    pub fn save_service(&self, id: Option<InternalServiceId>, draft: &ServiceDraft) -> Result<InternalService> {
        self.save_service_since(id, draft, None)
    }

    /// Adds or replaces a service whose form was opened at revision `seen` (see
    /// [`Register::service_edit`]).
    pub(super) fn save_service_since(
        &self,
        id: Option<InternalServiceId>,
        draft: &ServiceDraft,
        seen: Option<Revision>,
    ) -> Result<InternalService> {
        self.write(Area::DataMap, |w| {
            if let (Some(id), Some(seen)) = (id, seen) {
                unchanged_since(w, &SERVICE_FIELDS, id.0, seen)?;
            }
            let valid = draft.validate(&w.data_map_refs(None)?)?;
            let before = id.map(|id| w.internal_service(id)).transpose()?;
            let id = w.save_internal_service(id, &valid)?;
            let after = w.internal_service(id)?;
            let action = if before.is_some() { "internal_service.update" } else { "internal_service.create" };
            w.audit(AuditRecord::linked_change(
                action,
                "internal_service",
                id.0,
                &after.name,
                before.as_ref(),
                Some(&after),
            ))?;
            Ok(after)
        })
    }

    /// A vendor's data flows (every flow when `vendor` is `None`), newest first.
    pub fn flows(&self, vendor: Option<VendorId>) -> Result<Vec<DataFlow>> {
        self.store.read(|c| c.flows(vendor))
    }

    /// Records that `vendor` receives data from us.
    pub fn add_flow(&self, vendor: VendorId, draft: &FlowDraft) -> Result<DataFlow> {
        self.write(Area::DataMap, |w| {
            w.vendor(vendor)?;
            let valid = draft.validate(&w.data_map_refs(Some(vendor))?)?;
            let id = w.save_flow(vendor, None, &valid)?;
            let flow = w.flow(id)?;
            w.audit(flow_record("data_flow.create", None, &flow))?;
            Ok(flow)
        })
    }

    /// Records many flows in one transaction: all or none. Field errors are prefixed with the
    /// entry's index (`12.categories.0`).
    pub fn add_flows(&self, flows: &[(VendorId, FlowDraft)]) -> Result<usize> {
        if flows.is_empty() {
            return Ok(0);
        }
        self.write(Area::DataMap, |w| {
            let mut refs = w.data_map_refs(None)?;
            let mut errors = Vec::new();
            for (index, (vendor, draft)) in flows.iter().enumerate() {
                refs.vendor_services = w.vendor_services(*vendor)?;
                match draft.validate(&refs) {
                    Ok(valid) => {
                        let id = w.save_flow(*vendor, None, &valid)?;
                        let flow = w.flow(id)?;
                        w.audit(flow_record("data_flow.create", None, &flow))?;
                    }
                    Err(e) => errors.extend(e.0.into_iter().map(|mut f| {
                        f.field = format!("{index}.{}", f.field);
                        f
                    })),
                }
            }
            if errors.is_empty() { Ok(flows.len()) } else { Err(crate::validate::FieldErrors(errors).into()) }
        })
    }

    /// Corrects a flow's fields. To record a change that matters after an incident, end the
    /// flow and add a new one instead: the history stays.
    pub fn update_flow(&self, id: FlowId, draft: &FlowDraft) -> Result<DataFlow> {
        self.update_flow_since(id, draft, None)
    }

    /// Corrects a flow whose form was opened at revision `seen` (see [`Register::flow_edit`]).
    pub(super) fn update_flow_since(&self, id: FlowId, draft: &FlowDraft, seen: Option<Revision>) -> Result<DataFlow> {
        self.write(Area::DataMap, |w| {
            if let Some(seen) = seen {
                unchanged_since(w, &FLOW_FIELDS, id.0, seen)?;
            }
            let before = w.flow(id)?;
            let valid = draft.validate(&w.data_map_refs(Some(before.vendor.id))?)?;
            w.save_flow(before.vendor.id, Some(id), &valid)?;
            let after = w.flow(id)?;
            w.audit(flow_record("data_flow.update", Some(&before), &after))?;
            Ok(after)
        })
    }

    /// Ends a flow: `last_day` is the last day the vendor received the data. History is kept.
    pub fn end_flow(&self, id: FlowId, last_day: &str) -> Result<DataFlow> {
        let date = crate::validate::date_field("validTo", last_day)?;
        self.write(Area::DataMap, |w| {
            let before = w.flow(id)?;
            w.end_flow(id, date)?;
            let after = w.flow(id)?;
            w.audit(flow_record("data_flow.end", Some(&before), &after))?;
            Ok(after)
        })
    }

    /// Edges leaving and arriving at a vendor (every edge when `vendor` is `None`).
    pub fn edges(&self, vendor: Option<VendorId>) -> Result<Vec<VendorEdge>> {
        self.store.read(|c| c.edges(vendor))
    }

    /// Records that `from` passes our data on to another vendor. Stated categories must lie
    /// within what `from` holds.
    pub fn add_edge(&self, from: VendorId, draft: &EdgeDraft) -> Result<VendorEdge> {
        let (from_vendor, refs) = self.store.read(|c| Ok((c.vendor(from)?, c.data_map_refs(None)?)))?;
        let valid = draft.validate(from, &refs)?;
        self.check_edge_categories(&from_vendor.profile.name, from, &valid.category_keys)?;
        self.write(Area::DataMap, |w| {
            let id = w.insert_edge(from, &valid, "manual")?;
            let edge = w.edge(id)?;
            w.audit(edge_record("vendor_edge.create", None, &edge))?;
            Ok(edge)
        })
    }

    /// Records many edges in one transaction: all or none. Stated categories are checked
    /// against the data map as it was before the batch.
    pub fn add_edges(&self, edges: &[(VendorId, EdgeDraft)]) -> Result<usize> {
        if edges.is_empty() {
            return Ok(0);
        }
        let refs = self.store.read(|c| c.data_map_refs(None))?;
        let mut valid = Vec::with_capacity(edges.len());
        for (index, (from, draft)) in edges.iter().enumerate() {
            let prefix = |e: FieldErrors| -> CoreError {
                FieldErrors(
                    e.0.into_iter()
                        .map(|mut f| {
                            f.field = format!("{index}.{}", f.field);
                            f
                        })
                        .collect(),
                )
                .into()
            };
            let edge = draft.validate(*from, &refs).map_err(prefix)?;
            self.check_edge_categories(&from.to_string(), *from, &edge.category_keys)?;
            valid.push((*from, edge));
        }
        self.write(Area::DataMap, |w| {
            for (from, edge) in &valid {
                let id = w.insert_edge(*from, edge, "manual")?;
                let after = w.edge(id)?;
                w.audit(edge_record("vendor_edge.create", None, &after))?;
            }
            Ok(valid.len())
        })
    }

    /// The data map as an in-memory snapshot, for read-only analysis (benchmarks, reports).
    pub fn data_map_snapshot(&self) -> Result<std::sync::Arc<crate::snapshot::DataMapSnapshot>> {
        self.data_map()
    }

    /// Refuses stated categories that the upstream vendor never held (directly, or through a
    /// stated incoming edge). Unstated incoming edges make the check impossible: it passes.
    fn check_edge_categories(&self, name: &str, from: VendorId, keys: &[String]) -> Result<()> {
        let map = self.data_map()?;
        let Some(v) = map.vendor_index(from) else { return Ok(()) };
        let mut held = crate::snapshot::CategorySet::default();
        for flow in map.all_flows_of(v) {
            held.union_with(&flow.categories);
        }
        for edge in map.edges.iter().filter(|e| e.to == v) {
            match &edge.categories {
                Some(set) => {
                    held.union_with(set);
                }
                None => return Ok(()),
            }
        }
        let mut check = Checker::default();
        for (i, key) in keys.iter().enumerate() {
            let inside = map.taxonomy.index_of(key).is_some_and(|k| map.taxonomy.within_any(k, &held));
            if !inside {
                check.reject(
                    &format!("categories.{i}"),
                    "not_held",
                    format!("{name} does not hold '{key}': it can only pass on what it holds."),
                );
            }
        }
        Ok(check.finish()?)
    }

    /// Ends an edge: `last_day` is the last day data passed.
    pub fn end_edge(&self, id: EdgeId, last_day: &str) -> Result<VendorEdge> {
        let date = crate::validate::date_field("validTo", last_day)?;
        self.write(Area::DataMap, |w| {
            let before = w.edge(id)?;
            w.end_edge(id, date)?;
            let after = w.edge(id)?;
            w.audit(edge_record("vendor_edge.end", Some(&before), &after))?;
            Ok(after)
        })
    }

    /// Which vendors receive a category (or any category with a flag) on a date, with counts.
    pub fn reverse_lookup(&self, query: &ReverseQuery) -> Result<ReverseLookup> {
        let date = query.at.unwrap_or_else(|| self.today());
        Ok(self.data_map()?.reverse_lookup(query, date))
    }

    /// The blast radius of a compromised vendor on a date (default: today), with the
    /// notification steps it triggers if we became aware at `aware_at` (RFC 3339, or a local
    /// date-time in the organisation's zone; empty: now).
    pub fn blast_radius(&self, vendor: VendorId, at: Option<NaiveDate>, aware_at: &str) -> Result<BlastRadius> {
        let aware_at = self.instant_or_now("awareAt", aware_at)?;
        let mut radius = self.radius_on(vendor, at)?;
        radius.explain_actions_in(self.language());
        radius.obligations = Some(self.breach_obligations(&radius, aware_at)?);
        Ok(radius)
    }

    /// The bare blast radius on a date (default: today).
    pub(super) fn radius_on(&self, vendor: VendorId, at: Option<NaiveDate>) -> Result<BlastRadius> {
        let date = at.unwrap_or_else(|| self.today());
        let map = match self.options.data_map {
            DataMapLoading::Kept => self.data_map()?,
            DataMapLoading::PerQuestion => {
                Arc::new(DataMapSnapshot::new(self.store.read(|r| r.snapshot_parts_around(vendor))?))
            }
        };
        map.blast_radius(vendor, date).ok_or_else(|| CoreError::not_found("vendor", vendor))
    }

    /// The vendors around `vendor` (two hops each way) for the network graph.
    pub fn vendor_network(&self, vendor: VendorId, at: Option<NaiveDate>) -> Result<VendorNetwork> {
        let date = at.unwrap_or_else(|| self.today());
        self.data_map()?.network(vendor, date, 2).ok_or_else(|| CoreError::not_found("vendor", vendor))
    }

    /// The open review requests of a vendor: why it needs review.
    pub fn open_reviews(&self, vendor: VendorId) -> Result<Vec<String>> {
        Ok(self.store.read(|c| c.open_reviews(vendor))?.into_iter().map(|(_, reason, _)| reason).collect())
    }
}
