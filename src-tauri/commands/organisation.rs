//! Organisations: the tree of agencies, centres, units and partners.

use malaka_api::core::model::{NewOrganisation, Organisation};
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn organisation_list(state: State<'_, AppState>) -> Reply<Vec<Organisation>> {
    state.malaka.organisation_list().await
}

#[tauri::command]
pub async fn organisation_create(state: State<'_, AppState>, input: NewOrganisation) -> Reply<Organisation> {
    state.malaka.organisation_create(input).await
}
