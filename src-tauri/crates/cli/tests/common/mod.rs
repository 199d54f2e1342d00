//! Runs the real `malaka` binary against a database in a temporary directory.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

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
        c.arg("--db").arg(&self.db).env_remove("MALAKA_DB").env("MALAKA_ACTOR", "tester");
        c
    }

    pub fn run(&self, args: &[&str]) -> Run {
        finish(self.command().args(args).output().unwrap())
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
    let activity = env.json(&[
        "activity",
        "add",
        "--kind",
        "training",
        "--title",
        "Mijozlarga xizmat",
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-31",
        "--host",
        "DXA",
        "--capacity",
        "2",
        "--venue",
        &venue_id,
    ]);
    World {
        org: org["id"].as_str().unwrap().into(),
        trainer: trainer["id"].as_str().unwrap().into(),
        venue: venue_id,
        activity: activity["id"].as_str().unwrap().into(),
    }
}

pub fn add_person(env: &Env, family: &str, given: &str, number: &str) -> String {
    let p = env.json(&["person", "add", "--org", "DXA", "--family", family, "--given", given, "--number", number]);
    p["id"].as_str().unwrap().to_owned()
}
