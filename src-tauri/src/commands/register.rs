//! Opening and closing registers; the recent list; the window title.

use std::path::{Path, PathBuf};

use tauri::{AppHandle, Emitter, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use vendor_risk_core::register::RegisterHealth;
use vendor_risk_core::say;
use vendor_risk_core::text::Message;
use vendor_risk_core::validate::FieldErrors;
use vendor_risk_core::{Actor, ErrorCode, Passphrase, Register, RegisterInfo, RegisterOptions, sample};

use crate::ipc_error::{IpcError, IpcResult};
use crate::settings::{RecentRegister, Settings};
use crate::state::AppState;

const REGISTER_EXTENSIONS: &[&str] = &["sqlite", "vrr", "db"];

/// The event carrying a [`vendor_risk_core::register::RegisterEvent`] to the window.
pub const REGISTER_EVENT: &str = "register-event";

fn data_dir<R: Runtime>(app: &AppHandle<R>) -> IpcResult<PathBuf> {
    app.path().app_data_dir().map_err(|e| io_error(&e.to_string()))
}

pub(super) fn settings_file<R: Runtime>(app: &AppHandle<R>) -> IpcResult<PathBuf> {
    Ok(app.path().app_config_dir().map_err(|e| io_error(&e.to_string()))?.join("settings.json"))
}

/// Options for opening a register as the local user profile, in the window's language.
pub(super) fn options<R: Runtime>(app: &AppHandle<R>) -> IpcResult<RegisterOptions> {
    let settings = Settings::load(&settings_file(app)?);
    let language = super::locale::resolve(settings.language).language;
    let actor = settings.user.unwrap_or_else(Actor::local_user);
    Ok(RegisterOptions { actor, language, ..RegisterOptions::default() })
}

fn io_error(detail: &str) -> IpcError {
    vendor_risk_core::CoreError::Io(std::io::Error::other(detail.to_owned())).into()
}

/// A rejected `field` of a form, explained by the message `id`.
fn rejected(field: &str, rule: &str, id: &str) -> IpcError {
    vendor_risk_core::CoreError::from(FieldErrors::of(field, rule, Message::new(id))).into()
}

/// Makes `register` the open one: window title, recent list.
pub(super) fn adopt<R: Runtime>(app: &AppHandle<R>, state: &AppState, register: Register) -> IpcResult<RegisterInfo> {
    let info = register.info();
    log::info!("register opened: {}", info.file_name);
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.set_title(&format!("{} — Vendor Risk Register", info.file_name));
    }
    if let Some(path) = &info.path {
        let file = settings_file(app)?;
        let mut settings = Settings::load(&file);
        settings.remember(Path::new(path));
        if let Err(err) = settings.save(&file) {
            log::error!("cannot save settings: {err}");
        }
    }
    state.replace(Some(register));
    watch_open_register(app, state);
    start_daily_backup(app.clone());
    Ok(info)
}

/// Tells the UI (`register-event`) when someone changes the open register, and when a team
/// register's server goes away and comes back, so screens refresh and a banner shows.
fn watch_open_register<R: Runtime>(app: &AppHandle<R>, state: &AppState) {
    let Ok(register) = state.register() else { return };
    let events = app.clone();
    let watch = register.watch(move |event| {
        if let Err(err) = events.emit(REGISTER_EVENT, &event) {
            log::error!("cannot tell the window about {event:?}: {err}");
        }
    });
    state.keep_watch(watch);
}

/// Opens the register at `path` and makes it the open one. An encrypted register without
/// `passphrase` is held until `register_unlock` gives it (the UI asks on `passphrase_needed`).
fn open_at<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    path: &Path,
    passphrase: Option<Passphrase>,
) -> IpcResult<RegisterInfo> {
    match Register::open(path, RegisterOptions { passphrase, ..options(app)? }) {
        Ok(register) => {
            state.hold_locked(None);
            adopt(app, state, register)
        }
        Err(err) => {
            if err.code() == ErrorCode::PassphraseNeeded {
                state.hold_locked(Some(path.to_path_buf()));
            }
            Err(err.into())
        }
    }
}

