//! People: the register's list, a person's page, create and edit.

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
