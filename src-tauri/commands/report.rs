//! Reports: on screen, and saved as spreadsheets.

use malaka_api::core::model::{HoursRow, ReportFileOptions, ReportFilter};
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn report_hours(state: State<'_, AppState>, filter: ReportFilter) -> Reply<Vec<HoursRow>> {
    state.malaka().await?.report_hours(&filter).await
}

/// Saves the hours report as XLSX or CSV to the path the user chose; the byte count comes back.
#[tauri::command]
pub async fn report_hours_file_save(
    state: State<'_, AppState>,
    filter: ReportFilter,
    options: ReportFileOptions,
    path: std::path::PathBuf,
) -> Reply<usize> {
    let app = state.malaka().await?;
    let bytes = app.report_hours_file(&filter, &options).await?;
    app.save_export(&path, &bytes)?;
    Ok(bytes.len())
}
