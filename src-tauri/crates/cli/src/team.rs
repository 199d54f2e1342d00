//! `malaka team …`: a register shared by an agency's desks on a PostgreSQL server.

use std::path::PathBuf;

use clap::Subcommand;
use malaka_api::core::Reason;
use malaka_api::{Error, Location, Malaka};

use crate::account::{self, AccountCmd, parse_role};
use crate::output::{emit, table};
use crate::secret::Secrets;
use malaka_api::core::model::Role;

#[derive(Subcommand, Debug)]
pub(crate) enum TeamCmd {
    /// Prepare the team database given with --db (postgres://owner@host/database): its schema,
    /// brought up to date. Run by the database's owner.
    Init,
    /// Copy a desk's whole register into an empty team database, in one transaction, checked
    /// table by table (counts and checksums); any difference undoes it.
    Move {
        /// The register file to move (default: --db).
        #[arg(long)]
        from: Option<PathBuf>,
        /// The team database: postgres://owner@host/database.
        #[arg(long)]
        to: String,
    },
    /// People's own logins on the team database (the same as `malaka account …`, which on a team
    /// database also makes, moves and stops the server login).
    #[command(subcommand)]
    User(TeamUserCmd),
}

#[derive(Subcommand, Debug)]
pub(crate) enum TeamUserCmd {
    /// Give a person their own login, in a role; their password is asked for.
    Add {
        login: String,
        #[arg(long)]
        name: String,
        /// administrator, hr_officer, trainer, manager or viewer.
        #[arg(long, value_parser = parse_role)]
        role: Role,
        /// For a trainer: the trainer (id) whose sessions they record.
        #[arg(long)]
        trainer: Option<String>,
    },
    /// Stop a login connecting; its account stays, disabled, in the audit log's words.
    Disable {
        /// The login or account id.
        #[arg(value_name = "LOGIN")]
        who: String,
    },
    /// Move a login to another role.
    Role {
        /// The login or account id.
        #[arg(value_name = "LOGIN")]
        who: String,
        #[arg(value_parser = parse_role)]
        role: Role,
    },
}

impl From<TeamUserCmd> for AccountCmd {
    fn from(cmd: TeamUserCmd) -> AccountCmd {
        let edit =
            |who, role, disable| AccountCmd::Edit { who, name: None, role, trainer: None, disable, enable: false };
        match cmd {
            TeamUserCmd::Add { login, name, role, trainer } => AccountCmd::Add { login, name, role, trainer },
            TeamUserCmd::Disable { who } => edit(who, None, true),
            TeamUserCmd::Role { who, role } => edit(who, Some(role), false),
        }
    }
}

/// `malaka team init`: only a team database (a `postgres://` address in --db) is prepared here.
pub(crate) async fn init(at: &Location, json: bool) -> Result<(), Error> {
    let Location::Server(url) = at else {
        let value = match at {
            Location::File(path) => path.display().to_string(),
            Location::Server(_) => String::new(),
        };
        return Err(Error::invalid("db", Reason::NotOneOf { value, allowed: vec!["postgres://…".into()] }));
    };
    let server = malaka_api::team::team_init(url).await?;
    emit(json, &server, |s| format!("team database ready: {s}; you are its first administrator"));
    Ok(())
}

impl TeamCmd {
    /// The register a command opens, when it is not --db's.
    pub(crate) fn register(&self) -> Option<String> {
        match self {
            TeamCmd::Move { from: Some(file), .. } => Some(file.display().to_string()),
            _ => None,
        }
    }
}

pub(crate) async fn team(app: &Malaka, cmd: TeamCmd, secrets: &Secrets, json: bool) -> Result<(), Error> {
    match cmd {
        TeamCmd::User(user) => account::account(app, user.into(), secrets, json).await?,
        TeamCmd::Init => init(&Location::File(app.location().into()), json).await?,
        TeamCmd::Move { to, .. } => {
            let moved = app.team_move(&to).await?;
            emit(json, &moved, |m| {
                let rows: Vec<Vec<String>> = m
                    .tables
                    .iter()
                    .map(|t| vec![t.table.clone(), t.rows.to_string(), t.checksum[..16].to_owned()])
                    .collect();
                format!(
                    "{}\nmoved {} rows in {} tables to {}; every table's count and checksum match",
                    table(&["table", "rows", "checksum"], rows),
                    m.rows,
                    m.tables.len(),
                    m.to
                )
            });
        }
    }
    Ok(())
}
