//! Where the default database lives: the same file for the desktop app and the `malaka` command.

use std::path::PathBuf;

/// The desktop app's identifier (tauri.conf.json); Tauri's app data dir is `<data dir>/<identifier>`.
pub const APP_IDENTIFIER: &str = "uz.malaka.desktop";
pub const DB_FILE: &str = "malaka.db";

/// `<platform data dir>/uz.malaka.desktop/malaka.db` (on Linux `$XDG_DATA_HOME` or `~/.local/share`).
pub fn default_db_path() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join(APP_IDENTIFIER).join(DB_FILE))
}
