//! The command line, declared with clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use vendor_risk_core::locale::Language;
use vendor_risk_core::text::Message;
use vendor_risk_core::validate::FieldErrors;
use vendor_risk_core::{Actor, Role};

/// Vendor Risk Register, headless: the same register as the desktop app, for scripts.
#[derive(Debug, Parser)]
#[command(name = "vendor-risk", version, about)]
pub struct Cli {
    /// The register file, or a team register's address
    /// (postgres://LOGIN@HOST:PORT/DATABASE?sslmode=verify-full&sslrootcert=CA.pem; on a team
    /// register the person and role are the server's login and its role, so --actor and
    /// --role are refused there; the login's password comes from VENDOR_RISK_PASSWORD).
    #[arg(long, env = "VENDOR_RISK_DB")]
    pub db: PathBuf,
    /// Who is acting, as recorded in the audit log (default: the OS user). Register files only.
    #[arg(long, global = true, env = "VENDOR_RISK_ACTOR")]
    pub actor: Option<String>,
    /// The role to act under. Register files only.
    #[arg(long, global = true, value_enum, default_value_t = RoleArg::Compliance)]
    pub role: RoleArg,
    /// A file whose first line is the passphrase of an encrypted register (else a prompt).
    #[arg(long, global = true)]
    pub passphrase_file: Option<PathBuf>,
    /// A file whose first line is the new passphrase, for `init --encrypt`, `encrypt` and
    /// `rekey` (else a prompt).
    #[arg(long, global = true)]
    pub new_passphrase_file: Option<PathBuf>,
    /// The language of deadlines, first actions and reports: en or id (Bahasa Indonesia);
    /// VENDOR_RISK_LANG may name a locale such as id_ID.UTF-8. Default: English.
    #[arg(long, global = true, env = "VENDOR_RISK_LANG", value_parser = language)]
    pub lang: Option<Language>,
    #[command(subcommand)]
    pub command: Command,
}

impl From<RoleArg> for Role {
    fn from(role: RoleArg) -> Role {
        match role {
            RoleArg::Compliance => Role::Compliance,
            RoleArg::Procurement => Role::Procurement,
            RoleArg::Auditor => Role::Auditor,
        }
    }
}

impl Cli {
    /// The actor the register records.
    pub fn actor(&self) -> Actor {
        let local = Actor::local_user();
        Actor { name: self.actor.clone().unwrap_or(local.name), role: self.role.into() }
    }
}

/// A language the app speaks, named by its code (`id`) or by a locale (`id_ID.UTF-8`).
pub(crate) fn language(text: &str) -> Result<Language, String> {
    let code = text.split(['_', '-', '.', '@']).next().unwrap_or_default();
    Language::parse(code).ok_or_else(|| format!("'{text}' is not a language the app speaks ({})", Language::choices()))
}

/// The error for a flag's value `text` that is not one of `choices`.
pub(crate) fn not_a_choice(flag: &str, text: &str, choices: impl ToString) -> FieldErrors {
    FieldErrors::of(flag, "choice", Message::new("field-choice").arg("text", text).arg("choices", choices))
}

/// A role, as typed on the command line.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RoleArg {
    Compliance,
    Procurement,
    Auditor,
}

