//! Vendor use cases.

use super::Register;
use super::edits::{Revision, VENDOR_FIELDS, unchanged_since};
use crate::actor::Area;
use crate::audit::AuditRecord;
use crate::error::{CoreError, Result};
use crate::ids::VendorId;
use crate::text::Message;
use crate::validate::FieldErrors;
use crate::vendor::{Page, ValidVendor, Vendor, VendorDraft, VendorList, VendorQuery, VendorRow};

impl Register {
    /// One page of the vendor list, filtered and sorted in memory over rows loaded once and
    /// updated as vendors change.
    pub fn list_vendors(&self, query: &VendorQuery) -> Result<Page<VendorRow>> {
        let list = self.store.read(|r| {
            self.vendor_list.updated(
                r,
                || Ok(VendorList::new(r.vendor_rows()?)),
                |list, touched| {
                    let ids: Vec<VendorId> =
                        touched.iter().filter(|t| t.kind == "vendor").filter_map(|t| t.id.map(VendorId)).collect();
                    list.upsert(r.vendor_rows_of(&ids)?);
                    Ok(true)
                },
            )
        })?;
        Ok(list.page(query))
    }

    /// One vendor.
    pub fn vendor(&self, id: VendorId) -> Result<Vendor> {
        self.store.read(|r| r.vendor(id))
    }

    /// A vendor by numeric id or by exact name (case and spacing ignored).
    pub fn find_vendor(&self, id_or_name: &str) -> Result<Vendor> {
        self.store.read(|r| {
            let by_name = r.vendor_id_by_name(id_or_name)?;
            let id = by_name.or_else(|| id_or_name.trim().parse().ok().map(VendorId));
            match id {
                Some(id) => r.vendor(id),
                None => Err(CoreError::not_found("vendor", id_or_name)),
            }
        })
    }

    /// Adds a vendor.
    pub fn create_vendor(&self, draft: &VendorDraft) -> Result<Vendor> {
        Ok(self.create_vendors(std::slice::from_ref(draft))?.remove(0))
    }

    /// Adds several vendors in one transaction: all or none. Field errors are prefixed
    /// with the draft's index (`3.lei`) when there is more than one draft.
    pub fn create_vendors(&self, drafts: &[VendorDraft]) -> Result<Vec<Vendor>> {
        let valid = validate_all(drafts)?;
        self.write(Area::Vendors, |w| {
            let mut created = Vec::with_capacity(valid.len());
            for (index, vendor) in valid.iter().enumerate() {
                let id = w.insert_vendor(vendor).map_err(|e| prefix_fields(e, index, drafts.len()))?;
                let vendor = w.vendor(id)?;
                w.audit(vendor_record("vendor.create", None, &vendor))?;
                created.push(vendor);
            }
            Ok(created)
        })
    }

    /// Replaces a vendor's fields with the draft's, whoever changed them last (a form saves
    /// with [`Register::save_vendor_edit`], which refuses to overwrite someone else's change).
    pub fn update_vendor(&self, id: VendorId, draft: &VendorDraft) -> Result<Vendor> {
        self.update_vendor_since(id, draft, None)
    }

    /// The same, refused if the vendor's fields changed after revision `seen`.
    pub(super) fn update_vendor_since(
        &self,
        id: VendorId,
        draft: &VendorDraft,
        seen: Option<Revision>,
    ) -> Result<Vendor> {
        let valid = draft.validate()?;
        self.write(Area::Vendors, |w| {
            if let Some(seen) = seen {
                unchanged_since(w, &VENDOR_FIELDS, id.0, seen)?;
            }
            let before = w.vendor(id)?;
            w.update_vendor(id, &valid)?;
            let after = w.vendor(id)?;
            w.audit(vendor_record("vendor.update", Some(&before), &after))?;
            Ok(after)
        })
    }

    /// Hides a vendor from the default list; its history stays.
    pub fn archive_vendor(&self, id: VendorId) -> Result<Vendor> {
        self.set_archived(id, true)
    }

    /// Brings an archived vendor back.
    pub fn restore_vendor(&self, id: VendorId) -> Result<Vendor> {
        self.set_archived(id, false)
    }

    fn set_archived(&self, id: VendorId, archived: bool) -> Result<Vendor> {
        self.write(Area::Vendors, |w| {
            let before = w.vendor(id)?;
            if before.archived_at.is_some() == archived {
                let state = if archived { "error-vendor-archived" } else { "error-vendor-not-archived" };
                return Err(CoreError::Conflict(Message::new(state).arg("vendor", &before.profile.name)));
            }
            w.set_vendor_archived(id, archived.then(|| w.now()))?;
            let after = w.vendor(id)?;
            let action = if archived { "vendor.archive" } else { "vendor.restore" };
            w.audit(vendor_record(action, Some(&before), &after))?;
            Ok(after)
        })
    }
}

pub(super) fn vendor_record(action: &str, before: Option<&Vendor>, after: &Vendor) -> AuditRecord {
    AuditRecord::change(action, "vendor", after.id.0, &after.profile.name, before, Some(after))
}

fn validate_all(drafts: &[VendorDraft]) -> Result<Vec<ValidVendor>> {
    let mut errors = Vec::new();
    let mut valid = Vec::with_capacity(drafts.len());
    for (index, draft) in drafts.iter().enumerate() {
        match draft.validate() {
            Ok(vendor) => valid.push(vendor),
            Err(e) => errors.extend(prefixed(e, index, drafts.len()).0),
        }
    }
    if errors.is_empty() { Ok(valid) } else { Err(FieldErrors(errors).into()) }
}

fn prefixed(errors: FieldErrors, index: usize, count: usize) -> FieldErrors {
    if count == 1 {
        return errors;
    }
    FieldErrors(
        errors
            .0
            .into_iter()
            .map(|mut e| {
                e.field = format!("{index}.{}", e.field);
                e
            })
            .collect(),
    )
}

fn prefix_fields(err: CoreError, index: usize, count: usize) -> CoreError {
    match err {
        CoreError::Validation(errors) => CoreError::Validation(prefixed(errors, index, count)),
        other => other,
    }
}
