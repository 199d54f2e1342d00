//! Long actions (an import, issuing, printing) run as jobs the window can stop.

use tauri::State;

use crate::AppState;

/// Asks a running job to stop; false if no such job runs (it may have just finished).
#[tauri::command]
pub fn job_cancel(state: State<'_, AppState>, job_id: String) -> bool {
    state.jobs.cancel(&job_id)
}
