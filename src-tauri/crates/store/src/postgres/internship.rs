//! Internships on PostgreSQL.

use chrono::NaiveDate;
use malaka_core::model::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use sqlx::Row;
use sqlx::postgres::PgRow;

use super::codec::{get_id, get_opt_id, id as uuid, opt_id, parse_enum};
use super::{Conn, Error, Result};

const COLUMNS: &str = "i.id, i.title, i.intern_id, i.sending_org_id, i.host_org_id, i.units, i.mentor, \
     i.mentor_person_id, i.planned_start, i.planned_end, i.actual_start, i.actual_end, i.hours_per_week, \
     i.objectives, i.status, i.status_reason, i.activity_id, i.version, i.created_at, i.updated_at";

fn opt_date(r: &PgRow, column: &str) -> Result<Option<NaiveDate>> {
    Ok(r.try_get(column)?)
}

fn from_json<T: DeserializeOwned>(what: &str, text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|e| Error::Corrupt(format!("internship {what}: {e}")))
}

fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| Error::Corrupt(e.to_string()))
}

fn from_row(r: &PgRow) -> Result<Internship> {
    let mentor: Option<String> = r.try_get("mentor")?;
    Ok(Internship {
        id: get_id(r, "id")?,
        title: r.try_get("title")?,
        intern_id: get_id(r, "intern_id")?,
        sending_org_id: get_id(r, "sending_org_id")?,
        host_org_id: get_id(r, "host_org_id")?,
        units: from_json("units", r.try_get::<&str, _>("units")?)?,
        mentor: mentor.as_deref().map(|m| from_json("mentor", m)).transpose()?,
        planned_start: r.try_get("planned_start")?,
        planned_end: r.try_get("planned_end")?,
        actual_start: opt_date(r, "actual_start")?,
        actual_end: opt_date(r, "actual_end")?,
        hours_per_week: r.try_get("hours_per_week")?,
        objectives: from_json("objectives", r.try_get::<&str, _>("objectives")?)?,
        status: parse_enum(InternshipStatus::parse, r.try_get("status")?)?,
        status_reason: r.try_get("status_reason")?,
        activity_id: get_opt_id(r, "activity_id")?,
        version: i64::from(r.try_get::<i32, _>("version")?),
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
    })
}

type Query<'q> = sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments>;

/// Binds the placement's fields after its id, in [`COLUMNS`] order.
fn bind_fields<'q>(q: Query<'q>, i: &'q Internship) -> Result<Query<'q>> {
    let mentor = i.mentor.as_ref().map(to_json).transpose()?;
    Ok(q.bind(&i.title)
        .bind(uuid(&i.intern_id)?)
        .bind(uuid(&i.sending_org_id)?)
        .bind(uuid(&i.host_org_id)?)
        .bind(to_json(&i.units)?)
        .bind(mentor)
        .bind(opt_id(i.mentor.as_ref().and_then(|m| m.person_id.as_deref()))?)
        .bind(i.planned_start)
        .bind(i.planned_end)
        .bind(i.actual_start)
        .bind(i.actual_end)
        .bind(i.hours_per_week)
        .bind(to_json(&i.objectives)?)
        .bind(i.status.as_str())
        .bind(&i.status_reason)
        .bind(opt_id(i.activity_id.as_deref())?)
        .bind(i32::try_from(i.version).map_err(|_| Error::Corrupt("internship version".into()))?)
        .bind(i.created_at)
        .bind(i.updated_at))
}

pub async fn insert(conn: &mut Conn, i: &Internship) -> Result<()> {
    let q = sqlx::query(
        "INSERT INTO internship (id, title, intern_id, sending_org_id, host_org_id, units, mentor, mentor_person_id,
             planned_start, planned_end, actual_start, actual_end, hours_per_week, objectives, status, status_reason,
             activity_id, version, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)",
    );
    bind_fields(q.bind(uuid(&i.id)?), i)?.execute(conn).await?;
    Ok(())
}

