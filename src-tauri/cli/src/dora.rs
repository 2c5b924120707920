//! `vendor-risk dora ...` and `vendor-risk export dora-roi`: the DORA Register of Information
//! kept from the command line (entities, functions, providers, arrangements, settings), its
//! readiness per template, and the report package for a reference date.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use vendor_risk_core::dora::fields::Kind;
use vendor_risk_core::dora::import::ProviderMatch;
use vendor_risk_core::dora::labels;
use vendor_risk_core::dora::model::{
    DoraArrangementDraft, DoraBranch, DoraEntityDraft, DoraFunctionDraft, DoraProviderDraft, DoraSettings, FunctionKey,
    Scope,
};
use vendor_risk_core::locale::Language;
use vendor_risk_core::say;
use vendor_risk_core::text::Message;
use vendor_risk_core::validate::FieldErrors;
use vendor_risk_core::{CoreError, DoraReadiness, Register};

use crate::Outcome;
use crate::output::{headings, json, table};

#[derive(Debug, Subcommand)]
pub enum DoraCommand {
    /// Add or update an entity of the group (by its LEI).
    Entity(EntityArgs),
    /// Add or update a branch of an entity (by its code within the entity).
    Branch(BranchArgs),
    /// Add or update a function an entity runs (by its code within the entity).
    Function(FunctionArgs),
    /// Set what the RoI asks of a vendor as an ICT third-party service provider.
    Provider(ProviderArgs),
    /// Add or update a contractual arrangement (by its reference).
    Arrangement(ArrangementArgs),
    /// The reporting scope, base currency and package name.
    Settings(SettingsArgs),
    /// Every record of the RoI.
    Show {
        /// Print every record as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// The register checked as a supervisor will: rows and problems per template, and each
    /// problem with the record that fixes it.
    Check {
        /// The reference date (31 December of the year reported).
        #[arg(long, value_parser = parse_date)]
        ref_date: NaiveDate,
        /// Print the rows and problems per template as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// The fields a record of a kind takes, with the EBA column each fills and its allowed values.
    Fields {
        /// entity, function, provider or arrangement.
        kind: String,
    },
}

/// `--set NAME=VALUE`, repeatable: a record's EBA facts (see `vendor-risk dora fields KIND`).
#[derive(Debug, Args)]
pub struct Facts {
    /// A fact as NAME=VALUE (closed-list codes as `x1` or `eba_CO:x1`); repeat for more.
    #[arg(long = "set", value_name = "NAME=VALUE")]
    pub set: Vec<String>,
}

#[derive(Debug, Args)]
pub struct EntityArgs {
    /// The entity's LEI.
    pub lei: String,
    /// Its legal name.
    #[arg(long)]
    pub name: String,
    /// The entity that maintains the register and reports it (one at most).
    #[arg(long)]
    pub reporting: bool,
    /// Its direct parent's LEI (left out for the group's top).
    #[arg(long)]
    pub parent: Option<String>,
    #[command(flatten)]
    pub facts: Facts,
}

#[derive(Debug, Args)]
pub struct BranchArgs {
    /// The branch's identification code.
    pub code: String,
    /// The LEI of the entity it is a branch of.
    #[arg(long)]
    pub entity: String,
    /// The branch's name.
    #[arg(long)]
    pub name: String,
    /// Where it is (ISO 3166-1 alpha-2, e.g. DE).
    #[arg(long)]
    pub country: String,
}

#[derive(Debug, Args)]
pub struct FunctionArgs {
    /// The function identifier, unique within its entity.
    pub code: String,
    /// The LEI of the entity running it.
    #[arg(long)]
    pub entity: String,
    /// The function's name.
    #[arg(long)]
    pub name: String,
    /// The internal service it is, by name.
    #[arg(long)]
    pub service: Option<String>,
    #[command(flatten)]
    pub facts: Facts,
}

#[derive(Debug, Args)]
pub struct ProviderArgs {
    /// The vendor (id or name).
    pub vendor: String,
    /// The vendor at the top of its group (id or name).
    #[arg(long)]
    pub parent: Option<String>,
    #[command(flatten)]
    pub facts: Facts,
}

#[derive(Debug, Args)]
pub struct ArrangementArgs {
    /// The contractual arrangement's reference number.
    pub reference: String,
    /// The provider (vendor id or name).
    #[arg(long)]
    pub vendor: String,
    /// The LEI of the entity that signed it.
    #[arg(long)]
    pub entity: String,
    /// The overarching arrangement's reference, for a subsequent or associated one.
    #[arg(long)]
    pub overarching: Option<String>,
    /// A function it supports, as CODE or CODE@LEI (default: the signing entity's); repeat for more.
    #[arg(long = "function", value_name = "CODE[@LEI]")]
    pub functions: Vec<String>,
    #[command(flatten)]
    pub facts: Facts,
}

#[derive(Debug, Args)]
pub struct SettingsArgs {
    /// Report for the group (CON) or for one entity (IND).
    #[arg(long, value_parser = ["CON", "IND"])]
    pub scope: Option<String>,
    /// ISO 4217 code of the amounts reported, e.g. EUR.
    #[arg(long)]
    pub base_currency: Option<String>,
    /// The package's name, with {lei}, {scope}, {country}, {ref} and {time} (default: the
    /// EBA's naming, {lei}.{scope}_{country}_DORA010100_DORA_{ref}_{time}).
    #[arg(long)]
    pub name_pattern: Option<String>,
    /// A B_99.01 definition of the entity's own scales, as COLUMN=TEXT (c0010 … c0190); an
    /// empty TEXT removes it. Repeat for more.
    #[arg(long = "definition", value_name = "COLUMN=TEXT")]
    pub definitions: Vec<String>,
}

/// `export dora-roi`'s arguments.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The reference date (31 December of the year reported).
    #[arg(long, value_parser = parse_date)]
    pub ref_date: NaiveDate,
    /// A folder (the package is written into it under its own name) or a .zip file.
    #[arg(long)]
    pub out: PathBuf,
    /// Write the package even though the checks found errors; the problems are written beside
    /// it as NAME.problems.csv.
    #[arg(long)]
    pub force: bool,
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| format!("'{text}' is not a date as YYYY-MM-DD"))
}

