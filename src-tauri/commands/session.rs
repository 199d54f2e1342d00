//! Sessions: plan (once or recurring, conflicts checked first), move, cancel.

use malaka_api::NamedConflict;
use malaka_api::core::model::Session;
use malaka_api::core::recurrence::SessionPlan;
use malaka_api::session::PlanPreview;
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn session_plan_check(state: State<'_, AppState>, plan: SessionPlan) -> Reply<PlanPreview> {
    state.malaka().await?.session_plan_check(&plan).await
}

#[tauri::command]
pub async fn session_plan(state: State<'_, AppState>, plan: SessionPlan, allow_conflict: bool) -> Reply<Vec<Session>> {
    state.malaka().await?.session_plan(&plan, allow_conflict).await
}

#[tauri::command]
pub async fn session_move_check(
    state: State<'_, AppState>,
    id: String,
    starts_local: String,
    ends_local: String,
) -> Reply<Vec<NamedConflict>> {
    state.malaka().await?.session_move_check(&id, &starts_local, &ends_local).await
}

#[tauri::command]
pub async fn session_move(
    state: State<'_, AppState>,
    id: String,
    starts_local: String,
    ends_local: String,
    allow_conflict: bool,
) -> Reply<Session> {
    state.malaka().await?.session_move(&id, &starts_local, &ends_local, allow_conflict).await
}

#[tauri::command]
pub async fn session_cancel(state: State<'_, AppState>, id: String, reason: String) -> Reply<Session> {
    state.malaka().await?.session_cancel(&id, &reason).await
}