/// The open register's file and the passphrase it was opened with.
fn open_file(state: &AppState) -> IpcResult<(PathBuf, Option<Passphrase>)> {
    let (path, passphrase) = state.with_register(|r| Ok((r.info().path, r.options().passphrase.clone())))?;
    let path = path.ok_or_else(|| io_error("this register has no file"))?;
    Ok((PathBuf::from(path), passphrase))
}

/// Takes today's automatic backup of the open register (if not yet taken), in a background
/// thread so opening is not delayed. The copy is read on a reader connection: the writer stays
/// free, and every screen answers meanwhile.
pub fn start_daily_backup<R: Runtime>(app: AppHandle<R>) {
    std::thread::spawn(move || {
        let Ok(register) = app.state::<AppState>().register() else { return };
        let Ok(dir) = data_dir(&app).map(|d| d.join("backups")) else { return };
        let keep = settings_file(&app).map(|f| Settings::load(&f).backup_keep).ok().flatten();
        match register.daily_backup(&dir, keep.unwrap_or(crate::settings::DEFAULT_BACKUP_KEEP)) {
            Ok(Some(file)) => log::info!("daily backup written: {}", file.path),
            Ok(None) => {}
            Err(err) => log::error!("daily backup failed: {err}"),
        }
    });
}

/// The open register; at the app's start, the most recently used one reopened (if it still
/// exists). After the user closed a register, `None`: the start screen shows.
#[tauri::command(async)]
pub fn register_resume<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> IpcResult<Option<RegisterInfo>> {
    if let Ok(info) = state.with_register(|r| Ok(r.info())) {
        return Ok(Some(info));
    }
    if !state.first_resume() {
        return Ok(None);
    }
    let last = Settings::load(&settings_file(&app)?).recent.into_iter().next().filter(|p| p.exists());
    match last {
        Some(path) => open_at(&app, &state, &path, None).map(Some),
        None => Ok(None),
    }
}

/// Opens the encrypted register held by the last open attempt with `passphrase`. A wrong
/// passphrase keeps it held, so the user can try again.
#[tauri::command(async)]
pub fn register_unlock<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    passphrase: String,
) -> IpcResult<RegisterInfo> {
    let path = state.locked().ok_or_else(IpcError::no_register)?;
    let passphrase = Passphrase::unlock(passphrase).map_err(vendor_risk_core::CoreError::from)?;
    open_at(&app, &state, &path, Some(passphrase))
}

/// The registers opened recently, most recent first.
#[tauri::command(async)]
pub fn register_recent<R: Runtime>(app: AppHandle<R>) -> IpcResult<Vec<RecentRegister>> {
    Ok(Settings::load(&settings_file(&app)?).recent_registers())
}

/// Creates a new, empty register in the app-data folder, encrypted if a passphrase is given.
#[tauri::command(async)]
pub fn register_new<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    passphrase: Option<String>,
) -> IpcResult<RegisterInfo> {
    let passphrase = passphrase.map(Passphrase::choose).transpose().map_err(vendor_risk_core::CoreError::from)?;
    let dir = data_dir(&app)?.join("registers");
    std::fs::create_dir_all(&dir).map_err(vendor_risk_core::CoreError::from)?;
    let stem = format!("register-{}", chrono::Local::now().format("%Y-%m-%d"));
    let path = (1..)
        .map(|n| if n == 1 { dir.join(format!("{stem}.sqlite")) } else { dir.join(format!("{stem}-{n}.sqlite")) })
        .find(|p| !p.exists())
        .unwrap_or_else(|| dir.join(format!("{stem}.sqlite")));
    let register = Register::create(&path, RegisterOptions { passphrase, ..options(&app)? })?;
    adopt(&app, &state, register)
}

