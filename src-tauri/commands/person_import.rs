//! The import wizard: preview a file, check it, import it with progress.

use std::path::Path;

use malaka_api::person_import::{ImportInput, ImportPreview, ImportProgress, ImportReport};
use tauri::State;
use tauri::ipc::Channel;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn person_import_preview(state: State<'_, AppState>, path: String) -> Reply<ImportPreview> {
    state.malaka.person_import_preview(Path::new(&path)).await
}

#[tauri::command]
pub async fn person_import(
    state: State<'_, AppState>,
    input: ImportInput,
    on_progress: Channel<ImportProgress>,
) -> Reply<ImportReport> {
    let options = input.options()?;
    // A closed window cannot take progress any more; the import itself goes on.
    let report = move |p: ImportProgress| {
        let _ = on_progress.send(p);
    };
    state.malaka.person_import_with_progress(Path::new(&input.path), &options, &report).await
}
