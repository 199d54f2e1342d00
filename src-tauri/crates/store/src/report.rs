//! Reports: each one aggregation in the database, grouped as asked.

use malaka_core::model::*;

use crate::Result;
use crate::conn::seam;

seam! { report;
    /// Training hours, grouped: attended and planned hours of the learners' sessions in the
    /// period (see `HoursRow`), ordered by the group's name (periods in time order).
    pub async fn hours(f: &ValidReportFilter) -> Result<Vec<HoursRow>>;
}
