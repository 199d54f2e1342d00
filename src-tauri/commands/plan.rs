//! Planning: the programme catalogue, activities, sessions, the calendar, enrolment and exports.

use std::path::PathBuf;

use malaka_api::activity::{ActivityDetail, ActivityFilter};
use malaka_api::calendar::CalendarQuery;
use malaka_api::core::model::{
    Activity, ActivityStatus, CalendarEntry, Enrolment, EnrolmentRole, NewActivity, NewProgramme, Programme, Session,
    Venue,
};
use malaka_api::core::recurrence::SessionPlan;
use malaka_api::enrolment::{Cancellation, NominationReport};
use malaka_api::plan_export::{ListFormat, ScheduleOf};
use malaka_api::session::PlanPreview;
use malaka_api::{Error, NamedConflict};
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn programme_list(state: State<'_, AppState>, include_archived: bool) -> Reply<Vec<Programme>> {
    state.malaka.programme_list(include_archived).await
}

#[tauri::command]
pub async fn programme_create(state: State<'_, AppState>, input: NewProgramme) -> Reply<Programme> {
    state.malaka.programme_create(input).await
}

#[tauri::command]
pub async fn programme_update(state: State<'_, AppState>, id: String, input: NewProgramme) -> Reply<Programme> {
    state.malaka.programme_update(&id, input).await
}

#[tauri::command]
pub async fn programme_archive(state: State<'_, AppState>, id: String, archived: bool) -> Reply<Programme> {
    state.malaka.programme_archive(&id, archived).await
}

#[tauri::command]
pub async fn venue_list(state: State<'_, AppState>) -> Reply<Vec<Venue>> {
    state.malaka.venue_list().await
}

#[tauri::command]
pub async fn activity_create(state: State<'_, AppState>, input: NewActivity) -> Reply<Activity> {
    state.malaka.activity_create(input).await
}

#[tauri::command]
pub async fn activity_update(state: State<'_, AppState>, id: String, input: NewActivity) -> Reply<Activity> {
    state.malaka.activity_update(&id, input).await
}

#[tauri::command]
pub async fn activity_set_status(
    state: State<'_, AppState>,
    id: String,
    status: ActivityStatus,
    reason: Option<String>,
) -> Reply<Activity> {
    state.malaka.activity_set_status(&id, status, reason.as_deref()).await
}

#[tauri::command]
pub async fn activity_list(state: State<'_, AppState>, filter: ActivityFilter) -> Reply<Vec<Activity>> {
    state.malaka.activity_list(&filter).await
}

#[tauri::command]
pub async fn activity_get(state: State<'_, AppState>, id: String) -> Reply<ActivityDetail> {
    state.malaka.activity_get(&id).await
}

#[tauri::command]
pub async fn session_plan_check(state: State<'_, AppState>, plan: SessionPlan) -> Reply<PlanPreview> {
    state.malaka.session_plan_check(&plan).await
}

#[tauri::command]
pub async fn session_plan(state: State<'_, AppState>, plan: SessionPlan, allow_conflict: bool) -> Reply<Vec<Session>> {
    state.malaka.session_plan(&plan, allow_conflict).await
}

#[tauri::command]
pub async fn session_move_check(
    state: State<'_, AppState>,
    id: String,
    starts_local: String,
    ends_local: String,
) -> Reply<Vec<NamedConflict>> {
    state.malaka.session_move_check(&id, &starts_local, &ends_local).await
}

#[tauri::command]
pub async fn session_move(
    state: State<'_, AppState>,
    id: String,
    starts_local: String,
    ends_local: String,
    allow_conflict: bool,
) -> Reply<Session> {
    state.malaka.session_move(&id, &starts_local, &ends_local, allow_conflict).await
}

#[tauri::command]
pub async fn session_cancel(state: State<'_, AppState>, id: String, reason: String) -> Reply<Session> {
    state.malaka.session_cancel(&id, &reason).await
}

#[tauri::command]
pub async fn calendar(state: State<'_, AppState>, query: CalendarQuery) -> Reply<Vec<CalendarEntry>> {
    state.malaka.calendar(&query).await
}

#[tauri::command]
pub async fn enrolment_nominate(
    state: State<'_, AppState>,
    activity_id: String,
    person_ids: Vec<String>,
    role: EnrolmentRole,
) -> Reply<NominationReport> {
    state.malaka.enrolment_nominate(&activity_id, &person_ids, role).await
}

#[tauri::command]
pub async fn enrolment_nominate_unit(
    state: State<'_, AppState>,
    activity_id: String,
    unit_id: String,
    role: EnrolmentRole,
) -> Reply<NominationReport> {
    state.malaka.enrolment_nominate_unit(&activity_id, &unit_id, role).await
}

#[tauri::command]
pub async fn enrolment_approve(state: State<'_, AppState>, enrolment_ids: Vec<String>) -> Reply<Vec<Enrolment>> {
    state.malaka.enrolment_approve(&enrolment_ids).await
}

#[tauri::command]
pub async fn enrolment_decline(
    state: State<'_, AppState>,
    enrolment_ids: Vec<String>,
    reason: String,
) -> Reply<Vec<Enrolment>> {
    state.malaka.enrolment_decline(&enrolment_ids, &reason).await
}

#[tauri::command]
pub async fn enrolment_cancel(
    state: State<'_, AppState>,
    enrolment_id: String,
    reason: Option<String>,
) -> Reply<Cancellation> {
    state.malaka.enrolment_cancel(&enrolment_id, reason.as_deref()).await
}

fn write(path: &PathBuf, bytes: &[u8]) -> Reply<u64> {
    std::fs::write(path, bytes).map_err(|e| Error::File(format!("{}: {e}", path.display())))?;
    Ok(bytes.len() as u64)
}

#[tauri::command]
pub async fn schedule_ics_save(
    state: State<'_, AppState>,
    activity_id: Option<String>,
    person_id: Option<String>,
    path: PathBuf,
) -> Reply<u64> {
    let of = match (activity_id, person_id) {
        (Some(a), _) => ScheduleOf::Activity(a),
        (None, Some(p)) => ScheduleOf::Person(p),
        (None, None) => {
            return Err(Error::Invalid { field: "activity".into(), message: "choose whose schedule".into() });
        }
    };
    write(&path, state.malaka.schedule_ics(&of).await?.as_bytes())
}

#[tauri::command]
pub async fn participants_save(
    state: State<'_, AppState>,
    activity_id: String,
    format: String,
    locale: String,
    path: PathBuf,
) -> Reply<u64> {
    let bytes = state.malaka.participants_file(&activity_id, ListFormat::parse(&format)?, &locale).await?;
    write(&path, &bytes)
}
