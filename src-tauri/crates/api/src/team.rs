//! Team mode: a register shared by an agency's desks on a PostgreSQL server. Preparing the server
//! and moving a desk's register onto it.

use malaka_core::access::Action;
use malaka_core::model::{Account, Role, TeamDatabase, TeamDatabaseState, TeamProbe};
pub use malaka_store::changes::Changes;
use malaka_store::team_move::{self, TableMoved};
use malaka_store::{Location, ServerTarget, Store, account, audit};
use serde::Serialize;

use crate::{Malaka, Result, new_id, now};

/// What a move copied, table by table, and where to.
#[derive(Debug, Clone, Serialize)]
pub struct Moved {
    /// `user@host:port/database`.
    pub to: String,
    pub tables: Vec<TableMoved>,
    pub rows: i64,
}

/// Prepares the team database at `url` — its schema, its roles and their grants — and makes the
/// owner running it the first administrator (their own server login). Run by the database's owner;
/// safe to run again after an upgrade.
pub async fn team_init(url: &str) -> Result<ServerTarget> {
    Ok(Store::prepare_server(url).await?)
}

/// The address of a team database for a desk's settings and its password; with TLS the
/// server's certificate must be one the system trusts (`verify-full`), without it nothing is
/// encrypted (`disable`), never the half-way `prefer`.
pub fn team_url(team: &TeamDatabase, password: &str) -> Result<String> {
    use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode as encode};
    let team = team.validated()?;
    let host = if team.host.contains(':') && !team.host.starts_with('[') {
        format!("[{}]", team.host) // an IPv6 address
    } else {
        team.host.clone()
    };
    let sslmode = if team.tls { "verify-full" } else { "disable" };
    Ok(format!(
        "postgres://{}:{}@{host}:{}/{}?sslmode={sslmode}",
        encode(&team.user, NON_ALPHANUMERIC),
        encode(password, NON_ALPHANUMERIC),
        team.port,
        encode(&team.database, NON_ALPHANUMERIC),
    ))
}

/// Connects to a team database once and says what it holds, changing nothing: the settings
/// screen's "test connection".
pub async fn team_probe(team: &TeamDatabase, password: &str) -> Result<TeamProbe> {
    let probe = Store::probe_server(&team_url(team, password)?).await?;
    let state = match probe.applied {
        0 => TeamDatabaseState::Empty,
        n if n == probe.known => TeamDatabaseState::Ready,
        _ => TeamDatabaseState::Behind,
    };
    Ok(TeamProbe { server: probe.target.to_string(), version: probe.version, state })
}

impl Malaka {
    /// Follows the changes every desk commits to this team database, so open screens reload what
    /// changed; a register file has no other desk: none.
    pub async fn changes(&self) -> Result<Option<Changes>> {
        self.may(Action::Read)?;
        Ok(self.store.changes().await?)
    }

    /// The team database this register is on, if it is on one.
    pub fn team_server(&self) -> Option<&ServerTarget> {
        self.store.server()
    }

    /// Copies this register (a file) into the empty team database at `url`, whole — people,
    /// plans, marks with their history, certificates with their numbers and signing keys, the
    /// audit log — in one transaction, checked table by table; then records the move in the team
    /// database's audit log. Any difference undoes it.
    pub async fn team_move(&self, url: &str) -> Result<Moved> {
        let who = self.may(Action::Maintain)?;
        let file = self.file()?.display().to_string();
        let target = Store::open_at(&Location::Server(url.to_owned())).await?;
        let outcome = self.move_into(&target, &file, &who).await;
        let to = target.server().map(ToString::to_string).unwrap_or_default();
        target.close().await;
        let tables = outcome?;
        let rows = tables.iter().map(|t| t.rows).sum();
        Ok(Moved { to, tables, rows })
    }

    /// The desktop's guided move: prepares the empty team database these settings name
    /// (schema, roles — the login given must own it) and moves this register onto it.
    pub async fn team_prepare_and_move(&self, team: &TeamDatabase, password: &str) -> Result<Moved> {
        self.may(Action::Maintain)?;
        self.file()?;
        let url = team_url(team, password)?;
        team_init(&url).await?;
        self.team_move(&url).await
    }

    async fn move_into(&self, target: &Store, file: &str, who: &Account) -> Result<Vec<TableMoved>> {
        let tables = team_move::run(&self.store, target).await?;
        let rows: i64 = tables.iter().map(|t| t.rows).sum();
        let mut tx = target.begin().await?;
        // The register's accounts came with it; the owner who moved it keeps administering it
        // under their own server login.
        let login = target.server_login().await?.unwrap_or_default();
        if account::find_by_login(&mut tx, &login).await?.is_none() {
            let owner = Account {
                id: new_id(),
                login: login.clone(),
                name: who.name.clone(),
                role: Role::Administrator,
                trainer_id: None,
                has_password: true,
                locked_until: None,
                disabled: false,
            };
            account::insert(&mut tx, &owner, "", now()).await?;
        }
        let event = audit::Event {
            actor: &who.name,
            account_id: Some(&who.id),
            action: "database.move",
            entity: "database",
            entity_id: None,
            summary: format!("moved from {file}: {} tables, {rows} rows", tables.len()),
        };
        audit::record(&mut tx, now(), event).await?;
        tx.commit().await?;
        Ok(tables)
    }
}