/// `NAME=VALUE` pairs; an error names the one without `=`.
fn facts(given: &Facts) -> Result<BTreeMap<String, String>, CoreError> {
    let mut facts = BTreeMap::new();
    for pair in &given.set {
        let Some((name, value)) = pair.split_once('=') else {
            return Err(
                FieldErrors::of("set", "format", Message::new("term-dora-not-name-value").arg("text", pair)).into()
            );
        };
        facts.insert(name.trim().to_owned(), value.to_owned());
    }
    Ok(facts)
}

pub fn run(register: &Register, command: DoraCommand) -> Result<Outcome, CoreError> {
    let l = register.language();
    let text = match command {
        DoraCommand::Entity(args) => {
            let draft = DoraEntityDraft {
                lei: args.lei,
                name: args.name,
                reporting: args.reporting,
                parent_lei: args.parent,
                facts: facts(&args.facts)?,
            };
            let entity = register.save_dora_entity(&draft)?;
            format!("{}\n", say!(l, "term-dora-entity-saved", name = &entity.name, lei = &entity.lei))
        }
        DoraCommand::Branch(args) => {
            let draft = DoraBranch { code: args.code, entity_lei: args.entity, name: args.name, country: args.country };
            let branch = register.save_dora_branch(&draft)?;
            let saved = say!(
                l,
                "term-dora-branch-saved",
                code = &branch.code,
                name = &branch.name,
                entity = &branch.entity_lei
            );
            format!("{saved}\n")
        }
        DoraCommand::Function(args) => {
            let draft = DoraFunctionDraft {
                code: args.code,
                entity_lei: args.entity,
                name: args.name,
                service: args.service,
                facts: facts(&args.facts)?,
            };
            let function = register.save_dora_function(&draft)?;
            let saved = say!(
                l,
                "term-dora-function-saved",
                code = &function.code,
                name = &function.name,
                entity = &function.entity_lei
            );
            format!("{saved}\n")
        }
        DoraCommand::Provider(args) => {
            let vendor = register.find_vendor(&args.vendor)?.id;
            let parent = args.parent.map(|p| register.find_vendor(&p).map(|v| v.id)).transpose()?;
            let provider =
                register.save_dora_provider(vendor, &DoraProviderDraft { parent, facts: facts(&args.facts)? })?;
            format!("{}\n", say!(l, "term-dora-provider-saved", vendor = &provider.vendor_name))
        }
        DoraCommand::Arrangement(args) => arrangement(register, args)?,
        DoraCommand::Settings(args) => settings(register, args)?,
        DoraCommand::Show { json: as_json } => {
            let records = register.dora_records()?;
            if as_json { json(&records) } else { show(&records, l) }
        }
        DoraCommand::Check { ref_date, json: as_json } => {
            let readiness = register.dora_package(ref_date)?.readiness;
            if as_json { json(&readiness) } else { readiness_text(&readiness, l) }
        }
        DoraCommand::Fields { kind } => fields(&kind, l)?,
    };
    Ok(Outcome::printed(text))
}

