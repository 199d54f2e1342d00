//! Attendance: a trainer's sessions, the roll of a session or a whole activity, marks saved a
//! whole roll at a time in one durable transaction, and every mark's history.

use malaka_core::Reason;
use malaka_core::access::{self, Action};
use malaka_core::model::Account;
use malaka_core::reason::count;
use std::collections::{HashMap, HashSet};

use chrono::{Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use malaka_core::model::{
    Activity, AttendanceChange, AttendanceMark, EnrolmentRole, NewMark, Session, SessionCard, SessionStatus,
};
use malaka_core::{time, validate};
use malaka_store::session::CardFilter;
use malaka_store::{
    Conn, WriteTx, activity, attendance as store, certificate, enrolment, person, session, trainer, venue,
};
use serde::{Deserialize, Serialize};

use crate::{Error, Malaka, Result, now};

/// Most marks one save takes: a large roll, well above any room.
pub const MAX_MARKS: usize = 2000;

/// How far back "my sessions" looks for rolls still to take, and how far ahead it shows.
const PAST_DAYS: i64 = 60;
const UPCOMING_DAYS: i64 = 14;
const SESSIONS_SHOWN: i64 = 200;

/// The roll of one session, or of a whole activity (people × sessions).
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Roll {
    pub activity: Activity,
    /// In time order; cancelled sessions are left out.
    pub sessions: Vec<RollSession>,
    /// Everyone actively enrolled to learn (not trainers or speakers), by name — the order of
    /// the printed sign-in sheet.
    pub people: Vec<RollPerson>,
    pub marks: Vec<AttendanceMark>,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct RollSession {
    pub session: Session,
    pub venue_name: Option<String>,
    pub trainer_names: Vec<String>,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct RollPerson {
    pub person_id: String,
    pub person_name: String,
    pub role: EnrolmentRole,
    /// The number of the issued certificate that locks this person's marks, if any.
    pub locked_by: Option<String>,
}

/// What a save did to one mark: the mark as it now stands (`None`: cleared).
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct SavedMark {
    pub session_id: String,
    pub person_id: String,
    pub mark: Option<AttendanceMark>,
}

/// Which sessions to list for the attendance screen.
#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct SessionsQuery {
    /// Only this trainer's sessions; all sessions when absent.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub trainer_id: Option<String>,
    /// The viewer's IANA zone, which decides where "today" begins and ends (default Asia/Tashkent).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub time_zone: Option<String>,
}

/// A trainer's sessions: today's, the coming two weeks', and past ones (latest first).
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct MySessions {
    pub today: Vec<SessionCard>,
    pub upcoming: Vec<SessionCard>,
    /// The last 60 days; a card with `marked < expected` still has marks missing.
    pub past: Vec<SessionCard>,
}

/// Who saved the first mark whose version moved on since the roll was read, and when: what a
/// stale save tells its user (another desk, another window).
async fn changed_by(tx: &mut WriteTx, marks: &[NewMark]) -> Error {
    for m in marks {
        let Some(expected) = m.expected_version else { continue };
        let current = store::get(tx, &m.session_id, &m.person_id).await.ok().flatten();
        if let Some(c) = current.filter(|c| c.version != expected) {
            let person = match person::get(tx, &m.person_id).await {
                Ok(p) => p.display_name(),
                Err(_) => m.person_id.clone(),
            };
            let at = c.marked_at.format("%Y-%m-%d %H:%M UTC").to_string();
            return Error::ChangedBy(Reason::MarkChangedBy { person, by: c.marked_by, at });
        }
    }
    Error::Stale { entity: "mark" }
}

impl Malaka {
    /// Saves marks in one transaction: all land with their history lines, or none do.
    /// Returns what changed (an unchanged mark writes nothing and is not listed).
    pub async fn attendance_mark(&self, marks: &[NewMark]) -> Result<Vec<SavedMark>> {
        self.may(Action::Attend)?;
        if marks.is_empty() {
            return Err(Error::invalid("marks", Reason::NothingToSave));
        }
        if marks.len() > MAX_MARKS {
            return Err(Error::invalid("marks", Reason::TooManyAtOnce { max: count(MAX_MARKS) }));
        }
        let mut tx = self.store.begin().await?;
        let saved = self.attendance_mark_in(&mut tx, marks).await?;
        tx.commit().await?;
        Ok(saved)
    }

    pub(crate) async fn attendance_mark_in(&self, tx: &mut WriteTx, marks: &[NewMark]) -> Result<Vec<SavedMark>> {
        let marks: Vec<NewMark> = marks.iter().map(NewMark::validated).collect::<malaka_core::Result<_>>()?;
        let at = now();
        let mut sessions: HashMap<String, Session> = HashMap::new();
        for m in &marks {
            if !sessions.contains_key(&m.session_id) {
                sessions.insert(m.session_id.clone(), session::get(tx, &m.session_id).await?);
            }
        }
        let mut activities: Vec<&str> = sessions.values().map(|s| s.activity_id.as_str()).collect();
        activities.sort_unstable();
        activities.dedup();
        for act in activities {
            let marked: Vec<&str> = marks
                .iter()
                .filter(|m| sessions[&m.session_id].activity_id == act)
                .map(|m| m.person_id.as_str())
                .collect();
            let active: HashSet<String> = enrolment::active_people(tx, act, &marked).await?.into_iter().collect();
            if let Some(outsider) = marked.iter().find(|p| !active.contains(**p)) {
                let who = person::get(tx, outsider).await?.display_name();
                return Err(Error::invalid("person", Reason::NotEnrolled { person: who }));
            }
            if let Some((holder, code)) = certificate::holders(tx, act, &marked).await?.into_iter().next() {
                let who = person::get(tx, &holder).await?.display_name();
                return Err(Error::Locked(Reason::MarksLocked { person: who, code }));
            }
        }
        if let Some(who) = self.account() {
            own_sessions(&who, sessions.values())?;
        }
        for s in sessions.values() {
            if s.status == SessionStatus::Cancelled {
                return Err(Error::invalid("session", Reason::SessionCancelled));
            }
        }
        let outcomes = match store::save_many(tx, &marks, &self.actor(), at).await {
            Err(malaka_store::Error::Stale(_)) => return Err(changed_by(tx, &marks).await),
            other => other?,
        };
        let mut saved = Vec::new();
        for o in outcomes {
            match o {
                store::Outcome::Unchanged => {}
                store::Outcome::Saved(m) => saved.push(SavedMark {
                    session_id: m.session_id.clone(),
                    person_id: m.person_id.clone(),
                    mark: Some(m),
                }),
                store::Outcome::Cleared { session_id, person_id } => {
                    saved.push(SavedMark { session_id, person_id, mark: None })
                }
            }
        }
        let mut touched: Vec<&str> = saved.iter().map(|m| m.session_id.as_str()).collect();
        touched.sort_unstable();
        touched.dedup();
        for id in touched {
            let s = &sessions[id];
            let n = saved.iter().filter(|m| m.session_id == id).count();
            let summary =
                format!("recorded {n} mark(s) for the session of {}", s.starts_local.format("%Y-%m-%d %H:%M"));
            self.audit(tx, at, "attendance.mark", "session", Some(id), summary).await?;
        }
        Ok(saved)
    }

    /// The roll of one session.
    pub async fn attendance_roll(&self, session_id: &str) -> Result<Roll> {
        self.may(Action::Read)?;
        let mut c = self.store.read().await?;
        let s = session::get(&mut c, &validate::id("session", session_id)?).await?;
        let marks = store::list_for_session(&mut c, &s.id).await?;
        let activity_id = s.activity_id.clone();
        roll(&mut c, &activity_id, vec![s], marks).await
    }

    /// The roll of a whole activity: every scheduled session, everyone enrolled.
    pub async fn attendance_grid(&self, activity_id: &str) -> Result<Roll> {
        self.may(Action::Read)?;
        let mut c = self.store.read().await?;
        let id = validate::id("activity", activity_id)?;
        let sessions: Vec<Session> = session::list_for_activity(&mut c, &id)
            .await?
            .into_iter()
            .filter(|s| s.status == SessionStatus::Scheduled)
            .collect();
        let marks = store::list_for_activity(&mut c, &id).await?;
        roll(&mut c, &id, sessions, marks).await
    }

    /// Every change to one person's mark in one session, oldest first.
    pub async fn attendance_history(&self, session_id: &str, person_id: &str) -> Result<Vec<AttendanceChange>> {
        self.may(Action::Read)?;
        let mut c = self.store.read().await?;
        let s = validate::id("session", session_id)?;
        let p = validate::id("person", person_id)?;
        session::get(&mut c, &s).await?;
        Ok(store::history(&mut c, &s, &p).await?)
    }

    /// Today's, upcoming and recent past sessions, for one trainer or for everyone.
    pub async fn attendance_sessions(&self, q: &SessionsQuery) -> Result<MySessions> {
        self.may(Action::Read)?;
        let zone = time::zone("time_zone", q.time_zone.as_deref().unwrap_or("Asia/Tashkent"))?;
        let trainer_id = q.trainer_id.as_deref().map(|t| validate::id("trainer", t)).transpose()?;
        let mut c = self.store.read().await?;
        if let Some(t) = &trainer_id {
            trainer::get(&mut c, t).await?;
        }
        let now = now();
        let today = now.with_timezone(&zone).date_naive();
        let start_of = |d: NaiveDate| {
            zone.from_local_datetime(&d.and_time(NaiveTime::MIN)).earliest().map(|t| t.with_timezone(&Utc))
        };
        let (Some(day_start), Some(day_end)) = (start_of(today), start_of(today + Duration::days(1))) else {
            return Err(Error::invalid("time_zone", Reason::NoMidnight));
        };
        let filter = |from, to, newest_first| CardFilter {
            from,
            to,
            trainer_id: trainer_id.as_deref(),
            newest_first,
            limit: SESSIONS_SHOWN,
        };
        Ok(MySessions {
            today: session::cards(&mut c, &filter(day_start, day_end, false)).await?,
            upcoming: session::cards(&mut c, &filter(day_end, day_end + Duration::days(UPCOMING_DAYS), false)).await?,
            past: session::cards(&mut c, &filter(day_start - Duration::days(PAST_DAYS), day_start, true)).await?,
        })
    }
}

/// Assembles a roll: the activity, its sessions with venue and trainer names, and who is enrolled.
async fn roll(c: &mut Conn, activity_id: &str, sessions: Vec<Session>, marks: Vec<AttendanceMark>) -> Result<Roll> {
    let activity = activity::get(c, activity_id).await?;
    let locks: HashMap<String, String> = certificate::all_holders(c, activity_id).await?.into_iter().collect();
    let people = enrolment::list_for_activity(c, activity_id)
        .await?
        .into_iter()
        // Those who learn are on the roll; trainers and speakers are not marked.
        .filter(|(e, _)| e.status.is_active() && e.role.takes_seat())
        .map(|(e, person_name)| RollPerson {
            locked_by: locks.get(&e.person_id).cloned(),
            person_id: e.person_id,
            person_name,
            role: e.role,
        })
        .collect();
    // Names by id, each looked up once: an activity has a handful of venues and trainers.
    let mut names: HashMap<String, String> = HashMap::new();
    for s in &sessions {
        if let Some(v) = &s.venue_id
            && !names.contains_key(v)
        {
            names.insert(v.clone(), venue::get(c, v).await?.name);
        }
        for t in &s.trainer_ids {
            if !names.contains_key(t) {
                names.insert(t.clone(), trainer::get(c, t).await?.name);
            }
        }
    }
    let sessions = sessions
        .into_iter()
        .map(|session| RollSession {
            venue_name: session.venue_id.as_ref().and_then(|v| names.get(v).cloned()),
            trainer_names: session.trainer_ids.iter().filter_map(|t| names.get(t).cloned()).collect(),
            session,
        })
        .collect();
    Ok(Roll { activity, sessions, people, marks })
}

/// A trainer's account records only in sessions its trainer gives (other roles that may record
/// attendance reach every session); `sessions` must all be the trainer's.
pub(crate) fn own_sessions<'a>(who: &Account, mut sessions: impl Iterator<Item = &'a Session>) -> Result<()> {
    if !access::only_own_sessions(who.role) {
        return Ok(());
    }
    let mine = who.trainer_id.as_deref();
    if sessions.all(|s| mine.is_some_and(|t| s.trainer_ids.iter().any(|x| x == t))) {
        Ok(())
    } else {
        Err(Error::Forbidden(Reason::NotYourSession))
    }
}
