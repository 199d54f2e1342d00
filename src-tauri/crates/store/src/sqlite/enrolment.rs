//! Enrolments: who takes part in an activity, in which role, and where their place stands.

use chrono::{DateTime, Utc};
use malaka_core::capacity::Waiting;
use malaka_core::model::{Enrolment, EnrolmentRole, EnrolmentStatus};
use sqlx::Row;
use sqlx::sqlite::SqliteRow;

use super::codec::{instant, json_ids, parse_enum, parse_instant};
use super::{Conn, Error, Result, batch};

fn from_row(r: &SqliteRow) -> Result<Enrolment> {
    Ok(Enrolment {
        id: r.try_get("id")?,
        activity_id: r.try_get("activity_id")?,
        person_id: r.try_get("person_id")?,
        role: parse_enum(EnrolmentRole::parse, r.try_get("role")?)?,
        status: parse_enum(EnrolmentStatus::parse, r.try_get("status")?)?,
        reason: r.try_get("reason")?,
        created_at: parse_instant(r.try_get("created_at")?)?,
        updated_at: parse_instant(r.try_get("updated_at")?)?,
    })
}

pub async fn insert(conn: &mut Conn, e: &Enrolment) -> Result<()> {
    let waitlisted_at = (e.status == EnrolmentStatus::Waitlisted).then(|| instant(e.created_at));
    sqlx::query(
        "INSERT INTO enrolment (id, activity_id, person_id, role, status, reason, waitlisted_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&e.id)
    .bind(&e.activity_id)
    .bind(&e.person_id)
    .bind(e.role.as_str())
    .bind(e.status.as_str())
    .bind(&e.reason)
    .bind(waitlisted_at)
    .bind(instant(e.created_at))
    .bind(instant(e.updated_at))
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn insert_many(conn: &mut Conn, enrolments: &[Enrolment]) -> Result<()> {
    const HEAD: &str = "INSERT INTO enrolment (id, activity_id, person_id, role, status, reason, waitlisted_at,
            created_at, updated_at)";
    for chunk in enrolments.chunks(batch::rows_per_statement(9)) {
        let sql = batch::values_sql(HEAD, 9, chunk.len());
        let mut q = sqlx::query(&sql);
        for e in chunk {
            let waitlisted_at = (e.status == EnrolmentStatus::Waitlisted).then(|| instant(e.created_at));
            q = q
                .bind(&e.id)
                .bind(&e.activity_id)
                .bind(&e.person_id)
                .bind(e.role.as_str())
                .bind(e.status.as_str())
                .bind(&e.reason)
                .bind(waitlisted_at)
                .bind(instant(e.created_at))
                .bind(instant(e.updated_at));
        }
        q.execute(&mut *conn).await?;
    }
    Ok(())
}

pub async fn get(conn: &mut Conn, id: &str) -> Result<Enrolment> {
    let row = sqlx::query("SELECT * FROM enrolment WHERE id = ?").bind(id).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()?.ok_or_else(|| Error::NotFound { entity: "enrolment", id: id.into() })
}

pub async fn find(conn: &mut Conn, activity_id: &str, person_id: &str) -> Result<Option<Enrolment>> {
    let row = sqlx::query("SELECT * FROM enrolment WHERE activity_id = ? AND person_id = ?")
        .bind(activity_id)
        .bind(person_id)
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
        "UPDATE enrolment SET status = ?, reason = ?, updated_at = ?,
            waitlisted_at = CASE WHEN ? = 'waitlisted' THEN ? ELSE waitlisted_at END
         WHERE id = ?",
    )
    .bind(status.as_str())
    .bind(reason)
    .bind(instant(now))
    .bind(status.as_str())
    .bind(instant(now))
    .bind(id)
    .execute(conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "enrolment", id: id.into() });
    }
    Ok(())
}

pub async fn active_people<S: AsRef<str>>(conn: &mut Conn, activity_id: &str, person_ids: &[S]) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT person_id FROM enrolment WHERE activity_id = ? AND status IN ('approved','enrolled','completed')
           AND person_id IN (SELECT value FROM json_each(?))",
    )
    .bind(activity_id)
    .bind(json_ids(person_ids))
    .fetch_all(conn)
    .await?)
}

pub async fn seats_taken(conn: &mut Conn, activity_id: &str) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "SELECT count(*) FROM enrolment WHERE activity_id = ?
           AND status IN ('approved','enrolled','completed') AND role IN ('participant','delegate','intern')",
    )
    .bind(activity_id)
    .fetch_one(conn)
    .await?)
}

pub async fn waitlist(conn: &mut Conn, activity_id: &str) -> Result<Vec<Waiting>> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT id, coalesce(waitlisted_at, created_at) FROM enrolment WHERE activity_id = ? AND status = 'waitlisted'",
    )
    .bind(activity_id)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(enrolment_id, since)| Waiting { enrolment_id, since }).collect())
}

pub async fn list_for_activity(conn: &mut Conn, activity_id: &str) -> Result<Vec<(Enrolment, String)>> {
    let rows = sqlx::query(
        "SELECT e.*, p.family_name || ' ' || p.given_name || coalesce(' ' || p.patronymic, '') AS person_name
         FROM enrolment e JOIN person p ON p.id = e.person_id
         WHERE e.activity_id = ? ORDER BY p.family_name, p.given_name, p.id",
    )
    .bind(activity_id)
    .fetch_all(conn)
    .await?;
    rows.iter().map(|r| Ok((from_row(r)?, r.try_get("person_name")?))).collect()
}

pub async fn list_for_person(conn: &mut Conn, person_id: &str) -> Result<Vec<Enrolment>> {
    sqlx::query(
        "SELECT e.* FROM enrolment e JOIN activity a ON a.id = e.activity_id WHERE e.person_id = ? ORDER BY a.starts_on DESC",
    )
    .bind(person_id)
    .fetch_all(conn)
    .await?
    .iter()
    .map(from_row)
    .collect()
}

pub async fn largest_activity(conn: &mut Conn) -> Result<Option<String>> {
    Ok(sqlx::query_scalar("SELECT activity_id FROM enrolment GROUP BY activity_id ORDER BY count(*) DESC LIMIT 1")
        .fetch_optional(conn)
        .await?)
}

pub async fn reopen(
    conn: &mut Conn,
    id: &str,
    role: EnrolmentRole,
    status: EnrolmentStatus,
    now: DateTime<Utc>,
) -> Result<()> {
    sqlx::query("UPDATE enrolment SET role = ? WHERE id = ?").bind(role.as_str()).bind(id).execute(&mut *conn).await?;
    set_status(conn, id, status, None, now).await
}
