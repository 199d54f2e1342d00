//! The harness: times each operation through `Malaka` (the api the desktop app and the CLI call),
//! then has `sqlite3` do the same storage work on the same database, and reports both.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, Datelike, Months, NaiveDate, TimeZone, Utc};
use malaka_api::Malaka;
use malaka_api::person_import::ImportOptions;
use malaka_core::model::{AttendanceStatus, NewMark, NewOrganisation, OrgKind, Session};
use malaka_core::names::search_tokens;
use malaka_core::time::utc_text;

use crate::generate::{first_day, last_day};
use crate::limits::{self, Sqlite3};
use crate::stats::Stats;
use crate::{Error, Result};
use malaka_api::demo::names::{self, SEARCH_CYRILLIC, SEARCH_LATIN, Style};
use malaka_api::demo::rng::Rng;

#[derive(Debug, Clone)]
pub struct Options {
    /// Few repetitions and a small CSV: checks that the harness works, in seconds.
    pub quick: bool,
    /// The `sqlite3` program for the limits.
    pub sqlite3: PathBuf,
    /// Rows in the generated CSV file (100,000 unless quick).
    pub import_rows: usize,
    /// Only the benchmarks whose group (search, calendar, roll, save, import, start) contains this.
    pub only: Option<String>,
    /// The desktop binary, for the cold start (not measured without it).
    pub desktop: Option<PathBuf>,
    /// The `malaka` command, for a whole command's time (not measured without it).
    pub cli: Option<PathBuf>,
}

impl Options {
    pub fn new(quick: bool) -> Options {
        Options {
            quick,
            sqlite3: PathBuf::from("sqlite3"),
            import_rows: if quick { 1_000 } else { 100_000 },
            only: None,
            desktop: None,
            cli: None,
        }
    }
}

/// What the figure is held against.
#[derive(Debug, Clone, PartialEq)]
pub enum Limit {
    /// Mean time of the same work done by `sqlite3`.
    Sqlite3 { mean_ms: f64, what: String },
    /// Mean time of the same work done by `psql` on the same team database.
    Psql { mean_ms: f64, what: String },
    /// Mean time of typst alone laying out the same document.
    Typst { mean_ms: f64, what: String },
    /// No limit measured, and why.
    None(String),
}

/// One line of the results.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub operation: String,
    /// `None` for an operation that does not exist yet.
    pub malaka: Option<Stats>,
    pub limit: Limit,
    /// DESIGN.md §7's target, in words.
    pub target: &'static str,
    pub met: Option<bool>,
    pub note: String,
}

impl Row {
    /// Malaka's mean over the limit's mean.
    pub fn ratio(&self) -> Option<f64> {
        match (&self.malaka, &self.limit) {
            (Some(s), Limit::Sqlite3 { mean_ms, .. } | Limit::Psql { mean_ms, .. } | Limit::Typst { mean_ms, .. })
                if *mean_ms > 0.0 =>
            {
                Some(s.mean_ms / mean_ms)
            }
            _ => None,
        }
    }

    fn not_built(operation: &str, target: &'static str, issue: u32) -> Row {
        Row {
            operation: operation.into(),
            malaka: None,
            limit: Limit::None(String::new()),
            target,
            met: None,
            note: format!("not yet built (issue {issue})"),
        }
    }
}

/// Everything a run found.
#[derive(Debug, Clone)]
pub struct Report {
    pub rows: Vec<Row>,
    pub people: i64,
    pub sessions: i64,
    pub marks: i64,
    /// The limits' program and version (`sqlite3 3.40.1`, `psql (PostgreSQL) 15.18`).
    pub client: Option<String>,
    pub seconds: f64,
}

pub(crate) const ACTOR: &str = "malaka-bench";
const SEARCH_PAGE: i64 = 50;
pub(crate) const TWENTY_MS: &str = "p99 < 20 ms";

/// The same statements run by the database's own client program, for a figure's limit: `sqlite3`
/// on a register file, `psql` on a team database.
pub trait Client {
    /// `store::person::search` for folded `tokens`, then fetching the people it found (`ids`).
    fn person_search(&self, tokens: &[String], limit: i64, ids: &[String]) -> String;
    /// The calendar's month.
    fn calendar(&self, from_utc: &str, to_utc: &str, limit: i64) -> String;
    /// Saving a roll as one durable transaction.
    fn roll_save(&self, marks: &[limits::Mark<'_>], actor: &str, at: &str) -> String;
    /// Times `script` (which does the work of `operations` operations): the mean per operation.
    fn limit(&self, script: &str, operations: usize, what: &str) -> Result<Limit>;
}

/// `sqlite3` on the register file.
pub struct SqliteClient<'a> {
    pub sqlite3: &'a std::result::Result<Sqlite3, String>,
    pub db: &'a Path,
}

impl Client for SqliteClient<'_> {
    fn person_search(&self, tokens: &[String], limit: i64, ids: &[String]) -> String {
        limits::person_search(tokens, limit, ids)
    }

