//! The dashboard: a year of training at a glance, beside the year before — the same figures the
//! reports give: the hours in one pass, completion apart (it weighs every place by its rule).

use chrono::{Datelike, NaiveDate, TimeZone, Utc};
use malaka_core::access::Action;
use malaka_core::model::{Dashboard, DashboardCompletion, MonthCertificates, ReportFilter, ReportGrouping, YearOnYear};
use malaka_core::place_report::completion_rows;
use malaka_store::{dashboard, report};

use crate::{Malaka, Result, now};

/// How many open activities the dashboard lists.
const OPEN_ACTIVITIES: i64 = 8;
/// How many programmes it ranks.
const TOP_PROGRAMMES: usize = 5;

impl Malaka {
    /// The dashboard for `year`, beside the year before: what its first paint shows (completion
    /// comes apart, `dashboard_completion`).
    pub async fn dashboard(&self, year: i32) -> Result<Dashboard> {
        self.may(Action::Read)?;
        malaka_core::validate::year_in_range("year", year)?;
        malaka_core::validate::year_in_range("year", year - 1)?;
        let at = now();
        // A pass over each year (this year's also gives its months and programmes). Run at once
        // on two connections they took longer than one after the other on two cores (measured).
        let mut c = self.store.read().await?;
        let glance = dashboard::hours_glance(&mut c, year).await?;
        let last = dashboard::hours_glance(&mut c, year - 1).await?;
        let total = |g: &malaka_core::model::HoursGlance| g.years.first().map_or((0.0, 0.0), |r| (r.1 as f64, r.2));
        let ((people_now, hours_now), (people_then, hours_then)) = (total(&glance), total(&last));
        let hours = YearOnYear { this_year: hours_now, last_year: hours_then };
        let people = YearOnYear { this_year: people_now, last_year: people_then };
        let hours_by_month = (1..=12)
            .map(|m| {
                let key = format!("{year:04}-{m:02}");
                glance.months.iter().find(|(k, _)| *k == key).map_or(0.0, |(_, h)| *h)
            })
            .collect();
        let mut top_programmes = glance.programmes;
        top_programmes.retain(|p| p.hours > 0.0);
        top_programmes.sort_by(|a, b| b.hours.total_cmp(&a.hours).then_with(|| a.title.cmp(&b.title)));
        top_programmes.truncate(TOP_PROGRAMMES);

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
        Ok(Dashboard { year, hours, people, hours_by_month, certificates, top_programmes, open_activities })
    }

    /// The dashboard's completion tile for `year`: the places whose activity ended in it, each
    /// weighed by its rule as the completion report does.
    pub async fn dashboard_completion(&self, year: i32) -> Result<DashboardCompletion> {
        self.may(Action::Read)?;
        malaka_core::validate::year_in_range("year", year)?;
        let at = now();
        let filter = ReportFilter::years(year, year, ReportGrouping::Year).validated()?;
        let places = report::places(&mut *self.store.read().await?, &filter, at).await?;
        let ended_this_year: Vec<_> = places.into_iter().filter(|p| p.ends_on.year() == year).collect();
        let rows = completion_rows(&ended_this_year, at.date_naive());
        let completed: i64 = rows.iter().map(|r| r.completed).sum();
        let not_completed: i64 = rows.iter().map(|r| r.not_completed).sum();
        let decided = completed + not_completed;
        let completion_rate = (decided > 0).then(|| (1000.0 * completed as f64 / decided as f64).round() / 10.0);
        Ok(DashboardCompletion { year, completed, not_completed, completion_rate })
    }
}
