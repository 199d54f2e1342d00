//! Activities: trainings, seminars, visits, internships… and their plan.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{ActivityKind, ActivityStatus};
use crate::{Error, Reason, Result, validate as v};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Activity {
    pub id: String,
    pub kind: ActivityKind,
    pub title: String,
    pub programme_id: Option<String>,
    pub status: ActivityStatus,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub host_org_id: String,
    pub partner_org_ids: Vec<String>,
    pub venue_id: Option<String>,
    #[ts(type = "number | null")]
    pub capacity: Option<i64>,
    pub language: String,
    pub planned_hours: Option<f64>,
    pub description: Option<String>,
    /// Why it was cancelled (set with the status `cancelled`).
    pub cancel_reason: Option<String>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewActivity {
    pub kind: ActivityKind,
    pub title: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub programme_id: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub status: Option<ActivityStatus>,
    pub starts_on: String,
    pub ends_on: String,
    pub host_org_id: String,
    #[serde(default)]
    pub partner_org_ids: Vec<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub venue_id: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    #[ts(type = "number | null")]
    pub capacity: Option<i64>,
    pub language: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub planned_hours: Option<f64>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub description: Option<String>,
}

/// An activity input after validation.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidActivity {
    pub kind: ActivityKind,
    pub title: String,
    pub programme_id: Option<String>,
    pub status: ActivityStatus,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub host_org_id: String,
    pub partner_org_ids: Vec<String>,
    pub venue_id: Option<String>,
    pub capacity: Option<i64>,
    pub language: String,
    pub planned_hours: Option<f64>,
    pub description: Option<String>,
}

impl NewActivity {
    pub fn validated(&self) -> Result<ValidActivity> {
        let starts_on = v::date("starts_on", &self.starts_on)?;
        let ends_on = v::date("ends_on", &self.ends_on)?;
        if ends_on < starts_on {
            return Err(Error::invalid("ends_on", Reason::EndsBeforeStart { start: starts_on.to_string() }));
        }
        let host_org_id = v::id("host", &self.host_org_id)?;
        let mut partner_org_ids = Vec::new();
        for p in &self.partner_org_ids {
            let id = v::id("partner", p)?;
            if id == host_org_id {
                return Err(Error::invalid("partner", Reason::HostIsPartner));
            }
            if !partner_org_ids.contains(&id) {
                partner_org_ids.push(id);
            }
        }
        Ok(ValidActivity {
            kind: self.kind,
            title: v::required("title", &self.title)?,
            programme_id: self.programme_id.as_deref().map(|p| v::id("programme", p)).transpose()?,
            status: self.status.unwrap_or(ActivityStatus::Planned),
            starts_on,
            ends_on,
            host_org_id,
            partner_org_ids,
            venue_id: self.venue_id.as_deref().map(|p| v::id("venue", p)).transpose()?,
            capacity: self.capacity.map(|c| v::positive("capacity", c)).transpose()?,
            language: v::language("language", &self.language)?,
            planned_hours: self.planned_hours.map(|h| v::hours("planned_hours", h)).transpose()?,
            description: v::optional("description", self.description.as_deref())?,
        })
    }
}
