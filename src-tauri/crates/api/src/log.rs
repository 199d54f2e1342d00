//! The log file: storage internals and the system's own words about files go here, never to a
//! screen. It lives in a `logs` folder beside the database (`<data dir>/uz.malaka.desktop/logs/
//! malaka.log` by default), rotated at 1 MiB with the last five files kept.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use flexi_logger::{Cleanup, Criterion, Duplicate, FileSpec, Logger, LoggerHandle, Naming, WriteMode};

/// Bytes a log file grows to before the next one starts.
const ROTATE_AT: u64 = 1024 * 1024;
/// Rotated files kept beside the current one.
const KEEP: usize = 5;

static LOG: OnceLock<(PathBuf, LoggerHandle)> = OnceLock::new();

/// The folder the log of the database at `db` goes to.
pub fn dir_for(db: &Path) -> PathBuf {
    db.parent().unwrap_or(Path::new(".")).join("logs")
}

/// Starts writing the log into `dir`. A process has one log: a second call keeps the first.
/// Returns the current log file, or why none could be started (then errors say only "could not
/// save", without a path).
pub fn init(dir: &Path) -> Result<PathBuf, String> {
    if let Some((file, _)) = LOG.get() {
        return Ok(file.clone());
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let spec = FileSpec::default().directory(dir).basename("malaka").suppress_timestamp();
    let file = spec.as_pathbuf(None);
    let handle = Logger::try_with_str("info")
        .map_err(|e| e.to_string())?
        .log_to_file(spec)
        // Always written to `malaka.log` (the path errors name); a full one is renamed with its
        // time, `malaka_r2026-12-06_16-30-00.log`.
        .rotate(
            Criterion::Size(ROTATE_AT),
            Naming::TimestampsCustomFormat { current_infix: Some(""), format: "r%Y-%m-%d_%H-%M-%S" },
            Cleanup::KeepLogFiles(KEEP),
        )
        .append()
        .write_mode(WriteMode::Direct)
        .duplicate_to_stderr(Duplicate::None)
        .format_for_files(flexi_logger::detailed_format)
        .start()
        .map_err(|e| e.to_string())?;
    let _ = LOG.set((file, handle));
    file_or_err()
}

fn file_or_err() -> Result<PathBuf, String> {
    file().ok_or_else(|| "the log was started by another thread".into())
}

/// The current log file, once [`init`] has started one.
pub fn file() -> Option<PathBuf> {
    LOG.get().map(|(file, _)| file.clone())
}
