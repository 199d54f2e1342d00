//! The PostgreSQL backend (team mode): one register on a server that an agency's desks share.
//! Native types (`uuid`, `timestamptz`, `date`), the same constraints and triggers as the SQLite
//! schema, migrations of their own numbered alike (`migrations/postgres`).

pub mod account;
pub mod activity;
pub mod attendance;
pub mod audit;
pub mod calendar;
pub mod certificate;
pub mod certificate_report;
mod codec;
pub mod completion;
pub mod dashboard;
pub mod enrolment;
pub mod import;
pub mod internship;
pub mod organisation;
pub mod person;
mod person_token;
pub mod programme;
pub mod report;
pub mod roles;
pub mod session;
pub mod signing_key;
pub mod trainer;
pub mod trainer_report;
pub mod transcript;
pub mod venue;
pub mod visit;

use std::str::FromStr;
use std::time::Duration;

use serde::Serialize;
use sqlx::pool::PoolConnection;
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::{ConnectOptions, Connection, Postgres, Transaction};

pub(crate) use crate::{Error, Result};

/// The connection every PostgreSQL query runs on: a read connection or an open transaction.
pub(crate) type Conn = sqlx::PgConnection;

pub(crate) static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// Desks share the server: a few connections each is plenty, and keeps a server of 100
/// connections open to a whole agency.
const CONNECTIONS: u32 = 4;

/// How long a desk waits for the server before saying it cannot reach it.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Where a team database lives, as the user would name it (never with its password).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Target {
    pub host: String,
    pub port: u16,
    pub database: String,
    pub user: String,
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}@{}:{}/{}", self.user, self.host, self.port, self.database)
    }
}

fn options(url: &str) -> Result<(PgConnectOptions, Target)> {
    let options = PgConnectOptions::from_str(url)
        .map_err(|e| Error::Unreachable { server: "?".into(), why: format!("not a PostgreSQL address: {e}") })?;
    let target = Target {
        host: options.get_host().to_owned(),
        port: options.get_port(),
        database: options.get_database().unwrap_or_else(|| options.get_username()).to_owned(),
        user: options.get_username().to_owned(),
    };
    Ok((options.application_name("malaka"), target))
}

async fn pool(url: &str) -> Result<(PgPool, Target)> {
    let (options, target) = options(url)?;
    // One connection first: a pool retries until its timeout and then says only that it timed
    // out, where the user needs to hear "refused" or "wrong password".
    match tokio::time::timeout(CONNECT_TIMEOUT, options.connect()).await {
        Ok(Ok(probe)) => probe.close().await.map_err(|e| unreachable(&target, e))?,
        Ok(Err(e)) => return Err(unreachable(&target, e)),
        Err(_) => return Err(unreachable(&target, sqlx::Error::PoolTimedOut)),
    }
    let pool = PgPoolOptions::new()
        .max_connections(CONNECTIONS)
        .acquire_timeout(CONNECT_TIMEOUT)
        .connect_with(options)
        .await
        .map_err(|e| unreachable(&target, e))?;
    Ok((pool, target))
}

/// Words for why the server could not be reached, naming it.
fn unreachable(target: &Target, e: sqlx::Error) -> Error {
    let why = match &e {
        sqlx::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => "connection refused".to_owned(),
        sqlx::Error::Io(io) => io.to_string(),
        sqlx::Error::PoolTimedOut => "no answer in time".to_owned(),
        sqlx::Error::Tls(t) => format!("TLS: {t}"),
        sqlx::Error::Database(d) if d.code().as_deref() == Some("28P01") => "wrong password".to_owned(),
        sqlx::Error::Database(d) if d.code().as_deref() == Some("3D000") => "no such database".to_owned(),
        sqlx::Error::Database(d) => d.message().to_owned(),
        other => other.to_string(),
    };
    Error::Unreachable { server: target.to_string(), why }
}

