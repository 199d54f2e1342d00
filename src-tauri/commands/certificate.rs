//! Certificates: issue, the register, revoke, reissue, print, verify.

use std::path::PathBuf;

use malaka_api::certificate::{IssueInput, IssueReport, PublicKey, Verification};
use malaka_api::core::certificate::Certificate;
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn certificate_issue(state: State<'_, AppState>, input: IssueInput) -> Reply<IssueReport> {
    state.malaka.certificate_issue(&input).await
}

#[tauri::command]
pub async fn certificate_list(
    state: State<'_, AppState>,
    activity_id: Option<String>,
    search: Option<String>,
    limit: i64,
) -> Reply<Vec<Certificate>> {
    state.malaka.certificate_list(activity_id.as_deref(), search.as_deref(), limit).await
}

#[tauri::command]
pub async fn certificate_get(state: State<'_, AppState>, id_or_code: String) -> Reply<Certificate> {
    state.malaka.certificate_get(&id_or_code).await
}

#[tauri::command]
pub async fn certificate_revoke(state: State<'_, AppState>, id_or_code: String, reason: String) -> Reply<Certificate> {
    state.malaka.certificate_revoke(&id_or_code, &reason).await
}

#[tauri::command]
pub async fn certificate_reissue(state: State<'_, AppState>, id_or_code: String) -> Reply<Certificate> {
    state.malaka.certificate_reissue(&id_or_code).await
}

#[tauri::command]
pub async fn certificate_verify(state: State<'_, AppState>, token: String) -> Reply<Verification> {
    state.malaka.certificate_verify(&token).await
}

#[tauri::command]
pub async fn certificate_public_key(state: State<'_, AppState>) -> Reply<PublicKey> {
    state.malaka.certificate_public_key().await
}

/// Prints certificates into one PDF at `path`: the ones named, or the activity's in force;
/// bilingual when `also` names a second locale.
#[tauri::command]
pub async fn certificate_pdf_save(
    state: State<'_, AppState>,
    ids: Option<Vec<String>>,
    activity_id: Option<String>,
    locale: String,
    also: Option<String>,
    path: PathBuf,
) -> Reply<usize> {
    let app = &state.malaka;
    let list = app.certificate_choose(&ids.unwrap_or_default(), activity_id.as_deref()).await?;
    let pdf = app.certificate_pdf(&list, &locale, also.as_deref()).await?;
    std::fs::write(&path, &pdf).map_err(|e| malaka_api::Error::File(format!("{}: {e}", path.display())))?;
    Ok(pdf.len())
}
