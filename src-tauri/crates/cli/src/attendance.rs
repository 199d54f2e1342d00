//! `malaka attendance …`: marks, one by one or a whole sheet at once, rolls, history, the
//! sessions awaiting marks, and the paper sign-in sheet.

use std::path::PathBuf;

use clap::Subcommand;
use malaka_api::attendance::Roll;
use malaka_api::attendance_bulk::BulkMarks;
use malaka_api::core::Reason;
use malaka_api::core::model::{AttendanceStatus, NewMark, SessionCard};
use malaka_api::{Error, Malaka};

use crate::output::{emit, opt, table};

#[derive(Subcommand, Debug)]
pub(crate) enum AttendanceCmd {
    /// Mark one or more people in a session (one transaction).
    Mark {
        #[arg(long)]
        session: String,
        /// Person id; repeat for several with the same mark.
        #[arg(long, required = true)]
        person: Vec<String>,
        /// present, late, absent or excused; `clear` removes the mark (its history stays).
        #[arg(long)]
        status: String,
        #[arg(long)]
        minutes_late: Option<i64>,
        #[arg(long)]
        note: Option<String>,
        /// Why a recorded mark changes.
        #[arg(long)]
        reason: Option<String>,
    },
    /// Enter a session's marks at once: from a file typed up from the sign-in sheet (columns
    /// person — id or personnel number —, status, minutes_late, note) and/or for everyone unmarked.
    Bulk {
        #[arg(long)]
        session: String,
        /// CSV or spreadsheet; any problem refuses the whole file, naming row and column.
        #[arg(long)]
        file: Option<PathBuf>,
        /// The mark for everyone on the roll with no mark who is not in the file.
        #[arg(long)]
        rest: Option<String>,
        #[arg(long)]
        reason: Option<String>,
    },
    /// A session's roll, or a whole activity's (people × sessions), with the current marks.
    Show {
        #[arg(long, required_unless_present = "activity", conflicts_with = "activity")]
        session: Option<String>,
        #[arg(long)]
        activity: Option<String>,
    },
    /// Every change to one person's mark.
    History {
        #[arg(long)]
        session: String,
        #[arg(long)]
        person: String,
    },
    /// Today's, upcoming and recent sessions (one trainer's, or everyone's), with marks missing.
    Sessions {
        #[arg(long)]
        trainer: Option<String>,
        /// IANA zone that decides where today begins.
        #[arg(long)]
        time_zone: Option<String>,
    },
    /// Print a session's sign-in sheet as a PDF.
    Sheet {
        #[arg(long)]
        session: String,
        /// uz-Latn, uz-Cyrl, ru, az or en.
        #[arg(long, default_value = "uz-Latn")]
        locale: String,
        #[arg(long)]
        out: PathBuf,
    },
}

pub(crate) async fn attendance(app: &Malaka, cmd: AttendanceCmd, json: bool) -> Result<(), Error> {
    match cmd {
        AttendanceCmd::Mark { session, person, status, minutes_late, note, reason } => {
            let status = match status.trim() {
                "clear" => None,
                s => Some(AttendanceStatus::parse("status", s)?),
            };
            let marks: Vec<NewMark> = person
                .into_iter()
                .map(|p| NewMark {
                    session_id: session.clone(),
                    person_id: p,
                    status,
                    minutes_late,
                    note: note.clone(),
                    reason: reason.clone(),
                    expected_version: None,
                })
                .collect();
            let saved = app.attendance_mark(&marks).await?;
            emit(json, &saved, |s| format!("{} mark(s) saved, {} unchanged", s.len(), marks.len() - s.len()));
        }
        AttendanceCmd::Bulk { session, file, rest, reason } => {
            let rest = rest.map(|r| AttendanceStatus::parse("rest", &r)).transpose()?;
            let report = app.attendance_bulk(&BulkMarks { session_id: session, file, rest, reason }).await?;
            emit(json, &report, |r| {
                format!("{} mark(s) saved ({} for everyone else), {} unchanged", r.saved, r.rest, r.unchanged)
            });
        }
        AttendanceCmd::Show { session, activity } => {
            let roll = match (session, activity) {
                (Some(s), _) => app.attendance_roll(&s).await?,
                (None, Some(a)) => app.attendance_grid(&a).await?,
                (None, None) => return Err(Error::invalid("session", Reason::Required)),
            };
            emit(json, &roll, roll_text);
        }
        AttendanceCmd::History { session, person } => {
            let h = app.attendance_history(&session, &person).await?;
            emit(json, &h, |h| {
                let rows = h
                    .iter()
                    .map(|c| {
                        vec![
                            c.version.to_string(),
                            c.changed_at.format("%Y-%m-%d %H:%M:%S").to_string(),
                            c.changed_by.clone(),
                            c.old_status.map(|s| s.to_string()).unwrap_or_else(|| "—".into()),
                            c.new_status.map(|s| s.to_string()).unwrap_or_else(|| "—".into()),
                            opt(&c.reason),
                        ]
                    })
                    .collect();
                table(&["version", "at (UTC)", "by", "from", "to", "reason"], rows)
            });
        }
        AttendanceCmd::Sessions { trainer, time_zone } => {
            let q = malaka_api::attendance::SessionsQuery { trainer_id: trainer, time_zone };
            let s = app.attendance_sessions(&q).await?;
            emit(json, &s, |s| {
                format!("Today\n{}\nUpcoming\n{}\nPast\n{}", cards(&s.today), cards(&s.upcoming), cards(&s.past))
            });
        }
        AttendanceCmd::Sheet { session, locale, out } => {
            let pdf = app.attendance_sheet(&session, &locale).await?;
            app.save_export(&out, &pdf)?;
            emit(json, &serde_json::json!({ "file": out, "bytes": pdf.len() }), |_| {
                format!("wrote {} ({} bytes)", out.display(), pdf.len())
            });
        }
    }
    Ok(())
}

fn cards(cards: &[SessionCard]) -> String {
    let rows = cards
        .iter()
        .map(|c| {
            vec![
                c.session.id.clone(),
                format!("{} ({})", c.session.starts_local.format("%Y-%m-%d %H:%M"), c.session.time_zone),
                c.activity_title.clone(),
                format!("{}/{}", c.marked, c.expected),
                if c.missing() > 0 { format!("{} missing", c.missing()) } else { String::new() },
            ]
        })
        .collect();
    table(&["session", "starts", "activity", "marked", ""], rows)
}

fn roll_text(r: &Roll) -> String {
    let mut header = vec!["person", "name"];
    let times: Vec<String> =
        r.sessions.iter().map(|s| s.session.starts_local.format("%m-%d %H:%M").to_string()).collect();
    header.extend(times.iter().map(String::as_str));
    let rows = r
        .people
        .iter()
        .map(|p| {
            let mut row = vec![p.person_id.clone(), p.person_name.clone()];
            for s in &r.sessions {
                let mark = r.marks.iter().find(|m| m.person_id == p.person_id && m.session_id == s.session.id);
                row.push(mark.map_or_else(|| "—".into(), |m| m.status.to_string()));
            }
            row
        })
        .collect();
    format!("{} — {} session(s)\n{}", r.activity.title, r.sessions.len(), table(&header, rows))
}
