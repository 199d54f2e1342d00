//! Malaka's use cases: one function per thing a user can do, shared by the desktop app and the
//! `malaka` command. Each validates its input, applies the rules from `core`, and writes through
//! `store` in one transaction together with its audit entry.

pub mod account;
pub mod activity;
pub mod attendance;
pub mod attendance_bulk;
pub mod attendance_sheet;
pub mod audit_check;
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
pub mod layout_limit;
pub mod log;
pub mod maintenance;
pub mod organisation;
pub mod organisation_logo;
mod password;
pub mod paths;
pub mod person;
pub mod person_import;
pub mod person_import_units;
pub mod plan_export;
pub mod programme;
pub mod session;
pub mod signing_key;
pub mod trainer;
pub mod venue;

use std::path::Path;
use std::sync::{Arc, PoisonError, RwLock};

use chrono::{DateTime, Utc};
use malaka_core::Reason;
use malaka_core::access::{self, Action};
use malaka_core::model::Account;
use malaka_store::{Store, WriteTx, audit};

pub use error::{Error, ErrorCode, NamedConflict, Problem, Result};
pub use malaka_core as core;

/// A signing key's id and its 32-byte seed.
pub(crate) type UnlockedKey = (String, [u8; 32]);

/// An open Malaka database and the account acting on it.
#[derive(Clone)]
pub struct Malaka {
    store: Store,
    /// The signed-in account, shared by the clones (the desktop's commands run on clones).
    who: Arc<RwLock<Option<Account>>>,
    /// The signing key unlocked in this session, in memory only.
    unlocked: Arc<RwLock<Option<UnlockedKey>>>,
}

impl Malaka {
    /// Opens (creating and migrating if needed) the database at `path`. A register with a single
    /// administrator and no password signs them in at once; any other asks for a sign-in.
    pub async fn open(path: &Path) -> Result<Malaka> {
        let store = Store::open(path).await?;
        let app = Malaka { store, who: Arc::default(), unlocked: Arc::default() };
        app.sign_in_if_alone().await?;
        Ok(app)
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
