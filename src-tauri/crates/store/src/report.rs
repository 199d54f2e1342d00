//! Reports: each one aggregation in the database, grouped as asked.

use chrono::{DateTime, Utc};
use malaka_core::model::*;

use crate::Result;
use crate::conn::seam;

seam! { report;
    /// Training hours, grouped: attended and planned hours of the learners' sessions in the
    /// period (see `HoursRow`), ordered by the group's name (periods in time order).
    pub async fn hours(f: &ValidReportFilter) -> Result<Vec<HoursRow>>;
    /// Every learner's place (enrolled or completed as participant, delegate or intern) in the
    /// activities not cancelled that overlap the period, with their sessions counted by mark
    /// (`taken`: begun by `now`, or marked), ordered by group, then person and activity.
    pub async fn places(f: &ValidReportFilter, now: DateTime<Utc>) -> Result<Vec<PlaceTally>>;
}

/// The SQLite statement `hours` runs for a grouping, for the benchmarks to run the same through
/// `sqlite3`: ?1 the organisation, ?2 the first day, ?3 the day after the last, ?4 the programme,
/// ?5 the kind, ?6 the country.
pub fn hours_sql_sqlite(by: ReportGrouping) -> String {
    crate::sqlite::report::hours_sql(by)
}

/// The SQLite statement `places` runs for a grouping, for the benchmarks: parameters as
/// `hours_sql_sqlite`'s except ?3, the last day itself, and ?7, now.
pub fn places_sql_sqlite(by: ReportGrouping) -> String {
    crate::sqlite::report::places_sql(by)
}
