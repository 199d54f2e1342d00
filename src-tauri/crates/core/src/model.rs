//! The records Malaka keeps, and the inputs that create them (validated here, stored elsewhere).

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{Error, Reason, Result, names, time, validate as v};

/// A closed set of values stored as text: `as_str` is both the database and the JSON form.
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
        pub enum $name { $(#[serde(rename = $text)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Parses the text form; the error names `field` and lists what is allowed.
            pub fn parse(field: &str, text: &str) -> Result<Self> {
                let t = text.trim().replace(['-', ' '], "_").to_lowercase();
                Self::ALL.iter().copied().find(|x| x.as_str() == t).ok_or_else(|| {
                    let allowed: Vec<&str> = Self::ALL.iter().map(|x| x.as_str()).collect();
                    Error::invalid(field, $crate::Reason::NotOneOf { value: text.trim().into(), allowed: allowed.iter().map(|a| a.to_string()).collect() })
                })
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use text_enum;

text_enum!(
    /// What an organisation is, in the agencies' own terms.
    OrgKind { Agency = "agency", ServiceCentre = "service_centre", Ministry = "ministry", Partner = "partner", Unit = "unit", Other = "other" }
);
text_enum!(
    /// Every kind of activity the agencies run.
    ActivityKind {
        Training = "training", Seminar = "seminar", Workshop = "workshop", RoundTable = "round_table",
        Conference = "conference", StudyVisit = "study_visit", Internship = "internship", Consultation = "consultation",
    }
);
text_enum!(
    /// Where an activity is in its life.
    ActivityStatus { Draft = "draft", Planned = "planned", Confirmed = "confirmed", InProgress = "in_progress", Completed = "completed", Cancelled = "cancelled" }
);
text_enum!(
    /// Whether a session still takes place.
    SessionStatus { Scheduled = "scheduled", Cancelled = "cancelled" }
);
text_enum!(
    /// What a person does in an activity.
    EnrolmentRole { Participant = "participant", Trainer = "trainer", Speaker = "speaker", Delegate = "delegate", Intern = "intern" }
);
text_enum!(
    /// Where a person's enrolment stands.
    EnrolmentStatus { Nominated = "nominated", Approved = "approved", Enrolled = "enrolled", Waitlisted = "waitlisted", Cancelled = "cancelled", Completed = "completed", Declined = "declined" }
);
text_enum!(
    /// A roll-call mark.
    AttendanceStatus { Present = "present", Late = "late", Absent = "absent", Excused = "excused" }
);

impl EnrolmentStatus {
    /// Statuses that hold a seat and put the person in the activity's sessions.
    pub fn is_active(self) -> bool {
        matches!(self, Self::Approved | Self::Enrolled | Self::Completed)
    }
}

impl EnrolmentRole {
    /// Only those who learn take one of the activity's seats; trainers and speakers do not.
    pub fn takes_seat(self) -> bool {
        matches!(self, Self::Participant | Self::Delegate | Self::Intern)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub short_code: Option<String>,
    pub country: String,
    pub kind: OrgKind,
    pub parent_id: Option<String>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewOrganisation {
    pub name: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub short_code: Option<String>,
    pub country: String,
    pub kind: OrgKind,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub parent_id: Option<String>,
}

impl NewOrganisation {
    pub fn validated(self) -> Result<Self> {
        let short_code = v::optional("short_code", self.short_code.as_deref())?;
        if let Some(code) = &short_code
            && !(code.len() <= 12 && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        {
            return Err(Error::invalid("short_code", Reason::BadShortCode { value: code.into() }));
        }
        Ok(Self {
            name: names::normalize_name(&v::required("name", &self.name)?),
            short_code: short_code.map(|c| c.to_ascii_uppercase()),
            country: v::country("country", &self.country)?,
            kind: self.kind,
            parent_id: self.parent_id.as_deref().map(|p| v::id("parent", p)).transpose()?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Person {
    pub id: String,
    pub family_name: String,
    pub given_name: String,
    pub patronymic: Option<String>,
    pub family_name_alt: Option<String>,
    pub given_name_alt: Option<String>,
    pub patronymic_alt: Option<String>,
    pub organisation_id: String,
    pub unit_id: Option<String>,
    pub personnel_number: Option<String>,
    pub position: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub birth_date: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
}

impl Person {
    /// The name as agencies print it: family, given, patronymic.
    pub fn display_name(&self) -> String {
        [Some(&self.family_name), Some(&self.given_name), self.patronymic.as_ref()]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewPerson {
    pub family_name: String,
    pub given_name: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub patronymic: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub family_name_alt: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub given_name_alt: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub patronymic_alt: Option<String>,
    pub organisation_id: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub unit_id: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub personnel_number: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub position: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub email: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub phone: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub birth_date: Option<String>,
}

/// A person input after validation: names normalised, the search key computed.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidPerson {
    pub family_name: String,
    pub given_name: String,
    pub patronymic: Option<String>,
    pub family_name_alt: Option<String>,
    pub given_name_alt: Option<String>,
    pub patronymic_alt: Option<String>,
    pub organisation_id: String,
    pub unit_id: Option<String>,
    pub personnel_number: Option<String>,
    pub position: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub birth_date: Option<NaiveDate>,
    /// Folded tokens of every spelling of the name, for prefix search in any script.
    pub search_tokens: Vec<String>,
}

impl NewPerson {
    pub fn validated(&self) -> Result<ValidPerson> {
        let name = |field: &str, value: &str| v::required(field, value).map(|n| names::normalize_name(&n));
        let opt_name = |field: &str, value: &Option<String>| {
            v::optional(field, value.as_deref()).map(|o| o.map(|n| names::normalize_name(&n)))
        };
        let family_name = name("family_name", &self.family_name)?;
        let given_name = name("given_name", &self.given_name)?;
        let patronymic = opt_name("patronymic", &self.patronymic)?;
        let family_name_alt = opt_name("family_name_alt", &self.family_name_alt)?;
        let given_name_alt = opt_name("given_name_alt", &self.given_name_alt)?;
        let patronymic_alt = opt_name("patronymic_alt", &self.patronymic_alt)?;
        let personnel_number = v::optional("personnel_number", self.personnel_number.as_deref())?;
        if personnel_number.as_ref().is_some_and(|n| n.chars().count() > 40) {
            return Err(Error::invalid("personnel_number", Reason::TooLong { max: 40 }));
        }
        let birth_date =
            v::optional("birth_date", self.birth_date.as_deref())?.map(|d| v::date("birth_date", &d)).transpose()?;
        let all_names = [
            Some(&family_name),
            Some(&given_name),
            patronymic.as_ref(),
            family_name_alt.as_ref(),
            given_name_alt.as_ref(),
            patronymic_alt.as_ref(),
        ];
        let joined: Vec<&str> = all_names.into_iter().flatten().map(String::as_str).collect();
        Ok(ValidPerson {
            search_tokens: names::search_tokens(&joined.join(" ")),
            family_name,
            given_name,
            patronymic,
            family_name_alt,
            given_name_alt,
            patronymic_alt,
            organisation_id: v::id("organisation", &self.organisation_id)?,
            unit_id: self.unit_id.as_deref().map(|u| v::id("unit", u)).transpose()?,
            personnel_number,
            position: v::optional("position", self.position.as_deref())?,
            email: v::email("email", self.email.as_deref())?,
            phone: v::phone("phone", self.phone.as_deref())?,
            birth_date,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Trainer {
    pub id: String,
    /// Set when the trainer is on the staff register; external trainers have only a name.
    pub person_id: Option<String>,
    pub name: String,
    pub affiliation: Option<String>,
    pub expertise: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewTrainer {
    #[serde(default)]
    #[ts(optional = nullable)]
    pub person_id: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub name: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub affiliation: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub expertise: Option<String>,
}

impl NewTrainer {
    /// Either a person from the register or an external trainer's name, not neither.
    pub fn validated(self) -> Result<Self> {
        let person_id = self.person_id.as_deref().map(|p| v::id("person", p)).transpose()?;
        let name = v::optional("name", self.name.as_deref())?.map(|n| names::normalize_name(&n));
        if person_id.is_none() && name.is_none() {
            return Err(Error::invalid("name", Reason::ExternalTrainerNeedsName));
        }
        Ok(Self {
            person_id,
            name,
            affiliation: v::optional("affiliation", self.affiliation.as_deref())?,
            expertise: v::optional("expertise", self.expertise.as_deref())?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Venue {
    pub id: String,
    pub name: String,
    pub address: Option<String>,
    pub city: String,
    pub country: String,
    pub time_zone: String,
    #[ts(type = "number | null")]
    pub capacity: Option<i64>,
}

#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewVenue {
    pub name: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub address: Option<String>,
    pub city: String,
    pub country: String,
    pub time_zone: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    #[ts(type = "number | null")]
    pub capacity: Option<i64>,
}

impl NewVenue {
    pub fn validated(self) -> Result<Self> {
        Ok(Self {
            name: v::required("name", &self.name)?,
            address: v::optional("address", self.address.as_deref())?,
            city: v::required("city", &self.city)?,
            country: v::country("country", &self.country)?,
            time_zone: time::zone("time_zone", &self.time_zone)?.name().to_owned(),
            capacity: self.capacity.map(|c| v::positive("capacity", c)).transpose()?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Programme {
    pub id: String,
    pub code: String,
    pub title: String,
    pub objectives: Option<String>,
    pub planned_hours: f64,
    pub language: String,
    pub archived: bool,
}

#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewProgramme {
    pub code: String,
    pub title: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub objectives: Option<String>,
    pub planned_hours: f64,
    pub language: String,
}

impl NewProgramme {
    pub fn validated(self) -> Result<Self> {
        let code = v::required("code", &self.code)?.to_ascii_uppercase();
        if !(code.len() <= 24 && code.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))) {
            return Err(Error::invalid("code", Reason::BadProgrammeCode { value: code }));
        }
        Ok(Self {
            code,
            title: v::required("title", &self.title)?,
            objectives: v::optional("objectives", self.objectives.as_deref())?,
            planned_hours: v::hours("planned_hours", self.planned_hours)?,
            language: v::language("language", &self.language)?,
        })
    }
}

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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct AttendanceMark {
    pub session_id: String,
    pub person_id: String,
    pub status: AttendanceStatus,
    #[ts(type = "number | null")]
    pub minutes_late: Option<i64>,
    pub note: Option<String>,
    /// Grows by one with every change: a save names the version it saw, so no change is lost.
    #[ts(type = "number")]
    pub version: i64,
    pub marked_by: String,
    pub marked_at: DateTime<Utc>,
}

/// A mark to record for one person in one session.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewMark {
    pub session_id: String,
    pub person_id: String,
    /// `None` clears the mark (the history keeps what it was).
    pub status: Option<AttendanceStatus>,
    #[serde(default)]
    #[ts(optional = nullable)]
    #[ts(type = "number | null")]
    pub minutes_late: Option<i64>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub note: Option<String>,
    /// Why a recorded mark is being changed; kept in the history.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub reason: Option<String>,
    /// The version the user saw (0 for "no mark yet"); a different current version refuses the save.
    #[serde(default)]
    #[ts(optional = nullable, type = "number")]
    pub expected_version: Option<i64>,
}

impl NewMark {
    pub fn validated(&self) -> Result<Self> {
        if self.status.is_none() && self.note.as_deref().is_some_and(|n| !n.trim().is_empty()) {
            return Err(Error::invalid("note", Reason::ClearedMarkHasNote));
        }
        let minutes_late = match (self.status, self.minutes_late) {
            (Some(AttendanceStatus::Late), Some(m)) if (0..=24 * 60).contains(&m) => Some(m),
            (Some(AttendanceStatus::Late), Some(m)) => {
                return Err(Error::invalid(
                    "minutes_late",
                    Reason::OutOfRange { value: m as f64, min: 0.0, max: 1440.0 },
                ));
            }
            (_, Some(_)) => return Err(Error::invalid("minutes_late", Reason::OnlyLateHasMinutes)),
            (_, None) => None,
        };
        Ok(Self {
            session_id: v::id("session", &self.session_id)?,
            person_id: v::id("person", &self.person_id)?,
            status: self.status,
            minutes_late,
            note: v::optional("note", self.note.as_deref())?,
            reason: v::optional("reason", self.reason.as_deref())?,
            expected_version: self.expected_version,
        })
    }
}

/// One line of a mark's append-only history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct AttendanceChange {
    pub session_id: String,
    pub person_id: String,
    #[ts(type = "number")]
    pub version: i64,
    pub old_status: Option<AttendanceStatus>,
    pub new_status: Option<AttendanceStatus>,
    pub old_note: Option<String>,
    pub new_note: Option<String>,
    pub changed_by: String,
    pub changed_at: DateTime<Utc>,
    pub reason: Option<String>,
}

/// A session as lists of sessions show it: with its activity, place, trainers and how far its
/// roll has been taken.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct SessionCard {
    pub session: Session,
    pub activity_title: String,
    pub activity_kind: ActivityKind,
    pub venue_name: Option<String>,
    pub trainer_names: Vec<String>,
    /// People actively enrolled: the marks the roll needs.
    #[ts(type = "number")]
    pub expected: i64,
    /// Of those, how many have a mark.
    #[ts(type = "number")]
    pub marked: i64,
}

impl SessionCard {
    /// Marks still missing from the roll.
    pub fn missing(&self) -> i64 {
        (self.expected - self.marked).max(0)
    }
}

/// A session as the planning calendar shows it: with its activity, venue and trainers named.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct CalendarEntry {
    pub session: Session,
    pub activity_title: String,
    pub activity_kind: ActivityKind,
    pub activity_status: ActivityStatus,
    pub host_org_id: String,
    pub venue_name: Option<String>,
    pub trainer_names: Vec<String>,
}

/// One line of the audit log: who did what to which record, and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct AuditEntry {
    #[ts(type = "number")]
    pub id: i64,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<String>,
    pub summary: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORG: &str = "0192f0a2-0000-7000-8000-000000000001";

    fn person() -> NewPerson {
        NewPerson {
            family_name: " Toshmatov ".into(),
            given_name: "Shohruh".into(),
            family_name_alt: Some("Тошматов".into()),
            organisation_id: ORG.into(),
            ..Default::default()
        }
    }

    #[test]
    fn enum_parse_is_forgiving_about_case_and_dashes_and_names_the_field() {
        assert_eq!(ActivityKind::parse("kind", "Round-Table").unwrap(), ActivityKind::RoundTable);
        let e = ActivityKind::parse("kind", "party").unwrap_err().to_string();
        assert!(e.starts_with("kind: 'party' is not one of training, seminar"), "{e}");
    }

    #[test]
    fn person_validation_normalises_and_builds_tokens() {
        let p = person().validated().unwrap();
        assert_eq!(p.family_name, "Toshmatov");
        assert!(p.search_tokens.contains(&"toshmatov".to_string()));
        assert!(p.search_tokens.contains(&"shohruh".to_string()));
        let mut bad = person();
        bad.given_name = "  ".into();
        assert_eq!(bad.validated().unwrap_err().to_string(), "given_name: is required");
        let mut bad = person();
        bad.birth_date = Some("1990-02-31".into());
        assert!(bad.validated().unwrap_err().to_string().starts_with("birth_date:"));
        let mut bad = person();
        bad.email = Some("nobody".into());
        assert!(bad.validated().unwrap_err().to_string().starts_with("email:"));
    }

    #[test]
    fn session_validation_derives_utc_and_rejects_backwards_or_overlong() {
        let s = NewSession {
            activity_id: ORG.into(),
            title: None,
            starts_local: "2026-03-10T14:00".into(),
            ends_local: "2026-03-10T17:00".into(),
            time_zone: None,
            venue_id: None,
            trainer_ids: vec![],
        };
        let v = s.validated("Asia/Tashkent").unwrap();
        assert_eq!(time::utc_text(v.starts_utc), "2026-03-10T09:00:00Z");
        let mut back = s.clone();
        back.ends_local = "2026-03-10T13:00".into();
        assert_eq!(back.validated("Asia/Tashkent").unwrap_err().to_string(), "end: must be after the start");
        let mut long = s.clone();
        long.ends_local = "2026-03-12T13:00".into();
        assert!(long.validated("Asia/Tashkent").is_err());
    }

    #[test]
    fn activity_dates_and_partners_are_checked() {
        let a = NewActivity {
            kind: ActivityKind::StudyVisit,
            title: "Study visit to ASAN".into(),
            programme_id: None,
            status: None,
            starts_on: "2026-05-10".into(),
            ends_on: "2026-05-08".into(),
            host_org_id: ORG.into(),
            partner_org_ids: vec![ORG.into()],
            venue_id: None,
            capacity: Some(10),
            language: "ru".into(),
            planned_hours: None,
            description: None,
        };
        assert!(a.validated().unwrap_err().to_string().starts_with("ends_on:"));
        let mut b = a.clone();
        b.ends_on = "2026-05-12".into();
        assert_eq!(b.validated().unwrap_err().to_string(), "partner: the host cannot also be a partner");
    }

    #[test]
    fn trainer_needs_person_or_name() {
        assert!(NewTrainer::default().validated().is_err());
        let t = NewTrainer { name: Some("Leyla Həsənova".into()), ..Default::default() };
        assert_eq!(t.validated().unwrap().name.as_deref(), Some("Leyla Həsənova"));
    }
}
