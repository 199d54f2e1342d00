//! Import batches: which files were imported, so the same file is not imported twice silently.

use sqlx::Row;

use super::codec::{instant, parse_instant};
use super::{Conn, Result};
use crate::import::Batch;

pub async fn find(conn: &mut Conn, kind: &str, sha256: &str) -> Result<Option<Batch>> {
    let row = sqlx::query("SELECT * FROM import_batch WHERE kind = ? AND file_sha256 = ?")
        .bind(kind)
        .bind(sha256)
        .fetch_optional(conn)
        .await?;
    row.map(|r| {
        Ok(Batch {
            id: r.try_get("id")?,
            kind: r.try_get("kind")?,
            file_name: r.try_get("file_name")?,
            file_sha256: r.try_get("file_sha256")?,
            rows: r.try_get("rows")?,
            actor: r.try_get("actor")?,
            imported_at: parse_instant(r.try_get("imported_at")?)?,
        })
    })
    .transpose()
}

pub async fn record(conn: &mut Conn, b: &Batch) -> Result<()> {
    sqlx::query(
        "INSERT INTO import_batch (id, kind, file_name, file_sha256, rows, actor, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&b.id)
    .bind(&b.kind)
    .bind(&b.file_name)
    .bind(&b.file_sha256)
    .bind(b.rows)
    .bind(&b.actor)
    .bind(instant(b.imported_at))
    .execute(conn)
    .await?;
    Ok(())
}
