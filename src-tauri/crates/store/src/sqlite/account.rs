//! Accounts, their password hashes and automation tokens. The hashing itself happens in `api`.

use chrono::{DateTime, Utc};
use malaka_core::model::{Account, AccountChange, Role};
use sqlx::Row;
use sqlx::sqlite::SqliteRow;

use super::codec::{instant, parse_enum, parse_instant};
use super::{Conn, Error, Result};
use crate::account::{Stored, Token};

fn from_row(r: &SqliteRow) -> Result<Stored> {
    let locked: Option<String> = r.try_get("locked_until")?;
    let disabled: Option<String> = r.try_get("disabled_at")?;
    let hash: Option<String> = r.try_get("password_hash")?;
    Ok(Stored {
        account: Account {
            id: r.try_get("id")?,
            login: r.try_get("login")?,
            name: r.try_get("name")?,
            role: parse_enum(Role::parse, r.try_get("role")?)?,
            trainer_id: r.try_get("trainer_id")?,
            has_password: hash.is_some(),
            locked_until: locked.as_deref().map(parse_instant).transpose()?,
            disabled: disabled.is_some(),
        },
        password_hash: hash,
        failed_attempts: r.try_get("failed_attempts")?,
    })
}

pub async fn sign_in_required(conn: &mut Conn) -> Result<bool> {
    let (accounts, with_password): (i64, i64) =
        sqlx::query_as("SELECT count(*), count(password_hash) FROM account WHERE disabled_at IS NULL")
            .fetch_one(conn)
            .await?;
    Ok(accounts > 1 || with_password > 0)
}

pub async fn only(conn: &mut Conn) -> Result<Option<Account>> {
    let rows = sqlx::query("SELECT * FROM account WHERE disabled_at IS NULL LIMIT 2").fetch_all(conn).await?;
    match rows.as_slice() {
        [one] => Ok(Some(from_row(one)?.account)),
        _ => Ok(None),
    }
}

pub async fn find_by_login(conn: &mut Conn, login: &str) -> Result<Option<Stored>> {
    let row = sqlx::query("SELECT * FROM account WHERE login = ?").bind(login).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()
}

pub async fn get(conn: &mut Conn, id: &str) -> Result<Stored> {
    let row = sqlx::query("SELECT * FROM account WHERE id = ?").bind(id).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()?.ok_or_else(|| Error::NotFound { entity: "account", id: id.into() })
}

pub async fn list(conn: &mut Conn) -> Result<Vec<Account>> {
    let rows = sqlx::query("SELECT * FROM account ORDER BY disabled_at IS NOT NULL, name").fetch_all(conn).await?;
    rows.iter().map(|r| from_row(r).map(|s| s.account)).collect()
}

pub async fn insert(conn: &mut Conn, a: &Account, password_hash: &str, now: DateTime<Utc>) -> Result<()> {
    sqlx::query(
        "INSERT INTO account (id, login, name, role, trainer_id, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&a.id)
    .bind(&a.login)
    .bind(&a.name)
    .bind(a.role.as_str())
    .bind(&a.trainer_id)
    .bind(password_hash)
    .bind(instant(now))
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn update(conn: &mut Conn, id: &str, c: &AccountChange, now: DateTime<Utc>) -> Result<()> {
    let done = sqlx::query(
        "UPDATE account SET name = ?, role = ?, trainer_id = ?,
            disabled_at = CASE WHEN ? THEN coalesce(disabled_at, ?) END
         WHERE id = ?",
    )
    .bind(&c.name)
    .bind(c.role.as_str())
    .bind(&c.trainer_id)
    .bind(c.disabled)
    .bind(instant(now))
    .bind(id)
    .execute(conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "account", id: id.into() });
    }
    Ok(())
}

pub async fn set_password(conn: &mut Conn, id: &str, password_hash: &str) -> Result<()> {
    let done =
        sqlx::query("UPDATE account SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?")
            .bind(password_hash)
            .bind(id)
            .execute(conn)
            .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "account", id: id.into() });
    }
    Ok(())
}

pub async fn record_failure(conn: &mut Conn, id: &str, lock_until: Option<DateTime<Utc>>) -> Result<()> {
    sqlx::query(
        "UPDATE account SET failed_attempts = CASE WHEN ?1 IS NULL THEN failed_attempts + 1 ELSE 0 END,
            locked_until = ?1 WHERE id = ?2",
    )
    .bind(lock_until.map(instant))
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn record_success(conn: &mut Conn, id: &str) -> Result<()> {
    sqlx::query("UPDATE account SET failed_attempts = 0, locked_until = NULL WHERE id = ? AND failed_attempts > 0")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn other_administrators(conn: &mut Conn, except: &str) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "SELECT count(*) FROM account WHERE role = 'administrator' AND disabled_at IS NULL
            AND password_hash IS NOT NULL AND id <> ?",
    )
    .bind(except)
    .fetch_one(conn)
    .await?)
}

pub async fn insert_token(conn: &mut Conn, t: &Token, sha256: &[u8]) -> Result<()> {
    sqlx::query("INSERT INTO account_token (id, account_id, token_sha256, label, created_at) VALUES (?, ?, ?, ?, ?)")
        .bind(&t.id)
        .bind(&t.account_id)
        .bind(sha256)
        .bind(&t.label)
        .bind(instant(t.created_at))
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn by_token(conn: &mut Conn, sha256: &[u8]) -> Result<Option<Account>> {
    let row = sqlx::query(
        "SELECT a.* FROM account_token t JOIN account a ON a.id = t.account_id
          WHERE t.token_sha256 = ? AND t.revoked_at IS NULL AND a.disabled_at IS NULL",
    )
    .bind(sha256)
    .fetch_optional(conn)
    .await?;
    Ok(row.as_ref().map(from_row).transpose()?.map(|s| s.account))
}

pub async fn list_tokens(conn: &mut Conn) -> Result<Vec<Token>> {
    let rows = sqlx::query("SELECT * FROM account_token ORDER BY created_at").fetch_all(conn).await?;
    rows.iter()
        .map(|r| {
            let revoked: Option<String> = r.try_get("revoked_at")?;
            Ok(Token {
                id: r.try_get("id")?,
                account_id: r.try_get("account_id")?,
                label: r.try_get("label")?,
                created_at: parse_instant(r.try_get("created_at")?)?,
                revoked_at: revoked.as_deref().map(parse_instant).transpose()?,
            })
        })
        .collect()
}

pub async fn revoke_token(conn: &mut Conn, id: &str, now: DateTime<Utc>) -> Result<()> {
    let done = sqlx::query("UPDATE account_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
        .bind(instant(now))
        .bind(id)
        .execute(conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "token", id: id.into() });
    }
    Ok(())
}
