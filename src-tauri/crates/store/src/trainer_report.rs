//! The trainers' load report: sessions and hours per trainer, in one aggregation.

use chrono::{DateTime, Utc};
use malaka_core::model::{ReportGrouping, TrainerLoadRow, ValidReportFilter};

use crate::Result;
use crate::conn::seam;

seam! { trainer_report;
    /// Each trainer's sessions not cancelled in the period, of activities in the filter's scope
    /// (see `TrainerLoadRow`); `now` decides which were held. Ordered by trainer, then group.
    pub async fn rows(f: &ValidReportFilter, now: DateTime<Utc>) -> Result<Vec<TrainerLoadRow>>;
}

/// The SQLite statement `rows` runs for a grouping, for the benchmarks to run the same through
/// `sqlite3` (parameters as `report::hours_sql_sqlite`'s, and ?7 now).
pub fn rows_sql_sqlite(by: ReportGrouping) -> String {
    crate::sqlite::trainer_report::rows_sql(by)
}
