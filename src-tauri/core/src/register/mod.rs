//! The [`Register`]: the one facade every front end (desktop, CLI, tests) calls.
//!
//! Each method is a use case: it validates input, runs one store transaction (which also
//! appends the audit entry) and returns plain values. No SQL here; that is in `store/`.
//!
//! A `Register` is `Send + Sync`: front ends share one (`Arc<Register>`) between threads, and
//! reads run side by side with each other and with a write. A use case made of several reads
//! runs them in one read transaction (`self.store.read(|_| ...)` around them): the reads inside
//! join it, so it sees one state of the register.

use std::path::Path;
use std::sync::{Arc, RwLock};

use serde::Serialize;

mod audit;
mod backups;
mod cache;
mod datamap;
mod dora;
mod edits;
mod encryption;
mod exports;
mod import;
mod incidents;
mod questionnaires;
mod reports;
mod risk;
mod team;
mod vendors;
mod watch;

pub use audit::RegisterHealth;
pub use backups::{BackupFile, Restored};
pub use dora::{DoraPackage, DoraProblem, DoraReadiness, TemplateReadiness};
pub use edits::{
    Edit, FindingEdit, FlowEdit, IncidentEdit, OrgProfileEdit, Revision, RiskProfileEdit, RubricEdit, ServiceEdit,
    VendorEdit,
};
pub use questionnaires::{CaiqPreview, ImportStep, WorkbookPreview};
pub use risk::VendorRiskView;
pub use watch::{RegisterEvent, Watch};

use crate::actor::{Actor, Area, Role};
use crate::audit::{AuditEntry, AuditRecord};
use crate::clock::{Clock, SystemClock};
use crate::error::{CoreError, Result};
use crate::locale::Language;
use crate::passphrase::Passphrase;
use crate::risk::book::RiskBook;
use crate::snapshot::DataMapSnapshot;
use crate::store::postgres::PgTarget;
use crate::store::team::Server;
use crate::store::{self, OpenMode, Store};
use crate::vendor::VendorList;

/// Who acts, and which clock stamps the changes.
#[derive(Clone)]
pub struct RegisterOptions {
    pub actor: Actor,
    pub clock: Arc<dyn Clock>,
    /// Unlocks an encrypted register, and encrypts a new one (a plain register ignores it).
    pub passphrase: Option<Passphrase>,
    /// How graph questions load the data map.
    pub data_map: DataMapLoading,
    /// The login's password on a team register's server, when it asks for one (else the
    /// address's own, if it has one).
    pub server_password: Option<Passphrase>,
    /// The language of what the register writes for people (deadline explanations, reports).
    pub language: Language,
}

impl Default for RegisterOptions {
    fn default() -> Self {
        RegisterOptions {
            actor: Actor::local_user(),
            clock: Arc::new(SystemClock),
            passphrase: None,
            data_map: DataMapLoading::Kept,
            server_password: None,
            language: Language::En,
        }
    }
}

/// How graph questions (blast radius, reverse lookup, network) load the data map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DataMapLoading {
    /// The whole data map, loaded once and kept up to date change by change: for a program
    /// that asks many questions (the desktop app).
    #[default]
    Kept,
    /// Only what each question needs, read for it: for a program that asks one (the CLI).
    PerQuestion,
}

/// The team register `path` names, if it is a `postgres://` address rather than a file.
fn team_address(path: &Path, password: Option<&Passphrase>) -> Result<Option<PgTarget>> {
    if !Register::is_team_address(path) {
        return Ok(None);
    }
    let mut target = PgTarget::parse(&path.to_string_lossy())?;
    if let Some(password) = password {
        target.config.password(password.expose());
    }
    Ok(Some(target))
}

/// Facts about an open register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RegisterInfo {
    /// The register's file, or `None` for an in-memory register.
    pub path: Option<String>,
    /// The file name (a team register's "DATABASE on HOST"), for window titles.
    pub file_name: String,
    /// The schema version: the file's, or the team register's on a server.
    pub schema_version: i64,
    pub actor: Actor,
    /// What the actor's role may change (the core enforces it; front ends hide the rest).
    pub may_change: Vec<Area>,
    /// Whether the file is encrypted with a passphrase.
    pub encrypted: bool,
    /// A team register's server address (without its password); `None` for a file.
    pub server: Option<String>,
}

/// An open vendor register.
pub struct Register {
    store: Store,
    options: RegisterOptions,
    /// The vendor list rows, updated as vendors change.
    vendor_list: cache::Derived<VendorList>,
    /// The data map for graph questions, updated as flows, edges, vendors and services change.
    data_map: cache::Derived<DataMapSnapshot>,
    /// Every vendor's risk today, rebuilt when the register changes or the day does.
    risk_book: cache::Derived<RiskBook>,
    /// The language of its explanations, changed when the person switches languages.
    language: RwLock<Language>,
}

