//! The records Malaka keeps, and the inputs that create them (validated here, stored elsewhere):
//! the closed lists of kinds and statuses here, the records one module per area.

use serde::{Deserialize, Serialize};

use crate::{Error, Result};

/// A closed set of values stored as text: `as_str` is both the database and the JSON form.
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
        pub enum $name { $($(#[$vmeta])* #[serde(rename = $text)] $variant),+ }

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

mod account;
mod activity;
mod attendance;
mod audit;
mod calendar;
mod certificate_report;
mod change;
mod dashboard;
mod enrolment;
mod internship;
mod mobility_report;
mod organisation;
mod person;
mod programme;
mod report;
mod session;
mod team_database;
mod trainer;
mod trainer_report;
mod transcript;
mod venue;
mod visit;

pub use account::*;
pub use activity::*;
pub use attendance::*;
pub use audit::*;
pub use calendar::*;
pub use certificate_report::*;
pub use change::*;
pub use dashboard::*;
pub use enrolment::*;
pub use internship::*;
pub use mobility_report::*;
pub use organisation::*;
pub use person::*;
pub use programme::*;
pub use report::*;
pub use session::*;
pub use team_database::*;
pub use trainer::*;
pub use trainer_report::*;
pub use transcript::*;
pub use venue::*;
pub use visit::*;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time;

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
        let mut hired = person();
        (hired.birth_date, hired.hired_on) = (Some("1990-05-07".into()), Some("2014-09-15".into()));
        assert_eq!(hired.validated().unwrap().hired_on, chrono::NaiveDate::from_ymd_opt(2014, 9, 15));
        hired.hired_on = Some("1990-05-07".into());
        assert_eq!(hired.validated().unwrap_err(), crate::Error::invalid("hired_on", crate::Reason::HiredBeforeBorn));
        hired.hired_on = Some("2014-02-30".into());
        assert!(hired.validated().unwrap_err().to_string().starts_with("hired_on:"));
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
