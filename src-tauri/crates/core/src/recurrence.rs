//! Recurring sessions: "every Tuesday and Thursday 14:00–17:00 until 2 April, except 24 March".
//!
//! Occurrences are wall times at the venue: a 14:00 session stays at 14:00 across a clock change,
//! as people expect of a weekly class.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::model::{MAX_SESSION_HOURS, NewSession};
use crate::{Error, Reason, Result, time, validate as v};

/// The most sessions one plan may create (a daily session for over a year).
pub const MAX_OCCURRENCES: usize = 400;

/// How a session repeats: on these weekdays (ISO: 1 = Monday … 7 = Sunday) up to and including
/// `until`, leaving out the `skip` days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Repeat {
    pub weekdays: Vec<u8>,
    pub until: String,
    #[serde(default)]
    pub skip: Vec<String>,
}

/// One session or a recurring series of an activity, as an organiser plans it. The first
/// occurrence is `starts_local`–`ends_local`; the others repeat its wall times.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct SessionPlan {
    pub activity_id: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub title: Option<String>,
    pub starts_local: String,
    pub ends_local: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub time_zone: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub venue_id: Option<String>,
    #[serde(default)]
    pub trainer_ids: Vec<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub repeat: Option<Repeat>,
}

/// A session a plan would create, in the venue's wall time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Occurrence {
    pub starts_local: NaiveDateTime,
    pub ends_local: NaiveDateTime,
}

impl SessionPlan {
    /// The plan's sessions in order, each as a [`NewSession`] to validate and store.
    pub fn sessions(&self) -> Result<Vec<NewSession>> {
        let first = Occurrence {
            starts_local: time::local("start", &self.starts_local)?,
            ends_local: time::local("end", &self.ends_local)?,
        };
        let list = match &self.repeat {
            None => vec![first],
            Some(r) => occurrences(first, r)?,
        };
        Ok(list
            .into_iter()
            .map(|o| NewSession {
                activity_id: self.activity_id.clone(),
                title: self.title.clone(),
                starts_local: o.starts_local.format(time::LOCAL_FORMAT).to_string(),
                ends_local: o.ends_local.format(time::LOCAL_FORMAT).to_string(),
                time_zone: self.time_zone.clone(),
                venue_id: self.venue_id.clone(),
                trainer_ids: self.trainer_ids.clone(),
            })
            .collect())
    }
}

