//! Sessions: one sitting of an activity, in local wall time and a zone.

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use super::SessionStatus;
use crate::{Error, Reason, Result, time, validate as v};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Session {
    pub id: String,
    pub activity_id: String,
    pub title: Option<String>,
    /// Wall time at the venue, as the organisers planned it.
    pub starts_local: NaiveDateTime,
    pub ends_local: NaiveDateTime,
    pub time_zone: String,
    /// Derived from the wall time and the zone; what overlap checks and calendars use.
    pub starts_utc: DateTime<Utc>,
    pub ends_utc: DateTime<Utc>,
    pub venue_id: Option<String>,
    pub trainer_ids: Vec<String>,
    pub status: SessionStatus,
    /// Why it was cancelled (set with the status `cancelled`).
    pub cancel_reason: Option<String>,
}

#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewSession {
    pub activity_id: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub title: Option<String>,
    pub starts_local: String,
    pub ends_local: String,
    /// Defaults to the venue's zone when a venue is given.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub time_zone: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub venue_id: Option<String>,
    #[serde(default)]
    pub trainer_ids: Vec<String>,
}

/// Longest single session: longer stretches (a week's internship) are several sessions.
pub const MAX_SESSION_HOURS: i64 = 24;

/// A session input after validation, with its UTC instants derived.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidSession {
    pub activity_id: String,
    pub title: Option<String>,
    pub starts_local: NaiveDateTime,
    pub ends_local: NaiveDateTime,
    pub time_zone: String,
    pub starts_utc: DateTime<Utc>,
    pub ends_utc: DateTime<Utc>,
    pub venue_id: Option<String>,
    pub trainer_ids: Vec<String>,
}

impl NewSession {
    /// Validates against the zone to use (the caller resolves the venue's default zone).
    pub fn validated(&self, zone_name: &str) -> Result<ValidSession> {
        let tz = time::zone("time_zone", zone_name)?;
        let starts_local = time::local("start", &self.starts_local)?;
        let ends_local = time::local("end", &self.ends_local)?;
        let starts_utc = time::to_utc("start", starts_local, tz)?;
        let ends_utc = time::to_utc("end", ends_local, tz)?;
        if ends_utc <= starts_utc {
            return Err(Error::invalid("end", Reason::EndNotAfterStart));
        }
        if ends_utc - starts_utc > chrono::Duration::hours(MAX_SESSION_HOURS) {
            return Err(Error::invalid("end", Reason::SessionTooLong { max_hours: MAX_SESSION_HOURS as u32 }));
        }
        let mut trainer_ids = Vec::new();
        for t in &self.trainer_ids {
            let id = v::id("trainer", t)?;
            if !trainer_ids.contains(&id) {
                trainer_ids.push(id);
            }
        }
        Ok(ValidSession {
            activity_id: v::id("activity", &self.activity_id)?,
            title: v::optional("title", self.title.as_deref())?,
            starts_local,
            ends_local,
            time_zone: tz.name().to_owned(),
            starts_utc,
            ends_utc,
            venue_id: self.venue_id.as_deref().map(|p| v::id("venue", p)).transpose()?,
            trainer_ids,
        })
    }
}
