//! Accounts and signing in. A register starts with one administrator who needs no password; once a
//! second account exists everyone signs in, with a password (Argon2id) or, for scripts, a token an
//! administrator made. Repeated wrong passwords lock an account for a while.

use chrono::Duration;
use malaka_core::Reason;
use malaka_core::access::{self, Action};
use malaka_core::model::{Account, AccountChange, NewAccount, Role, SignedIn};
use malaka_store::account::{self as store, Token};
use malaka_store::trainer;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::{Error, Malaka, Result, new_id, now, password};

/// Wrong passwords in a row that lock an account.
pub const LOCK_AFTER: i64 = 5;
/// How long a locked account waits (an administrator's password reset unlocks it at once).
pub const LOCK_MINUTES: i64 = 15;

/// A token just made: its secret is shown this once and only its hash is kept.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct NewToken {
    pub id: String,
    pub secret: String,
}

impl Malaka {
    /// The single active account of a register that asks nobody to sign in.
    pub(crate) async fn sign_in_if_alone(&self) -> Result<()> {
        let mut c = self.store.read().await?;
        if let Some(login) = self.store.server_login().await? {
            // On a team database the server has checked the person's own login and password.
            let found = store::find_by_login(&mut c, &login).await?.filter(|s| !s.account.disabled);
            let account = found.ok_or(Error::SignIn(Reason::NoAccountForLogin { login }))?;
            self.set_account(Some(account.account));
            return Ok(());
        }
        if !store::sign_in_required(&mut c).await? {
            self.set_account(store::only(&mut c).await?);
        }
        Ok(())
    }

    /// Who is signed in and what they may do; `SignInRequired` when nobody is.
    pub async fn signed_in(&self) -> Result<SignedIn> {
        let account = self.may(Action::Read)?;
        // On a team database the server signed the person in with their own login: the app asks
        // nobody (another person connects with theirs, from Settings or the start screen).
        let required = self.store.server().is_none() && store::sign_in_required(&mut *self.store.read().await?).await?;
        Ok(SignedIn { allowed: access::allowed(account.role), account, sign_in_required: required })
    }

    /// Signs in with a login and password. A wrong one counts towards a lock-out; which of the two
    /// was wrong is not said.
    pub async fn sign_in(&self, login: &str, password: &str) -> Result<SignedIn> {
        let login = login.trim().to_lowercase();
        let at = now();
        let found = store::find_by_login(&mut *self.store.read().await?, &login).await?;
        let usable = found.as_ref().filter(|s| !s.account.disabled);
        if let Some(until) = usable.and_then(|s| s.account.locked_until).filter(|u| *u > at) {
            return Err(Error::SignIn(Reason::AccountLocked { until: until.format("%Y-%m-%d %H:%M UTC").to_string() }));
        }
        let hash = usable.and_then(|s| s.password_hash.as_deref());
        let right = password::verify(password, hash).await;
        let Some(stored) = usable.filter(|_| right) else {
            if let Some(s) = usable {
                let lock = (s.failed_attempts + 1 >= LOCK_AFTER).then(|| at + Duration::minutes(LOCK_MINUTES));
                let mut tx = self.store.begin().await?;
                store::record_failure(&mut tx, &s.account.id, lock).await?;
                tx.commit().await?;
            }
            log::warn!("sign-in refused for login '{login}'");
            return Err(Error::SignIn(Reason::WrongSignIn));
        };
        if stored.failed_attempts > 0 {
            let mut tx = self.store.begin().await?;
            store::record_success(&mut tx, &stored.account.id).await?;
            tx.commit().await?;
        }
        self.set_account(Some(stored.account.clone()));
        self.signed_in().await
    }

    /// Signs in with an automation token (`malaka --token`, `MALAKA_TOKEN`).
    pub async fn sign_in_token(&self, token: &str) -> Result<SignedIn> {
        let sha = Sha256::digest(token.trim().as_bytes());
        let account = store::by_token(&mut *self.store.read().await?, &sha).await?;
        let Some(account) = account else {
            log::warn!("an unknown or revoked token was refused");
            return Err(Error::SignIn(Reason::WrongSignIn));
        };
        self.set_account(Some(account));
        self.signed_in().await
    }

    /// Signs out; the next action asks for a sign-in again (unless nobody needs to sign in).
    pub async fn sign_out(&self) -> Result<()> {
        self.set_account(None);
        self.sign_in_if_alone().await
    }

    pub async fn account_list(&self) -> Result<Vec<Account>> {
        self.may(Action::AccountManage)?;
        Ok(store::list(&mut *self.store.read().await?).await?)
    }

    /// Adds an account with its first password. The administrator adding the second account must
    /// have a password already: from then on everyone signs in.
    pub async fn account_create(&self, input: NewAccount) -> Result<Account> {
        let me = self.may(Action::AccountManage)?;
        let input = input.validated()?;
        // A team database's administrator signed in with the server's own password.
        if !me.has_password && self.store.server().is_none() {
            return Err(Error::Refused(Reason::OwnPasswordFirst));
        }
        let hash = password::hash(&input.password).await?;
        let account = Account {
            id: new_id(),
            login: input.login,
            name: input.name,
            role: input.role,
            trainer_id: input.trainer_id,
            has_password: true,
            locked_until: None,
            disabled: false,
        };
        let at = now();
        let mut tx = self.store.begin().await?;
        if let Some(t) = &account.trainer_id {
            trainer::get(&mut tx, t).await?;
        }
        if store::find_by_login(&mut tx, &account.login).await?.is_some() {
            return Err(Error::Duplicate {
                field: "login".into(),
                reason: Reason::LoginTaken { login: account.login },
            });
        }
        store::insert(&mut tx, &account, &hash, at).await?;
        store::server_login_create(&mut tx, &account.login, &input.password, account.role).await?;
        let summary = format!("added account {} ({}, {})", account.login, account.name, account.role);
        self.audit(&mut tx, at, "account.create", "account", Some(&account.id), summary).await?;
        tx.commit().await?;
        Ok(account)
    }

