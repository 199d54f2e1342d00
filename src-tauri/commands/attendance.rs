//! Attendance: a trainer's sessions, rolls, marks, history and the printed sign-in sheet.

use malaka_api::attendance::{MySessions, Roll, SavedMark, SessionsQuery};
use malaka_api::core::model::{AttendanceChange, NewMark};
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn attendance_sessions(state: State<'_, AppState>, query: SessionsQuery) -> Reply<MySessions> {
    state.malaka().await?.attendance_sessions(&query).await
}

#[tauri::command]
pub async fn attendance_roll(state: State<'_, AppState>, session_id: String) -> Reply<Roll> {
    state.malaka().await?.attendance_roll(&session_id).await
}

#[tauri::command]
pub async fn attendance_grid(state: State<'_, AppState>, activity_id: String) -> Reply<Roll> {
    state.malaka().await?.attendance_grid(&activity_id).await
}

#[tauri::command]
pub async fn attendance_mark(state: State<'_, AppState>, marks: Vec<NewMark>) -> Reply<Vec<SavedMark>> {
    state.malaka().await?.attendance_mark(&marks).await
}

#[tauri::command]
pub async fn attendance_history(
    state: State<'_, AppState>,
    session_id: String,
    person_id: String,
) -> Reply<Vec<AttendanceChange>> {
    state.malaka().await?.attendance_history(&session_id, &person_id).await
}

/// Renders the sheet and writes it where the user chose in the save dialog.
#[tauri::command]
pub async fn attendance_sheet_save(
    state: State<'_, AppState>,
    session_id: String,
    locale: String,
    path: String,
) -> Reply<usize> {
    let pdf = state.malaka().await?.attendance_sheet(&session_id, &locale).await?;
    crate::picks::save_export(&state.malaka().await?, &path, &pdf)?;
    Ok(pdf.len())
}
