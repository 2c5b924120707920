//! Import use cases: a vendor's published subprocessor list, and vendors in bulk from a
//! spreadsheet.

use super::Register;
use crate::actor::Area;
use crate::audit::AuditRecord;
use crate::datamap::{EdgeKind, ValidEdge, VendorRef};
use crate::error::{CoreError, Result};
use crate::ids::VendorId;
use crate::import::subprocessors::{LineMessage, ListErrors, ListOptions, ParsedList, guess_category, parse_list};
use crate::import::vendors::{self, Planned, VendorImportOptions, VendorImportPreview};
use crate::import::{ListChange, SubprocessorPreview, preview_list};
use crate::locale::Language;
use crate::store::Reader;
use crate::text::text;
use crate::validate::{FieldError, FieldErrors};
use crate::vendor::{LifecycleStatus, VendorDraft};

impl From<ListErrors> for CoreError {
    fn from(errors: ListErrors) -> Self {
        list_errors(&errors.0)
    }
}

/// Problems of a list, each named by where it is (both already in the register's language).
fn list_errors(messages: &[LineMessage]) -> CoreError {
    CoreError::Validation(FieldErrors(
        messages
            .iter()
            .map(|m| FieldError {
                field: m.at.clone(),
                rule: "list".to_owned(),
                message: m.message.clone(),
                text: None,
            })
            .collect(),
    ))
}

/// Where the way a vendor's list was last read is remembered.
fn list_options_key(vendor: VendorId) -> String {
    format!("subprocessor_list_options.{}", vendor.0)
}

impl Register {
    /// What importing `bytes` (a web page, markdown, CSV or TSV text, an .xlsx or .ods
    /// workbook) as `vendor`'s subprocessor list would do, read with `options` (without them,
    /// as this vendor's list was last read). Nothing is written.
    pub fn preview_subprocessors(
        &self,
        vendor: VendorId,
        bytes: &[u8],
        options: Option<ListOptions>,
    ) -> Result<SubprocessorPreview> {
        let options = self.list_options(vendor, options)?;
        let parsed = parse_list(bytes, &options)?;
        self.store.read(|r| self.plan_subprocessors(r, vendor, parsed, options))
    }

    /// The options to read `vendor`'s list with: `options`, else as the list was last read; its
    /// messages in the register's language.
    fn list_options(&self, vendor: VendorId, options: Option<ListOptions>) -> Result<ListOptions> {
        let options = match options {
            Some(options) => options,
            None => self.remembered_list_options(vendor)?,
        };
        Ok(ListOptions { language: self.language(), ..options })
    }

    /// How `vendor`'s list was last read (its column choices and company), if ever.
    fn remembered_list_options(&self, vendor: VendorId) -> Result<ListOptions> {
        let stored = self.store.read(|r| r.meta(&list_options_key(vendor)))?;
        Ok(stored.and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default())
    }

    /// Compares a parsed list with the vendor's list edges in force today, as `r` sees them.
    fn plan_subprocessors(
        &self,
        r: &Reader<'_>,
        vendor: VendorId,
        parsed: ParsedList,
        options: ListOptions,
    ) -> Result<SubprocessorPreview> {
        let owner = r.vendor(vendor)?;
        let vendors = r.vendors()?;
        let today = self.today();
        let current: Vec<_> = r
            .edges(Some(vendor))?
            .into_iter()
            .filter(|e| e.from_vendor.id == vendor && e.source == "subprocessor_list")
            .filter(|e| crate::datamap::in_force(Some(e.valid_from), e.valid_to, today))
            .collect();
        Ok(preview_list(VendorRef { id: vendor, name: owner.profile.name.into() }, parsed, options, &vendors, &current))
    }

