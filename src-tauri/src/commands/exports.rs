//! Report and export commands: the native save dialog, the file written, progress while a
//! report is laid out, and opening a written file in the system viewer. The web view names what
//! to export; it never sees or chooses paths beyond the one the user picked.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Emitter, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;
use vendor_risk_core::CoreError;
use vendor_risk_core::export::{to_csv, to_xlsx};
use vendor_risk_core::ids::{IncidentId, VendorId};
use vendor_risk_core::import::vendors::{VendorImportOptions, VendorImportPreview};
use vendor_risk_core::report::{ReportProgress, ReportRequest};

use crate::ipc_error::{IpcError, IpcResult};
use crate::state::AppState;

/// Which report to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ReportTarget {
    Register,
    Vendor { id: VendorId },
    Incident { id: IncidentId },
}

/// Which data export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum DataExport {
    VendorsCsv,
    VendorsXlsx,
    RopaXlsx,
    RopaCsv,
    Backup,
}

/// A file written where the user chose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportDone {
    /// Full path: shown to the user, and the only file `export_open` will open.
    pub path: String,
    pub file_name: String,
    pub bytes: u64,
    /// Pages, for a PDF report.
    pub pages: Option<u32>,
}

/// Asks where to save a report, renders it (emitting `report-progress`), writes it.
#[tauri::command(async)]
pub fn report_export<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    target: ReportTarget,
) -> IpcResult<Option<ExportDone>> {
    let (request, name) = state.with_register(|r| {
        let day = r.today();
        Ok(match target {
            ReportTarget::Register => (ReportRequest::Register, format!("Vendor register report {day}.pdf")),
            ReportTarget::Vendor { id } => {
                (ReportRequest::Vendor(id), format!("Vendor dossier {} {day}.pdf", r.vendor(id)?.profile.name))
            }
            ReportTarget::Incident { id } => {
                (ReportRequest::Incident(id), format!("Incident report {} {day}.pdf", id.0))
            }
        })
    })?;
    let Some(path) = ask_path(&app, "Save the report", &name, ("PDF", &["pdf"])) else {
        return Ok(None);
    };
    let rendered = state.with_register(|r| {
        r.render_report_with(request, &mut |progress: ReportProgress| {
            let _ = app.emit("report-progress", progress);
        })
    })?;
    let done = write(&state, path, &rendered.pdf, Some(rendered.pages as u32))?;
    Ok(Some(done))
}

/// Asks where to save an export of the register's data, and writes it.
#[tauri::command(async)]
pub fn data_export<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    export: DataExport,
) -> IpcResult<Option<ExportDone>> {
    let day = state.with_register(|r| Ok(r.today()))?;
    let (title, name, filter): (&str, String, (&str, &[&str])) = match export {
        DataExport::VendorsCsv => ("Save the vendor register", format!("Vendors {day}.csv"), ("CSV", &["csv"])),
        DataExport::VendorsXlsx => {
            ("Save the vendor register", format!("Vendors {day}.xlsx"), ("Excel workbook", &["xlsx"]))
        }
        DataExport::RopaXlsx => {
            ("Save the record of processing", format!("Record of processing {day}.xlsx"), ("Excel workbook", &["xlsx"]))
        }
        DataExport::RopaCsv => {
            ("Save the record of processing", format!("Record of processing {day}.csv"), ("CSV", &["csv"]))
        }
        DataExport::Backup => ("Save the backup", format!("Vendor register backup {day}.json"), ("JSON", &["json"])),
    };
    let Some(path) = ask_path(&app, title, &name, filter) else {
        return Ok(None);
    };
    let bytes = state.with_register(|r| match export {
        DataExport::VendorsCsv => to_csv(&r.vendor_sheet()?),
        DataExport::VendorsXlsx => to_xlsx(&[r.vendor_sheet()?]),
        DataExport::RopaXlsx => to_xlsx(&[r.ropa_sheet()?]),
        DataExport::RopaCsv => to_csv(&r.ropa_sheet()?),
        DataExport::Backup => r.backup(),
    })?;
    Ok(Some(write(&state, path, &bytes, None)?))
}

/// Asks where to save an online backup of the open register, and writes it.
#[tauri::command(async)]
pub fn backup_now<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> IpcResult<Option<ExportDone>> {
    let (name, day) = state.with_register(|r| Ok((r.info().file_name, r.today())))?;
    let name = format!("{} backup {day}.sqlite", name.trim_end_matches(".sqlite"));
    let Some(path) = ask_path(&app, "Save the backup", &name, ("Register backup", &["sqlite"])) else {
        return Ok(None);
    };
    // The dialog asked before replacing a file; the copy is made beside it, then moved over it.
    let partial = path.with_extension("sqlite.partial");
    let _ = std::fs::remove_file(&partial);
    state.with_register(|r| r.backup_to(&partial))?;
    std::fs::rename(&partial, &path).map_err(CoreError::from)?;
    let bytes = std::fs::metadata(&path).map_err(CoreError::from)?.len();
    state.remember_export(path.clone());
    Ok(Some(ExportDone {
        file_name: path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
        path: path.display().to_string(),
        bytes,
        pages: None,
    }))
}

/// Opens a file this session exported in the system's viewer.
#[tauri::command(async)]
pub fn export_open<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, path: String) -> IpcResult<()> {
    let path = PathBuf::from(path);
    if !state.exported(&path) {
        return Err(IpcError::from(CoreError::NotFound { kind: "exported file", key: path.display().to_string() }));
    }
    app.opener()
        .open_path(path.display().to_string(), None::<&str>)
        .map_err(|e| IpcError::from(CoreError::Io(std::io::Error::other(e.to_string()))))
}

/// Previews importing the staged spreadsheet as vendors.
#[tauri::command(async)]
pub fn vendor_import_preview(
    state: State<'_, AppState>,
    token: u64,
    options: Option<VendorImportOptions>,
) -> IpcResult<VendorImportPreview> {
    let (_, bytes) = state.staged(token)?;
    state.with_register(|r| r.preview_vendor_import(&bytes, options))
}

/// Imports the staged spreadsheet: every row, or nothing.
#[tauri::command(async)]
pub fn vendor_import_commit(
    state: State<'_, AppState>,
    token: u64,
    options: VendorImportOptions,
) -> IpcResult<VendorImportPreview> {
    let (_, bytes) = state.staged(token)?;
    state.with_register(|r| r.commit_vendor_import(&bytes, &options))
}

fn ask_path<R: Runtime>(app: &AppHandle<R>, title: &str, name: &str, filter: (&str, &[&str])) -> Option<PathBuf> {
    let name = name.replace(['/', '\\', ':'], "-");
    let picked =
        app.dialog().file().set_title(title).set_file_name(&name).add_filter(filter.0, filter.1).blocking_save_file();
    picked.and_then(|p| p.into_path().ok())
}

fn write(state: &AppState, path: PathBuf, bytes: &[u8], pages: Option<u32>) -> IpcResult<ExportDone> {
    std::fs::write(&path, bytes).map_err(CoreError::from)?;
    state.remember_export(path.clone());
    Ok(ExportDone {
        file_name: path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
        path: path.display().to_string(),
        bytes: bytes.len() as u64,
        pages,
    })
}
