//! `vendor-risk export ...` and `vendor-risk restore`: the register for other tools and
//! regulators, and the full JSON backup.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use vendor_risk_core::export::{to_csv, to_xlsx};
use vendor_risk_core::validate::FieldErrors;
use vendor_risk_core::{CoreError, Register, RegisterOptions};

use crate::Outcome;

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// The vendor register as CSV (formula injection neutralised).
    Csv {
        /// The CSV file to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// The vendor register as an Excel workbook.
    Xlsx {
        /// The .xlsx file to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// The GDPR Art. 30 record of processing, from the data map (.xlsx or .csv by the file name).
    Ropa {
        /// The file to write: CSV if its name ends in .csv, else an Excel workbook.
        #[arg(long)]
        out: PathBuf,
    },
    /// A full JSON backup; `vendor-risk --db NEW restore FILE` restores it.
    Json {
        /// The JSON file to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// The DORA Register of Information as the EBA's report package (xBRL-CSV zip).
    DoraRoi(crate::dora::ExportArgs),
}

pub fn export(register: &Register, command: ExportCommand) -> Result<Outcome, CoreError> {
    let (out, bytes) = match command {
        ExportCommand::Csv { out } => (out, to_csv(&register.vendor_sheet()?)?),
        ExportCommand::Xlsx { out } => (out, to_xlsx(&[register.vendor_sheet()?])?),
        ExportCommand::Ropa { out } => {
            let sheet = register.ropa_sheet()?;
            let csv = out.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"));
            let bytes = if csv { to_csv(&sheet)? } else { to_xlsx(&[sheet])? };
            (out, bytes)
        }
        ExportCommand::Json { out } => (out, register.backup()?),
        ExportCommand::DoraRoi(args) => return crate::dora::export(register, args),
    };
    std::fs::write(&out, &bytes)?;
    Ok(Outcome::printed(format!("Wrote {} ({} bytes)\n", out.display(), bytes.len())))
}

/// Restores a backup: a JSON backup into a new register file `db`, or an online backup
/// (SQLite) in place of `db` after checking it, keeping the file it replaces.
pub fn restore(db: &Path, file: &Path, options: RegisterOptions) -> Result<Outcome, CoreError> {
    let bytes = std::fs::read(file)
        .map_err(|e| FieldErrors::one("file", "read", format!("cannot read {}: {e}", file.display())))?;
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') {
        let register = Register::restore(db, &bytes, options)?;
        let vendors = register.vendor_sheet()?.rows.len();
        return Ok(Outcome::printed(format!(
            "Restored {} into {} ({vendors} vendors)\n",
            file.display(),
            db.display()
        )));
    }
    let (_, restored) = Register::restore_backup(db, file, options)?;
    let kept = restored.replaced.map(|p| format!("; the replaced register is kept as {p}")).unwrap_or_default();
    Ok(Outcome::printed(format!(
        "Restored {} into {} ({} audit entries, chain verified){kept}\n",
        file.display(),
        db.display(),
        restored.audit_entries
    )))
}

/// Writes an online backup of the register to `out`.
pub fn backup(register: &Register, out: &Path) -> Result<Outcome, CoreError> {
    let file = register.backup_to(out)?;
    Ok(Outcome::printed(format!(
        "Backed up to {} ({} bytes, {} audit entries)\n",
        file.path, file.bytes, file.audit_entries
    )))
}
