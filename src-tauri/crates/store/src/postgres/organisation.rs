//! Organisations on PostgreSQL: agencies, their centres and units, partner agencies abroad.

use chrono::{DateTime, Utc};
use malaka_core::model::{NewOrganisation, OrgKind, Organisation};
use malaka_core::names::search_key;
use sqlx::Row;
use sqlx::postgres::PgRow;

use super::codec::{get_id, get_opt_id, id as uuid, opt_id, parse_enum};
use super::{Conn, Error, Result};

const COLUMNS: &str = "id, name, short_code, country, kind, parent_id, created_at";

fn from_row(r: &PgRow) -> Result<Organisation> {
    Ok(Organisation {
        id: get_id(r, "id")?,
        name: r.try_get("name")?,
        short_code: r.try_get("short_code")?,
        country: r.try_get("country")?,
        kind: parse_enum(OrgKind::parse, r.try_get("kind")?)?,
        parent_id: get_opt_id(r, "parent_id")?,
        created_at: r.try_get("created_at")?,
    })
}

type Query<'q> = sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments>;

/// Binds name, name_key, short_code, country, kind and parent_id, in that order.
fn bind_fields<'q>(q: Query<'q>, o: &'q NewOrganisation) -> Result<Query<'q>> {
    Ok(q.bind(&o.name)
        .bind(search_key(&o.name))
        .bind(&o.short_code)
        .bind(&o.country)
        .bind(o.kind.as_str())
        .bind(opt_id(o.parent_id.as_deref())?))
}

pub async fn insert(conn: &mut Conn, id: &str, o: &NewOrganisation, now: DateTime<Utc>) -> Result<()> {
    let q = sqlx::query(
        "INSERT INTO organisation (id, name, name_key, short_code, country, kind, parent_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
    );
    bind_fields(q.bind(uuid(id)?), o)?.bind(now).execute(conn).await?;
    Ok(())
}

pub async fn update(conn: &mut Conn, id: &str, o: &NewOrganisation, now: DateTime<Utc>) -> Result<()> {
    let q = sqlx::query(
        "UPDATE organisation SET name = $1, name_key = $2, short_code = $3, country = $4, kind = $5,
            parent_id = $6, updated_at = $7 WHERE id = $8",
    );
    let done = bind_fields(q, o)?.bind(now).bind(uuid(id)?).execute(conn).await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "organisation", id: id.into() });
    }
    Ok(())
}

pub async fn is_within(conn: &mut Conn, id: &str, candidate: &str) -> Result<bool> {
    Ok(sqlx::query_scalar::<_, i64>(
        "WITH RECURSIVE below(id) AS (SELECT $1::uuid UNION SELECT o.id FROM organisation o JOIN below ON o.parent_id = below.id)
         SELECT count(*) FROM below WHERE id = $2",
    )
    .bind(uuid(id)?)
    .bind(uuid(candidate)?)
    .fetch_one(conn)
    .await?
        > 0)
}

pub async fn get(conn: &mut Conn, id: &str) -> Result<Organisation> {
    let sql = format!("SELECT {COLUMNS} FROM organisation WHERE id = $1");
    let row = sqlx::query(&sql).bind(uuid(id)?).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()?.ok_or_else(|| Error::NotFound { entity: "organisation", id: id.into() })
}

pub async fn find(conn: &mut Conn, key: &str) -> Result<Option<Organisation>> {
    let key = key.trim();
    let as_id = uuid::Uuid::parse_str(key).ok();
    let sql = format!("SELECT {COLUMNS} FROM organisation WHERE id = $1 OR short_code = upper($2) LIMIT 1");
    let row = sqlx::query(&sql).bind(as_id).bind(key).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()
}

pub async fn find_by_name(conn: &mut Conn, name: &str) -> Result<Option<Organisation>> {
    let sql = format!("SELECT {COLUMNS} FROM organisation WHERE name_key = $1 ORDER BY created_at LIMIT 1");
    let row = sqlx::query(&sql).bind(search_key(name)).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()
}

pub async fn find_unit(conn: &mut Conn, parent_id: &str, name: &str) -> Result<Option<Organisation>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM organisation WHERE parent_id = $1 AND name_key = $2 ORDER BY created_at LIMIT 1"
    );
    let row = sqlx::query(&sql).bind(uuid(parent_id)?).bind(search_key(name)).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()
}

pub async fn list(conn: &mut Conn) -> Result<Vec<Organisation>> {
    let sql = format!("SELECT {COLUMNS} FROM organisation ORDER BY country, name COLLATE \"C\"");
    sqlx::query(&sql).fetch_all(conn).await?.iter().map(from_row).collect()
}

pub async fn count(conn: &mut Conn) -> Result<i64> {
    Ok(sqlx::query_scalar("SELECT count(*) FROM organisation").fetch_one(conn).await?)
}

pub async fn logo(conn: &mut Conn, organisation_id: &str) -> Result<Option<(Vec<u8>, String)>> {
    let row = sqlx::query("SELECT picture, extension FROM organisation_logo WHERE organisation_id = $1")
        .bind(uuid(organisation_id)?)
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
        "INSERT INTO organisation_logo (organisation_id, picture, extension, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (organisation_id) DO UPDATE SET picture = excluded.picture,
             extension = excluded.extension, updated_at = excluded.updated_at",
    )
    .bind(uuid(organisation_id)?)
    .bind(picture)
    .bind(extension)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn clear_logo(conn: &mut Conn, organisation_id: &str) -> Result<bool> {
    let done = sqlx::query("DELETE FROM organisation_logo WHERE organisation_id = $1")
        .bind(uuid(organisation_id)?)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() > 0)
}
