//! The one error a use case returns: a kind (`code`) a front end branches on, and a [`Reason`]
//! with typed parameters that each front end words in its user's language. Storage internals go
//! to the log file ([`crate::log`]), never into an error a user sees.

use std::path::Path;

use malaka_core::Reason;
use malaka_core::reason::count;
use malaka_core::schedule::{Conflict, Resource};
use serde::Serialize;

/// One problem in an imported file, placed by row and column as the user sees them.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Problem {
    #[ts(type = "number")]
    pub row: usize,
    /// The column's header as in the file; empty when the problem is not in one column.
    pub column: String,
    pub reason: Reason,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.column.is_empty() {
            write!(f, "row {}: {}", self.row, self.reason)
        } else {
            write!(f, "row {}, column \"{}\": {}", self.row, self.column, self.reason)
        }
    }
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

/// What kind of error, for a front end to branch on (a heading, a retry, a reload).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ErrorCode {
    Invalid,
    NotFound,
    Duplicate,
    ScheduleConflict,
    Stale,
    AlreadyImported,
    ImportRejected,
    File,
    Refused,
    Locked,
    Storage,
    Damaged,
    Cancelled,
    SignIn,
    Forbidden,
    Unreachable,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{field}: {reason}")]
    Invalid { field: String, reason: Reason },
    #[error("{entity} '{id}' not found")]
    NotFound { entity: &'static str, id: String },
    /// A value another record holds already (a personnel number, a code).
    #[error("{field}: {reason}")]
    Duplicate { field: String, reason: Reason },
    #[error("schedule conflict: {}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    ScheduleConflict(Vec<NamedConflict>),
    #[error("the {entity} was changed by someone else; reload and try again")]
    Stale { entity: &'static str },
    /// A stale save whose winner is known (a mark: who saved it, and when).
    #[error("{0}")]
    ChangedBy(Reason),
    #[error("{file} was already imported on {at} ({rows} rows)")]
    AlreadyImported { file: String, at: String, rows: i64 },
    #[error("{file}: {} problem(s), nothing imported; first: {}", .problems.len(), first_problem(.problems))]
    ImportRejected { file: String, problems: Vec<Problem> },
    #[error("{0}")]
    File(Reason),
    #[error("{0}")]
    Refused(Reason),
    /// A mark or result an issued certificate rests on: the certificate must be revoked first.
    #[error("{0}")]
    Locked(Reason),
    /// The details, for the log only: build it with [`Error::storage`], which writes them there.
    #[error("{}", storage_reason())]
    Storage(String),
    /// The database file failed an integrity check: build it from the store's error, which
    /// logs SQLite's findings.
    #[error("{}", damaged_reason(.file))]
    Damaged { file: String },
    /// The user cancelled a batch; nothing of it was kept.
    #[error("cancelled; nothing was kept")]
    Cancelled,
    /// Nobody is signed in, or the sign-in failed: the front end asks for a login.
    #[error("{0}")]
    SignIn(Reason),
    /// The signed-in account's role does not allow this.
    #[error("{0}")]
    Forbidden(Reason),
    /// The team database's server could not be reached: which, and why.
    #[error("{0}")]
    Unreachable(Reason),
}

fn first_problem(problems: &[Problem]) -> String {
    problems.first().map(ToString::to_string).unwrap_or_default()
}

fn log_path() -> String {
    crate::log::file().map(|p| p.display().to_string()).unwrap_or_default()
}

fn storage_reason() -> Reason {
    Reason::Storage { log: log_path() }
}

fn damaged_reason(file: &str) -> Reason {
    Reason::DatabaseDamaged { file: file.to_owned(), log: log_path() }
}

impl Error {
    /// A stable, machine-readable kind of error.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Invalid { .. } => ErrorCode::Invalid,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::Duplicate { .. } => ErrorCode::Duplicate,
            Error::ScheduleConflict(_) => ErrorCode::ScheduleConflict,
            Error::Stale { .. } | Error::ChangedBy(_) => ErrorCode::Stale,
            Error::AlreadyImported { .. } => ErrorCode::AlreadyImported,
            Error::ImportRejected { .. } => ErrorCode::ImportRejected,
            Error::File(_) => ErrorCode::File,
            Error::Refused(_) => ErrorCode::Refused,
            Error::Locked(_) => ErrorCode::Locked,
            Error::Storage(_) => ErrorCode::Storage,
            Error::Damaged { .. } => ErrorCode::Damaged,
            Error::Cancelled => ErrorCode::Cancelled,
            Error::SignIn(_) => ErrorCode::SignIn,
            Error::Forbidden(_) => ErrorCode::Forbidden,
            Error::Unreachable(_) => ErrorCode::Unreachable,
        }
    }

    /// Why, as data a front end words.
    pub fn reason(&self) -> Reason {
        match self {
            Error::Invalid { reason, .. } | Error::Duplicate { reason, .. } => reason.clone(),
            Error::NotFound { entity, id } => Reason::NotFound { entity: (*entity).into(), id: id.clone() },
            Error::ScheduleConflict(c) => Reason::ScheduleConflict { count: count(c.len()) },
            Error::Stale { entity } => Reason::Stale { entity: (*entity).into() },
            Error::AlreadyImported { file, at, rows } => Reason::AlreadyImported {
                file: file.clone(),
                at: at.clone(),
                rows: u32::try_from(*rows).unwrap_or(u32::MAX),
            },
            Error::ImportRejected { file, problems } => {
                Reason::ImportRejected { file: file.clone(), problems: count(problems.len()) }
            }
            Error::File(r)
            | Error::Refused(r)
            | Error::Locked(r)
            | Error::SignIn(r)
            | Error::Forbidden(r)
            | Error::Unreachable(r)
            | Error::ChangedBy(r) => r.clone(),
            Error::Storage(_) => storage_reason(),
            Error::Damaged { file } => damaged_reason(file),
            Error::Cancelled => Reason::Cancelled,
        }
    }

    /// The field the error is about, when it is about one.
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::Invalid { field, .. } | Error::Duplicate { field, .. } => Some(field),
            _ => None,
        }
    }

    pub fn invalid(field: &str, reason: Reason) -> Self {
        Error::Invalid { field: field.into(), reason }
    }

    /// A storage failure: `detail` goes to the log file, the user sees where the log is.
    pub fn storage(detail: impl Into<String>) -> Self {
        let detail = detail.into();
        log::error!("storage: {detail}");
        Error::Storage(detail)
    }

    /// A file that could not be read or written: the system's words go to the log.
    pub fn io(path: &Path, e: &std::io::Error) -> Self {
        log::warn!("file {}: {e}", path.display());
        let file = path.display().to_string();
        Error::File(match e.kind() {
            std::io::ErrorKind::NotFound => Reason::FileNotFound { file },
            std::io::ErrorKind::AlreadyExists => Reason::FileExists { file },
            _ => Reason::FileUnreadable { file },
        })
    }
}

