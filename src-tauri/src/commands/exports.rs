//! Report and export commands: the native save dialog, the file written, progress while a
//! report is laid out (long work: [`crate::work`]), and opening a written file in the system
//! viewer. The web view names what
//! to export; it never sees or chooses paths beyond the one the user picked.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;
use vendor_risk_core::CoreError;
use vendor_risk_core::dora::import::DoraImportPlan;
use vendor_risk_core::export::{to_csv, to_xlsx};
use vendor_risk_core::ids::{IncidentId, VendorId};
use vendor_risk_core::import::vendors::{VendorImportOptions, VendorImportPreview};
use vendor_risk_core::locale::Language;
use vendor_risk_core::report::ReportRequest;
use vendor_risk_core::say;

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

/// Asks where to save a report, renders it in `language` (`None`: the window's) off the
/// command threads (progress as `work-progress` events; cancellable), writes it.
#[tauri::command]
pub async fn report_export<R: Runtime>(
    app: AppHandle<R>,
    target: ReportTarget,
    language: Option<Language>,
) -> IpcResult<Option<ExportDone>> {
    crate::work::run(app, REPORT, move |app, r, work| {
        let language = language.unwrap_or_else(|| r.language());
        let name = r.report_file_name(request(target), language)?;
        let title = say!(language, "dialog-save-report");
        let Some(path) = ask_path(app, &title, &name, ("PDF", &["pdf"])) else {
            return Ok(None);
        };
        render_report(app, r, work, (target, language), path).map(Some)
    })
    .await
}

/// What [`report_export`] does once the user chose `path`: renders the report into it as
/// long work. (For automation and tests, which have no dialog to answer.)
pub async fn export_report_to<R: Runtime>(
    app: AppHandle<R>,
    target: ReportTarget,
    language: Language,
    path: PathBuf,
) -> IpcResult<ExportDone> {
    crate::work::run(app, REPORT, move |app, r, work| render_report(app, r, work, (target, language), path)).await
}

fn request(target: ReportTarget) -> ReportRequest {
    match target {
        ReportTarget::Register => ReportRequest::Register,
        ReportTarget::Vendor { id } => ReportRequest::Vendor(id),
        ReportTarget::Incident { id } => ReportRequest::Incident(id),
    }
}

/// The title of report work in progress events.
const REPORT: &str = "Report";

fn render_report<R: Runtime>(
    app: &AppHandle<R>,
    r: &vendor_risk_core::Register,
    work: &mut vendor_risk_core::work::Work<'_>,
    (target, language): (ReportTarget, Language),
    path: PathBuf,
) -> IpcResult<ExportDone> {
    let rendered = r.render_report_with(request(target), language, work)?;
    write(app, path, &rendered.pdf, Some(rendered.pages as u32))
}

/// Asks where to save an export of the register's data, and writes it (off the command
/// threads; cancellable).
#[tauri::command]
pub async fn data_export<R: Runtime>(app: AppHandle<R>, kind: DataExport) -> IpcResult<Option<ExportDone>> {
    crate::work::run(app, "Export", move |app, r, work| {
        let (l, day) = (r.language(), r.today().to_string());
        let workbook = say!(l, "filter-workbook");
        let (title, file, (filter, extension)) = match kind {
            DataExport::VendorsCsv => ("dialog-save-vendors", "file-vendors", ("CSV".to_owned(), "csv")),
            DataExport::VendorsXlsx => ("dialog-save-vendors", "file-vendors", (workbook, "xlsx")),
            DataExport::RopaXlsx => ("dialog-save-ropa", "file-ropa", (workbook, "xlsx")),
            DataExport::RopaCsv => ("dialog-save-ropa", "file-ropa", ("CSV".to_owned(), "csv")),
            DataExport::Backup => ("dialog-save-backup", "file-json-backup", ("JSON".to_owned(), "json")),
        };
        let name = format!("{}.{extension}", say!(l, file, day = day));
        let Some(path) = ask_path(app, &say!(l, title), &name, (&filter, &[extension])) else {
            return Ok(None);
        };
        work.step(say!(l, "step-reading"), 0, 2)?;
        let bytes = match kind {
            DataExport::VendorsCsv => to_csv(&r.vendor_sheet()?),
            DataExport::VendorsXlsx => to_xlsx(&[r.vendor_sheet()?]),
            DataExport::RopaXlsx => to_xlsx(&[r.ropa_sheet()?]),
            DataExport::RopaCsv => to_csv(&r.ropa_sheet()?),
            DataExport::Backup => r.backup_with(work),
        }?;
        work.step(say!(l, "step-writing-file"), 1, 2)?;
        Ok(Some(write(app, path, &bytes, None)?))
    })
    .await
}