impl Register {
    /// Creates a new register file, or (given a `postgres://` address) a team register in an
    /// empty database, as its owner.
    pub fn create(path: &Path, options: RegisterOptions) -> Result<Register> {
        let register = match team_address(path, options.server_password.as_ref())? {
            Some(target) => Register::on_server(Server::init(&target)?, options)?,
            None => Register::with_store(Store::open(path, OpenMode::Create, options.passphrase.as_ref())?, options),
        };
        register.record(|_| Ok(AuditRecord::register_event("register.create", "Register created")))?;
        Ok(register)
    }

    /// Opens an existing register file, upgrading its schema if it is older, or (given a
    /// `postgres://` address) a team register.
    pub fn open(path: &Path, options: RegisterOptions) -> Result<Register> {
        match team_address(path, options.server_password.as_ref())? {
            Some(target) => Register::on_server(Server::open(&target)?, options),
            None => {
                Ok(Register::with_store(Store::open(path, OpenMode::Existing, options.passphrase.as_ref())?, options))
            }
        }
    }

    /// A team register: the person is the server's login and the role its group role,
    /// whatever `options` say.
    fn on_server(server: Server, options: RegisterOptions) -> Result<Register> {
        let role = server.role.ok_or_else(|| CoreError::NoRole(server.login.clone()))?;
        let actor = Actor { name: server.login.clone(), role };
        Ok(Register::with_store(Store::on_server(server), RegisterOptions { actor, ..options }))
    }

    /// A register that lives in memory only.
    pub fn in_memory(options: RegisterOptions) -> Result<Register> {
        let register = Register::with_store(Store::open_in_memory()?, options);
        register.record(|_| Ok(AuditRecord::register_event("register.create", "Register created")))?;
        Ok(register)
    }

    fn with_store(store: Store, options: RegisterOptions) -> Register {
        Register {
            store,
            language: RwLock::new(options.language),
            options,
            vendor_list: cache::Derived::default(),
            data_map: cache::Derived::default(),
            risk_book: cache::Derived::default(),
        }
    }

    /// The language the register explains itself in.
    pub fn language(&self) -> Language {
        *self.language.read().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Explains from now on in `language` (the person switched languages).
    pub fn set_language(&self, language: Language) {
        *self.language.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = language;
    }

    /// Where the register lives and who is acting on it.
    pub fn info(&self) -> RegisterInfo {
        let path = self.store.path();
        RegisterInfo {
            path: path.map(|p| p.display().to_string()),
            file_name: match self.store.server() {
                Some(server) => server.target.title.clone(),
                None => path
                    .and_then(Path::file_name)
                    .map_or_else(|| "(in memory)".to_owned(), |n| n.to_string_lossy().into_owned()),
            },
            schema_version: match self.store.server() {
                Some(_) => store::team::TEAM_LATEST_VERSION,
                None => store::LATEST_VERSION,
            },
            actor: self.options.actor.clone(),
            may_change: self.options.actor.role.areas(),
            encrypted: self.store.encrypted(),
            server: self.store.server().map(|s| s.target.display.clone()),
        }
    }

    /// The options this register was opened with (to reopen it the same way).
    pub fn options(&self) -> &RegisterOptions {
        &self.options
    }

    /// Records a register event (creation), which any role may cause.
    fn record(&self, f: impl FnOnce(&store::Writer<'_>) -> Result<AuditRecord>) -> Result<AuditEntry> {
        self.store.write(&self.options.actor, self.options.clock.now(), |w| {
            let record = f(w)?;
            w.audit(record)
        })
    }

    /// Refuses a change to `area` the actor's role may not make.
    pub(super) fn require(&self, area: Area) -> Result<()> {
        let role = self.options.actor.role;
        if role.may_change(area) {
            return Ok(());
        }
        let hint = match role {
            Role::Auditor => "error-hint-read-only",
            _ => "error-hint-procurement",
        };
        Err(CoreError::Forbidden { role, area: area.label_id(), hint })
    }

    /// Runs `f` in one audited write transaction touching `area`, as this register's actor,
    /// now; refused before anything is written if the actor's role may not change `area`.
    fn write<T>(&self, area: Area, f: impl FnOnce(&mut store::Writer<'_>) -> Result<T>) -> Result<T> {
        self.require(area)?;
        self.store.write(&self.options.actor, self.options.clock.now(), f)
    }

    /// Today, by this register's clock (UTC).
    pub fn today(&self) -> chrono::NaiveDate {
        self.now().date_naive()
    }

    /// The register's clock: deadlines count down from it.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.options.clock.now()
    }

    /// The data map, for graph questions: kept and updated (see [`cache`]).
    fn data_map(&self) -> Result<Arc<DataMapSnapshot>> {
        self.store.read(|r| {
            self.data_map.updated(
                r,
                || Ok(DataMapSnapshot::new(r.snapshot_parts()?)),
                |map, touched| match r.snapshot_delta(touched, &map.taxonomy)? {
                    Some(delta) => {
                        map.apply(delta);
                        Ok(true)
                    }
                    None => Ok(false),
                },
            )
        })
    }
}
