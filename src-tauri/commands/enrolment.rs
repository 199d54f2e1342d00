//! Enrolment: nominate people or a unit, approve, decline, cancel.

use malaka_api::core::model::{Enrolment, EnrolmentRole};
use malaka_api::enrolment::{Cancellation, NominationReport};
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn enrolment_nominate(
    state: State<'_, AppState>,
    activity_id: String,
    person_ids: Vec<String>,
    role: EnrolmentRole,
) -> Reply<NominationReport> {
    state.malaka().await?.enrolment_nominate(&activity_id, &person_ids, role).await
}

#[tauri::command]
pub async fn enrolment_nominate_unit(
    state: State<'_, AppState>,
    activity_id: String,
    unit_id: String,
    role: EnrolmentRole,
) -> Reply<NominationReport> {
    state.malaka().await?.enrolment_nominate_unit(&activity_id, &unit_id, role).await
}

#[tauri::command]
pub async fn enrolment_approve(state: State<'_, AppState>, enrolment_ids: Vec<String>) -> Reply<Vec<Enrolment>> {
    state.malaka().await?.enrolment_approve(&enrolment_ids).await
}

#[tauri::command]
pub async fn enrolment_decline(
    state: State<'_, AppState>,
    enrolment_ids: Vec<String>,
    reason: String,
) -> Reply<Vec<Enrolment>> {
    state.malaka().await?.enrolment_decline(&enrolment_ids, &reason).await
}

#[tauri::command]
pub async fn enrolment_cancel(
    state: State<'_, AppState>,
    enrolment_id: String,
    reason: Option<String>,
) -> Reply<Cancellation> {
    state.malaka().await?.enrolment_cancel(&enrolment_id, reason.as_deref()).await
}
