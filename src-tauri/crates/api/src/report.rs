//! The training hours report, on screen and as a file.

use malaka_core::access::Action;
use malaka_core::model::{HoursRow, IdentityColumn, ReportFileOptions, ReportFilter, ReportGrouping};
use malaka_exchange::roster::{Sheet, csv_bytes, xlsx_bytes};
use malaka_render::report_labels::{ReportLabels, report as labels};
use malaka_store::report;

use crate::certificate_template::parse_locale;
use crate::error::file_error;
use crate::plan_export::ListFormat;
use crate::report_sheet::{leading_cells, leading_headers, number_text};
use crate::{Malaka, Result};

impl Malaka {
    /// Training hours in the filter's period and scope, grouped as it asks (see `HoursRow`).
    pub async fn report_hours(&self, filter: &ReportFilter) -> Result<Vec<HoursRow>> {
        self.may(Action::Read)?;
        let f = filter.validated()?;
        Ok(report::hours(&mut *self.store.read().await?, &f).await?)
    }

    /// The training hours report as a spreadsheet (see `ReportFileOptions`).
    pub async fn report_hours_file(&self, filter: &ReportFilter, options: &ReportFileOptions) -> Result<Vec<u8>> {
        self.may(Action::Export)?;
        let format = ListFormat::parse(&options.format)?;
        let locale = parse_locale("locale", &options.locale)?;
        let rows = self.report_hours(filter).await?;
        let sheet = hours_sheet(&labels(locale), filter.group_by, &options.columns, &rows);
        self.report_file_bytes("training hours", filter, format, &sheet).await
    }

    /// A report's sheet as the file asked for; the export is audited.
    pub(crate) async fn report_file_bytes(
        &self,
        report: &str,
        filter: &ReportFilter,
        format: ListFormat,
        sheet: &Sheet,
    ) -> Result<Vec<u8>> {
        let bytes = match format {
            ListFormat::Xlsx => xlsx_bytes(sheet),
            ListFormat::Csv => csv_bytes(sheet),
        }
        .map_err(file_error)?;
        let summary = format!(
            "exported the {report} report by {} for {} – {} ({} rows)",
            filter.group_by,
            filter.from,
            filter.to,
            sheet.rows.len()
        );
        self.audit_export("export.report", "report", None, summary).await?;
        Ok(bytes)
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
