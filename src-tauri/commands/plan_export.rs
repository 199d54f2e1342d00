//! Plan exports: an iCalendar schedule and the participant list, saved to a chosen file.

use std::path::PathBuf;

use malaka_api::core::Reason;
use malaka_api::plan_export::{ListFormat, ScheduleOf};
use malaka_api::{Error, Malaka};
use tauri::State;

use super::Reply;
use crate::AppState;

fn write(malaka: &Malaka, path: &std::path::Path, bytes: &[u8]) -> Reply<u64> {
    malaka.save_export(path, bytes)?;
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
            return Err(Error::invalid("activity", Reason::Required));
        }
    };
    let malaka = state.malaka().await?;
    write(&malaka, &path, malaka.schedule_ics(&of).await?.as_bytes())
}

#[tauri::command]
pub async fn participants_save(
    state: State<'_, AppState>,
    activity_id: String,
    format: String,
    locale: String,
    path: PathBuf,
) -> Reply<u64> {
    let malaka = state.malaka().await?;
    let bytes = malaka.participants_file(&activity_id, ListFormat::parse(&format)?, &locale).await?;
    write(&malaka, &path, &bytes)
}
