//! `malaka programme|activity|session|enrol|approve|decline|waitlist|calendar|export …`: planning.

use chrono::{TimeZone, Utc};
use malaka_api::activity::{ActivityDetail, ActivityFilter};
use malaka_api::calendar::CalendarQuery;
use malaka_api::core::Reason;
use malaka_api::core::model::*;
use malaka_api::core::recurrence::{Repeat, SessionPlan};
use malaka_api::plan_export::{ListFormat, ScheduleOf};
use malaka_api::{Error, Malaka, NamedConflict};

use crate::args::*;
use crate::output::{emit, table};
use crate::run::{org_id, parse_day};

fn programme_input(f: ProgrammeFields) -> NewProgramme {
    NewProgramme {
        code: f.code,
        title: f.title,
        objectives: f.objectives,
        planned_hours: f.hours,
        language: f.language,
    }
}

pub async fn programme(app: &Malaka, cmd: ProgrammeCmd, json: bool) -> Result<(), Error> {
    let show = |p: &Programme| {
        format!("programme {} {} ({}){}", p.code, p.title, p.id, if p.archived { ", archived" } else { "" })
    };
    match cmd {
        ProgrammeCmd::Add(f) => {
            emit(json, &app.programme_create(programme_input(f)).await?, |p| format!("added {}", show(p)))
        }
        ProgrammeCmd::Edit { id, fields } => {
            emit(json, &app.programme_update(&id, programme_input(fields)).await?, |p| format!("edited {}", show(p)))
        }
        ProgrammeCmd::Archive { id } => emit(json, &app.programme_archive(&id, true).await?, |p| show(p)),
        ProgrammeCmd::Restore { id } => emit(json, &app.programme_archive(&id, false).await?, |p| show(p)),
        ProgrammeCmd::List { all } => {
            let list = app.programme_list(all).await?;
            emit(json, &list, |l| {
                let rows = l
                    .iter()
                    .map(|p| {
                        let state = if p.archived { "archived" } else { "" };
                        vec![
                            p.code.clone(),
                            p.title.clone(),
                            p.planned_hours.to_string(),
                            p.language.clone(),
                            state.into(),
                        ]
                    })
                    .collect();
                table(&["code", "title", "hours", "language", ""], rows)
            });
        }
    }
    Ok(())
}

async fn activity_input(app: &Malaka, f: ActivityFields, status: Option<String>) -> Result<NewActivity, Error> {
    let mut partner_org_ids = Vec::new();
    for p in &f.partner {
        partner_org_ids.push(org_id(app, p).await?);
    }
    Ok(NewActivity {
        kind: ActivityKind::parse("kind", &f.kind)?,
        title: f.title,
        programme_id: f.programme,
        status: status.map(|s| ActivityStatus::parse("status", &s)).transpose()?,
        starts_on: f.from,
        ends_on: f.to,
        host_org_id: org_id(app, &f.host).await?,
        partner_org_ids,
        venue_id: f.venue,
        capacity: f.capacity,
        language: f.language,
        planned_hours: f.hours,
        description: f.description,
    })
}

fn activities_table(list: &[Activity]) -> String {
    let rows = list
        .iter()
        .map(|a| {
            vec![
                a.id.clone(),
                a.kind.to_string(),
                a.status.to_string(),
                format!("{} – {}", a.starts_on, a.ends_on),
                a.title.clone(),
            ]
        })
        .collect();
    table(&["id", "kind", "status", "dates", "title"], rows)
}

