//! Trainers: the people (or external trainers) sessions are given by.

use malaka_api::core::model::Trainer;
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn trainer_list(state: State<'_, AppState>) -> Reply<Vec<Trainer>> {
    state.malaka.trainer_list().await
}
