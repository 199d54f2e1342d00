//! The training hours report, on screen and as a file.

use malaka_core::access::Action;
use malaka_core::model::{HoursRow, IdentityColumn, ReportFileOptions, ReportFilter, ReportGrouping};
use malaka_exchange::roster::Sheet;
use malaka_render::report_labels::{ReportLabels, report as labels};
use malaka_store::report;

use crate::report_file::file_options;
use crate::report_sheet::{leading_cells, leading_headers, number_text};
use crate::{Malaka, Result};

impl Malaka {
    /// Training hours in the filter's period and scope, grouped as it asks (see `HoursRow`).
    pub async fn report_hours(&self, filter: &ReportFilter) -> Result<Vec<HoursRow>> {
        self.may(Action::Read)?;
        let f = filter.validated()?;
        Ok(report::hours(&mut *self.store.read().await?, &f).await?)
    }

    /// The training hours report as a spreadsheet or a printout (see `ReportFileOptions`).
    pub async fn report_hours_file(&self, filter: &ReportFilter, options: &ReportFileOptions) -> Result<Vec<u8>> {
        self.may(Action::Export)?;
        let (format, locale) = file_options(options)?;
        let rows = self.report_hours(filter).await?;
        let sheet = hours_sheet(&labels(locale), filter.group_by, &options.columns, &rows);
        self.report_file_bytes("training hours", (filter, true), (format, locale), sheet).await
    }
}

fn hours_sheet(w: &ReportLabels, by: ReportGrouping, identity: &[IdentityColumn], rows: &[HoursRow]) -> Sheet {
    let mut headers = leading_headers(w, by, identity);
    if by != ReportGrouping::Person {
        headers.push(w.people.to_owned());
    }
    headers.extend([w.sessions, w.hours, w.planned_hours].map(str::to_owned));
    let body = rows
        .iter()
        .map(|r| {
            let mut row = leading_cells(w, by, identity, (r.key.as_deref(), &r.label, r.person.as_ref()));
            if by != ReportGrouping::Person {
                row.push(r.people.to_string());
            }
            row.extend([r.sessions.to_string(), number_text(r.hours), number_text(r.planned_hours)]);
            row
        })
        .collect();
    Sheet { title: w.hours_title.to_owned(), headers, rows: body }
}
