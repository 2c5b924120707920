//! `vendor-risk`: the headless front end over the Vendor Risk Register core, for automation,
//! scheduled reports and scripting. It parses arguments, calls one `Register` method, prints
//! the result (text, or stable JSON with `--json`) and maps errors to exit codes:
//! 0 success, 1 error, 2 usage error, 3 `audit verify` found tampering or `report verify` a
//! report that does not match the register's history.

mod args;
mod audit;
mod datamap;
mod dora;
mod export;
mod incident;
mod output;
mod passphrase;
mod progress;
mod questionnaire;
mod readme;
mod report;
mod risk;
mod team;
mod vendor;

use std::io::Write;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};
use vendor_risk_core::locale::Language;
use vendor_risk_core::say;
use vendor_risk_core::text::Message;
use vendor_risk_core::{CoreError, DataMapLoading, Register, RegisterOptions};

use args::{Cli, Command};

/// What a command printed, and whether `audit verify` found tampering.
pub struct Outcome {
    pub stdout: String,
    pub tampered: bool,
}

impl Outcome {
    /// A successful command's output.
    pub fn printed(stdout: String) -> Self {
        Outcome { stdout, tampered: false }
    }
}

fn main() -> ExitCode {
    let matches = Cli::command().get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    refuse_identity_on_a_team_register(&cli, &matches);
    let language = cli.lang.unwrap_or(Language::En);
    match run(cli) {
        Ok(outcome) => {
            // A closed pipe (`vendor-risk ... | head`) is not an error worth reporting.
            let _ = std::io::stdout().lock().write_all(outcome.stdout.as_bytes());
            if outcome.tampered { ExitCode::from(3) } else { ExitCode::SUCCESS }
        }
        Err(err) => {
            output::print_error(&err, language);
            ExitCode::from(1)
        }
    }
}

/// On a team register the server decides who acts and in which role (the login and its group
/// role): `--actor` or `--role` typed there is a usage error rather than silently ignored.
fn refuse_identity_on_a_team_register(cli: &Cli, matches: &clap::ArgMatches) {
    if !Register::is_team_address(&cli.db) {
        return;
    }
    let typed = |id: &str| matches.value_source(id) == Some(clap::parser::ValueSource::CommandLine);
    // `team add-user` and `team set-role` take a --role of their own: the role they give.
    let gives_roles = matches!(cli.command, Command::Team(_));
    let flags = if gives_roles { &["actor"][..] } else { &["actor", "role"][..] };
    if let Some(flag) = flags.iter().find(|id| typed(id)) {
        Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                format!(
                    "--{flag} cannot be used on a team register: you act as the server's login, in the role its owner gave it (see `team users`)"
                ),
            )
            .exit();
    }
}

/// `encrypt`, `rekey` and `decrypt`.
fn change_passphrase(cli: &Cli, options: RegisterOptions) -> Result<Outcome, CoreError> {
    let encrypted = Register::is_encrypted(&cli.db);
    let (new, done) = match cli.command {
        Command::Encrypt if encrypted => {
            return Err(CoreError::Conflict(Message::new("error-already-encrypted")));
        }
        Command::Encrypt => (Some(passphrase::new(cli)?), "term-register-encrypted"),
        Command::Rekey if !encrypted => {
            return Err(CoreError::Conflict(Message::new("error-not-encrypted-use-encrypt")));
        }
        Command::Rekey => (Some(passphrase::new(cli)?), "term-register-rekeyed"),
        _ => (None, "term-register-decrypted"),
    };
    let l = options.language;
    Register::change_passphrase(&cli.db, options, new)?;
    Ok(Outcome::printed(format!("{}\n", say!(l, done, path = cli.db.display().to_string()))))
}

/// The register at `db`, created first when there is none: no file yet, or an empty
/// database on a server.
fn open_or_create(db: &std::path::Path, options: RegisterOptions) -> Result<Register, CoreError> {
    if Register::is_team_address(db) {
        match Register::open(db, options.clone()) {
            Err(CoreError::NoTeamRegister(_)) => Register::create(db, options),
            opened => opened,
        }
    } else if db.exists() {
        Register::open(db, options)
    } else {
        Register::create(db, options)
    }
}