/// Every day from the first occurrence's day to `until` that falls on one of the weekdays and
/// is not skipped, at the first occurrence's wall times.
pub fn occurrences(first: Occurrence, repeat: &Repeat) -> Result<Vec<Occurrence>> {
    let length = first.ends_local - first.starts_local;
    if length <= Duration::zero() {
        return Err(Error::invalid("end", Reason::EndNotAfterStart));
    }
    if length > Duration::hours(MAX_SESSION_HOURS) {
        return Err(Error::invalid("end", Reason::SessionTooLong { max_hours: MAX_SESSION_HOURS as u32 }));
    }
    let mut weekdays = Vec::new();
    for &d in &repeat.weekdays {
        if !(1..=7).contains(&d) {
            return Err(Error::invalid("weekdays", Reason::NotAWeekday { value: u32::from(d) }));
        }
        weekdays.push(u32::from(d));
    }
    if weekdays.is_empty() {
        weekdays.push(first.starts_local.weekday().number_from_monday());
    }
    let first_day = first.starts_local.date();
    let until = v::date("until", &repeat.until)?;
    if until < first_day {
        return Err(Error::invalid("until", Reason::UntilBeforeFirst { first: first_day.to_string() }));
    }
    let skip: Vec<NaiveDate> = repeat.skip.iter().map(|d| v::date("skip", d)).collect::<Result<_>>()?;
    let mut out = Vec::new();
    for day in first_day.iter_days().take_while(|d| *d <= until) {
        if !weekdays.contains(&day.weekday().number_from_monday()) || skip.contains(&day) {
            continue;
        }
        if out.len() == MAX_OCCURRENCES {
            return Err(Error::invalid("until", Reason::TooManySessions { max: MAX_OCCURRENCES as u32 }));
        }
        let starts_local = day.and_time(first.starts_local.time());
        out.push(Occurrence { starts_local, ends_local: starts_local + length });
    }
    if out.is_empty() {
        return Err(Error::invalid("weekdays", Reason::NoChosenWeekday));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(start: &str, end: &str) -> Occurrence {
        Occurrence { starts_local: time::local("s", start).unwrap(), ends_local: time::local("e", end).unwrap() }
    }

    fn repeat(weekdays: &[u8], until: &str, skip: &[&str]) -> Repeat {
        Repeat { weekdays: weekdays.to_vec(), until: until.into(), skip: skip.iter().map(|s| s.to_string()).collect() }
    }

    fn starts(list: &[Occurrence]) -> Vec<String> {
        list.iter().map(|o| o.starts_local.format("%a %m-%d %H:%M").to_string()).collect()
    }

    #[test]
    fn tuesdays_and_thursdays_for_four_weeks_make_eight_sessions() {
        // 2026-03-03 is a Tuesday; four weeks end on Monday 2026-03-30.
        let list =
            occurrences(first("2026-03-03T14:00", "2026-03-03T17:00"), &repeat(&[2, 4], "2026-03-30", &[])).unwrap();
        assert_eq!(list.len(), 8);
        assert_eq!(starts(&list)[..3], ["Tue 03-03 14:00", "Thu 03-05 14:00", "Tue 03-10 14:00"]);
        assert!(list.iter().all(|o| o.ends_local - o.starts_local == Duration::hours(3)));
    }

    #[test]
    fn skipped_days_are_left_out_and_the_first_day_counts_only_on_a_chosen_weekday() {
        // Starting on a Monday with Tue/Thu chosen: Monday itself is not a session.
        let list =
            occurrences(first("2026-03-02T14:00", "2026-03-02T17:00"), &repeat(&[2, 4], "2026-03-12", &["2026-03-05"]))
                .unwrap();
        assert_eq!(starts(&list), ["Tue 03-03 14:00", "Tue 03-10 14:00", "Thu 03-12 14:00"]);
    }

    #[test]
    fn no_weekdays_means_weekly_on_the_first_day() {
        let list = occurrences(first("2026-03-03T09:00", "2026-03-03T10:30"), &repeat(&[], "2026-03-17", &[])).unwrap();
        assert_eq!(starts(&list), ["Tue 03-03 09:00", "Tue 03-10 09:00", "Tue 03-17 09:00"]);
    }

    #[test]
    fn an_overnight_session_keeps_its_length() {
        let list =
            occurrences(first("2026-03-03T22:00", "2026-03-04T02:00"), &repeat(&[2], "2026-03-10", &[])).unwrap();
        assert_eq!(list[1].ends_local, time::local("e", "2026-03-11T02:00").unwrap());
    }

    #[test]
    fn bad_plans_name_the_field() {
        let f = first("2026-03-03T14:00", "2026-03-03T17:00");
        let err = |r: Repeat| occurrences(f, &r).unwrap_err().to_string();
        assert!(err(repeat(&[8], "2026-03-30", &[])).starts_with("weekdays: 8 is not a weekday"));
        assert!(err(repeat(&[2], "2026-03-01", &[])).starts_with("until: is before the first session 2026-03-03"));
        assert!(err(repeat(&[2], "2026-13-01", &[])).starts_with("until:"));
        assert!(err(repeat(&[2], "2026-03-30", &["1 March"])).starts_with("skip:"));
        assert!(err(repeat(&[1], "2026-03-08", &[])).starts_with("weekdays: no day"));
        assert!(err(repeat(&[1, 2, 3, 4, 5, 6, 7], "2028-01-01", &[])).contains("at most 400"));
        let backwards = first("2026-03-03T17:00", "2026-03-03T14:00");
        assert!(occurrences(backwards, &repeat(&[2], "2026-03-30", &[])).unwrap_err().to_string().starts_with("end:"));
    }

    #[test]
    fn a_plan_without_repeat_is_one_session() {
        let plan = SessionPlan {
            activity_id: "a".into(),
            title: None,
            starts_local: "2026-03-03 14:00".into(),
            ends_local: "2026-03-03T17:00".into(),
            time_zone: Some("Asia/Tashkent".into()),
            venue_id: None,
            trainer_ids: vec!["t".into()],
            repeat: None,
        };
        let s = plan.sessions().unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!((s[0].starts_local.as_str(), s[0].ends_local.as_str()), ("2026-03-03T14:00", "2026-03-03T17:00"));
        let weekly = SessionPlan { repeat: Some(repeat(&[2, 4], "2026-03-30", &[])), ..plan };
        assert_eq!(weekly.sessions().unwrap().len(), 8);
    }
}
