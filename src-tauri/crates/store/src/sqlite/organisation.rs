//! Organisations: agencies, their centres and units, partner agencies abroad.

use chrono::{DateTime, Utc};
use malaka_core::model::{NewOrganisation, OrgKind, Organisation};
use malaka_core::names::search_key;
use sqlx::Row;
use sqlx::sqlite::SqliteRow;

use super::codec::{instant, parse_enum, parse_instant};
use super::{Conn, Error, Result};

const COLUMNS: &str = "id, name, short_code, country, kind, parent_id, created_at";

fn from_row(r: &SqliteRow) -> Result<Organisation> {
    Ok(Organisation {
        id: r.try_get("id")?,
        name: r.try_get("name")?,
        short_code: r.try_get("short_code")?,
        country: r.try_get("country")?,
        kind: parse_enum(OrgKind::parse, r.try_get("kind")?)?,
        parent_id: r.try_get("parent_id")?,
        created_at: parse_instant(r.try_get("created_at")?)?,
    })
}

type Query<'q> = sqlx::query::Query<'q, sqlx::Sqlite, sqlx::sqlite::SqliteArguments<'q>>;

/// Binds name, name_key, short_code, country, kind and parent_id, in that order.
fn bind_fields<'q>(q: Query<'q>, o: &'q NewOrganisation) -> Query<'q> {
    q.bind(&o.name)
        .bind(search_key(&o.name))
        .bind(&o.short_code)
        .bind(&o.country)
        .bind(o.kind.as_str())
        .bind(&o.parent_id)
}

pub async fn insert(conn: &mut Conn, id: &str, o: &NewOrganisation, now: DateTime<Utc>) -> Result<()> {
    let q = sqlx::query(
        "INSERT INTO organisation (id, name, name_key, short_code, country, kind, parent_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    );
    bind_fields(q.bind(id), o).bind(instant(now)).bind(instant(now)).execute(conn).await?;
    Ok(())
}

pub async fn update(conn: &mut Conn, id: &str, o: &NewOrganisation, now: DateTime<Utc>) -> Result<()> {
    let q = sqlx::query(
        "UPDATE organisation SET name = ?, name_key = ?, short_code = ?, country = ?, kind = ?, parent_id = ?,
         updated_at = ? WHERE id = ?",
    );
    let done = bind_fields(q, o).bind(instant(now)).bind(id).execute(conn).await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "organisation", id: id.into() });
    }
    Ok(())
}

pub async fn is_within(conn: &mut Conn, id: &str, candidate: &str) -> Result<bool> {
    Ok(sqlx::query_scalar::<_, i64>(
        "WITH RECURSIVE below(id) AS (SELECT ?1 UNION SELECT o.id FROM organisation o JOIN below ON o.parent_id = below.id)
         SELECT count(*) FROM below WHERE id = ?2",
    )
    .bind(id)
    .bind(candidate)
    .fetch_one(conn)
    .await?
        > 0)
}

pub async fn get(conn: &mut Conn, id: &str) -> Result<Organisation> {
    let sql = format!("SELECT {COLUMNS} FROM organisation WHERE id = ?");
    let row = sqlx::query(&sql).bind(id).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()?.ok_or_else(|| Error::NotFound { entity: "organisation", id: id.into() })
}

pub async fn find(conn: &mut Conn, key: &str) -> Result<Option<Organisation>> {
    let sql = format!("SELECT {COLUMNS} FROM organisation WHERE id = ?1 OR short_code = upper(?1) LIMIT 1");
    let row = sqlx::query(&sql).bind(key.trim()).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()
}

pub async fn find_by_name(conn: &mut Conn, name: &str) -> Result<Option<Organisation>> {
    let sql = format!("SELECT {COLUMNS} FROM organisation WHERE name_key = ? ORDER BY created_at LIMIT 1");
    let row = sqlx::query(&sql).bind(search_key(name)).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()
}

pub async fn find_unit(conn: &mut Conn, parent_id: &str, name: &str) -> Result<Option<Organisation>> {
    let sql =
        format!("SELECT {COLUMNS} FROM organisation WHERE parent_id = ? AND name_key = ? ORDER BY created_at LIMIT 1");
    let row = sqlx::query(&sql).bind(parent_id).bind(search_key(name)).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()
}

pub async fn list(conn: &mut Conn) -> Result<Vec<Organisation>> {
    let sql = format!("SELECT {COLUMNS} FROM organisation ORDER BY country, name");
    sqlx::query(&sql).fetch_all(conn).await?.iter().map(from_row).collect()
}

pub async fn count(conn: &mut Conn) -> Result<i64> {
    Ok(sqlx::query_scalar("SELECT count(*) FROM organisation").fetch_one(conn).await?)
}

pub async fn logo(conn: &mut Conn, organisation_id: &str) -> Result<Option<(Vec<u8>, String)>> {
    let row = sqlx::query("SELECT picture, extension FROM organisation_logo WHERE organisation_id = ?")
        .bind(organisation_id)
        .fetch_optional(&mut *conn)
        .await?;
    row.map(|r| Ok((r.try_get("picture")?, r.try_get("extension")?))).transpose()
}

pub async fn set_logo(
    conn: &mut Conn,
    organisation_id: &str,
    picture: &[u8],
    extension: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO organisation_logo (organisation_id, picture, extension, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (organisation_id) DO UPDATE SET picture = excluded.picture,
             extension = excluded.extension, updated_at = excluded.updated_at",
    )
    .bind(organisation_id)
    .bind(picture)
    .bind(extension)
    .bind(instant(now))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn clear_logo(conn: &mut Conn, organisation_id: &str) -> Result<bool> {
    let done = sqlx::query("DELETE FROM organisation_logo WHERE organisation_id = ?")
        .bind(organisation_id)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() > 0)
}
