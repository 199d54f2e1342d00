//! A report written out: a spreadsheet (XLSX, CSV) or a printout (PDF) of its sheet, audited.

use malaka_core::model::{ReportFileOptions, ReportFilter};
use malaka_core::{Error, Reason, reason::count};
use malaka_exchange::roster::{Sheet, csv_bytes, xlsx_bytes};
use malaka_render::Locale;
use malaka_render::report::{ReportPrint, report_pdf};
use malaka_render::report_labels::report as labels;
use malaka_store::{organisation, programme};

use crate::certificate_template::{parse_locale, stopped, template_error};
use crate::error::file_error;
use crate::report_sheet::group_header;
use crate::{Malaka, Result, now};

/// The most rows a printed report holds (about 200 pages); longer reports go to a spreadsheet.
pub const MAX_PRINT_ROWS: usize = 5_000;

/// What a report is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Xlsx,
    Csv,
    Pdf,
}

impl ReportFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            ReportFormat::Xlsx => "xlsx",
            ReportFormat::Csv => "csv",
            ReportFormat::Pdf => "pdf",
        }
    }

    pub fn parse(text: &str) -> Result<ReportFormat> {
        match text.trim().to_lowercase().as_str() {
            "xlsx" => Ok(ReportFormat::Xlsx),
            "csv" => Ok(ReportFormat::Csv),
            "pdf" => Ok(ReportFormat::Pdf),
            other => Err(Error::invalid(
                "format",
                Reason::NotOneOf { value: other.into(), allowed: ["xlsx", "csv", "pdf"].map(String::from).to_vec() },
            )
            .into()),
        }
    }
}

/// A report file's format and language, checked.
pub(crate) fn file_options(options: &ReportFileOptions) -> Result<(ReportFormat, Locale)> {
    Ok((ReportFormat::parse(&options.format)?, parse_locale("locale", &options.locale)?))
}

impl Malaka {
    /// A report's sheet as the file asked for; the export is audited.
    pub(crate) async fn report_file_bytes(
        &self,
        report: &str,
        (filter, grouped): (&ReportFilter, bool),
        (format, locale): (ReportFormat, Locale),
        sheet: Sheet,
    ) -> Result<Vec<u8>> {
        let rows = sheet.rows.len();
        let bytes = match format {
            ReportFormat::Xlsx => xlsx_bytes(&sheet).map_err(file_error)?,
            ReportFormat::Csv => csv_bytes(&sheet).map_err(file_error)?,
            ReportFormat::Pdf => self.report_printout((filter, grouped), locale, sheet).await?,
        };
        let summary = format!(
            "exported the {report} report by {} for {} – {} as {} ({rows} rows)",
            filter.group_by,
            filter.from,
            filter.to,
            format.as_str()
        );
        self.audit_export("export.report", "report", None, summary).await?;
        Ok(bytes)
    }

    /// The sheet laid out as a PDF, headed by what the report covers (and its grouping, when it
    /// is `grouped`: some reports read only some groupings).
    async fn report_printout(
        &self,
        (filter, grouped): (&ReportFilter, bool),
        locale: Locale,
        sheet: Sheet,
    ) -> Result<Vec<u8>> {
        if sheet.rows.len() > MAX_PRINT_ROWS {
            return Err(Error::invalid(
                "format",
                Reason::TooManyRowsToPrint { rows: count(sheet.rows.len()), max: count(MAX_PRINT_ROWS) },
            )
            .into());
        }
        let w = labels(locale);
        let print = ReportPrint {
            title: sheet.title,
            scope: self.report_scope_lines(filter, grouped, locale).await?,
            headers: sheet.headers,
            rows: sheet.rows,
            printed: format!("{}: {}", w.printed, now().date_naive().format(locale.date_format())),
            empty: w.no_rows.to_owned(),
        };
        tokio::task::spawn_blocking(move || report_pdf(&print, locale)).await.map_err(stopped)?.map_err(template_error)
    }

    /// What a report covers, a line each, in the reader's words: the period, the organisation
    /// (or all), the programme, kind and country when narrowed, and the grouping if `grouped`.
    async fn report_scope_lines(&self, filter: &ReportFilter, grouped: bool, locale: Locale) -> Result<Vec<String>> {
        let f = filter.validated()?;
        let w = labels(locale);
        let day = |d: chrono::NaiveDate| d.format(locale.date_format()).to_string();
        let mut c = self.store.read().await?;
        let organisation = match &f.organisation_id {
            Some(id) => organisation::get(&mut c, id).await?.name,
            None => w.all_organisations.to_owned(),
        };
        let mut lines = vec![
            format!("{}: {} – {}", w.period, day(f.from), day(f.to)),
            format!("{}: {organisation}", w.organisation),
        ];
        if let Some(id) = &f.programme_id {
            lines.push(format!("{}: {}", w.programme, programme::get(&mut c, id).await?.title));
        }
        if let Some(kind) = f.kind {
            let i = malaka_core::model::ActivityKind::ALL.iter().position(|k| *k == kind).unwrap_or_default();
            lines.push(format!("{}: {}", w.kind, w.kinds[i]));
        }
        if let Some(country) = &f.country {
            lines.push(format!("{}: {country}", w.country));
        }
        if grouped {
            lines.push(format!("{}: {}", w.grouped_by, group_header(&w, f.group_by)));
        }
        Ok(lines)
    }
}
