//! Malaka's storage: all SQL lives in this crate, and queries return domain types. Two backends
//! sit behind one seam: an SQLite file on one desk (the default), and a PostgreSQL server an
//! agency's desks share (team mode). The use cases call the same functions on either.

pub mod account;
pub mod activity;
pub mod attendance;
pub mod audit;
pub mod calendar;
pub mod certificate;
pub mod certificate_report;
pub mod changes;
pub mod completion;
mod conn;
pub mod dashboard;
pub mod enrolment;
mod error;
pub mod import;
pub mod internship;
pub mod maintenance;
mod name_index;
pub mod organisation;
pub mod person;
mod postgres;
pub mod programme;
pub mod report;
pub mod restore;
pub mod session;
pub mod signing_key;
mod sqlite;
pub mod team_move;
pub mod trainer;
pub mod trainer_report;
pub mod transcript;
pub mod venue;
pub mod visit;

use std::path::{Path, PathBuf};

pub use conn::{Conn, ReadConn, WriteTx};
pub use error::{Error, Result};
pub use postgres::{Probe as ServerProbe, Target as ServerTarget};

/// An open Malaka register: a local SQLite file or a team database on PostgreSQL.
#[derive(Clone)]
pub struct Store(Backend);

#[derive(Clone)]
enum Backend {
    Sqlite(sqlite::SqliteStore),
    Postgres(postgres::PgStore),
}

/// Where a register lives, from what a user or a script typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    File(PathBuf),
    /// A `postgres://` or `postgresql://` URL.
    Server(String),
}

impl Location {
    /// A `postgres://`/`postgresql://` URL is a server; a `sqlite:` URL or anything else a file.
    pub fn parse(text: &str) -> Location {
        if text.starts_with("postgres://") || text.starts_with("postgresql://") {
            return Location::Server(text.to_owned());
        }
        let path = text.strip_prefix("sqlite://").or_else(|| text.strip_prefix("sqlite:")).unwrap_or(text);
        Location::File(PathBuf::from(path))
    }
}

impl Store {
    /// Opens (creating if needed) the SQLite file at `path` and brings its schema up to date.
    ///
    /// The file is checked (`PRAGMA quick_check`, which reads all of it) only when the previous
    /// session did not close it cleanly or left no record of how it ended; otherwise the check
    /// is the caller's to run later ([`Store::quick_check`]) so that opening stays instant.
    pub async fn open(path: &Path) -> Result<Store> {
        Ok(Store(Backend::Sqlite(sqlite::SqliteStore::open(path).await?)))
    }

    /// Opens a register wherever it lives; a team database must already be prepared
    /// ([`Store::prepare_server`]).
    pub async fn open_at(at: &Location) -> Result<Store> {
        match at {
            Location::File(path) => Store::open(path).await,
            Location::Server(url) => Ok(Store(Backend::Postgres(postgres::PgStore::connect(url).await?))),
        }
    }

    /// Opens from a `postgres://` URL, a `sqlite:` URL or a plain path.
    pub async fn open_url(url: &str) -> Result<Store> {
        Store::open_at(&Location::parse(url)).await
    }

    /// Brings a team database's schema and its roles' grants up to date, and makes the owner
    /// running it an administrator (`malaka team init`).
    pub async fn prepare_server(url: &str) -> Result<ServerTarget> {
        postgres::prepare(url).await
    }

    /// Connects to a team database once to see what it holds (its version, how far its schema
    /// is), without changing anything.
    pub async fn probe_server(url: &str) -> Result<ServerProbe> {
        postgres::probe(url).await
    }

    /// The login a team database was opened with; a file has none.
    pub async fn server_login(&self) -> Result<Option<String>> {
        match &self.0 {
            Backend::Sqlite(_) => Ok(None),
            Backend::Postgres(p) => Ok(Some(p.login().await?)),
        }
    }

    /// The file the register lives in; a team database has none.
    pub fn path(&self) -> Option<&Path> {
        match &self.0 {
            Backend::Sqlite(s) => Some(s.path()),
            Backend::Postgres(_) => None,
        }
    }

    /// The server and database a team register lives in, without its password.
    pub fn server(&self) -> Option<&ServerTarget> {
        match &self.0 {
            Backend::Sqlite(_) => None,
            Backend::Postgres(p) => Some(p.target()),
        }
    }

    /// The address a team register was opened with (its password too, if it was given in it),
    /// to open it again in this process.
    pub fn server_url(&self) -> Option<&str> {
        match &self.0 {
            Backend::Sqlite(_) => None,
            Backend::Postgres(p) => Some(p.url()),
        }
    }

    /// Whether [`Store::open`] checked the file (the previous session did not end cleanly), so a
    /// background check now would only repeat it. A server checks itself: always true there.
    pub fn checked_at_open(&self) -> bool {
        match &self.0 {
            Backend::Sqlite(s) => s.checked_at_open(),
            Backend::Postgres(_) => true,
        }
    }

    /// `PRAGMA quick_check` on a read connection: every page and row, not the index contents. It
    /// reads the whole file (seconds for a national register), so run it off the UI's path. An
    /// empty list means healthy. A server keeps its own pages: nothing to check from here.
    pub async fn quick_check(&self) -> Result<Vec<String>> {
        match &self.0 {
            Backend::Sqlite(s) => s.quick_check().await,
            Backend::Postgres(_) => Ok(Vec::new()),
        }
    }

    /// Starts a write transaction. On SQLite it is the one writer, and others wait (up to the
    /// busy timeout) instead of failing.
    pub async fn begin(&self) -> Result<WriteTx> {
        match &self.0 {
            Backend::Sqlite(s) => Ok(WriteTx::sqlite(s.begin().await?)),
            Backend::Postgres(p) => Ok(WriteTx::postgres(p.begin().await?)),
        }
    }

    /// A connection for reads; it sees the last committed state.
    pub async fn read(&self) -> Result<ReadConn> {
        match &self.0 {
            Backend::Sqlite(s) => Ok(ReadConn::sqlite(s.read().await?)),
            Backend::Postgres(p) => Ok(ReadConn::postgres(p.read().await?)),
        }
    }

    /// Lets the SQLite writer keep up to `mib` MiB of pages in memory (SQLite's default is 2 MiB).
    /// A bulk load of millions of rows then touches each index page once per transaction instead
    /// of spilling it to the WAL again and again. Lasts until the store is closed. A server
    /// manages its own memory.
    pub async fn set_writer_cache_mib(&self, mib: u32) -> Result<()> {
        match &self.0 {
            Backend::Sqlite(s) => s.set_writer_cache_mib(mib).await,
            Backend::Postgres(_) => Ok(()),
        }
    }

    /// Closes every connection. A file folds its WAL back and records the clean close. Every
    /// clone of this store is closed with it.
    pub async fn close(self) {
        match self.0 {
            Backend::Sqlite(s) => s.close().await,
            Backend::Postgres(p) => p.close().await,
        }
    }

    pub(crate) fn server_pool(&self) -> Option<&sqlx::PgPool> {
        match &self.0 {
            Backend::Sqlite(_) => None,
            Backend::Postgres(p) => Some(p.pool()),
        }
    }

    pub(crate) fn sqlite(&self) -> Option<&sqlite::SqliteStore> {
        match &self.0 {
            Backend::Sqlite(s) => Some(s),
            Backend::Postgres(_) => None,
        }
    }
}
