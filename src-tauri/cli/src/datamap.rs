//! `vendor-risk blast-radius | flow | edge | service | category | subject | lookup |
//! subprocessors`: the data map from the command line.

use clap::{Args, Subcommand};
use vendor_risk_core::datamap::{DependencyDraft, EdgeDraft, FlowDraft, ResidenceDraft, ServiceDraft};
use vendor_risk_core::ids::{EdgeId, FlowId, InternalServiceId};
use vendor_risk_core::import::subprocessors::{ColumnRole, ListOptions};
use vendor_risk_core::lookup::ReverseQuery;
use vendor_risk_core::say;
use vendor_risk_core::taxonomy::{CategoryDraft, Flag, SubjectDraft};
use vendor_risk_core::text::Message;
use vendor_risk_core::validate::FieldErrors;
use vendor_risk_core::{CoreError, Register};

use crate::Outcome;
use crate::output;

/// An optional date flag, checked by the core.
fn date(flag: &str, text: &Option<String>) -> Result<Option<vendor_risk_core::NaiveDate>, CoreError> {
    Ok(text.as_deref().map(|t| vendor_risk_core::validate::date_field(flag, t)).transpose()?)
}

#[derive(Debug, Args)]
pub struct BlastRadiusArgs {
    /// The compromised vendor (id or exact name).
    pub vendor: String,
    /// The date to answer for (YYYY-MM-DD); default today.
    #[arg(long)]
    pub at: Option<String>,
    /// When we became aware (RFC 3339, or YYYY-MM-DDTHH:MM in the organisation's time zone);
    /// the notification deadlines run from it. Default now.
    #[arg(long, default_value = "")]
    pub aware_at: String,
    /// Print the blast radius as JSON (the stable format in README) instead of text.
    #[arg(long)]
    pub json: bool,
}

pub fn blast_radius(register: &Register, args: BlastRadiusArgs) -> Result<Outcome, CoreError> {
    let vendor = register.find_vendor(&args.vendor)?;
    let radius = register.blast_radius(vendor.id, date("--at", &args.at)?, &args.aware_at)?;
    Ok(Outcome::printed(if args.json {
        output::json(&radius)
    } else {
        output::blast_radius(&radius, register.now(), register.language())
    }))
}

