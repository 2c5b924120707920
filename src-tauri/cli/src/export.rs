//! `vendor-risk export ...` and `vendor-risk restore`: the register for other tools and
//! regulators, and the full JSON backup.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use vendor_risk_core::export::{to_csv, to_xlsx};
use vendor_risk_core::say;
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
    let wrote = say!(
        register.language(),
        "term-export-wrote",
        path = out.display().to_string(),
        bytes = bytes.len().to_string()
    );
    Ok(Outcome::printed(format!("{wrote}\n")))
}

/// Restores a backup: a JSON backup into a new register file `db`, or an online backup
/// (SQLite) in place of `db` after checking it, keeping the file it replaces.
pub fn restore(db: &Path, file: &Path, options: RegisterOptions) -> Result<Outcome, CoreError> {
    let bytes = std::fs::read(file).map_err(|e| FieldErrors::unreadable("file", file, e))?;
    let l = options.language;
    let (from, into) = (file.display().to_string(), db.display().to_string());
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') {
        let register = Register::restore(db, &bytes, options)?;
        let vendors = register.vendor_sheet()?.rows.len().to_string();
        let restored = say!(l, "term-export-restored-json", file = from, db = into, vendors = vendors);
        return Ok(Outcome::printed(format!("{restored}\n")));
    }
    let (_, restored) = Register::restore_backup(db, file, options)?;
    let kept = restored.replaced.map(|p| say!(l, "term-export-kept", path = p.to_string())).unwrap_or_default();
    let entries = restored.audit_entries.to_string();
    let restored = say!(l, "term-export-restored", file = from, db = into, entries = entries, kept = kept);
    Ok(Outcome::printed(format!("{restored}\n")))
}

/// Writes an online backup of the register to `out`.
pub fn backup(register: &Register, out: &Path) -> Result<Outcome, CoreError> {
    let file = register.backup_to(out)?;
    let backed_up = say!(
        register.language(),
        "term-export-backed-up",
        path = &file.path,
        bytes = file.bytes.to_string(),
        entries = file.audit_entries.to_string()
    );
    Ok(Outcome::printed(format!("{backed_up}\n")))
}
