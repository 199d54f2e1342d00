//! Looking after the database file: integrity check, backup, and what it holds.

use malaka_core::Reason;
use malaka_core::access::Action;
use std::path::Path;

use malaka_store::{activity, attendance, audit, maintenance, organisation, person, session};
use serde::Serialize;

use crate::audit_check::AuditCheck;
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

/// What a restore did.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Restored {
    /// Where the database that was replaced is kept.
    pub kept: String,
}

/// Checks that `backup` can be restored (a healthy Malaka register this version can open)
/// without touching the database: the desktop asks before closing anything.
pub async fn restore_check(backup: &Path) -> Result<()> {
    if !backup.is_file() {
        return Err(Error::File(Reason::FileNotFound { file: backup.display().to_string() }));
    }
    Ok(malaka_store::restore::check_backup(backup).await?)
}

/// The verdict of a check.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Health {
    pub path: String,
    pub ok: bool,
    pub problems: Vec<String>,
    pub audit: AuditCheck,
    pub stats: Stats,
}

impl Malaka {
    pub async fn stats(&self) -> Result<Stats> {
        self.may(Action::Read)?;
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

    /// Full integrity and foreign-key check, and the audit log's chain and seals.
    pub async fn check(&self) -> Result<Health> {
        self.may(Action::Read)?;
        let problems = maintenance::check(&self.store).await?;
        let audit = self.audit_check().await?;
        Ok(Health {
            path: self.location(),
            ok: problems.is_empty() && audit.ok(),
            problems,
            audit,
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
            log::info!("{}: integrity check passed", self.location());
            return Ok(());
        }
        Err(malaka_store::Error::Damaged { file: self.location().into(), problems }.into())
    }

    /// A checked copy of the database at `out`; an existing file there is not overwritten.
    pub async fn backup(&self, out: &Path) -> Result<u64> {
        self.may(Action::Maintain)?;
        if out.exists() {
            return Err(Error::File(Reason::FileExists { file: out.display().to_string() }));
        }
        let same = std::fs::canonicalize(self.file()?).ok()
            == out
                .parent()
                .and_then(|d| std::fs::canonicalize(d).ok())
                .map(|d| d.join(out.file_name().unwrap_or_default()));
        if same {
            return Err(Error::File(Reason::BackupOverDatabase));
        }
        // The backup carries the chain's head signed: an edit made to the copy, or to this file
        // later, no longer matches.
        let mut tx = self.store.begin().await?;
        self.seal_audit(&mut tx).await?;
        tx.commit().await?;
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

    /// Whether this account may restore, and `backup` can be restored, before anything is closed.
    pub async fn restore_check(&self, backup: &Path) -> Result<()> {
        self.may(Action::Maintain)?;
        restore_check(backup).await
    }

    /// Puts the backup at `backup` in the place of this database (checked first; the replaced
    /// file is kept beside it and named in the answer), then records the restore, by the same
    /// account, in the restored register's audit log. Closes the database: the caller opens it
    /// again. Refused while another program has the database open.
    pub async fn restore(self, backup: &Path) -> Result<Restored> {
        let who = self.may(Action::Maintain)?;
        restore_check(backup).await?;
        let db = self.file()?.to_path_buf();
        self.close().await;
        let stamp = now().format("%Y%m%d-%H%M%S").to_string();
        let kept = malaka_store::restore::restore(&db, backup, &stamp).await?;
        let app = Malaka::open(&db).await?;
        app.set_account(Some(who));
        let mut tx = app.store.begin().await?;
        let summary = format!("restored from {}; the replaced file is kept as {}", backup.display(), kept.display());
        app.audit(&mut tx, now(), "database.restore", "database", None, summary).await?;
        tx.commit().await?;
        app.close().await;
        Ok(Restored { kept: kept.display().to_string() })
    }

    /// The latest audit entries, optionally for one record.
    pub async fn audit_list(&self, entity_id: Option<&str>, limit: i64) -> Result<Vec<malaka_core::model::AuditEntry>> {
        self.may(Action::Read)?;
        Ok(audit::list(&mut *self.store.read().await?, entity_id, limit.clamp(1, 10_000)).await?)
    }
}
