//! The audit log on PostgreSQL: append-only (triggers refuse edits) and hash-chained like SQLite's.
//! Desks write at once here, so each entry takes a transaction-long lock on the chain's head
//! before reading it: two entries never follow the same predecessor.

use chrono::{DateTime, Utc};
use malaka_core::audit_chain::{self as chain, GENESIS};
use malaka_core::model::{AuditEntry, AuditFacets, AuditPage, ValidAuditFilter};
use malaka_core::time::utc_text;
use sqlx::Row;
use sqlx::postgres::PgRow;

use crate::audit::{ChainCheck, ChainWalk, Event, Seal};

use super::{Conn, Error, Result};

/// The advisory lock that orders audit entries (any constant the app uses for nothing else).
const CHAIN_LOCK: i64 = 0x6d61_6c61_6b61_0001;

async fn last_hash(conn: &mut Conn) -> Result<[u8; 32]> {
    let last: Option<Option<Vec<u8>>> =
        sqlx::query_scalar("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetch_optional(conn).await?;
    Ok(last.flatten().and_then(|h| h.try_into().ok()).unwrap_or(GENESIS))
}

pub async fn record(conn: &mut Conn, now: DateTime<Utc>, e: Event<'_>) -> Result<()> {
    sqlx::query("SELECT pg_advisory_xact_lock($1)").bind(CHAIN_LOCK).execute(&mut *conn).await?;
    let at = utc_text(now);
    let entry = chain::Entry {
        at: &at,
        actor: e.actor,
        account_id: e.account_id,
        action: e.action,
        entity: e.entity,
        entity_id: e.entity_id,
        summary: &e.summary,
    };
    let hash = chain::link(&last_hash(conn).await?, &entry);
    sqlx::query(
        "INSERT INTO audit_log (at, actor, account_id, action, entity, entity_id, summary, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&at)
    .bind(e.actor)
    .bind(e.account_id)
    .bind(e.action)
    .bind(e.entity)
    .bind(e.entity_id)
    .bind(&e.summary)
    .bind(&hash[..])
    .execute(conn)
    .await?;
    Ok(())
}

/// Rows read per page while walking the chain, so a long log is not held in memory at once.
const PAGE: i64 = 5_000;

fn link_of(r: &PgRow, prev: &[u8; 32]) -> Result<[u8; 32]> {
    let entry = chain::Entry {
        at: r.try_get("at")?,
        actor: r.try_get("actor")?,
        account_id: r.try_get("account_id")?,
        action: r.try_get("action")?,
        entity: r.try_get("entity")?,
        entity_id: r.try_get("entity_id")?,
        summary: r.try_get("summary")?,
    };
    Ok(chain::link(prev, &entry))
}

async fn page(conn: &mut Conn, after: i64) -> Result<Vec<PgRow>> {
    Ok(sqlx::query("SELECT * FROM audit_log WHERE id > $1 ORDER BY id LIMIT $2")
        .bind(after)
        .bind(PAGE)
        .fetch_all(conn)
        .await?)
}

pub async fn verify_chain(conn: &mut Conn) -> Result<ChainCheck> {
    let (mut walk, mut after) = (ChainWalk::new(), 0i64);
    loop {
        let rows = page(conn, after).await?;
        let Some(last) = rows.last() else { break };
        after = last.try_get("id")?;
        for r in &rows {
            let stored: Option<Vec<u8>> = r.try_get("hash")?;
            let expected = link_of(r, walk.prev())?;
            if let Some(broken) = walk.step(r.try_get("id")?, stored.as_deref(), expected) {
                return Ok(broken);
            }
        }
    }
    Ok(walk.end())
}

pub async fn hash_of(conn: &mut Conn, id: i64) -> Result<Option<[u8; 32]>> {
    let h: Option<Option<Vec<u8>>> =
        sqlx::query_scalar("SELECT hash FROM audit_log WHERE id = $1").bind(id).fetch_optional(conn).await?;
    Ok(h.flatten().and_then(|h| h.try_into().ok()))
}

pub async fn head(conn: &mut Conn) -> Result<Option<(i64, [u8; 32])>> {
    let row = sqlx::query("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetch_optional(conn).await?;
    let Some(r) = row else { return Ok(None) };
    let hash: Option<Vec<u8>> = r.try_get("hash")?;
    Ok(hash.and_then(|h| h.try_into().ok()).map(|h| (r.try_get("id").unwrap_or_default(), h)))
}

pub async fn insert_seal(conn: &mut Conn, s: &Seal, now: DateTime<Utc>) -> Result<()> {
    sqlx::query(
        "INSERT INTO audit_seal (head_id, head_hash, key_id, signature, sealed_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(s.head_id)
    .bind(&s.head_hash[..])
    .bind(&s.key_id)
    .bind(&s.signature[..])
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn seals(conn: &mut Conn) -> Result<Vec<Seal>> {
    let rows = sqlx::query("SELECT * FROM audit_seal ORDER BY id").fetch_all(conn).await?;
    rows.iter()
        .map(|r| {
            let hash: Vec<u8> = r.try_get("head_hash")?;
            let sig: Vec<u8> = r.try_get("signature")?;
            Ok(Seal {
                head_id: r.try_get("head_id")?,
                head_hash: hash.try_into().map_err(|_| Error::Corrupt("audit seal hash".into()))?,
                key_id: r.try_get("key_id")?,
                signature: sig.try_into().map_err(|_| Error::Corrupt("audit seal signature".into()))?,
            })
        })
        .collect()
}

pub async fn list(conn: &mut Conn, entity_id: Option<&str>, limit: i64) -> Result<Vec<AuditEntry>> {
    let rows =
        sqlx::query("SELECT * FROM audit_log WHERE ($1::text IS NULL OR entity_id = $1) ORDER BY id DESC LIMIT $2")
            .bind(entity_id)
            .bind(limit)
            .fetch_all(conn)
            .await?;
    rows.iter().map(entry).collect()
}

fn entry(r: &PgRow) -> Result<AuditEntry> {
    let at: &str = r.try_get("at")?;
    Ok(AuditEntry {
        id: r.try_get("id")?,
        at: DateTime::parse_from_rfc3339(at)
            .map(|t| t.with_timezone(&Utc))
            .map_err(|_| Error::Corrupt(format!("instant '{at}'")))?,
        actor: r.try_get("actor")?,
        action: r.try_get("action")?,
        entity: r.try_get("entity")?,
        entity_id: r.try_get("entity_id")?,
        summary: r.try_get("summary")?,
    })
}

pub async fn filtered(conn: &mut Conn, f: &ValidAuditFilter) -> Result<AuditPage> {
    let text = f.text.as_ref();
    let rows = sqlx::query(
        "SELECT * FROM audit_log
         WHERE ($1::text IS NULL OR actor = $1) AND ($2::text IS NULL OR action = $2)
           AND ($3::text IS NULL OR entity = $3) AND ($4::text IS NULL OR entity_id = $4)
           AND ($5::text IS NULL OR strpos(summary, $5) > 0 OR strpos(summary, $6) > 0 OR strpos(summary, $7) > 0)
           AND ($8::text IS NULL OR at >= $8) AND ($9::text IS NULL OR at < $9)
           AND ($10::bigint IS NULL OR id < $10)
         ORDER BY id DESC LIMIT $11",
    )
    .bind(&f.actor)
    .bind(&f.action)
    .bind(&f.entity)
    .bind(&f.entity_id)
    .bind(text.map(|t| &t[0]))
    .bind(text.map(|t| &t[1]))
    .bind(text.map(|t| &t[2]))
    .bind(&f.from_utc)
    .bind(&f.to_utc)
    .bind(f.before_id)
    .bind(f.limit + 1)
    .fetch_all(conn)
    .await?;
    let mut rows = rows.iter().map(entry).collect::<Result<Vec<_>>>()?;
    let more = rows.len() as i64 > f.limit;
    rows.truncate(f.limit as usize);
    Ok(AuditPage { rows, more })
}

pub async fn facets(conn: &mut Conn) -> Result<AuditFacets> {
    let mut distinct = async |column: &str| -> Result<Vec<String>> {
        let sql = format!("SELECT DISTINCT {column} FROM audit_log WHERE {column} <> ''");
        let mut names: Vec<String> = sqlx::query_scalar(&sql).fetch_all(&mut *conn).await?;
        names.sort();
        Ok(names)
    };
    Ok(AuditFacets {
        actors: distinct("actor").await?,
        actions: distinct("action").await?,
        entities: distinct("entity").await?,
    })
}

pub async fn count(conn: &mut Conn) -> Result<i64> {
    Ok(sqlx::query_scalar("SELECT count(*) FROM audit_log").fetch_one(conn).await?)
}