    fn calendar(&self, from_utc: &str, to_utc: &str, limit: i64) -> String {
        limits::calendar(from_utc, to_utc, limit)
    }

    fn roll_save(&self, marks: &[limits::Mark<'_>], actor: &str, at: &str) -> String {
        limits::roll_save(marks, actor, at)
    }

    fn limit(&self, script: &str, operations: usize, what: &str) -> Result<Limit> {
        limit_of(self.sqlite3, self.db, script, operations, what)
    }
}

async fn timed<T, F: std::future::Future<Output = malaka_api::Result<T>>>(f: F) -> Result<(T, Duration)> {
    let t = Instant::now();
    let v = f.await?;
    Ok((v, t.elapsed()))
}

/// How many people, sessions and marks the register holds (the report's first line).
pub(crate) async fn counts(app: &Malaka) -> Result<(i64, i64, i64)> {
    let mut c = app.store().read().await?;
    Ok((
        malaka_store::person::count(&mut c).await?,
        malaka_store::session::count(&mut c).await?,
        malaka_store::attendance::count(&mut c).await?,
    ))
}

/// Runs every benchmark against the dataset in `db`; `on_row` hears of each line as it is ready.
pub async fn run(db: &Path, options: &Options, on_row: &mut dyn FnMut(&Row)) -> Result<Report> {
    let started = Instant::now();
    if !db.exists() {
        return Err(Error::Refused(format!("{} does not exist; run `malaka-bench generate` first", db.display())));
    }
    let app = Malaka::open(db).await?;
    let counts = counts(&app).await?;
    if counts.0 == 0 {
        return Err(Error::Refused(format!("{} holds no people; run `malaka-bench generate` first", db.display())));
    }
    let sqlite3 = Sqlite3::find(&options.sqlite3, db);
    let client = SqliteClient { sqlite3: &sqlite3, db };
    let reps = if options.quick { 2 } else { 20 };
    let mut rows = Vec::new();
    let mut push = |row: Row, on_row: &mut dyn FnMut(&Row)| {
        on_row(&row);
        rows.push(row);
    };

    let want = |group: &str| options.only.as_deref().is_none_or(|o| group.contains(o));
    if want("search") {
        for (script, queries) in [("Latin", SEARCH_LATIN), ("Cyrillic", SEARCH_CYRILLIC)] {
            let row = search(&app, &client, script, queries, reps).await?;
            push(row, on_row);
        }
    }
    if want("calendar") || want("roll") || want("save") {
        let (month, sessions) = busiest_month(&app).await?;
        if want("calendar") {
            let reps = if options.quick { 3 } else { 50 };
            push(calendar(&app, &client, month, sessions.len(), reps).await?, on_row);
        }
        if want("roll") {
            push(roll_load(&app, db, &sqlite3, &sessions, if options.quick { 5 } else { 40 }).await?, on_row);
        }
        if want("save") {
            push(roll_save(&app, &client, &sessions, if options.quick { 4 } else { 60 }).await?, on_row);
        }
    }
    if want("report") {
        push(hours_by_unit(&app, &client, if options.quick { 2 } else { 20 }).await?, on_row);
    }
    if want("completion") {
        push(completion_by_activity(&app, &client, if options.quick { 2 } else { 10 }).await?, on_row);
    }
    if want("trainers") {
        push(trainers_load(&app, &client, if options.quick { 2 } else { 20 }).await?, on_row);
    }
    if want("dashboard") {
        for row in dashboard(&app, &client, if options.quick { 2 } else { 10 }).await? {
            push(row, on_row);
        }
    }
    if want("transcript") {
        push(transcript(&app, db, &sqlite3, if options.quick { 3 } else { 50 }).await?, on_row);
    }
    if want("eligibility") {
        push(eligibility(&app, db, &sqlite3, if options.quick { 2 } else { 20 }).await?, on_row);
    }
    if want("import") {
        let dir = tempfile::tempdir()?;
        for row in import(&dir, &sqlite3, options).await? {
            push(row, on_row);
        }
    }
    if want("certificates") {
        let dir = tempfile::tempdir()?;
        push(crate::certificates::issue_1000(dir.path(), if options.quick { 1 } else { 3 }).await?, on_row);
    }
    app.close().await;
    if want("start") {
        let reps = if options.quick { 1 } else { 3 };
        push(open_row(db, &sqlite3, if options.quick { 2 } else { 20 }).await?, on_row);
        push(quick_check_row(db, &sqlite3, reps).await?, on_row);
        let row = match &options.cli {
            Some(cli) => crate::command::person_search(cli, db, &sqlite3, if options.quick { 2 } else { 20 })?,
            None => Row {
                note: "not measured: pass --cli PATH (the malaka command)".into(),
                ..Row::not_built("`malaka person search Karimov`, start to exit", "well under 1 s", 14)
            },
        };
        push(row, on_row);
        let rows = match &options.desktop {
            Some(desktop) => crate::desktop::cold_start(desktop, db, if options.quick { 1 } else { 3 })?,
            None => vec![Row {
                note: "not measured: pass --desktop PATH (the app built by issue 3 reports its first paint)".into(),
                ..Row::not_built("desktop cold start to first screen", "< 1.5 s", 3)
            }],
        };
        for row in rows {
            push(row, on_row);
        }
    }
    Ok(Report {
        rows,
        people: counts.0,
        sessions: counts.1,
        marks: counts.2,
        client: sqlite3.as_ref().ok().map(|s| format!("sqlite3 {}", s.version)),
        seconds: started.elapsed().as_secs_f64(),
    })
}

/// Opening the database as every start of the app and of the CLI does: no integrity check when
/// the last session closed it cleanly (issue 14), then the migrations. The limit is `sqlite3`
/// opening the file and reading the schema.
async fn open_row(db: &Path, sqlite3: &std::result::Result<Sqlite3, String>, reps: usize) -> Result<Row> {
    let mut samples = Vec::new();
    for _ in 0..reps {
        let t = Instant::now();
        let app = Malaka::open(db).await?;
        samples.push(t.elapsed());
        app.close().await;
    }
    let stats = Stats::of(&samples);
    let sql = "SELECT count(*) FROM _sqlx_migrations;\n".repeat(reps);
    Ok(Row {
        operation: format!("open the database, closed cleanly last time (× {reps})"),
        met: Some(stats.p99_ms < 100.0),
        malaka: Some(stats),
        limit: limit_of(sqlite3, db, &sql, reps, "opening the file and reading the migrations table")?,
        target: "< 100 ms",
        note: "Malaka::open: the clean-close marker, connections, migrations; part of every cold start".into(),
    })
}

/// The integrity check that used to run at every open and now runs in the background after the
/// first screen, before each backup, and at open only after an unclean shutdown.
async fn quick_check_row(db: &Path, sqlite3: &std::result::Result<Sqlite3, String>, reps: usize) -> Result<Row> {
    let app = Malaka::open(db).await?;
    let mut samples = Vec::new();
    for _ in 0..reps {
        let t = Instant::now();
        app.store().quick_check().await?;
        samples.push(t.elapsed());
    }
    app.close().await;
    let stats = Stats::of(&samples);
    let sql = "PRAGMA quick_check;\n".repeat(reps);
    Ok(Row {
        operation: format!("integrity check, in the background after the first screen (× {reps})"),
        malaka: Some(stats),
        limit: limit_of(sqlite3, db, &sql, reps, "PRAGMA quick_check on the same file")?,
        target: "—",
        met: None,
        note: "PRAGMA quick_check reads the whole file: no longer on the way to the first screen".into(),
    })
}

/// Runs `script` through sqlite3 (if it is there) and divides by the operations it holds.
fn limit_of(
    sqlite3: &std::result::Result<Sqlite3, String>,
    db: &Path,
    script: &str,
    operations: usize,
    what: &str,
) -> Result<Limit> {
    match sqlite3 {
        Ok(s) => {
            let t = s.script(db, &format!("{}{script}", limits::PRELUDE))?;
            Ok(Limit::Sqlite3 { mean_ms: t.as_secs_f64() * 1000.0 / operations.max(1) as f64, what: what.into() })
        }
        Err(why) => Ok(Limit::None(why.clone())),
    }
}

pub(crate) fn verdict(stats: &Stats, bound_ms: f64) -> Option<bool> {
    Some(stats.p99_ms < bound_ms)
}

pub(crate) async fn search(
    app: &Malaka,
    client: &dyn Client,
    script: &str,
    queries: &[&str],
    reps: usize,
) -> Result<Row> {
    let mut samples = Vec::new();
    let mut sql = String::new();
    let mut found = 0usize;
    for q in queries {
        // First call warms the cache and tells the limit script which people to fetch.
        let people = app.person_search(q, SEARCH_PAGE).await?;
        found += people.len();
        let ids: Vec<String> = people.into_iter().map(|p| p.id).collect();
        let one = client.person_search(&search_tokens(q), SEARCH_PAGE, &ids);
        for _ in 0..reps {
            samples.push(timed(app.person_search(q, SEARCH_PAGE)).await?.1);
            sql.push_str(&one);
        }
    }
    let stats = Stats::of(&samples);
    let limit = client.limit(&sql, samples.len(), "token range + person rows, as SELECTs")?;
    Ok(Row {
        operation: format!("person search, {script} prefix ({} queries × {reps})", queries.len()),
        met: verdict(&stats, 20.0),
        malaka: Some(stats),
        limit,
        target: TWENTY_MS,
        note: format!(
            "1–4 letters and \"family + initial\"; {} people found per query on average",
            found / queries.len().max(1)
        ),
    })
}

/// The busiest calendar month (Tashkent time) and its sessions.
pub(crate) async fn busiest_month(app: &Malaka) -> Result<(NaiveDate, Vec<Session>)> {
    let mut best = (first_day(), Vec::new());
    let mut month = first_day().with_day(1).unwrap_or_default();
    while month <= last_day() {
        let next = month + Months::new(1);
        let sessions = app.session_list_between(tashkent(month), tashkent(next), 100_000).await?;
        if sessions.len() > best.1.len() {
            best = (month, sessions);
        }
        month = next;
    }
    Ok(best)
}

/// Midnight of `day` in Tashkent, as a UTC instant.
fn tashkent(day: NaiveDate) -> DateTime<Utc> {
    chrono_tz::Asia::Tashkent
        .from_local_datetime(&day.and_time(chrono::NaiveTime::MIN))
        .single()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_default()
}

pub(crate) async fn calendar(
    app: &Malaka,
    client: &dyn Client,
    month: NaiveDate,
    sessions: usize,
    reps: usize,
) -> Result<Row> {
    let (from, to) = (tashkent(month), tashkent(month + Months::new(1)));
    let query = malaka_api::calendar::CalendarQuery {
        from: month.to_string(),
        to: (month + Months::new(1)).to_string(),
        time_zone: "Asia/Tashkent".into(),
        organisation_id: None,
        trainer_id: None,
        venue_id: None,
        kind: None,
        limit: Some(100_000),
    };
    let mut samples = Vec::new();
    for _ in 0..reps {
        let (got, d) = timed(app.calendar(&query)).await?;
        if got.len() != sessions {
            return Err(Error::Refused(format!(
                "the calendar changed under the benchmark: {} ≠ {sessions}",
                got.len()
            )));
        }
        samples.push(d);
    }
    let sql = client.calendar(&utc_text(from), &utc_text(to), 100_000).repeat(reps);
    let stats = Stats::of(&samples);
    Ok(Row {
        operation: format!("calendar month ({}, {sessions} sessions)", month.format("%Y-%m")),
        met: verdict(&stats, 20.0),
        malaka: Some(stats),
        limit: client.limit(&sql, reps, "the same SELECT")?,
        target: TWENTY_MS,
        note: "api calendar (the Plan screen's month): every session in the month with its activity, venue and \
               trainers named"
            .into(),
    })
}

async fn roll_load(
    app: &Malaka,
    db: &Path,
    sqlite3: &std::result::Result<Sqlite3, String>,
    sessions: &[Session],
    count: usize,
) -> Result<Row> {
    let step = (sessions.len() / count.max(1)).max(1);
    let chosen: Vec<&Session> = sessions.iter().step_by(step).take(count).collect();
    let mut samples = Vec::new();
    let mut sql = String::new();
    let mut people = 0usize;
    for s in &chosen {
        app.attendance_roll(&s.id).await?;
        for _ in 0..2 {
            let (roll, d) = timed(app.attendance_roll(&s.id)).await?;
            people += roll.people.len();
            samples.push(d);
            sql.push_str(&limits::roll(&s.id, &s.activity_id));
        }
    }
    let stats = Stats::of(&samples);
    Ok(Row {
        operation: format!("roll-call load ({} sessions × 2)", chosen.len()),
        met: None,
        malaka: Some(stats),
        limit: limit_of(sqlite3, db, &sql, samples.len(), "the 4 SELECTs it runs")?,
        target: "—",
        note: format!("attendance_roll: {} people per roll on average", people / samples.len().max(1)),
    })
}

/// Every participant's standing in the activity with the most people enrolled: its sessions,
/// every mark in them, the rule applied to each person.
async fn eligibility(
    app: &Malaka,
    db: &Path,
    sqlite3: &std::result::Result<Sqlite3, String>,
    reps: usize,
) -> Result<Row> {
    let largest = malaka_store::enrolment::largest_activity(&mut *app.store().read().await?).await?;
    let Some(activity) = largest else { return Err(Error::Refused("no activity has anyone enrolled".into())) };
    app.completion_show(&activity).await?;
    let mut samples = Vec::new();
    let mut shown = None;
    for _ in 0..reps {
        let (c, d) = timed(app.completion_show(&activity)).await?;
        samples.push(d);
        shown = Some(c);
    }
    let (people, sessions) = shown.map_or((0, 0), |c| (c.participants.len(), c.sessions));
    let stats = Stats::of(&samples);
    let sql = limits::eligibility(&activity).repeat(samples.len());
    Ok(Row {
        operation: format!("eligibility of an activity ({people} participants × {sessions} sessions)"),
        met: None,
        malaka: Some(stats),
        limit: limit_of(sqlite3, db, &sql, samples.len(), "the 7 SELECTs it runs")?,
        target: "—",
        note: "completion_show: rule, sessions, every mark, assessments, standing per participant".into(),
    })
}

/// The transcript of the person with the most learner places, beside `sqlite3` running the two
/// statements it reads.
async fn transcript(
    app: &Malaka,
    db: &Path,
    sqlite3: &std::result::Result<Sqlite3, String>,
    reps: usize,
) -> Result<Row> {
    let busiest = malaka_store::transcript::busiest_learner(&mut *app.store().read().await?).await?;
    let Some(person) = busiest else { return Err(Error::Refused("nobody is enrolled as a learner".into())) };
    let t = app.person_transcript(&person).await?;
    let mut samples = Vec::new();
    for _ in 0..reps {
        samples.push(timed(app.person_transcript(&person)).await?.1);
    }
    let stats = Stats::of(&samples);
    let quoted = format!("'{person}'");
    let sql: String = malaka_store::transcript::statements_sqlite()
        .iter()
        .map(|q| format!("{};\n", q.replace("?1", &quoted)))
        .collect();
    let sessions = app.person_transcript(&person).await?.entries.iter().map(|e| e.planned_hours).sum::<f64>();
    Ok(Row {
        operation: format!("a person's transcript ({} activities, {sessions:.0} hours planned)", t.entries.len()),
        met: verdict(&stats, 50.0),
        malaka: Some(stats),
        limit: limit_of(sqlite3, db, &sql.repeat(samples.len()), samples.len(), "the 2 SELECTs it runs")?,
        target: "p99 < 50 ms",
        note: "person_transcript: the person, their learner places with rule, assessment and certificate, every session with its mark, results".into(),
    })
}

/// A report statement's parameters written in for `sqlite3`: no scope, programme, kind or
/// country; ?2 and ?3 the period's ends as the statement reads them; ?7 (places only) a "now"
/// after every session.
fn unscoped(sql: String, first: &str, end: &str) -> String {
    sql.replace("?1", "NULL")
        .replace("?2", &format!("'{first}'"))
        .replace("?3", &format!("'{end}'"))
        .replace("?4", "NULL")
        .replace("?5", "NULL")
        .replace("?6", "NULL")
        .replace("?7", "'2100-01-01T00:00:00Z'")
}

/// The training hours report by unit for the dataset's last whole year, beside `sqlite3` running
/// the same statement.
async fn hours_by_unit(app: &Malaka, client: &dyn Client, reps: usize) -> Result<Row> {
    use malaka_core::model::{ReportFilter, ReportGrouping};
    let year = last_day().year() - 1;
    let filter = ReportFilter::years(year, year, ReportGrouping::Unit);
    let rows = app.report_hours(&filter).await?;
    let mut samples = Vec::new();
    for _ in 0..reps {
        samples.push(timed(app.report_hours(&filter)).await?.1);
    }
    let stats = Stats::of(&samples);
    let one = unscoped(
        malaka_store::report::hours_sql_sqlite(ReportGrouping::Unit),
        &format!("{year}-01-01"),
        &format!("{}-01-01", year + 1),
    );
    let sql = format!("{one};\n").repeat(samples.len());
    let (sessions, planned) = rows.iter().fold((0, 0.0), |(s, h), r| (s + r.sessions, h + r.planned_hours));
    Ok(Row {
        operation: format!("training hours by unit, {year} ({} units, {sessions} sessions attended)", rows.len()),
        met: verdict(&stats, 500.0),
        malaka: Some(stats),
        limit: client.limit(&sql, samples.len(), "the same aggregation")?,
        target: "p99 < 500 ms",
        note: format!("every learner's session of the year with its mark; {planned:.0} hours planned"),
    })
}

/// The completion report by activity for the dataset's last whole year, beside `sqlite3`
/// running the statement that counts every place's sessions by mark.
async fn completion_by_activity(app: &Malaka, client: &dyn Client, reps: usize) -> Result<Row> {
    use malaka_core::model::{ReportFilter, ReportGrouping};
    let year = last_day().year() - 1;
    let filter = ReportFilter::years(year, year, ReportGrouping::Activity);
    let rows = app.report_completion(&filter).await?;
    let mut samples = Vec::new();
    for _ in 0..reps {
        samples.push(timed(app.report_completion(&filter)).await?.1);
    }
    let stats = Stats::of(&samples);
    let one = unscoped(
        malaka_store::report::places_sql_sqlite(ReportGrouping::Activity),
        &format!("{year}-01-01"),
        &format!("{year}-12-31"),
    );
    let sql = format!("{one};\n").repeat(samples.len());
    let places: i64 = rows.iter().map(|r| r.enrolled).sum();
    Ok(Row {
        operation: format!("completion by activity, {year} ({} activities, {places} places)", rows.len()),
        met: verdict(&stats, 1000.0),
        malaka: Some(stats),
        limit: client.limit(&sql, samples.len(), "the same statement")?,
        target: "p99 < 1 s",
        note: "report_completion: every learner place's sessions counted by mark, each rule applied, results".into(),
    })
}

/// The trainers' load for the dataset's last whole year (one row per trainer), beside `sqlite3`
/// running the same statement.
async fn trainers_load(app: &Malaka, client: &dyn Client, reps: usize) -> Result<Row> {
    use malaka_core::model::{ReportFilter, ReportGrouping};
    let year = last_day().year() - 1;
    let filter = ReportFilter::years(year, year, ReportGrouping::Unit);
    let rows = app.report_trainers(&filter).await?;
    let mut samples = Vec::new();
    for _ in 0..reps {
        samples.push(timed(app.report_trainers(&filter)).await?.1);
    }
    let stats = Stats::of(&samples);
    let one = unscoped(
        malaka_store::trainer_report::rows_sql_sqlite(ReportGrouping::Unit),
        &format!("{year}-01-01"),
        &format!("{}-01-01", year + 1),
    );
    let sql = format!("{one};\n").repeat(samples.len());
    let sessions: i64 = rows.iter().map(|r| r.sessions).sum();
    Ok(Row {
        operation: format!("trainers' load, {year} ({} trainers, {sessions} sessions led)", rows.len()),
        met: verdict(&stats, 500.0),
        malaka: Some(stats),
        limit: client.limit(&sql, samples.len(), "the same statement")?,
        target: "p99 < 500 ms",
        note: "report_trainers: each trainer's sessions, hours, rolls never marked, learners".into(),
    })
}

/// The dashboard for the dataset's last whole year: its first paint (a pass over each year's hours,
/// certificates by month, open activities) beside `sqlite3` running the two passes; and its
/// completion tile, which follows, beside the places statement.
async fn dashboard(app: &Malaka, client: &dyn Client, reps: usize) -> Result<Vec<Row>> {
    use malaka_core::model::ReportGrouping as G;
    let year = last_day().year() - 1;
    app.dashboard(year).await?;
    let (mut first, mut tile) = (Vec::new(), Vec::new());
    for _ in 0..reps {
        first.push(timed(app.dashboard(year)).await?.1);
        tile.push(timed(app.dashboard_completion(year)).await?.1);
    }
    let (first, tile) = (Stats::of(&first), Stats::of(&tile));
    let glance = |y: i32| {
        malaka_store::dashboard::hours_glance_sql_sqlite()
            .replace("?1", &format!("'{y}-01-01'"))
            .replace("?2", &format!("'{}-01-01'", y + 1))
    };
    let glance = format!("{};\n{};\n", glance(year), glance(year - 1));
    let places =
        unscoped(malaka_store::report::places_sql_sqlite(G::Year), &format!("{year}-01-01"), &format!("{year}-12-31"));
    Ok(vec![
        Row {
            operation: format!("dashboard, {year}: first paint"),
            met: verdict(&first, 1000.0),
            malaka: Some(first),
            limit: client.limit(&glance.repeat(reps), reps, "its two hours passes, one after the other")?,
            target: "p99 < 1 s",
            note: "dashboard: a pass over each year's hours (learners, months, programmes); certificates by month; \
                   open activities"
                .into(),
        },
        Row {
            operation: "  then its completion tile".into(),
            met: None,
            malaka: Some(tile),
            limit: client.limit(&format!("{places};\n").repeat(reps), reps, "the places statement")?,
            target: "—",
            note: "dashboard_completion: every place of the activities ended in the year, weighed by its rule".into(),
        },
    ])
}

/// One person on the roll being saved: their current mark's version and status.
struct OnRoll {
    person_id: String,
    version: i64,
    status: Option<AttendanceStatus>,
}

const CYCLE: [AttendanceStatus; 4] =
    [AttendanceStatus::Present, AttendanceStatus::Late, AttendanceStatus::Absent, AttendanceStatus::Excused];

/// A mark for everyone on the roll, each different from what it is now (so every one is written),
/// naming the version it replaces.
fn marks_for(session: &str, people: &[OnRoll]) -> Vec<NewMark> {
    people
        .iter()
        .map(|p| {
            let now = p.status.and_then(|s| CYCLE.iter().position(|c| *c == s));
            let status = CYCLE[now.map_or(0, |i| (i + 1) % CYCLE.len())];
            NewMark {
                session_id: session.into(),
                person_id: p.person_id.clone(),
                status: Some(status),
                minutes_late: (status == AttendanceStatus::Late).then_some(10),
                note: None,
                reason: (p.version > 0).then(|| "corrected from the sign-in sheet".into()),
                expected_version: Some(p.version),
            }
        })
        .collect()
}

pub(crate) async fn roll_save(app: &Malaka, client: &dyn Client, sessions: &[Session], reps: usize) -> Result<Row> {
    // The largest roll of the month, ideally of 40 or more.
    let mut best: Option<(String, Vec<OnRoll>)> = None;
    for s in sessions {
        let roll = app.attendance_roll(&s.id).await?;
        let people: Vec<OnRoll> = roll
            .people
            .iter()
            .map(|r| {
                let mark = roll.marks.iter().find(|m| m.person_id == r.person_id);
                OnRoll {
                    person_id: r.person_id.clone(),
                    version: mark.map_or(0, |m| m.version),
                    status: mark.map(|m| m.status),
                }
            })
            .collect();
        if best.as_ref().is_none_or(|b| people.len() > b.1.len()) {
            best = Some((s.id.clone(), people));
        }
        if best.as_ref().is_some_and(|b| b.1.len() >= 40) {
            break;
        }
    }
    let Some((session, mut people)) = best.filter(|b| !b.1.is_empty()) else {
        return Err(Error::Refused("no session in the busiest month has anyone enrolled".into()));
    };
    people.truncate(40);
    let mut samples = Vec::new();
    for _ in 0..reps {
        let marks = marks_for(&session, &people);
        let (saved, d) = timed(app.attendance_mark(&marks)).await?;
        if saved.len() != people.len() {
            return Err(Error::Refused(format!("saved {} of {} marks", saved.len(), people.len())));
        }
        for (p, m) in people.iter_mut().zip(saved.iter().filter_map(|s| s.mark.as_ref())) {
            (p.version, p.status) = (m.version, Some(m.status));
        }
        samples.push(d);
    }
    let mut sql = String::new();
    for _ in 0..reps {
        let marks = marks_for(&session, &people);
        let rows: Vec<limits::Mark<'_>> = marks
            .iter()
            .map(|m| limits::Mark {
                session_id: &m.session_id,
                person_id: &m.person_id,
                status: m.status.map_or("present", |s| s.as_str()),
                minutes_late: m.minutes_late,
            })
            .collect();
        sql.push_str(&client.roll_save(&rows, ACTOR, &utc_text(Utc::now())));
        for (p, m) in people.iter_mut().zip(&marks) {
            p.status = m.status;
        }
    }
    let stats = Stats::of(&samples);
    Ok(Row {
        operation: format!("save a roll of {} marks, one durable transaction (× {reps})", people.len()),
        met: verdict(&stats, 20.0),
        malaka: Some(stats),
        limit: client.limit(&sql, reps, "one transaction: history lines, one multi-row upsert, audit; COMMIT")?,
        target: TWENTY_MS,
        note:
            "attendance_mark: checks every mark's enrolment and version, writes marks and history; synchronous = FULL"
                .into(),
    })
}

/// Organisations the CSV refers to, by short code.
const IMPORT_ORGS: usize = 20;
const CSV_HEADER: [&str; 8] =
    ["Familiya", "Ismi", "Otasining ismi", "Tabel raqami", "Lavozim", "Tug'ilgan sana", "Elektron pochta", "Tashkilot"];

/// A staff list as an agency's HR system exports it: Uzbek headers, names in Latin or Cyrillic,
/// dates as DD.MM.YYYY, the organisation by short code.
pub fn write_csv(path: &Path, rows: usize, seed: u64) -> Result<()> {
    let mut rng = Rng::new(seed);
    let mut w = csv::Writer::from_path(path).map_err(|e| Error::Io(e.to_string()))?;
    w.write_record(CSV_HEADER).map_err(|e| Error::Io(e.to_string()))?;
    for i in 0..rows {
        let style = Style::uzbek_register(&mut rng);
        let woman = rng.chance(48);
        let n = names::name(&mut rng, style, woman);
        let born = format!("{:02}.{:02}.{}", rng.between(1, 28), rng.between(1, 12), rng.between(1962, 2003));
        let record = [
            n.family,
            n.given,
            n.patronymic,
            format!("{}", 100_001 + i),
            (*rng.pick(style.positions())).to_owned(),
            born,
            if rng.chance(70) { format!("xodim{}@dxa.gov.uz", 100_001 + i) } else { String::new() },
            format!("IMP-{:02}", i % IMPORT_ORGS + 1),
        ];
        w.write_record(&record).map_err(|e| Error::Io(e.to_string()))?;
    }
    w.flush()?;
    Ok(())
}

/// A new database holding the organisations the CSV names, as an agency's would before an import.
async fn import_target(path: &Path) -> Result<Malaka> {
    let app = Malaka::open(path).await?;
    for i in 1..=IMPORT_ORGS {
        app.organisation_create(NewOrganisation {
            name: format!("Davlat xizmatlari markazi №{i}"),
            short_code: Some(format!("IMP-{i:02}")),
            country: "UZ".into(),
            kind: OrgKind::ServiceCentre,
            parent_id: None,
        })
        .await?;
    }
    Ok(app)
}

async fn import(
    dir: &tempfile::TempDir,
    sqlite3: &std::result::Result<Sqlite3, String>,
    options: &Options,
) -> Result<Vec<Row>> {
    let rows = options.import_rows;
    let csv = dir.path().join("staff.csv");
    write_csv(&csv, rows, 4)?;
    let reps = if options.quick { 1 } else { 3 };
    let (mut full, mut dry) = (Vec::new(), Vec::new());
    for rep in 0..reps {
        let app = import_target(&dir.path().join(format!("import-{rep}.db"))).await?;
        let check = ImportOptions { dry_run: true, ..Default::default() };
        let (report, d) = timed(app.person_import(&csv, &check)).await?;
        if !report.problems.is_empty() {
            return Err(Error::Refused(format!("the generated CSV has problems: {:?}", &report.problems[..1])));
        }
        dry.push(d);
        let (report, d) = timed(app.person_import(&csv, &ImportOptions::default())).await?;
        if report.imported != rows {
            return Err(Error::Refused(format!("imported {} of {rows} rows", report.imported)));
        }
        full.push(d);
        app.close().await;
    }
    let limit = match sqlite3 {
        Ok(s) => {
            let mut times = Vec::new();
            for rep in 0..reps {
                let target = dir.path().join(format!("plain-{rep}.db"));
                times.push(s.script(&target, &limits::csv_import(&csv, CSV_HEADER.len()))?);
            }
            Limit::Sqlite3 {
                mean_ms: Stats::of(&times).mean_ms,
                what: "sqlite3 .import into a plain table (new file, WAL, synchronous = FULL)".into(),
            }
        }
        Err(why) => Limit::None(why.clone()),
    };
    // The same rows into the same schema, by sqlite3: what the register's tables, indexes (and
    // references) cost by themselves, with nothing of Malaka in between. `.import` reads them
    // from text as the import reads its file; `INSERT … SELECT` is SQLite's floor.
    let (same_rows, floor) = match sqlite3 {
        Ok(s) => {
            let written = dir.path().join("import-0.db");
            let schema = s.capture(&written, ".schema --nosys\n")?;
            s.capture(&written, &limits::export_rows(dir.path()))?;
            let staging = dir.path().join("staging.db");
            s.capture(&staging, &limits::stage_rows(&written))?;
            let (mut imported, mut inserted) = (Vec::new(), Vec::new());
            for rep in 0..reps {
                let target = dir.path().join(format!("same-rows-{rep}.db"));
                imported.push(s.script(&target, &limits::same_rows_imported(&schema, dir.path()))?);
                let target = dir.path().join(format!("floor-{rep}.db"));
                inserted.push(s.script(&target, &limits::same_rows_inserted(&schema, &staging))?);
            }
            (
                Limit::Sqlite3 {
                    mean_ms: Stats::of(&imported).mean_ms,
                    what: "sqlite3 .import of the rows the import wrote (people, then their search tokens person \
                           by person) into a new file with the same tables and indexes (WAL, synchronous = FULL)"
                        .into(),
                },
                Limit::Sqlite3 {
                    mean_ms: Stats::of(&inserted).mean_ms,
                    what: "sqlite3 INSERT … SELECT of the same rows from another file, foreign keys on".into(),
                },
            )
        }
        Err(why) => (Limit::None(why.clone()), Limit::None(why.clone())),
    };
    let (full, dry) = (Stats::of(&full), Stats::of(&dry));
    let ratio = match &same_rows {
        Limit::Sqlite3 { mean_ms, .. } if *mean_ms > 0.0 => Some(full.mean_ms / mean_ms),
        _ => None,
    };
    Ok(vec![
        Row {
            operation: format!("import a {rows}-row CSV, validated, one transaction (× {reps})"),
            malaka: Some(full.clone()),
            limit: same_rows,
            target: "≤ 1.5× the same rows by sqlite3",
            met: ratio.map(|r| r <= 1.5),
            note: "person_import into a new register holding the file's organisations; the limit is what the \
                   schema's tables and indexes cost by themselves"
                .into(),
        },
        Row {
            operation: "  the same import, against sqlite3 inserting the same rows from a table".into(),
            malaka: Some(full.clone()),
            limit: floor,
            target: "—",
            met: None,
            note: "context: SQLite's floor, with no text to read and every reference checked".into(),
        },
        Row {
            operation: "  the same import, against sqlite3 .import into a plain table".into(),
            malaka: Some(full.clone()),
            limit: limit.clone(),
            target: "—",
            met: None,
            note: "context: the file's cells into one table with no index".into(),
        },
        Row {
            operation: "  of which: reading and checking the file (dry run)".into(),
            malaka: Some(dry),
            limit,
            target: "—",
            met: None,
            note: "person_import with dry_run: everything but the writes".into(),
        },
    ])
}