    /// Changes an account's name, role, trainer or whether it is disabled. The register always
    /// keeps an administrator who can sign in.
    pub async fn account_update(&self, id: &str, change: AccountChange) -> Result<Account> {
        self.may(Action::AccountManage)?;
        let id = malaka_core::validate::id("account", id)?;
        let change = change.validated()?;
        let at = now();
        let mut tx = self.store.begin().await?;
        let before = store::get(&mut tx, &id).await?.account;
        let stays_admin = change.role == Role::Administrator && !change.disabled;
        if before.role == Role::Administrator && !stays_admin && store::other_administrators(&mut tx, &id).await? == 0 {
            return Err(Error::Refused(Reason::LastAdministrator));
        }
        if let Some(t) = &change.trainer_id {
            trainer::get(&mut tx, t).await?;
        }
        store::update(&mut tx, &id, &change, at).await?;
        let after = store::get(&mut tx, &id).await?.account;
        store::server_login_update(&mut tx, &after.login, after.role, !after.disabled).await?;
        let summary = format!(
            "edited account {}: {} ({}){}",
            after.login,
            after.name,
            after.role,
            if after.disabled { ", disabled" } else { "" }
        );
        self.audit(&mut tx, at, "account.update", "account", Some(&id), summary).await?;
        tx.commit().await?;
        if self.account().is_some_and(|a| a.id == id) {
            self.set_account(Some(after.clone()).filter(|a| !a.disabled));
        }
        Ok(after)
    }

    /// Changes the signed-in account's own password; the current one is asked for when set.
    pub async fn password_change(&self, current: &str, new: &str) -> Result<()> {
        let me = self.may(Action::Read)?;
        malaka_core::model::password("new_password", new)?;
        let stored = store::get(&mut *self.store.read().await?, &me.id).await?;
        if stored.password_hash.is_some() && !password::verify(current, stored.password_hash.as_deref()).await {
            return Err(Error::invalid("current_password", Reason::WrongPassword));
        }
        self.set_password(&me.id, new, "account.password", format!("{} changed their password", me.login)).await?;
        self.set_account(Some(Account { has_password: true, locked_until: None, ..me }));
        Ok(())
    }

    /// An administrator sets a new password for someone (who forgot theirs, or is locked out).
    pub async fn password_reset(&self, id: &str, new: &str) -> Result<()> {
        self.may(Action::AccountManage)?;
        let id = malaka_core::validate::id("account", id)?;
        malaka_core::model::password("new_password", new)?;
        let login = store::get(&mut *self.store.read().await?, &id).await?.account.login;
        self.set_password(&id, new, "account.password_reset", format!("reset the password of {login}")).await
    }

    async fn set_password(&self, id: &str, new: &str, action: &str, summary: String) -> Result<()> {
        let hash = password::hash(new).await?;
        let mut tx = self.store.begin().await?;
        store::set_password(&mut tx, id, &hash).await?;
        let login = store::get(&mut tx, id).await?.account.login;
        store::server_login_password(&mut tx, &login, new).await?;
        self.audit(&mut tx, now(), action, "account", Some(id), summary).await?;
        tx.commit().await?;
        Ok(())
    }

    /// A token a script signs in with as `account_id`; the secret is returned once.
    pub async fn token_create(&self, account_id: &str, label: &str) -> Result<NewToken> {
        self.may(Action::AccountManage)?;
        let account_id = malaka_core::validate::id("account", account_id)?;
        let label = malaka_core::validate::required("label", label)?;
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| Error::storage(format!("no randomness for a token: {e}")))?;
        let secret = format!("mlk_{}", hex::encode(bytes));
        let at = now();
        let token = Token { id: new_id(), account_id: account_id.clone(), label, created_at: at, revoked_at: None };
        let mut tx = self.store.begin().await?;
        let login = store::get(&mut tx, &account_id).await?.account.login;
        store::insert_token(&mut tx, &token, &Sha256::digest(secret.as_bytes())).await?;
        let summary = format!("made token \"{}\" for {login}", token.label);
        self.audit(&mut tx, at, "account.token_create", "account", Some(&account_id), summary).await?;
        tx.commit().await?;
        Ok(NewToken { id: token.id, secret })
    }

    pub async fn token_list(&self) -> Result<Vec<Token>> {
        self.may(Action::AccountManage)?;
        Ok(store::list_tokens(&mut *self.store.read().await?).await?)
    }

    pub async fn token_revoke(&self, id: &str) -> Result<()> {
        self.may(Action::AccountManage)?;
        let id = malaka_core::validate::id("token", id)?;
        let at = now();
        let mut tx = self.store.begin().await?;
        store::revoke_token(&mut tx, &id, at).await?;
        self.audit(&mut tx, at, "account.token_revoke", "token", Some(&id), "revoked a token".into()).await?;
        tx.commit().await?;
        Ok(())
    }
}