    /// Imports `bytes` as `vendor`'s subprocessor list, read with `options` (without them, as
    /// last time), all at once: creates missing vendors, adds, updates and ends edges (today),
    /// and on a changed re-import asks for a review; remembers how the list was read. Refused,
    /// naming each place, while the list has errors. The list is compared again inside the
    /// write; given the `previewed` basis, the import is refused (and writes nothing) if the
    /// register changed since in a way that changes it.
    pub fn import_subprocessors(
        &self,
        vendor: VendorId,
        bytes: &[u8],
        options: Option<ListOptions>,
        previewed: Option<&str>,
    ) -> Result<SubprocessorPreview> {
        let options = self.list_options(vendor, options)?;
        let parsed = parse_list(bytes, &options)?;
        if !parsed.errors.is_empty() {
            return Err(list_errors(&parsed.errors));
        }
        let remembered = serde_json::to_string(&options).map_err(|e| CoreError::Internal(e.to_string()))?;
        let today = self.today();
        let mut preview = self.write(Area::DataMap, |w| {
            let mut preview = self.plan_subprocessors(w, vendor, parsed, options)?;
            if previewed.is_some_and(|basis| basis != preview.basis) {
                return Err(changed_since_preview());
            }
            w.set_meta(&list_options_key(vendor), &remembered)?;
            for row in &mut preview.rows {
                let listed = &row.listed;
                let to = match &row.existing_vendor {
                    Some(v) => v.id,
                    None => {
                        let ids = &listed.identifiers;
                        let draft = VendorDraft {
                            lei: ids.lei.clone().unwrap_or_default(),
                            vat: ids.vat.clone().unwrap_or_default(),
                            duns: ids.duns.clone().unwrap_or_default(),
                            category: guess_category(&listed.purposes).as_str().to_owned(),
                            status: LifecycleStatus::Active.as_str().to_owned(),
                            description: format!(
                                "Subprocessor of {} (from its published list): {}",
                                preview.vendor.name,
                                listed.purposes.join("; ")
                            ),
                            ..VendorDraft::named(&listed.name)
                        };
                        let valid = draft.validate().map_err(|e| line_error(&listed.at, e))?;
                        let id = w.insert_vendor(&valid).map_err(|e| line_error_core(&listed.at, e))?;
                        let created = w.vendor(id)?;
                        w.audit(AuditRecord::change(
                            "vendor.create",
                            "vendor",
                            id.0,
                            &created.profile.name,
                            None,
                            Some(&created),
                        ))?;
                        row.existing_vendor = Some(VendorRef { id, name: created.profile.name.into() });
                        id
                    }
                };
                let purpose = (!listed.purposes.is_empty()).then(|| listed.purposes.join("; "));
                match row.change {
                    ListChange::Added => {
                        let edge = ValidEdge {
                            to_vendor_id: to,
                            kind: EdgeKind::Subprocessor,
                            category_keys: Vec::new(),
                            purpose,
                            locations: listed.locations.clone(),
                            regions: listed.regions.clone(),
                            valid_from: today,
                            valid_to: None,
                        };
                        let id = w.insert_edge(vendor, &edge, "subprocessor_list")?;
                        let after = w.edge(id)?;
                        let summary = format!("{} → {}", after.from_vendor.name, after.to_vendor.name);
                        w.audit(AuditRecord::linked_change(
                            "vendor_edge.create",
                            "vendor_edge",
                            id.0,
                            &summary,
                            None,
                            Some(&after),
                        ))?;
                    }
                    ListChange::Changed => {
                        let current = w
                            .edges(Some(vendor))?
                            .into_iter()
                            .find(|e| e.to_vendor.id == to && e.source == "subprocessor_list" && e.valid_to.is_none());
                        if let Some(before) = current {
                            w.update_edge_details(before.id, purpose.as_deref(), &listed.locations, &listed.regions)?;
                            let after = w.edge(before.id)?;
                            let summary = format!("{} → {}", after.from_vendor.name, after.to_vendor.name);
                            w.audit(AuditRecord::linked_change(
                                "vendor_edge.update",
                                "vendor_edge",
                                after.id.0,
                                &summary,
                                Some(&before),
                                Some(&after),
                            ))?;
                        }
                    }
                    ListChange::Unchanged => {}
                }
            }
            for removed in &preview.removed {
                let before = w.edge(removed.edge_id)?;
                let last_day = today.pred_opt().unwrap_or(today).max(before.valid_from);
                w.end_edge(removed.edge_id, last_day)?;
                let after = w.edge(removed.edge_id)?;
                let summary = format!("{} → {}", after.from_vendor.name, after.to_vendor.name);
                w.audit(AuditRecord::linked_change(
                    "vendor_edge.end",
                    "vendor_edge",
                    after.id.0,
                    &summary,
                    Some(&before),
                    Some(&after),
                ))?;
            }
            let (added, changed, removed) = preview.changes();
            if preview.reimport && added + changed + removed > 0 {
                let reason = format!("Subprocessor list changed: {added} added, {removed} removed, {changed} changed");
                let id = w.request_review(vendor, &reason)?;
                w.audit(AuditRecord::change(
                    "vendor.review_requested",
                    "review_request",
                    id,
                    &reason,
                    None::<&String>,
                    Some(&reason),
                ))?;
            }
            w.audit(AuditRecord::register_event(
                "subprocessors.import",
                &format!("{}: subprocessor list imported", preview.vendor.name),
            ))?;
            Ok(preview)
        })?;
        preview.committed = true;
        Ok(preview)
    }
}

