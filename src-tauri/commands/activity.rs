//! Activities: plan, edit, move through their life, list and open one.

use malaka_api::activity::{ActivityDetail, ActivityFilter};
use malaka_api::core::model::{Activity, ActivityStatus, NewActivity};
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn activity_create(state: State<'_, AppState>, input: NewActivity) -> Reply<Activity> {
    state.malaka().await?.activity_create(input).await
}

#[tauri::command]
pub async fn activity_update(state: State<'_, AppState>, id: String, input: NewActivity) -> Reply<Activity> {
    state.malaka().await?.activity_update(&id, input).await
}

#[tauri::command]
pub async fn activity_set_status(
    state: State<'_, AppState>,
    id: String,
    status: ActivityStatus,
    reason: Option<String>,
) -> Reply<Activity> {
    state.malaka().await?.activity_set_status(&id, status, reason.as_deref()).await
}

#[tauri::command]
pub async fn activity_list(state: State<'_, AppState>, filter: ActivityFilter) -> Reply<Vec<Activity>> {
    state.malaka().await?.activity_list(&filter).await
}

#[tauri::command]
pub async fn activity_get(state: State<'_, AppState>, id: String) -> Reply<ActivityDetail> {
    state.malaka().await?.activity_get(&id).await
}
