//! An organisation's certificate design: its template file and a sample printed with it.

use malaka_api::certificate_template::TemplateInfo;
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn certificate_template_info(state: State<'_, AppState>, org: String) -> Reply<TemplateInfo> {
    state.malaka().await?.certificate_template_info(&org).await
}

#[tauri::command]
pub async fn certificate_template_copy(state: State<'_, AppState>, org: String) -> Reply<TemplateInfo> {
    state.malaka().await?.certificate_template_copy(&org).await
}

/// A sample certificate in the organisation's template and logo, as a PNG `data:` URL.
#[tauri::command]
pub async fn certificate_template_picture(
    state: State<'_, AppState>,
    org: String,
    locale: String,
    also: Option<String>,
) -> Reply<String> {
    state.malaka().await?.certificate_template_picture(&org, &locale, also.as_deref()).await
}
