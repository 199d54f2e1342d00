//! The app as a whole: what the database holds, and the first-run demo.

use malaka_api::demo::DemoSummary;
use malaka_api::maintenance::Stats;
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn app_stats(state: State<'_, AppState>) -> Reply<Stats> {
    state.malaka.stats().await
}

#[tauri::command]
pub async fn demo_load(state: State<'_, AppState>) -> Reply<DemoSummary> {
    state.malaka.demo_load().await
}
