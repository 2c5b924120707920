//! Two people editing one record: a form opens with the record's fields and their revision
//! (the number of the audit entry that last changed them) and saves with that revision. If
//! someone changed those fields since, the save is refused, naming who changed them, when and
//! how, and nothing is written; the form can then reload their version and keep what was typed.

use serde::{Deserialize, Serialize};

use super::Register;
use super::incidents::PROFILE_ENTITY;
use crate::datamap::{DataFlow, FlowDraft, InternalService, ServiceDraft};
use crate::error::{CoreError, Result};
use crate::ids::{FindingId, FlowId, IncidentId, InternalServiceId, VendorId};
use crate::incident::{IncidentDraft, IncidentView};
use crate::locale::Language;
use crate::org::{OrgProfile, OrgProfileDraft};
use crate::questionnaire::assessment::{Finding, FindingUpdate};
use crate::risk::records::{RiskProfile, RiskProfileDraft};
use crate::risk::rubric::Rubric;
use crate::store::Reader;
use crate::text::{self, Message};
use crate::vendor::{Vendor, VendorDraft};

/// The number of the audit entry that last changed a record's edited fields.
pub type Revision = i64;

/// The audit actions that change what a record's form edits.
pub(super) struct EditedFields {
    kind: &'static str,
    actions: &'static [&'static str],
}

pub(super) const VENDOR_FIELDS: EditedFields =
    EditedFields { kind: "vendor", actions: &["vendor.create", "vendor.update", "vendor.archive", "vendor.restore"] };

/// An incident's notes, steps and judgements are not its form's: adding one does not conflict.
pub(super) const INCIDENT_FIELDS: EditedFields =
    EditedFields { kind: "incident", actions: &["incident.open", "incident.update"] };

/// Ending a flow changes its last day, which its form edits.
pub(super) const FLOW_FIELDS: EditedFields =
    EditedFields { kind: "data_flow", actions: &["data_flow.create", "data_flow.update", "data_flow.end"] };

/// Evidence linked to a finding is not its form's: linking a file does not conflict.
pub(super) const FINDING_FIELDS: EditedFields =
    EditedFields { kind: "finding", actions: &["finding.raise", "finding.add", "finding.update"] };

/// A vendor's risk profile: access, substitutability and the override.
pub(super) const RISK_PROFILE_FIELDS: EditedFields =
    EditedFields { kind: "vendor_risk_profile", actions: &["vendor_risk_profile.update"] };

/// The organisation profile (one record).
pub(super) const ORG_PROFILE_FIELDS: EditedFields =
    EditedFields { kind: "org_profile", actions: &["org_profile.update"] };

/// The risk rubric: each save makes a new version, whose number is the entry's record id.
pub(super) const RUBRIC_FIELDS: EditedFields = EditedFields { kind: "risk_rubric", actions: &["risk_rubric.create"] };

/// One of our internal services and its vendor dependencies.
pub(super) const SERVICE_FIELDS: EditedFields =
    EditedFields { kind: "internal_service", actions: &["internal_service.create", "internal_service.update"] };

/// A record's fields as its form edits them (`D`, as typed) and their revision, read together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Edit<D> {
    pub draft: D,
    pub revision: Revision,
}

/// A vendor's form.
pub type VendorEdit = Edit<VendorDraft>;
/// An incident's form.
pub type IncidentEdit = Edit<IncidentDraft>;
/// A data flow's form.
pub type FlowEdit = Edit<FlowDraft>;
/// A finding's form: its status, owner, due date and reason.
pub type FindingEdit = Edit<FindingUpdate>;
/// A vendor's risk profile form.
pub type RiskProfileEdit = Edit<RiskProfileDraft>;
/// The organisation profile's form.
pub type OrgProfileEdit = Edit<OrgProfileDraft>;
/// The risk rubric's form.
pub type RubricEdit = Edit<Rubric>;
/// An internal service's form.
pub type ServiceEdit = Edit<ServiceDraft>;

/// The revision of record `id`'s `fields` (0 when no entry changed them).
pub(super) fn revision(r: &Reader<'_>, fields: &EditedFields, id: i64) -> Result<Revision> {
    Ok(r.last_change(fields.kind, id, fields.actions)?.map_or(0, |entry| entry.seq))
}

/// Refuses the save of a form opened at revision `seen` when a newer entry changed `fields`.
pub(super) fn unchanged_since(r: &Reader<'_>, fields: &EditedFields, id: i64, seen: Revision) -> Result<()> {
    match r.last_change(fields.kind, id, fields.actions)? {
        Some(entry) if entry.seq > seen => {
            let what = changed_fields(&entry.changes);
            Err(CoreError::ChangedSince { by: Some(entry.actor), at: entry.at, what })
        }
        _ => Ok(()),
    }
}

/// The names of the fields an entry changed: `businessOwner` and `contract.end` → "business
/// owner", "contract"; a flow's `validTo` → "last day".
fn changed_fields(changes: &[crate::audit::FieldChange]) -> Vec<Message> {
    let mut fields: Vec<&str> = Vec::new();
    for change in changes {
        let top = change.field.split('.').next().unwrap_or_default();
        if !fields.contains(&top) {
            fields.push(top);
        }
    }
    fields.into_iter().map(field_name).collect()
}

/// A field's name: its message (`error-changed-field-business-owner`), or for a field that has
/// none, its words.
fn field_name(field: &str) -> Message {
    let name = words(field);
    let id = format!("error-changed-field-{}", name.replace(' ', "-"));
    if text::has(Language::En, &id) {
        Message::new(&id)
    } else {
        Message::new("error-changed-field-other").arg("name", name)
    }
}

