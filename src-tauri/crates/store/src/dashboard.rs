//! What the dashboard reads beside the reports: activities still open and certificates by month.

use chrono::{DateTime, NaiveDate, Utc};
use malaka_core::model::*;

use crate::Result;
use crate::conn::seam;

seam! { dashboard;
    /// Activities not cancelled (nor drafts) beginning on `today` or later with a seat left
    /// (or no limit), soonest first, at most `limit`.
    pub async fn open_activities(today: NaiveDate, limit: i64) -> Result<Vec<OpenActivity>>;
    /// Hours and learners of `year`, by month and by programme (see `HoursGlance`), in one pass
    /// over the year's sessions.
    pub async fn hours_glance(year: i32) -> Result<HoursGlance>;
    /// Certificates issued and revoked in `[from, to)`, by month (`2026-03`, UTC), months with
    /// neither left out.
    pub async fn certificates_by_month(from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<MonthCertificates>>;
}

/// The SQLite statement `hours_glance` runs, for the benchmarks: ?1 the first day of the year, ?2
/// the first day of the year after.
pub fn hours_glance_sql_sqlite() -> &'static str {
    crate::sqlite::dashboard::HOURS_GLANCE
}
