//! The benchmarks on a team database (PostgreSQL): the same operations through `Malaka` as on a
//! register file, each held against `psql` running the statements the PostgreSQL backend runs.
//! The dataset is a generated register moved onto the server (`malaka team move`).

use std::time::Instant;

use malaka_api::demo::names::{SEARCH_CYRILLIC, SEARCH_LATIN};
use malaka_api::{Location, Malaka};

use crate::psql::Psql;
use crate::run::{self, Options, Report, Row};
use crate::{Error, Result};

/// Runs the search, calendar and roll benchmarks against the team database at `url`.
pub async fn run(url: &str, options: &Options, on_row: &mut dyn FnMut(&Row)) -> Result<Report> {
    let started = Instant::now();
    let home = tempfile::tempdir()?;
    let app = Malaka::open_at(&Location::Server(url.to_owned()), home.path()).await?;
    let counts = run::counts(&app).await?;
    if counts.0 == 0 {
        return Err(Error::Refused(
            "the team database holds no people; generate a register and `malaka team move` it there first".into(),
        ));
    }
    let psql = Psql::find(url).map_err(Error::Refused)?;
    let reps = if options.quick { 2 } else { 20 };
    let mut rows = Vec::new();
    let mut push = |row: Row, on_row: &mut dyn FnMut(&Row)| {
        on_row(&row);
        rows.push(row);
    };
    let want = |group: &str| options.only.as_deref().is_none_or(|o| group.contains(o));
    if want("search") {
        for (script, queries) in [("Latin", SEARCH_LATIN), ("Cyrillic", SEARCH_CYRILLIC)] {
            push(run::search(&app, &psql, script, queries, reps).await?, on_row);
        }
    }
    if want("calendar") || want("save") {
        let (month, sessions) = run::busiest_month(&app).await?;
        if want("calendar") {
            let reps = if options.quick { 3 } else { 50 };
            push(run::calendar(&app, &psql, month, sessions.len(), reps).await?, on_row);
        }
        if want("save") {
            push(run::roll_save(&app, &psql, &sessions, if options.quick { 4 } else { 60 }).await?, on_row);
        }
    }
    app.close().await;
    let rows = rows.into_iter().map(on_server).collect();
    Ok(Report {
        rows,
        people: counts.0,
        sessions: counts.1,
        marks: counts.2,
        client: Some(psql.version.clone()),
        seconds: started.elapsed().as_secs_f64(),
    })
}

/// Names the backend in the operation, so the table says which figures are the server's.
fn on_server(row: Row) -> Row {
    Row { operation: format!("{} — PostgreSQL", row.operation), ..row }
}
