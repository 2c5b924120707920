//! Long work's one command: cancelling it. (Running it is in [`crate::work`].)

use tauri::State;

use crate::ipc_error::IpcResult;
use crate::state::AppState;

/// Cancels the long work `work` (from its progress events); false when it already ended.
#[tauri::command(async)]
pub fn work_cancel(state: State<'_, AppState>, work: u64) -> IpcResult<bool> {
    Ok(state.cancel_work(work))
}
