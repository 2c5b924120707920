//! The [`Register`]: the one facade every front end (desktop, CLI, tests) calls.
//!
//! Each method is a use case: it validates input, runs one store transaction (which also
//! appends the audit entry) and returns plain values. No SQL here; that is in `store/`.

use std::cell::RefCell;
use std::path::Path;
use std::sync::Arc;

use serde::Serialize;

use crate::actor::Actor;
use crate::audit::{AuditEntry, AuditRecord, AuditVerification, ChainVerifier, state_hash};
use crate::clock::{Clock, SystemClock};
use crate::error::{CoreError, Result};
use crate::ids::VendorId;
use crate::store::{self, AuditQuery, ChangeMarker, OpenMode, Store};
use crate::validate::FieldErrors;
use crate::vendor::{Page, Vendor, VendorDraft, VendorList, VendorQuery, VendorRow};

/// Who acts, and which clock stamps the changes.
#[derive(Clone)]
pub struct RegisterOptions {
    pub actor: Actor,
    pub clock: Arc<dyn Clock>,
}

impl Default for RegisterOptions {
    fn default() -> Self {
        RegisterOptions { actor: Actor::local_user(), clock: Arc::new(SystemClock) }
    }
}

/// Facts about an open register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RegisterInfo {
    /// The register's file, or `None` for an in-memory register.
    pub path: Option<String>,
    /// The file name, for window titles.
    pub file_name: String,
    pub schema_version: i64,
    pub actor: Actor,
}

/// An open vendor register.
pub struct Register {
    store: Store,
    options: RegisterOptions,
    /// The vendor list rows, kept until the register changes.
    vendor_list: RefCell<Option<(ChangeMarker, VendorList)>>,
}

impl Register {
    /// Creates a new register file.
    pub fn create(path: &Path, options: RegisterOptions) -> Result<Register> {
        let register = Register::with_store(Store::open(path, OpenMode::Create)?, options);
        register.record(|_| Ok(AuditRecord::register_event("register.create", "Register created")))?;
        Ok(register)
    }

    /// Opens an existing register file, upgrading its schema if it is older.
    pub fn open(path: &Path, options: RegisterOptions) -> Result<Register> {
        Ok(Register::with_store(Store::open(path, OpenMode::Existing)?, options))
    }

    /// A register that lives in memory only.
    pub fn in_memory(options: RegisterOptions) -> Result<Register> {
        let register = Register::with_store(Store::open_in_memory()?, options);
        register.record(|_| Ok(AuditRecord::register_event("register.create", "Register created")))?;
        Ok(register)
    }

    fn with_store(store: Store, options: RegisterOptions) -> Register {
        Register { store, options, vendor_list: RefCell::new(None) }
    }

    /// Where the register lives and who is acting on it.
    pub fn info(&self) -> RegisterInfo {
        let path = self.store.path();
        RegisterInfo {
            path: path.map(|p| p.display().to_string()),
            file_name: path
                .and_then(Path::file_name)
                .map_or_else(|| "(in memory)".to_owned(), |n| n.to_string_lossy().into_owned()),
            schema_version: store::LATEST_VERSION,
            actor: self.options.actor.clone(),
        }
    }

    fn record(&self, f: impl FnOnce(&store::Writer<'_>) -> Result<AuditRecord>) -> Result<AuditEntry> {
        self.store.write(&self.options.actor, self.options.clock.now(), |w| {
            let record = f(w)?;
            w.audit(record)
        })
    }

    // ----- vendors -------------------------------------------------------------------------

    /// One page of the vendor list, filtered and sorted in memory over rows loaded once per
    /// change of the register.
    pub fn list_vendors(&self, query: &VendorQuery) -> Result<Page<VendorRow>> {
        let marker = self.store.change_marker()?;
        if let Some((cached, list)) = &*self.vendor_list.borrow()
            && *cached == marker
        {
            return Ok(list.page(query));
        }
        let list = VendorList::new(self.store.read(store::vendors::list_rows)?);
        let page = list.page(query);
        *self.vendor_list.borrow_mut() = Some((marker, list));
        Ok(page)
    }

    /// One vendor.
    pub fn vendor(&self, id: VendorId) -> Result<Vendor> {
        self.store.read(|c| store::vendors::get(c, id))
    }

    /// A vendor by numeric id or by exact name (case and spacing ignored).
    pub fn find_vendor(&self, id_or_name: &str) -> Result<Vendor> {
        self.store.read(|c| {
            let by_name = store::vendors::find_by_name(c, id_or_name)?;
            let id = by_name.or_else(|| id_or_name.trim().parse().ok().map(VendorId));
            match id {
                Some(id) => store::vendors::get(c, id),
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
        self.store.write(&self.options.actor, self.options.clock.now(), |w| {
            let mut created = Vec::with_capacity(valid.len());
            for (index, vendor) in valid.iter().enumerate() {
                let id = store::vendors::insert(w.conn(), w.now(), vendor)
                    .map_err(|e| prefix_fields(e, index, drafts.len()))?;
                let vendor = store::vendors::get(w.conn(), id)?;
                w.audit(vendor_record("vendor.create", None, &vendor))?;
                created.push(vendor);
            }
            Ok(created)
        })
    }

    /// Replaces a vendor's fields with the draft's.
    pub fn update_vendor(&self, id: VendorId, draft: &VendorDraft) -> Result<Vendor> {
        let valid = draft.validate()?;
        self.store.write(&self.options.actor, self.options.clock.now(), |w| {
            let before = store::vendors::get(w.conn(), id)?;
            store::vendors::update(w.conn(), w.now(), id, &valid)?;
            let after = store::vendors::get(w.conn(), id)?;
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
        self.store.write(&self.options.actor, self.options.clock.now(), |w| {
            let before = store::vendors::get(w.conn(), id)?;
            if before.archived_at.is_some() == archived {
                let state = if archived { "already archived" } else { "not archived" };
                return Err(CoreError::Conflict(format!("{} is {state}", before.profile.name)));
            }
            store::vendors::set_archived(w.conn(), id, archived.then(|| w.now()), w.now())?;
            let after = store::vendors::get(w.conn(), id)?;
            let action = if archived { "vendor.archive" } else { "vendor.restore" };
            w.audit(vendor_record(action, Some(&before), &after))?;
            Ok(after)
        })
    }

    // ----- audit log -----------------------------------------------------------------------

    /// One page of the audit log, newest first.
    pub fn audit_log(&self, query: &AuditQuery) -> Result<Page<AuditEntry>> {
        self.store.read(|c| store::audit::page(c, query))
    }

    /// Checks the hash chain and compares every record with its last audited state.
    pub fn verify_audit(&self) -> Result<AuditVerification> {
        self.store.read(|c| {
            let mut verifier = ChainVerifier::default();
            store::audit::walk_chain(c, &mut verifier)?;
            let vendors: Vec<(i64, String, String)> =
                store::vendors::all(c)?.iter().map(|v| (v.id.0, v.profile.name.clone(), state_hash(v))).collect();
            verifier.check_records("vendor", &vendors);
            Ok(verifier.finish())
        })
    }
}

fn vendor_record(action: &str, before: Option<&Vendor>, after: &Vendor) -> AuditRecord {
    AuditRecord::change(action, "vendor", after.id.0, &after.profile.name, before, Some(after))
}

fn validate_all(drafts: &[VendorDraft]) -> Result<Vec<crate::vendor::ValidVendor>> {
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
