//! Where the default database lives: the same file for the desktop app and the `malaka` command.

use std::path::PathBuf;

/// The desktop app's identifier (tauri.conf.json); Tauri's app data dir is `<data dir>/<identifier>`.
pub const APP_IDENTIFIER: &str = "uz.malaka.desktop";
pub const DB_FILE: &str = "malaka.db";

/// `<platform data dir>/uz.malaka.desktop`: the desk's own files (the default register, its logs
/// and templates; for a team database, the logs and templates alone).
pub fn data_dir() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join(APP_IDENTIFIER))
}

/// `<platform data dir>/uz.malaka.desktop/malaka.db` (on Linux `$XDG_DATA_HOME` or `~/.local/share`).
pub fn default_db_path() -> Option<PathBuf> {
    data_dir().map(|d| d.join(DB_FILE))
}
