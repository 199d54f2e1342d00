//! Files only from the user: the open, save and folder dialogs open here, in Rust, and the web
//! view gets a random token for what the user chose. Commands that read or write a file take
//! that token, never a path, so a page that went wrong cannot name a file of its own choosing.
//!
//! A save token writes once (then it may only be opened in the viewer; a write that failed may
//! be tried again); a file picked to open may be read again (the import reads it for the preview
//! and again for the import).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{LazyLock, Mutex};

use malaka_api::Error;
use malaka_api::core::Reason;
use serde::Serialize;
use tauri::AppHandle;
use tauri_plugin_dialog::{DialogExt, FilePath};

use crate::commands::Reply;

/// What the user chose: the token to hand back, and the path to show them.
#[derive(Debug, Clone, Serialize)]
pub struct Picked {
    pub token: String,
    pub path: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Use {
    /// A file to read, as often as needed.
    Read,
    /// A file to write once; `written` once it was.
    Write { written: bool },
    /// A folder to write files into.
    Folder,
}

struct Entry {
    path: PathBuf,
    usage: Use,
}

static PICKED: LazyLock<Mutex<HashMap<String, Entry>>> = LazyLock::new(Default::default);

fn remember(path: PathBuf, usage: Use) -> Reply<Picked> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| Error::storage(format!("no randomness for a file token: {e}")))?;
    let token = hex::encode(bytes);
    let shown = path.display().to_string();
    PICKED.lock().unwrap_or_else(|p| p.into_inner()).insert(token.clone(), Entry { path, usage });
    Ok(Picked { token, path: shown })
}

fn not_picked() -> Error {
    Error::invalid("path", Reason::FileNotPicked)
}

fn with_entry<T>(token: &str, f: impl FnOnce(&mut Entry) -> Option<T>) -> Reply<T> {
    let mut picked = PICKED.lock().unwrap_or_else(|p| p.into_inner());
    picked.get_mut(token).and_then(f).ok_or_else(not_picked)
}

/// The file the user picked to read.
pub fn to_read(token: &str) -> Reply<PathBuf> {
    with_entry(token, |e| (e.usage == Use::Read).then(|| e.path.clone()))
}

/// The file the user named in a save dialog, not yet written; [`wrote`] once it is.
pub fn to_write(token: &str) -> Reply<PathBuf> {
    with_entry(token, |e| (e.usage == Use::Write { written: false }).then(|| e.path.clone()))
}

/// The save token's file is written: it writes no more, and may now be opened.
pub fn wrote(token: &str) {
    let _ = with_entry(token, |e| {
        e.usage = Use::Write { written: true };
        Some(())
    });
}

/// Writes an export to the file the user named (`token`), through the register's guard.
pub fn save_export(app: &malaka_api::Malaka, token: &str, bytes: &[u8]) -> Reply<()> {
    app.save_export(&to_write(token)?, bytes)?;
    wrote(token);
    Ok(())
}

/// The folder the user picked to write into.
pub fn folder(token: &str) -> Reply<PathBuf> {
    with_entry(token, |e| (e.usage == Use::Folder).then(|| e.path.clone()))
}

/// A file the app wrote where the user said, to open in its viewer.
pub fn written(token: &str) -> Reply<PathBuf> {
    with_entry(token, |e| (e.usage == Use::Write { written: true }).then(|| e.path.clone()))
}

fn chosen(path: Option<FilePath>, usage: Use) -> Reply<Option<Picked>> {
    match path.map(FilePath::into_path) {
        None => Ok(None),
        Some(Ok(path)) => remember(path, usage).map(Some),
        Some(Err(e)) => Err(Error::storage(format!("the dialog gave no file path: {e}"))),
    }
}

/// The file type a default name asks for (`.pdf` unless the name says otherwise).
fn extension_of(name: &str) -> String {
    Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .filter(|e| (1..=5).contains(&e.len()) && e.chars().all(|c| c.is_ascii_alphanumeric()))
        .map_or_else(|| "pdf".to_owned(), str::to_ascii_lowercase)
}