#[derive(Debug, Subcommand)]
#[allow(clippy::large_enum_variant)] // parsed once per process; size is irrelevant
pub enum Command {
    /// Create a new, empty register file.
    Init {
        /// Encrypt it with a new passphrase (SQLCipher).
        #[arg(long)]
        encrypt: bool,
    },
    /// Encrypt the register with a new passphrase. No other program may have it open.
    Encrypt,
    /// Change the passphrase of an encrypted register. No other program may have it open.
    Rekey,
    /// Remove the encryption: the register becomes a plain SQLite file again.
    Decrypt,
    /// Write the sample register (the Mixpanel story), or a synthetic one for benchmarks.
    Sample(SampleArgs),
    /// Vendors: add, list, show, edit, archive.
    #[command(subcommand)]
    Vendor(VendorCommand),
    /// The audit log: list it, verify its hash chain.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// What a compromised vendor held, whose, through whom, and which services are hit.
    BlastRadius(crate::datamap::BlastRadiusArgs),
    /// Data flows: what each vendor receives from us.
    #[command(subcommand)]
    Flow(crate::datamap::FlowCommand),
    /// Fourth parties: vendors passing our data on to other vendors.
    #[command(subcommand)]
    Edge(crate::datamap::EdgeCommand),
    /// Our internal services and the vendors they depend on.
    #[command(subcommand)]
    Service(crate::datamap::ServiceCommand),
    /// Data categories and subject groups.
    #[command(subcommand)]
    Taxonomy(crate::datamap::TaxonomyCommand),
    /// Which vendors receive a data category (or any with a flag).
    Lookup(crate::datamap::LookupArgs),
    /// Import a vendor's published subprocessor list.
    #[command(subcommand)]
    Subprocessors(crate::datamap::SubprocessorCommand),
    /// Incidents at vendors: open, list, show, mark steps done, assess, note, close.
    #[command(subcommand)]
    Incident(crate::incident::IncidentCommand),
    /// Our organisation: the profile that decides which notification regimes apply.
    #[command(subcommand)]
    Org(crate::incident::OrgCommand),
    /// Due-diligence questionnaires: templates, assign, answer, Excel round trip, CAIQ import, score.
    #[command(subcommand)]
    Questionnaire(crate::questionnaire::QuestionnaireCommand),
    /// Findings raised by questionnaire answers or entered by hand.
    #[command(subcommand)]
    Finding(crate::questionnaire::FindingCommand),
    /// Risk: assess, explain with the arithmetic, what-if, profiles and overrides, the rubric.
    #[command(subcommand)]
    Risk(crate::risk::RiskCommand),
    /// Review cadence: which vendors are due.
    #[command(subcommand)]
    Reviews(crate::risk::ReviewsCommand),
    /// The dashboard: heat map, tiers, reviews, documents, renewals, findings, acceptances.
    Dashboard {
        /// Print the dashboard as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Documents and certificates (SOC 2, ISO/IEC 27001, pen tests, DPAs).
    #[command(subcommand)]
    Document(crate::risk::DocumentCommand),
    /// Risk acceptances.
    #[command(subcommand)]
    Acceptance(crate::risk::AcceptanceCommand),
    /// PDF audit reports (register, vendor dossier, incident) and their verification.
    #[command(subcommand)]
    Report(crate::report::ReportCommand),
    /// Exports: the vendor register (CSV, XLSX), the record of processing, a full JSON backup.
    #[command(subcommand)]
    Export(crate::export::ExportCommand),
    /// Copy the register to OUT while it may be in use (SQLite's online backup).
    Backup {
        /// The backup file to write (must not exist).
        out: std::path::PathBuf,
    },
    /// Restore a backup: an online backup (`backup`) in place of --db after checking its
    /// integrity and audit chain, keeping the replaced file; or a JSON backup (`export json`)
    /// into a new register file.
    Restore { file: std::path::PathBuf },
    /// A team register on a PostgreSQL server: create it, move a file there, manage logins.
    #[command(subcommand)]
    Team(crate::team::TeamCommand),
    /// The DORA Register of Information (financial entities): entities, functions, providers,
    /// arrangements, settings, and the register checked per template.
    #[command(subcommand)]
    Dora(crate::dora::DoraCommand),
    /// Packages made elsewhere: a DORA Register of Information.
    #[command(subcommand)]
    Import(crate::dora::ImportCommand),
}

#[derive(Debug, Args)]
pub struct SampleArgs {
    /// Instead of the sample, write this many made-up vendors.
    #[arg(long)]
    pub synthetic: Option<usize>,
    /// With `--synthetic`: this many data flows over the vendors.
    #[arg(long, default_value_t = 0)]
    pub flows: usize,
    /// With `--synthetic`: this many vendor-to-vendor edges.
    #[arg(long, default_value_t = 0)]
    pub edges: usize,
    /// Seed for `--synthetic`; the same seed writes the same register.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// The sample as a financial entity (Kestrel Payments) with a complete DORA Register of
    /// Information.
    #[arg(long, conflicts_with = "synthetic")]
    pub financial_entity: bool,
}

#[derive(Debug, Subcommand)]
pub enum VendorCommand {
    /// Add a vendor.
    Add(VendorFields),
    /// List vendors (filtered, sorted and paged by the register).
    List(ListArgs),
    /// Show one vendor.
    Show {
        /// The vendor's id or exact name.
        vendor: String,
        /// Print the vendor as JSON (the stable format in README) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Change a vendor's fields; flags not given keep their value, an empty value clears one.
    Edit {
        /// The vendor's id or exact name.
        vendor: String,
        #[command(flatten)]
        fields: VendorFields,
    },
    /// Archive a vendor (hidden from the default list; history kept).
    Archive {
        /// The vendor's id or exact name.
        vendor: String,
    },
    /// Restore an archived vendor.
    Restore {
        /// The vendor's id or exact name.
        vendor: String,
    },
    /// Import vendors from a CSV or XLSX file (e.g. a procurement export): preview, then commit.
    Import(crate::vendor::ImportArgs),
}

/// Vendor fields as flags. Values are checked by the register, which names each bad field.
#[derive(Debug, Args, Default)]
pub struct VendorFields {
    /// The vendor's name (required when adding).
    #[arg(long)]
    pub name: Option<String>,
    /// The registered legal name, e.g. Mixpanel, Inc.
    #[arg(long)]
    pub legal_name: Option<String>,
    /// Web address, e.g. https://mixpanel.com (https:// is assumed when left out).
    #[arg(long)]
    pub website: Option<String>,
    /// ISO 3166 two-letter country of establishment, e.g. US, IE.
    #[arg(long)]
    pub country: Option<String>,
    /// analytics, cloud_hosting, payments, customer_support, crm, marketing, hr, identity, ai_ml, developer_tools, other.
    #[arg(long)]
    pub category: Option<String>,
    /// What the vendor provides, in free text.
    #[arg(long)]
    pub description: Option<String>,
    /// The internal business owner.
    #[arg(long)]
    pub business_owner: Option<String>,
    /// prospect, onboarding, active, offboarding, terminated.
    #[arg(long)]
    pub status: Option<String>,
    /// Legal Entity Identifier (ISO 17442).
    #[arg(long)]
    pub lei: Option<String>,
    /// VAT or tax number with its two-letter country prefix, e.g. IE6388047V.
    #[arg(long)]
    pub vat: Option<String>,
    /// D-U-N-S number.
    #[arg(long)]
    pub duns: Option<String>,
    /// A named service; repeat for several. Replaces the list when editing.
    #[arg(long = "service")]
    pub services: Vec<String>,
    /// A contact as "NAME;EMAIL;ROLE" (email and role optional); repeat for several.
    /// Replaces the list when editing.
    #[arg(long = "contact")]
    pub contacts: Vec<String>,
    /// YYYY-MM-DD
    #[arg(long)]
    pub contract_start: Option<String>,
    /// YYYY-MM-DD
    #[arg(long)]
    pub contract_renewal: Option<String>,
    /// YYYY-MM-DD
    #[arg(long)]
    pub contract_end: Option<String>,
    /// Days before --contract-renewal by which notice to terminate must be given (0–3650).
    #[arg(long)]
    pub notice_period_days: Option<String>,
    /// Decimal amount, e.g. 48000.00; give --currency too.
    #[arg(long)]
    pub annual_spend: Option<String>,
    /// ISO 4217 code, e.g. USD.
    #[arg(long)]
    pub currency: Option<String>,
    /// YYYY-MM-DD
    #[arg(long)]
    pub dpa_signed: Option<String>,
    /// Hours within which the vendor must report a breach to us.
    #[arg(long)]
    pub breach_sla_hours: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only vendors whose name or legal name contains this text.
    #[arg(long, default_value = "")]
    pub search: String,
    /// Only this status; repeat for several.
    #[arg(long = "status")]
    pub statuses: Vec<String>,
    /// Only this category; repeat for several.
    #[arg(long = "category")]
    pub categories: Vec<String>,
    /// Include archived vendors, or list only them.
    #[arg(long, value_enum, default_value_t = ArchivedArg::Exclude)]
    pub archived: ArchivedArg,
    /// Sort column.
    #[arg(long, value_enum, default_value_t = SortArg::Name)]
    pub sort: SortArg,
    /// Sort descending.
    #[arg(long)]
    pub desc: bool,
    /// Skip this many vendors (for paging).
    #[arg(long, default_value_t = 0)]
    pub offset: u64,
    /// Show at most this many vendors (up to 1000).
    #[arg(long, default_value_t = 1000)]
    pub limit: u64,
    /// Print the page as JSON (the stable format in README) instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ArchivedArg {
    Exclude,
    Include,
    Only,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SortArg {
    Name,
    Category,
    Status,
    Country,
    BusinessOwner,
    Services,
    Renewal,
    AnnualSpend,
    DpaSigned,
    UpdatedAt,
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List audit entries, newest first.
    Log {
        /// Only entries about this vendor (id or name).
        #[arg(long)]
        vendor: Option<String>,
        /// Show at most this many entries (up to 1000).
        #[arg(long, default_value_t = 50)]
        limit: u64,
        /// Print the entries as JSON (the stable format in README) instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Verify the hash chain and that every record matches its audited state.
    /// Exits 0 only when everything is intact, 3 when tampering was found.
    Verify {
        /// Print the verdict as JSON (the stable format in README) instead of text.
        #[arg(long)]
        json: bool,
    },
}
