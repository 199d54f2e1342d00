//! Plan exports: an iCalendar schedule and the participant list, saved to a chosen file.

use malaka_api::core::Reason;
use malaka_api::plan_export::{ListFormat, ScheduleOf};
use malaka_api::{Error, Malaka};
use tauri::State;

use super::Reply;
use crate::AppState;

/// Writes `bytes` to the file the user named in the save dialog (`token`).
fn write(malaka: &Malaka, token: &str, bytes: &[u8]) -> Reply<u64> {
    crate::picks::save_export(malaka, token, bytes)?;
    Ok(bytes.len() as u64)
}

#[tauri::command]
pub async fn schedule_ics_save(
    state: State<'_, AppState>,
    activity_id: Option<String>,
    person_id: Option<String>,
    path: String,
) -> Reply<u64> {
    let of = match (activity_id, person_id) {
        (Some(a), _) => ScheduleOf::Activity(a),
        (None, Some(p)) => ScheduleOf::Person(p),
        (None, None) => {
            return Err(Error::invalid("activity", Reason::Required));
        }
    };
    let malaka = state.malaka().await?;
    let ics = malaka.schedule_ics(&of).await?;
    write(&malaka, &path, ics.as_bytes())
}

#[tauri::command]
pub async fn participants_save(
    state: State<'_, AppState>,
    activity_id: String,
    format: String,
    locale: String,
    path: String,
) -> Reply<u64> {
    let malaka = state.malaka().await?;
    let bytes = malaka.participants_file(&activity_id, ListFormat::parse(&format)?, &locale).await?;
    write(&malaka, &path, &bytes)
}
