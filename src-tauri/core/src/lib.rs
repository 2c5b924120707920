//! # vendor-risk-core
//!
//! The domain of Vendor Risk Register: a local register of third-party vendors, kept in one
//! SQLite file, with an append-only, hash-chained audit log. It knows nothing of Tauri, JSON
//! transport or the UI; the desktop app and the `vendor-risk` CLI are thin adapters over
//! [`Register`].
//!
//! ## Where things are
//! - [`register`]: the facade. One method per use case.
//! - [`store`]: all SQL. Opening, PRAGMAs, migrations, and one module per table group.
//! - [`vendor`], [`audit`], [`validate`]: plain types and pure logic, testable without a database.
//! - [`sample`]: the sample register (the Mixpanel story) and synthetic registers for benchmarks.
//!
//! ## Adding a table
//! Add `migrations/000N_name.sql` (STRICT, NOT NULL, CHECKs, an index per foreign key), list it
//! in `store/migrate.rs`, commit a schema snapshot (`tests/schema/`), write its SQL in a new
//! `store/<area>.rs`, and if its rows matter after an incident, make them audited records.
//!
//! ## Adding a use case
//! Add a `Register` method: validate, then `store.write(...)` with the store calls and one
//! `w.audit(...)`. The desktop command and the CLI subcommand each just call it.

pub mod actor;
pub mod audit;
pub mod blast_radius;
mod canonical;
pub mod clock;
pub mod datamap;
pub mod dora;
mod enums;
pub mod error;
pub mod export;
pub mod holidays;
pub mod ids;
pub mod import;
pub mod incident;
pub mod locale;
pub mod lookup;
pub mod obligations;
pub mod org;
pub mod passphrase;
pub mod questionnaire;
pub mod reference;
pub mod register;
pub mod report;
pub mod risk;
pub mod sample;
pub mod snapshot;
pub mod store;
pub mod taxonomy;
pub mod text;
pub mod validate;
pub mod vendor;
pub mod words;
pub mod work;

pub use actor::{Actor, Role};
pub use chrono::NaiveDate;
pub use error::{CoreError, ErrorCode, Result};
pub use passphrase::Passphrase;
pub use register::{
    CaiqPreview, DataMapLoading, DoraPackage, DoraProblem, DoraReadiness, ImportStep, Register, RegisterInfo,
    RegisterOptions, TemplateReadiness, VendorRiskView, WorkbookPreview,
};
pub use store::AuditQuery;
