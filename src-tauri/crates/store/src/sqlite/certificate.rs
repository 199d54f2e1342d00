//! Certificates: the register (never deleted, only revoked), numbering series, signing keys,
//! and which marks an issued certificate locks.

use chrono::{DateTime, Utc};
use malaka_core::certificate::{Certificate, CertificateStatus};
use sqlx::Row;
use sqlx::sqlite::SqliteRow;

use super::codec::{instant, json_ids, parse_enum, parse_instant};
use super::{Conn, Error, Result};
use crate::certificate::NewCertificate;

pub async fn insert(conn: &mut Conn, c: &NewCertificate<'_>, actor: &str, now: DateTime<Utc>) -> Result<()> {
    sqlx::query(
        "INSERT INTO certificate (id, series, number, code, activity_id, person_id, status, snapshot, token,
            issued_by, issued_at, replaces_id)
         VALUES (?, ?, ?, ?, ?, ?, 'issued', ?, ?, ?, ?, ?)",
    )
    .bind(c.id)
    .bind(c.series)
    .bind(c.number)
    .bind(c.code)
    .bind(c.activity_id)
    .bind(c.person_id)
    .bind(c.snapshot)
    .bind(c.token)
    .bind(actor)
    .bind(instant(now))
    .bind(c.replaces_id)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn holders<S: AsRef<str>>(conn: &mut Conn, activity_id: &str, people: &[S]) -> Result<Vec<(String, String)>> {
    Ok(sqlx::query_as(
        "SELECT person_id, code FROM certificate WHERE activity_id = ? AND status = 'issued'
            AND person_id IN (SELECT value FROM json_each(?)) ORDER BY person_id",
    )
    .bind(activity_id)
    .bind(json_ids(people))
    .fetch_all(conn)
    .await?)
}

pub async fn all_holders(conn: &mut Conn, activity_id: &str) -> Result<Vec<(String, String)>> {
    Ok(sqlx::query_as(
        "SELECT person_id, code FROM certificate WHERE activity_id = ? AND status = 'issued' ORDER BY person_id",
    )
    .bind(activity_id)
    .fetch_all(conn)
    .await?)
}

/// Every column, and the number of the certificate that replaced it (read by [`from_row`]).
const SELECT: &str = "SELECT c.*, (SELECT r.code FROM certificate r WHERE r.replaces_id = c.id) AS replaced_by
     FROM certificate c";

fn from_row(r: &SqliteRow) -> Result<Certificate> {
    let snapshot: String = r.try_get("snapshot")?;
    let revoked_at: Option<String> = r.try_get("revoked_at")?;
    Ok(Certificate {
        id: r.try_get("id")?,
        series: r.try_get("series")?,
        number: r.try_get("number")?,
        code: r.try_get("code")?,
        activity_id: r.try_get("activity_id")?,
        person_id: r.try_get("person_id")?,
        status: parse_enum(CertificateStatus::parse, r.try_get("status")?)?,
        snapshot: serde_json::from_str(&snapshot).map_err(|e| Error::Corrupt(e.to_string()))?,
        token: r.try_get("token")?,
        issued_by: r.try_get("issued_by")?,
        issued_at: parse_instant(r.try_get("issued_at")?)?,
        revoked_by: r.try_get("revoked_by")?,
        revoked_at: revoked_at.as_deref().map(parse_instant).transpose()?,
        revoke_reason: r.try_get("revoke_reason")?,
        replaces_id: r.try_get("replaces_id")?,
        replaced_by: r.try_get("replaced_by")?,
    })
}

pub async fn next_number(conn: &mut Conn, series: &str) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO certificate_series (series, last_number) VALUES (?, 1)
         ON CONFLICT (series) DO UPDATE SET last_number = last_number + 1 RETURNING last_number",
    )
    .bind(series)
    .fetch_one(conn)
    .await?)
}

pub async fn get(conn: &mut Conn, id_or_code: &str) -> Result<Certificate> {
    let sql = format!("{SELECT} WHERE c.id = ? OR c.code = ?");
    let row = sqlx::query(&sql).bind(id_or_code).bind(id_or_code).fetch_optional(conn).await?;
    row.as_ref()
        .map(from_row)
        .transpose()?
        .ok_or_else(|| Error::NotFound { entity: "certificate", id: id_or_code.into() })
}

pub async fn list(
    conn: &mut Conn,
    activity_id: Option<&str>,
    text: Option<&str>,
    limit: i64,
) -> Result<Vec<Certificate>> {
    let pattern = text.map(|t| format!("%{}%", t.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")));
    let sql = format!(
        "{SELECT}
         WHERE (? IS NULL OR c.activity_id = ?)
           AND (? IS NULL OR c.code LIKE ? ESCAPE '\\' OR json_extract(c.snapshot, '$.person_name') LIKE ? ESCAPE '\\')
         ORDER BY c.issued_at DESC, c.number DESC LIMIT ?"
    );
    sqlx::query(&sql)
        .bind(activity_id)
        .bind(activity_id)
        .bind(&pattern)
        .bind(&pattern)
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
        "UPDATE certificate SET status = 'revoked', revoked_by = ?, revoked_at = ?, revoke_reason = ?
         WHERE id = ? AND status = 'issued'",
    )
    .bind(actor)
    .bind(instant(now))
    .bind(reason)
    .bind(id)
    .execute(conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(Error::Stale("certificate"));
    }
    Ok(())
}

pub async fn revoked(conn: &mut Conn) -> Result<Vec<(String, DateTime<Utc>)>> {
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT code, revoked_at FROM certificate WHERE status = 'revoked' ORDER BY series, number")
            .fetch_all(conn)
            .await?;
    rows.into_iter().map(|(code, at)| Ok((code, parse_instant(&at)?))).collect()
}