fn sessions_table(list: &[Session]) -> String {
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

fn activity_text(d: &ActivityDetail) -> String {
    let a = &d.activity;
    let cap = a.capacity.map(|c| format!("{}/{c}", d.seats_taken)).unwrap_or_else(|| d.seats_taken.to_string());
    let mut out = vec![
        format!("{} ({}, {})", a.title, a.kind, a.status),
        format!("  dates: {} – {}", a.starts_on, a.ends_on),
        format!("  host: {}", d.host),
    ];
    if let Some(r) = &a.cancel_reason {
        out.push(format!("  cancelled: {r}"));
    }
    if !d.partners.is_empty() {
        out.push(format!("  partners: {}", d.partners.join(", ")));
    }
    out.push(format!("  seats: {cap}, waitlist: {}", d.waitlist.len()));
    out.push(format!("  sessions: {}", d.sessions.len()));
    out.push(sessions_table(&d.sessions));
    out.push(format!("  people: {}", d.enrolments.len()));
    let rows = d
        .enrolments
        .iter()
        .map(|e| vec![e.person_name.clone(), e.enrolment.role.to_string(), e.enrolment.status.to_string()])
        .collect();
    out.push(table(&["name", "role", "status"], rows));
    out.join("\n")
}

pub async fn activity(app: &Malaka, cmd: ActivityCmd, json: bool) -> Result<(), Error> {
    match cmd {
        ActivityCmd::Add { fields, status } => {
            let a = app.activity_create(activity_input(app, fields, status).await?).await?;
            emit(json, &a, |a| format!("planned {} \"{}\" ({})", a.kind, a.title, a.id));
        }
        ActivityCmd::Edit { id, fields } => {
            let a = app.activity_update(&id, activity_input(app, fields, None).await?).await?;
            emit(json, &a, |a| format!("edited {} \"{}\" ({})", a.kind, a.title, a.id));
        }
        ActivityCmd::Status { id, status, reason } => {
            let a = app.activity_set_status(&id, ActivityStatus::parse("status", &status)?, reason.as_deref()).await?;
            emit(json, &a, |a| format!("\"{}\" is now {}", a.title, a.status));
        }
        ActivityCmd::List { from, to, kind, status, org, venue, trainer, limit } => {
            let filter = ActivityFilter {
                from,
                to,
                kind: kind.map(|k| ActivityKind::parse("kind", &k)).transpose()?,
                status: status.map(|s| ActivityStatus::parse("status", &s)).transpose()?,
                organisation_id: match org {
                    Some(o) => Some(org_id(app, &o).await?),
                    None => None,
                },
                venue_id: venue,
                trainer_id: trainer,
                limit,
            };
            let list = app.activity_list(&filter).await?;
            emit(json, &list, |l| activities_table(l));
        }
        ActivityCmd::Show { id } => emit(json, &app.activity_get(&id).await?, activity_text),
    }
    Ok(())
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

pub async fn session(app: &Malaka, cmd: SessionCmd, json: bool) -> Result<(), Error> {
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

pub async fn enrol(app: &Malaka, cmd: EnrolCmd, json: bool) -> Result<(), Error> {
    match cmd {
        EnrolCmd::Add { activity, person, role } => {
            let e = app.enrolment_create(&activity, &person, EnrolmentRole::parse("role", &role)?).await?;
            emit(json, &e, |e| format!("{} as {} ({})", e.status, e.role, e.id));
        }
        EnrolCmd::Nominate { activity, person, unit, role } => {
            let role = EnrolmentRole::parse("role", &role)?;
            let r = match unit {
                Some(u) => app.enrolment_nominate_unit(&activity, &org_id(app, &u).await?, role).await?,
                None => app.enrolment_nominate(&activity, &person, role).await?,
            };
            emit(json, &r, |r| {
                let mut out = vec![format!("nominated {}", r.nominated.len())];
                out.extend(r.skipped.iter().map(|s| format!("already in: {} ({})", s.person_name, s.status)));
                out.join("\n")
            });
        }
        EnrolCmd::Cancel { activity, person, reason } => {
            let e = app.enrolment_find(&activity, &person).await?;
            let c = app.enrolment_cancel(&e.id, reason.as_deref()).await?;
            emit(json, &c, |c| {
                let mut out = vec![format!("cancelled enrolment {}", c.cancelled.id)];
                out.extend(c.promoted.iter().map(|p| format!("promoted from the waitlist: person {}", p.person_id)));
                out.join("\n")
            });
        }
        EnrolCmd::List { activity } => {
            let d = app.activity_get(&activity).await?;
            emit(json, &d.enrolments, |es| {
                let rows = es
                    .iter()
                    .map(|e| {
                        vec![
                            e.enrolment.person_id.clone(),
                            e.person_name.clone(),
                            e.enrolment.role.to_string(),
                            e.enrolment.status.to_string(),
                        ]
                    })
                    .collect();
                table(&["person", "name", "role", "status"], rows)
            });
        }
    }
    Ok(())
}

/// The enrolment ids of these people in an activity.
async fn enrolments_of(app: &Malaka, activity: &str, people: &[String]) -> Result<Vec<String>, Error> {
    let mut ids = Vec::new();
    for p in people {
        ids.push(app.enrolment_find(activity, p).await?.id);
    }
    Ok(ids)
}

fn enrolments_text(list: &[Enrolment]) -> String {
    let seats = list.iter().filter(|e| e.status == EnrolmentStatus::Enrolled).count();
    let waiting = list.iter().filter(|e| e.status == EnrolmentStatus::Waitlisted).count();
    format!("{} approved: {seats} with a seat, {waiting} on the waitlist", list.len())
}

pub async fn approve(app: &Malaka, activity: &str, people: Vec<String>, all: bool, json: bool) -> Result<(), Error> {
    let ids = if all {
        let d = app.activity_get(activity).await?;
        let mut waiting: Vec<_> =
            d.enrolments.iter().filter(|e| e.enrolment.status == EnrolmentStatus::Nominated).collect();
        waiting.sort_by_key(|e| e.enrolment.created_at);
        waiting.iter().map(|e| e.enrolment.id.clone()).collect()
    } else {
        enrolments_of(app, activity, &people).await?
    };
    let list = app.enrolment_approve(&ids).await?;
    emit(json, &list, |l| enrolments_text(l));
    Ok(())
}

pub async fn decline(app: &Malaka, activity: &str, people: Vec<String>, reason: &str, json: bool) -> Result<(), Error> {
    let ids = enrolments_of(app, activity, &people).await?;
    let list = app.enrolment_decline(&ids, reason).await?;
    emit(json, &list, |l| format!("declined {}", l.len()));
    Ok(())
}

pub async fn waitlist(app: &Malaka, activity: &str, json: bool) -> Result<(), Error> {
    let d = app.activity_get(activity).await?;
    let lines: Vec<_> =
        d.waitlist.iter().filter_map(|id| d.enrolments.iter().find(|e| &e.enrolment.id == id)).collect();
    emit(json, &lines, |l| {
        let rows = l
            .iter()
            .enumerate()
            .map(|(i, e)| vec![(i + 1).to_string(), e.enrolment.person_id.clone(), e.person_name.clone()])
            .collect();
        table(&["#", "person", "name"], rows)
    });
    Ok(())
}

pub async fn calendar(app: &Malaka, a: CalendarArgs, json: bool) -> Result<(), Error> {
    let query = CalendarQuery {
        from: a.from,
        to: a.to,
        time_zone: a.tz,
        organisation_id: match a.org {
            Some(o) => Some(org_id(app, &o).await?),
            None => None,
        },
        trainer_id: a.trainer,
        venue_id: a.venue,
        kind: a.kind.map(|k| ActivityKind::parse("kind", &k)).transpose()?,
        limit: a.limit,
    };
    let list = app.calendar(&query).await?;
    emit(json, &list, |l| {
        let rows = l
            .iter()
            .map(|e| {
                let s = &e.session;
                vec![
                    format!("{} – {}", s.starts_local.format("%a %Y-%m-%d %H:%M"), s.ends_local.format("%H:%M")),
                    s.time_zone.clone(),
                    e.activity_title.clone(),
                    e.venue_name.clone().unwrap_or_default(),
                    e.trainer_names.join(", "),
                    s.status.to_string(),
                ]
            })
            .collect();
        table(&["local time", "zone", "activity", "venue", "trainers", "status"], rows)
    });
    Ok(())
}

pub async fn export(app: &Malaka, cmd: ExportCmd, json: bool) -> Result<(), Error> {
    let (bytes, out) = match cmd {
        ExportCmd::Ics { activity, person, out } => {
            let of = match (activity, person) {
                (Some(a), _) => ScheduleOf::Activity(a),
                (None, Some(p)) => ScheduleOf::Person(p),
                (None, None) => unreachable!("clap requires --activity or --person"),
            };
            (app.schedule_ics(&of).await?.into_bytes(), out)
        }
        ExportCmd::Xlsx { activity, out, locale } => {
            (app.participants_file(&activity, ListFormat::Xlsx, &locale).await?, out)
        }
        ExportCmd::Csv { activity, out, locale } => {
            (app.participants_file(&activity, ListFormat::Csv, &locale).await?, out)
        }
    };
    malaka_api::file::save(&out, &bytes)?;
    let written = serde_json::json!({ "file": out, "bytes": bytes.len() });
    emit(json, &written, |_| format!("wrote {} ({} bytes)", out.display(), bytes.len()));
    Ok(())
}
