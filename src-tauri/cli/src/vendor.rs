//! `vendor-risk vendor ...`: flags to drafts and queries, one Register call each.

use vendor_risk_core::import::vendors::{OnMatch, VendorImportOptions};
use vendor_risk_core::say;
use vendor_risk_core::text::Message;
use vendor_risk_core::validate::FieldErrors;
use vendor_risk_core::vendor::{
    ArchivedFilter, ContactDraft, LifecycleStatus, SortDirection, VendorCategory, VendorDraft, VendorQuery,
    VendorSortKey,
};
use vendor_risk_core::{CoreError, Register};

use crate::Outcome;
use crate::args::{ArchivedArg, ListArgs, SortArg, VendorCommand, VendorFields};
use crate::output;

/// `vendor import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The CSV or XLSX file.
    file: std::path::PathBuf,
    /// A JSON file mapping fields to column headers: {"mapping": {"name": "Supplier"}, "onMatch":
    /// "update"}. Default: the mapping used last time if the file has its columns, else one
    /// guessed from the headers.
    #[arg(long)]
    mapping: Option<std::path::PathBuf>,
    /// What to do with vendors already in the register (overrides the mapping file).
    #[arg(long, value_parser = ["update", "skip"])]
    on_match: Option<String>,
    /// Show what would happen, row by row; write nothing.
    #[arg(long, conflicts_with = "commit", required_unless_present = "commit")]
    preview: bool,
    /// Import every row, or nothing if any row has an error.
    #[arg(long)]
    commit: bool,
    /// Print the rows and what happened to each as JSON instead of text.
    #[arg(long)]
    json: bool,
}

fn import(register: &Register, args: ImportArgs) -> Result<String, CoreError> {
    let bytes = std::fs::read(&args.file).map_err(|e| FieldErrors::unreadable("file", &args.file, e))?;
    let mut options = match &args.mapping {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| FieldErrors::unreadable("--mapping", path, e))?;
            Some(serde_json::from_str::<VendorImportOptions>(&text).map_err(|e| {
                let message = Message::new("cli-mapping-json").arg("line", e.line()).arg("problem", &e);
                FieldErrors::of("--mapping", "json", message)
            })?)
        }
        None => None,
    };
    // Committing or choosing what to do with matches needs options: the remembered or suggested
    // ones unless a mapping file gave them.
    if options.is_none() && (args.commit || args.on_match.is_some()) {
        options = Some(register.preview_vendor_import(&bytes, None)?.options);
    }
    if let (Some(options), Some(on_match)) = (options.as_mut(), &args.on_match) {
        options.on_match = if on_match == "update" { OnMatch::Update } else { OnMatch::Skip };
    }
    let preview = match (args.commit, options) {
        (true, Some(options)) => register.commit_vendor_import(&bytes, &options, None)?,
        (_, options) => register.preview_vendor_import(&bytes, options)?,
    };
    Ok(if args.json {
        output::json(&preview)
    } else {
        output::import_preview(&preview, args.commit, register.language())
    })
}

pub fn run(register: &Register, command: VendorCommand) -> Result<Outcome, CoreError> {
    let l = register.language();
    let done = |message: &str, vendor: &vendor_risk_core::vendor::Vendor| {
        format!("{}\n", say!(l, message, id = vendor.id.to_string(), name = &vendor.profile.name))
    };
    let text = match command {
        VendorCommand::Import(args) => import(register, args)?,
        VendorCommand::Add(fields) => {
            let mut draft = VendorDraft::named("");
            fields.apply(&mut draft);
            let vendor = register.create_vendor(&draft)?;
            done("term-vendor-added", &vendor)
        }
        VendorCommand::List(args) => {
            let page = register.list_vendors(&args.query()?)?;
            if args.json { output::json(&page) } else { output::vendor_table(&page, l) }
        }
        VendorCommand::Show { vendor, json } => {
            let vendor = register.find_vendor(&vendor)?;
            if json { output::json(&vendor) } else { output::vendor_details(&vendor, l) }
        }
        VendorCommand::Edit { vendor, fields } => {
            let existing = register.find_vendor(&vendor)?;
            let mut draft = VendorDraft::from(&existing);
            fields.apply(&mut draft);
            let vendor = register.update_vendor(existing.id, &draft)?;
            done("term-vendor-updated", &vendor)
        }
        VendorCommand::Archive { vendor } => {
            let vendor = register.archive_vendor(register.find_vendor(&vendor)?.id)?;
            done("term-vendor-archived-done", &vendor)
        }
        VendorCommand::Restore { vendor } => {
            let vendor = register.restore_vendor(register.find_vendor(&vendor)?.id)?;
            done("term-vendor-restored", &vendor)
        }
    };
    Ok(Outcome::printed(text))
}

