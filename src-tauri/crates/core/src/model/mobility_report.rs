//! The mobility report's rows: study visits and internships by direction, partner and status.

use serde::{Deserialize, Serialize};

use super::VisitDirection;
use crate::{Error, Result};

text_enum!(
    /// What a mobility row counts.
    MobilityKind { Visit = "visit", Internship = "internship" }
);

/// One row of the mobility report: visits or internships with a day in the period, of one
/// direction, partner and status (and, grouped by month or year, starting in one period).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct MobilityReportRow {
    pub kind: MobilityKind,
    pub direction: VisitDirection,
    /// The partner abroad: the host of what goes out, the sender of what comes in.
    pub partner_id: String,
    pub partner: String,
    /// The partner's country (ISO 3166 alpha-2).
    pub country: String,
    /// The visit's or the placement's status, as stored (`confirmed`, `under_way`, …).
    pub status: String,
    /// Grouped by month or year: the period it starts in; else none.
    pub period: Option<String>,
    /// Visits or placements.
    #[ts(type = "number")]
    pub count: i64,
    /// Delegation members, or interns, each counted once per visit or placement.
    #[ts(type = "number")]
    pub people: i64,
    /// Days inside the period (actual dates once known, else planned), times the people.
    #[ts(type = "number")]
    pub person_days: i64,
}
