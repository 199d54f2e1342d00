//! The dashboard: a year of training at a glance, beside the year before.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ActivityKind;

/// A figure this year and last year.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct YearOnYear {
    pub this_year: f64,
    pub last_year: f64,
}

/// An activity still to begin with seats left (none when it has no limit).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct OpenActivity {
    pub id: String,
    pub title: String,
    pub kind: ActivityKind,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    #[ts(type = "number | null")]
    pub capacity: Option<i64>,
    #[ts(type = "number")]
    pub enrolled: i64,
    /// Seats left; none when the activity has no limit.
    #[ts(type = "number | null")]
    pub free: Option<i64>,
}

/// Certificates issued and revoked in one month (`2026-03`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct MonthCertificates {
    pub month: String,
    #[ts(type = "number")]
    pub issued: i64,
    #[ts(type = "number")]
    pub revoked: i64,
}

/// A programme by the hours its learners attended this year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct ProgrammeHours {
    pub id: String,
    pub title: String,
    pub hours: f64,
    #[ts(type = "number")]
    pub people: i64,
}

/// The Reports screen's first page, for `year` (this year) beside the year before. Hours and
/// people count as the training hours report does. Completion, which weighs every place by its
/// rule, comes apart (`DashboardCompletion`), so the page paints without waiting for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Dashboard {
    pub year: i32,
    pub hours: YearOnYear,
    /// Learners with at least one session in the year.
    pub people: YearOnYear,
    /// Hours attended per month of this year, January first (twelve figures).
    pub hours_by_month: Vec<f64>,
    /// Twelve months, January first.
    pub certificates: Vec<MonthCertificates>,
    /// At most five, most hours first.
    pub top_programmes: Vec<ProgrammeHours>,
    /// The next activities to begin (from today) that still have seats, soonest first.
    pub open_activities: Vec<OpenActivity>,
}

/// The dashboard's completion tile: the places whose activity ended in `year`, counted as the
/// completion report does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct DashboardCompletion {
    pub year: i32,
    #[ts(type = "number")]
    pub completed: i64,
    #[ts(type = "number")]
    pub not_completed: i64,
    /// Completed, percent of the places decided (completed or not); none when none is.
    pub completion_rate: Option<f64>,
}

/// A year's hours for the dashboard, read in one pass: its learners and hours attended, hours per
/// month and per programme (as the hours report counts).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HoursGlance {
    /// (`2026`, learners, hours): none when nothing was planned in the year.
    pub years: Vec<(String, i64, f64)>,
    /// (`2026-03`, hours)
    pub months: Vec<(String, f64)>,
    /// Every programme with a planned session in the year.
    pub programmes: Vec<ProgrammeHours>,
}
