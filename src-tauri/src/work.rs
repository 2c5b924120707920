//! Long work (reports, exports, backups, imports, checks, risk recompute) runs on a blocking
//! thread of its own, never on the threads that answer the other commands: every reading
//! screen answers meanwhile. Each piece of work has an id; its progress reaches the UI as
//! `work-progress` events naming it, and `work_cancel` stops it at its next step.

use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime};
use vendor_risk_core::Register;
use vendor_risk_core::work::{Work, WorkProgress};

use crate::ipc_error::{IpcError, IpcResult};
use crate::state::AppState;

/// The event that carries progress.
pub const PROGRESS_EVENT: &str = "work-progress";

/// How far a piece of long work has come, as the UI receives it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkEvent {
    /// Names the work: `work_cancel` takes it.
    pub work: u64,
    /// What the work is, for a person: "Register report".
    pub title: String,
    pub progress: WorkProgress,
}

/// Runs `job` on the open register on a blocking thread, reporting its progress as `title`
/// with steps in the register's language.
/// The job may also ask the user things (a save dialog): it runs off the main thread.
pub async fn run<R: Runtime, T: Send + 'static>(
    app: AppHandle<R>,
    title: &'static str,
    job: impl FnOnce(&AppHandle<R>, &Register, &mut Work<'_>) -> IpcResult<T> + Send + 'static,
) -> IpcResult<T> {
    let state = app.state::<AppState>();
    let register = state.register()?;
    let (id, cancel) = state.start_work();
    let handle = app.clone();
    let done = tauri::async_runtime::spawn_blocking(move || {
        let mut emit = |progress: WorkProgress| {
            let _ = handle.emit(PROGRESS_EVENT, WorkEvent { work: id, title: title.to_owned(), progress });
        };
        let mut work = Work::new(&mut emit, cancel).in_language(register.language());
        job(&handle, &register, &mut work)
    })
    .await;
    state.end_work(id);
    done.unwrap_or_else(|failed| Err(IpcError::internal(format!("{title} failed: {failed}"))))
}
