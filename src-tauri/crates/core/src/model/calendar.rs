//! One session as the calendar shows it.

use serde::{Deserialize, Serialize};

use super::{ActivityKind, ActivityStatus, Session};

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
