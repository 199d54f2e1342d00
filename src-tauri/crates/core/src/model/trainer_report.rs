//! The trainers' load report's rows: sessions and hours per trainer.

use serde::{Deserialize, Serialize};

/// One row of the trainers' load: a trainer's sessions not cancelled in the period, in the
/// activities the filter covers (hosted by the organisation or its units, of the programme, kind,
/// host country). Grouped by programme, activity, month or year, a trainer has a row per group;
/// grouped by person, unit or organisation, one row in all.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct TrainerLoadRow {
    pub trainer_id: String,
    pub trainer: String,
    pub affiliation: Option<String>,
    /// The group's id or period; none in a row covering all the trainer's sessions, or for
    /// activities outside any programme.
    pub key: Option<String>,
    pub label: String,
    #[ts(type = "number")]
    pub activities: i64,
    #[ts(type = "number")]
    pub sessions: i64,
    pub hours: f64,
    /// Sessions ended by now, and their hours.
    #[ts(type = "number")]
    pub held: i64,
    pub held_hours: f64,
    /// Of the sessions held, those with no attendance mark at all: rolls still to record.
    #[ts(type = "number")]
    pub unrecorded: i64,
    /// Learners enrolled in the trainer's sessions' activities (each counted once).
    #[ts(type = "number")]
    pub learners: i64,
}
