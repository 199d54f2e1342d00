//! The audit log on screen, and saved as a spreadsheet.

use malaka_api::core::model::{AuditFacets, AuditFilter, AuditPage};
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn audit_page(state: State<'_, AppState>, filter: AuditFilter) -> Reply<AuditPage> {
    state.malaka().await?.audit_page(&filter).await
}

#[tauri::command]
pub async fn audit_facets(state: State<'_, AppState>) -> Reply<AuditFacets> {
    state.malaka().await?.audit_facets().await
}

/// Saves the lines the filter keeps as XLSX or CSV to the path the user chose; the byte count
/// comes back.
#[tauri::command]
pub async fn audit_file_save(
    state: State<'_, AppState>,
    filter: AuditFilter,
    format: String,
    locale: String,
    path: String,
) -> Reply<usize> {
    let app = state.malaka().await?;
    let bytes = app.audit_file(&filter, &format, &locale).await?;
    crate::picks::save_export(&app, &path, &bytes)?;
    Ok(bytes.len())
}
