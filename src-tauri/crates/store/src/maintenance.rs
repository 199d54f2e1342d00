//! Keeping a register healthy: integrity checks, safe backups, rewriting the file. These work on a
//! local file; a team database is kept by its server (`pg_dump` for backups, see docs/team-mode.md).

use std::path::Path;

use crate::{Error, Result, Store};

fn file_of(store: &Store) -> Result<&crate::sqlite::SqliteStore> {
    store.sqlite().ok_or(Error::NotInTeamMode("maintenance"))
}

/// `PRAGMA integrity_check` and a foreign-key check; an empty list means healthy. A server
/// checks its own pages and never lets a reference dangle: nothing to find from a desk.
pub async fn check(store: &Store) -> Result<Vec<String>> {
    match store.sqlite() {
        Some(file) => crate::sqlite::maintenance::check(file).await,
        None => Ok(Vec::new()),
    }
}

/// Checks the database (`PRAGMA quick_check`: a backup must not pass damage on as a good copy),
/// writes a consistent copy with `VACUUM INTO` to a temporary file beside `out`, checks the copy,
/// then renames it into place, so `out` is never a half-written file. Returns the size in bytes.
pub async fn backup(store: &Store, out: &Path) -> Result<u64> {
    crate::sqlite::maintenance::backup(file_of(store)?, out).await
}

/// Rewrites the whole file (`VACUUM`) and empties the WAL, so content just deleted or replaced
/// (a signing key's plain seed) no longer lies in free pages or the log. On a server the old row
/// versions are the server's to reclaim (`VACUUM` there, by its administrator).
pub async fn vacuum(store: &Store) -> Result<()> {
    match store.sqlite() {
        Some(file) => crate::sqlite::maintenance::vacuum(file).await,
        None => Ok(()),
    }
}
