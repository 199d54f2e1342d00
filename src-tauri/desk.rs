//! Which register this desk has open — its own file or the agency's team database — and moving
//! between them without restarting: the settings screen connects, the start screen retries or
//! falls back to the file.

use std::path::PathBuf;
use std::sync::Arc;

use malaka_api::core::model::TeamDatabase;
use malaka_api::desk_settings::DeskSettings;
use malaka_api::team::team_url;
use malaka_api::{Error, Location, Malaka, Result};
use serde::Serialize;
use tauri::async_runtime::JoinHandle;
use tokio::sync::{OwnedRwLockWriteGuard, RwLock};

use crate::team_password;

/// The register open now, or why none is.
#[derive(Default)]
struct Open {
    malaka: Option<Malaka>,
    /// Why the team database could not be opened, as the window words it.
    problem: Option<serde_json::Value>,
    needs_password: bool,
    /// Tells the window of the changes other desks commit to a team database.
    following: Option<JoinHandle<()>>,
}

/// What the start and settings screens show about the open register.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeskStatus {
    /// `file`, `team` or `none` (nothing open: see `problem` and `needs_password`).
    open: &'static str,
    /// The desk's own register file.
    file: String,
    /// The team database in the desk's settings.
    team: Option<TeamDatabase>,
    needs_password: bool,
    problem: Option<serde_json::Value>,
    /// This system keeps passwords in a keyring.
    keyring: bool,
    password_kept: bool,
}

/// Clones share the one open register.
#[derive(Clone)]
pub struct Desk {
    app: tauri::AppHandle,
    /// The desk's data folder: its settings, logs and templates.
    dir: PathBuf,
    /// The desk's own register file.
    file: PathBuf,
    open: Arc<RwLock<Open>>,
}

impl Desk {
    pub fn new(app: tauri::AppHandle, dir: PathBuf, file: PathBuf) -> Desk {
        Desk { app, dir, file, open: Arc::default() }
    }

    /// Opens the register the desk starts on: `at` if given (`MALAKA_DB`), else the team database
    /// in the settings with the password the keyring keeps, else the own file. A server is
    /// reached in the background — commands wait for it — so the window shows at once; a file is
    /// opened before the window shows, and a file that cannot be opened stops the start.
    pub fn start(&self, at: Option<Location>) -> Result<()> {
        let mut open = self.open.clone().try_write_owned().expect("nothing else holds the desk at start");
        let team = match at {
            Some(Location::File(path)) => return self.open_file_now(&mut open, path),
            Some(Location::Server(url)) => {
                self.connect_later(open, url);
                return Ok(());
            }
            None => self.settings().team,
        };
        let Some(team) = team else { return self.open_file_now(&mut open, self.file.clone()) };
        match team_password::find(&team.label()) {
            Some(password) => self.connect_later(open, team_url(&team, &password)?),
            None => open.needs_password = true,
        }
        Ok(())
    }

    fn open_file_now(&self, open: &mut Open, path: PathBuf) -> Result<()> {
        let malaka = tauri::async_runtime::block_on(Malaka::open_at(&Location::File(path), &self.dir))?;
        self.put(open, malaka);
        Ok(())
    }

    fn connect_later(&self, mut open: OwnedRwLockWriteGuard<Open>, url: String) {
        let desk = self.clone();
        tauri::async_runtime::spawn(async move {
            match Malaka::open_at(&Location::Server(url), &desk.dir).await {
                Ok(malaka) => desk.put(&mut open, malaka),
                Err(e) => {
                    log::warn!("cannot open the team database: {e}");
                    open.problem = serde_json::to_value(&e).ok();
                }
            }
        });
    }

    /// Makes `malaka` the open register, following its changes.
    fn put(&self, open: &mut Open, malaka: Malaka) {
        if let Some(following) = open.following.take() {
            following.abort();
        }
        let following = Some(crate::follow_changes(self.app.clone(), malaka.clone()));
        *open = Open { malaka: Some(malaka), problem: None, needs_password: false, following };
    }

    /// Replaces the open register with `malaka`, closing the one before.
    async fn switch_to(&self, malaka: Malaka) {
        let mut open = self.open.write().await;
        let before = open.malaka.take();
        self.put(&mut open, malaka);
        drop(open);
        if let Some(before) = before {
            before.close().await;
        }
    }

    fn settings(&self) -> DeskSettings {
        DeskSettings::load(&self.dir).unwrap_or_else(|e| {
            log::warn!("the desk's settings are unreadable, using its own file: {e}");
            DeskSettings::default()
        })
    }

    /// The open register; `sign_in` when none is (the start screen is showing).
    pub async fn malaka(&self) -> Result<Malaka> {
        let open = self.open.read().await;
        open.malaka.clone().ok_or(Error::SignIn(malaka_api::core::Reason::SignInRequired))
    }

    pub async fn status(&self) -> DeskStatus {
        let open = self.open.read().await;
        let team = self.settings().team;
        let password_kept = team.as_ref().is_some_and(|t| team_password::find(&t.label()).is_some());
        DeskStatus {
            open: match &open.malaka {
                None => "none",
                Some(m) if m.team_server().is_some() => "team",
                Some(_) => "file",
            },
            file: self.file.display().to_string(),
            team,
            needs_password: open.needs_password,
            problem: open.problem.clone(),
            keyring: team_password::available(),
            password_kept,
        }
    }

    /// Connects this desk to the team database `team`; the open register stays when it cannot.
    pub async fn connect(&self, team: &TeamDatabase, password: &str, remember: bool) -> Result<DeskStatus> {
        let team = team.validated()?;
        // Retrying with the password field left empty: the one the keyring keeps, if any.
        let kept = password.is_empty().then(|| team_password::find(&team.label())).flatten();
        let password = kept.as_deref().unwrap_or(password);
        let url = team_url(&team, password)?;
        let malaka = Malaka::open_at(&Location::Server(url), &self.dir).await?;
        let before = self.settings().team;
        DeskSettings { team: Some(team.clone()) }.save(&self.dir)?;
        if let Some(before) = before.filter(|b| b.label() != team.label()) {
            team_password::forget(&before.label());
        }
        if remember && !password.is_empty() {
            team_password::keep(&team.label(), password);
        } else {
            team_password::forget(&team.label());
        }
        self.switch_to(malaka).await;
        Ok(self.status().await)
    }

    /// Opens the desk's own file; `forget_team` also forgets the team database (and its kept
    /// password), else the next start tries the server again.
    pub async fn use_file(&self, forget_team: bool) -> Result<DeskStatus> {
        let malaka = Malaka::open_at(&Location::File(self.file.clone()), &self.dir).await?;
        if forget_team {
            if let Some(team) = self.settings().team {
                team_password::forget(&team.label());
            }
            DeskSettings::default().save(&self.dir)?;
        }
        self.switch_to(malaka).await;
        Ok(self.status().await)
    }

    /// Closes the open register (the app is quitting).
    pub async fn close(&self) {
        let mut open = self.open.write().await;
        if let Some(following) = open.following.take() {
            following.abort();
        }
        if let Some(malaka) = open.malaka.take() {
            malaka.close().await;
        }
    }
}
