//! `malaka account …`: accounts, passwords and automation tokens.

use clap::Subcommand;
use malaka_api::core::model::{Account, AccountChange, NewAccount, Role};
use malaka_api::{Error, Malaka};

use crate::output::{emit, opt, table};
use crate::secret::Secrets;

#[derive(Subcommand, Debug)]
pub(crate) enum AccountCmd {
    /// Who is signed in, and what they may do.
    Me,
    /// Every account (administrators only).
    List,
    /// Add an account; its password is asked for.
    Add {
        login: String,
        #[arg(long)]
        name: String,
        /// administrator, hr_officer, trainer, manager or viewer.
        #[arg(long, value_parser = parse_role)]
        role: Role,
        /// For a trainer's account: the trainer (id) whose sessions it records.
        #[arg(long)]
        trainer: Option<String>,
    },
    /// Change an account's name, role or trainer, or disable it.
    Edit {
        /// The account's login or id.
        #[arg(value_name = "ACCOUNT")]
        who: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long, value_parser = parse_role)]
        role: Option<Role>,
        #[arg(long)]
        trainer: Option<String>,
        #[arg(long, conflicts_with = "enable")]
        disable: bool,
        #[arg(long)]
        enable: bool,
    },
    /// Change your own password.
    Password,
    /// Set a new password for someone else (it also unlocks the account).
    Reset {
        /// The account's login or id.
        #[arg(value_name = "ACCOUNT")]
        who: String,
    },
    /// Tokens a script signs in with (`--token` or `MALAKA_TOKEN`).
    #[command(subcommand)]
    Token(TokenCmd),
}

#[derive(Subcommand, Debug)]
pub(crate) enum TokenCmd {
    /// Make a token for an account; the secret is printed once.
    Create {
        /// The account's login or id.
        #[arg(value_name = "ACCOUNT")]
        who: String,
        #[arg(long)]
        label: String,
    },
    List,
    Revoke {
        id: String,
    },
}

pub(crate) fn parse_role(text: &str) -> Result<Role, String> {
    Role::parse("role", text).map_err(|e| e.to_string())
}

/// An account named by login or id. (Positionals are not called `account`: clap would merge
/// them with the global `--account` that signs in.)
async fn find(app: &Malaka, key: &str) -> Result<Account, Error> {
    let key = key.trim();
    app.account_list()
        .await?
        .into_iter()
        .find(|a| a.id == key || a.login == key.to_lowercase())
        .ok_or_else(|| Error::NotFound { entity: "account", id: key.into() })
}

fn rows(list: &[Account]) -> String {
    let rows = list
        .iter()
        .map(|a| {
            let state = match (a.disabled, a.locked_until) {
                (true, _) => "disabled".to_owned(),
                (false, Some(u)) => format!("locked until {}", u.format("%Y-%m-%d %H:%M")),
                _ => String::new(),
            };
            vec![a.login.clone(), a.name.clone(), a.role.to_string(), opt(&a.trainer_id), state]
        })
        .collect();
    table(&["login", "name", "role", "trainer", "state"], rows)
}

pub(crate) async fn account(app: &Malaka, cmd: AccountCmd, secrets: &Secrets, json: bool) -> Result<(), Error> {
    match cmd {
        AccountCmd::Me => {
            let me = app.signed_in().await?;
            emit(json, &me, |m| {
                let allowed: Vec<&str> = m.allowed.iter().map(|a| a.as_str()).collect();
                format!("{} ({}), {}; may: {}", m.account.name, m.account.login, m.account.role, allowed.join(", "))
            });
        }
        AccountCmd::List => {
            let list = app.account_list().await?;
            emit(json, &list, |l| rows(l));
        }
        AccountCmd::Add { login, name, role, trainer } => {
            let password = secrets.ask_new(&login)?;
            let a = app.account_create(NewAccount { login, name, role, trainer_id: trainer, password }).await?;
            emit(json, &a, |a| format!("added account {} ({}, {})", a.login, a.name, a.role));
        }
        AccountCmd::Edit { who, name, role, trainer, disable, enable } => {
            let a = find(app, &who).await?;
            let change = AccountChange {
                name: name.unwrap_or(a.name),
                role: role.unwrap_or(a.role),
                trainer_id: trainer.or(a.trainer_id),
                disabled: if disable || enable { disable } else { a.disabled },
            };
            let a = app.account_update(&a.id, change).await?;
            emit(json, &a, |a| {
                format!("account {}: {} ({}){}", a.login, a.name, a.role, if a.disabled { ", disabled" } else { "" })
            });
        }
        AccountCmd::Password => {
            let me = app.signed_in().await?.account;
            let current = if me.has_password { secrets.ask("Current password: ")? } else { String::new() };
            let new = secrets.ask_new(&me.login)?;
            app.password_change(&current, &new).await?;
            emit(json, &me.login, |l| format!("password of {l} changed"));
        }
        AccountCmd::Reset { who } => {
            let a = find(app, &who).await?;
            let new = secrets.ask_new(&a.login)?;
            app.password_reset(&a.id, &new).await?;
            emit(json, &a.login, |l| format!("password of {l} set; the account is unlocked"));
        }
        AccountCmd::Token(TokenCmd::Create { who, label }) => {
            let a = find(app, &who).await?;
            let t = app.token_create(&a.id, &label).await?;
            emit(json, &t, |t| {
                format!("{}\n(token {}; shown once: keep it where the script can read it)", t.secret, t.id)
            });
        }
        AccountCmd::Token(TokenCmd::List) => {
            let list = app.token_list().await?;
            emit(json, &list, |l| {
                let rows = l
                    .iter()
                    .map(|t| {
                        let revoked = t.revoked_at.map(|r| r.format("%Y-%m-%d").to_string()).unwrap_or_default();
                        vec![t.id.clone(), t.label.clone(), t.account_id.clone(), revoked]
                    })
                    .collect();
                table(&["id", "label", "account", "revoked"], rows)
            });
        }
        AccountCmd::Token(TokenCmd::Revoke { id }) => {
            app.token_revoke(&id).await?;
            emit(json, &id, |id| format!("token {id} revoked"));
        }
    }
    Ok(())
}
