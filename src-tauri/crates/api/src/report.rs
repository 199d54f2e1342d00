//! Reports over the register, on screen and as files: training hours so far.

use malaka_core::access::Action;
use malaka_core::model::{HoursRow, IdentityColumn, ReportFileOptions, ReportFilter, ReportGrouping};
use malaka_exchange::roster::{Sheet, csv_bytes, xlsx_bytes};
use malaka_render::report_labels::{ReportLabels, report as labels};
use malaka_store::report;

use crate::certificate_template::parse_locale;
use crate::error::file_error;
use crate::plan_export::ListFormat;
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
        let bytes = match format {
            ListFormat::Xlsx => xlsx_bytes(&sheet),
            ListFormat::Csv => csv_bytes(&sheet),
        }
        .map_err(file_error)?;
        let summary = format!(
            "exported the training hours report by {} for {} – {} ({} rows)",
            filter.group_by,
            filter.from,
            filter.to,
            rows.len()
        );
        self.audit_export("export.report", "report", None, summary).await?;
        Ok(bytes)
    }
}

/// Hours as a file shows them: two decimals at most, no trailing zeros.
fn hours_text(h: f64) -> String {
    let t = format!("{:.2}", (h * 100.0).round() / 100.0);
    t.trim_end_matches('0').trim_end_matches('.').to_owned()
}

fn hours_sheet(w: &ReportLabels, by: ReportGrouping, identity: &[IdentityColumn], rows: &[HoursRow]) -> Sheet {
    let by_person = by == ReportGrouping::Person;
    let identity: &[IdentityColumn] = if identity.is_empty() { &[IdentityColumn::Name] } else { identity };
    let mut headers: Vec<String> = if by_person {
        identity
            .iter()
            .map(|c| match c {
                IdentityColumn::PersonnelNumber => w.personnel_number,
                IdentityColumn::Name => w.person,
                IdentityColumn::Organisation => w.organisation,
                IdentityColumn::Unit => w.unit,
                IdentityColumn::Position => w.position,
            })
            .map(str::to_owned)
            .collect()
    } else {
        let group = match by {
            ReportGrouping::Unit => w.unit,
            ReportGrouping::Organisation => w.organisation,
            ReportGrouping::Programme => w.programme,
            ReportGrouping::Month => w.month,
            ReportGrouping::Year | ReportGrouping::Person => w.year,
        };
        vec![group.to_owned(), w.people.to_owned()]
    };
    headers.extend([w.sessions, w.hours, w.planned_hours].map(str::to_owned));
    let body = rows
        .iter()
        .map(|r| {
            let mut row: Vec<String> = if by_person {
                let who = r.person.clone();
                identity
                    .iter()
                    .map(|c| match (c, &who) {
                        (IdentityColumn::Name, _) => r.label.clone(),
                        (IdentityColumn::PersonnelNumber, Some(p)) => p.personnel_number.clone().unwrap_or_default(),
                        (IdentityColumn::Organisation, Some(p)) => p.organisation.clone(),
                        (IdentityColumn::Unit, Some(p)) => p.unit.clone().unwrap_or_default(),
                        (IdentityColumn::Position, Some(p)) => p.position.clone().unwrap_or_default(),
                        (_, None) => String::new(),
                    })
                    .collect()
            } else {
                let name = if r.key.is_none() && by == ReportGrouping::Programme {
                    w.no_programme.to_owned()
                } else {
                    r.label.clone()
                };
                vec![name, r.people.to_string()]
            };
            row.extend([r.sessions.to_string(), hours_text(r.hours), hours_text(r.planned_hours)]);
            row
        })
        .collect();
    Sheet { title: w.hours_title.to_owned(), headers, rows: body }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_are_written_with_at_most_two_decimals() {
        assert_eq!(
            [hours_text(3.0), hours_text(1.5), hours_text(2.0 / 3.0), hours_text(0.0)],
            ["3", "1.5", "0.67", "0"]
        );
    }
}
