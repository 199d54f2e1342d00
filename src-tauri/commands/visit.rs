//! Study visits: the Mobility list, a visit's page, its states, delegation, papers, programme,
//! journey and report.

use malaka_api::core::model::*;
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn visit_list(state: State<'_, AppState>, filter: VisitFilter) -> Reply<Vec<VisitRow>> {
    state.malaka().await?.visit_list(filter).await
}

#[tauri::command]
pub async fn visit_get(state: State<'_, AppState>, id: String) -> Reply<VisitDetail> {
    state.malaka().await?.visit_get(&id).await
}

#[tauri::command]
pub async fn visit_create(state: State<'_, AppState>, input: NewVisit) -> Reply<Visit> {
    state.malaka().await?.visit_create(input).await
}

#[tauri::command]
pub async fn visit_update(
    state: State<'_, AppState>,
    id: String,
    input: NewVisit,
    version: i64,
    reason: Option<String>,
) -> Reply<Visit> {
    state.malaka().await?.visit_update(&id, input, version, reason).await
}

#[tauri::command]
pub async fn visit_set_status(
    state: State<'_, AppState>,
    id: String,
    status: VisitStatus,
    reason: Option<String>,
) -> Reply<Visit> {
    state.malaka().await?.visit_set_status(&id, status, reason).await
}

#[tauri::command]
pub async fn visit_host_answer(
    state: State<'_, AppState>,
    id: String,
    answer: HostStatus,
    reason: Option<String>,
) -> Reply<Visit> {
    state.malaka().await?.visit_host_answer(&id, answer, reason).await
}

#[tauri::command]
pub async fn visit_programme_set(
    state: State<'_, AppState>,
    id: String,
    items: Vec<NewProgrammeItem>,
    reason: Option<String>,
) -> Reply<Vec<ProgrammeItem>> {
    state.malaka().await?.visit_programme_set(&id, items, reason).await
}

#[tauri::command]
pub async fn visit_travel_set(
    state: State<'_, AppState>,
    id: String,
    travel: NewTravel,
    reason: Option<String>,
) -> Reply<Travel> {
    state.malaka().await?.visit_travel_set(&id, travel, reason).await
}

#[tauri::command]
pub async fn visit_member_add(
    state: State<'_, AppState>,
    visit_id: String,
    input: NewVisitMember,
    reason: Option<String>,
) -> Reply<VisitMember> {
    state.malaka().await?.visit_member_add(&visit_id, input, reason).await
}

#[tauri::command]
pub async fn visit_member_update(
    state: State<'_, AppState>,
    visit_id: String,
    member_id: String,
    input: NewVisitMember,
    reason: Option<String>,
) -> Reply<VisitMember> {
    state.malaka().await?.visit_member_update(&visit_id, &member_id, input, reason).await
}

#[tauri::command]
pub async fn visit_member_remove(
    state: State<'_, AppState>,
    visit_id: String,
    member_id: String,
    reason: Option<String>,
) -> Reply<()> {
    state.malaka().await?.visit_member_remove(&visit_id, &member_id, reason).await
}

#[tauri::command]
pub async fn visit_visa_record(
    state: State<'_, AppState>,
    visit_id: String,
    member_id: String,
    input: NewVisaEvent,
) -> Reply<VisaEvent> {
    state.malaka().await?.visit_visa_record(&visit_id, &member_id, input).await
}

#[tauri::command]
pub async fn visit_report_save(state: State<'_, AppState>, id: String, input: NewVisitReport) -> Reply<VisitReport> {
    state.malaka().await?.visit_report_save(&id, input).await
}

/// Prints the visit's programme, invitation letter or delegation list where the user chose.
#[tauri::command]
pub async fn visit_print_save(
    state: State<'_, AppState>,
    id: String,
    document: malaka_api::mobility_print::VisitDocument,
    locale: String,
    path: String,
) -> Reply<usize> {
    let app = state.malaka().await?;
    let pdf = app.visit_print(&id, document, &locale).await?;
    crate::picks::save_export(&app, &path, &pdf)?;
    Ok(pdf.len())
}

/// Saves the visits the filter selects as XLSX or CSV (one row per member); travel papers only
/// when `papers` is asked for.
#[tauri::command]
pub async fn visits_file_save(
    state: State<'_, AppState>,
    filter: VisitFilter,
    papers: bool,
    format: String,
    locale: String,
    path: String,
) -> Reply<usize> {
    let app = state.malaka().await?;
    let format = malaka_api::plan_export::ListFormat::parse(&format)?;
    let bytes = app.visits_file(filter, papers, format, &locale).await?;
    crate::picks::save_export(&app, &path, &bytes)?;
    Ok(bytes.len())
}
