//! A person’s place in an activity.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{EnrolmentRole, EnrolmentStatus};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Enrolment {
    pub id: String,
    pub activity_id: String,
    pub person_id: String,
    pub role: EnrolmentRole,
    pub status: EnrolmentStatus,
    pub reason: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}
