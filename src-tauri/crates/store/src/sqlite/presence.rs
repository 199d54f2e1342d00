//! Whether the last program to use a database file closed it cleanly.
//!
//! Checking a 1.5 GB register takes seconds, so the store checks it at open only when the
//! previous session did not end cleanly (a crash, a power cut, a killed process). Beside the
//! database sits `<file>.in-use`: every process that has the database open holds a shared lock on
//! it; the first to arrive writes `open` into it and the last to leave writes `clean`. A process
//! that dies loses its lock but leaves `open` behind, so the next one to arrive alone finds it.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

const OPEN: &str = "open";
const CLEAN: &str = "clean";

/// This process's share in the database file; [`Presence::leave`] marks a clean close.
#[derive(Debug)]
pub(crate) struct Presence {
    file: File,
}

/// What arriving found out about the previous session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Previous {
    /// Closed cleanly, or still in use by another process (which keeps it consistent).
    Clean,
    /// Left open by a program that never closed it: check the file before trusting it.
    Unclean,
    /// No record of the previous session (a new file, or one written by an earlier version).
    Unknown,
}

/// The marker file for a database at `db`.
pub(crate) fn marker_path(db: &Path) -> PathBuf {
    let mut name = db.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".in-use");
    db.with_file_name(name)
}

impl Presence {
    /// Joins the processes using the database at `db` and says how the previous session ended.
    pub(crate) fn arrive(db: &Path) -> std::io::Result<(Presence, Previous)> {
        let mut file = open_marker(db)?;
        let previous = match file.try_lock() {
            Ok(()) => {
                // Alone: whatever the file says is the last word of the last process.
                let previous = match read_state(&mut file)?.as_str() {
                    OPEN => Previous::Unclean,
                    CLEAN => Previous::Clean,
                    _ => Previous::Unknown,
                };
                write_state(&mut file, OPEN)?;
                file.unlock()?;
                previous
            }
            Err(TryLockError::WouldBlock) => Previous::Clean,
            Err(TryLockError::Error(e)) => return Err(e),
        };
        // Another process may take the exclusive lock between the unlock above and this line; it
        // then reads `open` and checks the file once more than needed, which is only slower.
        file.lock_shared()?;
        Ok((Presence { file }, previous))
    }

    /// Leaves; the last process to leave records a clean close. Call after every connection to
    /// the database is closed.
    pub(crate) fn leave(mut self) -> std::io::Result<()> {
        self.file.unlock()?;
        match self.file.try_lock() {
            Ok(()) => {
                write_state(&mut self.file, CLEAN)?;
                self.file.unlock()
            }
            Err(TryLockError::WouldBlock) => Ok(()),
            Err(TryLockError::Error(e)) => Err(e),
        }
    }
}

/// An exclusive hold on the database for a change no other program may see happen (a restore):
/// `None` while another process has the database open. Released when dropped.
pub(crate) struct Alone {
    _file: File,
}

impl Presence {
    pub(crate) fn alone(db: &Path) -> std::io::Result<Option<Alone>> {
        let file = open_marker(db)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(Alone { _file: file })),
            Err(TryLockError::WouldBlock) => Ok(None),
            Err(TryLockError::Error(e)) => Err(e),
        }
    }
}

/// Records that the file at `db` needs no check at its next open (it was just checked whole).
pub(crate) fn mark_clean(db: &Path) -> std::io::Result<()> {
    let mut file = open_marker(db)?;
    write_state(&mut file, CLEAN)
}

fn open_marker(db: &Path) -> std::io::Result<File> {
    OpenOptions::new().read(true).write(true).create(true).truncate(false).open(marker_path(db))
}

fn read_state(file: &mut File) -> std::io::Result<String> {
    let mut text = String::new();
    file.seek(SeekFrom::Start(0))?;
    // A marker is a word; anything longer was not written by Malaka.
    Read::by_ref(file).take(16).read_to_string(&mut text).ok();
    Ok(text.trim().to_owned())
}

fn write_state(file: &mut File, state: &str) -> std::io::Result<()> {
    file.set_len(0)?;
    file.seek(SeekFrom::Start(0))?;
    file.write_all(state.as_bytes())?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_that_never_left_is_unclean_and_a_closed_one_is_clean() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("m.db");
        let (first, previous) = Presence::arrive(&db).unwrap();
        assert_eq!(previous, Previous::Unknown);
        first.leave().unwrap();
        let (second, previous) = Presence::arrive(&db).unwrap();
        assert_eq!(previous, Previous::Clean);
        // A crash: the lock goes with the process, the word `open` stays.
        drop(second);
        let (third, previous) = Presence::arrive(&db).unwrap();
        assert_eq!(previous, Previous::Unclean);
        third.leave().unwrap();
        assert_eq!(std::fs::read_to_string(marker_path(&db)).unwrap(), CLEAN);
    }

    #[test]
    fn only_the_last_to_leave_marks_the_file_clean() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("m.db");
        let (desktop, _) = Presence::arrive(&db).unwrap();
        let (command, previous) = Presence::arrive(&db).unwrap();
        assert_eq!(previous, Previous::Clean, "a file in use by a live process is consistent");
        command.leave().unwrap();
        assert_eq!(std::fs::read_to_string(marker_path(&db)).unwrap(), OPEN);
        desktop.leave().unwrap();
        assert_eq!(std::fs::read_to_string(marker_path(&db)).unwrap(), CLEAN);
    }
}
