//! The one error a use case returns. `code` is what a front end branches on; the message is for
//! people and never carries database internals.

use malaka_core::schedule::{Conflict, Resource};
use serde::Serialize;

/// One problem in an imported file, placed by row and column as the user sees them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Problem {
    #[ts(type = "number")]
    pub row: usize,
    pub column: String,
    pub message: String,
}

/// A schedule conflict with the contested resource named for people.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct NamedConflict {
    #[serde(flatten)]
    #[ts(flatten)]
    pub conflict: Conflict,
    pub resource_name: String,
}

impl std::fmt::Display for NamedConflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = match self.conflict.resource {
            Resource::Venue(_) => "venue ",
            Resource::Trainer(_) => "trainer ",
            Resource::Person(_) => "",
        };
        write!(
            f,
            "{what}{} is booked in both \"{}\" and \"{}\"",
            self.resource_name, self.conflict.label, self.conflict.other_label
        )
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    #[error("{entity} '{id}' not found")]
    NotFound { entity: &'static str, id: String },
    #[error("{0}")]
    Duplicate(String),
    #[error("schedule conflict: {}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    ScheduleConflict(Vec<NamedConflict>),
    #[error("{0}")]
    Stale(String),
    #[error("{file} was already imported on {at} ({rows} rows); pass --force to import it again")]
    AlreadyImported { file: String, at: String, rows: i64 },
    #[error("{file}: {} problem(s), nothing imported; first: {}", .problems.len(), first_problem(.problems))]
    ImportRejected { file: String, problems: Vec<Problem> },
    #[error("{0}")]
    File(String),
    #[error("{0}")]
    Refused(String),
    /// A mark an issued certificate rests on: the certificate must be revoked first.
    #[error("{0}")]
    Locked(String),
    #[error("storage: {0}")]
    Storage(String),
    /// The user cancelled a batch; nothing of it was kept.
    #[error("cancelled; nothing was kept")]
    Cancelled,
}

fn first_problem(problems: &[Problem]) -> String {
    problems.first().map(|p| format!("row {}, column \"{}\": {}", p.row, p.column, p.message)).unwrap_or_default()
}

impl Error {
    /// A stable, machine-readable kind of error.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Invalid { .. } => "invalid",
            Error::NotFound { .. } => "not_found",
            Error::Duplicate(_) => "duplicate",
            Error::ScheduleConflict(_) => "schedule_conflict",
            Error::Stale(_) => "stale",
            Error::AlreadyImported { .. } => "already_imported",
            Error::ImportRejected { .. } => "import_rejected",
            Error::File(_) => "file",
            Error::Refused(_) => "refused",
            Error::Locked(_) => "locked",
            Error::Storage(_) => "storage",
            Error::Cancelled => "cancelled",
        }
    }

    pub(crate) fn invalid(field: &str, message: impl Into<String>) -> Self {
        Error::Invalid { field: field.into(), message: message.into() }
    }
}

impl From<malaka_core::Error> for Error {
    fn from(e: malaka_core::Error) -> Self {
        match e {
            malaka_core::Error::Invalid { field, message } => Error::Invalid { field, message },
        }
    }
}

impl From<malaka_store::Error> for Error {
    fn from(e: malaka_store::Error) -> Self {
        use malaka_store::Error as S;
        match e {
            S::NotFound { entity, id } => Error::NotFound { entity, id },
            S::Duplicate(what) => Error::Duplicate(duplicate_message(&what)),
            S::MissingReference => {
                Error::Invalid { field: "reference".into(), message: "refers to a record that does not exist".into() }
            }
            S::Stale(what) => Error::Stale(format!("{what} was changed by someone else; reload and try again")),
            other => Error::Storage(other.to_string()),
        }
    }
}

/// Turns SQLite's "UNIQUE constraint failed: table.col" into words a user understands.
fn duplicate_message(sqlite: &str) -> String {
    let what = sqlite.rsplit(": ").next().unwrap_or(sqlite);
    match what {
        "person.organisation_id, person.personnel_number" => {
            "personnel_number: already used in this organisation".into()
        }
        "organisation.short_code" => "short_code: already used by another organisation".into(),
        "programme.code" => "code: already used by another programme".into(),
        "enrolment.activity_id, enrolment.person_id" => "person: already enrolled in this activity".into(),
        "trainer.person_id" => "person: is already a trainer".into(),
        other => format!("already exists ({other})"),
    }
}

impl serde::Serialize for Error {
    /// Errors cross to front ends as `{code, message}` (plus the details a screen can show).
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("code", self.code())?;
        m.serialize_entry("message", &self.to_string())?;
        match self {
            Error::Invalid { field, .. } => m.serialize_entry("field", field)?,
            Error::ScheduleConflict(c) => m.serialize_entry("conflicts", c)?,
            Error::ImportRejected { problems, .. } => m.serialize_entry("problems", problems)?,
            _ => {}
        }
        m.end()
    }
}

pub type Result<T> = std::result::Result<T, Error>;
