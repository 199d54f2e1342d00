//! The certificates report: issues and revocations in a period, in one aggregation.

use malaka_core::model::{CertificateReportRow, ReportGrouping, ValidReportFilter};

use crate::Result;
use crate::conn::seam;

seam! { certificate_report;
    /// Certificates issued and revoked in the period (UTC days), by series and the filter's
    /// group, of holders in its scope and activities of its programme and kind (see
    /// `CertificateReportRow`), ordered by series, then group.
    pub async fn rows(f: &ValidReportFilter) -> Result<Vec<CertificateReportRow>>;
}

/// The SQLite statement `rows` runs for a grouping, for the benchmarks to run the same through
/// `sqlite3` (parameters as `report::hours_sql_sqlite`'s).
pub fn rows_sql_sqlite(by: ReportGrouping) -> String {
    crate::sqlite::certificate_report::rows_sql(by)
}