pub async fn update(conn: &mut Conn, i: &Internship) -> Result<()> {
    let q = sqlx::query(
        "UPDATE internship SET title = $1, intern_id = $2, sending_org_id = $3, host_org_id = $4, units = $5, mentor = $6,
             mentor_person_id = $7, planned_start = $8, planned_end = $9, actual_start = $10, actual_end = $11,
             hours_per_week = $12, objectives = $13, status = $14, status_reason = $15, activity_id = $16, version = $17,
             created_at = $18, updated_at = $19
         WHERE id = $20 AND version = $21",
    );
    let done = bind_fields(q, i)?
        .bind(uuid(&i.id)?)
        .bind(i32::try_from(i.version - 1).unwrap_or(i32::MAX))
        .execute(conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(Error::Stale("internship"));
    }
    Ok(())
}

pub async fn get(conn: &mut Conn, id: &str) -> Result<Internship> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM internship i WHERE i.id = $1"))
        .bind(uuid(id)?)
        .fetch_optional(conn)
        .await?;
    row.as_ref().map(from_row).transpose()?.ok_or_else(|| Error::NotFound { entity: "internship", id: id.into() })
}

pub async fn list(conn: &mut Conn, f: &InternshipFilter) -> Result<Vec<InternshipRow>> {
    let days = f.days();
    // Abroad is the side that is a partner: the host of a placement abroad, else the sender.
    let sql = format!(
        "SELECT {COLUMNS}, p.family_name || ' ' || p.given_name AS intern, s.name AS sending_name,
                h.name AS host_name, h.country AS host_country,
                CASE WHEN h.kind = 'partner' THEN 'outgoing' ELSE 'incoming' END AS direction
         FROM internship i JOIN person p ON p.id = i.intern_id
              JOIN organisation s ON s.id = i.sending_org_id JOIN organisation h ON h.id = i.host_org_id
         WHERE ($1::text IS NULL OR (CASE WHEN h.kind = 'partner' THEN 'outgoing' ELSE 'incoming' END) = $1)
           AND ($2::text IS NULL OR (CASE WHEN h.kind = 'partner' THEN h.country ELSE s.country END) = $2)
           AND ($3::uuid IS NULL OR i.sending_org_id = $3 OR i.host_org_id = $3)
           AND ($4::text IS NULL OR i.status = $4)
           AND ($5::date IS NULL OR (coalesce(i.actual_start, i.planned_start) <= $6
                               AND coalesce(i.actual_end, greatest(i.planned_end, coalesce(i.actual_start, i.planned_end))) >= $5))
           AND ($7::uuid IS NULL OR i.intern_id = $7)
         ORDER BY i.planned_start DESC, i.id"
    );
    sqlx::query(&sql)
        .bind(f.direction.map(|d| d.as_str()))
        .bind(&f.country)
        .bind(opt_id(f.partner_org_id.as_deref())?)
        .bind(f.status.map(|s| s.as_str()))
        .bind(days.map(|d| d.0))
        .bind(days.map(|d| d.1))
        .bind(opt_id(f.person_id.as_deref())?)
        .fetch_all(conn)
        .await?
        .iter()
        .map(|r| {
            Ok(InternshipRow {
                internship: from_row(r)?,
                direction: parse_enum(VisitDirection::parse, r.try_get("direction")?)?,
                intern: r.try_get("intern")?,
                sending_org: r.try_get("sending_name")?,
                host_org: r.try_get("host_name")?,
                host_country: r.try_get("host_country")?,
            })
        })
        .collect()
}

/// Reads one of the placement's documents.
async fn document<T: DeserializeOwned>(conn: &mut Conn, id: &str, column: &str) -> Result<Option<T>> {
    let text: Option<Option<String>> = sqlx::query_scalar(&format!("SELECT {column} FROM internship WHERE id = $1"))
        .bind(uuid(id)?)
        .fetch_optional(conn)
        .await?;
    let text = text.ok_or_else(|| Error::NotFound { entity: "internship", id: id.into() })?;
    text.as_deref().map(|t| from_json(column, t)).transpose()
}

async fn set_document<T: Serialize + ?Sized>(conn: &mut Conn, id: &str, column: &str, value: &T) -> Result<()> {
    let done = sqlx::query(&format!("UPDATE internship SET {column} = $1 WHERE id = $2"))
        .bind(to_json(value)?)
        .bind(uuid(id)?)
        .execute(conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "internship", id: id.into() });
    }
    Ok(())
}

fn evaluation_column(kind: EvaluationKind) -> &'static str {
    match kind {
        EvaluationKind::Mid => "mid_evaluation",
        EvaluationKind::Final => "final_evaluation",
    }
}

