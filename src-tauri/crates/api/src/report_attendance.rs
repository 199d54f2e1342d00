//! The attendance report: each learner in each activity, as Moodle's attendance summary counts
//! them — sessions taken, the share attended of those and of all, and the most still reachable.

use malaka_core::access::Action;
use malaka_core::completion::CompletionBasis;
use malaka_core::model::{AttendanceRow, IdentityColumn, ReportFileOptions, ReportFilter, TranscriptResult};
use malaka_core::place_report::attendance_rows;
use malaka_exchange::roster::Sheet;
use malaka_render::report_labels::{ReportLabels, report as labels};
use malaka_store::report;

use crate::report_file::file_options;
use crate::report_sheet::{identity_cells, identity_headers, identity_or_name, number_text};
use crate::{Malaka, Result, now};

impl Malaka {
    /// One row per learner and activity overlapping the period (the filter's grouping only
    /// orders them: by person, unit, … then name and activity).
    pub async fn report_attendance(&self, filter: &ReportFilter) -> Result<Vec<AttendanceRow>> {
        self.may(Action::Read)?;
        let f = filter.validated()?;
        let at = now();
        let places = report::places(&mut *self.store.read().await?, &f, at).await?;
        Ok(attendance_rows(&places, at.date_naive()))
    }

    /// The attendance report as a spreadsheet or a printout (see `ReportFileOptions`).
    pub async fn report_attendance_file(&self, filter: &ReportFilter, options: &ReportFileOptions) -> Result<Vec<u8>> {
        self.may(Action::Export)?;
        let (format, locale) = file_options(options)?;
        let rows = self.report_attendance(filter).await?;
        let sheet = attendance_sheet(&labels(locale), &options.columns, &rows);
        self.report_file_bytes("attendance", (filter, false), (format, locale), sheet).await
    }
}

fn result_word(w: &ReportLabels, r: TranscriptResult) -> &'static str {
    match r {
        TranscriptResult::Completed => w.completed,
        TranscriptResult::NotCompleted => w.not_completed,
        TranscriptResult::InProgress => w.in_progress,
        TranscriptResult::Upcoming => w.upcoming,
    }
}

fn attendance_sheet(w: &ReportLabels, identity: &[IdentityColumn], rows: &[AttendanceRow]) -> Sheet {
    let identity = identity_or_name(identity);
    let mut headers = identity_headers(w, identity);
    headers.extend(
        [
            w.activity,
            w.first_day,
            w.last_day,
            w.all_sessions,
            w.taken,
            w.present,
            w.late,
            w.excused,
            w.absent,
            w.unmarked,
            w.rate_taken,
            w.rate_all,
            w.max_reachable,
            w.required,
            w.result,
        ]
        .map(str::to_owned),
    );
    let body = rows
        .iter()
        .map(|r| {
            let mut row = identity_cells(identity, &r.person_name, Some(&r.person));
            row.extend([r.activity_title.clone(), r.starts_on.to_string(), r.ends_on.to_string()]);
            row.extend(
                [r.sessions, r.taken, r.present, r.late, r.excused, r.absent, r.unmarked].map(|n| n.to_string()),
            );
            // A rate counted in hours says so beside its figure.
            let basis = |x: f64| match r.basis {
                CompletionBasis::Sessions => number_text(x),
                CompletionBasis::Hours => format!("{} ({})", number_text(x), w.basis_hours),
            };
            row.push(r.rate_taken.map(basis).unwrap_or_default());
            row.extend([basis(r.rate_all), basis(r.max_reachable), number_text(r.required)]);
            row.push(result_word(w, r.result).to_owned());
            row
        })
        .collect();
    Sheet { title: w.attendance_title.to_owned(), headers, rows: body }
}
