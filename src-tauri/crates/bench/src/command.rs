//! A whole `malaka` command as a user at a shell waits for it: process start, opening the
//! database, one search, exit. Held against `sqlite3` starting, opening the same file and
//! answering a count.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::limits::Sqlite3;
use crate::run::{Limit, Row};
use crate::stats::Stats;
use crate::{Error, Result};

/// `malaka --db DB person search Karimov`, `reps` times.
pub fn person_search(
    cli: &Path,
    db: &Path,
    sqlite3: &std::result::Result<Sqlite3, String>,
    reps: usize,
) -> Result<Row> {
    let logs = tempfile::tempdir()?;
    let mut samples = Vec::new();
    for _ in 0..reps {
        let t = Instant::now();
        let out = Command::new(cli)
            .args(["--db".as_ref(), db.as_os_str(), "person".as_ref(), "search".as_ref(), "Karimov".as_ref()])
            .env("XDG_DATA_HOME", logs.path())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .map_err(|e| Error::Io(format!("{}: {e}", cli.display())))?;
        samples.push(t.elapsed());
        if !out.status.success() {
            let err = String::from_utf8_lossy(&out.stderr);
            return Err(Error::Io(format!("{} person search failed: {}", cli.display(), err.trim())));
        }
    }
    let stats = Stats::of(&samples);
    let limit = match sqlite3 {
        Ok(s) => {
            let mut total = std::time::Duration::ZERO;
            for _ in 0..reps {
                total += s.whole_run(db, "SELECT count(*) FROM person;\n")?;
            }
            Limit::Sqlite3 {
                mean_ms: total.as_secs_f64() * 1000.0 / reps.max(1) as f64,
                what: "sqlite3 starting, opening the file and counting people".into(),
            }
        }
        Err(why) => Limit::None(why.clone()),
    };
    Ok(Row {
        operation: format!("`malaka person search Karimov`, start to exit (× {reps})"),
        met: Some(stats.p99_ms < 1000.0),
        malaka: Some(stats),
        limit,
        target: "well under 1 s",
        note: "the real command: process start, log, open (no full check after a clean close), search, exit".into(),
    })
}