/// Asks where to save an online backup of the open register, and writes it (off the command
/// threads; writes go on meanwhile; cancellable).
#[tauri::command]
pub async fn backup_now<R: Runtime>(app: AppHandle<R>) -> IpcResult<Option<ExportDone>> {
    crate::work::run(app, "Backup", move |app, r, work| {
        let (l, day) = (r.language(), r.today().to_string());
        let register = r.info().file_name.trim_end_matches(".sqlite").to_owned();
        let name = format!("{}.sqlite", say!(l, "file-backup", register = register, day = day));
        let filter = say!(l, "filter-backup");
        let Some(path) = ask_path(app, &say!(l, "dialog-save-backup"), &name, (&filter, &["sqlite"])) else {
            return Ok(None);
        };
        // The dialog asked before replacing a file; the copy is made beside it, then moved over it.
        let partial = path.with_extension("sqlite.partial");
        let _ = std::fs::remove_file(&partial);
        r.backup_to_with(&partial, work)?;
        std::fs::rename(&partial, &path).map_err(CoreError::from)?;
        let bytes = std::fs::metadata(&path).map_err(CoreError::from)?.len();
        Ok(Some(remember(app, path, bytes, None)))
    })
    .await
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

/// Previews importing the staged spreadsheet as vendors (off the command threads).
#[tauri::command]
pub async fn vendor_import_preview<R: Runtime>(
    app: AppHandle<R>,
    token: u64,
    options: Option<VendorImportOptions>,
) -> IpcResult<VendorImportPreview> {
    let (_, bytes) = app.state::<AppState>().staged(token)?;
    crate::work::run(app, "Vendor import preview", move |_, r, _| Ok(r.preview_vendor_import(&bytes, options)?)).await
}

/// Imports the staged spreadsheet: every row, or nothing; given the preview's `basis`, nothing
/// if the register changed since in a way that changes what the import does.
#[tauri::command]
pub async fn vendor_import_commit<R: Runtime>(
    app: AppHandle<R>,
    token: u64,
    options: VendorImportOptions,
    basis: Option<String>,
) -> IpcResult<VendorImportPreview> {
    let (_, bytes) = app.state::<AppState>().staged(token)?;
    crate::work::run(app, "Vendor import", move |_, r, work| {
        work.step(say!(work.language(), "progress-importing-vendors"), 0, 1)?;
        Ok(r.commit_vendor_import(&bytes, &options, basis.as_deref())?)
    })
    .await
}

fn ask_path<R: Runtime>(app: &AppHandle<R>, title: &str, name: &str, filter: (&str, &[&str])) -> Option<PathBuf> {
    let name = name.replace(['/', '\\', ':'], "-");
    let picked =
        app.dialog().file().set_title(title).set_file_name(&name).add_filter(filter.0, filter.1).blocking_save_file();
    picked.and_then(|p| p.into_path().ok())
}

/// Writes `bytes` to `path` (chosen in the save dialog) and notes it as exported.
fn write<R: Runtime>(app: &AppHandle<R>, path: PathBuf, bytes: &[u8], pages: Option<u32>) -> IpcResult<ExportDone> {
    std::fs::write(&path, bytes).map_err(CoreError::from)?;
    Ok(remember(app, path, bytes.len() as u64, pages))
}

/// Notes a written file as exported (the only files `export_open` opens) and describes it.
fn remember<R: Runtime>(app: &AppHandle<R>, path: PathBuf, bytes: u64, pages: Option<u32>) -> ExportDone {
    app.state::<AppState>().remember_export(path.clone());
    ExportDone {
        file_name: path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
        path: path.display().to_string(),
        bytes,
        pages,
    }
}

/// Asks where to save the DORA Register of Information for `ref_date` and writes the package
/// there under its own name (a zip named otherwise is rejected, rule 103). Refused while the
/// checks find errors unless `force`, and then the problems are written beside it.
#[tauri::command]
pub async fn dora_export<R: Runtime>(
    app: AppHandle<R>,
    ref_date: String,
    force: bool,
) -> IpcResult<Option<ExportDone>> {
    crate::work::run(app, "DORA export", move |app, r, work| {
        let l = r.language();
        work.step(say!(l, "step-dora-checking"), 0, 2)?;
        let package = r.dora_package(crate::commands::dora::ref_date(&ref_date)?)?;
        package.ready(force)?;
        let (title, filter) = (say!(l, "dialog-save-dora"), say!(l, "filter-report-package"));
        let Some(chosen) = ask_path(app, &title, &package.file_name(), (&filter, &["zip"])) else {
            return Ok(None);
        };
        work.step(say!(l, "step-dora-writing"), 1, 2)?;
        // Into the folder chosen, under the package's own name whatever the file was called.
        let folder = chosen.parent().map(Path::to_path_buf).unwrap_or_default();
        let path = package.write_to(&folder)?;
        Ok(Some(remember(app, path, package.zip.len() as u64, None)))
    })
    .await
}

/// Previews importing the staged DORA report package (off the command threads).
#[tauri::command]
pub async fn dora_import_preview<R: Runtime>(app: AppHandle<R>, token: u64) -> IpcResult<DoraImportPlan> {
    let (name, bytes) = app.state::<AppState>().staged(token)?;
    crate::work::run(app, "DORA import preview", move |_, r, _| Ok(r.dora_import_preview(&name, &bytes)?)).await
}

/// Imports the staged DORA report package: all of it, or nothing.
#[tauri::command]
pub async fn dora_import_commit<R: Runtime>(app: AppHandle<R>, token: u64) -> IpcResult<DoraImportPlan> {
    let (name, bytes) = app.state::<AppState>().staged(token)?;
    crate::work::run(app, "DORA import", move |_, r, work| {
        work.step(say!(work.language(), "progress-importing-package"), 0, 1)?;
        Ok(r.dora_import(&name, &bytes)?)
    })
    .await
}
