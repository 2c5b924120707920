//! # vendor-risk-desktop
//!
//! The desktop app: a Tauri v2 window whose commands are thin adapters over the core's
//! `Register`. The only crate that depends on tauri.
//!
//! ## Adding a command
//! Write a `#[tauri::command(async)]` function in `commands/<area>.rs` that calls one
//! `Register` method through [`state::AppState::with_register`], list it in [`with_commands`],
//! add its typed wrapper in `ui/src/ipc/`, and regenerate the bindings if it uses new types
//! (`UPDATE_BINDINGS=1 cargo test -p vendor-risk-desktop --test bindings`).

pub mod bindings;
pub mod commands;
pub mod ipc_error;
pub mod settings;
pub mod state;

use tauri::{Builder, Manager, Runtime};

/// Registers the app's state, plugins and commands on a builder (real or mock runtime).
pub fn with_commands<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(state::AppState::default())
        .invoke_handler(tauri::generate_handler![
            commands::register::register_resume,
            commands::register::register_recent,
            commands::register::register_new,
            commands::register::register_unlock,
            commands::register::register_encryption,
            commands::register::register_open,
            commands::register::register_open_dialog,
            commands::register::register_open_sample,
            commands::register::register_close,
            commands::register::user_get,
            commands::register::user_set,
            commands::vendors::vendors_list,
            commands::vendors::vendor_get,
            commands::vendors::vendor_draft,
            commands::vendors::vendor_create,
            commands::vendors::vendor_update,
            commands::vendors::vendor_archive,
            commands::vendors::vendor_restore,
            commands::vendors::reference_data,
            commands::audit::audit_list,
            commands::audit::audit_verify,
            commands::datamap::taxonomy_categories,
            commands::datamap::category_create,
            commands::datamap::taxonomy_subjects,
            commands::datamap::subject_create,
            commands::datamap::services_list,
            commands::datamap::service_save,
            commands::datamap::flows_list,
            commands::datamap::flow_add,
            commands::datamap::flow_update,
            commands::datamap::flow_end,
            commands::datamap::edges_list,
            commands::datamap::edge_add,
            commands::datamap::edge_end,
            commands::datamap::lookup_reverse,
            commands::datamap::blast_radius,
            commands::datamap::vendor_network,
            commands::datamap::vendor_reviews,
            commands::datamap::subprocessors_preview,
            commands::datamap::subprocessors_import,
            commands::datamap::subprocessors_pick_file,
            commands::incidents::org_profile_get,
            commands::incidents::org_profile_draft,
            commands::incidents::org_profile_save,
            commands::incidents::incidents_list,
            commands::incidents::incident_get,
            commands::incidents::incident_draft,
            commands::incidents::incident_open,
            commands::incidents::incident_update,
            commands::incidents::incident_assess,
            commands::incidents::incident_step_done,
            commands::incidents::incident_note,
            commands::incidents::incident_status,
            commands::questionnaires::questionnaire_templates,
            commands::questionnaires::questionnaire_template,
            commands::questionnaires::template_save,
            commands::questionnaires::template_import,
            commands::questionnaires::template_export,
            commands::questionnaires::file_pick,
            commands::questionnaires::assessments_list,
            commands::questionnaires::assessment_get,
            commands::questionnaires::assessment_assign,
            commands::questionnaires::answer_save,
            commands::questionnaires::evidence_attach,
            commands::questionnaires::evidence_detach,
            commands::questionnaires::evidence_save,
            commands::questionnaires::assessment_status,
            commands::questionnaires::workbook_export,
            commands::questionnaires::workbook_import,
            commands::questionnaires::caiq_import,
            commands::questionnaires::assessment_diff,
            commands::questionnaires::findings_list,
            commands::questionnaires::finding_update,
            commands::questionnaires::template_preview,
            commands::questionnaires::answer_save_text,
            commands::risk::risk_rubric_get,
            commands::risk::risk_rubric_save,
            commands::risk::vendor_risk,
            commands::risk::risk_what_if,
            commands::risk::risk_profile_save,
            commands::risk::risk_assess,
            commands::risk::risk_assess_all,
            commands::risk::dashboard_get,
            commands::risk::dashboard_cell,
            commands::risk::reviews_due,
            commands::risk::document_add,
            commands::risk::documents_list,
            commands::risk::acceptance_add,
            commands::risk::acceptances_list,
            commands::risk::acceptance_revoke,
            commands::risk::finding_add,
            commands::risk::finding_attach,
            commands::exports::report_export,
            commands::exports::data_export,
            commands::exports::export_open,
            commands::exports::backup_now,
            commands::register::backup_restore,
            commands::register::backup_keep_get,
            commands::register::backup_keep_set,
            commands::exports::vendor_import_preview,
            commands::exports::vendor_import_commit,
        ])
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
    let builder = with_commands(builder).setup(|app| {
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
