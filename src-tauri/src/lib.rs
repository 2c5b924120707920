//! # vendor-risk-desktop
//!
//! The desktop app: a Tauri v2 window whose commands are thin adapters over the core's
//! `Register`. The only crate that depends on tauri.
//!
//! ## Adding a command
//! Write a `#[tauri::command(async)]` function in `commands/<area>.rs` that calls one
//! `Register` method through [`state::AppState::with_register`] (long work: an `async` command
//! that runs it with [`work::run`]), and add its entry to the table in [`ipc`]: its arguments,
//! result, TypeScript wrapper name and the query families it makes stale. Then regenerate the
//! TypeScript (`UPDATE_BINDINGS=1 cargo test -p vendor-risk-desktop --test desktop generated`):
//! the wrapper, the invalidation map and the bindings of new types are written from the table.

pub mod commands;
pub mod ipc;
pub mod ipc_error;
pub mod kept_passwords;
pub mod settings;
pub mod state;
pub mod work;

use tauri::{Builder, Manager, Runtime};

/// Registers the app's state, plugins and commands on a builder (real or mock runtime).
pub fn with_commands<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(state::AppState::default())
        .invoke_handler(ipc::handler())
}

/// Starts the desktop app.
pub fn run() {
    // Launching the app again focuses the running window instead of opening a second one.
    let builder = Builder::default().plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
        if let Some(window) = app.get_webview_window("main") {
            let _ = window.unminimize();
            let _ = window.set_focus();
        }
    }));
    let builder = with_commands(builder.plugin(logger())).setup(|app| {
        if let Ok(dir) = app.path().app_log_dir() {
            ipc_error::set_log_dir(dir);
        }
        log::info!("Vendor Risk Register started");
        // A register left open over midnight still gets its daily backup.
        let handle = app.handle().clone();
        std::thread::spawn(move || {
            loop {
                std::thread::sleep(std::time::Duration::from_secs(3600));
                commands::register::start_daily_backup(handle.clone());
            }
        });
        Ok(())
    });
    if let Err(err) = builder.run(tauri::generate_context!()) {
        eprintln!("vendor-risk-register: cannot start: {err}");
        std::process::exit(1);
    }
}

/// The log: a file in the app's log folder (`~/.local/share/<identifier>/logs` on Linux),
/// rotated at 1 MB with the last five kept, and the terminal when there is one.
fn logger<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    use tauri_plugin_log::{RotationStrategy, Target, TargetKind};
    tauri_plugin_log::Builder::new()
        .clear_targets()
        .targets([Target::new(TargetKind::LogDir { file_name: None }), Target::new(TargetKind::Stderr)])
        .level(log::LevelFilter::Info)
        .max_file_size(1_000_000)
        .rotation_strategy(RotationStrategy::KeepSome(5))
        .build()
}