fn line_error(at: &str, errors: FieldErrors) -> CoreError {
    CoreError::Validation(FieldErrors(
        errors.0.into_iter().map(|e| FieldError { field: format!("{at}, {}", e.field), ..e }).collect(),
    ))
}

fn line_error_core(at: &str, err: CoreError) -> CoreError {
    match err {
        CoreError::Validation(errors) => line_error(at, errors),
        other => other,
    }
}

/// The register changed since a preview in a way that changes what the import would do.
pub(super) fn changed_since_preview() -> CoreError {
    CoreError::Conflict(crate::text::Message::new("error-import-changed-since-preview"))
}

/// A refused import's row errors, naming rows and columns in `language` (the preview's).
fn row_errors(preview: &VendorImportPreview, language: Language) -> CoreError {
    let errors = preview.rows.iter().flat_map(|r| {
        r.errors.iter().map(move |e| FieldError {
            field: text!(language, "import-vendors-at-row-column", row = r.row, column = &e.column),
            rule: "import".to_owned(),
            message: e.message.clone(),
            text: None,
        })
    });
    CoreError::Validation(FieldErrors(errors.take(LISTED_ERRORS).collect()))
}

/// Where the last vendor import's mapping is remembered.
const VENDOR_IMPORT_KEY: &str = "vendor_import_options";
/// Most row errors a refused commit lists (the preview shows them all).
const LISTED_ERRORS: usize = 50;

impl Register {
    /// What importing the spreadsheet would do, row by row. Without options, the mapping last
    /// used (if the file has its columns) or one suggested from the headers. Nothing is written.
    pub fn preview_vendor_import(
        &self,
        bytes: &[u8],
        options: Option<VendorImportOptions>,
    ) -> Result<VendorImportPreview> {
        let table = vendors::read_table(bytes)?;
        let options = match options {
            Some(options) => options,
            None => self.remembered_import(&table.headers)?,
        };
        let existing = self.store.read(|r| r.vendors())?;
        Ok(vendors::plan(&table, &options, &existing, self.language()).0)
    }

    /// Imports the spreadsheet: every row or none. Refused, naming rows and columns, if any
    /// row is invalid. The rows are planned again inside the write that commits them; given the
    /// `previewed` basis, the commit is refused (and writes nothing) if the register changed
    /// since in a way that changes what the import does. Remembers the mapping for next time.
    pub fn commit_vendor_import(
        &self,
        bytes: &[u8],
        options: &VendorImportOptions,
        previewed: Option<&str>,
    ) -> Result<VendorImportPreview> {
        self.require(Area::Vendors)?;
        let table = vendors::read_table(bytes)?;
        let remembered = serde_json::to_string(options).map_err(|e| CoreError::Internal(e.to_string()))?;
        self.write(Area::Vendors, |w| {
            let (preview, planned) = vendors::plan(&table, options, &w.vendors()?, self.language());
            if previewed.is_some_and(|basis| basis != preview.basis) {
                return Err(changed_since_preview());
            }
            if preview.invalid > 0 {
                return Err(row_errors(&preview, self.language()));
            }
            for write in &planned {
                match write {
                    Planned::Create(vendor) => {
                        let id = w.insert_vendor(vendor)?;
                        let created = w.vendor(id)?;
                        w.audit(super::vendors::vendor_record("vendor.import", None, &created))?;
                    }
                    Planned::Update(id, vendor) => {
                        let before = w.vendor(*id)?;
                        w.update_vendor(*id, vendor)?;
                        let after = w.vendor(*id)?;
                        w.audit(super::vendors::vendor_record("vendor.import_update", Some(&before), &after))?;
                    }
                }
            }
            if planned.is_empty() {
                w.audit(AuditRecord::register_event("vendor.import", "Vendor import: nothing to change"))?;
            }
            w.set_meta(VENDOR_IMPORT_KEY, &remembered)?;
            Ok(preview)
        })
    }

    /// The options of the last import if the file has every column they map; else a suggestion.
    fn remembered_import(&self, headers: &[String]) -> Result<VendorImportOptions> {
        let stored = self.store.read(|c| c.meta(VENDOR_IMPORT_KEY))?;
        let remembered: Option<VendorImportOptions> = stored.and_then(|t| serde_json::from_str(&t).ok());
        Ok(remembered.filter(|o| o.mapping.values().all(|h| headers.contains(h))).unwrap_or_else(|| {
            VendorImportOptions { mapping: vendors::suggest_mapping(headers), ..VendorImportOptions::default() }
        }))
    }
}
