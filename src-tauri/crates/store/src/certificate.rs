//! Certificates: the register (never deleted, only revoked), numbering series, signing keys,
//! and which marks an issued certificate locks.

use chrono::{DateTime, Utc};
use malaka_core::certificate::Certificate;

use crate::Result;
use crate::conn::seam;

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

seam! { certificate;
    pub async fn insert(c: &NewCertificate<'_>, actor: &str, now: DateTime<Utc>) -> Result<()>;
    /// Everyone holding an issued certificate for the activity, with its code.
    pub async fn all_holders(activity_id: &str) -> Result<Vec<(String, String)>>;
    /// The next number of a series, counted inside the caller's (issuing) transaction.
    pub async fn next_number(series: &str) -> Result<i64>;
    /// A certificate by id or by its printed number.
    pub async fn get(id_or_code: &str) -> Result<Certificate>;
    /// The register, newest first: all, one activity's, or those whose number or holder's name
    /// contains `text`.
    pub async fn list(activity_id: Option<&str>, text: Option<&str>, limit: i64) -> Result<Vec<Certificate>>;
    pub async fn revoke(id: &str, actor: &str, now: DateTime<Utc>, reason: &str) -> Result<()>;
    /// Every revoked certificate's number and when it was revoked, in number order.
    pub async fn revoked() -> Result<Vec<(String, DateTime<Utc>)>>;
}

/// Of `people`, those holding an issued (not revoked) certificate for the activity: their marks
/// in its sessions are locked.
pub async fn holders<S: AsRef<str>>(
    conn: &mut crate::Conn,
    activity_id: &str,
    people: &[S],
) -> Result<Vec<(String, String)>> {
    match conn.db() {
        crate::conn::Db::Sqlite(c) => crate::sqlite::certificate::holders(c, activity_id, people).await,
        crate::conn::Db::Postgres(c) => crate::postgres::certificate::holders(c, activity_id, people).await,
    }
}
