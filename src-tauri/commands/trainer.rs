//! Trainers: the people (or external trainers) sessions are given by; list, add and edit.

use malaka_api::core::model::{NewTrainer, Trainer};
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn trainer_list(state: State<'_, AppState>) -> Reply<Vec<Trainer>> {
    state.malaka().await?.trainer_list().await
}

#[tauri::command]
pub async fn trainer_create(state: State<'_, AppState>, input: NewTrainer) -> Reply<Trainer> {
    state.malaka().await?.trainer_create(input).await
}

#[tauri::command]
pub async fn trainer_update(state: State<'_, AppState>, id: String, input: NewTrainer) -> Reply<Trainer> {
    state.malaka().await?.trainer_update(&id, input).await
}
