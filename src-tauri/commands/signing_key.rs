//! The certificate signing keys: the published list, unlocking for this session, rotation,
//! retirement and sealing a key an earlier version kept in plain.

use malaka_api::signing_key::SigningKeyInfo;
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn signing_key_list(state: State<'_, AppState>) -> Reply<Vec<SigningKeyInfo>> {
    state.malaka().await?.key_list().await
}

/// Unlocks the key for this session (the UI asks when an action answers `signing_key_locked`).
#[tauri::command]
pub async fn signing_key_unlock(state: State<'_, AppState>, passphrase: String) -> Reply<SigningKeyInfo> {
    state.malaka().await?.key_unlock(&passphrase).await
}

#[tauri::command]
pub async fn signing_key_rotate(state: State<'_, AppState>, passphrase: String) -> Reply<SigningKeyInfo> {
    state.malaka().await?.key_rotate(&passphrase).await
}

#[tauri::command]
pub async fn signing_key_retire(state: State<'_, AppState>, key_id: String) -> Reply<SigningKeyInfo> {
    state.malaka().await?.key_retire(&key_id).await
}

#[tauri::command]
pub async fn signing_key_protect(state: State<'_, AppState>, passphrase: String) -> Reply<usize> {
    state.malaka().await?.key_protect(&passphrase).await
}
