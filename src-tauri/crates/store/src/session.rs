//! Sessions of an activity, and the claims they make on trainers, venues and people.

use chrono::{DateTime, Utc};
use malaka_core::model::*;
use malaka_core::schedule::Claim;

use crate::Result;
use crate::conn::seam;

/// Which sessions [`cards`] lists.
pub struct CardFilter<'a> {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    /// Only this trainer's sessions.
    pub trainer_id: Option<&'a str>,
    /// Latest first (for past sessions) instead of earliest first.
    pub newest_first: bool,
    pub limit: i64,
}

seam! { session;
    pub async fn insert(id: &str, s: &ValidSession, now: DateTime<Utc>) -> Result<()>;
    /// Stores many sessions with their trainers as [`insert`] does each, in multi-row statements (a
    /// year's plan loaded at once). Call inside a write transaction.
    pub async fn insert_many(sessions: &[(String, ValidSession)], now: DateTime<Utc>) -> Result<()>;
    pub async fn get(id: &str) -> Result<Session>;
    /// An activity's sessions in time order.
    pub async fn list_for_activity(activity_id: &str) -> Result<Vec<Session>>;
    /// Sessions that start in `[from, to)`, in time order.
    ///
    /// A month at national scale is over a thousand sessions; SQLite hands them over as one JSON
    /// array (one row), which costs a third of handing over a thousand rows of eleven columns.
    pub async fn list_between(from: DateTime<Utc>, to: DateTime<Utc>, limit: i64) -> Result<Vec<Session>>;
    /// Moves or resizes a session to new wall times and the instants derived from them.
    pub async fn set_times(id: &str, s: &ValidSession) -> Result<()>;
    /// Cancels one session, keeping why; its marks (if any) stay as they were.
    pub async fn cancel(id: &str, reason: &str) -> Result<()>;
    /// The people actively enrolled in an activity (who would sit in its sessions).
    pub async fn activity_people(activity_id: &str) -> Result<Vec<String>>;
    /// The claims of every scheduled session overlapping `[start, end)`, except `exclude`. People are
    /// narrowed to those in `people`, the only ones who could clash with the session being planned.
    pub async fn overlapping_claims(start: DateTime<Utc>, end: DateTime<Utc>, exclude: Option<&str>, people: &[String]) -> Result<Vec<Claim>>;
    pub async fn count() -> Result<i64>;
    /// Scheduled sessions starting in `[from, to)` as cards: activity, venue, trainers, roll progress.
    pub async fn cards(f: &CardFilter<'_>) -> Result<Vec<SessionCard>>;
    /// The sessions a person sits in (an active enrolment in the activity) or teaches, in time order.
    pub async fn list_for_person(person_id: &str) -> Result<Vec<Session>>;
}
