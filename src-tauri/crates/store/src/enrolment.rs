//! Enrolments: who takes part in an activity, in which role, and where their place stands.

use chrono::{DateTime, Utc};
use malaka_core::capacity::Waiting;
use malaka_core::model::*;

use crate::Result;
use crate::conn::seam;

seam! { enrolment;
    pub async fn insert(e: &Enrolment) -> Result<()>;
    /// Stores many enrolments as [`insert`] does each, in multi-row statements. Call inside a write
    /// transaction.
    pub async fn insert_many(enrolments: &[Enrolment]) -> Result<()>;
    pub async fn get(id: &str) -> Result<Enrolment>;
    pub async fn find(activity_id: &str, person_id: &str) -> Result<Option<Enrolment>>;
    /// Moves an enrolment to a new status (joining the waitlist stamps when).
    pub async fn set_status(id: &str, status: EnrolmentStatus, reason: Option<&str>, now: DateTime<Utc>) -> Result<()>;
    /// Seats taken: learners whose enrolment is active.
    pub async fn seats_taken(activity_id: &str) -> Result<i64>;
    /// The activity's waitlist, in no particular order (the rule in core orders it).
    pub async fn waitlist(activity_id: &str) -> Result<Vec<Waiting>>;
    /// An activity's enrolments, with the person's display name, by name.
    pub async fn list_for_activity(activity_id: &str) -> Result<Vec<(Enrolment, String)>>;
    /// A person's enrolments, most recent activity first.
    pub async fn list_for_person(person_id: &str) -> Result<Vec<Enrolment>>;
    /// The activity with the most enrolments (benchmarks and reports pick it as the heaviest case).
    pub async fn largest_activity() -> Result<Option<String>>;
    /// Gives a cancelled or declined enrolment a new role and status (a person nominated again).
    pub async fn reopen(id: &str, role: EnrolmentRole, status: EnrolmentStatus, now: DateTime<Utc>) -> Result<()>;
}

/// Which of `person_ids` hold an active place (approved, enrolled, completed) in an activity.
pub async fn active_people<S: AsRef<str>>(
    conn: &mut crate::Conn,
    activity_id: &str,
    person_ids: &[S],
) -> Result<Vec<String>> {
    match conn.db() {
        crate::conn::Db::Sqlite(c) => crate::sqlite::enrolment::active_people(c, activity_id, person_ids).await,
        crate::conn::Db::Postgres(c) => crate::postgres::enrolment::active_people(c, activity_id, person_ids).await,
    }
}
