//! The audit log: who did what, to which record, and when. Append-only (triggers refuse edits).

use chrono::{DateTime, Utc};
use malaka_core::model::AuditEntry;
use sqlx::Row;

use crate::codec::{instant, parse_instant};
use crate::{Conn, Result};

/// One change, as the user would describe it.
pub struct Event<'a> {
    pub actor: &'a str,
    pub account_id: Option<&'a str>,
    pub action: &'a str,
    pub entity: &'a str,
    pub entity_id: Option<&'a str>,
    pub summary: String,
}

/// Appends an entry; call in the same transaction as the change it describes.
pub async fn record(conn: &mut Conn, now: DateTime<Utc>, e: Event<'_>) -> Result<()> {
    sqlx::query("INSERT INTO audit_log (at, actor, account_id, action, entity, entity_id, summary) VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(instant(now))
    .bind(e.actor)
    .bind(e.account_id)
        .bind(e.action)
        .bind(e.entity)
        .bind(e.entity_id)
        .bind(&e.summary)
        .execute(conn)
        .await?;
    Ok(())
}

/// The latest entries, newest first, optionally for one record.
pub async fn list(conn: &mut Conn, entity_id: Option<&str>, limit: i64) -> Result<Vec<AuditEntry>> {
    let rows = sqlx::query("SELECT * FROM audit_log WHERE (?1 IS NULL OR entity_id = ?1) ORDER BY id DESC LIMIT ?2")
        .bind(entity_id)
        .bind(limit)
        .fetch_all(conn)
        .await?;
    rows.iter()
        .map(|r| {
            Ok(AuditEntry {
                id: r.try_get("id")?,
                at: parse_instant(r.try_get("at")?)?,
                actor: r.try_get("actor")?,
                action: r.try_get("action")?,
                entity: r.try_get("entity")?,
                entity_id: r.try_get("entity_id")?,
                summary: r.try_get("summary")?,
            })
        })
        .collect()
}

pub async fn count(conn: &mut Conn) -> Result<i64> {
    Ok(sqlx::query_scalar("SELECT count(*) FROM audit_log").fetch_one(conn).await?)
}
