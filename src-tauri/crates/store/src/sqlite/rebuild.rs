//! Work a migration leaves to Rust: rows derived by code the SQL cannot run (a search key). A
//! migration names the work in `store_rebuild`; the store does it after the migrations, each in
//! one write transaction that also removes the name, so a crash midway leaves it to do again.

use sqlx::SqlitePool;

use super::{Error, Result, audit, person_token};

pub(crate) async fn run_pending(writer: &SqlitePool) -> Result<()> {
    let pending: Vec<String> =
        sqlx::query_scalar("SELECT name FROM store_rebuild ORDER BY name").fetch_all(writer).await?;
    for name in pending {
        let started = std::time::Instant::now();
        let mut tx = writer.begin_with("BEGIN IMMEDIATE").await?;
        let rows = match name.as_str() {
            "person_token_sounds" => person_token::rebuild_sounds(&mut tx).await?,
            "audit_chain" => audit::rebuild_chain(&mut tx).await?,
            other => return Err(Error::Corrupt(format!("store_rebuild names unknown work '{other}'"))),
        };
        sqlx::query("DELETE FROM store_rebuild WHERE name = ?").bind(&name).execute(&mut *tx).await?;
        tx.commit().await?;
        log::info!("rebuilt {name}: {rows} rows in {} ms", started.elapsed().as_millis());
    }
    Ok(())
}
