//! Trainers on PostgreSQL: staff from the register or external experts.

use chrono::{DateTime, Utc};
use malaka_core::model::Trainer;
use sqlx::Row;
use sqlx::postgres::PgRow;

use super::codec::{get_id, get_opt_id, id as uuid, opt_id};
use super::{Conn, Error, Result};

fn from_row(r: &PgRow) -> Result<Trainer> {
    Ok(Trainer {
        id: get_id(r, "id")?,
        person_id: get_opt_id(r, "person_id")?,
        name: r.try_get("name")?,
        affiliation: r.try_get("affiliation")?,
        expertise: r.try_get("expertise")?,
    })
}

pub async fn insert(conn: &mut Conn, t: &Trainer, now: DateTime<Utc>) -> Result<()> {
    sqlx::query(
        "INSERT INTO trainer (id, person_id, name, affiliation, expertise, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(uuid(&t.id)?)
    .bind(opt_id(t.person_id.as_deref())?)
    .bind(&t.name)
    .bind(&t.affiliation)
    .bind(&t.expertise)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn update(conn: &mut Conn, t: &Trainer) -> Result<()> {
    let done =
        sqlx::query("UPDATE trainer SET person_id = $1, name = $2, affiliation = $3, expertise = $4 WHERE id = $5")
            .bind(opt_id(t.person_id.as_deref())?)
            .bind(&t.name)
            .bind(&t.affiliation)
            .bind(&t.expertise)
            .bind(uuid(&t.id)?)
            .execute(conn)
            .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "trainer", id: t.id.clone() });
    }
    Ok(())
}

pub async fn get(conn: &mut Conn, id: &str) -> Result<Trainer> {
    let row = sqlx::query("SELECT * FROM trainer WHERE id = $1").bind(uuid(id)?).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()?.ok_or_else(|| Error::NotFound { entity: "trainer", id: id.into() })
}

pub async fn list(conn: &mut Conn) -> Result<Vec<Trainer>> {
    sqlx::query("SELECT * FROM trainer ORDER BY name COLLATE \"C\", id")
        .fetch_all(conn)
        .await?
        .iter()
        .map(from_row)
        .collect()
}
