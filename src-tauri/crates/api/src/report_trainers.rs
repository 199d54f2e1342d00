//! The trainers' load report: sessions, hours and rolls per trainer.

use malaka_core::access::Action;
use malaka_core::model::{ReportFileOptions, ReportFilter, ReportGrouping, TrainerLoadRow};
use malaka_exchange::roster::Sheet;
use malaka_render::report_labels::{ReportLabels, report as labels};
use malaka_store::trainer_report;

use crate::report_file::file_options;
use crate::report_sheet::{group_header, group_name, number_text};
use crate::{Malaka, Result, now};

/// Whether the trainers' rows are split by the grouping (programme, activity, month, year).
fn split(by: ReportGrouping) -> bool {
    !matches!(by, ReportGrouping::Person | ReportGrouping::Unit | ReportGrouping::Organisation)
}

impl Malaka {
    /// Each trainer's sessions and hours in the filter's period (see `TrainerLoadRow`).
    pub async fn report_trainers(&self, filter: &ReportFilter) -> Result<Vec<TrainerLoadRow>> {
        self.may(Action::Read)?;
        let f = filter.validated()?;
        Ok(trainer_report::rows(&mut *self.store.read().await?, &f, now()).await?)
    }

    /// The trainers' load as a spreadsheet or a printout (see `ReportFileOptions`; no identity
    /// columns: trainers are named by name and affiliation).
    pub async fn report_trainers_file(&self, filter: &ReportFilter, options: &ReportFileOptions) -> Result<Vec<u8>> {
        self.may(Action::Export)?;
        let (format, locale) = file_options(options)?;
        let rows = self.report_trainers(filter).await?;
        let sheet = trainers_sheet(&labels(locale), filter.group_by, &rows);
        self.report_file_bytes("trainers' load", (filter, split(filter.group_by)), (format, locale), sheet).await
    }
}

fn trainers_sheet(w: &ReportLabels, by: ReportGrouping, rows: &[TrainerLoadRow]) -> Sheet {
    let mut headers = vec![w.trainer.to_owned(), w.affiliation.to_owned()];
    if split(by) {
        headers.push(group_header(w, by).to_owned());
    }
    headers.extend(
        [w.activities, w.sessions_all, w.hours_all, w.held, w.held_hours, w.unrecorded, w.learners].map(str::to_owned),
    );
    let body = rows
        .iter()
        .map(|r| {
            let mut row = vec![r.trainer.clone(), r.affiliation.clone().unwrap_or_default()];
            if split(by) {
                row.push(group_name(w, by, r.key.as_deref(), &r.label));
            }
            row.extend([
                r.activities.to_string(),
                r.sessions.to_string(),
                number_text(r.hours),
                r.held.to_string(),
                number_text(r.held_hours),
                r.unrecorded.to_string(),
                r.learners.to_string(),
            ]);
            row
        })
        .collect();
    Sheet { title: w.trainers_title.to_owned(), headers, rows: body }
}
