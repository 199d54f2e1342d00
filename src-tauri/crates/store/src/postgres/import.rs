//! Import batches on PostgreSQL: which files were imported, so the same file is not imported twice silently.

use sqlx::Row;

use crate::import::Batch;

use super::codec::{get_id, id as uuid};
use super::{Conn, Result};

pub async fn find(conn: &mut Conn, kind: &str, sha256: &str) -> Result<Option<Batch>> {
    let row = sqlx::query("SELECT * FROM import_batch WHERE kind = $1 AND file_sha256 = $2")
        .bind(kind)
        .bind(sha256)
        .fetch_optional(conn)
        .await?;
    row.map(|r| {
        Ok(Batch {
            id: get_id(&r, "id")?,
            kind: r.try_get("kind")?,
            file_name: r.try_get("file_name")?,
            file_sha256: r.try_get("file_sha256")?,
            rows: i64::from(r.try_get::<i32, _>("rows")?),
            actor: r.try_get("actor")?,
            imported_at: r.try_get("imported_at")?,
        })
    })
    .transpose()
}

pub async fn record(conn: &mut Conn, b: &Batch) -> Result<()> {
    sqlx::query(
        "INSERT INTO import_batch (id, kind, file_name, file_sha256, rows, actor, imported_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(uuid(&b.id)?)
    .bind(&b.kind)
    .bind(&b.file_name)
    .bind(&b.file_sha256)
    .bind(i32::try_from(b.rows).map_err(|_| super::Error::Corrupt(format!("import of {} rows", b.rows)))?)
    .bind(&b.actor)
    .bind(b.imported_at)
    .execute(conn)
    .await?;
    Ok(())
}
