//! Reports: on screen, and saved as spreadsheets or printouts.

use malaka_api::core::model::{
    AttendanceRow, CertificateReportRow, CompletionRow, HoursRow, MobilityReportRow, ReportFileOptions, ReportFilter,
    TrainerLoadRow,
};
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn report_hours(state: State<'_, AppState>, filter: ReportFilter) -> Reply<Vec<HoursRow>> {
    state.malaka().await?.report_hours(&filter).await
}

/// Saves the hours report as XLSX, CSV or PDF to the path the user chose; the byte count comes back.
#[tauri::command]
pub async fn report_hours_file_save(
    state: State<'_, AppState>,
    filter: ReportFilter,
    options: ReportFileOptions,
    path: String,
) -> Reply<usize> {
    let app = state.malaka().await?;
    let bytes = app.report_hours_file(&filter, &options).await?;
    crate::picks::save_export(&app, &path, &bytes)?;
    Ok(bytes.len())
}

#[tauri::command]
pub async fn report_completion(state: State<'_, AppState>, filter: ReportFilter) -> Reply<Vec<CompletionRow>> {
    state.malaka().await?.report_completion(&filter).await
}

/// Saves the completion report as XLSX, CSV or PDF to the path the user chose.
#[tauri::command]
pub async fn report_completion_file_save(
    state: State<'_, AppState>,
    filter: ReportFilter,
    options: ReportFileOptions,
    path: String,
) -> Reply<usize> {
    let app = state.malaka().await?;
    let bytes = app.report_completion_file(&filter, &options).await?;
    crate::picks::save_export(&app, &path, &bytes)?;
    Ok(bytes.len())
}

#[tauri::command]
pub async fn report_attendance(state: State<'_, AppState>, filter: ReportFilter) -> Reply<Vec<AttendanceRow>> {
    state.malaka().await?.report_attendance(&filter).await
}

/// Saves the attendance report as XLSX, CSV or PDF to the path the user chose.
#[tauri::command]
pub async fn report_attendance_file_save(
    state: State<'_, AppState>,
    filter: ReportFilter,
    options: ReportFileOptions,
    path: String,
) -> Reply<usize> {
    let app = state.malaka().await?;
    let bytes = app.report_attendance_file(&filter, &options).await?;
    crate::picks::save_export(&app, &path, &bytes)?;
    Ok(bytes.len())
}

/// The Reports screen's first page: `year` beside the year before.
#[tauri::command]
pub async fn dashboard(state: State<'_, AppState>, year: i32) -> Reply<malaka_api::core::model::Dashboard> {
    state.malaka().await?.dashboard(year).await
}

/// The dashboard's completion tile, asked apart so the page paints first.
#[tauri::command]
pub async fn dashboard_completion(
    state: State<'_, AppState>,
    year: i32,
) -> Reply<malaka_api::core::model::DashboardCompletion> {
    state.malaka().await?.dashboard_completion(year).await
}

#[tauri::command]
pub async fn report_certificates(state: State<'_, AppState>, filter: ReportFilter) -> Reply<Vec<CertificateReportRow>> {
    state.malaka().await?.report_certificates(&filter).await
}

/// Saves the certificates report as XLSX, CSV or PDF to the path the user chose.
#[tauri::command]
pub async fn report_certificates_file_save(
    state: State<'_, AppState>,
    filter: ReportFilter,
    options: ReportFileOptions,
    path: String,
) -> Reply<usize> {
    let app = state.malaka().await?;
    let bytes = app.report_certificates_file(&filter, &options).await?;
    crate::picks::save_export(&app, &path, &bytes)?;
    Ok(bytes.len())
}

#[tauri::command]
pub async fn report_trainers(state: State<'_, AppState>, filter: ReportFilter) -> Reply<Vec<TrainerLoadRow>> {
    state.malaka().await?.report_trainers(&filter).await
}

/// Saves the trainers' load report as XLSX, CSV or PDF to the path the user chose.
#[tauri::command]
pub async fn report_trainers_file_save(
    state: State<'_, AppState>,
    filter: ReportFilter,
    options: ReportFileOptions,
    path: String,
) -> Reply<usize> {
    let app = state.malaka().await?;
    let bytes = app.report_trainers_file(&filter, &options).await?;
    crate::picks::save_export(&app, &path, &bytes)?;
    Ok(bytes.len())
}

#[tauri::command]
pub async fn report_mobility(state: State<'_, AppState>, filter: ReportFilter) -> Reply<Vec<MobilityReportRow>> {
    state.malaka().await?.report_mobility(&filter).await
}

/// Saves the mobility report as XLSX, CSV or PDF to the path the user chose.
#[tauri::command]
pub async fn report_mobility_file_save(
    state: State<'_, AppState>,
    filter: ReportFilter,
    options: ReportFileOptions,
    path: String,
) -> Reply<usize> {
    let app = state.malaka().await?;
    let bytes = app.report_mobility_file(&filter, &options).await?;
    crate::picks::save_export(&app, &path, &bytes)?;
    Ok(bytes.len())
}
