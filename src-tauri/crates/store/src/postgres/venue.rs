//! Venues on PostgreSQL: where sessions take place, each in its own time zone.

use chrono::{DateTime, Utc};
use malaka_core::model::Venue;
use sqlx::Row;
use sqlx::postgres::PgRow;

use super::codec::{get_id, id as uuid};
use super::{Conn, Error, Result};

fn from_row(r: &PgRow) -> Result<Venue> {
    Ok(Venue {
        id: get_id(r, "id")?,
        name: r.try_get("name")?,
        address: r.try_get("address")?,
        city: r.try_get("city")?,
        country: r.try_get("country")?,
        time_zone: r.try_get("time_zone")?,
        capacity: r.try_get::<Option<i32>, _>("capacity")?.map(i64::from),
    })
}

type Query<'q> = sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments>;

/// Binds name, address, city, country, time_zone and capacity, in that order (capacity as a
/// bigint, which the `integer` column takes by assignment).
fn bind_fields<'q>(q: Query<'q>, v: &'q Venue) -> Query<'q> {
    q.bind(&v.name).bind(&v.address).bind(&v.city).bind(&v.country).bind(&v.time_zone).bind(v.capacity)
}

pub async fn insert(conn: &mut Conn, v: &Venue, now: DateTime<Utc>) -> Result<()> {
    let q = sqlx::query(
        "INSERT INTO venue (id, name, address, city, country, time_zone, capacity, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    );
    bind_fields(q.bind(uuid(&v.id)?), v).bind(now).execute(conn).await?;
    Ok(())
}

pub async fn update(conn: &mut Conn, v: &Venue) -> Result<()> {
    let q = sqlx::query(
        "UPDATE venue SET name = $1, address = $2, city = $3, country = $4, time_zone = $5, capacity = $6
         WHERE id = $7",
    );
    let done = bind_fields(q, v).bind(uuid(&v.id)?).execute(conn).await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "venue", id: v.id.clone() });
    }
    Ok(())
}

pub async fn get(conn: &mut Conn, id: &str) -> Result<Venue> {
    let row = sqlx::query("SELECT * FROM venue WHERE id = $1").bind(uuid(id)?).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()?.ok_or_else(|| Error::NotFound { entity: "venue", id: id.into() })
}

pub async fn list(conn: &mut Conn) -> Result<Vec<Venue>> {
    sqlx::query("SELECT * FROM venue ORDER BY country COLLATE \"C\", city COLLATE \"C\", name COLLATE \"C\", id")
        .fetch_all(conn)
        .await?
        .iter()
        .map(from_row)
        .collect()
}
