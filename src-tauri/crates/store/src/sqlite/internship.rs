//! Internships in the register file.

use chrono::NaiveDate;
use malaka_core::model::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use sqlx::Row;
use sqlx::sqlite::SqliteRow;

use super::codec::{instant, parse_date, parse_enum, parse_instant};
use super::{Conn, Error, Result};

const COLUMNS: &str = "i.id, i.title, i.intern_id, i.sending_org_id, i.host_org_id, i.units, i.mentor, \
     i.mentor_person_id, i.planned_start, i.planned_end, i.actual_start, i.actual_end, i.hours_per_week, \
     i.objectives, i.status, i.status_reason, i.activity_id, i.version, i.created_at, i.updated_at";

fn opt_date(r: &SqliteRow, column: &str) -> Result<Option<NaiveDate>> {
    r.try_get::<Option<String>, _>(column)?.as_deref().map(parse_date).transpose()
}

fn from_json<T: DeserializeOwned>(what: &str, text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|e| Error::Corrupt(format!("internship {what}: {e}")))
}

fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| Error::Corrupt(e.to_string()))
}

fn from_row(r: &SqliteRow) -> Result<Internship> {
    let mentor: Option<String> = r.try_get("mentor")?;
    Ok(Internship {
        id: r.try_get("id")?,
        title: r.try_get("title")?,
        intern_id: r.try_get("intern_id")?,
        sending_org_id: r.try_get("sending_org_id")?,
        host_org_id: r.try_get("host_org_id")?,
        units: from_json("units", r.try_get("units")?)?,
        mentor: mentor.as_deref().map(|m| from_json("mentor", m)).transpose()?,
        planned_start: parse_date(r.try_get("planned_start")?)?,
        planned_end: parse_date(r.try_get("planned_end")?)?,
        actual_start: opt_date(r, "actual_start")?,
        actual_end: opt_date(r, "actual_end")?,
        hours_per_week: r.try_get("hours_per_week")?,
        objectives: from_json("objectives", r.try_get("objectives")?)?,
        status: parse_enum(InternshipStatus::parse, r.try_get("status")?)?,
        status_reason: r.try_get("status_reason")?,
        activity_id: r.try_get("activity_id")?,
        version: r.try_get("version")?,
        created_at: parse_instant(r.try_get("created_at")?)?,
        updated_at: parse_instant(r.try_get("updated_at")?)?,
    })
}

type Query<'q> = sqlx::query::Query<'q, sqlx::Sqlite, sqlx::sqlite::SqliteArguments<'q>>;

/// Binds the placement's fields after its id, in [`COLUMNS`] order.
fn bind_fields<'q>(q: Query<'q>, i: &'q Internship) -> Result<Query<'q>> {
    let mentor = i.mentor.as_ref().map(to_json).transpose()?;
    Ok(q.bind(&i.title)
        .bind(&i.intern_id)
        .bind(&i.sending_org_id)
        .bind(&i.host_org_id)
        .bind(to_json(&i.units)?)
        .bind(mentor)
        .bind(i.mentor.as_ref().and_then(|m| m.person_id.clone()))
        .bind(i.planned_start.to_string())
        .bind(i.planned_end.to_string())
        .bind(i.actual_start.map(|d| d.to_string()))
        .bind(i.actual_end.map(|d| d.to_string()))
        .bind(i.hours_per_week)
        .bind(to_json(&i.objectives)?)
        .bind(i.status.as_str())
        .bind(&i.status_reason)
        .bind(&i.activity_id)
        .bind(i.version)
        .bind(instant(i.created_at))
        .bind(instant(i.updated_at)))
}

pub async fn insert(conn: &mut Conn, i: &Internship) -> Result<()> {
    let q = sqlx::query(
        "INSERT INTO internship (id, title, intern_id, sending_org_id, host_org_id, units, mentor, mentor_person_id,
             planned_start, planned_end, actual_start, actual_end, hours_per_week, objectives, status, status_reason,
             activity_id, version, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    );
    bind_fields(q.bind(&i.id), i)?.execute(conn).await?;
    Ok(())
}

pub async fn update(conn: &mut Conn, i: &Internship) -> Result<()> {
    let q = sqlx::query(
        "UPDATE internship SET title = ?, intern_id = ?, sending_org_id = ?, host_org_id = ?, units = ?, mentor = ?,
             mentor_person_id = ?, planned_start = ?, planned_end = ?, actual_start = ?, actual_end = ?,
             hours_per_week = ?, objectives = ?, status = ?, status_reason = ?, activity_id = ?, version = ?,
             created_at = ?, updated_at = ?
         WHERE id = ? AND version = ?",
    );
    let done = bind_fields(q, i)?.bind(&i.id).bind(i.version - 1).execute(conn).await?;
    if done.rows_affected() == 0 {
        return Err(Error::Stale("internship"));
    }
    Ok(())
}

pub async fn get(conn: &mut Conn, id: &str) -> Result<Internship> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM internship i WHERE i.id = ?"))
        .bind(id)
        .fetch_optional(conn)
        .await?;
    row.as_ref().map(from_row).transpose()?.ok_or_else(|| Error::NotFound { entity: "internship", id: id.into() })
}

