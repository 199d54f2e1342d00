//! Team mode through the real `malaka` binary, as an agency sets it up: `team init` on a fresh
//! PostgreSQL database, `team move` of a desk's register, then people connecting with their own
//! logins — a trainer cannot issue a certificate, neither with `malaka` nor with `psql`; a manager can.

mod common;

use std::process::Command;

use common::{Env, KEY_PASSPHRASE, course};

/// `url` as `login` connects with their own password.
fn as_login(url: &str, login: &str, password: &str) -> String {
    let (_, host) = url.split_once('@').unwrap();
    format!("postgres://{login}:{}@{host}", password.replace(' ', "%20"))
}

fn malaka(db: &str, args: &[&str], input: &str) -> common::Run {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_malaka"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("MALAKA_DB")
        .env_remove("MALAKA_ACCOUNT")
        .env_remove("MALAKA_TOKEN")
        .env("MALAKA_KEY_PASSPHRASE", KEY_PASSPHRASE)
        .env("XDG_DATA_HOME", std::env::temp_dir().join("malaka-team-cli-home"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    common::Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn an_agency_moves_its_register_to_a_server_and_each_role_holds_there() {
    let env = Env::new();
    let c = course(&env);
    for s in [&c.yesterday, &c.today, &c.later] {
        for p in &c.people {
            env.json(&["attendance", "mark", "--session", s, "--person", p, "--status", "present"]);
        }
    }
    let file = env.path().display().to_string();
    let url = malaka_test_postgres::database();

    let init = malaka(&url, &["team", "init", "--json"], "").ok().json();
    assert_eq!(init["database"], url.rsplit('/').next().unwrap());
    let moved = malaka(&file, &["team", "move", "--to", &url, "--json"], "").ok().json();
    assert_eq!(moved["tables"].as_array().unwrap().len(), 33);
    let on_server = malaka(&url, &["check", "--json"], "").ok().json();
    let (mut here, there) = (env.counts(), &on_server["stats"]);
    here["audit_entries"] = (here["audit_entries"].as_i64().unwrap() + 1).into();
    assert_eq!(there, &here, "the same register on the server, and the move in its log");
    assert!(on_server["ok"].as_bool().unwrap(), "{on_server}");

    let suffix = url.rsplit('/').next().unwrap().to_owned();
    let (trainer, manager) = (format!("leyla_{suffix}"), format!("nigar_{suffix}"));
    let password = "their own password";
    let add = |login: &str, role: &str, more: &[&str]| {
        let args = [&["account", "add", login, "--name", login, "--role", role, "--password-stdin"][..], more].concat();
        malaka(&url, &args, &format!("{password}\n")).ok();
    };
    add(&trainer, "trainer", &["--trainer", &c.trainer]);
    add(&manager, "viewer", &[]);
    // `team user` is the same door: the role moves with the login.
    malaka(&url, &["team", "user", "role", &manager, "manager"], "").ok();

    let as_trainer = as_login(&url, &trainer, password);
    let me = malaka(&as_trainer, &["account", "me", "--json"], "").ok().json();
    assert_eq!(me["account"]["role"], "trainer");
    let refused = malaka(&as_trainer, &["cert", "issue", "--activity", &c.activity], "").failed();
    assert!(refused.stderr.contains("certificate_issue"), "{}", refused.stderr);
    let psql = Command::new("psql")
        .args(["-X", "-v", "ON_ERROR_STOP=1", "-d", &as_trainer, "-c"])
        .arg("UPDATE certificate_series SET last_number = 0")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&psql.stderr);
    assert!(!psql.status.success() && said.contains("permission denied"), "{said}");

    let as_manager = as_login(&url, &manager, password);
    let issued = malaka(&as_manager, &["cert", "issue", "--activity", &c.activity, "--json"], "").ok().json();
    assert_eq!(issued["issued"].as_array().unwrap().len(), c.people.len(), "{issued}");

    malaka(&url, &["team", "user", "disable", &trainer], "").ok();
    let gone = malaka(&as_trainer, &["account", "me"], "").failed();
    assert!(gone.stderr.contains("not permitted to log in"), "{}", gone.stderr);
}

#[test]
fn an_unreachable_server_is_named_with_why() {
    let refused = malaka("postgres://malaka@127.0.0.1:1/register", &["person", "list"], "").failed();
    assert!(refused.stderr.contains("malaka@127.0.0.1:1/register"), "{}", refused.stderr);
    assert!(refused.stderr.contains("connection refused"), "{}", refused.stderr);
}

#[test]
fn eight_processes_issuing_into_one_series_never_share_or_skip_a_number() {
    let env = Env::new();
    let c = course(&env);
    let mut people = c.people.clone();
    for i in 4..=8 {
        let p = common::add_person(&env, "Həsənov", &format!("Namiq {i}"), &format!("A-{i}"));
        env.json(&["enrol", "add", "--activity", &c.activity, "--person", &p]);
        people.push(p);
    }
    for s in [&c.yesterday, &c.today, &c.later] {
        for p in &people {
            env.json(&["attendance", "mark", "--session", s, "--person", p, "--status", "present"]);
        }
    }
    let url = malaka_test_postgres::database();
    malaka(&url, &["team", "init"], "").ok();
    malaka(&env.path().display().to_string(), &["team", "move", "--to", &url], "").ok();

    // Eight `malaka` processes, each its own connection, each issuing one person's certificate.
    let numbers: Vec<String> = std::thread::scope(|scope| {
        let runs: Vec<_> = people
            .iter()
            .map(|p| {
                let url = &url;
                let activity = &c.activity;
                scope.spawn(move || {
                    let args = ["cert", "issue", "--activity", activity, "--person", p, "--json"];
                    let issued = malaka(url, &args, "").ok().json();
                    issued["issued"][0]["code"].as_str().unwrap().to_owned()
                })
            })
            .collect();
        runs.into_iter().map(|r| r.join().unwrap()).collect()
    });
    let mut serials: Vec<u32> = numbers.iter().map(|n| n.rsplit('-').next().unwrap().parse().unwrap()).collect();
    serials.sort_unstable();
    assert_eq!(serials, (1..=8).collect::<Vec<u32>>(), "one number each, none skipped: {numbers:?}");
}