/// A file the exchange crate could not read or write, placed by file, row and column.
pub(crate) fn file_error(e: malaka_exchange::Error) -> Error {
    use malaka_exchange::Error as X;
    let reason = match e {
        X::Io { file, source } => {
            log::warn!("{file}: {source}");
            match source.kind() {
                std::io::ErrorKind::NotFound => Reason::FileNotFound { file },
                _ => Reason::FileUnreadable { file },
            }
        }
        X::Unreadable { file, reason } => {
            log::warn!("{file}: {reason}");
            Reason::NoQrCode { file }
        }
        X::TooLarge { file, bytes, max } => Reason::FileTooLarge { file, mib: mib(bytes), max_mib: mib(max) },
        X::PictureTooLarge { file, width, height, .. } => Reason::PictureDimensions { file, width, height },
        X::SheetTooLarge { file, rows, columns, max_rows, max_columns } => Reason::SheetTooLarge {
            file,
            rows: u32::try_from(rows).unwrap_or(u32::MAX),
            columns: u32::try_from(columns).unwrap_or(u32::MAX),
            max_rows: u32::try_from(max_rows).unwrap_or(u32::MAX),
            max_columns: u32::try_from(max_columns).unwrap_or(u32::MAX),
        },
        X::CellTooLong { file, row, column, max } => {
            Reason::CellTooLong { file, row: count(row), column: count(column), max: count(max) }
        }
        X::UnsupportedFormat { file, extension } => Reason::UnsupportedFormat { file, extension },
        X::Empty { file, has_header: true } => Reason::HeaderOnly { file },
        X::Empty { file, has_header: false } => Reason::FileEmpty { file },
        X::Ragged { file, row, found, expected } => {
            Reason::Ragged { file, row: count(row), found: count(found), expected: count(expected) }
        }
        X::UnsupportedEncoding { file, encoding } => Reason::UnsupportedEncoding { file, encoding: encoding.into() },
        X::Binary { file, row, column, .. } => Reason::BinaryData { file, row: count(row), column },
        X::Csv { file, row, message } => {
            log::warn!("{file}: row {row}: {message}");
            Reason::CsvBroken { file, row: count(row) }
        }
        X::Workbook { file, message } => {
            log::warn!("{file}: {message}");
            Reason::WorkbookUnreadable { file }
        }
        X::CellError { file, row, column, error } => Reason::CellError { file, row: count(row), column, error },
        X::Invalid(detail) => return Error::storage(format!("export: {detail}")),
    };
    Error::File(reason)
}

