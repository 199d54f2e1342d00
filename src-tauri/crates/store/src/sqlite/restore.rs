//! Putting a backup in the database's place: the backup is checked first (a Malaka register,
//! healthy, written by this version or an earlier one), the current file is kept beside it, and
//! nothing is replaced while another program has the database open.

use std::path::{Path, PathBuf};

use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use sqlx::{ConnectOptions, Connection};

use super::presence::{self, Presence};
use super::{Error, MIGRATOR, Result, maintenance};

/// Checks that `backup` can replace a database: readable as SQLite, a Malaka register whose
/// migrations this version knows, and healthy (integrity and foreign keys). Reads only.
pub async fn check_backup(backup: &Path) -> Result<()> {
    let file = backup.to_path_buf();
    let mut conn = SqliteConnectOptions::new()
        .filename(backup)
        .read_only(true)
        .connect()
        .await
        .map_err(|_| Error::NotARegister(file.clone()))?;
    let outcome = inspect(&mut conn, &file).await;
    conn.close().await?;
    outcome
}

async fn inspect(conn: &mut SqliteConnection, file: &Path) -> Result<()> {
    let versions: Vec<i64> =
        match sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success").fetch_all(&mut *conn).await {
            Ok(v) if !v.is_empty() => v,
            _ => return Err(Error::NotARegister(file.to_path_buf())),
        };
    if versions.iter().any(|v| !MIGRATOR.iter().any(|m| m.version == *v)) {
        return Err(Error::FromNewerVersion(file.to_path_buf()));
    }
    let problems = maintenance::problems_in(conn).await?;
    if !problems.is_empty() {
        return Err(Error::Damaged { file: file.to_path_buf(), problems });
    }
    Ok(())
}

/// Replaces the (closed) database at `db` with a checked copy of `backup`; the current file is
/// renamed to `<name>.before-restore-<stamp>` beside it (with its `-wal`/`-shm`, if any), and its
/// path returned. Refused while another program has the database open.
pub async fn restore(db: &Path, backup: &Path, stamp: &str) -> Result<PathBuf> {
    check_backup(backup).await?;
    let Some(_alone) = Presence::alone(db).map_err(|e| Error::Io(format!("{}: {e}", db.display())))? else {
        return Err(Error::InUse(db.to_path_buf()));
    };
    let io = |p: &Path, e: std::io::Error| Error::Io(format!("{}: {e}", p.display()));
    // The copy first: if it fails, nothing has changed.
    let incoming = with_suffix(db, ".restoring");
    std::fs::copy(backup, &incoming).map_err(|e| io(&incoming, e))?;
    std::fs::File::open(&incoming).and_then(|f| f.sync_all()).map_err(|e| io(&incoming, e))?;
    let kept = with_suffix(db, &format!(".before-restore-{stamp}"));
    if db.exists() {
        for (from, to) in [("", ""), ("-wal", "-wal"), ("-shm", "-shm")] {
            let (from, to) = (with_suffix(db, from), with_suffix(&kept, to));
            if from.exists() {
                std::fs::rename(&from, &to).map_err(|e| io(&from, e))?;
            }
        }
    }
    std::fs::rename(&incoming, db).map_err(|e| io(db, e))?;
    presence::mark_clean(db).map_err(|e| io(db, e))?;
    Ok(kept)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}
