//! `malaka session …`: an activity's sessions, one or a weekly series, moved and cancelled.

use chrono::{NaiveDate, TimeZone, Utc};
use clap::Subcommand;
use malaka_api::core::Reason;
use malaka_api::core::model::Session;
use malaka_api::core::recurrence::{Repeat, SessionPlan};
use malaka_api::{Error, Malaka, NamedConflict};

use crate::output::{emit, table};

#[derive(Subcommand, Debug)]
pub(crate) enum SessionCmd {
    /// Add a session, or a series with --weekdays and --until/--weeks.
    Add {
        #[arg(long)]
        activity: String,
        /// Local start at the venue, YYYY-MM-DDTHH:MM (the first session's).
        #[arg(long)]
        start: String,
        /// Local end, YYYY-MM-DDTHH:MM.
        #[arg(long)]
        end: String,
        /// IANA time zone (default: the venue's).
        #[arg(long)]
        tz: Option<String>,
        /// Venue (default: the activity's).
        #[arg(long)]
        venue: Option<String>,
        /// Trainer id; repeat for several.
        #[arg(long)]
        trainer: Vec<String>,
        #[arg(long)]
        title: Option<String>,
        /// Repeat on these weekdays: mon,tue,… or 1-7 (1 = Monday).
        #[arg(long, value_delimiter = ',')]
        weekdays: Vec<String>,
        /// Repeat up to and including this day (YYYY-MM-DD).
        #[arg(long, conflicts_with = "weeks")]
        until: Option<String>,
        /// Repeat for this many weeks from the first day.
        #[arg(long)]
        weeks: Option<u32>,
        /// Leave out these days (YYYY-MM-DD); repeat or separate by commas.
        #[arg(long, value_delimiter = ',')]
        skip: Vec<String>,
        /// Only show what would be created and any conflicts.
        #[arg(long)]
        check: bool,
        /// Save even if a trainer, venue or participant is booked elsewhere at that time.
        #[arg(long)]
        allow_conflict: bool,
    },
    /// Move or resize a session (new local times in its zone).
    Move {
        id: String,
        #[arg(long)]
        start: String,
        #[arg(long)]
        end: String,
        #[arg(long)]
        allow_conflict: bool,
    },
    /// Cancel one session.
    Cancel {
        id: String,
        #[arg(long)]
        reason: String,
    },
    List {
        #[arg(long, conflicts_with_all = ["from", "to"])]
        activity: Option<String>,
        /// From this day (YYYY-MM-DD, UTC).
        #[arg(long, requires = "to")]
        from: Option<String>,
        /// Until this day, exclusive (YYYY-MM-DD, UTC).
        #[arg(long, requires = "from")]
        to: Option<String>,
    },
}

fn parse_day(field: &str, s: &str) -> Result<NaiveDate, Error> {
    Ok(malaka_api::core::validate::date(field, s)?)
}

/// Sessions as rows (also under `activity show`).
pub(crate) fn sessions_table(list: &[Session]) -> String {
    let rows = list
        .iter()
        .map(|s| {
            let status = match &s.cancel_reason {
                Some(r) => format!("{} ({r})", s.status),
                None => s.status.to_string(),
            };
            vec![
                s.id.clone(),
                format!("{} – {}", s.starts_local.format("%a %Y-%m-%d %H:%M"), s.ends_local.format("%H:%M")),
                s.time_zone.clone(),
                s.starts_utc.format("%Y-%m-%d %H:%MZ").to_string(),
                status,
            ]
        })
        .collect();
    table(&["id", "local time", "zone", "UTC start", "status"], rows)
}

/// `mon`, `tuesday`, `3`… as ISO weekday numbers (1 = Monday).
fn weekday(text: &str) -> Result<u8, Error> {
    const NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let t = text.trim().to_lowercase();
    if let Ok(n) = t.parse::<u8>() {
        return Ok(n);
    }
    NAMES.iter().position(|n| t.starts_with(n)).map(|i| i as u8 + 1).ok_or_else(|| {
        Error::invalid("weekdays", Reason::NotOneOf { value: text.into(), allowed: NAMES.map(String::from).to_vec() })
    })
}

fn conflicts_text(found: &[NamedConflict]) -> Vec<String> {
    found.iter().map(|c| format!("conflict: {c}")).collect()
}

pub(crate) async fn session(app: &Malaka, cmd: SessionCmd, json: bool) -> Result<(), Error> {
    match cmd {
        SessionCmd::Add {
            activity,
            start,
            end,
            tz,
            venue,
            trainer,
            title,
            weekdays,
            until,
            weeks,
            skip,
            check,
            allow_conflict,
        } => {
            let repeats = !weekdays.is_empty() || until.is_some() || weeks.is_some();
            let repeat = if repeats {
                let first = malaka_api::core::time::local("start", &start)?.date();
                let until = match (until, weeks) {
                    (Some(u), _) => u,
                    (None, Some(w)) => (first + chrono::Duration::days(7 * i64::from(w) - 1)).to_string(),
                    (None, None) => {
                        return Err(Error::invalid("until", Reason::Required));
                    }
                };
                Some(Repeat { weekdays: weekdays.iter().map(|w| weekday(w)).collect::<Result<_, _>>()?, until, skip })
            } else {
                None
            };
            let plan = SessionPlan {
                activity_id: activity,
                title,
                starts_local: start,
                ends_local: end,
                time_zone: tz,
                venue_id: venue,
                trainer_ids: trainer,
                repeat,
            };
            if check {
                let preview = app.session_plan_check(&plan).await?;
                emit(json, &preview, |p| {
                    let mut out: Vec<String> = p
                        .occurrences
                        .iter()
                        .map(|o| {
                            format!("{} – {}", o.starts_local.format("%a %Y-%m-%d %H:%M"), o.ends_local.format("%H:%M"))
                        })
                        .collect();
                    out.push(format!("{} session(s), {} conflict(s)", p.occurrences.len(), p.conflicts.len()));
                    out.extend(conflicts_text(&p.conflicts));
                    out.join("\n")
                });
            } else {
                let mut list = app.session_plan(&plan, allow_conflict).await?;
                if plan.repeat.is_none() {
                    // One session in, one session out (scripts read its fields directly).
                    let s = list.remove(0);
                    emit(json, &s, |s| {
                        format!("scheduled session {}\n{}", s.id, sessions_table(std::slice::from_ref(s)))
                    });
                } else {
                    emit(json, &list, |l| format!("scheduled {} session(s)\n{}", l.len(), sessions_table(l)));
                }
            }
        }
        SessionCmd::Move { id, start, end, allow_conflict } => {
            let s = app.session_move(&id, &start, &end, allow_conflict).await?;
            emit(json, &s, |s| sessions_table(std::slice::from_ref(s)));
        }
        SessionCmd::Cancel { id, reason } => {
            let s = app.session_cancel(&id, &reason).await?;
            emit(json, &s, |s| sessions_table(std::slice::from_ref(s)));
        }
        SessionCmd::List { activity, from, to } => {
            let list = match (activity, from, to) {
                (Some(a), _, _) => app.session_list_for_activity(&a).await?,
                (None, Some(f), Some(t)) => {
                    let from = Utc.from_utc_datetime(&parse_day("from", &f)?.and_time(chrono::NaiveTime::MIN));
                    let to = Utc.from_utc_datetime(&parse_day("to", &t)?.and_time(chrono::NaiveTime::MIN));
                    app.session_list_between(from, to, 10_000).await?
                }
                _ => {
                    return Err(Error::invalid("activity", Reason::Required));
                }
            };
            emit(json, &list, |l| sessions_table(l));
        }
    }
    Ok(())
}
