//! Signing in and out, and the accounts an administrator keeps.

use malaka_api::core::model::{Account, AccountChange, NewAccount, SignedIn};
use tauri::State;

use super::Reply;
use crate::AppState;

/// Who is signed in (code `sign_in` when nobody is: the UI then shows the sign-in screen).
#[tauri::command]
pub async fn account_me(state: State<'_, AppState>) -> Reply<SignedIn> {
    state.malaka().await?.signed_in().await
}

#[tauri::command]
pub async fn account_sign_in(state: State<'_, AppState>, login: String, password: String) -> Reply<SignedIn> {
    state.malaka().await?.sign_in(&login, &password).await
}

#[tauri::command]
pub async fn account_sign_out(state: State<'_, AppState>) -> Reply<()> {
    state.malaka().await?.sign_out().await
}

#[tauri::command]
pub async fn account_list(state: State<'_, AppState>) -> Reply<Vec<Account>> {
    state.malaka().await?.account_list().await
}

#[tauri::command]
pub async fn account_create(state: State<'_, AppState>, input: NewAccount) -> Reply<Account> {
    state.malaka().await?.account_create(input).await
}

#[tauri::command]
pub async fn account_update(state: State<'_, AppState>, id: String, input: AccountChange) -> Reply<Account> {
    state.malaka().await?.account_update(&id, input).await
}

#[tauri::command]
pub async fn account_password_change(state: State<'_, AppState>, current: String, new: String) -> Reply<()> {
    state.malaka().await?.password_change(&current, &new).await
}

#[tauri::command]
pub async fn account_password_reset(state: State<'_, AppState>, id: String, new: String) -> Reply<()> {
    state.malaka().await?.password_reset(&id, &new).await
}