fn arrangement(register: &Register, args: ArrangementArgs) -> Result<String, CoreError> {
    let vendor = register.find_vendor(&args.vendor)?.id;
    let functions = args
        .functions
        .iter()
        .map(|f| match f.split_once('@') {
            Some((code, lei)) => FunctionKey { code: code.to_owned(), entity_lei: lei.to_owned() },
            None => FunctionKey { code: f.clone(), entity_lei: args.entity.clone() },
        })
        .collect();
    let draft = DoraArrangementDraft {
        reference: args.reference,
        vendor_id: vendor,
        entity_lei: args.entity,
        overarching: args.overarching,
        functions,
        facts: facts(&args.facts)?,
    };
    let saved = register.save_dora_arrangement(&draft)?;
    let l = register.language();
    Ok(format!(
        "{}\n",
        say!(l, "term-dora-arrangement-saved", reference = &saved.reference, vendor = &saved.vendor_name)
    ))
}

fn settings(register: &Register, args: SettingsArgs) -> Result<String, CoreError> {
    let mut settings: DoraSettings = register.dora_records()?.settings;
    if let Some(scope) = args.scope {
        settings.scope = if scope == "IND" { Scope::Individual } else { Scope::Consolidated };
    }
    if let Some(currency) = args.base_currency {
        settings.base_currency = currency;
    }
    if let Some(pattern) = args.name_pattern {
        settings.name_pattern = pattern;
    }
    for pair in &args.definitions {
        let Some((column, text)) = pair.split_once('=') else {
            let message = Message::new("term-dora-not-column-text").arg("text", pair);
            return Err(FieldErrors::of("definition", "format", message).into());
        };
        if text.trim().is_empty() {
            settings.definitions.remove(column.trim());
        } else {
            settings.definitions.insert(column.trim().to_owned(), text.trim().to_owned());
        }
    }
    let saved = register.set_dora_settings(&settings)?;
    let line = say!(
        register.language(),
        "term-dora-settings",
        scope = saved.scope.code(),
        currency = &saved.base_currency,
        pattern = &saved.name_pattern
    );
    Ok(format!("{line}\n"))
}

fn fields(kind: &str, l: Language) -> Result<String, CoreError> {
    let kind = Kind::named(kind)?;
    let mut out = String::new();
    for field in kind.fields() {
        out.push_str(&format!("{}  ({} {})  {}\n", field.name, field.template, field.column, field.label));
        let allowed = field.allowed();
        if allowed.len() > 30 {
            let first: Vec<&str> = allowed.iter().take(3).map(|c| c.rsplit(':').next().unwrap_or(c)).collect();
            let codes = say!(l, "term-dora-codes", count = allowed.len().to_string(), first = first.join(", "));
            out.push_str(&format!("    {codes}\n"));
            continue;
        }
        for code in allowed {
            let short = code.rsplit(':').next().unwrap_or(code);
            out.push_str(&format!("    {short:<8} {}\n", labels::label(code).unwrap_or_default()));
        }
    }
    Ok(out)
}

fn show(records: &vendor_risk_core::dora::model::DoraRecords, l: Language) -> String {
    let mut out = String::new();
    let reporting = say!(l, "term-dora-reporting");
    let entities = records
        .entities
        .iter()
        .map(|e| vec![e.lei.clone(), e.name.clone(), if e.reporting { reporting.clone() } else { String::new() }])
        .collect();
    out.push_str(&table(&["LEI".to_owned(), say!(l, "term-col-entity"), String::new()], entities));
    let functions =
        records.functions.iter().map(|f| vec![f.code.clone(), f.entity_lei.clone(), f.name.clone()]).collect();
    out.push_str(&table(&headings(l, &["term-col-function", "term-col-entity", "term-col-name"]), functions));
    let arrangements = records
        .arrangements
        .iter()
        .map(|a| {
            let functions: Vec<&str> = a.functions.iter().map(|f| f.code.as_str()).collect();
            vec![a.reference.clone(), a.vendor_name.clone(), a.entity_lei.clone(), functions.join(" ")]
        })
        .collect();
    let columns =
        headings(l, &["term-col-arrangement", "term-col-provider", "term-col-signed-by", "term-col-functions"]);
    out.push_str(&table(&columns, arrangements));
    out
}

/// Rows and problems per template, then each problem with its record.
fn readiness_text(readiness: &DoraReadiness, l: Language) -> String {
    let rows = readiness
        .templates
        .iter()
        .map(|t| {
            let template = format!("{} {}", t.template, t.title);
            vec![template, t.rows.to_string(), t.errors.to_string(), t.warnings.to_string()]
        })
        .collect();
    let mut out = format!("{}\n", say!(l, "term-dora-package", name = &readiness.name));
    let columns = headings(l, &["term-col-template", "term-col-rows", "term-col-errors", "term-col-warnings"]);
    out.push_str(&table(&columns, rows));
    // Each problem's line keeps its form in every language, for scripts: severity, rule, where
    // [template, row, column, record]; only its message is in the register's language (--lang).
    for p in &readiness.problems {
        out.push_str(&format!("{}\n", problem_line(p)));
    }
    if readiness.problems.is_empty() {
        out.push_str(&format!("{}\n", say!(l, "term-dora-no-problems")));
    }
    out
}

