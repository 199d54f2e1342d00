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

/// The UI calls this once its first screen is painted; the cold-start time in milliseconds.
/// With `MALAKA_REPORT_STARTUP` set it is also printed, for the benchmark harness.
#[tauri::command]
pub fn app_first_paint() -> u64 {
    let ms = crate::started().elapsed().as_millis() as u64;
    if std::env::var_os("MALAKA_REPORT_STARTUP").is_some() {
        println!("malaka: first screen painted {ms} ms after start");
    }
    ms
}

#[tauri::command]
pub async fn demo_load(state: State<'_, AppState>) -> Reply<DemoSummary> {
    state.malaka.demo_load().await
}
