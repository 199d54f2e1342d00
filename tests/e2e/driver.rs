//! Starts `tauri-driver` (WebKitWebDriver behind it) and the real Malaka binary on a fresh
//! database, and hands the test a WebDriver session.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

/// The port the test talks WebDriver on; the native port is the next one.
const PORT: u16 = 4444;

pub struct App {
    pub client: Client,
    driver: Child,
    pub data: tempfile::TempDir,
    pub shots: PathBuf,
    /// One scenario at a time: each talks to tauri-driver on the same ports. A second desk
    /// launched beside the first (`launch_beside`) shares its turn.
    _turn: Option<tokio::sync::MutexGuard<'static, ()>>,
}

static TURN: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

fn wait_for_port(port: u16, limit: Duration) {
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(start.elapsed() < limit, "tauri-driver did not listen on {port} within {limit:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn tauri_driver() -> PathBuf {
    std::env::var_os("TAURI_DRIVER")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo/bin/tauri-driver")))
        .filter(|p| p.exists())
        .unwrap_or_else(|| PathBuf::from("tauri-driver"))
}

impl App {
    /// Launches the app with its own data directory, so every run starts on an empty database.
    pub async fn launch() -> App {
        App::launch_in(tempfile::tempdir().unwrap()).await
    }

    /// Launches the app on `data/malaka.db` (a scenario may have filled it beforehand).
    pub async fn launch_in(data: tempfile::TempDir) -> App {
        let db = data.path().join("malaka.db").display().to_string();
        App::start(data, Some(&db), PORT, Some(TURN.lock().await)).await
    }

    /// Launches the app as a desk starts without `MALAKA_DB`: on what its settings in
    /// `<data>/xdg/uz.malaka.desktop` say (its own file there, or a team database), or on `db`.
    pub async fn launch_desk(data: tempfile::TempDir, db: Option<&str>) -> App {
        App::start(data, db, PORT, Some(TURN.lock().await)).await
    }

    /// A second desk at the same time as `first` (its own window, process and driver ports).
    pub async fn launch_beside(_first: &App, data: tempfile::TempDir, db: Option<&str>) -> App {
        App::start(data, db, PORT + 2, None).await
    }

    /// The folder a desk started without `MALAKA_DB` keeps its settings and own file in.
    pub fn desk_dir(data: &Path) -> PathBuf {
        data.join("xdg").join("uz.malaka.desktop")
    }

    async fn start(
        data: tempfile::TempDir,
        db: Option<&str>,
        port: u16,
        turn: Option<tokio::sync::MutexGuard<'static, ()>>,
    ) -> App {
        // The previous scenario's driver may take a moment to let go of the port.
        let start = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_ok() {
            assert!(start.elapsed() < Duration::from_secs(10), "port {port} is taken: a stale tauri-driver?");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let mut command = Command::new(tauri_driver());
        command
            .args(["--port", &port.to_string(), "--native-port", &(port + 1).to_string()])
            .env("XDG_DATA_HOME", data.path().join("xdg"))
            // The users' zone: "today" in the app is Tashkent's, as in the scenarios' data.
            .env("TZ", "Asia/Tashkent")
            .env_remove("MALAKA_DB")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        if let Some(db) = db {
            command.env("MALAKA_DB", db);
        }
        let driver = command.spawn().expect("tauri-driver must be installed (cargo install tauri-driver --locked)");
        wait_for_port(port, Duration::from_secs(20));
        let caps = json!({
            "browserName": "wry",
            "tauri:options": { "application": env!("CARGO_BIN_EXE_malaka-desktop") }
        });
        let client = ClientBuilder::native()
            .capabilities(caps.as_object().unwrap().clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("WebDriver session");
        let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("e2e-screenshots");
        std::fs::create_dir_all(&shots).unwrap();
        App { client, driver, data, shots, _turn: turn }
    }

    /// Waits for an element by `data-testid` and returns it.
    pub async fn id(&self, test_id: &str) -> fantoccini::elements::Element {
        let css = format!("[data-testid=\"{test_id}\"]");
        self.client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(&css))
            .await
            .unwrap_or_else(|e| panic!("no element {test_id}: {e}"))
    }

    /// Waits until the element's text contains `expected` (the DOM, not a screenshot, is the truth).
    pub async fn wait_text(&self, test_id: &str, expected: &str) -> String {
        self.wait_text_without(test_id, expected, None).await
    }

    /// Waits until the element's text contains `expected` and, if given, no longer `absent`.
    pub async fn wait_text_without(&self, test_id: &str, expected: &str, absent: Option<&str>) -> String {
        let start = Instant::now();
        loop {
            // innerText as the page renders it (WebKitWebDriver's element text misses rows that a
            // virtualised list positions absolutely).
            let el = self.id(test_id).await;
            let args = vec![serde_json::to_value(&el).unwrap()];
            let text = match self.client.execute("return arguments[0].innerText;", args).await {
                Ok(v) => v.as_str().unwrap_or_default().to_owned(),
                Err(_) => String::new(),
            };
            if text.contains(expected) && !absent.is_some_and(|a| text.contains(a)) {
                return text;
            }
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "{test_id} never showed {expected:?} without {absent:?}; it shows {text:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn click(&self, test_id: &str) {
        self.id(test_id).await.click().await.unwrap_or_else(|e| panic!("click {test_id}: {e}"));
    }

    pub async fn type_into(&self, test_id: &str, text: &str) {
        let el = self.id(test_id).await;
        el.clear().await.unwrap();
        el.send_keys(text).await.unwrap();
    }

    /// Chooses `value` in a `<select>` the way a user's choice arrives: value set, change fired.
    pub async fn select(&self, test_id: &str, value: &str) {
        let el = self.id(test_id).await;
        let script = "const [el, v] = arguments; \
            if (![...el.options].some(o => o.value === v)) return false; \
            el.value = v; el.dispatchEvent(new Event('change', { bubbles: true })); return true;";
        let args = vec![serde_json::to_value(&el).unwrap(), json!(value)];
        let done = self.client.execute(script, args).await.unwrap();
        assert_eq!(done, json!(true), "{test_id} has no option {value}");
    }

    /// The value of the `<select>` option whose label contains `label` (waits for it to appear).
    pub async fn option_value(&self, test_id: &str, label: &str) -> String {
        let start = Instant::now();
        loop {
            let el = self.id(test_id).await;
            let script = "const [el, l] = arguments; \
                const o = [...el.options].find(o => o.textContent.includes(l)); return o ? o.value : null;";
            let args = vec![serde_json::to_value(&el).unwrap(), json!(label)];
            if let Some(v) = self.client.execute(script, args).await.unwrap().as_str() {
                return v.to_owned();
            }
            assert!(start.elapsed() < Duration::from_secs(15), "{test_id} has no option labelled {label:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Sets a date or time input as a picker would: value set, `input` and `change` fired.
    /// (WebKitWebDriver cannot type into the native time fields.) Date fields are the app's
    /// DateField, a text input in the app's language: it takes ISO "2026-12-17" in every
    /// language and keeps that text until it loses focus, so the value reads back as set.
    pub async fn set_value(&self, test_id: &str, value: &str) {
        let el = self.id(test_id).await;
        let script = "const [el, v] = arguments; el.value = v; \
            el.dispatchEvent(new Event('input', { bubbles: true })); \
            el.dispatchEvent(new Event('change', { bubbles: true })); return el.value;";
        let args = vec![serde_json::to_value(&el).unwrap(), json!(value)];
        let done = self.client.execute(script, args).await.unwrap();
        assert_eq!(done, json!(value), "{test_id} did not take {value}");
    }

    /// Waits until exactly `n` elements carry the test id.
    pub async fn wait_count(&self, test_id: &str, n: usize) {
        let css = format!("[data-testid=\"{test_id}\"]");
        let start = Instant::now();
        loop {
            let found = self.client.find_all(Locator::Css(&css)).await.map(|v| v.len()).unwrap_or(0);
            if found == n {
                return;
            }
            assert!(start.elapsed() < Duration::from_secs(15), "{test_id}: {found} elements, never {n}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Names the file the import wizard's "choose file" gets, standing in for the native dialog
    /// that WebDriver cannot reach.
    pub async fn set_pick(&self, path: &Path) {
        let script = "window.__malakaE2ePick = arguments[0];";
        self.client.execute(script, vec![json!(path.to_str().unwrap())]).await.unwrap();
    }

    /// Names the path the next "save as" gets, standing in for the native save dialog.
    pub async fn set_save(&self, path: &Path) {
        let script = "window.__malakaE2eSave = arguments[0];";
        self.client.execute(script, vec![json!(path.to_str().unwrap())]).await.unwrap();
    }

    /// Types keys into whatever has focus, as a keyboard would (WebDriver key codes for
    /// Enter, arrows and so on: see `key`).
    pub async fn keys(&self, keys: &str) {
        let el = self.client.active_element().await.unwrap();
        el.send_keys(keys).await.unwrap_or_else(|e| panic!("keys {keys:?}: {e}"));
    }

    /// The `attribute` of the first element `css` finds (waits for one).
    pub async fn attr_of(&self, css: &str, attribute: &str) -> String {
        let el = self
            .client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css}: {e}"));
        el.attr(attribute).await.ok().flatten().unwrap_or_default()
    }

    /// Waits until the element's `attribute` is `expected`.
    pub async fn wait_attr(&self, test_id: &str, attribute: &str, expected: &str) {
        let start = Instant::now();
        loop {
            let value = self.id(test_id).await.attr(attribute).await.ok().flatten().unwrap_or_default();
            if value == expected {
                return;
            }
            if start.elapsed() >= Duration::from_secs(15) {
                // What the window showed when the wait gave up: the DOM alone rarely says why.
                self.shot(&format!("zz-failed-{test_id}")).await;
            }
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "{test_id} never had {attribute}={expected:?}; it has {value:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Saves a screenshot of the window as `<name>.png`.
    /// Scrolls the element into the middle of the window (before a screenshot of it).
    pub async fn show(&self, test_id: &str) {
        let el = self.id(test_id).await;
        let args = vec![serde_json::to_value(&el).unwrap()];
        let _ = self.client.execute("arguments[0].scrollIntoView({block: 'center'});", args).await;
    }

    pub async fn shot(&self, name: &str) {
        let png = self.client.screenshot().await.unwrap();
        std::fs::write(self.shots.join(format!("{name}.png")), png).unwrap();
    }

    /// Ends the session and stops tauri-driver with SIGTERM (SIGKILL would leave WebKitWebDriver
    /// holding the native port for the next run).
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }
}

impl Drop for App {
    /// Also on a failed assertion: SIGTERM, so WebKitWebDriver goes too and frees its port.
    fn drop(&mut self) {
        let _ = Command::new("kill").args(["-TERM", &self.driver.id().to_string()]).status();
        let _ = self.driver.wait();
    }
}
