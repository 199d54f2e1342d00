//! Venues sessions take place at.

use malaka_api::core::model::Venue;
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn venue_list(state: State<'_, AppState>) -> Reply<Vec<Venue>> {
    state.malaka.venue_list().await
}
