//! The programme catalogue on PostgreSQL.

use chrono::{DateTime, Utc};
use malaka_core::model::Programme;
use sqlx::Row;
use sqlx::postgres::PgRow;
use uuid::Uuid;

use super::codec::{get_id, id as uuid};
use super::{Conn, Error, Result};

fn from_row(r: &PgRow) -> Result<Programme> {
    Ok(Programme {
        id: get_id(r, "id")?,
        code: r.try_get("code")?,
        title: r.try_get("title")?,
        objectives: r.try_get("objectives")?,
        planned_hours: r.try_get("planned_hours")?,
        language: r.try_get("language")?,
        archived: r.try_get("archived")?,
    })
}

pub async fn insert(conn: &mut Conn, p: &Programme, now: DateTime<Utc>) -> Result<()> {
    sqlx::query(
        "INSERT INTO programme (id, code, title, objectives, planned_hours, language, archived, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(uuid(&p.id)?)
    .bind(&p.code)
    .bind(&p.title)
    .bind(&p.objectives)
    .bind(p.planned_hours)
    .bind(&p.language)
    .bind(p.archived)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// A programme by its id as stored or by its code in any case (SQLite's `upper` folds ASCII letters
/// only, hence the folding here rather than PostgreSQL's `upper`).
pub async fn get(conn: &mut Conn, id: &str) -> Result<Programme> {
    let as_id = Uuid::parse_str(id).ok().filter(|u| u.hyphenated().to_string() == id);
    let row = sqlx::query("SELECT * FROM programme WHERE id = $1 OR code = $2")
        .bind(as_id)
        .bind(id.to_ascii_uppercase())
        .fetch_optional(conn)
        .await?;
    row.as_ref().map(from_row).transpose()?.ok_or_else(|| Error::NotFound { entity: "programme", id: id.into() })
}

pub async fn list(conn: &mut Conn, include_archived: bool) -> Result<Vec<Programme>> {
    sqlx::query("SELECT * FROM programme WHERE NOT archived OR $1 ORDER BY code")
        .bind(include_archived)
        .fetch_all(conn)
        .await?
        .iter()
        .map(from_row)
        .collect()
}

pub async fn update(conn: &mut Conn, p: &Programme, now: DateTime<Utc>) -> Result<()> {
    let done = sqlx::query(
        "UPDATE programme SET code = $1, title = $2, objectives = $3, planned_hours = $4, language = $5,
            updated_at = $6 WHERE id = $7",
    )
    .bind(&p.code)
    .bind(&p.title)
    .bind(&p.objectives)
    .bind(p.planned_hours)
    .bind(&p.language)
    .bind(now)
    .bind(uuid(&p.id)?)
    .execute(conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "programme", id: p.id.clone() });
    }
    Ok(())
}

pub async fn set_archived(conn: &mut Conn, id: &str, archived: bool, now: DateTime<Utc>) -> Result<()> {
    let done = sqlx::query("UPDATE programme SET archived = $1, updated_at = $2 WHERE id = $3")
        .bind(archived)
        .bind(now)
        .bind(uuid(id)?)
        .execute(conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "programme", id: id.into() });
    }
    Ok(())
}
