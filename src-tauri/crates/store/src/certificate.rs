//! Certificates, as far as other areas need them: which marks an issued certificate locks.

use chrono::{DateTime, Utc};

use crate::codec::{instant, json_ids};
use crate::{Conn, Result};

/// A certificate row as issuance writes it.
pub struct NewCertificate<'a> {
    pub id: &'a str,
    pub series: &'a str,
    pub number: i64,
    pub code: &'a str,
    pub activity_id: &'a str,
    pub person_id: &'a str,
    pub snapshot: &'a str,
    pub token: &'a str,
    pub replaces_id: Option<&'a str>,
}

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

/// Of `people`, those holding an issued (not revoked) certificate for the activity: their marks
/// in its sessions are locked.
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

/// Everyone holding an issued certificate for the activity, with its code.
pub async fn all_holders(conn: &mut Conn, activity_id: &str) -> Result<Vec<(String, String)>> {
    Ok(sqlx::query_as(
        "SELECT person_id, code FROM certificate WHERE activity_id = ? AND status = 'issued' ORDER BY person_id",
    )
    .bind(activity_id)
    .fetch_all(conn)
    .await?)
}
