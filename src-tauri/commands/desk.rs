//! Where this desk's register is: its own file or the agency's team database; testing,
//! connecting, falling back to the file, and the guided move onto a server.

use malaka_api::core::model::{TeamDatabase, TeamProbe};
use malaka_api::team::Moved;
use tauri::State;

use super::Reply;
use crate::AppState;
use crate::desk::DeskStatus;

/// Which register is open, and what stands in the way when none is (the start screen).
#[tauri::command]
pub async fn desk_status(state: State<'_, AppState>) -> Reply<DeskStatus> {
    Ok(state.desk.status().await)
}

/// Connects to the team database once and says what it holds, changing nothing.
#[tauri::command]
pub async fn desk_test(team: TeamDatabase, password: String) -> Reply<TeamProbe> {
    malaka_api::team::team_probe(&team, &password).await
}

/// Makes the team database this desk's register, from now and at each start.
#[tauri::command]
pub async fn desk_connect(
    state: State<'_, AppState>,
    team: TeamDatabase,
    password: String,
    remember: bool,
) -> Reply<DeskStatus> {
    state.desk.connect(&team, &password, remember).await
}

/// Opens the desk's own register file: for this run, or from now on (`forget_team`).
#[tauri::command]
pub async fn desk_use_file(state: State<'_, AppState>, forget_team: bool) -> Reply<DeskStatus> {
    state.desk.use_file(forget_team).await
}

/// Prepares the empty team database and moves this desk's register file onto it, checked table
/// by table; the desk stays on its file until the user connects.
#[tauri::command]
pub async fn desk_move(state: State<'_, AppState>, team: TeamDatabase, password: String) -> Reply<Moved> {
    state.malaka().await?.team_prepare_and_move(&team, &password).await
}
