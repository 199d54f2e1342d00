//! Attendance: the current mark, the input that sets it, its history, the trainer’s cards.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{ActivityKind, AttendanceStatus, Session};
use crate::{Error, Reason, Result, validate as v};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct AttendanceMark {
    pub session_id: String,
    pub person_id: String,
    pub status: AttendanceStatus,
    #[ts(type = "number | null")]
    pub minutes_late: Option<i64>,
    pub note: Option<String>,
    /// Grows by one with every change: a save names the version it saw, so no change is lost.
    #[ts(type = "number")]
    pub version: i64,
    pub marked_by: String,
    pub marked_at: DateTime<Utc>,
}

/// A mark to record for one person in one session.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewMark {
    pub session_id: String,
    pub person_id: String,
    /// `None` clears the mark (the history keeps what it was).
    pub status: Option<AttendanceStatus>,
    #[serde(default)]
    #[ts(optional = nullable)]
    #[ts(type = "number | null")]
    pub minutes_late: Option<i64>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub note: Option<String>,
    /// Why a recorded mark is being changed; kept in the history.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub reason: Option<String>,
    /// The version the user saw (0 for "no mark yet"); a different current version refuses the save.
    #[serde(default)]
    #[ts(optional = nullable, type = "number")]
    pub expected_version: Option<i64>,
}

impl NewMark {
    pub fn validated(&self) -> Result<Self> {
        if self.status.is_none() && self.note.as_deref().is_some_and(|n| !n.trim().is_empty()) {
            return Err(Error::invalid("note", Reason::ClearedMarkHasNote));
        }
        let minutes_late = match (self.status, self.minutes_late) {
            (Some(AttendanceStatus::Late), Some(m)) if (0..=24 * 60).contains(&m) => Some(m),
            (Some(AttendanceStatus::Late), Some(m)) => {
                return Err(Error::invalid(
                    "minutes_late",
                    Reason::OutOfRange { value: m as f64, min: 0.0, max: 1440.0 },
                ));
            }
            (_, Some(_)) => return Err(Error::invalid("minutes_late", Reason::OnlyLateHasMinutes)),
            (_, None) => None,
        };
        Ok(Self {
            session_id: v::id("session", &self.session_id)?,
            person_id: v::id("person", &self.person_id)?,
            status: self.status,
            minutes_late,
            note: v::optional("note", self.note.as_deref())?,
            reason: v::optional("reason", self.reason.as_deref())?,
            expected_version: self.expected_version,
        })
    }
}

/// One line of a mark's append-only history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct AttendanceChange {
    pub session_id: String,
    pub person_id: String,
    #[ts(type = "number")]
    pub version: i64,
    pub old_status: Option<AttendanceStatus>,
    pub new_status: Option<AttendanceStatus>,
    pub old_note: Option<String>,
    pub new_note: Option<String>,
    pub changed_by: String,
    pub changed_at: DateTime<Utc>,
    pub reason: Option<String>,
}

/// A session as lists of sessions show it: with its activity, place, trainers and how far its
/// roll has been taken.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct SessionCard {
    pub session: Session,
    pub activity_title: String,
    pub activity_kind: ActivityKind,
    pub venue_name: Option<String>,
    pub trainer_names: Vec<String>,
    /// People actively enrolled: the marks the roll needs.
    #[ts(type = "number")]
    pub expected: i64,
    /// Of those, how many have a mark.
    #[ts(type = "number")]
    pub marked: i64,
}

impl SessionCard {
    /// Marks still missing from the roll.
    pub fn missing(&self) -> i64 {
        (self.expected - self.marked).max(0)
    }
}