/// Opens the register at `path`.
#[tauri::command(async)]
pub fn register_open<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    path: String,
) -> IpcResult<RegisterInfo> {
    open_at(&app, &state, Path::new(&path), None)
}

/// Asks for a register file with the system's file dialog and opens it; `None` if cancelled.
#[tauri::command(async)]
pub fn register_open_dialog<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> IpcResult<Option<RegisterInfo>> {
    let l = super::locale::window_language();
    let picked = app
        .dialog()
        .file()
        .set_title(say!(l, "dialog-open-register"))
        .add_filter(say!(l, "filter-register"), REGISTER_EXTENSIONS)
        .blocking_pick_file();
    let Some(path) = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    open_at(&app, &state, &path, None).map(Some)
}

/// Opens the sample register (the Mixpanel story), writing it on first use (off the command
/// threads: writing it takes a moment).
#[tauri::command]
pub async fn register_open_sample<R: Runtime>(app: AppHandle<R>, financial_entity: bool) -> IpcResult<RegisterInfo> {
    let dir = data_dir(&app)?.join("sample");
    tauri::async_runtime::spawn_blocking(move || {
        std::fs::create_dir_all(&dir).map_err(vendor_risk_core::CoreError::from)?;
        let name = if financial_entity { "kestrel-payments-sample.sqlite" } else { "kestrel-ai-sample.sqlite" };
        let path = dir.join(name);
        if !path.exists() {
            // The sample is written by the OS user as compliance officer, whatever the profile's role.
            let register = Register::create(&path, RegisterOptions::default())?;
            if financial_entity {
                sample::write_financial_sample(&register)?;
            } else {
                sample::write_sample(&register)?;
            }
        }
        open_at(&app, &app.state::<AppState>(), &path, None)
    })
    .await
    .unwrap_or_else(|failed| Err(IpcError::internal(format!("opening the sample failed: {failed}"))))
}

/// Closes the open register and returns to the start screen.
#[tauri::command(async)]
pub fn register_close<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> IpcResult<()> {
    state.replace(None);
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.set_title("Vendor Risk Register");
    }
    Ok(())
}

/// The checks opening skips because they read the whole file: SQLite's integrity check and
/// the audit chain, run off the command threads after the first screen shows. A damaged file
/// takes no more changes; the UI shows a banner for any problem found.
#[tauri::command]
pub async fn register_health<R: Runtime>(app: AppHandle<R>) -> IpcResult<RegisterHealth> {
    crate::work::run(app, "Register check", |_, r, work| Ok(r.check_health_with(work)?)).await
}

/// The local user profile registers are opened as.
#[tauri::command(async)]
pub fn user_get<R: Runtime>(app: AppHandle<R>) -> IpcResult<Actor> {
    Ok(options(&app)?.actor)
}

/// Changes the local user profile and reopens the open register (if any) as that user.
#[tauri::command(async)]
pub fn user_set<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    actor: Actor,
) -> IpcResult<Option<RegisterInfo>> {
    let name = actor.name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(rejected("name", "required", "settings-user-name"));
    }
    let file = settings_file(&app)?;
    let mut settings = Settings::load(&file);
    settings.user = Some(Actor { name: name.to_owned(), role: actor.role });
    settings.save(&file).map_err(vendor_risk_core::CoreError::from)?;
    match open_file(&state) {
        Ok((path, passphrase)) => open_at(&app, &state, &path, passphrase).map(Some),
        Err(_) => Ok(None),
    }
}

/// What restoring a backup did: the register now open, and where the replaced one is kept.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RestoreDone {
    pub info: RegisterInfo,
    pub replaced: Option<String>,
}

