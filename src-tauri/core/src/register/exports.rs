//! Export use cases: the vendor register and the record of processing as sheets, the full JSON
//! backup, and restoring a backup into a new register file.

use std::collections::HashMap;
use std::path::Path;

use super::{Register, RegisterOptions};
use crate::audit::AuditRecord;
use crate::error::{CoreError, Result};
use crate::export::backup::{self, Backup};
use crate::export::{Sheet, ropa_table, vendor_table};
use crate::ids::VendorId;
use crate::questionnaire::answer::format_number;
use crate::risk::records::{DocumentKind, Freshness};
use crate::store::{self, OpenMode, Store};
use crate::text::{Message, text};
use crate::validate::FieldErrors;

impl Register {
    /// Every vendor, archived ones included, with its contract, contacts and today's risk, read
    /// in one transaction.
    pub fn vendor_sheet(&self) -> Result<Sheet> {
        self.store.read(|r| {
            let vendors = r.vendors()?;
            let book = self.risk_book()?;
            Ok(vendor_table(&vendors, &|v| book.row(v.id).cloned()))
        })
    }

    /// The GDPR Art. 30 record of processing, from the data map in force today, read in one
    /// transaction.
    pub fn ropa_sheet(&self) -> Result<Sheet> {
        self.store.read(|_| self.read_ropa_sheet())
    }

    fn read_ropa_sheet(&self) -> Result<Sheet> {
        let profile = self.org_profile()?;
        let names = |pairs: Vec<(String, String)>| pairs.into_iter().collect::<HashMap<_, _>>();
        let category_names = names(self.categories()?.into_iter().map(|c| (c.key, c.name)).collect());
        let subject_names = names(self.subject_groups()?.into_iter().map(|s| (s.key, s.name)).collect());
        let vendors = self.store.read(|r| r.vendors())?;
        let vendor_countries: HashMap<VendorId, String> =
            vendors.iter().filter_map(|v| v.profile.country.clone().map(|c| (v.id, c))).collect();
        let measures = self.security_measures()?;
        let inputs = crate::export::RopaInputs {
            controller: &profile.name,
            today: self.today(),
            category_names: &category_names,
            subject_names: &subject_names,
            vendor_countries: &vendor_countries,
            measures: &measures,
        };
        Ok(ropa_table(&self.flows(None)?, &self.edges(None)?, &inputs))
    }

    /// Per vendor: current SOC 2 and ISO/IEC 27001 documents, and the accepted questionnaire score.
    fn security_measures(&self) -> Result<HashMap<VendorId, Vec<String>>> {
        let mut measures: HashMap<VendorId, Vec<String>> = HashMap::new();
        for d in self.documents(None)? {
            let certified = matches!(d.document.kind, DocumentKind::Soc2Type2 | DocumentKind::Iso27001);
            if certified && matches!(d.freshness, Freshness::Current | Freshness::Expiring) {
                measures.entry(d.document.vendor.id).or_default().push(d.document.title.clone());
            }
        }
        let (inputs, _) = self.risk_inputs()?;
        for (vendor, score) in inputs.control_scores {
            measures.entry(vendor).or_default().push(format!("security questionnaire scored {}", format_number(score)));
        }
        Ok(measures)
    }

    /// The whole register as a JSON backup.
    pub fn backup(&self) -> Result<Vec<u8>> {
        crate::work::unobserved(|work| self.backup_with(work))
    }

    /// [`Register::backup`], telling `work` each table read; stops when cancelled.
    pub fn backup_with(&self, work: &mut crate::work::Work<'_>) -> Result<Vec<u8>> {
        let dump = self.store.read(|r| r.dump(store::LATEST_VERSION, self.now(), work))?;
        work.step(text!(work.language(), "progress-writing-backup"), 1, 1)?;
        serde_json::to_vec(&dump).map_err(|e| CoreError::Io(std::io::Error::other(e.to_string())))
    }

    /// Restores a backup into a new register file at `path` (which must not exist). The file is
    /// kept only if every row loads and the restored audit chain verifies; the restore itself is
    /// recorded as the next audit entry.
    pub fn restore(path: &Path, bytes: &[u8], options: RegisterOptions) -> Result<Register> {
        let backup: Backup = backup::parse(bytes, store::LATEST_VERSION)?;
        let store = Store::open(path, OpenMode::Create, options.passphrase.as_ref())?;
        let restored = store.restore(|w| crate::work::unobserved(|work| w.load(&backup, work))).and_then(|()| {
            let register = Register::with_store(store, options);
            let chain = register.verify_audit()?;
            if !chain.intact {
                let first = chain.problems.first().map(|p| p.message.clone()).unwrap_or_default();
                let message = Message::new("backup-audit").arg("problem", first);
                return Err(CoreError::from(FieldErrors::of("file", "backup", message)));
            }
            let summary = format!("Restored from a backup made {}", backup.created_at.to_rfc3339());
            register.record(|_| Ok(AuditRecord::register_event("register.restore", &summary)))?;
            Ok(register)
        });
        if restored.is_err() {
            remove_register_file(path);
        }
        restored
    }
}

/// Removes a register file this process just created (and SQLite's companions).
fn remove_register_file(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(name);
    }
}
