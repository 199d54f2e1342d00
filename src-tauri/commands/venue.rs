//! Venues sessions take place at: list, add and edit.

use malaka_api::core::model::{NewVenue, Venue};
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn venue_list(state: State<'_, AppState>) -> Reply<Vec<Venue>> {
    state.malaka().await?.venue_list().await
}

#[tauri::command]
pub async fn venue_create(state: State<'_, AppState>, input: NewVenue) -> Reply<Venue> {
    state.malaka().await?.venue_create(input).await
}

#[tauri::command]
pub async fn venue_update(state: State<'_, AppState>, id: String, input: NewVenue) -> Reply<Venue> {
    state.malaka().await?.venue_update(&id, input).await
}
