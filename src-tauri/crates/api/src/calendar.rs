//! The planning calendar: sessions of a week, a month or any range of days in the viewer's zone,
//! and the study visits and internships across those days.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use malaka_core::Reason;
use malaka_core::access::Action;
use malaka_core::model::{
    ActivityKind, CalendarEntry, CalendarSpan, InternshipFilter, InternshipRow, SpanOf, VisitDirection, VisitFilter,
    VisitRow,
};
use malaka_core::{time, validate};
use malaka_store::calendar::{Filter, entries};
use malaka_store::{internship, visit};
use serde::Deserialize;

use crate::{Error, Malaka, Result};

/// The widest range one query may cover (a year view asks for activities instead).
const MAX_DAYS: i64 = 400;
const DEFAULT_LIMIT: i64 = 5_000;
const MAX_LIMIT: i64 = 20_000;

/// Which sessions to show: the days `from` (inclusive) to `to` (exclusive) as the viewer's clock
/// in `time_zone` reads them, narrowed by the filters set.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct CalendarQuery {
    pub from: String,
    pub to: String,
    pub time_zone: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub organisation_id: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub trainer_id: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub venue_id: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub kind: Option<ActivityKind>,
    /// At most this many sessions (default 5,000).
    #[serde(default)]
    #[ts(optional = nullable, type = "number")]
    pub limit: Option<i64>,
}

impl CalendarQuery {
    fn validated(&self) -> Result<Filter> {
        let tz = time::zone("time_zone", &self.time_zone)?;
        let from = validate::date("from", &self.from)?;
        let to = validate::date("to", &self.to)?;
        if to <= from {
            return Err(Error::invalid("to", Reason::EndNotAfterStart));
        }
        if (to - from).num_days() > MAX_DAYS {
            return Err(Error::invalid("to", Reason::CalendarTooLong { max_days: MAX_DAYS as u32 }));
        }
        let id = |v: &Option<String>| v.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned);
        Ok(Filter {
            from: midnight(from, tz),
            to: midnight(to, tz),
            organisation_id: id(&self.organisation_id),
            trainer_id: id(&self.trainer_id),
            venue_id: id(&self.venue_id),
            kind: self.kind,
            limit: self.limit.unwrap_or(DEFAULT_LIMIT).clamp(1, MAX_LIMIT),
        })
    }
}

/// The instant a day begins in a zone (where a clock change skips midnight, the first hour that
/// exists).
fn midnight(day: NaiveDate, tz: Tz) -> DateTime<Utc> {
    let start = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    (0..4)
        .find_map(|h| tz.from_local_datetime(&(start + Duration::hours(h))).earliest())
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&start))
}

impl Malaka {
    /// The calendar's sessions, in time order, each with its activity, venue and trainers named.
    pub async fn calendar(&self, query: &CalendarQuery) -> Result<Vec<CalendarEntry>> {
        self.may(Action::Read)?;
        let filter = query.validated()?;
        Ok(entries(&mut *self.store.read().await?, &filter).await?)
    }

    /// The study visits and internships with a day in the calendar's period, by first day: the
    /// organisation filter keeps those it sends or hosts, the kind filter keeps one of the two,
    /// and a trainer or venue filter keeps none (neither has sessions of its own).
    pub async fn calendar_spans(&self, query: &CalendarQuery) -> Result<Vec<CalendarSpan>> {
        self.may(Action::Read)?;
        let f = query.validated()?;
        let (visits, placements) = match (&f.trainer_id, &f.venue_id, f.kind) {
            (Some(_), _, _) | (_, Some(_), _) => (false, false),
            (_, _, None) => (true, true),
            (_, _, Some(kind)) => (kind == ActivityKind::StudyVisit, kind == ActivityKind::Internship),
        };
        // The query's days run to `to` exclusive; the lists take both ends.
        let from = validate::date("from", &query.from)?;
        let within = Some((from, validate::date("to", &query.to)? - Duration::days(1)));
        let mut conn = self.store.read().await?;
        let mut spans = Vec::new();
        if visits {
            let filter = VisitFilter { partner_org_id: f.organisation_id.clone(), within, ..Default::default() };
            spans.extend(visit::list(&mut conn, &filter).await?.into_iter().map(visit_span));
        }
        if placements {
            let filter = InternshipFilter { partner_org_id: f.organisation_id.clone(), within, ..Default::default() };
            spans.extend(internship::list(&mut conn, &filter).await?.into_iter().map(placement_span));
        }
        spans.sort_by(|a, b| (a.starts_on, &a.title, &a.id).cmp(&(b.starts_on, &b.title, &b.id)));
        spans.truncate(f.limit as usize);
        Ok(spans)
    }
}

fn visit_span(row: VisitRow) -> CalendarSpan {
    let v = row.visit;
    let (starts_on, ends_on) = v.span();
    let partner = if v.direction == VisitDirection::Outgoing { row.host_org } else { row.sending_org };
    CalendarSpan {
        id: v.id,
        title: v.title,
        starts_on,
        ends_on,
        direction: v.direction,
        partner,
        of: SpanOf::Visit { status: v.status, host_status: v.host_status, members: row.members },
    }
}

fn placement_span(row: InternshipRow) -> CalendarSpan {
    let p = row.internship;
    let (starts_on, ends_on) = p.span();
    let partner = if row.direction == VisitDirection::Outgoing { row.host_org } else { row.sending_org };
    CalendarSpan {
        id: p.id,
        title: p.title,
        starts_on,
        ends_on,
        direction: row.direction,
        partner,
        of: SpanOf::Internship { status: p.status, intern: row.intern, activity_id: p.activity_id },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_begin_at_the_viewers_midnight() {
        let q = CalendarQuery {
            from: "2026-03-09".into(),
            to: "2026-03-16".into(),
            time_zone: "Asia/Tashkent".into(),
            organisation_id: Some(" ".into()),
            trainer_id: None,
            venue_id: None,
            kind: None,
            limit: None,
        };
        let f = q.validated().unwrap();
        assert_eq!(time::utc_text(f.from), "2026-03-08T19:00:00Z");
        assert_eq!(time::utc_text(f.to), "2026-03-15T19:00:00Z");
        assert_eq!((f.organisation_id, f.limit), (None, DEFAULT_LIMIT));
        let backwards = CalendarQuery { to: "2026-03-01".into(), ..q.clone() };
        let e = backwards.validated().unwrap_err();
        assert_eq!((e.field(), e.reason()), (Some("to"), Reason::EndNotAfterStart));
        let huge = CalendarQuery { to: "2028-01-01".into(), ..q };
        assert_eq!(huge.validated().unwrap_err().reason(), Reason::CalendarTooLong { max_days: 400 });
    }
}
