//! The SQLite backend: one file on this desk, opened with the settings of DESIGN.md §5 — WAL,
//! `synchronous=FULL`, foreign keys, a 5 s busy timeout, one writer connection whose transactions
//! start with `BEGIN IMMEDIATE`, and a small read pool.

pub mod account;
pub mod activity;
pub mod attendance;
pub mod audit;
mod batch;
pub mod calendar;
pub mod certificate;
pub mod certificate_report;
mod codec;
pub mod completion;
pub mod dashboard;
pub mod enrolment;
pub mod import;
pub mod internship;
pub mod maintenance;
pub mod organisation;
pub mod person;
mod person_token;
mod presence;
pub mod programme;
mod rebuild;
pub mod report;
pub mod restore;
pub mod session;
pub mod signing_key;
pub mod trainer;
pub mod trainer_report;
pub mod transcript;
pub mod venue;
pub mod visit;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use sqlx::pool::PoolConnection;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqlitePool, Transaction};

pub(crate) use crate::{Error, Result};
use presence::{Presence, Previous};

/// The connection every SQLite query runs on: a read connection or an open write transaction.
pub(crate) type Conn = sqlx::SqliteConnection;

pub(crate) static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

/// Readers beyond this gain nothing on a 2-core desktop and cost file handles.
const READERS: u32 = 4;

/// The writer keeps up to 64 MiB of pages (SQLite's default is 2 MiB), so an import of 100,000
/// people updates its index pages in memory instead of spilling them to the WAL again and again.
/// Negative: KiB, as `PRAGMA cache_size` counts.
const WRITER_CACHE: &str = "-65536";

/// An open Malaka database.
#[derive(Clone)]
pub struct SqliteStore {
    writer: SqlitePool,
    reader: SqlitePool,
    path: PathBuf,
    /// Taken by [`Store::close`]; shared by the clones, like the pools.
    presence: Arc<Mutex<Option<Presence>>>,
    checked_at_open: bool,
}

fn options(path: &Path) -> SqliteConnectOptions {
    SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5))
        .pragma("temp_store", "memory")
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    ///
    /// The file is checked (`PRAGMA quick_check`, which reads all of it) only when the previous
    /// session did not close it cleanly or left no record of how it ended; otherwise the check
    /// is the caller's to run later ([`Store::quick_check`]) so that opening stays instant.
    pub async fn open(path: &Path) -> Result<SqliteStore> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::Io(format!("{}: {e}", dir.display())))?;
        }
        let existed = std::fs::metadata(path).map(|m| m.len() > 0).unwrap_or(false);
        // Without a marker (a read-only folder) every open is treated as after a crash.
        let (presence, previous) = match Presence::arrive(path) {
            Ok((presence, previous)) => (Some(presence), previous),
            Err(e) => {
                log::warn!("{}: cannot record use of the database: {e}", presence::marker_path(path).display());
                (None, Previous::Unclean)
            }
        };
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(options(path).pragma("cache_size", WRITER_CACHE))
            .await?;
        let check = existed && previous != Previous::Clean;
        if check {
            log::info!("{}: not closed cleanly last time ({previous:?}); checking it", path.display());
            let damage = quick_check_on(&writer).await?;
            if !damage.is_empty() {
                writer.close().await;
                return Err(Error::Damaged { file: path.to_path_buf(), problems: damage });
            }
        }
        MIGRATOR.run(&writer).await?;
        rebuild::run_pending(&writer).await?;
        let reader = SqlitePoolOptions::new()
            .max_connections(READERS)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(options(path))
            .await?;
        Ok(SqliteStore {
            writer,
            reader,
            path: path.to_path_buf(),
            presence: Arc::new(Mutex::new(presence)),
            checked_at_open: check,
        })
    }

    /// Whether [`Store::open`] checked the file (the previous session did not end cleanly), so a
    /// background check now would only repeat it.
    pub fn checked_at_open(&self) -> bool {
        self.checked_at_open
    }

    /// `PRAGMA quick_check` on a read connection: every page and row, not the index contents. It
    /// reads the whole file (seconds for a national register), so run it off the UI's path. An
    /// empty list means healthy.
    pub async fn quick_check(&self) -> Result<Vec<String>> {
        quick_check_on(&self.reader).await
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Starts the one write transaction; others wait (up to the busy timeout) instead of failing.
    /// The writer's connection outside a transaction, for statements that cannot run in one.
    pub(crate) async fn writer_connection(&self) -> Result<PoolConnection<Sqlite>> {
        Ok(self.writer.acquire().await?)
    }

    pub async fn begin(&self) -> Result<Transaction<'static, Sqlite>> {
        Ok(self.writer.begin_with("BEGIN IMMEDIATE").await?)
    }

    /// A connection for reads; it sees the last committed state.
    pub async fn read(&self) -> Result<PoolConnection<Sqlite>> {
        Ok(self.reader.acquire().await?)
    }

    /// Lets the writer connection keep up to `mib` MiB of pages in memory (SQLite's default is 2 MiB).
    /// A bulk load of millions of rows then touches each index page once per transaction instead
    /// of spilling it to the WAL again and again. Lasts until the store is closed.
    pub async fn set_writer_cache_mib(&self, mib: u32) -> Result<()> {
        let kib = i64::from(mib) * 1024;
        sqlx::query(&format!("PRAGMA cache_size = -{kib}")).execute(&self.writer).await?;
        Ok(())
    }

    /// Closes every connection, folding the WAL back into the database file, and records the
    /// clean close. Every clone of this store is closed with it.
    pub async fn close(self) {
        let _ = sqlx::query("PRAGMA optimize").execute(&self.writer).await;
        self.reader.close().await;
        self.writer.close().await;
        let presence = self.presence.lock().map(|mut p| p.take()).unwrap_or(None);
        if let Some(Err(e)) = presence.map(Presence::leave) {
            log::warn!("{}: cannot record the clean close: {e}", self.path.display());
        }
    }
}

/// The problems `PRAGMA quick_check` lists; damage so bad that the check itself fails (a page
/// that is not a page) is a problem too, not an error of the check.
async fn quick_check_on<'c, E: sqlx::Executor<'c, Database = Sqlite>>(on: E) -> Result<Vec<String>> {
    match sqlx::query_scalar::<_, String>("PRAGMA quick_check").fetch_all(on).await {
        Ok(mut found) => {
            found.retain(|p| p != "ok");
            Ok(found)
        }
        Err(sqlx::Error::Database(e)) if is_damage(e.code().as_deref()) => Ok(vec![e.message().to_owned()]),
        Err(e) => Err(e.into()),
    }
}

/// SQLITE_CORRUPT (11, and its extended codes) or SQLITE_NOTADB (26).
fn is_damage(code: Option<&str>) -> bool {
    code.and_then(|c| c.parse::<i32>().ok()).is_some_and(|c| matches!(c & 0xff, 11 | 26))
}
