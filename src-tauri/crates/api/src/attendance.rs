//! Attendance: record marks (a whole roll in one durable transaction) and read them back.

use std::collections::{HashMap, HashSet};

use malaka_core::model::{AttendanceChange, AttendanceMark, NewMark, Session};
use malaka_core::validate;
use malaka_store::{WriteTx, activity, attendance as store, enrolment, person, session};
use serde::Serialize;

use crate::{Error, Malaka, Result, now};

/// Most marks one save takes: a large roll, well above any room.
pub const MAX_MARKS: usize = 2000;

/// A session's roll: everyone enrolled, with their current mark if any.
#[derive(Debug, Clone, Serialize)]
pub struct Roll {
    pub session: Session,
    pub activity_title: String,
    pub rows: Vec<RollRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RollRow {
    pub person_id: String,
    pub person_name: String,
    pub role: String,
    pub mark: Option<AttendanceMark>,
}

impl Malaka {
    /// Saves marks in one transaction: all land with their history lines, or none do.
    /// Returns the marks that changed (an unchanged mark writes nothing).
    pub async fn attendance_mark(&self, marks: &[NewMark]) -> Result<Vec<AttendanceMark>> {
        if marks.is_empty() {
            return Err(Error::invalid("marks", "nothing to save"));
        }
        if marks.len() > MAX_MARKS {
            return Err(Error::invalid("marks", format!("at most {MAX_MARKS} marks in one save")));
        }
        let mut tx = self.store.begin().await?;
        let saved = self.attendance_mark_in(&mut tx, marks).await?;
        tx.commit().await?;
        Ok(saved)
    }

    pub(crate) async fn attendance_mark_in(&self, tx: &mut WriteTx, marks: &[NewMark]) -> Result<Vec<AttendanceMark>> {
        let marks: Vec<NewMark> = marks.iter().map(NewMark::validated).collect::<malaka_core::Result<_>>()?;
        let at = now();
        let mut sessions: Vec<Session> = Vec::new();
        // Who is actively enrolled, per activity: one query for everyone being marked.
        let people: Vec<&str> = marks.iter().map(|m| m.person_id.as_str()).collect();
        let mut enrolled: HashMap<String, HashSet<String>> = HashMap::new();
        // The marks are checked in order; the first that fails ends the call with its error, once
        // the marks before it were saved (so an earlier stale mark is reported first, as always).
        let mut refusal = None;
        let mut fine = marks.len();
        for (i, m) in marks.iter().enumerate() {
            let s = match sessions.iter().find(|s| s.id == m.session_id) {
                Some(s) => s.clone(),
                None => match session::get(tx, &m.session_id).await {
                    Ok(s) => {
                        sessions.push(s.clone());
                        s
                    }
                    Err(e) => {
                        (refusal, fine) = (Some(Error::from(e)), i);
                        break;
                    }
                },
            };
            if !enrolled.contains_key(&s.activity_id) {
                let active = enrolment::active_people(tx, &s.activity_id, &people).await?;
                enrolled.insert(s.activity_id.clone(), active.into_iter().collect());
            }
            if !enrolled.get(&s.activity_id).is_some_and(|a| a.contains(&m.person_id)) {
                let e = match person::get(tx, &m.person_id).await {
                    Ok(p) => {
                        let who = p.display_name();
                        Error::invalid("person", format!("{who} is not enrolled in this session's activity"))
                    }
                    Err(e) => e.into(),
                };
                (refusal, fine) = (Some(e), i);
                break;
            }
        }
        let saved = store::save_many(tx, &marks[..fine], &self.actor, at).await?;
        if let Some(e) = refusal {
            return Err(e);
        }
        let saved: Vec<AttendanceMark> = saved.into_iter().flatten().collect();
        for s in &sessions {
            let n = saved.iter().filter(|m| m.session_id == s.id).count();
            if n > 0 {
                let summary =
                    format!("recorded {n} mark(s) for the session of {}", s.starts_local.format("%Y-%m-%d %H:%M"));
                self.audit(tx, at, "attendance.mark", "session", Some(&s.id), summary).await?;
            }
        }
        Ok(saved)
    }

    /// The roll of one session.
    pub async fn attendance_roll(&self, session_id: &str) -> Result<Roll> {
        let mut c = self.store.read().await?;
        let s = session::get(&mut c, &validate::id("session", session_id)?).await?;
        let act = activity::get(&mut c, &s.activity_id).await?;
        let marks = store::list_for_session(&mut c, &s.id).await?;
        let rows = enrolment::list_for_activity(&mut c, &s.activity_id)
            .await?
            .into_iter()
            .filter(|(e, _)| e.status.is_active())
            .map(|(e, person_name)| RollRow {
                mark: marks.iter().find(|m| m.person_id == e.person_id).cloned(),
                person_id: e.person_id,
                person_name,
                role: e.role.to_string(),
            })
            .collect();
        Ok(Roll { session: s, activity_title: act.title, rows })
    }

    /// Every change to one person's mark in one session, oldest first.
    pub async fn attendance_history(&self, session_id: &str, person_id: &str) -> Result<Vec<AttendanceChange>> {
        let mut c = self.store.read().await?;
        let s = validate::id("session", session_id)?;
        let p = validate::id("person", person_id)?;
        session::get(&mut c, &s).await?;
        Ok(store::history(&mut c, &s, &p).await?)
    }
}
