//! Internships: the Mobility list of placements, a placement's page, its states, weekly log,
//! days, evaluations (and the printable form), the intern's report and the certificate.

use malaka_api::core::certificate::Certificate;
use malaka_api::core::model::*;
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn internship_list(state: State<'_, AppState>, filter: InternshipFilter) -> Reply<Vec<InternshipRow>> {
    state.malaka().await?.internship_list(filter).await
}

#[tauri::command]
pub async fn internship_get(state: State<'_, AppState>, id: String) -> Reply<InternshipDetail> {
    state.malaka().await?.internship_get(&id).await
}

#[tauri::command]
pub async fn internship_create(state: State<'_, AppState>, input: NewInternship) -> Reply<Internship> {
    state.malaka().await?.internship_create(input).await
}

#[tauri::command]
pub async fn internship_update(
    state: State<'_, AppState>,
    id: String,
    input: NewInternship,
    version: i64,
    reason: Option<String>,
) -> Reply<Internship> {
    state.malaka().await?.internship_update(&id, input, version, reason).await
}

#[tauri::command]
pub async fn internship_set_status(
    state: State<'_, AppState>,
    id: String,
    status: InternshipStatus,
    reason: Option<String>,
) -> Reply<Internship> {
    state.malaka().await?.internship_set_status(&id, status, reason).await
}

#[tauri::command]
pub async fn internship_week_save(state: State<'_, AppState>, id: String, input: NewWeekLog) -> Reply<WeekLog> {
    state.malaka().await?.internship_week_save(&id, input).await
}

#[tauri::command]
pub async fn internship_days_mark(
    state: State<'_, AppState>,
    id: String,
    days: Vec<NewPlacementDay>,
) -> Reply<Vec<PlacementDay>> {
    state.malaka().await?.internship_days_mark(&id, days).await
}

#[tauri::command]
pub async fn internship_evaluation_record(
    state: State<'_, AppState>,
    id: String,
    input: NewEvaluation,
) -> Reply<Evaluation> {
    state.malaka().await?.internship_evaluation_record(&id, input).await
}

#[tauri::command]
pub async fn internship_report_save(
    state: State<'_, AppState>,
    id: String,
    input: NewInternReport,
) -> Reply<InternReport> {
    state.malaka().await?.internship_report_save(&id, input).await
}

#[tauri::command]
pub async fn internship_certificate_issue(state: State<'_, AppState>, id: String) -> Reply<Certificate> {
    state.malaka().await?.internship_certificate_issue(&id).await
}

/// Prints the mentor's evaluation form where the user chose.
#[tauri::command]
pub async fn internship_form_save(
    state: State<'_, AppState>,
    id: String,
    kind: EvaluationKind,
    locale: String,
    path: String,
) -> Reply<usize> {
    let app = state.malaka().await?;
    let pdf = app.internship_form(&id, kind, &locale).await?;
    crate::picks::save_export(&app, &path, &pdf)?;
    Ok(pdf.len())
}

/// Saves the placements the filter selects as XLSX or CSV.
#[tauri::command]
pub async fn internships_file_save(
    state: State<'_, AppState>,
    filter: InternshipFilter,
    format: String,
    locale: String,
    path: String,
) -> Reply<usize> {
    let app = state.malaka().await?;
    let format = malaka_api::plan_export::ListFormat::parse(&format)?;
    let bytes = app.internships_file(filter, format, &locale).await?;
    crate::picks::save_export(&app, &path, &bytes)?;
    Ok(bytes.len())
}
