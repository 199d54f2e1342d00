//! Accounts through the real `malaka` binary: once a password is set the command signs in (a
//! password on standard input, or a token), each role is held to its actions, and the audit log
//! names the account.

mod common;

use common::{Env, course};

const ADMIN: &str = "admin password 1";

#[test]
fn a_trainer_signed_in_records_their_roll_and_cannot_issue_certificates() {
    let env = Env::new();
    let c = course(&env);
    env.run_with_input(&["account", "password", "--password-stdin"], &format!("{ADMIN}\n")).ok();

    let refused = env.run(&["person", "list"]).failed();
    assert!(refused.stderr.contains("sign in first: --account LOGIN"), "{}", refused.stderr);
    let wrong =
        env.run_with_input(&["--account", "admin", "--password-stdin", "person", "list"], "nope nope\n").failed();
    assert!(wrong.stderr.contains("the login or the password is wrong"), "{}", wrong.stderr);

    let add = ["--account", "admin", "--password-stdin", "account", "add", "leyla", "--name", "Leyla Məmmədova"];
    let args = [&add[..], &["--role", "trainer", "--trainer", &c.trainer]].concat();
    env.run_with_input(&args, &format!("{ADMIN}\nleyla password\n")).ok();

    let as_trainer = |args: &[&str]| {
        let all = [&["--account", "leyla", "--password-stdin"][..], args].concat();
        env.run_with_input(&all, "leyla password\n")
    };
    as_trainer(&["attendance", "mark", "--session", &c.today, "--person", &c.people[0], "--status", "late"]).ok();
    let issue = as_trainer(&["cert", "issue", "--activity", &c.activity]).failed();
    assert!(issue.stderr.contains("your role does not allow this (certificate_issue)"), "{}", issue.stderr);
    let add = as_trainer(&["person", "add", "--family", "X", "--given", "Y", "--org", "DXA"]).failed();
    assert!(add.stderr.contains("person_edit"), "{}", add.stderr);

    let audit =
        env.run_with_input(&["--account", "admin", "--password-stdin", "audit", "--json"], &format!("{ADMIN}\n"));
    let audit = audit.ok().json();
    let last = &audit[0];
    assert_eq!((last["action"].as_str(), last["actor"].as_str()), (Some("attendance.mark"), Some("Leyla Məmmədova")));
}

#[test]
fn a_script_signs_in_with_a_token_an_administrator_made() {
    let env = Env::new();
    let _ = course(&env);
    env.run_with_input(&["account", "password", "--password-stdin"], &format!("{ADMIN}\n")).ok();
    let admin = |args: &[&str]| {
        let all = [&["--account", "admin", "--password-stdin"][..], args].concat();
        env.run_with_input(&all, &format!("{ADMIN}\n{ADMIN}\n"))
    };
    admin(&["account", "add", "hr", "--name", "Nigar Həsənova", "--role", "hr_officer"]).ok();
    let token = admin(&["account", "token", "create", "hr", "--label", "nightly import", "--json"]).ok().json();
    let secret = token["secret"].as_str().unwrap();
    let me = env.command().args(["account", "me", "--json"]).env("MALAKA_TOKEN", secret).output().unwrap();
    let me: serde_json::Value = serde_json::from_slice(&me.stdout).unwrap();
    assert_eq!(me["account"]["login"], "hr");
    assert!(me["allowed"].as_array().unwrap().iter().any(|a| a == "person_edit"));
    admin(&["account", "token", "revoke", token["id"].as_str().unwrap()]).ok();
    let refused = env.command().args(["account", "me"]).env("MALAKA_TOKEN", secret).output().unwrap();
    assert_eq!(refused.status.code(), Some(1));
}