/// Asks for a backup file and puts it in place of the open register, after checking it; the
/// replaced register is kept beside it. A backup that fails its checks changes nothing, and
/// the register stays open. The backup of an encrypted register opens with the open register's
/// passphrase. Runs off the command threads; other work on the register is cancelled first.
#[tauri::command]
pub async fn backup_restore<R: Runtime>(app: AppHandle<R>) -> IpcResult<Option<RestoreDone>> {
    tauri::async_runtime::spawn_blocking(move || restore_backup(&app, &app.state::<AppState>()))
        .await
        .unwrap_or_else(|failed| Err(IpcError::internal(format!("restoring a backup failed: {failed}"))))
}

fn restore_backup<R: Runtime>(app: &AppHandle<R>, state: &AppState) -> IpcResult<Option<RestoreDone>> {
    let (path, passphrase) = open_file(state)?;
    let l = super::locale::window_language();
    let picked = app
        .dialog()
        .file()
        .set_title(say!(l, "dialog-choose-backup"))
        .add_filter(say!(l, "filter-backup"), REGISTER_EXTENSIONS)
        .blocking_pick_file();
    let Some(backup) = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    state.close_exclusively()?;
    match Register::restore_backup(&path, &backup, RegisterOptions { passphrase: passphrase.clone(), ..options(app)? })
    {
        Ok((register, restored)) => {
            Ok(Some(RestoreDone { info: adopt(app, state, register)?, replaced: restored.replaced }))
        }
        Err(err) => {
            open_at(app, state, &path, passphrase)?;
            Err(err.into())
        }
    }
}

/// Encrypts the open register with `next`, changes its passphrase to `next`, or (without `next`)
/// decrypts it. Changing or removing needs the `current` passphrase typed again. The register
/// is closed meanwhile (other work on it cancelled) and reopened, changed or (on failure) as it
/// was. Runs off the command threads: the whole file is rewritten.
#[tauri::command]
pub async fn register_encryption<R: Runtime>(
    app: AppHandle<R>,
    current: Option<String>,
    next: Option<String>,
) -> IpcResult<RegisterInfo> {
    tauri::async_runtime::spawn_blocking(move || change_encryption(&app, &app.state::<AppState>(), current, next))
        .await
        .unwrap_or_else(|failed| Err(IpcError::internal(format!("changing the encryption failed: {failed}"))))
}

fn change_encryption<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    current: Option<String>,
    next: Option<String>,
) -> IpcResult<RegisterInfo> {
    let (path, passphrase) = open_file(state)?;
    let current_needed = || rejected("current", "required", "passphrase-enter-current");
    let typed = match passphrase {
        Some(_) => Some(current.and_then(|text| Passphrase::unlock(text).ok()).ok_or_else(current_needed)?),
        None => None,
    };
    let next = next.map(Passphrase::choose).transpose().map_err(vendor_risk_core::CoreError::from)?;
    state.close_exclusively()?;
    match Register::change_passphrase(&path, RegisterOptions { passphrase: typed, ..options(app)? }, next) {
        Ok(register) => adopt(app, state, register),
        Err(err) => {
            open_at(app, state, &path, passphrase)?;
            Err(err.into())
        }
    }
}

/// How many automatic daily backups are kept.
#[tauri::command(async)]
pub fn backup_keep_get<R: Runtime>(app: AppHandle<R>) -> IpcResult<usize> {
    Ok(Settings::load(&settings_file(&app)?).backup_keep.unwrap_or(crate::settings::DEFAULT_BACKUP_KEEP))
}

/// Sets how many automatic daily backups are kept (1–365).
#[tauri::command(async)]
pub fn backup_keep_set<R: Runtime>(app: AppHandle<R>, keep: usize) -> IpcResult<usize> {
    if !(1..=365).contains(&keep) {
        return Err(rejected("keep", "range", "settings-backup-keep"));
    }
    let file = settings_file(&app)?;
    let mut settings = Settings::load(&file);
    settings.backup_keep = Some(keep);
    settings.save(&file).map_err(vendor_risk_core::CoreError::from)?;
    Ok(keep)
}
