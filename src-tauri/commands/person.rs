//! People: the register's list, a person's page, create and edit.

use malaka_api::core::model::Transcript;
use malaka_api::core::model::{NewPerson, Person};
use malaka_api::person::{PersonDetail, PersonPage, PersonQuery};
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn person_query(state: State<'_, AppState>, input: PersonQuery) -> Reply<PersonPage> {
    state.malaka().await?.person_query(&input).await
}

#[tauri::command]
pub async fn person_get(state: State<'_, AppState>, id: String) -> Reply<PersonDetail> {
    state.malaka().await?.person_get(&id).await
}

#[tauri::command]
pub async fn person_create(state: State<'_, AppState>, input: NewPerson) -> Reply<Person> {
    state.malaka().await?.person_create(input).await
}

#[tauri::command]
pub async fn person_update(state: State<'_, AppState>, id: String, input: NewPerson) -> Reply<Person> {
    state.malaka().await?.person_update(&id, input).await
}

/// The person's record of learning as of today.
#[tauri::command]
pub async fn person_transcript(state: State<'_, AppState>, id: String) -> Reply<Transcript> {
    state.malaka().await?.person_transcript(&id).await
}

/// Saves the person's transcript as a signed PDF at `path` (bilingual when `also` names a second
/// locale); the byte count comes back.
#[tauri::command]
pub async fn person_transcript_save(
    state: State<'_, AppState>,
    id: String,
    locale: String,
    also: Option<String>,
    path: String,
) -> Reply<usize> {
    let app = state.malaka().await?;
    let pdf = app.person_transcript_pdf(&id, &locale, also.as_deref()).await?;
    crate::picks::save_export(&app, &path, &pdf)?;
    Ok(pdf.len())
}
