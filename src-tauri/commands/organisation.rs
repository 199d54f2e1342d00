//! Organisations: the tree of agencies, centres, units and partners.

use malaka_api::core::model::{NewOrganisation, Organisation};
use malaka_api::organisation_logo::LogoPicture;
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn organisation_list(state: State<'_, AppState>) -> Reply<Vec<Organisation>> {
    state.malaka().await?.organisation_list().await
}

#[tauri::command]
pub async fn organisation_create(state: State<'_, AppState>, input: NewOrganisation) -> Reply<Organisation> {
    state.malaka().await?.organisation_create(input).await
}

/// Edits an organisation; a new parent moves it (never under itself or its own units).
#[tauri::command]
pub async fn organisation_update(
    state: State<'_, AppState>,
    id: String,
    input: NewOrganisation,
) -> Reply<Organisation> {
    state.malaka().await?.organisation_update(&id, input).await
}

/// The logo printed on the organisation's certificates, if it has one.
#[tauri::command]
pub async fn organisation_logo(state: State<'_, AppState>, org: String) -> Reply<Option<LogoPicture>> {
    state.malaka().await?.organisation_logo(&org).await
}

/// Sets the logo from a PNG, JPEG or SVG file the user picked.
#[tauri::command]
pub async fn organisation_logo_set(state: State<'_, AppState>, org: String, path: String) -> Reply<LogoPicture> {
    state.malaka().await?.organisation_logo_set(&org, &crate::picks::to_read(&path)?).await
}

#[tauri::command]
pub async fn organisation_logo_clear(state: State<'_, AppState>, org: String) -> Reply<bool> {
    state.malaka().await?.organisation_logo_clear(&org).await
}
