//! Attendance marks: one current mark per (session, person), and its append-only history.

use chrono::{DateTime, Utc};
use malaka_core::model::*;

use crate::Result;
use crate::conn::seam;

/// What one save did to one mark.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Already as asked: nothing written.
    Unchanged,
    Saved(AttendanceMark),
    /// The mark was removed; its history keeps what it was.
    Cleared {
        session_id: String,
        person_id: String,
    },
}

impl Outcome {
    pub fn saved(self) -> Option<AttendanceMark> {
        match self {
            Outcome::Saved(m) => Some(m),
            _ => None,
        }
    }
}

seam! { attendance;
    pub async fn get(session_id: &str, person_id: &str) -> Result<Option<AttendanceMark>>;
    /// Records a mark and its history line; call inside a write transaction so both land or neither.
    pub async fn save(m: &NewMark, actor: &str, now: DateTime<Utc>) -> Result<Outcome>;
    /// Records marks as [`save`] would, one after another, but in a handful of statements whatever
    /// their number: the current marks are read in one query per session, every mark is checked in
    /// order (the first stale one refuses the call, as it would have), and the changed marks and their
    /// history lines are written with multi-row statements. A roll of 40 is one round trip per step
    /// instead of three per mark. Returns what happened to each mark, in order.
    pub async fn save_many(marks: &[NewMark], actor: &str, now: DateTime<Utc>) -> Result<Vec<Outcome>>;
    /// Records first marks in bulk, each with its history line, in multi-row statements: what
    /// [`save`] writes for a person with no mark yet, for a whole register of sign-in sheets at once.
    /// Every mark must be new (a mark that exists already is refused as a duplicate) and is stored with
    /// the version it carries. Call inside a write transaction so marks and history land together.
    pub async fn insert_new(marks: &[AttendanceMark]) -> Result<()>;
    /// A session's marks, by the person's name.
    pub async fn list_for_session(session_id: &str) -> Result<Vec<AttendanceMark>>;
    /// The marks in every session of an activity.
    pub async fn list_for_activity(activity_id: &str) -> Result<Vec<AttendanceMark>>;
    /// Every change to one mark, oldest first.
    pub async fn history(session_id: &str, person_id: &str) -> Result<Vec<AttendanceChange>>;
    pub async fn count() -> Result<i64>;
}
