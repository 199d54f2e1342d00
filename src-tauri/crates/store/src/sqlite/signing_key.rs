//! The issuer's Ed25519 signing keys: the newest one not retired signs; every one verifies what
//! it signed before it was retired. Secrets are stored sealed (see `api`); only keys from before
//! sealing existed still hold a plain seed, until they are protected.

use chrono::{DateTime, Utc};
use sqlx::Row;
use sqlx::sqlite::SqliteRow;

use super::codec::{instant, parse_instant};
use super::{Conn, Error, Result};
use crate::signing_key::StoredKey;

fn from_row(r: &SqliteRow) -> Result<StoredKey> {
    let public: Vec<u8> = r.try_get("public_key")?;
    let plain: Option<Vec<u8>> = r.try_get("secret_seed")?;
    let retired: Option<String> = r.try_get("retired_at")?;
    Ok(StoredKey {
        id: r.try_get("id")?,
        public_key: public.try_into().map_err(|_| Error::Corrupt("signing key public key".into()))?,
        plain_seed: plain.map(|p| p.try_into()).transpose().map_err(|_| Error::Corrupt("signing key seed".into()))?,
        sealed_seed: r.try_get("sealed_seed")?,
        created_at: parse_instant(r.try_get("created_at")?)?,
        retired_at: retired.as_deref().map(parse_instant).transpose()?,
    })
}

pub async fn list(conn: &mut Conn) -> Result<Vec<StoredKey>> {
    sqlx::query("SELECT * FROM signing_key ORDER BY created_at, rowid")
        .fetch_all(conn)
        .await?
        .iter()
        .map(from_row)
        .collect()
}

pub async fn current(conn: &mut Conn) -> Result<Option<StoredKey>> {
    let row =
        sqlx::query("SELECT * FROM signing_key WHERE retired_at IS NULL ORDER BY created_at DESC, rowid DESC LIMIT 1")
            .fetch_optional(conn)
            .await?;
    row.as_ref().map(from_row).transpose()
}

pub async fn insert(conn: &mut Conn, id: &str, public: &[u8; 32], sealed: &[u8], now: DateTime<Utc>) -> Result<()> {
    sqlx::query("INSERT INTO signing_key (id, public_key, sealed_seed, created_at) VALUES (?, ?, ?, ?)")
        .bind(id)
        .bind(&public[..])
        .bind(sealed)
        .bind(instant(now))
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn seal(conn: &mut Conn, id: &str, sealed: &[u8]) -> Result<()> {
    sqlx::query("UPDATE signing_key SET sealed_seed = ?, secret_seed = NULL WHERE id = ?")
        .bind(sealed)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn retire(conn: &mut Conn, id: &str, now: DateTime<Utc>) -> Result<()> {
    let done = sqlx::query("UPDATE signing_key SET retired_at = ? WHERE id = ? AND retired_at IS NULL")
        .bind(instant(now))
        .bind(id)
        .execute(conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "signing key", id: id.into() });
    }
    Ok(())
}
