//! Malaka's use cases: one function per thing a user can do, shared by the desktop app and the
//! `malaka` command. Each validates its input, applies the rules from `core`, and writes through
//! `store` in one transaction together with its audit entry.

pub mod account;
pub mod activity;
pub mod attendance;
pub mod attendance_bulk;
pub mod attendance_sheet;
pub mod audit_check;
pub mod audit_log;
pub mod calendar;
pub mod certificate;
pub mod certificate_print;
pub mod certificate_revocation;
pub mod certificate_template;
pub mod completion;
pub mod dashboard;
pub mod demo;
pub mod desk_settings;
pub mod enrolment;
mod error;
pub mod file;
pub mod internship;
pub mod job;
pub mod layout_limit;
pub mod layout_worker;
pub mod log;
pub mod maintenance;
pub mod mobility_export;
pub mod mobility_print;
pub mod organisation;
pub mod organisation_logo;
mod password;
pub mod paths;
pub mod person;
pub mod person_import;
mod person_import_rows;
pub mod person_import_units;
pub mod plan_export;
pub mod programme;
pub mod report;
pub mod report_attendance;
pub mod report_certificates;
pub mod report_completion;
pub mod report_file;
pub mod report_mobility;
mod report_sheet;
pub mod report_trainers;
pub mod session;
pub mod signing_key;
pub mod team;
pub mod trainer;
pub mod transcript;
pub mod venue;
pub mod verify;
pub mod visit;

use std::path::{Path, PathBuf};
use std::sync::{Arc, PoisonError, RwLock};

use chrono::{DateTime, Utc};
use malaka_core::Reason;
use malaka_core::access::{self, Action};
use malaka_core::model::Account;
use malaka_store::{Store, WriteTx, audit};

pub use error::{Error, ErrorCode, NamedConflict, Problem, Result};
pub use malaka_core as core;
pub use malaka_store::Location;

/// A signing key's id and its 32-byte seed.
pub(crate) type UnlockedKey = (String, [u8; 32]);

/// An open Malaka database and the account acting on it.
#[derive(Clone)]
pub struct Malaka {
    store: Store,
    /// The folder this desk keeps its own files in (templates, logs): beside a register's file,
    /// or the data folder for a team database.
    home: PathBuf,
    /// The signed-in account, shared by the clones (the desktop's commands run on clones).
    who: Arc<RwLock<Option<Account>>>,
    /// The signing key unlocked in this session, in memory only.
    unlocked: Arc<RwLock<Option<UnlockedKey>>>,
}

impl Malaka {
    /// Opens (creating and migrating if needed) the database at `path`. A register with a single
    /// administrator and no password signs them in at once; any other asks for a sign-in.
    pub async fn open(path: &Path) -> Result<Malaka> {
        let home = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_path_buf();
        Malaka::open_at(&Location::File(path.to_path_buf()), &home).await
    }

    /// Opens a register wherever it lives: a file, or a team database on PostgreSQL (whose desk
    /// keeps its own files in `home`).
    pub async fn open_at(at: &Location, home: &Path) -> Result<Malaka> {
        let store = Store::open_at(at).await?;
        let home = match at {
            Location::File(path) => path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new(".")),
            Location::Server(_) => home,
        };
        let app = Malaka { store, home: home.to_path_buf(), who: Arc::default(), unlocked: Arc::default() };
        app.sign_in_if_alone().await?;
        Ok(app)
    }

    /// Another connection to the same register, as a second desk or window has: nobody signed in
    /// (unless the register signs its lone administrator in), no key unlocked.
    pub async fn open_again(&self) -> Result<Malaka> {
        let at = match (self.store.path(), self.store.server_url()) {
            (Some(path), _) => Location::File(path.to_path_buf()),
            (None, url) => Location::Server(url.unwrap_or_default().to_owned()),
        };
        Malaka::open_at(&at, &self.home).await
    }

    /// Where the register lives, as a user would name it: its file, or `user@host:port/database`.
    pub fn location(&self) -> String {
        match (self.store.path(), self.store.server()) {
            (Some(path), _) => path.display().to_string(),
            (None, Some(server)) => server.to_string(),
            (None, None) => String::new(),
        }
    }

    /// The register's file; a team database has none and is backed up on its server.
    pub(crate) fn file(&self) -> Result<&Path> {
        self.store.path().ok_or(Error::Refused(Reason::ServerKeepsBackups))
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The signed-in account, if anyone is.
    pub fn account(&self) -> Option<Account> {
        self.who.read().unwrap_or_else(PoisonError::into_inner).clone()
    }

    pub(crate) fn set_account(&self, account: Option<Account>) {
        *self.who.write().unwrap_or_else(PoisonError::into_inner) = account;
    }

    pub(crate) fn unlocked_seed(&self) -> Option<UnlockedKey> {
        self.unlocked.read().unwrap_or_else(PoisonError::into_inner).clone()
    }

    pub(crate) fn set_unlocked(&self, key: Option<UnlockedKey>) {
        *self.unlocked.write().unwrap_or_else(PoisonError::into_inner) = key;
    }

    /// The signed-in account, when its role allows `action`; every use case starts here.
    pub(crate) fn may(&self, action: Action) -> Result<Account> {
        let who = self.account().ok_or(Error::SignIn(Reason::SignInRequired))?;
        if !access::allows(who.role, action) {
            return Err(Error::Forbidden(Reason::NotAllowed { action: action.as_str().into() }));
        }
        Ok(who)
    }

    /// The name the records written now carry (who marked, who issued).
    pub(crate) fn actor(&self) -> String {
        self.account().map(|a| a.name).unwrap_or_default()
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
        let who = self.account();
        let event = audit::Event {
            actor: who.as_ref().map_or("", |a| a.name.as_str()),
            account_id: who.as_ref().map(|a| a.id.as_str()),
            action,
            entity,
            entity_id: id,
            summary,
        };
        Ok(audit::record(tx, now, event).await?)
    }

    /// Records an export or a print (who wrote which list or certificates) in a transaction of
    /// its own, after the bytes were made.
    pub(crate) async fn audit_export(
        &self,
        action: &str,
        entity: &str,
        id: Option<&str>,
        summary: String,
    ) -> Result<()> {
        let mut tx = self.store.begin().await?;
        self.audit(&mut tx, now(), action, entity, id, summary).await?;
        Ok(tx.commit().await?)
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
