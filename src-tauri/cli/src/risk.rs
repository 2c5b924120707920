//! `vendor-risk risk ...`, `reviews`, `dashboard`, `document`, `acceptance`: risk scoring and
//! its explanation, review cadence, the dashboard, documents and risk acceptances.

use std::path::PathBuf;

use clap::Subcommand;
use vendor_risk_core::questionnaire::assessment::FindingDraft;
use vendor_risk_core::risk::records::{AcceptanceDraft, DocumentDraft, RiskProfileDraft};
use vendor_risk_core::risk::rubric::{AccessLevel, Rubric, Substitutability};
use vendor_risk_core::say;
use vendor_risk_core::text::Message;
use vendor_risk_core::validate::{FieldError, FieldErrors};
use vendor_risk_core::{CoreError, Register};

use crate::Outcome;
use crate::output;

#[derive(Debug, Subcommand)]
#[allow(clippy::large_enum_variant)] // parsed once per process; size is irrelevant
pub enum RiskCommand {
    /// Record a dated risk assessment (one vendor, or --all).
    Assess {
        vendor: Option<String>,
        /// Assess every vendor that is not archived.
        #[arg(long)]
        all: bool,
    },
    /// A vendor's risk with every input and step of the arithmetic.
    Explain {
        vendor: String,
        /// Print the vendor's risk with every input and step as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// The risk with other inputs; nothing is saved.
    WhatIf {
        vendor: String,
        /// none, data_only, system, privileged
        #[arg(long)]
        access: Option<String>,
        /// easy, moderate, hard
        #[arg(long)]
        substitutability: Option<String>,
        /// People whose data it holds, instead of the data map's count.
        #[arg(long)]
        people: Option<i64>,
        /// How many countries those people live in, instead of the data map's count.
        #[arg(long)]
        countries: Option<u32>,
        /// Add a sensitivity flag, e.g. special_category (repeat).
        #[arg(long = "flag")]
        flags: Vec<String>,
        /// Questionnaire score 0–100.
        #[arg(long)]
        control_score: Option<f64>,
        /// Print the result and its steps as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Set a vendor's access level, substitutability, and an override (with its reason).
    Profile {
        vendor: String,
        /// Access to our systems: none, data_only, system, privileged.
        #[arg(long)]
        access: Option<String>,
        /// How hard it is to replace: easy, moderate, hard.
        #[arg(long)]
        substitutability: Option<String>,
        /// very_low, low, moderate, high, very_high; "" clears it.
        #[arg(long, alias = "override")]
        override_level: Option<String>,
        /// Why the computed level is overridden (required with an override).
        #[arg(long, alias = "reason", default_value = "")]
        override_reason: String,
    },
    /// A vendor's dated risk assessments.
    History {
        vendor: String,
        /// Print the dated assessments as JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// The rubric in force, as JSON.
    Rubric,
    /// Save a changed rubric (JSON file) as the next version.
    SetRubric { file: PathBuf },
}

#[derive(Debug, Subcommand)]
pub enum ReviewsCommand {
    /// Vendors whose review is due soon, overdue, or who were never reviewed.
    Due {
        /// Print the vendors due as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum DocumentCommand {
    /// Record a document or certificate (SOC 2 Type II, ISO/IEC 27001, pen test, DPA).
    Add {
        vendor: String,
        /// soc2_type2, iso27001, pentest, dpa, other
        #[arg(long)]
        kind: String,
        /// The document's title, e.g. SOC 2 Type II report 2025.
        #[arg(long)]
        title: String,
        /// Issued, signed or (pen test) performed on (YYYY-MM-DD); required for pentest.
        #[arg(long, default_value = "")]
        issued: String,
        /// The end of the period covered (YYYY-MM-DD); required for soc2_type2.
        #[arg(long, default_value = "")]
        period_end: String,
        /// The expiry date (YYYY-MM-DD); required for iso27001.
        #[arg(long, default_value = "")]
        expires: String,
        /// Attach the file (copied into the register's evidence store).
        #[arg(long)]
        file: Option<PathBuf>,
    },
    /// List documents with when each goes stale.
    List {
        vendor: Option<String>,
        /// Print the documents as JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum AcceptanceCommand {
    /// Accept a vendor's current residual risk until a date.
    Add {
        vendor: String,
        /// Who approved accepting the risk.
        #[arg(long)]
        approver: String,
        /// Why the risk is accepted.
        #[arg(long)]
        justification: String,
        /// The date the acceptance expires (YYYY-MM-DD, in the future).
        #[arg(long)]
        expires: String,
    },
    /// List acceptances and whether each still holds.
    List {
        vendor: Option<String>,
        /// Print the acceptances as JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Revoke an acceptance.
    Revoke { acceptance: i64 },
}

fn vendor_id(register: &Register, vendor: &str) -> Result<vendor_risk_core::ids::VendorId, CoreError> {
    Ok(register.find_vendor(vendor)?.id)
}

fn parse_choice<T>(flag: &str, text: &str, parse: impl Fn(&str) -> Option<T>, choices: String) -> Result<T, CoreError> {
    parse(text).ok_or_else(|| crate::args::not_a_choice(flag, text, choices).into())
}

pub fn risk(register: &Register, command: RiskCommand) -> Result<Outcome, CoreError> {
    let l = register.language();
    let text = match command {
        RiskCommand::Assess { vendor: Some(vendor), .. } => {
            let snapshot = register.assess_risk(vendor_id(register, &vendor)?)?;
            let r = &snapshot.result;
            let assessed = say!(
                l,
                "term-risk-assessed",
                vendor = snapshot.vendor.name.to_string(),
                inherent = output::level(l, r.inherent),
                residual = output::level(l, r.residual),
                tier = r.tier.to_string(),
                version = snapshot.rubric_version.to_string()
            );
            format!("{assessed}\n")
        }
        RiskCommand::Assess { vendor: None, all: true } => {
            format!("{}\n", say!(l, "term-risk-assessed-all", count = register.assess_all_risks()?.to_string()))
        }
        RiskCommand::Assess { .. } => {
            return Err(FieldErrors::of("vendor", "required", Message::new("cli-vendor-or-all")).into());
        }
        RiskCommand::Explain { vendor, json } => {
            let view = register.vendor_risk(vendor_id(register, &vendor)?)?;
            if json { output::json(&view) } else { output::risk_explain(&view, l) }
        }
        RiskCommand::WhatIf { vendor, access, substitutability, people, countries, flags, control_score, json } => {
            let mut facts = register.risk_facts(vendor_id(register, &vendor)?)?;
            if let Some(a) = access {
                facts.access = parse_choice("--access", &a, AccessLevel::parse, AccessLevel::choices())?;
            }
            if let Some(s) = substitutability {
                facts.substitutability =
                    parse_choice("--substitutability", &s, Substitutability::parse, Substitutability::choices())?;
            }
            facts.people = people.unwrap_or(facts.people);
            facts.countries = countries.unwrap_or(facts.countries);
            facts.control_score = control_score.or(facts.control_score);
            for flag in flags {
                let flag = parse_choice(
                    "--flag",
                    &flag,
                    vendor_risk_core::taxonomy::Flag::parse,
                    vendor_risk_core::taxonomy::Flag::choices(),
                )?;
                facts.flags.set(flag);
            }
            let result = register.risk_what_if(&facts)?;
            if json { output::json(&result) } else { output::risk_steps(&result, l) }
        }
        RiskCommand::Profile { vendor, access, substitutability, override_level, override_reason } => {
            let id = vendor_id(register, &vendor)?;
            let current = register.vendor_risk(id)?.profile;
            let draft = RiskProfileDraft {
                access: access.unwrap_or_else(|| current.access.to_string()),
                substitutability: substitutability.unwrap_or_else(|| current.substitutability.to_string()),
                override_level: override_level
                    .unwrap_or_else(|| current.override_level.map(|l| l.to_string()).unwrap_or_default()),
                override_reason: if override_reason.is_empty() {
                    current.override_reason.unwrap_or_default()
                } else {
                    override_reason
                },
            };
            let profile = register.set_risk_profile(id, &draft)?;
            let overridden = profile
                .override_level
                .map(|x| say!(l, "term-risk-overridden-to", level = output::level(l, x)))
                .unwrap_or_default();
            let line = say!(
                l,
                "term-risk-profile",
                vendor = profile.vendor.name.to_string(),
                access = profile.access.to_string(),
                substitutability = profile.substitutability.to_string(),
                overridden = overridden
            );
            format!("{line}\n")
        }
        RiskCommand::History { vendor, json } => {
            let history = register.vendor_risk(vendor_id(register, &vendor)?)?.history;
            if json { output::json(&history) } else { output::risk_history(&history, l) }
        }
        RiskCommand::Rubric => output::json(&register.risk_rubric()?),
        RiskCommand::SetRubric { file } => {
            let text = std::fs::read_to_string(&file).map_err(|e| FieldErrors::unreadable("file", &file, e))?;
            let rubric: Rubric = serde_json::from_str(&text).map_err(|e| {
                let message =
                    Message::new("cli-rubric-json").arg("line", e.line()).arg("column", e.column()).arg("problem", &e);
                FieldErrors::of("file", "json", message)
            })?;
            // The rubric's own checks name JSON keys: say they are keys of the file.
            rubric.check().map_err(|errors| {
                FieldErrors(
                    errors
                        .0
                        .into_iter()
                        .map(|e| FieldError { field: format!("{} key {}", file.display(), e.field), ..e })
                        .collect(),
                )
            })?;
            let version = register.set_risk_rubric(&rubric)?.version.to_string();
            format!("{}\n", say!(l, "term-risk-rubric-saved", version = version))
        }
    };
    Ok(Outcome::printed(text))
}

pub fn reviews(register: &Register, command: ReviewsCommand) -> Result<Outcome, CoreError> {
    let ReviewsCommand::Due { json } = command;
    let due = register.reviews_due()?;
    Ok(Outcome::printed(if json { output::json(&due) } else { output::reviews(&due, register.language()) }))
}

pub fn dashboard(register: &Register, json: bool) -> Result<Outcome, CoreError> {
    let dashboard = register.dashboard()?;
    Ok(Outcome::printed(if json {
        output::json(&dashboard)
    } else {
        output::dashboard(&dashboard, register.language())
    }))
}

pub fn document(register: &Register, command: DocumentCommand) -> Result<Outcome, CoreError> {
    let text = match command {
        DocumentCommand::Add { vendor, kind, title, issued, period_end, expires, file } => {
            let draft = DocumentDraft { kind, title, issued_on: issued, period_end, expires_on: expires };
            let bytes = file
                .as_ref()
                .map(|f| std::fs::read(f).map_err(|e| FieldErrors::unreadable("file", f, e)))
                .transpose()?;
            let name =
                file.as_ref().and_then(|f| f.file_name()).map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let status = register.add_document(
                vendor_id(register, &vendor)?,
                &draft,
                bytes.as_deref().map(|b| (name.as_str(), b)),
            )?;
            format!("{}\n", status.message)
        }
        DocumentCommand::List { vendor, json } => {
            let vendor = vendor.map(|v| vendor_id(register, &v)).transpose()?;
            let documents = register.documents(vendor)?;
            if json { output::json(&documents) } else { output::documents(&documents, register.language()) }
        }
    };
    Ok(Outcome::printed(text))
}

pub fn acceptance(register: &Register, command: AcceptanceCommand) -> Result<Outcome, CoreError> {
    let l = register.language();
    let text = match command {
        AcceptanceCommand::Add { vendor, approver, justification, expires } => {
            let status = register.accept_risk(
                vendor_id(register, &vendor)?,
                &AcceptanceDraft { approver, justification, expires_on: expires },
            )?;
            let a = &status.acceptance;
            let accepted = say!(
                l,
                "term-risk-accepted",
                level = output::level(l, a.accepted_level),
                vendor = a.vendor.name.to_string(),
                expires = a.expires_on.to_string(),
                id = a.id.to_string()
            );
            format!("{accepted}\n")
        }
        AcceptanceCommand::List { vendor, json } => {
            let vendor = vendor.map(|v| vendor_id(register, &v)).transpose()?;
            let list = register.acceptances(vendor)?;
            if json { output::json(&list) } else { output::acceptances(&list, l) }
        }
        AcceptanceCommand::Revoke { acceptance } => {
            let a = register.revoke_acceptance(acceptance)?;
            let revoked = say!(l, "term-risk-revoked", id = a.id.to_string(), vendor = a.vendor.name.to_string());
            format!("{revoked}\n")
        }
    };
    Ok(Outcome::printed(text))
}

/// `finding add`: a finding entered by hand.
pub fn add_finding(register: &Register, vendor: &str, draft: FindingDraft) -> Result<Outcome, CoreError> {
    let finding = register.add_finding(vendor_id(register, vendor)?, &draft)?;
    let added = say!(
        register.language(),
        "term-questionnaire-finding-added",
        id = finding.id.to_string(),
        severity = finding.severity.to_string(),
        vendor = finding.vendor.name.to_string()
    );
    Ok(Outcome::printed(format!("{added}\n")))
}