#[derive(Debug, Subcommand)]
#[allow(clippy::large_enum_variant)] // parsed once per process; size is irrelevant
pub enum FlowCommand {
    /// Record data a vendor receives from us.
    Add {
        /// The receiving vendor (id or exact name).
        vendor: String,
        #[command(flatten)]
        fields: FlowFields,
    },
    /// List a vendor's flows (all flows without a vendor).
    List {
        vendor: Option<String>,
        /// Only flows in force on this date.
        #[arg(long)]
        at: Option<String>,
        /// Print the flows as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// End a flow; its history is kept.
    End {
        flow: i64,
        /// The last day the vendor received the data (YYYY-MM-DD).
        #[arg(long)]
        on: String,
    },
}

#[derive(Debug, Args)]
pub struct FlowFields {
    /// Subject-group key, e.g. customer, employee, api_customers.
    #[arg(long)]
    pub subject: String,
    /// Data-category key; repeat for several (e.g. user.contact.email).
    #[arg(long = "category", required = true)]
    pub categories: Vec<String>,
    /// Why the vendor receives the data (required).
    #[arg(long)]
    pub purpose: String,
    /// Our internal service the data comes from.
    #[arg(long, default_value = "")]
    pub source_service: String,
    /// The vendor's service that receives it.
    #[arg(long, default_value = "")]
    pub vendor_service: String,
    /// How many records it receives (a whole number).
    #[arg(long, default_value = "")]
    pub records: String,
    /// How many people the data is about; the --residence counts may not add up to more.
    #[arg(long, default_value = "")]
    pub people: String,
    /// People per country as CC=N, e.g. US=430000; repeatable.
    #[arg(long = "residence", value_name = "CC=N")]
    pub residence: Vec<String>,
    /// Storage country code; repeatable.
    #[arg(long = "storage")]
    pub storage: Vec<String>,
    /// Processing country code; repeatable.
    #[arg(long = "processing")]
    pub processing: Vec<String>,
    /// not_restricted, adequacy, eu_us_dpf, scc_module_1..4, bcr, derogation, none.
    #[arg(long, default_value = "not_restricted")]
    pub transfer: String,
    /// How long the vendor keeps the data (free text, e.g. 25 months).
    #[arg(long, default_value = "")]
    pub retention: String,
    /// First day in force (YYYY-MM-DD).
    #[arg(long)]
    pub valid_from: String,
    /// Last day in force, if it has ended.
    #[arg(long, default_value = "")]
    pub valid_to: String,
}

impl FlowFields {
    fn draft(self) -> FlowDraft {
        FlowDraft {
            vendor_service: self.vendor_service,
            source_service: self.source_service,
            subject: self.subject,
            categories: self.categories,
            purpose: self.purpose,
            records: self.records,
            people: self.people,
            residence: self
                .residence
                .iter()
                .map(|r| {
                    let (country, people) = r.split_once('=').unwrap_or((r.as_str(), ""));
                    ResidenceDraft { country: country.to_owned(), people: people.to_owned() }
                })
                .collect(),
            storage_locations: self.storage,
            processing_locations: self.processing,
            transfer_mechanism: self.transfer,
            retention: self.retention,
            valid_from: self.valid_from,
            valid_to: self.valid_to,
        }
    }
}

pub fn flow(register: &Register, command: FlowCommand) -> Result<Outcome, CoreError> {
    let l = register.language();
    let text = match command {
        FlowCommand::Add { vendor, fields } => {
            let vendor = register.find_vendor(&vendor)?;
            let flow = register.add_flow(vendor.id, &fields.draft())?;
            // The flow's id is the third word in every language: scripts read it.
            let added =
                say!(l, "term-datamap-flow-added", id = flow.id.to_string(), vendor = flow.vendor.name.to_string());
            format!("{added}\n")
        }
        FlowCommand::List { vendor, at, json } => {
            let vendor = vendor.map(|v| register.find_vendor(&v)).transpose()?.map(|v| v.id);
            let at = date("--at", &at)?;
            let flows: Vec<_> = register
                .flows(vendor)?
                .into_iter()
                .filter(|f| at.is_none_or(|d| vendor_risk_core::datamap::in_force(Some(f.valid_from), f.valid_to, d)))
                .collect();
            if json { output::json(&flows) } else { output::flows(&flows, l) }
        }
        FlowCommand::End { flow, on } => {
            let flow = register.end_flow(FlowId(flow), &on)?;
            let ended = say!(
                l,
                "term-datamap-flow-ended",
                id = flow.id.to_string(),
                vendor = flow.vendor.name.to_string(),
                date = on
            );
            format!("{ended}\n")
        }
    };
    Ok(Outcome::printed(text))
}

#[derive(Debug, Subcommand)]
pub enum EdgeCommand {
    /// Record that a vendor passes our data on to another.
    Add {
        /// The vendor passing data on.
        from: String,
        /// The vendor receiving it.
        #[arg(long)]
        to: String,
        /// subprocessor or onward_transfer.
        #[arg(long, default_value = "subprocessor")]
        kind: String,
        /// A category passed on; repeatable. None: not stated (whatever it holds).
        #[arg(long = "category")]
        categories: Vec<String>,
        /// A country where the receiving vendor has the data (ISO 3166 alpha-2, e.g. US); repeatable.
        #[arg(long = "location")]
        locations: Vec<String>,
        /// Why the data is passed on.
        #[arg(long, default_value = "")]
        purpose: String,
        /// First day in force (YYYY-MM-DD).
        #[arg(long)]
        valid_from: String,
    },
    /// List the edges leaving and arriving at a vendor (all without a vendor).
    List {
        vendor: Option<String>,
        /// Print the edges as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// End an edge; its history is kept.
    End {
        edge: i64,
        /// The last day data passed (YYYY-MM-DD).
        #[arg(long)]
        on: String,
    },
}

pub fn edge(register: &Register, command: EdgeCommand) -> Result<Outcome, CoreError> {
    let l = register.language();
    let text = match command {
        EdgeCommand::Add { from, to, kind, categories, locations, purpose, valid_from } => {
            let from = register.find_vendor(&from)?;
            let draft =
                EdgeDraft { to_vendor: to, kind, categories, purpose, locations, valid_from, valid_to: String::new() };
            let edge = register.add_edge(from.id, &draft)?;
            let added = say!(
                l,
                "term-datamap-edge-added",
                id = edge.id.to_string(),
                from = edge.from_vendor.name.to_string(),
                to = edge.to_vendor.name.to_string()
            );
            format!("{added}\n")
        }
        EdgeCommand::List { vendor, json } => {
            let vendor = vendor.map(|v| register.find_vendor(&v)).transpose()?.map(|v| v.id);
            let edges = register.edges(vendor)?;
            if json { output::json(&edges) } else { output::edges(&edges, l) }
        }
        EdgeCommand::End { edge, on } => {
            let edge = register.end_edge(EdgeId(edge), &on)?;
            let ended = say!(
                l,
                "term-datamap-edge-ended",
                id = edge.id.to_string(),
                from = edge.from_vendor.name.to_string(),
                to = edge.to_vendor.name.to_string(),
                date = on
            );
            format!("{ended}\n")
        }
    };
    Ok(Outcome::printed(text))
}

#[derive(Debug, Subcommand)]
pub enum ServiceCommand {
    /// List our internal services and the vendors each depends on.
    List {
        /// Print the services and their vendors as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Add an internal service.
    Add {
        /// The service's name (required).
        #[arg(long)]
        name: String,
        /// low, medium, high, critical.
        #[arg(long)]
        criticality: String,
        /// Recovery time objective in hours (0–8760).
        #[arg(long, default_value = "")]
        rto_hours: String,
        /// What the service does.
        #[arg(long, default_value = "")]
        description: String,
        /// A vendor it depends on; repeatable.
        #[arg(long = "depends-on")]
        depends_on: Vec<String>,
    },
}

pub fn service(register: &Register, command: ServiceCommand) -> Result<Outcome, CoreError> {
    let l = register.language();
    let text = match command {
        ServiceCommand::List { json } => {
            let services = register.services()?;
            if json { output::json(&services) } else { output::services(&services, l) }
        }
        ServiceCommand::Add { name, criticality, rto_hours, description, depends_on } => {
            let draft = ServiceDraft {
                name,
                criticality,
                rto_hours,
                description,
                dependencies: depends_on
                    .into_iter()
                    .map(|vendor| DependencyDraft { vendor, ..DependencyDraft::default() })
                    .collect(),
                ..ServiceDraft::default()
            };
            let service: vendor_risk_core::datamap::InternalService =
                register.save_service(None::<InternalServiceId>, &draft)?;
            let added = say!(l, "term-datamap-service-added", id = service.id.to_string(), name = &service.name);
            format!("{added}\n")
        }
    };
    Ok(Outcome::printed(text))
}

#[derive(Debug, Subcommand)]
pub enum TaxonomyCommand {
    /// List the data categories (Fideslang by Ethyca, CC BY 4.0, plus your own).
    Categories {
        /// Print the categories as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Add a category under any node; it inherits the parent's flags.
    AddCategory {
        /// The key of the category to add it under, e.g. user.contact.
        #[arg(long)]
        parent: String,
        /// The category's name; its key is the parent's key and this name in snake_case.
        #[arg(long)]
        name: String,
        /// What the category covers.
        #[arg(long, default_value = "")]
        description: String,
        /// An extra flag: personal, special_category, health, payment_card, financial_account,
        /// credentials, government_id, children, precise_location; repeatable.
        #[arg(long = "flag")]
        flags: Vec<String>,
    },
    /// List the subject groups.
    Subjects {
        /// Print the subject groups as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Add a subject group, e.g. "API customers".
    AddSubject {
        /// The group's name; its key is this name in snake_case (e.g. api_customers).
        #[arg(long)]
        name: String,
        /// Who the group is.
        #[arg(long, default_value = "")]
        description: String,
    },
}

fn flag(text: &str) -> Result<Flag, CoreError> {
    Flag::parse(text).ok_or_else(|| crate::args::not_a_choice("--flag", text, Flag::choices()).into())
}

pub fn taxonomy(register: &Register, command: TaxonomyCommand) -> Result<Outcome, CoreError> {
    let l = register.language();
    let text = match command {
        TaxonomyCommand::Categories { json } => {
            let categories = register.categories()?;
            if json { output::json(&categories) } else { output::categories(&categories, l) }
        }
        TaxonomyCommand::AddCategory { parent, name, description, flags } => {
            let flags = flags.iter().map(|f| flag(f)).collect::<Result<Vec<_>, _>>()?;
            let category = register.create_category(&CategoryDraft { parent_key: parent, name, description, flags })?;
            format!("{}\n", say!(l, "term-datamap-category-added", key = &category.key))
        }
        TaxonomyCommand::Subjects { json } => {
            let groups = register.subject_groups()?;
            if json {
                output::json(&groups)
            } else {
                groups.iter().map(|g| format!("{:<28}{}\n", g.key, g.name)).collect()
            }
        }
        TaxonomyCommand::AddSubject { name, description } => {
            let group = register.create_subject_group(&SubjectDraft { name, description })?;
            format!("{}\n", say!(l, "term-datamap-subject-added", key = &group.key))
        }
    };
    Ok(Outcome::printed(text))
}

#[derive(Debug, Args)]
pub struct LookupArgs {
    /// Vendors receiving this category or anything within it.
    #[arg(long)]
    pub category: Option<String>,
    /// Vendors receiving any category with this flag (e.g. special_category).
    #[arg(long)]
    pub flag: Option<String>,
    /// The date to answer for (YYYY-MM-DD); default today.
    #[arg(long)]
    pub at: Option<String>,
    /// Print the vendors found as JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

pub fn lookup(register: &Register, args: LookupArgs) -> Result<Outcome, CoreError> {
    let query = ReverseQuery {
        category: args.category,
        flag: args.flag.as_deref().map(flag).transpose()?,
        at: date("--at", &args.at)?,
    };
    let result = register.reverse_lookup(&query)?;
    Ok(Outcome::printed(if args.json {
        output::json(&result)
    } else {
        output::reverse_lookup(&result, register.language())
    }))
}

#[derive(Debug, Subcommand)]
pub enum SubprocessorCommand {
    /// Import a vendor's published subprocessor list: a saved web page (.html), markdown, CSV or
    /// TSV, or an .xlsx/.ods workbook. Columns are read by their headers (English, German,
    /// French, Spanish, Portuguese, Indonesian) or as --column says; the preview says what each
    /// column and location cell was read as.
    Import {
        /// The vendor whose list it is.
        vendor: String,
        /// The list file; "-" reads standard input.
        file: std::path::PathBuf,
        /// Show what would change; write nothing.
        #[arg(long)]
        preview: bool,
        /// What a column holds, by its header: 'HEADER=ROLE' with ROLE one of name, purpose,
        /// location, address, company, lei, vat, duns, ignored (repeatable). Remembered for the
        /// vendor's next import.
        #[arg(long = "column", value_name = "HEADER=ROLE")]
        columns: Vec<String>,
        /// In a file holding the lists of several companies (a company column): whose list it is.
        #[arg(long)]
        company: Option<String>,
        /// Print the preview or the import's result as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

/// The list options the flags give; `None` (read as last time) when none is given.
fn list_options(columns: &[String], company: Option<String>) -> Result<Option<ListOptions>, CoreError> {
    if columns.is_empty() && company.is_none() {
        return Ok(None);
    }
    let mut mapping = std::collections::BTreeMap::new();
    for column in columns {
        let invalid = || {
            let roles: Vec<&str> = ColumnRole::ALL.iter().map(|r| r.as_str()).collect();
            let message = Message::new("term-datamap-column-flag").arg("text", column).arg("roles", roles.join(", "));
            CoreError::Validation(FieldErrors::of("--column", "column", message))
        };
        let (header, role) = column.rsplit_once('=').ok_or_else(invalid)?;
        mapping.insert(header.trim().to_owned(), ColumnRole::named(role).ok_or_else(invalid)?);
    }
    Ok(Some(ListOptions { mapping, company, ..ListOptions::default() }))
}

pub fn subprocessors(register: &Register, command: SubprocessorCommand) -> Result<Outcome, CoreError> {
    let SubprocessorCommand::Import { vendor, file, preview, columns, company, json } = command;
    let bytes = if file.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes)?;
        bytes
    } else {
        std::fs::read(&file)?
    };
    let options = list_options(&columns, company)?;
    let vendor = register.find_vendor(&vendor)?;
    let result = if preview {
        register.preview_subprocessors(vendor.id, &bytes, options)?
    } else {
        register.import_subprocessors(vendor.id, &bytes, options, None)?
    };
    Ok(Outcome::printed(if json {
        output::json(&result)
    } else {
        output::subprocessor_preview(&result, register.language())
    }))
}
