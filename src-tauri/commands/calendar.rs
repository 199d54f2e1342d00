//! The calendar: every session in a period, and the visits and internships across it, filtered.

use malaka_api::calendar::CalendarQuery;
use malaka_api::core::model::{CalendarEntry, CalendarSpan};
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn calendar(state: State<'_, AppState>, query: CalendarQuery) -> Reply<Vec<CalendarEntry>> {
    state.malaka().await?.calendar(&query).await
}

#[tauri::command]
pub async fn calendar_spans(state: State<'_, AppState>, query: CalendarQuery) -> Reply<Vec<CalendarSpan>> {
    state.malaka().await?.calendar_spans(&query).await
}
