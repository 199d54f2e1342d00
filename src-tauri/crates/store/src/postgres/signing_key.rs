//! The issuer's Ed25519 signing keys on PostgreSQL: the newest one not retired signs; every one
//! verifies what it signed before it was retired. A key's id is the hex of its key id (text).
//! Keys made in the same instant are ordered by id here, where SQLite orders them by rowid.

use chrono::{DateTime, Utc};
use sqlx::Row;
use sqlx::postgres::PgRow;

use super::{Conn, Error, Result};
use crate::signing_key::StoredKey;

fn from_row(r: &PgRow) -> Result<StoredKey> {
    let public: Vec<u8> = r.try_get("public_key")?;
    let plain: Option<Vec<u8>> = r.try_get("secret_seed")?;
    Ok(StoredKey {
        id: r.try_get("id")?,
        public_key: public.try_into().map_err(|_| Error::Corrupt("signing key public key".into()))?,
        plain_seed: plain.map(|p| p.try_into()).transpose().map_err(|_| Error::Corrupt("signing key seed".into()))?,
        sealed_seed: r.try_get("sealed_seed")?,
        created_at: r.try_get("created_at")?,
        retired_at: r.try_get("retired_at")?,
    })
}

pub async fn list(conn: &mut Conn) -> Result<Vec<StoredKey>> {
    sqlx::query("SELECT * FROM signing_key ORDER BY created_at, id COLLATE \"C\"")
        .fetch_all(conn)
        .await?
        .iter()
        .map(from_row)
        .collect()
}

pub async fn current(conn: &mut Conn) -> Result<Option<StoredKey>> {
    let row = sqlx::query(
        "SELECT * FROM signing_key WHERE retired_at IS NULL ORDER BY created_at DESC, id COLLATE \"C\" DESC LIMIT 1",
    )
    .fetch_optional(conn)
    .await?;
    row.as_ref().map(from_row).transpose()
}

pub async fn insert(conn: &mut Conn, id: &str, public: &[u8; 32], sealed: &[u8], now: DateTime<Utc>) -> Result<()> {
    sqlx::query("INSERT INTO signing_key (id, public_key, sealed_seed, created_at) VALUES ($1, $2, $3, $4)")
        .bind(id)
        .bind(&public[..])
        .bind(sealed)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn seal(conn: &mut Conn, id: &str, sealed: &[u8]) -> Result<()> {
    sqlx::query("UPDATE signing_key SET sealed_seed = $1, secret_seed = NULL WHERE id = $2")
        .bind(sealed)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn retire(conn: &mut Conn, id: &str, now: DateTime<Utc>) -> Result<()> {
    let done = sqlx::query("UPDATE signing_key SET retired_at = $1 WHERE id = $2 AND retired_at IS NULL")
        .bind(now)
        .bind(id)
        .execute(conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "signing key", id: id.into() });
    }
    Ok(())
}
