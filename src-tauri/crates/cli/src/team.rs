//! `malaka team …`: a register shared by an agency's desks on a PostgreSQL server.

use std::path::PathBuf;

use clap::Subcommand;
use malaka_api::core::Reason;
use malaka_api::{Error, Location, Malaka};

use crate::output::{emit, table};

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

pub(crate) async fn team(app: &Malaka, cmd: TeamCmd, json: bool) -> Result<(), Error> {
    match cmd {
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
