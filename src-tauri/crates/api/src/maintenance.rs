//! Looking after the database file: integrity check, backup, and what it holds.

use malaka_core::Reason;
use std::path::Path;

use malaka_store::{activity, attendance, audit, maintenance, organisation, person, session};
use serde::Serialize;

use crate::{Error, Malaka, Result, now};

/// How much the database holds.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Stats {
    #[ts(type = "number")]
    pub organisations: i64,
    #[ts(type = "number")]
    pub people: i64,
    #[ts(type = "number")]
    pub activities: i64,
    #[ts(type = "number")]
    pub sessions: i64,
    #[ts(type = "number")]
    pub marks: i64,
    #[ts(type = "number")]
    pub audit_entries: i64,
}

/// The verdict of a check.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Health {
    pub path: String,
    pub ok: bool,
    pub problems: Vec<String>,
    pub stats: Stats,
}

impl Malaka {
    pub async fn stats(&self) -> Result<Stats> {
        let mut c = self.store.read().await?;
        Ok(Stats {
            organisations: organisation::count(&mut c).await?,
            people: person::count(&mut c).await?,
            activities: activity::count(&mut c).await?,
            sessions: session::count(&mut c).await?,
            marks: attendance::count(&mut c).await?,
            audit_entries: audit::count(&mut c).await?,
        })
    }

    /// Full integrity and foreign-key check.
    pub async fn check(&self) -> Result<Health> {
        let problems = maintenance::check(&self.store).await?;
        Ok(Health {
            path: self.store.path().display().to_string(),
            ok: problems.is_empty(),
            problems,
            stats: self.stats().await?,
        })
    }

    /// The check run in the background after the first screen (`PRAGMA quick_check`, which reads
    /// the whole file): an [`Error::Damaged`] when the file is damaged, its details in the log.
    /// Skipped when opening already checked the file (the previous session did not end cleanly).
    pub async fn quick_check(&self) -> Result<()> {
        if self.store.checked_at_open() {
            return Ok(());
        }
        let problems = self.store.quick_check().await?;
        if problems.is_empty() {
            log::info!("{}: integrity check passed", self.store.path().display());
            return Ok(());
        }
        Err(malaka_store::Error::Damaged { file: self.store.path().to_path_buf(), problems }.into())
    }

    /// A checked copy of the database at `out`; an existing file there is not overwritten.
    pub async fn backup(&self, out: &Path) -> Result<u64> {
        if out.exists() {
            return Err(Error::File(Reason::FileExists { file: out.display().to_string() }));
        }
        let same = std::fs::canonicalize(self.store.path()).ok()
            == out
                .parent()
                .and_then(|d| std::fs::canonicalize(d).ok())
                .map(|d| d.join(out.file_name().unwrap_or_default()));
        if same {
            return Err(Error::File(Reason::BackupOverDatabase));
        }
        let bytes = maintenance::backup(&self.store, out).await?;
        let mut tx = self.store.begin().await?;
        self.audit(
            &mut tx,
            now(),
            "database.backup",
            "database",
            None,
            format!("backed up to {} ({bytes} bytes)", out.display()),
        )
        .await?;
        tx.commit().await?;
        Ok(bytes)
    }

    /// The latest audit entries, optionally for one record.
    pub async fn audit_list(&self, entity_id: Option<&str>, limit: i64) -> Result<Vec<malaka_core::model::AuditEntry>> {
        Ok(audit::list(&mut *self.store.read().await?, entity_id, limit.clamp(1, 10_000)).await?)
    }
}