pub async fn evaluation(conn: &mut Conn, id: &str, kind: EvaluationKind) -> Result<Option<Evaluation>> {
    document(conn, id, evaluation_column(kind)).await
}

pub async fn set_evaluation(conn: &mut Conn, id: &str, e: &Evaluation) -> Result<()> {
    set_document(conn, id, evaluation_column(e.kind), e).await
}

pub async fn report(conn: &mut Conn, id: &str) -> Result<Option<InternReport>> {
    document(conn, id, "report").await
}

pub async fn set_report(conn: &mut Conn, id: &str, r: &InternReport) -> Result<()> {
    set_document(conn, id, "report", r).await
}

pub async fn weeks(conn: &mut Conn, id: &str) -> Result<Vec<WeekLog>> {
    sqlx::query(
        "SELECT week_of, intern_entry, mentor_comment, updated_by, updated_at FROM internship_week
         WHERE internship_id = $1 ORDER BY week_of",
    )
    .bind(uuid(id)?)
    .fetch_all(conn)
    .await?
    .iter()
    .map(|r| {
        Ok(WeekLog {
            week_of: r.try_get("week_of")?,
            intern_entry: r.try_get("intern_entry")?,
            mentor_comment: r.try_get("mentor_comment")?,
            updated_by: r.try_get("updated_by")?,
            updated_at: r.try_get("updated_at")?,
        })
    })
    .collect()
}

pub async fn week_save(conn: &mut Conn, id: &str, w: &WeekLog) -> Result<()> {
    sqlx::query(
        "INSERT INTO internship_week (internship_id, week_of, intern_entry, mentor_comment, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (internship_id, week_of) DO UPDATE SET intern_entry = excluded.intern_entry,
             mentor_comment = excluded.mentor_comment, updated_by = excluded.updated_by,
             updated_at = excluded.updated_at",
    )
    .bind(uuid(id)?)
    .bind(w.week_of)
    .bind(&w.intern_entry)
    .bind(&w.mentor_comment)
    .bind(&w.updated_by)
    .bind(w.updated_at)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn days(conn: &mut Conn, id: &str) -> Result<Vec<PlacementDay>> {
    sqlx::query("SELECT day, status, note FROM internship_day WHERE internship_id = $1 ORDER BY day")
        .bind(uuid(id)?)
        .fetch_all(conn)
        .await?
        .iter()
        .map(|r| {
            Ok(PlacementDay {
                day: r.try_get("day")?,
                status: parse_enum(PlacementDayStatus::parse, r.try_get("status")?)?,
                note: r.try_get("note")?,
            })
        })
        .collect()
}

pub async fn days_save(conn: &mut Conn, id: &str, days: &[PlacementDay]) -> Result<()> {
    for d in days {
        sqlx::query(
            "INSERT INTO internship_day (internship_id, day, status, note) VALUES ($1, $2, $3, $4)
             ON CONFLICT (internship_id, day) DO UPDATE SET status = excluded.status, note = excluded.note",
        )
        .bind(uuid(id)?)
        .bind(d.day)
        .bind(d.status.as_str())
        .bind(&d.note)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

pub async fn amendment_insert(conn: &mut Conn, id: &str, internship_id: &str, a: &Amendment) -> Result<()> {
    sqlx::query(
        "INSERT INTO internship_amendment (id, internship_id, what, before, after, reason, by, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(uuid(id)?)
    .bind(uuid(internship_id)?)
    .bind(&a.what)
    .bind(&a.before)
    .bind(&a.after)
    .bind(&a.reason)
    .bind(&a.by)
    .bind(a.at)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn amendments(conn: &mut Conn, internship_id: &str) -> Result<Vec<Amendment>> {
    sqlx::query(
        "SELECT what, before, after, reason, by, at FROM internship_amendment WHERE internship_id = $1
         ORDER BY at, id",
    )
    .bind(uuid(internship_id)?)
    .fetch_all(conn)
    .await?
    .iter()
    .map(|r| {
        Ok(Amendment {
            what: r.try_get("what")?,
            before: r.try_get("before")?,
            after: r.try_get("after")?,
            reason: r.try_get("reason")?,
            by: r.try_get("by")?,
            at: r.try_get("at")?,
        })
    })
    .collect()
}
