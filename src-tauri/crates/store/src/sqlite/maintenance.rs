//! Keeping the database file healthy: integrity checks and safe backups.

use std::path::Path;

use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection, SqliteJournalMode};
use sqlx::{ConnectOptions, Connection};

use super::{Error, Result, SqliteStore as Store};

pub async fn check(store: &Store) -> Result<Vec<String>> {
    let mut conn = store.read().await?;
    problems_in(&mut conn).await
}

pub(crate) async fn problems_in(conn: &mut SqliteConnection) -> Result<Vec<String>> {
    let mut problems: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check").fetch_all(&mut *conn).await?;
    problems.retain(|p| p != "ok");
    let fk: Vec<(String, i64, String)> =
        sqlx::query_as("SELECT \"table\", rowid, parent FROM pragma_foreign_key_check").fetch_all(&mut *conn).await?;
    problems.extend(fk.into_iter().map(|(t, row, parent)| format!("{t} row {row} refers to a missing {parent}")));
    Ok(problems)
}

/// Checks a database file on one connection of its own, closed before returning, and leaves
/// the file in rollback-journal mode with no `-wal` or `-shm` beside it. (A pool's connections
/// can outlive its `close()` by a moment; one of them then wrote into the file after it had
/// been renamed, and the copy read back short.)
async fn check_file(path: &Path) -> Result<Vec<String>> {
    let mut conn = SqliteConnectOptions::new()
        .filename(path)
        .journal_mode(SqliteJournalMode::Delete)
        .foreign_keys(true)
        .connect()
        .await?;
    let problems = problems_in(&mut conn).await;
    conn.close().await?;
    problems
}

pub async fn backup(store: &Store, out: &Path) -> Result<u64> {
    let damage = store.quick_check().await?;
    if !damage.is_empty() {
        return Err(Error::Damaged { file: store.path().to_path_buf(), problems: damage });
    }
    let dir = out.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| Error::Io(format!("{}: {e}", dir.display())))?;
    let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "backup".into());
    let tmp = dir.join(format!(".{name}.partial"));
    let _ = std::fs::remove_file(&tmp);
    let tmp_text = tmp.to_str().ok_or_else(|| Error::Io(format!("{}: path is not UTF-8", tmp.display())))?;
    let mut conn = store.read().await?;
    sqlx::query("VACUUM INTO ?").bind(tmp_text).execute(&mut *conn).await?;
    drop(conn);
    match check_file(&tmp).await {
        Ok(p) if p.is_empty() => {}
        Ok(p) => {
            let _ = std::fs::remove_file(&tmp);
            return Err(Error::Damaged { file: tmp, problems: p });
        }
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
    }
    std::fs::rename(&tmp, out).map_err(|e| Error::Io(format!("{}: {e}", out.display())))?;
    std::fs::metadata(out).map(|m| m.len()).map_err(|e| Error::Io(format!("{}: {e}", out.display())))
}

pub async fn vacuum(store: &Store) -> Result<()> {
    let mut conn = store.writer_connection().await?;
    sqlx::query("VACUUM").execute(&mut *conn).await?;
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&mut *conn).await?;
    Ok(())
}