/// Brings a team database's schema up to date and its roles' grants with it, and makes the
/// owner running it an administrator account; its owner runs it (`malaka team init`).
pub(crate) async fn prepare(url: &str) -> Result<Target> {
    let (pool, target) = pool(url).await?;
    MIGRATOR.run(&pool).await?;
    let mut tx = pool.begin().await?;
    roles::install(&mut tx).await?;
    let login = roles::current_login(&mut tx).await?;
    // The owner signs in as the administrator the schema was seeded with, under their own login.
    sqlx::query(
        "UPDATE account SET login = $1 WHERE login = 'admin' AND password_hash IS NULL
            AND NOT EXISTS (SELECT 1 FROM account WHERE login = $1)",
    )
    .bind(&login)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    pool.close().await;
    Ok(target)
}

/// What a team database holds, as testing a connection finds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Probe {
    pub target: Target,
    /// The server's version, as it reports it (`SHOW server_version`).
    pub version: String,
    /// Migrations of this version's schema applied there: none, some (an older version's) or all.
    pub applied: usize,
    pub known: usize,
}

/// Connects once, reads the server's version and how far its schema is, and disconnects.
pub(crate) async fn probe(url: &str) -> Result<Probe> {
    let (pool, target) = pool(url).await?;
    let version: String = sqlx::query_scalar("SHOW server_version").fetch_one(&pool).await?;
    let applied = applied_migrations(&pool).await?;
    let known = MIGRATOR.iter().count();
    let applied = MIGRATOR.iter().filter(|m| applied.contains(&m.version)).count();
    pool.close().await;
    Ok(Probe { target, version, applied, known })
}

async fn applied_migrations(pool: &PgPool) -> Result<Vec<i64>> {
    match sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success").fetch_all(pool).await {
        Ok(v) => Ok(v),
        Err(sqlx::Error::Database(e)) if e.code().as_deref() == Some("42P01") => Ok(Vec::new()),
        Err(e) => Err(e.into()),
    }
}

/// Whether every migration this version knows has been applied: a desk's login may read the
/// schema but not change it, so an older schema waits for its owner's `malaka team init`.
async fn schema_current(pool: &PgPool) -> Result<bool> {
    let applied = applied_migrations(pool).await?;
    Ok(MIGRATOR.iter().all(|m| applied.contains(&m.version)))
}

/// An open team database.
#[derive(Clone)]
pub(crate) struct PgStore {
    pool: PgPool,
    target: Target,
    url: String,
}

impl PgStore {
    /// Connects; a schema this version has not seen is brought up to date when the login may
    /// (its owner), else the desk is told to ask for `malaka team init`.
    pub(crate) async fn connect(url: &str) -> Result<PgStore> {
        let (pool, target) = pool(url).await?;
        if !schema_current(&pool).await? {
            match MIGRATOR.run(&pool).await {
                Ok(()) => {}
                Err(sqlx::migrate::MigrateError::Execute(sqlx::Error::Database(e)))
                    if e.code().as_deref() == Some("42501") =>
                {
                    return Err(Error::SchemaBehind { server: target.to_string() });
                }
                Err(e) => return Err(e.into()),
            }
        }
        Ok(PgStore { pool, target, url: url.to_owned() })
    }

    pub(crate) fn pool(&self) -> &PgPool {
        &self.pool
    }

    pub(crate) fn url(&self) -> &str {
        &self.url
    }

    /// The login this desk connected with.
    pub(crate) async fn login(&self) -> Result<String> {
        roles::current_login(&mut *self.pool.acquire().await?).await
    }

    pub(crate) fn target(&self) -> &Target {
        &self.target
    }

    pub(crate) async fn begin(&self) -> Result<Transaction<'static, Postgres>> {
        Ok(self.pool.begin().await?)
    }

    pub(crate) async fn read(&self) -> Result<PoolConnection<Postgres>> {
        Ok(self.pool.acquire().await?)
    }

    pub(crate) async fn close(self) {
        self.pool.close().await;
    }
}
