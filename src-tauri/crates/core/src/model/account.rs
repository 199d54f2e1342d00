//! Accounts: who signs in, with which role. Passwords are hashed in `api`; only the hash is kept.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::access::Action;
use crate::{Error, Reason, Result, names, validate as v};

text_enum!(
    /// What an account may do: see [`crate::access`] for the table.
    Role { Administrator = "administrator", HrOfficer = "hr_officer", Trainer = "trainer", Manager = "manager", Viewer = "viewer" }
);

/// A password shorter than this is refused (NIST SP 800-63B's floor).
pub const MIN_PASSWORD: usize = 8;
/// Longer passwords are refused before hashing, so a huge one cannot tie up the hasher.
pub const MAX_PASSWORD: usize = 256;

/// An account, as listed to an administrator (never the password hash).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Account {
    pub id: String,
    /// What the person types to sign in: lower case letters, digits, `.`, `_`, `-`.
    pub login: String,
    /// The name the audit log and the screens show.
    pub name: String,
    pub role: Role,
    /// The trainer whose sessions a trainer's account records attendance for.
    pub trainer_id: Option<String>,
    pub has_password: bool,
    /// Set after repeated wrong passwords; an administrator's reset clears it.
    pub locked_until: Option<DateTime<Utc>>,
    pub disabled: bool,
}

/// A new account; its first password is set with it.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewAccount {
    pub login: String,
    pub name: String,
    pub role: Role,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub trainer_id: Option<String>,
    pub password: String,
}

/// What an administrator may change on an account (not its login, which the audit log names).
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct AccountChange {
    pub name: String,
    pub role: Role,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub trainer_id: Option<String>,
    pub disabled: bool,
}

/// Who is signed in, and what they may do: the UI hides everything else.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct SignedIn {
    pub account: Account,
    pub allowed: Vec<Action>,
    /// Whether this register asks everyone to sign in (more than one account, or a password set);
    /// never on a team database, where the server signed the person in with their own login.
    pub sign_in_required: bool,
}

/// A login as stored: trimmed, lower case, 2–64 of `a–z 0–9 . _ -`.
pub fn login(value: &str) -> Result<String> {
    let l = value.trim().to_lowercase();
    let ok = (2..=64).contains(&l.len())
        && l.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'));
    if !ok {
        return Err(Error::invalid("login", Reason::LoginFormat { value: value.trim().chars().take(64).collect() }));
    }
    Ok(l)
}

/// A password as given (never trimmed: spaces are characters), within the length bounds.
pub fn password(field: &str, value: &str) -> Result<()> {
    let n = value.chars().count();
    if n < MIN_PASSWORD {
        return Err(Error::invalid(field, Reason::PasswordTooShort { min: MIN_PASSWORD as u32 }));
    }
    if n > MAX_PASSWORD {
        return Err(Error::invalid(field, Reason::TooLong { max: MAX_PASSWORD as u32 }));
    }
    Ok(())
}

/// The fields both a new account and a change share.
fn details(name: &str, role: Role, trainer_id: Option<&str>) -> Result<(String, Option<String>)> {
    let name = names::normalize_name(&v::required("name", name)?);
    let trainer_id = trainer_id.filter(|t| !t.trim().is_empty()).map(|t| v::id("trainer_id", t)).transpose()?;
    if role == Role::Trainer && trainer_id.is_none() {
        return Err(Error::invalid("trainer_id", Reason::TrainerAccountNeedsTrainer));
    }
    Ok((name, if role == Role::Trainer { trainer_id } else { None }))
}

impl NewAccount {
    pub fn validated(self) -> Result<Self> {
        let login = login(&self.login)?;
        let (name, trainer_id) = details(&self.name, self.role, self.trainer_id.as_deref())?;
        password("password", &self.password)?;
        Ok(Self { login, name, role: self.role, trainer_id, password: self.password })
    }
}

impl AccountChange {
    pub fn validated(self) -> Result<Self> {
        let (name, trainer_id) = details(&self.name, self.role, self.trainer_id.as_deref())?;
        Ok(Self { name, role: self.role, trainer_id, disabled: self.disabled })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_login_is_folded_to_lower_case_and_keeps_to_its_letters() {
        assert_eq!(login(" Dilnoza.K ").unwrap(), "dilnoza.k");
        for bad in ["a", "dilnoza k", "дилноза", "x;drop", &"a".repeat(65)] {
            assert!(login(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_password_has_a_floor_and_a_ceiling() {
        assert!(password("password", "short").is_err());
        assert!(password("password", "long enough").is_ok());
        assert!(password("password", &"x".repeat(MAX_PASSWORD + 1)).is_err());
    }

    #[test]
    fn a_trainer_account_names_its_trainer_and_others_drop_one() {
        let new = |role, trainer_id: Option<&str>| NewAccount {
            login: "k.aliyev".into(),
            name: "Kamran Aliyev".into(),
            role,
            trainer_id: trainer_id.map(Into::into),
            password: "a good password".into(),
        };
        assert!(new(Role::Trainer, None).validated().is_err());
        let t = "0192f0a2-0000-7000-8000-000000000001";
        assert_eq!(new(Role::Trainer, Some(t)).validated().unwrap().trainer_id.as_deref(), Some(t));
        assert_eq!(new(Role::Manager, Some(t)).validated().unwrap().trainer_id, None);
    }
}
