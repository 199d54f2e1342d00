//! Enrolments on PostgreSQL: who takes part in an activity, in which role, and where their place
//! stands. Desks enrol at once here, so seats are counted under a lock on the activity's row.

use chrono::{DateTime, Utc};
use malaka_core::capacity::Waiting;
use malaka_core::model::{Enrolment, EnrolmentRole, EnrolmentStatus};
use malaka_core::time::utc_text;
use sqlx::postgres::PgRow;
use sqlx::{Connection, Row};
use uuid::Uuid;

use super::codec::{get_id, id as uuid, ids, parse_enum};
use super::{Conn, Error, Result};

fn from_row(r: &PgRow) -> Result<Enrolment> {
    Ok(Enrolment {
        id: get_id(r, "id")?,
        activity_id: get_id(r, "activity_id")?,
        person_id: get_id(r, "person_id")?,
        role: parse_enum(EnrolmentRole::parse, r.try_get("role")?)?,
        status: parse_enum(EnrolmentStatus::parse, r.try_get("status")?)?,
        reason: r.try_get("reason")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
    })
}

/// When a new enrolment joined the waitlist: when it was made, if it starts there.
fn waitlisted_at(e: &Enrolment) -> Option<DateTime<Utc>> {
    (e.status == EnrolmentStatus::Waitlisted).then_some(e.created_at)
}

