//! `vendor-risk report ...`: PDF audit reports, and checking a report against the register.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use clap::Subcommand;
use vendor_risk_core::clock::FixedClock;
use vendor_risk_core::ids::IncidentId;
use vendor_risk_core::report::ReportRequest;
use vendor_risk_core::say;
use vendor_risk_core::text::Message;
use vendor_risk_core::validate::FieldErrors;
use vendor_risk_core::{CoreError, Register, RegisterOptions};

use crate::{Outcome, output};

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// The register report: summary, heat map, the complete inventory, a section per tier.
    Register(ReportArgs),
    /// One vendor's dossier: profile, contract, data map, questionnaires, findings, evidence,
    /// history, audit trail.
    Vendor {
        /// Vendor id or name.
        vendor: String,
        #[command(flatten)]
        args: ReportArgs,
    },
    /// An incident: timeline, blast radius, network, obligations against when each was done.
    Incident {
        incident: i64,
        #[command(flatten)]
        args: ReportArgs,
    },
    /// Whether a report matches the register's history (exit 3 if it does not).
    Verify {
        file: PathBuf,
        /// Print the verification as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Where to write the PDF.
    #[arg(long)]
    out: PathBuf,
    /// Make the report as of this instant (RFC 3339) instead of now: the same register and
    /// instant give a byte-identical PDF.
    #[arg(long)]
    clock: Option<String>,
}

pub fn report(db: &Path, options: RegisterOptions, command: ReportCommand) -> Result<Outcome, CoreError> {
    let (target, args) = match command {
        ReportCommand::Verify { file, json } => return verify(&Register::open(db, options)?, &file, json),
        ReportCommand::Register(args) => (Target::Register, args),
        ReportCommand::Vendor { vendor, args } => (Target::Vendor(vendor), args),
        ReportCommand::Incident { incident, args } => (Target::Incident(incident), args),
    };
    let options = match &args.clock {
        Some(at) => RegisterOptions { clock: Arc::new(FixedClock(instant(at)?)), ..options },
        None => options,
    };
    let register = Register::open(db, options)?;
    let request = match target {
        Target::Register => ReportRequest::Register,
        Target::Vendor(v) => ReportRequest::Vendor(register.find_vendor(&v)?.id),
        Target::Incident(i) => ReportRequest::Incident(IncidentId(i)),
    };
    let rendered = register.render_report(request)?;
    std::fs::write(&args.out, &rendered.pdf)?;
    let wrote = say!(
        register.language(),
        "term-report-wrote",
        path = args.out.display().to_string(),
        pages = rendered.pages.to_string(),
        bytes = rendered.pdf.len().to_string()
    );
    // The attestation's lines stay as they are in every language: scripts read them.
    Ok(Outcome::printed(format!(
        "{wrote}\ndata SHA-256 {}\naudit-log entry {} {}\n",
        rendered.attestation.data_sha256, rendered.attestation.audit_seq, rendered.attestation.audit_head
    )))
}

enum Target {
    Register,
    Vendor(String),
    Incident(i64),
}

fn instant(text: &str) -> Result<DateTime<Utc>, CoreError> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| FieldErrors::of("--clock", "instant", Message::new("cli-clock").arg("text", text)).into())
}

fn verify(register: &Register, file: &Path, json: bool) -> Result<Outcome, CoreError> {
    let bytes = std::fs::read(file)?;
    let verification = register.verify_report(&bytes)?;
    let stdout = if json {
        output::json(&verification)
    } else {
        let a = &verification.attestation;
        format!(
            "{}\nreport: {} generated {} by {}\ndata SHA-256 {}\naudit-log entry {} {}\n",
            verification.message, a.kind, a.generated_at, a.generator, a.data_sha256, a.audit_seq, a.audit_head
        )
    };
    Ok(Outcome { stdout, tampered: !verification.history_matches })
}
