//! Certificates on PostgreSQL: the register (never deleted, only revoked), numbering series, and
//! which marks an issued certificate locks.

use chrono::{DateTime, Utc};
use malaka_core::certificate::{Certificate, CertificateStatus};
use sqlx::Row;
use sqlx::postgres::PgRow;
use uuid::Uuid;

use super::codec::{get_id, get_opt_id, id as uuid, ids, opt_id, parse_enum};
use super::{Conn, Error, Result};
use crate::certificate::NewCertificate;

pub async fn insert(conn: &mut Conn, c: &NewCertificate<'_>, actor: &str, now: DateTime<Utc>) -> Result<()> {
    sqlx::query(
        "INSERT INTO certificate (id, series, number, code, activity_id, person_id, status, snapshot, token,
            issued_by, issued_at, replaces_id)
         VALUES ($1, $2, $3, $4, $5, $6, 'issued', $7, $8, $9, $10, $11)",
    )
    .bind(uuid(c.id)?)
    .bind(c.series)
    .bind(c.number)
    .bind(c.code)
    .bind(uuid(c.activity_id)?)
    .bind(uuid(c.person_id)?)
    .bind(c.snapshot)
    .bind(c.token)
    .bind(actor)
    .bind(now)
    .bind(opt_id(c.replaces_id)?)
    .execute(conn)
    .await?;
    Ok(())
}

fn holder_rows(rows: Vec<(Uuid, String)>) -> Vec<(String, String)> {
    rows.into_iter().map(|(person, code)| (person.hyphenated().to_string(), code)).collect()
}

pub async fn holders<S: AsRef<str>>(conn: &mut Conn, activity_id: &str, people: &[S]) -> Result<Vec<(String, String)>> {
    let rows: Vec<(Uuid, String)> = sqlx::query_as(
        "SELECT person_id, code FROM certificate WHERE activity_id = $1 AND status = 'issued'
            AND person_id = ANY($2) ORDER BY person_id",
    )
    .bind(uuid(activity_id)?)
    .bind(ids(people)?)
    .fetch_all(conn)
    .await?;
    Ok(holder_rows(rows))
}

pub async fn all_holders(conn: &mut Conn, activity_id: &str) -> Result<Vec<(String, String)>> {
    let rows: Vec<(Uuid, String)> = sqlx::query_as(
        "SELECT person_id, code FROM certificate WHERE activity_id = $1 AND status = 'issued' ORDER BY person_id",
    )
    .bind(uuid(activity_id)?)
    .fetch_all(conn)
    .await?;
    Ok(holder_rows(rows))
}

/// Every column, and the number of the certificate that replaced it (read by [`from_row`]). A
/// scalar subquery may yield one row here: the first replacement made (ids are time-ordered).
const SELECT: &str = "SELECT c.*,
        (SELECT r.code FROM certificate r WHERE r.replaces_id = c.id ORDER BY r.id LIMIT 1) AS replaced_by
     FROM certificate c";

fn from_row(r: &PgRow) -> Result<Certificate> {
    let snapshot: &str = r.try_get("snapshot")?;
    Ok(Certificate {
        id: get_id(r, "id")?,
        series: r.try_get("series")?,
        number: r.try_get("number")?,
        code: r.try_get("code")?,
        activity_id: get_id(r, "activity_id")?,
        person_id: get_id(r, "person_id")?,
        status: parse_enum(CertificateStatus::parse, r.try_get("status")?)?,
        snapshot: serde_json::from_str(snapshot).map_err(|e| Error::Corrupt(e.to_string()))?,
        token: r.try_get("token")?,
        issued_by: r.try_get("issued_by")?,
        issued_at: r.try_get("issued_at")?,
        revoked_by: r.try_get("revoked_by")?,
        revoked_at: r.try_get("revoked_at")?,
        revoke_reason: r.try_get("revoke_reason")?,
        replaces_id: get_opt_id(r, "replaces_id")?,
        replaced_by: r.try_get("replaced_by")?,
    })
}

/// The upsert raises the series' counter under its row lock (a new series: under the unique
/// index's), held until the issuing transaction ends. On SQLite the one writer kept numbers
/// unique; here desks issuing in the same series take turns, each reading the number the last
/// one committed, so no number is handed out twice.
pub async fn next_number(conn: &mut Conn, series: &str) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO certificate_series (series, last_number) VALUES ($1, 1)
         ON CONFLICT (series) DO UPDATE SET last_number = certificate_series.last_number + 1
         RETURNING last_number",
    )
    .bind(series)
    .fetch_one(conn)
    .await?)
}

/// The id of a certificate named by `text`, if it is one as ids are written (SQLite compares
/// the text, so no other spelling of a UUID finds it, and text that is no id finds nothing).
fn as_id(text: &str) -> Option<Uuid> {
    Uuid::parse_str(text).ok().filter(|u| u.hyphenated().to_string() == text)
}

pub async fn get(conn: &mut Conn, id_or_code: &str) -> Result<Certificate> {
    let sql = format!("{SELECT} WHERE c.id = $1 OR c.code = $2");
    let row = sqlx::query(&sql).bind(as_id(id_or_code)).bind(id_or_code).fetch_optional(conn).await?;
    row.as_ref()
        .map(from_row)
        .transpose()?
        .ok_or_else(|| Error::NotFound { entity: "certificate", id: id_or_code.into() })
}

/// SQLite's LIKE ignores the case of ASCII letters only: ILIKE in the "C" collation does the
/// same. Issue times are compared to the second, as SQLite's stored text holds them.
pub async fn list(
    conn: &mut Conn,
    activity_id: Option<&str>,
    text: Option<&str>,
    limit: i64,
) -> Result<Vec<Certificate>> {
    let pattern = text.map(|t| format!("%{}%", t.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")));
    let sql = format!(
        "{SELECT}
         WHERE ($1::uuid IS NULL OR c.activity_id = $1)
           AND ($2::text IS NULL OR c.code COLLATE \"C\" ILIKE $2 ESCAPE '\\'
                OR (c.snapshot::jsonb ->> 'person_name') COLLATE \"C\" ILIKE $2 ESCAPE '\\')
         ORDER BY date_trunc('second', c.issued_at AT TIME ZONE 'UTC') DESC, c.number DESC LIMIT $3"
    );
    sqlx::query(&sql)
        .bind(opt_id(activity_id)?)
        .bind(&pattern)
        .bind(limit)
        .fetch_all(conn)
        .await?
        .iter()
        .map(from_row)
        .collect()
}

pub async fn revoke(conn: &mut Conn, id: &str, actor: &str, now: DateTime<Utc>, reason: &str) -> Result<()> {
    let done = sqlx::query(
        "UPDATE certificate SET status = 'revoked', revoked_by = $1, revoked_at = $2, revoke_reason = $3
         WHERE id = $4 AND status = 'issued'",
    )
    .bind(actor)
    .bind(now)
    .bind(reason)
    .bind(as_id(id))
    .execute(conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(Error::Stale("certificate"));
    }
    Ok(())
}

pub async fn revoked(conn: &mut Conn) -> Result<Vec<(String, DateTime<Utc>)>> {
    Ok(sqlx::query_as("SELECT code, revoked_at FROM certificate WHERE status = 'revoked' ORDER BY series, number")
        .fetch_all(conn)
        .await?)
}