fn problem_line(p: &vendor_risk_core::DoraProblem) -> String {
    let at = [
        p.problem.template.clone(),
        p.problem.row.map(|r| format!("row {r}")),
        p.problem.column.clone(),
        p.source.as_ref().map(ToString::to_string),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ");
    let severity = match p.problem.severity {
        vendor_risk_core::dora::validate::Severity::Error => "error",
        vendor_risk_core::dora::validate::Severity::Warning => "warning",
    };
    format!("{severity} {} [{at}]: {}", p.problem.rule, p.problem.message)
}

/// Writes the package for `args.ref_date`: refused while the checks find errors unless
/// `--force`, and then the problems are written beside it.
pub fn export(register: &Register, args: ExportArgs) -> Result<Outcome, CoreError> {
    let package = register.dora_package(args.ref_date)?;
    let readiness = &package.readiness;
    let l = register.language();
    if let Err(refused) = package.ready(args.force) {
        let checked = readiness_text(readiness, l);
        return Err(CoreError::Conflict(
            vendor_risk_core::text::Message::new("error-dora-refused")
                .arg("checked", checked)
                .arg("refused", refused.message_in(l)),
        ));
    }
    let zip_path = package.write_to(&args.out)?;
    let (path, bytes) = (zip_path.display().to_string(), package.zip.len().to_string());
    let mut text = format!("{}\n", say!(l, "term-export-wrote", path = path, bytes = bytes));
    if !readiness.problems.is_empty() {
        let listed = say!(
            l,
            "term-dora-problems-listed",
            problems = readiness.problems.len().to_string(),
            errors = readiness.errors().to_string(),
            path = zip_path.with_extension("problems.csv").display().to_string()
        );
        text.push_str(&format!("{listed}\n"));
    }
    Ok(Outcome::printed(text))
}

/// `import ...`: packages made elsewhere.
#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// A DORA Register of Information package (last year's filing, or a spreadsheet tool's
    /// output): entities, functions, providers and arrangements, all or nothing.
    DoraRoi(ImportArgs),
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The package zip.
    pub file: PathBuf,
    /// Show what would be imported, provider by provider; write nothing.
    #[arg(long, conflicts_with = "commit", required_unless_present = "commit")]
    pub preview: bool,
    /// Import it all, or nothing if anything is wrong.
    #[arg(long)]
    pub commit: bool,
    /// Print what is (or would be) imported as JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

pub fn import(register: &Register, command: ImportCommand) -> Result<Outcome, CoreError> {
    let ImportCommand::DoraRoi(args) = command;
    let bytes = std::fs::read(&args.file).map_err(|e| FieldErrors::unreadable("file", &args.file, e))?;
    let name = args.file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let plan =
        if args.commit { register.dora_import(&name, &bytes)? } else { register.dora_import_preview(&name, &bytes)? };
    if args.json {
        return Ok(Outcome::printed(json(&plan)));
    }
    let l = register.language();
    let providers = plan
        .providers
        .iter()
        .map(|p| {
            let matched = match &p.matched {
                ProviderMatch::Existing { vendor_name, identifier, .. } => {
                    say!(l, "term-matched-by", name = vendor_name, key = identifier)
                }
                ProviderMatch::New => say!(l, "term-dora-new-vendor"),
            };
            vec![p.row.to_string(), p.code.clone(), p.legal_name.clone(), matched]
        })
        .collect();
    let id = if args.commit { "term-dora-imported" } else { "term-dora-would-import" };
    let summary = say!(
        l,
        id,
        entities = plan.entity_count.to_string(),
        functions = plan.function_count.to_string(),
        providers = plan.providers.len().to_string(),
        arrangements = plan.arrangements.len().to_string(),
        links = plan.subcontracting.len().to_string(),
        date = plan.ref_date.to_string()
    );
    let mut out = format!("{summary}\n");
    let columns = headings(l, &["term-col-b0501-row", "term-col-code", "term-col-provider", "term-col-vendor"]);
    out.push_str(&table(&columns, providers));
    for note in &plan.notes {
        out.push_str(&format!("{}\n", say!(l, "term-dora-note", note = note.to_string())));
    }
    if !args.commit {
        out.push_str(&format!("{}\n", say!(l, "term-dora-nothing-written")));
    }
    Ok(Outcome::printed(out))
}
