//! Malaka's use cases: one function per thing a user can do, shared by the desktop app and the
//! `malaka` command. Each validates its input, applies the rules from `core`, and writes through
//! `store` in one transaction together with its audit entry.

pub mod activity;
pub mod attendance;
pub mod attendance_bulk;
pub mod attendance_sheet;
pub mod calendar;
pub mod certificate;
pub mod certificate_print;
pub mod certificate_revocation;
pub mod certificate_template;
pub mod completion;
pub mod demo;
pub mod enrolment;
mod error;
pub mod file;
pub mod job;
pub mod log;
pub mod maintenance;
pub mod organisation;
pub mod organisation_logo;
pub mod paths;
pub mod person;
pub mod person_import;
pub mod person_import_units;
pub mod plan_export;
pub mod programme;
pub mod session;
pub mod trainer;
pub mod venue;

use std::path::Path;

use chrono::{DateTime, Utc};
use malaka_store::{Store, WriteTx, audit};

pub use error::{Error, ErrorCode, NamedConflict, Problem, Result};
pub use malaka_core as core;

/// An open Malaka database and the person acting on it.
#[derive(Clone)]
pub struct Malaka {
    store: Store,
    actor: String,
}

impl Malaka {
    /// Opens (creating and migrating if needed) the database at `path`.
    pub async fn open(path: &Path, actor: &str) -> Result<Malaka> {
        let store = Store::open(path).await?;
        Ok(Malaka { store, actor: actor.trim().chars().take(100).collect() })
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn actor(&self) -> &str {
        &self.actor
    }

    /// Closes the database cleanly.
    pub async fn close(self) {
        self.store.close().await;
    }

    async fn audit(
        &self,
        tx: &mut WriteTx,
        now: DateTime<Utc>,
        action: &str,
        entity: &str,
        id: Option<&str>,
        summary: String,
    ) -> Result<()> {
        let event = audit::Event { actor: &self.actor, action, entity, entity_id: id, summary };
        Ok(audit::record(tx, now, event).await?)
    }
}

/// A new time-ordered id (UUIDv7), so records from two desktops can later be merged.
pub(crate) fn new_id() -> String {
    uuid::Uuid::now_v7().hyphenated().to_string()
}

/// The current instant; the one place the use cases read the clock.
pub(crate) fn now() -> DateTime<Utc> {
    Utc::now()
}
