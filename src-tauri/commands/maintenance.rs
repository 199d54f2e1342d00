//! The app as a whole: what the database holds, the first-run demo, and opening what it saved.

use malaka_api::Error;
use malaka_api::core::Reason;
use malaka_api::demo::DemoSummary;
use malaka_api::maintenance::Stats;
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn app_stats(state: State<'_, AppState>) -> Reply<Stats> {
    state.malaka().await?.stats().await
}

/// The UI calls this once its first screen is painted; the cold-start time in milliseconds.
/// With `MALAKA_REPORT_STARTUP` set it is also printed, for the benchmark harness.
#[tauri::command]
pub fn app_first_paint() -> u64 {
    let ms = crate::started().elapsed().as_millis() as u64;
    if std::env::var_os("MALAKA_REPORT_STARTUP").is_some() {
        println!("malaka: first screen painted {ms} ms after start");
    }
    ms
}

/// The integrity check the UI starts after its first screen: opening no longer reads the whole
/// file, so damage is found here and shown to the user (code `damaged`).
#[tauri::command]
pub async fn database_quick_check(state: State<'_, AppState>) -> Reply<()> {
    state.malaka().await?.quick_check().await
}

/// Writes a checked copy of the database to `path` (a new file); its size in bytes.
#[tauri::command]
pub async fn database_backup(state: State<'_, AppState>, path: String) -> Reply<u64> {
    let size = state.malaka().await?.backup(&crate::picks::to_write(&path)?).await?;
    crate::picks::wrote(&path);
    Ok(size)
}

/// Replaces the database with the backup at `path` and starts the app again on it. The backup is
/// checked before anything is closed; a refusal then leaves everything as it was.
#[tauri::command]
pub async fn database_restore(app: tauri::AppHandle, state: State<'_, AppState>, path: String) -> Reply<()> {
    let path = crate::picks::to_read(&path)?;
    state.malaka().await?.restore_check(&path).await?;
    let db = state.malaka().await?.location();
    // The app's database is closed now: whatever the outcome, it starts again (on the restored
    // file, or on the untouched one if another program held it), and the log says what happened.
    match state.malaka().await?.clone().restore(&path).await {
        Ok(done) => log::info!("restored {db} from {}; kept {}", path.display(), done.kept),
        Err(e) => log::error!("restore of {db} from {} failed: {e}", path.display()),
    }
    app.restart()
}

#[tauri::command]
pub async fn demo_load(state: State<'_, AppState>) -> Reply<DemoSummary> {
    state.malaka().await?.demo_load().await
}

/// The kinds of file Malaka writes, and so the only ones it opens: never a program.
const OPENABLE: [&str; 5] = ["pdf", "ics", "xlsx", "csv", "json"];

/// Opens a file the app saved (a printed PDF, an export) in the system's program for it.
#[tauri::command]
pub fn file_open(path: String) -> Reply<()> {
    open_saved(&crate::picks::written(&path)?)
}

fn open_saved(path: &std::path::Path) -> Reply<()> {
    let extension = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).unwrap_or_default();
    if !OPENABLE.contains(&extension.as_str()) {
        let allowed = OPENABLE.iter().map(|e| (*e).to_owned()).collect();
        return Err(Error::invalid("path", Reason::NotOneOf { value: extension, allowed }));
    }
    if !path.is_file() {
        return Err(Error::File(Reason::FileNotFound { file: path.display().to_string() }));
    }
    // Detached: the viewer outlives nothing here and the app never waits for it.
    open::that_detached(path).map_err(|e| Error::io(path, &e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_malaka_saves_are_opened_and_they_must_exist() {
        let dir = tempfile::tempdir().unwrap();
        let script = dir.path().join("run.sh");
        std::fs::write(&script, "#!/bin/sh\n").unwrap();
        // A path is not a file the user picked.
        let unpicked = file_open(script.display().to_string()).unwrap_err();
        assert_eq!(unpicked.reason(), Reason::FileNotPicked);
        let refused = open_saved(&script).unwrap_err();
        assert_eq!(refused.code(), malaka_api::ErrorCode::Invalid, "{refused}");
        let missing = open_saved(&dir.path().join("gone.PDF")).unwrap_err();
        assert_eq!(missing.code(), malaka_api::ErrorCode::File);
        assert!(missing.to_string().contains("no such file"), "{missing}");
    }
}