pub async fn list(conn: &mut Conn, f: &InternshipFilter) -> Result<Vec<InternshipRow>> {
    let days = f.days().map(|(from, to)| (from.to_string(), to.to_string()));
    // Abroad is the side that is a partner: the host of a placement abroad, else the sender.
    let sql = format!(
        "SELECT {COLUMNS}, p.family_name || ' ' || p.given_name AS intern, s.name AS sending_name,
                h.name AS host_name, h.country AS host_country,
                CASE WHEN h.kind = 'partner' THEN 'outgoing' ELSE 'incoming' END AS direction
         FROM internship i JOIN person p ON p.id = i.intern_id
              JOIN organisation s ON s.id = i.sending_org_id JOIN organisation h ON h.id = i.host_org_id
         WHERE (?1 IS NULL OR (CASE WHEN h.kind = 'partner' THEN 'outgoing' ELSE 'incoming' END) = ?1)
           AND (?2 IS NULL OR (CASE WHEN h.kind = 'partner' THEN h.country ELSE s.country END) = ?2)
           AND (?3 IS NULL OR i.sending_org_id = ?3 OR i.host_org_id = ?3)
           AND (?4 IS NULL OR i.status = ?4)
           AND (?5 IS NULL OR (coalesce(i.actual_start, i.planned_start) <= ?6
                               AND coalesce(i.actual_end, max(i.planned_end, coalesce(i.actual_start, i.planned_end))) >= ?5))
           AND (?7 IS NULL OR i.intern_id = ?7)
         ORDER BY i.planned_start DESC, i.id"
    );
    sqlx::query(&sql)
        .bind(f.direction.map(|d| d.as_str()))
        .bind(&f.country)
        .bind(&f.partner_org_id)
        .bind(f.status.map(|s| s.as_str()))
        .bind(days.as_ref().map(|d| d.0.clone()))
        .bind(days.as_ref().map(|d| d.1.clone()))
        .bind(&f.person_id)
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
    let text: Option<Option<String>> = sqlx::query_scalar(&format!("SELECT {column} FROM internship WHERE id = ?"))
        .bind(id)
        .fetch_optional(conn)
        .await?;
    let text = text.ok_or_else(|| Error::NotFound { entity: "internship", id: id.into() })?;
    text.as_deref().map(|t| from_json(column, t)).transpose()
}

async fn set_document<T: Serialize + ?Sized>(conn: &mut Conn, id: &str, column: &str, value: &T) -> Result<()> {
    let done = sqlx::query(&format!("UPDATE internship SET {column} = ? WHERE id = ?"))
        .bind(to_json(value)?)
        .bind(id)
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
         WHERE internship_id = ? ORDER BY week_of",
    )
    .bind(id)
    .fetch_all(conn)
    .await?
    .iter()
    .map(|r| {
        Ok(WeekLog {
            week_of: parse_date(r.try_get("week_of")?)?,
            intern_entry: r.try_get("intern_entry")?,
            mentor_comment: r.try_get("mentor_comment")?,
            updated_by: r.try_get("updated_by")?,
            updated_at: parse_instant(r.try_get("updated_at")?)?,
        })
    })
    .collect()
}

pub async fn week_save(conn: &mut Conn, id: &str, w: &WeekLog) -> Result<()> {
    sqlx::query(
        "INSERT INTO internship_week (internship_id, week_of, intern_entry, mentor_comment, updated_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (internship_id, week_of) DO UPDATE SET intern_entry = excluded.intern_entry,
             mentor_comment = excluded.mentor_comment, updated_by = excluded.updated_by,
             updated_at = excluded.updated_at",
    )
    .bind(id)
    .bind(w.week_of.to_string())
    .bind(&w.intern_entry)
    .bind(&w.mentor_comment)
    .bind(&w.updated_by)
    .bind(instant(w.updated_at))
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn days(conn: &mut Conn, id: &str) -> Result<Vec<PlacementDay>> {
    sqlx::query("SELECT day, status, note FROM internship_day WHERE internship_id = ? ORDER BY day")
        .bind(id)
        .fetch_all(conn)
        .await?
        .iter()
        .map(|r| {
            Ok(PlacementDay {
                day: parse_date(r.try_get("day")?)?,
                status: parse_enum(PlacementDayStatus::parse, r.try_get("status")?)?,
                note: r.try_get("note")?,
            })
        })
        .collect()
}

pub async fn days_save(conn: &mut Conn, id: &str, days: &[PlacementDay]) -> Result<()> {
    for d in days {
        sqlx::query(
            "INSERT INTO internship_day (internship_id, day, status, note) VALUES (?, ?, ?, ?)
             ON CONFLICT (internship_id, day) DO UPDATE SET status = excluded.status, note = excluded.note",
        )
        .bind(id)
        .bind(d.day.to_string())
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
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(id)
    .bind(internship_id)
    .bind(&a.what)
    .bind(&a.before)
    .bind(&a.after)
    .bind(&a.reason)
    .bind(&a.by)
    .bind(instant(a.at))
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn amendments(conn: &mut Conn, internship_id: &str) -> Result<Vec<Amendment>> {
    sqlx::query(
        "SELECT what, before, after, reason, by, at FROM internship_amendment WHERE internship_id = ?
         ORDER BY at, rowid",
    )
    .bind(internship_id)
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
            at: parse_instant(r.try_get("at")?)?,
        })
    })
    .collect()
}
