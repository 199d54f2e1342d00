//! The store's error: what went wrong with storage, with database internals kept for logs only.

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{entity} {id} not found")]
    NotFound { entity: &'static str, id: String },
    /// A UNIQUE constraint refused the write; the text is SQLite's ("UNIQUE constraint failed: …"),
    /// also for PostgreSQL's refusals.
    #[error("already exists: {0}")]
    Duplicate(String),
    /// A reference to a record that does not exist.
    #[error("refers to a record that does not exist")]
    MissingReference,
    /// A stale version: someone changed the record since it was read.
    /// The kind of record (`mark`, `certificate`), for the user's words.
    #[error("the {0} was changed by someone else; reload and try again")]
    Stale(&'static str),
    /// The file failed an integrity check; `problems` are SQLite's words, for the log.
    #[error("{} is damaged: {}", .file.display(), .problems.join("; "))]
    Damaged { file: std::path::PathBuf, problems: Vec<String> },
    /// A file offered as a backup that is not a Malaka register.
    #[error("{} is not a Malaka register", .0.display())]
    NotARegister(std::path::PathBuf),
    /// A register written by a newer version of Malaka than this one.
    #[error("{} was written by a newer version of Malaka", .0.display())]
    FromNewerVersion(std::path::PathBuf),
    /// Another program has the database open.
    #[error("{} is open in another program", .0.display())]
    InUse(std::path::PathBuf),
    #[error("a stored value is not valid: {0}")]
    Corrupt(String),
    #[error("{0}")]
    Io(String),
    #[error("database error: {0}")]
    Db(sqlx::Error),
    /// What a team database does not do from here (yet, or ever: a server's backups are
    /// `pg_dump`'s); the text names the area.
    #[error("a team database does not serve {0} here")]
    NotInTeamMode(&'static str),
    /// The team database could not be reached or refused the connection.
    #[error("cannot reach the team database {server}: {why}")]
    Unreachable { server: String, why: String },
    /// The team database's schema is older than this version and this login may not update it.
    #[error("the team database {server} needs `malaka team init` by its owner")]
    SchemaBehind { server: String },
    /// A move to a team database found the copy different from the original (or the target not
    /// empty) and undid it.
    #[error("the move stopped at {table}: {detail}")]
    MoveMismatch { table: String, detail: String },
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

impl From<sqlx::Error> for Error {
    fn from(e: sqlx::Error) -> Self {
        if let sqlx::Error::Database(db) = &e {
            if db.is_unique_violation() {
                let columns = db.constraint().map(columns_of_constraint);
                return Error::Duplicate(match columns {
                    Some(columns) => format!("UNIQUE constraint failed: {columns}"),
                    None => db.message().to_owned(),
                });
            }
            if db.is_foreign_key_violation() {
                return Error::MissingReference;
            }
        }
        Error::Db(e)
    }
}

/// PostgreSQL names the unique constraint a write broke (`person_organisation_id_personnel_number_key`);
/// the use cases read SQLite's words (`person.organisation_id, person.personnel_number`).
fn columns_of_constraint(name: &str) -> &str {
    const KNOWN: [(&str, &str); 7] = [
        ("attendance_mark_pkey", "attendance_mark.session_id, attendance_mark.person_id"),
        ("person_organisation_id_personnel_number_key", "person.organisation_id, person.personnel_number"),
        ("organisation_short_code_key", "organisation.short_code"),
        ("programme_code_key", "programme.code"),
        ("enrolment_activity_id_person_id_key", "enrolment.activity_id, enrolment.person_id"),
        ("trainer_person_id_key", "trainer.person_id"),
        ("account_login_key", "account.login"),
    ];
    KNOWN.iter().find(|(constraint, _)| *constraint == name).map_or(name, |(_, columns)| columns)
}

pub type Result<T> = std::result::Result<T, Error>;
