//! The import wizard: preview a file, check it, import it as a job (progress, cancel).

use malaka_api::job::Progress;
use malaka_api::person_import::{ImportInput, ImportPreview, ImportReport};
use tauri::State;
use tauri::ipc::Channel;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn person_import_preview(state: State<'_, AppState>, path: String) -> Reply<ImportPreview> {
    state.malaka().await?.person_import_preview(&crate::picks::to_read(&path)?).await
}

#[tauri::command]
pub async fn person_import(
    state: State<'_, AppState>,
    input: ImportInput,
    job_id: String,
    on_progress: Channel<Progress>,
) -> Reply<ImportReport> {
    let options = input.options()?;
    let file = crate::picks::to_read(&input.path)?;
    let job = state.jobs.start(&job_id, on_progress);
    let report = state.malaka().await?.person_import_job(&file, &options, &job).await;
    state.jobs.finish(&job_id);
    report
}