pub async fn insert(conn: &mut Conn, e: &Enrolment) -> Result<()> {
    sqlx::query(
        "INSERT INTO enrolment (id, activity_id, person_id, role, status, reason, waitlisted_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(uuid(&e.id)?)
    .bind(uuid(&e.activity_id)?)
    .bind(uuid(&e.person_id)?)
    .bind(e.role.as_str())
    .bind(e.status.as_str())
    .bind(&e.reason)
    .bind(waitlisted_at(e))
    .bind(e.created_at)
    .bind(e.updated_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Many enrolments' columns, one array each, bound to `unnest`.
#[derive(Default)]
struct Columns<'a> {
    id: Vec<Uuid>,
    activity_id: Vec<Uuid>,
    person_id: Vec<Uuid>,
    role: Vec<&'static str>,
    status: Vec<&'static str>,
    reason: Vec<Option<&'a str>>,
    waitlisted_at: Vec<Option<DateTime<Utc>>>,
    created_at: Vec<DateTime<Utc>>,
    updated_at: Vec<DateTime<Utc>>,
}

impl<'a> Columns<'a> {
    fn push(&mut self, e: &'a Enrolment) -> Result<()> {
        self.id.push(uuid(&e.id)?);
        self.activity_id.push(uuid(&e.activity_id)?);
        self.person_id.push(uuid(&e.person_id)?);
        self.role.push(e.role.as_str());
        self.status.push(e.status.as_str());
        self.reason.push(e.reason.as_deref());
        self.waitlisted_at.push(waitlisted_at(e));
        self.created_at.push(e.created_at);
        self.updated_at.push(e.updated_at);
        Ok(())
    }
}

pub async fn insert_many(conn: &mut Conn, enrolments: &[Enrolment]) -> Result<()> {
    for chunk in enrolments.chunks(5_000) {
        let mut c = Columns::default();
        for e in chunk {
            c.push(e)?;
        }
        sqlx::query(
            "INSERT INTO enrolment (id, activity_id, person_id, role, status, reason, waitlisted_at,
                created_at, updated_at)
             SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[],
                $7::timestamptz[], $8::timestamptz[], $9::timestamptz[])",
        )
        .bind(&c.id)
        .bind(&c.activity_id)
        .bind(&c.person_id)
        .bind(&c.role)
        .bind(&c.status)
        .bind(&c.reason)
        .bind(&c.waitlisted_at)
        .bind(&c.created_at)
        .bind(&c.updated_at)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

pub async fn get(conn: &mut Conn, id: &str) -> Result<Enrolment> {
    let row = sqlx::query("SELECT * FROM enrolment WHERE id = $1").bind(uuid(id)?).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()?.ok_or_else(|| Error::NotFound { entity: "enrolment", id: id.into() })
}

pub async fn find(conn: &mut Conn, activity_id: &str, person_id: &str) -> Result<Option<Enrolment>> {
    let row = sqlx::query("SELECT * FROM enrolment WHERE activity_id = $1 AND person_id = $2")
        .bind(uuid(activity_id)?)
        .bind(uuid(person_id)?)
        .fetch_optional(conn)
        .await?;
    row.as_ref().map(from_row).transpose()
}

pub async fn set_status(
    conn: &mut Conn,
    id: &str,
    status: EnrolmentStatus,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> Result<()> {
    let done = sqlx::query(
        "UPDATE enrolment SET status = $1, reason = $2, updated_at = $3,
            waitlisted_at = CASE WHEN $1 = 'waitlisted' THEN $3 ELSE waitlisted_at END
         WHERE id = $4",
    )
    .bind(status.as_str())
    .bind(reason)
    .bind(now)
    .bind(uuid(id)?)
    .execute(conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "enrolment", id: id.into() });
    }
    Ok(())
}

pub async fn active_people<S: AsRef<str>>(conn: &mut Conn, activity_id: &str, person_ids: &[S]) -> Result<Vec<String>> {
    let found: Vec<Uuid> = sqlx::query_scalar(
        "SELECT person_id FROM enrolment WHERE activity_id = $1 AND status IN ('approved','enrolled','completed')
           AND person_id = ANY($2)",
    )
    .bind(uuid(activity_id)?)
    .bind(ids(person_ids)?)
    .fetch_all(conn)
    .await?;
    Ok(found.into_iter().map(|u| u.hyphenated().to_string()).collect())
}

/// Inside a write transaction, waits for (and holds until commit) the activity's row lock: on
/// SQLite the one writer made count-then-write safe; here desks enrol at once, and two counting
/// the same free seat would both take it. So whoever decides by the count of seats or the
/// waitlist takes turns per activity, and counts only after the previous one committed. A read
/// outside a transaction decides nothing, so it waits for no one.
async fn lock_activity(conn: &mut Conn, activity_id: Uuid) -> Result<()> {
    if conn.is_in_transaction() {
        sqlx::query("SELECT 1 FROM activity WHERE id = $1 FOR UPDATE").bind(activity_id).execute(&mut *conn).await?;
    }
    Ok(())
}

pub async fn seats_taken(conn: &mut Conn, activity_id: &str) -> Result<i64> {
    let activity_id = uuid(activity_id)?;
    lock_activity(conn, activity_id).await?;
    Ok(sqlx::query_scalar(
        "SELECT count(*) FROM enrolment WHERE activity_id = $1
           AND status IN ('approved','enrolled','completed') AND role IN ('participant','delegate','intern')",
    )
    .bind(activity_id)
    .fetch_one(conn)
    .await?)
}

pub async fn waitlist(conn: &mut Conn, activity_id: &str) -> Result<Vec<Waiting>> {
    let activity_id = uuid(activity_id)?;
    lock_activity(conn, activity_id).await?;
    let rows: Vec<(Uuid, DateTime<Utc>)> = sqlx::query_as(
        "SELECT id, coalesce(waitlisted_at, created_at) FROM enrolment
         WHERE activity_id = $1 AND status = 'waitlisted'",
    )
    .bind(activity_id)
    .fetch_all(conn)
    .await?;
    // `since` as SQLite stores it: UTC text to the second.
    Ok(rows
        .into_iter()
        .map(|(id, since)| Waiting { enrolment_id: id.hyphenated().to_string(), since: utc_text(since) })
        .collect())
}

pub async fn list_for_activity(conn: &mut Conn, activity_id: &str) -> Result<Vec<(Enrolment, String)>> {
    let rows = sqlx::query(
        "SELECT e.*, p.family_name || ' ' || p.given_name || coalesce(' ' || p.patronymic, '') AS person_name
         FROM enrolment e JOIN person p ON p.id = e.person_id
         WHERE e.activity_id = $1 ORDER BY p.family_name COLLATE \"C\", p.given_name COLLATE \"C\", p.id",
    )
    .bind(uuid(activity_id)?)
    .fetch_all(conn)
    .await?;
    rows.iter().map(|r| Ok((from_row(r)?, r.try_get("person_name")?))).collect()
}

pub async fn list_for_person(conn: &mut Conn, person_id: &str) -> Result<Vec<Enrolment>> {
    sqlx::query(
        "SELECT e.* FROM enrolment e JOIN activity a ON a.id = e.activity_id WHERE e.person_id = $1
         ORDER BY a.starts_on DESC",
    )
    .bind(uuid(person_id)?)
    .fetch_all(conn)
    .await?
    .iter()
    .map(from_row)
    .collect()
}

pub async fn largest_activity(conn: &mut Conn) -> Result<Option<String>> {
    let found: Option<Uuid> =
        sqlx::query_scalar("SELECT activity_id FROM enrolment GROUP BY activity_id ORDER BY count(*) DESC LIMIT 1")
            .fetch_optional(conn)
            .await?;
    Ok(found.map(|u| u.hyphenated().to_string()))
}

pub async fn reopen(
    conn: &mut Conn,
    id: &str,
    role: EnrolmentRole,
    status: EnrolmentStatus,
    now: DateTime<Utc>,
) -> Result<()> {
    sqlx::query("UPDATE enrolment SET role = $1 WHERE id = $2")
        .bind(role.as_str())
        .bind(uuid(id)?)
        .execute(&mut *conn)
        .await?;
    set_status(conn, id, status, None, now).await
}
