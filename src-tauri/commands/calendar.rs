//! The calendar: every session in a period, filtered.

use malaka_api::calendar::CalendarQuery;
use malaka_api::core::model::CalendarEntry;
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn calendar(state: State<'_, AppState>, query: CalendarQuery) -> Reply<Vec<CalendarEntry>> {
    state.malaka().await?.calendar(&query).await
}
