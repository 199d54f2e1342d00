//! Accounts, their password hashes and automation tokens. The hashing itself happens in `api`.

use chrono::{DateTime, Utc};
use malaka_core::model::*;

use crate::Result;
use crate::conn::seam;

/// An account with what signing in needs.
pub struct Stored {
    pub account: Account,
    pub password_hash: Option<String>,
    pub failed_attempts: i64,
}

/// An automation token as listed (its secret is shown once, when made, and never kept).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Token {
    pub id: String,
    pub account_id: String,
    pub label: String,
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

seam! { account;
    /// Whether everyone must sign in: more than one active account, or any with a password.
    pub async fn sign_in_required() -> Result<bool>;
    /// The one active account, when there is exactly one.
    pub async fn only() -> Result<Option<Account>>;
    pub async fn find_by_login(login: &str) -> Result<Option<Stored>>;
    pub async fn get(id: &str) -> Result<Stored>;
    pub async fn list() -> Result<Vec<Account>>;
    pub async fn insert(a: &Account, password_hash: &str, now: DateTime<Utc>) -> Result<()>;
    pub async fn update(id: &str, c: &AccountChange, now: DateTime<Utc>) -> Result<()>;
    /// Sets a new password hash and clears any lock-out.
    pub async fn set_password(id: &str, password_hash: &str) -> Result<()>;
    /// Counts a wrong password, and locks the account until `lock_until` when given.
    pub async fn record_failure(id: &str, lock_until: Option<DateTime<Utc>>) -> Result<()>;
    /// A right password forgets the earlier wrong ones.
    pub async fn record_success(id: &str) -> Result<()>;
    /// Active administrators who can sign in (have a password), other than `except`.
    pub async fn other_administrators(except: &str) -> Result<i64>;
    pub async fn insert_token(t: &Token, sha256: &[u8]) -> Result<()>;
    /// The active account a live token acts as.
    pub async fn by_token(sha256: &[u8]) -> Result<Option<Account>>;
    pub async fn list_tokens() -> Result<Vec<Token>>;
    pub async fn revoke_token(id: &str, now: DateTime<Utc>) -> Result<()>;
}

/// On a team database, a person's own server login in their role's group, made in the caller's
/// transaction; a file has no server logins.
pub async fn server_login_create(conn: &mut crate::Conn, login: &str, password: &str, role: Role) -> Result<()> {
    match conn.db() {
        crate::conn::Db::Sqlite(_) => Ok(()),
        crate::conn::Db::Postgres(c) => crate::postgres::roles::create_login(c, login, password, role).await,
    }
}

/// On a team database, moves a login to its role's group and lets it connect or not.
pub async fn server_login_update(conn: &mut crate::Conn, login: &str, role: Role, enabled: bool) -> Result<()> {
    match conn.db() {
        crate::conn::Db::Sqlite(_) => Ok(()),
        crate::conn::Db::Postgres(c) => {
            crate::postgres::roles::set_role(c, login, role).await?;
            crate::postgres::roles::set_can_log_in(c, login, enabled).await
        }
    }
}

/// On a team database, a login's new password (kept by the server, not in `account`).
pub async fn server_login_password(conn: &mut crate::Conn, login: &str, password: &str) -> Result<()> {
    match conn.db() {
        crate::conn::Db::Sqlite(_) => Ok(()),
        crate::conn::Db::Postgres(c) => crate::postgres::roles::set_password(c, login, password).await,
    }
}
