//! The desktop app's cold start: process start to its first painted screen, as the app itself
//! reports it (`MALAKA_REPORT_STARTUP`, issue 3), on the benchmark's database.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::run::{Limit, Row};
use crate::stats::Stats;
use crate::{Error, Result};

/// Longest wait for a first screen before the start counts as failed.
const PATIENCE: Duration = Duration::from_secs(120);

/// An X server for the app when this session has none; stopped (by its own id) when dropped.
struct Xvfb(Child);

impl Drop for Xvfb {
    fn drop(&mut self) {
        // SIGTERM, so the server removes its socket and lock file; SIGKILL only if it lingers.
        let _ = Command::new("kill").arg("-TERM").arg(self.0.id().to_string()).status();
        for _ in 0..100 {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn xvfb() -> Result<(Option<Xvfb>, String)> {
    if let Some(display) = std::env::var_os("DISPLAY").filter(|d| !d.is_empty()) {
        return Ok((None, display.to_string_lossy().into_owned()));
    }
    let n = (90..140)
        .find(|n| !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists())
        .ok_or_else(|| Error::Io("no free X display number".into()))?;
    let child = Command::new("Xvfb")
        .args([format!(":{n}"), "-screen".into(), "0".into(), "1280x800x24".into(), "-nolisten".into(), "tcp".into()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| Error::Io(format!("Xvfb: {e} (install the Debian package xvfb)")))?;
    let server = Xvfb(child);
    let t = Instant::now();
    while !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists() {
        if t.elapsed() > Duration::from_secs(10) {
            return Err(Error::Io("Xvfb did not start".into()));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Ok((Some(server), format!(":{n}")))
}

/// What one start measured.
struct Start {
    to_first_screen: Duration,
    /// The app and its web processes once the first screen has settled, by process name.
    memory: Vec<(String, u64)>,
}

/// One start: the time from spawning the process to the app's "first screen painted" line, then
/// the memory of all its processes once the People screen has loaded.
fn start_once(desktop: &Path, db: &Path, display: &str, data: &Path) -> Result<Start> {
    let t = Instant::now();
    let mut child = Command::new(desktop)
        .env("MALAKA_DB", db)
        .env("MALAKA_REPORT_STARTUP", "1")
        .env("DISPLAY", display)
        .env("XDG_DATA_HOME", data)
        .env("XDG_CONFIG_HOME", data)
        .env("XDG_CACHE_HOME", data)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| Error::Io(format!("{}: {e}", desktop.display())))?;
    let stdout = child.stdout.take().ok_or_else(|| Error::Io("no stdout".into()))?;
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(std::io::Result::ok) {
            if line.contains("first screen painted") {
                let _ = tx.send(());
                break;
            }
        }
    });
    let got = rx.recv_timeout(PATIENCE);
    let elapsed = t.elapsed();
    let memory = if got.is_ok() { crate::memory::settled(child.id()) } else { Vec::new() };
    close(&mut child);
    got.map(|()| Start { to_first_screen: elapsed, memory }).map_err(|_| {
        Error::Io(format!("{} painted no first screen within {} s", desktop.display(), PATIENCE.as_secs()))
    })
}

/// Asks the app to quit as a logging-out session does (SIGTERM), so it closes the database
/// cleanly and the next start is measured as a user's next start; kills it if it lingers.
fn close(child: &mut Child) {
    let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
    let t = Instant::now();
    while t.elapsed() < Duration::from_secs(20) {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Starts the app `reps` times on `db` and reports process start to first screen, and the memory
/// of the last start.
pub fn cold_start(desktop: &Path, db: &Path, reps: usize) -> Result<Vec<Row>> {
    let (_server, display) = xvfb()?;
    let data = tempfile::tempdir()?;
    let mut samples = Vec::new();
    let mut memory = Vec::new();
    for _ in 0..reps {
        let start = start_once(desktop, db, &display, data.path())?;
        samples.push(start.to_first_screen);
        memory = start.memory;
    }
    let stats = Stats::of(&samples);
    let time = Row {
        operation: format!("desktop cold start to first screen (× {reps})"),
        met: Some(stats.p99_ms < 1500.0),
        malaka: Some(stats),
        limit: Limit::None("no sqlite3 equivalent; see \"open the database\"".into()),
        target: "< 1.5 s",
        note: format!(
            "{} on this database, process start to the app's first-paint report (file cache warm)",
            desktop.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default()
        ),
    };
    Ok(vec![time, crate::memory::row(&memory)])
}
