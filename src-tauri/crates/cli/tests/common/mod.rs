//! Runs the real `malaka` binary against a database in a temporary directory.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::{Duration, Utc};
use serde_json::Value;

/// The signing key's passphrase in these tests (the key is set up by [`course`]).
pub const KEY_PASSPHRASE: &str = "the issuer's passphrase";

pub struct Env {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", self.stdout, self.stderr))
    }
    pub fn ok(self) -> Self {
        assert_eq!(self.code, 0, "command failed: {}\n{}", self.stdout, self.stderr);
        self
    }
    pub fn failed(self) -> Self {
        assert_eq!(self.code, 1, "expected a refusal, got {}: {}\n{}", self.code, self.stdout, self.stderr);
        self
    }
}

fn finish(out: Output) -> Run {
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

impl Default for Env {
    fn default() -> Self {
        Self::new()
    }
}

impl Env {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("malaka.db");
        Env { dir, db }
    }

    pub fn command(&self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_malaka"));
        c.arg("--db").arg(&self.db).env_remove("MALAKA_DB").env_remove("MALAKA_ACCOUNT").env_remove("MALAKA_TOKEN");
        c.env("MALAKA_KEY_PASSPHRASE", KEY_PASSPHRASE);
        c
    }

    pub fn run(&self, args: &[&str]) -> Run {
        finish(self.command().args(args).output().unwrap())
    }

    /// Runs with `input` on standard input (passwords with `--password-stdin`).
    pub fn run_with_input(&self, args: &[&str], input: &str) -> Run {
        use std::io::Write;
        use std::process::Stdio;
        let mut child = self
            .command()
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
        finish(child.wait_with_output().unwrap())
    }

    /// Runs with `--json` and expects success.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.push("--json");
        self.run(&all).ok().json()
    }

    pub fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }

    /// Row counts of the tables that matter, to prove a refused command wrote nothing.
    pub fn counts(&self) -> Value {
        let v = self.json(&["check"]);
        v["stats"].clone()
    }

    pub fn path(&self) -> &Path {
        &self.db
    }
}

/// A small world: an agency, a trainer, a venue in Tashkent and a training.
pub struct World {
    pub org: String,
    pub trainer: String,
    pub venue: String,
    pub activity: String,
}

pub fn world(env: &Env) -> World {
    let org = env.json(&[
        "org",
        "add",
        "--name",
        "Davlat xizmatlari agentligi",
        "--country",
        "UZ",
        "--kind",
        "agency",
        "--code",
        "DXA",
    ]);
    let trainer = env.json(&["trainer", "add", "--name", "Anvar Karimov"]);
    let venue = env.json(&[
        "venue",
        "add",
        "--name",
        "Zal 2",
        "--city",
        "Toshkent",
        "--country",
        "UZ",
        "--tz",
        "Asia/Tashkent",
        "--capacity",
        "40",
    ]);
    let venue_id = venue["id"].as_str().unwrap().to_owned();
    let activity = env.json(&activity_add(
        "training",
        "Mijozlarga xizmat",
        "2026-12-01",
        "2026-12-31",
        &["--capacity", "2", "--venue", &venue_id],
    ));
    World {
        org: org["id"].as_str().unwrap().into(),
        trainer: trainer["id"].as_str().unwrap().into(),
        venue: venue_id,
        activity: activity["id"].as_str().unwrap().into(),
    }
}

/// `--kind`, `--title`, `--from`, `--to` and `--host DXA`: the fields `activity add` and `activity edit` share.
pub fn activity_fields<'a>(kind: &'a str, title: &'a str, from: &'a str, to: &'a str) -> Vec<&'a str> {
    vec!["--kind", kind, "--title", title, "--from", from, "--to", to, "--host", "DXA"]
}

/// The arguments of `activity add` for an activity hosted by DXA, followed by `more`.
pub fn activity_add<'a>(kind: &'a str, title: &'a str, from: &'a str, to: &'a str, more: &[&'a str]) -> Vec<&'a str> {
    [&["activity", "add"][..], &activity_fields(kind, title, from, to), more].concat()
}

/// The arguments of `session add` for `activity` from `start` to `end` (local times), followed by `more`.
pub fn session_add<'a>(activity: &'a str, start: &'a str, end: &'a str, more: &[&'a str]) -> Vec<&'a str> {
    [&["session", "add", "--activity", activity, "--start", start, "--end", end][..], more].concat()
}

pub fn add_person(env: &Env, family: &str, given: &str, number: &str) -> String {
    let p = env.json(&["person", "add", "--org", "DXA", "--family", family, "--given", given, "--number", number]);
    p["id"].as_str().unwrap().to_owned()
}

/// An activity running from a week ago to a week ahead, with a trainer, three people and
/// sessions yesterday, today and in three days (dates relative to now, so the test never ages).
pub struct Course {
    pub activity: String,
    pub trainer: String,
    pub people: Vec<String>,
    pub yesterday: String,
    pub today: String,
    pub later: String,
}

pub fn course(env: &Env) -> Course {
    env.run_with_input(&["cert", "key", "rotate", "--password-stdin"], &format!("{KEY_PASSPHRASE}\n")).ok();
    env.json(&["org", "add", "--name", "ASAN xidmət", "--country", "AZ", "--kind", "agency", "--code", "DXA"]);
    let trainer = env.json(&["trainer", "add", "--name", "Leyla Məmmədova"])["id"].as_str().unwrap().to_owned();
    // Baku time; "today" in Baku may differ from UTC's near midnight, so sessions sit at noon.
    let baku_today = (Utc::now() + Duration::hours(4)).date_naive();
    let day = |d: i64| (baku_today + Duration::days(d)).format("%Y-%m-%d").to_string();
    let activity =
        env.json(&activity_add("training", "Vətəndaşlara xidmət standartları", &day(-7), &day(7), &[]))["id"]
            .as_str()
            .unwrap()
            .to_owned();
    let people = vec![
        add_person(env, "Əliyev", "İlqar", "A-1"),
        add_person(env, "Babayeva", "Şəbnəm", "A-2"),
        add_person(env, "Cəfərov", "Ürfan", "A-3"),
    ];
    for p in &people {
        env.json(&["enrol", "add", "--activity", &activity, "--person", p]);
    }
    let session = |d: i64| {
        let (start, end) = (format!("{}T11:00", day(d)), format!("{}T13:00", day(d)));
        env.json(&session_add(&activity, &start, &end, &["--tz", "Asia/Baku", "--trainer", &trainer]))["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    Course { yesterday: session(-1), today: session(0), later: session(3), activity, trainer, people }
}
