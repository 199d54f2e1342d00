//! The completion report: learner places by result, and why the not completed were not.

use malaka_core::access::Action;
use malaka_core::model::{CompletionRow, IdentityColumn, ReportFileOptions, ReportFilter, ReportGrouping};
use malaka_core::place_report::completion_rows;
use malaka_exchange::roster::Sheet;
use malaka_render::report_labels::{ReportLabels, report as labels};
use malaka_store::report;

use crate::report_file::file_options;
use crate::report_sheet::{leading_cells, leading_headers, number_text};
use crate::{Malaka, Result, now};

impl Malaka {
    /// Learner places in the activities overlapping the period, grouped as the filter asks (by
    /// activity or programme most often), by result as of today (see `CompletionRow`).
    pub async fn report_completion(&self, filter: &ReportFilter) -> Result<Vec<CompletionRow>> {
        self.may(Action::Read)?;
        let f = filter.validated()?;
        let at = now();
        let places = report::places(&mut *self.store.read().await?, &f, at).await?;
        Ok(completion_rows(&places, at.date_naive()))
    }

    /// The completion report as a spreadsheet or a printout (see `ReportFileOptions`).
    pub async fn report_completion_file(&self, filter: &ReportFilter, options: &ReportFileOptions) -> Result<Vec<u8>> {
        self.may(Action::Export)?;
        let (format, locale) = file_options(options)?;
        let rows = self.report_completion(filter).await?;
        let sheet = completion_sheet(&labels(locale), filter.group_by, &options.columns, &rows);
        self.report_file_bytes("completion", (filter, true), (format, locale), sheet).await
    }
}

/// Completed, percent of the places (none when the group has none).
pub fn completion_rate(r: &CompletionRow) -> Option<f64> {
    (r.enrolled > 0).then(|| 100.0 * r.completed as f64 / r.enrolled as f64)
}

fn completion_sheet(
    w: &ReportLabels,
    by: ReportGrouping,
    identity: &[IdentityColumn],
    rows: &[CompletionRow],
) -> Sheet {
    let mut headers = leading_headers(w, by, identity);
    headers.extend(
        [
            w.enrolled,
            w.completed,
            w.not_completed,
            w.in_progress,
            w.upcoming,
            w.certified,
            w.completion_rate,
            w.below_minimum,
            w.marks_missing,
            w.no_sessions,
            w.assessment_missing,
            w.assessment_failed,
        ]
        .map(str::to_owned),
    );
    let body = rows
        .iter()
        .map(|r| {
            let mut row = leading_cells(w, by, identity, (r.key.as_deref(), &r.label, r.person.as_ref()));
            row.extend(
                [r.enrolled, r.completed, r.not_completed, r.in_progress, r.upcoming, r.certified]
                    .map(|n| n.to_string()),
            );
            row.push(completion_rate(r).map(number_text).unwrap_or_default());
            let y = &r.why;
            row.extend(
                [y.below_minimum, y.marks_missing, y.no_sessions, y.assessment_missing, y.assessment_failed]
                    .map(|n| n.to_string()),
            );
            row
        })
        .collect();
    Sheet { title: w.completion_title.to_owned(), headers, rows: body }
}
