//! The programme catalogue: list, add, edit, archive and restore.

use malaka_api::core::model::{NewProgramme, Programme};
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn programme_list(state: State<'_, AppState>, include_archived: bool) -> Reply<Vec<Programme>> {
    state.malaka().await?.programme_list(include_archived).await
}

#[tauri::command]
pub async fn programme_create(state: State<'_, AppState>, input: NewProgramme) -> Reply<Programme> {
    state.malaka().await?.programme_create(input).await
}

#[tauri::command]
pub async fn programme_update(state: State<'_, AppState>, id: String, input: NewProgramme) -> Reply<Programme> {
    state.malaka().await?.programme_update(&id, input).await
}

#[tauri::command]
pub async fn programme_archive(state: State<'_, AppState>, id: String, archived: bool) -> Reply<Programme> {
    state.malaka().await?.programme_archive(&id, archived).await
}
