//! Venues: where sessions take place, each in its own time zone.

use chrono::{DateTime, Utc};
use malaka_core::model::Venue;
use sqlx::Row;
use sqlx::sqlite::SqliteRow;

use super::codec::instant;
use super::{Conn, Error, Result};

fn from_row(r: &SqliteRow) -> Result<Venue> {
    Ok(Venue {
        id: r.try_get("id")?,
        name: r.try_get("name")?,
        address: r.try_get("address")?,
        city: r.try_get("city")?,
        country: r.try_get("country")?,
        time_zone: r.try_get("time_zone")?,
        capacity: r.try_get("capacity")?,
    })
}

type Query<'q> = sqlx::query::Query<'q, sqlx::Sqlite, sqlx::sqlite::SqliteArguments<'q>>;

/// Binds name, address, city, country, time_zone and capacity, in that order.
fn bind_fields<'q>(q: Query<'q>, v: &'q Venue) -> Query<'q> {
    q.bind(&v.name).bind(&v.address).bind(&v.city).bind(&v.country).bind(&v.time_zone).bind(v.capacity)
}

pub async fn insert(conn: &mut Conn, v: &Venue, now: DateTime<Utc>) -> Result<()> {
    let q = sqlx::query(
        "INSERT INTO venue (id, name, address, city, country, time_zone, capacity, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    );
    bind_fields(q.bind(&v.id), v).bind(instant(now)).execute(conn).await?;
    Ok(())
}

pub async fn update(conn: &mut Conn, v: &Venue) -> Result<()> {
    let q = sqlx::query(
        "UPDATE venue SET name = ?, address = ?, city = ?, country = ?, time_zone = ?, capacity = ? WHERE id = ?",
    );
    let done = bind_fields(q, v).bind(&v.id).execute(conn).await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "venue", id: v.id.clone() });
    }
    Ok(())
}

pub async fn get(conn: &mut Conn, id: &str) -> Result<Venue> {
    let row = sqlx::query("SELECT * FROM venue WHERE id = ?").bind(id).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()?.ok_or_else(|| Error::NotFound { entity: "venue", id: id.into() })
}

pub async fn list(conn: &mut Conn) -> Result<Vec<Venue>> {
    sqlx::query("SELECT * FROM venue ORDER BY country, city, name")
        .fetch_all(conn)
        .await?
        .iter()
        .map(from_row)
        .collect()
}