impl VendorFields {
    /// Overlays the flags that were given onto `draft`.
    fn apply(self, draft: &mut VendorDraft) {
        let pairs = [
            (self.name, &mut draft.name),
            (self.legal_name, &mut draft.legal_name),
            (self.website, &mut draft.website),
            (self.country, &mut draft.country),
            (self.category, &mut draft.category),
            (self.description, &mut draft.description),
            (self.business_owner, &mut draft.business_owner),
            (self.status, &mut draft.status),
            (self.lei, &mut draft.lei),
            (self.vat, &mut draft.vat),
            (self.duns, &mut draft.duns),
            (self.contract_start, &mut draft.contract_start),
            (self.contract_renewal, &mut draft.contract_renewal),
            (self.contract_end, &mut draft.contract_end),
            (self.notice_period_days, &mut draft.notice_period_days),
            (self.annual_spend, &mut draft.annual_spend),
            (self.currency, &mut draft.currency),
            (self.dpa_signed, &mut draft.dpa_signed),
            (self.breach_sla_hours, &mut draft.breach_sla_hours),
        ];
        for (flag, field) in pairs {
            if let Some(value) = flag {
                *field = value;
            }
        }
        if !self.services.is_empty() {
            draft.services = self.services;
        }
        if !self.contacts.is_empty() {
            draft.contacts = self.contacts.iter().map(|c| contact(c)).collect();
        }
    }
}

/// "NAME;EMAIL;ROLE" to a contact draft; the register validates each part.
fn contact(text: &str) -> ContactDraft {
    let mut parts = text.splitn(3, ';').map(|p| p.trim().to_owned());
    ContactDraft {
        name: parts.next().unwrap_or_default(),
        email: parts.next().unwrap_or_default(),
        role: parts.next().unwrap_or_default(),
    }
}

impl ListArgs {
    fn query(&self) -> Result<VendorQuery, CoreError> {
        Ok(VendorQuery {
            search: self.search.clone(),
            statuses: parse_all(&self.statuses, "--status", LifecycleStatus::parse, LifecycleStatus::choices)?,
            categories: parse_all(&self.categories, "--category", VendorCategory::parse, VendorCategory::choices)?,
            archived: match self.archived {
                ArchivedArg::Exclude => ArchivedFilter::Exclude,
                ArchivedArg::Include => ArchivedFilter::Include,
                ArchivedArg::Only => ArchivedFilter::Only,
            },
            sort: sort_key(self.sort),
            direction: if self.desc { SortDirection::Desc } else { SortDirection::Asc },
            offset: self.offset,
            limit: self.limit,
        })
    }
}

fn parse_all<T>(
    texts: &[String],
    flag: &str,
    parse: fn(&str) -> Option<T>,
    choices: fn() -> String,
) -> Result<Vec<T>, CoreError> {
    texts
        .iter()
        .map(|text| parse(text).ok_or_else(|| crate::args::not_a_choice(flag, text, choices()).into()))
        .collect()
}

fn sort_key(sort: SortArg) -> VendorSortKey {
    match sort {
        SortArg::Name => VendorSortKey::Name,
        SortArg::Category => VendorSortKey::Category,
        SortArg::Status => VendorSortKey::Status,
        SortArg::Country => VendorSortKey::Country,
        SortArg::BusinessOwner => VendorSortKey::BusinessOwner,
        SortArg::Services => VendorSortKey::Services,
        SortArg::Renewal => VendorSortKey::Renewal,
        SortArg::AnnualSpend => VendorSortKey::AnnualSpend,
        SortArg::DpaSigned => VendorSortKey::DpaSigned,
        SortArg::UpdatedAt => VendorSortKey::UpdatedAt,
    }
}
