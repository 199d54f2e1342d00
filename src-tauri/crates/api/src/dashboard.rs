//! The dashboard: a year of training at a glance, beside the year before — the same figures the
//! reports give, read in one go.

use chrono::{Datelike, NaiveDate, TimeZone, Utc};
use malaka_core::access::Action;
use malaka_core::model::{Dashboard, MonthCertificates, ProgrammeHours, ReportFilter, ReportGrouping, YearOnYear};
use malaka_core::place_report::completion_rows;
use malaka_store::{dashboard, report};

use crate::{Malaka, Result, now};

/// How many open activities the dashboard lists.
const OPEN_ACTIVITIES: i64 = 8;
/// How many programmes it ranks.
const TOP_PROGRAMMES: usize = 5;

impl Malaka {
    /// The dashboard for `year`, beside the year before.
    pub async fn dashboard(&self, year: i32) -> Result<Dashboard> {
        self.may(Action::Read)?;
        malaka_core::validate::year_in_range("year", year)?;
        malaka_core::validate::year_in_range("year", year - 1)?;
        let at = now();
        let mut c = self.store.read().await?;

        let two_years =
            report::hours(&mut c, &ReportFilter::years(year - 1, year, ReportGrouping::Year).validated()?).await?;
        let of_year = |y: i32| two_years.iter().find(|r| r.key.as_deref() == Some(&format!("{y:04}")));
        let figure = |y: i32, pick: fn(&malaka_core::model::HoursRow) -> f64| of_year(y).map_or(0.0, pick);
        let hours = YearOnYear { this_year: figure(year, |r| r.hours), last_year: figure(year - 1, |r| r.hours) };
        let people = YearOnYear {
            this_year: figure(year, |r| r.people as f64),
            last_year: figure(year - 1, |r| r.people as f64),
        };

        let months =
            report::hours(&mut c, &ReportFilter::years(year, year, ReportGrouping::Month).validated()?).await?;
        let hours_by_month = (1..=12)
            .map(|m| {
                let key = format!("{year:04}-{m:02}");
                months.iter().find(|r| r.key.as_deref() == Some(&key)).map_or(0.0, |r| r.hours)
            })
            .collect();

        let mut programmes =
            report::hours(&mut c, &ReportFilter::years(year, year, ReportGrouping::Programme).validated()?).await?;
        programmes.retain(|r| r.key.is_some() && r.hours > 0.0);
        programmes.sort_by(|a, b| b.hours.total_cmp(&a.hours).then_with(|| a.label.cmp(&b.label)));
        let top_programmes = programmes
            .into_iter()
            .take(TOP_PROGRAMMES)
            .map(|r| ProgrammeHours { id: r.key.unwrap_or_default(), title: r.label, hours: r.hours, people: r.people })
            .collect();

        // Completion over the places whose activity ended this year.
        let places =
            report::places(&mut c, &ReportFilter::years(year, year, ReportGrouping::Year).validated()?, at).await?;
        let ended_this_year: Vec<_> = places.into_iter().filter(|p| p.ends_on.year() == year).collect();
        let rows = completion_rows(&ended_this_year, at.date_naive());
        let completed: i64 = rows.iter().map(|r| r.completed).sum();
        let not_completed: i64 = rows.iter().map(|r| r.not_completed).sum();
        let decided = completed + not_completed;
        let completion_rate = (decided > 0).then(|| (1000.0 * completed as f64 / decided as f64).round() / 10.0);

        let start = |y: i32| Utc.from_utc_datetime(&NaiveDate::from_ymd_opt(y, 1, 1).expect("a year in range").into());
        let counted = dashboard::certificates_by_month(&mut c, start(year), start(year + 1)).await?;
        let certificates = (1..=12)
            .map(|m| {
                let month = format!("{year:04}-{m:02}");
                counted.iter().find(|x| x.month == month).cloned().unwrap_or(MonthCertificates {
                    month,
                    issued: 0,
                    revoked: 0,
                })
            })
            .collect();

        let open_activities = dashboard::open_activities(&mut c, at.date_naive(), OPEN_ACTIVITIES).await?;
        Ok(Dashboard {
            year,
            hours,
            people,
            completed,
            not_completed,
            completion_rate,
            hours_by_month,
            certificates,
            top_programmes,
            open_activities,
        })
    }
}