/// `camelCase` in words: `businessOwner` → "business owner".
fn words(field: &str) -> String {
    let mut name = String::new();
    for c in field.chars() {
        if c.is_uppercase() {
            name.push(' ');
        }
        name.extend(c.to_lowercase());
    }
    name
}

impl Register {
    /// The vendor's fields for its form, with their revision (read together).
    pub fn vendor_edit(&self, id: VendorId) -> Result<VendorEdit> {
        self.store.read(|r| {
            Ok(Edit { draft: VendorDraft::from(&r.vendor(id)?), revision: revision(r, &VENDOR_FIELDS, id.0)? })
        })
    }

    /// Saves a vendor form opened at `edit.revision`; refused if someone changed the vendor since.
    pub fn save_vendor_edit(&self, id: VendorId, edit: &VendorEdit) -> Result<Vendor> {
        self.update_vendor_since(id, &edit.draft, Some(edit.revision))
    }

    /// The incident's fields for its form, with their revision (read together).
    pub fn incident_edit(&self, id: IncidentId) -> Result<IncidentEdit> {
        self.store
            .read(|r| Ok(Edit { draft: self.incident_draft(id)?, revision: revision(r, &INCIDENT_FIELDS, id.0)? }))
    }

    /// Saves an incident form opened at `edit.revision`; refused if someone changed the
    /// incident's fields since.
    pub fn save_incident_edit(&self, id: IncidentId, edit: &IncidentEdit) -> Result<IncidentView> {
        self.update_incident_since(id, &edit.draft, Some(edit.revision))
    }

    /// The data flow's fields for its form, with their revision (read together).
    pub fn flow_edit(&self, id: FlowId) -> Result<FlowEdit> {
        self.store
            .read(|r| Ok(Edit { draft: FlowDraft::from(&r.flow(id)?), revision: revision(r, &FLOW_FIELDS, id.0)? }))
    }

    /// Saves a flow form opened at `edit.revision`; refused if someone changed the flow since.
    pub fn save_flow_edit(&self, id: FlowId, edit: &FlowEdit) -> Result<DataFlow> {
        self.update_flow_since(id, &edit.draft, Some(edit.revision))
    }

    /// The finding's fields for its form, with their revision (read together).
    pub fn finding_edit(&self, id: FindingId) -> Result<FindingEdit> {
        self.store.read(|r| {
            Ok(Edit { draft: FindingUpdate::from(&r.finding(id)?), revision: revision(r, &FINDING_FIELDS, id.0)? })
        })
    }

    /// Saves a finding form opened at `edit.revision`; refused if someone changed the finding's
    /// status, owner, due date or reason since.
    pub fn save_finding_edit(&self, id: FindingId, edit: &FindingEdit) -> Result<Finding> {
        self.update_finding_since(id, &edit.draft, Some(edit.revision))
    }

    /// The vendor's risk profile for its form, with its revision (read together).
    pub fn risk_profile_edit(&self, vendor: VendorId) -> Result<RiskProfileEdit> {
        self.store.read(|r| {
            let draft = RiskProfileDraft::from(&self.risk_profile(vendor)?);
            Ok(Edit { draft, revision: revision(r, &RISK_PROFILE_FIELDS, vendor.0)? })
        })
    }

    /// Saves a risk profile form opened at `edit.revision`; refused if someone changed the
    /// profile since.
    pub fn save_risk_profile_edit(&self, vendor: VendorId, edit: &RiskProfileEdit) -> Result<RiskProfile> {
        self.set_risk_profile_since(vendor, &edit.draft, Some(edit.revision))
    }

    /// The organisation profile for its form, with its revision (read together).
    pub fn org_profile_edit(&self) -> Result<OrgProfileEdit> {
        self.store.read(|r| {
            let profile = self.org_profile()?;
            Ok(Edit {
                draft: OrgProfileDraft::from(&profile),
                revision: revision(r, &ORG_PROFILE_FIELDS, PROFILE_ENTITY)?,
            })
        })
    }

    /// Saves the organisation profile form opened at `edit.revision`; refused if someone
    /// changed the profile since.
    pub fn save_org_profile_edit(&self, edit: &OrgProfileEdit) -> Result<OrgProfile> {
        self.set_org_profile_since(&edit.draft, Some(edit.revision))
    }

    /// The current risk rubric for its form, with its revision (read together).
    pub fn rubric_edit(&self) -> Result<RubricEdit> {
        self.store.read(|r| {
            let rubric = self.risk_rubric()?;
            let revision = revision(r, &RUBRIC_FIELDS, i64::from(rubric.version))?;
            Ok(Edit { draft: rubric, revision })
        })
    }

    /// Saves the rubric form opened at `edit.revision` as the next version; refused if someone
    /// saved a version since.
    pub fn save_rubric_edit(&self, edit: &RubricEdit) -> Result<Rubric> {
        self.set_risk_rubric_since(&edit.draft, Some(edit.revision))
    }

    /// The internal service's fields for its form, with their revision (read together).
    pub fn service_edit(&self, id: InternalServiceId) -> Result<ServiceEdit> {
        self.store.read(|r| {
            let draft = ServiceDraft::from(&r.internal_service(id)?);
            Ok(Edit { draft, revision: revision(r, &SERVICE_FIELDS, id.0)? })
        })
    }

    /// Saves a service form opened at `edit.revision`; refused if someone changed the service
    /// since.
    pub fn save_service_edit(&self, id: InternalServiceId, edit: &ServiceEdit) -> Result<InternalService> {
        self.save_service_since(Some(id), &edit.draft, Some(edit.revision))
    }
}
