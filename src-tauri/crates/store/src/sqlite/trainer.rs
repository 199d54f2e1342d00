//! Trainers: staff from the register or external experts.

use chrono::{DateTime, Utc};
use malaka_core::model::Trainer;
use sqlx::Row;
use sqlx::sqlite::SqliteRow;

use super::codec::instant;
use super::{Conn, Error, Result};

fn from_row(r: &SqliteRow) -> Result<Trainer> {
    Ok(Trainer {
        id: r.try_get("id")?,
        person_id: r.try_get("person_id")?,
        name: r.try_get("name")?,
        affiliation: r.try_get("affiliation")?,
        expertise: r.try_get("expertise")?,
    })
}

pub async fn insert(conn: &mut Conn, t: &Trainer, now: DateTime<Utc>) -> Result<()> {
    sqlx::query(
        "INSERT INTO trainer (id, person_id, name, affiliation, expertise, created_at) VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(&t.id)
    .bind(&t.person_id)
    .bind(&t.name)
    .bind(&t.affiliation)
    .bind(&t.expertise)
    .bind(instant(now))
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn update(conn: &mut Conn, t: &Trainer) -> Result<()> {
    let done = sqlx::query("UPDATE trainer SET person_id = ?, name = ?, affiliation = ?, expertise = ? WHERE id = ?")
        .bind(&t.person_id)
        .bind(&t.name)
        .bind(&t.affiliation)
        .bind(&t.expertise)
        .bind(&t.id)
        .execute(conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "trainer", id: t.id.clone() });
    }
    Ok(())
}

pub async fn get(conn: &mut Conn, id: &str) -> Result<Trainer> {
    let row = sqlx::query("SELECT * FROM trainer WHERE id = ?").bind(id).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()?.ok_or_else(|| Error::NotFound { entity: "trainer", id: id.into() })
}

pub async fn list(conn: &mut Conn) -> Result<Vec<Trainer>> {
    sqlx::query("SELECT * FROM trainer ORDER BY name").fetch_all(conn).await?.iter().map(from_row).collect()
}
