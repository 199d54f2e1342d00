//! Activities: trainings, seminars, study visits, internships and the rest.

use chrono::{DateTime, NaiveDate, Utc};
use malaka_core::model::*;

use crate::Result;
use crate::conn::seam;

/// Which activities to list; every field narrows the list.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Activities that end on or after this day.
    pub from: Option<NaiveDate>,
    /// Activities that start on or before this day.
    pub to: Option<NaiveDate>,
    pub kind: Option<ActivityKind>,
    pub status: Option<ActivityStatus>,
    pub organisation_id: Option<String>,
    /// Activities with a session at this venue (or planned there).
    pub venue_id: Option<String>,
    /// Activities with a session this trainer gives.
    pub trainer_id: Option<String>,
    pub limit: i64,
}

seam! { activity;
    pub async fn insert(id: &str, a: &ValidActivity, now: DateTime<Utc>) -> Result<()>;
    /// Stores many activities with their partners as [`insert`] does each, in multi-row statements.
    /// Call inside a write transaction.
    pub async fn insert_many(activities: &[(String, ValidActivity)], now: DateTime<Utc>) -> Result<()>;
    pub async fn get(id: &str) -> Result<Activity>;
    pub async fn list(f: &Filter) -> Result<Vec<Activity>>;
    /// Replaces an activity's planned fields and partners (not its status: see [`set_status`]).
    pub async fn update(id: &str, a: &ValidActivity, now: DateTime<Utc>) -> Result<()>;
    /// Moves an activity to a status; `reason` is kept for a cancellation.
    pub async fn set_status(id: &str, status: ActivityStatus, reason: Option<&str>, now: DateTime<Utc>) -> Result<()>;
    pub async fn count() -> Result<i64>;
}