fn run(cli: Cli) -> Result<Outcome, CoreError> {
    let passphrase = passphrase::current(&cli)?;
    // One question per process: a blast radius reads only the part of the data map it needs.
    let options = RegisterOptions {
        actor: cli.actor(),
        passphrase,
        data_map: DataMapLoading::PerQuestion,
        server_password: passphrase::server_password()?,
        language: cli.lang.unwrap_or(Language::En),
        ..RegisterOptions::default()
    };
    match cli.command {
        Command::Init { encrypt } => {
            let passphrase = if encrypt { Some(passphrase::new(&cli)?) } else { None };
            let register = Register::create(&cli.db, RegisterOptions { passphrase, ..options })?;
            let created = if encrypt { "term-register-created-encrypted" } else { "term-register-created" };
            let info = register.info();
            let place = info.server.or(info.path).unwrap_or_default();
            Ok(Outcome::printed(format!("{}\n", say!(register.language(), created, place = place))))
        }
        Command::Encrypt | Command::Rekey | Command::Decrypt => change_passphrase(&cli, options),
        Command::Sample(sample) => {
            let register = open_or_create(&cli.db, options)?;
            let (l, path) = (register.language(), cli.db.display().to_string());
            let text = match sample.synthetic {
                Some(count) => {
                    register.create_vendors(&vendor_risk_core::sample::synthetic_vendors(count, sample.seed))?;
                    vendor_risk_core::sample::synthetic_data_map(&register, sample.flows, sample.edges, sample.seed)?;
                    let wrote = say!(
                        l,
                        "term-register-sample-synthetic",
                        vendors = count.to_string(),
                        flows = sample.flows.to_string(),
                        edges = sample.edges.to_string(),
                        path = path
                    );
                    format!("{wrote}\n")
                }
                None if sample.financial_entity => {
                    vendor_risk_core::sample::write_financial_sample(&register)?;
                    format!("{}\n", say!(l, "term-register-sample-financial", path = path))
                }
                None => {
                    vendor_risk_core::sample::write_sample(&register)?;
                    format!("{}\n", say!(l, "term-register-sample", path = path))
                }
            };
            Ok(Outcome::printed(text))
        }
        Command::Dora(command) => dora::run(&Register::open(&cli.db, options)?, command),
        Command::Import(command) => dora::import(&Register::open(&cli.db, options)?, command),
        Command::Vendor(command) => vendor::run(&Register::open(&cli.db, options)?, command),
        Command::Audit(command) => audit::run(&Register::open(&cli.db, options)?, command),
        Command::BlastRadius(args) => datamap::blast_radius(&Register::open(&cli.db, options)?, args),
        Command::Flow(command) => datamap::flow(&Register::open(&cli.db, options)?, command),
        Command::Edge(command) => datamap::edge(&Register::open(&cli.db, options)?, command),
        Command::Service(command) => datamap::service(&Register::open(&cli.db, options)?, command),
        Command::Taxonomy(command) => datamap::taxonomy(&Register::open(&cli.db, options)?, command),
        Command::Lookup(args) => datamap::lookup(&Register::open(&cli.db, options)?, args),
        Command::Subprocessors(command) => datamap::subprocessors(&Register::open(&cli.db, options)?, command),
        Command::Incident(command) => incident::incident(&Register::open(&cli.db, options)?, command),
        Command::Org(command) => incident::org(&Register::open(&cli.db, options)?, command),
        Command::Questionnaire(command) => questionnaire::questionnaire(&Register::open(&cli.db, options)?, command),
        Command::Finding(command) => questionnaire::finding(&Register::open(&cli.db, options)?, command),
        Command::Risk(command) => risk::risk(&Register::open(&cli.db, options)?, command),
        Command::Reviews(command) => risk::reviews(&Register::open(&cli.db, options)?, command),
        Command::Dashboard { json } => risk::dashboard(&Register::open(&cli.db, options)?, json),
        Command::Document(command) => risk::document(&Register::open(&cli.db, options)?, command),
        Command::Acceptance(command) => risk::acceptance(&Register::open(&cli.db, options)?, command),
        Command::Report(command) => report::report(&cli.db, options, command),
        Command::Export(command) => export::export(&Register::open(&cli.db, options)?, command),
        Command::Backup { out } => export::backup(&Register::open(&cli.db, options)?, &out),
        Command::Restore { file } => export::restore(&cli.db, &file, options),
        Command::Team(command) => {
            let file_options = options.clone();
            let server = RegisterOptions { passphrase: None, ..options };
            team::run(&cli.db, server, file_options, command)
        }
    }
}
