//! Connecting to a team register on a PostgreSQL server from the start screen: the address as
//! filled in, a certificate authority file chosen with the system dialog, the password asked
//! for each time (never stored), and the team registers connected to recently.

use std::path::PathBuf;

use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use vendor_risk_core::store::postgres::ServerAddress;
use vendor_risk_core::{CoreError, Passphrase, Register, RegisterInfo, RegisterOptions, say};

use super::register::{adopt, options, settings_file};
use crate::ipc_error::{IpcError, IpcResult};
use crate::kept_passwords;
use crate::settings::{RecentTeamRegister, Settings, TeamConnection};
use crate::state::AppState;

/// Asks for the certificate authority file (PEM) that signed the server's certificate and
/// holds it for the next connection; its name, or `None` if the user cancelled.
#[tauri::command(async)]
pub fn team_pick_ca<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> IpcResult<Option<String>> {
    let l = super::locale::window_language();
    let picked = app
        .dialog()
        .file()
        .set_title(say!(l, "dialog-choose-ca"))
        .add_filter(say!(l, "filter-certificate"), &["pem", "crt", "cer"])
        .blocking_pick_file();
    let Some(path) = picked.and_then(|p| p.into_path().ok()) else { return Ok(None) };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    state.hold_ca(Some(path));
    Ok(name)
}

/// Connects to the team register `address` names (with the certificate authority picked last,
/// if `use_ca`), signing in with `password` (empty: none, as for a Unix socket the server
/// trusts), and remembers the connection without its password; the password is kept in the
/// system keyring if `keep_password`, and one kept before is forgotten if not.
#[tauri::command(async)]
pub fn team_connect<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    address: ServerAddress,
    use_ca: bool,
    password: String,
    keep_password: bool,
) -> IpcResult<RegisterInfo> {
    let ca = if use_ca { state.held_ca() } else { None };
    connect(&app, &state, TeamConnection { address, ca, password_kept: false }, password, keep_password)
}

/// The team registers connected to recently, most recent first.
#[tauri::command(async)]
pub fn team_recent<R: Runtime>(app: AppHandle<R>) -> IpcResult<Vec<RecentTeamRegister>> {
    Ok(Settings::load(&settings_file(&app)?).recent_team_registers())
}

/// Connects again to the recent team register `index`, signing in with `password`, or with the
/// password kept in the system keyring when `password` is empty and one is kept.
#[tauri::command(async)]
pub fn team_connect_recent<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    index: u32,
    password: String,
    keep_password: bool,
) -> IpcResult<RegisterInfo> {
    let settings = Settings::load(&settings_file(&app)?);
    let connection = usize::try_from(index)
        .ok()
        .and_then(|i| settings.team.get(i).cloned())
        .ok_or_else(|| IpcError::from(CoreError::NotFound { kind: "recent team register", key: index.to_string() }))?;
    let password = match password.is_empty() && connection.password_kept {
        true => kept_passwords::kept(&connection.address)?.unwrap_or_default(),
        false => password,
    };
    connect(&app, &state, connection, password, keep_password)
}

/// Signs in, then keeps the password or forgets one kept before, as asked, before the register
/// is adopted: if the keyring fails, the register is not opened and nothing is remembered.
fn connect<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    mut connection: TeamConnection,
    password: String,
    keep_password: bool,
) -> IpcResult<RegisterInfo> {
    let address = connection.address.to_address(connection.ca.as_deref())?;
    let server_password =
        if password.is_empty() { None } else { Some(Passphrase::unlock(password.clone()).map_err(CoreError::from)?) };
    let register = Register::open(&PathBuf::from(address), RegisterOptions { server_password, ..options(app)? })?;
    let file = settings_file(app)?;
    let mut settings = Settings::load(&file);
    let account = connection.address.sign_in();
    let sharing = |c: &TeamConnection| c.address.sign_in() == account;
    let was_kept = settings.team.iter().any(|c| sharing(c) && c.password_kept);
    connection.password_kept = keep_password && !password.is_empty();
    if connection.password_kept {
        kept_passwords::keep(&connection.address, &password)?;
    } else if was_kept {
        kept_passwords::forget(&connection.address)?;
    }
    // Connections that share the entry share what it holds.
    for other in settings.team.iter_mut().filter(|c| sharing(c)) {
        other.password_kept = connection.password_kept;
    }
    settings.remember_team(connection);
    if let Err(err) = settings.save(&file) {
        log::error!("cannot save settings: {err}");
    }
    adopt(app, state, register)
}