/// The native open dialog for one file of the given extensions; null if cancelled.
#[tauri::command]
pub async fn pick_open_file(
    app: AppHandle,
    title: String,
    filter_name: String,
    extensions: Vec<String>,
) -> Reply<Option<Picked>> {
    let extensions: Vec<&str> = extensions.iter().map(String::as_str).collect();
    let dialog = app.dialog().file().set_title(title).add_filter(filter_name, &extensions);
    chosen(dialog.blocking_pick_file(), Use::Read)
}

/// The native dialog for choosing a folder to write into; null if cancelled.
#[tauri::command]
pub async fn pick_folder(app: AppHandle, title: String) -> Reply<Option<Picked>> {
    chosen(app.dialog().file().set_title(title).blocking_pick_folder(), Use::Folder)
}

/// The native save dialog, filtered to the default name's file type; null if cancelled.
#[tauri::command]
pub async fn pick_save_file(
    app: AppHandle,
    title: String,
    filter_name: String,
    default_name: String,
) -> Reply<Option<Picked>> {
    let extension = extension_of(&default_name);
    let dialog =
        app.dialog().file().set_title(title).add_filter(filter_name, &[extension.as_str()]).set_file_name(default_name);
    chosen(dialog.blocking_save_file(), Use::Write { written: false })
}

/// WebDriver cannot drive a native dialog: the end-to-end suite names its file and what it is
/// for (`read`, `write` or `folder`), and it is taken as if picked. Only in the suite's build:
/// anywhere else it refuses, like any path the user did not pick.
#[tauri::command]
pub fn e2e_pick(path: PathBuf, purpose: String) -> Reply<Picked> {
    if !cfg!(feature = "e2e") {
        return Err(not_picked());
    }
    let usage = match purpose.as_str() {
        "read" => Use::Read,
        "folder" => Use::Folder,
        _ => Use::Write { written: false },
    };
    remember(path, usage)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_names_only_what_was_picked_and_for_what() {
        let read = remember(PathBuf::from("/tmp/people.xlsx"), Use::Read).unwrap();
        let save = remember(PathBuf::from("/tmp/report.pdf"), Use::Write { written: false }).unwrap();
        assert_ne!(read.token, save.token);
        assert_eq!(read.token.len(), 32);
        // Read as often as needed, never written to.
        assert_eq!(to_read(&read.token).unwrap(), PathBuf::from("/tmp/people.xlsx"));
        assert_eq!(to_read(&read.token).unwrap(), PathBuf::from("/tmp/people.xlsx"));
        assert!(to_write(&read.token).is_err());
        // Written once, then only opened.
        assert!(written(&save.token).is_err());
        // A write that failed may be tried again; one that succeeded is not repeated.
        assert_eq!(to_write(&save.token).unwrap(), PathBuf::from("/tmp/report.pdf"));
        assert_eq!(to_write(&save.token).unwrap(), PathBuf::from("/tmp/report.pdf"));
        wrote(&save.token);
        assert_eq!(to_write(&save.token).unwrap_err().reason(), Reason::FileNotPicked);
        assert_eq!(written(&save.token).unwrap(), PathBuf::from("/tmp/report.pdf"));
        // A path is not a token.
        assert_eq!(to_read("/etc/passwd").unwrap_err().reason(), Reason::FileNotPicked);
        assert!(folder(&read.token).is_err());
    }

    #[test]
    fn the_save_filter_follows_the_default_name() {
        assert_eq!(extension_of("report.XLSX"), "xlsx");
        assert_eq!(extension_of("sheet"), "pdf");
        assert_eq!(extension_of("schedule.ics"), "ics");
        assert_eq!(extension_of("odd.name with spaces"), "pdf");
    }
}
