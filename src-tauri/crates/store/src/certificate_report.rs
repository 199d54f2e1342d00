//! The certificates report: issues and revocations in a period, in one aggregation.

use malaka_core::model::{CertificateReportRow, ValidReportFilter};

use crate::Result;
use crate::conn::seam;

seam! { certificate_report;
    /// Certificates issued and revoked in the period (UTC days), by series and the filter's
    /// group, of holders in its scope and activities of its programme and kind (see
    /// `CertificateReportRow`), ordered by series, then group.
    pub async fn rows(f: &ValidReportFilter) -> Result<Vec<CertificateReportRow>>;
}
