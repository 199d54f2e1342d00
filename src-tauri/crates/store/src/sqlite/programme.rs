//! The programme catalogue.

use chrono::{DateTime, Utc};
use malaka_core::model::Programme;
use sqlx::Row;
use sqlx::sqlite::SqliteRow;

use super::codec::instant;
use super::{Conn, Error, Result};

fn from_row(r: &SqliteRow) -> Result<Programme> {
    Ok(Programme {
        id: r.try_get("id")?,
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
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&p.id)
    .bind(&p.code)
    .bind(&p.title)
    .bind(&p.objectives)
    .bind(p.planned_hours)
    .bind(&p.language)
    .bind(p.archived)
    .bind(instant(now))
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn get(conn: &mut Conn, id: &str) -> Result<Programme> {
    let row =
        sqlx::query("SELECT * FROM programme WHERE id = ?1 OR code = upper(?1)").bind(id).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()?.ok_or_else(|| Error::NotFound { entity: "programme", id: id.into() })
}

pub async fn list(conn: &mut Conn, include_archived: bool) -> Result<Vec<Programme>> {
    sqlx::query("SELECT * FROM programme WHERE archived = 0 OR ? ORDER BY code")
        .bind(include_archived)
        .fetch_all(conn)
        .await?
        .iter()
        .map(from_row)
        .collect()
}

pub async fn update(conn: &mut Conn, p: &Programme, now: DateTime<Utc>) -> Result<()> {
    let done = sqlx::query(
        "UPDATE programme SET code = ?, title = ?, objectives = ?, planned_hours = ?, language = ?, updated_at = ?
         WHERE id = ?",
    )
    .bind(&p.code)
    .bind(&p.title)
    .bind(&p.objectives)
    .bind(p.planned_hours)
    .bind(&p.language)
    .bind(instant(now))
    .bind(&p.id)
    .execute(conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "programme", id: p.id.clone() });
    }
    Ok(())
}

pub async fn set_archived(conn: &mut Conn, id: &str, archived: bool, now: DateTime<Utc>) -> Result<()> {
    let done = sqlx::query("UPDATE programme SET archived = ?, updated_at = ? WHERE id = ?")
        .bind(archived)
        .bind(instant(now))
        .bind(id)
        .execute(conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "programme", id: id.into() });
    }
    Ok(())
}
