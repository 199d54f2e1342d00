//! The crash harness: the real `malaka` killed with SIGKILL at random moments of an import, a
//! certificate issuance and a roll save — 100 times each, each on a copy of a prepared register.
//! After every kill the register must open, pass `PRAGMA integrity_check`, the foreign-key check
//! and the audit chain, and hold each operation whole or not at all — whole whenever the command
//! had answered before it was killed.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{Env, KEY_PASSPHRASE, course};
use malaka_api::Malaka;

const RUNS: usize = 100;

/// A small xorshift generator: the kill moments need spread, not cryptographic randomness.
struct Moments(u64);

impl Moments {
    fn new() -> Self {
        let seed = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64;
        println!("kill moments seeded with {seed}");
        Moments(seed | 1)
    }
    /// A moment within `span`.
    fn within(&mut self, span: Duration) -> Duration {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        Duration::from_micros(self.0 % (span.as_micros() as u64).max(1))
    }
}

/// A copy of the prepared register, for one run.
fn copy_of(template: &Path, dir: &Path, run: usize) -> PathBuf {
    let db = dir.join(format!("run-{run}.db"));
    std::fs::copy(template, &db).unwrap();
    db
}

/// Runs `malaka --db DB args…`, killed after `after` unless it finished; whether it answered
/// (exited with success) before that.
fn run_killed(db: &Path, args: &[&str], after: Duration) -> bool {
    let mut child = Command::new(env!("CARGO_BIN_EXE_malaka"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("MALAKA_KEY_PASSPHRASE", KEY_PASSPHRASE)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + after;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status.success();
        }
        if Instant::now() >= deadline {
            child.kill().unwrap(); // SIGKILL
            child.wait().unwrap();
            return false;
        }
        std::thread::sleep(Duration::from_micros(200));
    }
}

/// How long the command takes when left alone, on a copy of its own: the kills fall within it,
/// on whatever machine runs the tests.
fn untouched(template: &Path, dir: &Path, args: &[&str]) -> Duration {
    let db = dir.join(format!("timing-{}.db", args.join("-").len()));
    std::fs::copy(template, &db).unwrap();
    let started = Instant::now();
    assert!(run_killed(&db, args, Duration::from_secs(120)), "{args:?} fails when left alone");
    started.elapsed()
}

/// Opens the register after the kill: it must be healthy; returns the app to count with.
async fn healthy(db: &Path) -> Malaka {
    let app = Malaka::open(db).await.unwrap_or_else(|e| panic!("{}: does not open: {e}", db.display()));
    let health = app.check().await.unwrap();
    assert!(health.ok, "{}: {:?}", db.display(), health);
    app
}

/// What a family of runs saw, for the figures in docs/reliability.md.
#[derive(Default, Debug)]
struct Tally {
    answered: usize,
    whole_though_killed: usize,
    nothing: usize,
}

fn prepared() -> (Env, common::Course) {
    let env = Env::new();
    let c = course(&env);
    for s in [&c.yesterday, &c.today, &c.later] {
        let mut args = vec!["attendance", "mark", "--session", s.as_str(), "--status", "present"];
        for p in &c.people {
            args.extend(["--person", p.as_str()]);
        }
        env.json(&args);
    }
    (env, c)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_at_random_moments_a_register_keeps_every_acknowledged_operation_whole() {
    let (env, c) = prepared();
    let template = env.path().to_path_buf();
    let mut moments = Moments::new();
    let work = tempfile::tempdir().unwrap();

    // 1. An import of 3,000 people.
    let rows: String = (0..3000).map(|i| format!("Karimov{i},Aziz,{i}\n")).collect();
    let csv = work.path().join("staff.csv");
    std::fs::write(&csv, format!("Familiya,Ism,Tabel raqami\n{rows}")).unwrap();
    // Closed before the template is copied: a register dropped while open may still be folding its
    // log into the file, and a copy taken then is torn (the command on it then fails at once).
    let app = healthy(&template).await;
    let before = app.stats().await.unwrap().people;
    app.close().await;
    let mut import = Tally::default();
    let args = ["person", "import", csv.to_str().unwrap(), "--org", "DXA"];
    let span = untouched(&template, work.path(), &args);
    for run in 0..RUNS {
        let db = copy_of(&template, work.path(), run);
        let answered = run_killed(&db, &args, moments.within(span + span / 4));
        let people = healthy(&db).await.stats().await.unwrap().people;
        match (answered, people - before) {
            (true, 3000) => import.answered += 1,
            (false, 3000) => import.whole_though_killed += 1,
            (false, 0) => import.nothing += 1,
            (a, n) => panic!("run {run}: answered {a}, {n} of 3000 people kept"),
        }
    }

    // 2. Issuing the course's certificates (three eligible).
    let mut issue = Tally::default();
    let args = ["cert", "issue", "--activity", c.activity.as_str()];
    let span = untouched(&template, work.path(), &args);
    for run in 0..RUNS {
        let db = copy_of(&template, work.path(), RUNS + run);
        let answered = run_killed(&db, &args, moments.within(span + span / 4));
        let app = healthy(&db).await;
        match (answered, app.certificate_list(Some(&c.activity), None, 100).await.unwrap().len()) {
            (true, 3) => issue.answered += 1,
            (false, 3) => issue.whole_though_killed += 1,
            (false, 0) => issue.nothing += 1,
            (a, n) => panic!("run {run}: answered {a}, {n} of 3 certificates kept"),
        }
    }

    // 3. A roll save: everyone's mark in today's session changed to late.
    let mut roll = Tally::default();
    let mut args = vec!["attendance", "mark", "--session", c.today.as_str(), "--status", "late"];
    for p in &c.people {
        args.extend(["--person", p.as_str()]);
    }
    let span = untouched(&template, work.path(), &args);
    for run in 0..RUNS {
        let db = copy_of(&template, work.path(), 2 * RUNS + run);
        let answered = run_killed(&db, &args, moments.within(span + span / 4));
        let app = healthy(&db).await;
        let roll_now = app.attendance_roll(&c.today).await.unwrap();
        let marked =
            roll_now.marks.iter().filter(|m| m.status == malaka_api::core::model::AttendanceStatus::Late).count();
        match (answered, marked) {
            (true, 3) => roll.answered += 1,
            (false, 3) => roll.whole_though_killed += 1,
            (false, 0) => roll.nothing += 1,
            (a, n) => panic!("run {run}: answered {a}, {n} of 3 marks kept"),
        }
    }
    println!("import: {import:?}\ncertificate issuance: {issue:?}\nroll save: {roll:?}");
    // The moments fall within the command's own time, so most runs are cut short: otherwise
    // the harness would prove nothing.
    for (what, t) in [("import", &import), ("issuance", &issue), ("roll", &roll)] {
        assert!(t.answered <= RUNS * 3 / 4, "{what}: too few kills landed before the answer: {t:?}");
    }
}
