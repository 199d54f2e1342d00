//! A person's record of learning (transcript): every activity they took part in as a learner,
//! with its hours and result, and what the store hands over to build it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{ActivityKind, AttendanceStatus, EnrolmentRole, EnrolmentStatus};
use crate::completion::{Assessment, CompletionRule};
use crate::{Error, Result};

text_enum!(
    /// How an activity ended for the person, as of the transcript's day.
    TranscriptResult {
        Completed = "completed", NotCompleted = "not_completed", InProgress = "in_progress",
        Upcoming = "upcoming",
    }
);

/// The certificate an activity gave the person: the one in force, else the last revoked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct TranscriptCertificate {
    pub code: String,
    pub issued_on: NaiveDate,
    pub revoked: bool,
}

/// One activity on a transcript.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct TranscriptEntry {
    pub activity_id: String,
    pub title: String,
    pub kind: ActivityKind,
    pub programme_code: Option<String>,
    pub programme_title: Option<String>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub role: EnrolmentRole,
    /// Hours attended: each session's length, a late arrival as the activity's rule counts it
    /// (the same figure as the training hours report).
    pub hours: f64,
    /// Hours of every session held or planned (cancelled ones left out).
    pub planned_hours: f64,
    /// Attendance in percent, as the activity's completion rule counts it.
    pub rate: f64,
    pub result: TranscriptResult,
    pub certificate: Option<TranscriptCertificate>,
}

/// A person's transcript on a given day: activities in the order they began.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Transcript {
    pub person_id: String,
    pub name: String,
    /// The name in the other script, when the register has it.
    pub name_alt: Option<String>,
    pub personnel_number: Option<String>,
    pub organisation: String,
    pub unit: Option<String>,
    pub position: Option<String>,
    pub as_of: NaiveDate,
    pub entries: Vec<TranscriptEntry>,
    /// Hours attended over every entry.
    pub hours: f64,
    #[ts(type = "number")]
    pub completed: i64,
}

/// One activity of the person as the store reads it, before its result is worked out.
#[derive(Debug, Clone, PartialEq)]
pub struct TranscriptActivity {
    pub activity_id: String,
    pub title: String,
    pub kind: ActivityKind,
    pub programme_code: Option<String>,
    pub programme_title: Option<String>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub role: EnrolmentRole,
    pub enrolment_status: EnrolmentStatus,
    /// The activity's own rule, if it has one.
    pub rule: Option<CompletionRule>,
    pub assessment: Option<Assessment>,
    pub certificate: Option<TranscriptCertificate>,
}

/// One session (not cancelled) of an activity on the transcript, with the person's mark.
#[derive(Debug, Clone, PartialEq)]
pub struct TranscriptSession {
    pub activity_id: String,
    pub hours: f64,
    pub mark: Option<AttendanceStatus>,
}