/// Bytes as whole mebibytes, rounded up (a 64.2 MiB file is "65 MiB", over a 64 MiB cap).
fn mib(bytes: u64) -> u32 {
    u32::try_from(bytes.div_ceil(1 << 20)).unwrap_or(u32::MAX)
}

/// A token that is not one, or is not this issuer's.
pub(crate) fn token_error(e: malaka_core::certificate::TokenError) -> Error {
    use malaka_core::certificate::TokenError as T;
    match e {
        T::Malformed(why) => {
            log::info!("token refused: {why}");
            Error::invalid("token", Reason::TokenMalformed)
        }
        T::UnknownKey(key_id) => Error::Refused(Reason::UnknownKey { key_id }),
        T::BadSignature => Error::Refused(Reason::BadSignature),
    }
}

impl From<malaka_core::Error> for Error {
    fn from(e: malaka_core::Error) -> Self {
        match e {
            malaka_core::Error::Invalid { field, reason } => Error::Invalid { field, reason },
        }
    }
}

impl From<malaka_store::Error> for Error {
    fn from(e: malaka_store::Error) -> Self {
        use malaka_store::Error as S;
        match e {
            S::NotFound { entity, id } => Error::NotFound { entity, id },
            S::Duplicate(what) => duplicate(&what),
            S::MissingReference => Error::Invalid { field: "reference".into(), reason: Reason::MissingReference },
            S::Stale(entity) => Error::Stale { entity },
            S::NotARegister(file) => Error::File(Reason::NotABackup { file: file.display().to_string() }),
            S::FromNewerVersion(file) => {
                Error::Refused(Reason::BackupFromNewerVersion { file: file.display().to_string() })
            }
            S::InUse(file) => Error::Refused(Reason::DatabaseInUse { file: file.display().to_string() }),
            S::Damaged { file, problems } => {
                log::error!("{} failed its integrity check: {}", file.display(), problems.join("; "));
                Error::Damaged { file: file.display().to_string() }
            }
            S::NotInTeamMode("maintenance") => Error::Refused(Reason::ServerKeepsBackups),
            S::NotInTeamMode(area) => Error::Refused(Reason::TeamModeLacks { area: area.into() }),
            S::SchemaBehind { server } => Error::Refused(Reason::TeamSchemaBehind { server }),
            S::MoveMismatch { table, detail } => Error::Refused(Reason::TeamMoveDiffers { table, detail }),
            S::Unreachable { server, why } => Error::Unreachable(Reason::ServerUnreachable { server, why }),
            other => Error::storage(other.to_string()),
        }
    }
}

/// Names the field behind SQLite's "UNIQUE constraint failed: table.col".
fn duplicate(sqlite: &str) -> Error {
    let what = sqlite.rsplit(": ").next().unwrap_or(sqlite);
    let (field, reason) = match what {
        "person.organisation_id, person.personnel_number" => ("personnel_number", Reason::PersonnelNumberUsed),
        "organisation.short_code" => ("short_code", Reason::ShortCodeUsed),
        "programme.code" => ("code", Reason::ProgrammeCodeUsed),
        "enrolment.activity_id, enrolment.person_id" => ("person", Reason::AlreadyEnrolled),
        "trainer.person_id" => ("person", Reason::AlreadyTrainer),
        "account.login" => ("login", Reason::AlreadyExists),
        other => {
            log::warn!("unique constraint without a message: {other}");
            ("record", Reason::AlreadyExists)
        }
    };
    Error::Duplicate { field: field.into(), reason }
}

/// The shape every front end receives: `{code, reason, field?, problems?, conflicts?}`, plus an
/// English `message` for logs and scripts (`malaka --json`); no screen shows it.
impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("code", &self.code())?;
        m.serialize_entry("reason", &self.reason())?;
        m.serialize_entry("message", &self.to_string())?;
        if let Some(field) = self.field() {
            m.serialize_entry("field", field)?;
        }
        match self {
            Error::ScheduleConflict(c) => m.serialize_entry("conflicts", c)?,
            Error::ImportRejected { problems, .. } => m.serialize_entry("problems", problems)?,
            _ => {}
        }
        m.end()
    }
}

pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_duplicate_names_its_field_not_the_database() {
        let e = duplicate("UNIQUE constraint failed: person.organisation_id, person.personnel_number");
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["code"], "duplicate");
        assert_eq!(json["field"], "personnel_number");
        assert_eq!(json["reason"]["key"], "personnel_number_used");
        assert!(!json.to_string().contains("UNIQUE"), "{json}");
    }

    #[test]
    fn storage_details_stay_out_of_what_is_sent() {
        let e = Error::storage("disk I/O error at page 7");
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["code"], "storage");
        assert_eq!(json["reason"]["key"], "storage");
        assert!(!json.to_string().contains("page 7"), "{json}");
    }
}
