//! The certificates report: issued, reissued and revoked per series and group.

use malaka_core::access::Action;
use malaka_core::model::{CertificateReportRow, IdentityColumn, ReportFileOptions, ReportFilter, ReportGrouping};
use malaka_exchange::roster::Sheet;
use malaka_render::report_labels::{ReportLabels, report as labels};
use malaka_store::certificate_report;

use crate::report_file::file_options;
use crate::report_sheet::{leading_cells, leading_headers};
use crate::{Malaka, Result};

impl Malaka {
    /// Certificates issued and revoked in the filter's period (see `CertificateReportRow`).
    pub async fn report_certificates(&self, filter: &ReportFilter) -> Result<Vec<CertificateReportRow>> {
        self.may(Action::Read)?;
        let f = filter.validated()?;
        Ok(certificate_report::rows(&mut *self.store.read().await?, &f).await?)
    }

    /// The certificates report as a spreadsheet or a printout (see `ReportFileOptions`).
    pub async fn report_certificates_file(
        &self,
        filter: &ReportFilter,
        options: &ReportFileOptions,
    ) -> Result<Vec<u8>> {
        self.may(Action::Export)?;
        let (format, locale) = file_options(options)?;
        let rows = self.report_certificates(filter).await?;
        let sheet = certificates_sheet(&labels(locale), filter.group_by, &options.columns, &rows);
        self.report_file_bytes("certificates", (filter, true), (format, locale), sheet).await
    }
}

fn certificates_sheet(
    w: &ReportLabels,
    by: ReportGrouping,
    identity: &[IdentityColumn],
    rows: &[CertificateReportRow],
) -> Sheet {
    let mut headers = vec![w.series.to_owned()];
    headers.extend(leading_headers(w, by, identity));
    headers.extend([w.issued, w.reissued, w.in_force, w.revoked].map(str::to_owned));
    let body = rows
        .iter()
        .map(|r| {
            let mut row = vec![r.series.clone()];
            row.extend(leading_cells(w, by, identity, (r.key.as_deref(), &r.label, r.person.as_ref())));
            row.extend([r.issued, r.reissued, r.in_force, r.revoked].map(|n| n.to_string()));
            row
        })
        .collect();
    Sheet { title: w.certificates_title.to_owned(), headers, rows: body }
}
