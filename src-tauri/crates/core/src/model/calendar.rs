//! What the planning calendar shows: sessions at their hours, and visits and placements across
//! their days.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{ActivityKind, ActivityStatus, HostStatus, InternshipStatus, Session, VisitDirection, VisitStatus};

/// A session as the planning calendar shows it: with its activity, venue and trainers named.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct CalendarEntry {
    pub session: Session,
    pub activity_title: String,
    pub activity_kind: ActivityKind,
    pub activity_status: ActivityStatus,
    pub host_org_id: String,
    pub venue_name: Option<String>,
    pub trainer_names: Vec<String>,
}

/// A study visit or an internship as the calendar draws it: across its days (the actual ones
/// once known, else the plan), both included.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct CalendarSpan {
    pub id: String,
    pub title: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// `outgoing`: our staff are abroad; `incoming`: guests are here.
    pub direction: VisitDirection,
    /// The partner organisation abroad, by name.
    pub partner: String,
    pub of: SpanOf,
}

/// What a span is, with what only that kind has.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SpanOf {
    Visit {
        status: VisitStatus,
        host_status: HostStatus,
        #[ts(type = "number")]
        members: i64,
    },
    Internship {
        status: InternshipStatus,
        /// The intern, "Family Given".
        intern: String,
        /// The activity the placement is kept with (its certificate's).
        activity_id: Option<String>,
    },
}
