//! The mobility report: study visits and internships by direction, partner and status.

use malaka_core::access::Action;
use malaka_core::mobility_report::mobility_rows;
use malaka_core::model::{
    InternshipFilter, MobilityKind, MobilityReportRow, ReportFileOptions, ReportFilter, ReportGrouping, VisitFilter,
};
use malaka_exchange::roster::Sheet;
use malaka_render::Locale;
use malaka_render::mobility_labels::state_word;
use malaka_render::report_labels::{ReportLabels, report as labels};
use malaka_store::{internship, organisation, visit};

use crate::report_file::file_options;
use crate::report_sheet::group_header;
use crate::{Malaka, Result};

/// Whether the rows are split by the period they start in.
fn by_period(by: ReportGrouping) -> bool {
    matches!(by, ReportGrouping::Month | ReportGrouping::Year)
}

impl Malaka {
    /// Visits and placements with a day in the filter's period (see `MobilityReportRow`): its
    /// organisation is this side, its country the partner's; programme is not asked of them.
    pub async fn report_mobility(&self, filter: &ReportFilter) -> Result<Vec<MobilityReportRow>> {
        self.may(Action::Read)?;
        let f = filter.validated()?;
        let within = Some((f.from, f.to));
        let mut c = self.store.read().await?;
        let visits = visit::list(&mut c, &VisitFilter { within, ..Default::default() }).await?;
        let internships = internship::list(&mut c, &InternshipFilter { within, ..Default::default() }).await?;
        let orgs = organisation::list(&mut c).await?;
        Ok(mobility_rows(&visits, &internships, &orgs, &f))
    }

    /// The mobility report as a spreadsheet or a printout (see `ReportFileOptions`).
    pub async fn report_mobility_file(&self, filter: &ReportFilter, options: &ReportFileOptions) -> Result<Vec<u8>> {
        self.may(Action::Export)?;
        let (format, locale) = file_options(options)?;
        let rows = self.report_mobility(filter).await?;
        let sheet = mobility_sheet(&labels(locale), locale, filter.group_by, &rows);
        self.report_file_bytes("mobility", (filter, by_period(filter.group_by)), (format, locale), sheet).await
    }
}

fn mobility_sheet(w: &ReportLabels, locale: Locale, by: ReportGrouping, rows: &[MobilityReportRow]) -> Sheet {
    let mut headers = [w.kind, w.direction, w.country, w.partner, w.status].map(str::to_owned).to_vec();
    if by_period(by) {
        headers.push(group_header(w, by).to_owned());
    }
    headers.extend([w.count, w.participants, w.person_days].map(str::to_owned));
    let body = rows
        .iter()
        .map(|r| {
            let kind = match r.kind {
                MobilityKind::Visit => w.visit,
                MobilityKind::Internship => w.internship,
            };
            let mut row = vec![
                kind.to_owned(),
                state_word(locale, r.direction.as_str()),
                r.country.clone(),
                r.partner.clone(),
                state_word(locale, &r.status),
            ];
            if by_period(by) {
                row.push(r.period.clone().unwrap_or_default());
            }
            row.extend([r.count, r.people, r.person_days].map(|n| n.to_string()));
            row
        })
        .collect();
    Sheet { title: w.mobility_title.to_owned(), headers, rows: body }
}
