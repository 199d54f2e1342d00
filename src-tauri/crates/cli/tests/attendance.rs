//! `malaka attendance …` and `malaka completion …` through the real binary on a real file.

mod common;

use common::{Env, course};
use serde_json::Value;

fn ids(cards: &Value) -> Vec<String> {
    cards.as_array().unwrap().iter().map(|c| c["session"]["id"].as_str().unwrap().to_owned()).collect()
}

#[test]
fn a_trainers_sessions_today_upcoming_and_past_with_missing_marks() {
    let env = Env::new();
    let c = course(&env);
    let mine = env.json(&["attendance", "sessions", "--trainer", &c.trainer, "--time-zone", "Asia/Baku"]);
    assert_eq!(ids(&mine["today"]), [c.today.as_str()]);
    assert_eq!(ids(&mine["upcoming"]), [c.later.as_str()]);
    assert_eq!(ids(&mine["past"]), [c.yesterday.as_str()]);
    assert_eq!((mine["past"][0]["expected"].as_i64(), mine["past"][0]["marked"].as_i64()), (Some(3), Some(0)));
    assert_eq!(mine["past"][0]["trainer_names"][0], "Leyla Məmmədova");
    // Marking yesterday's roll clears the flag.
    env.json(&["attendance", "bulk", "--session", &c.yesterday, "--rest", "present"]);
    let mine = env.json(&["attendance", "sessions", "--trainer", &c.trainer, "--time-zone", "Asia/Baku"]);
    assert_eq!(mine["past"][0]["marked"].as_i64(), Some(3));
    // Another trainer has none of these sessions; an unknown one is refused.
    let other = env.json(&["trainer", "add", "--name", "Someone Else"])["id"].as_str().unwrap().to_owned();
    assert!(env.json(&["attendance", "sessions", "--trainer", &other])["today"].as_array().unwrap().is_empty());
    env.run(&["attendance", "sessions", "--trainer", "0192f0a2-0000-7000-8000-00000000dead"]).failed();
}

#[test]
fn bulk_entry_from_a_typed_up_sheet_checks_every_row_then_saves_all() {
    let env = Env::new();
    let c = course(&env);
    let before = env.counts();
    let bad =
        env.file("sheet.csv", "person;status;minutes_late\nA-1;p;\nA-9;a;\nA-2;maybe;\nA-3;late;ten\n".as_bytes());
    let refused = env.run(&["attendance", "bulk", "--session", &c.today, "--file", bad.to_str().unwrap()]).failed();
    for expected in [
        "row 3, column \"person\": 'A-9' is not on this session's roll",
        "row 4, column \"status\": 'maybe' is not a mark",
        "row 5, column \"minutes_late\": 'ten' is not a number of minutes",
    ] {
        assert!(refused.stderr.contains(expected), "missing {expected:?} in {}", refused.stderr);
    }
    assert_eq!(env.counts(), before, "a refused file writes nothing");

    let good = env.file("sheet2.csv", "Person,Status,Minutes_late,Note\nA-2,L,15,bus\n".as_bytes());
    let report =
        env.json(&["attendance", "bulk", "--session", &c.today, "--file", good.to_str().unwrap(), "--rest", "present"]);
    assert_eq!((report["saved"].as_i64(), report["rest"].as_i64()), (Some(3), Some(2)));
    let roll = env.json(&["attendance", "show", "--session", &c.today]);
    let statuses: Vec<(&str, &str)> = roll["marks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["person_id"].as_str().unwrap(), m["status"].as_str().unwrap()))
        .collect();
    assert!(statuses.contains(&(c.people[1].as_str(), "late")), "{statuses:?}");
    assert!(statuses.contains(&(c.people[0].as_str(), "present")));
    assert_eq!(roll["marks"].as_array().unwrap().len(), 3);
    // The rest only fills the unmarked: running it again changes nothing.
    let again = env.run(&["attendance", "bulk", "--session", &c.today, "--rest", "absent"]).failed();
    assert!(again.stderr.contains("nothing to save"), "{}", again.stderr);
}

#[test]
fn a_cleared_mark_keeps_its_history() {
    let env = Env::new();
    let c = course(&env);
    let p = &c.people[0];
    env.json(&["attendance", "mark", "--session", &c.today, "--person", p, "--status", "present"]);
    env.json(&[
        "attendance",
        "mark",
        "--session",
        &c.today,
        "--person",
        p,
        "--status",
        "clear",
        "--reason",
        "wrong row",
    ]);
    let roll = env.json(&["attendance", "show", "--session", &c.today]);
    assert!(roll["marks"].as_array().unwrap().is_empty());
    let h = env.json(&["attendance", "history", "--session", &c.today, "--person", p]);
    assert_eq!(h[1]["old_status"], "present");
    assert_eq!(h[1]["new_status"], Value::Null);
    assert_eq!(h[1]["reason"], "wrong row");
}

#[test]
fn completion_follows_the_rule_and_says_why_not() {
    let env = Env::new();
    let c = course(&env);
    let [a, b, d] = [&c.people[0], &c.people[1], &c.people[2]];
    for (session, status) in [(&c.yesterday, "present"), (&c.today, "present"), (&c.later, "present")] {
        env.json(&["attendance", "mark", "--session", session, "--person", a, "--status", status]);
    }
    env.json(&["attendance", "mark", "--session", &c.yesterday, "--person", b, "--status", "present"]);
    env.json(&["attendance", "mark", "--session", &c.today, "--person", b, "--status", "late", "--minutes-late", "20"]);
    env.json(&["attendance", "mark", "--session", &c.later, "--person", b, "--status", "excused"]);
    let show = |env: &Env| env.json(&["completion", "show", "--activity", &c.activity]);
    let who = |v: &Value, p: &str| {
        v["participants"].as_array().unwrap().iter().find(|x| x["person_id"] == p).cloned().unwrap()
    };

    // Default rule: 80 % of sessions, late counts, excused does not.
    let v = show(&env);
    assert_eq!(v["rule_is_custom"], false);
    assert_eq!(who(&v, a)["standing"]["eligible"], true);
    assert_eq!(who(&v, b)["standing"]["rate"].as_f64(), Some(66.7));
    assert_eq!(who(&v, b)["standing"]["reasons"][0]["code"], "below_minimum");
    let nobody = who(&v, d);
    assert_eq!(nobody["standing"]["reasons"][1], serde_json::json!({"code": "marks_missing", "count": 3}));

    // Excused counts, late counts half: b reaches 83.3 %; a score of 60 is needed.
    env.json(&[
        "completion",
        "rule",
        "--activity",
        &c.activity,
        "--late-counts",
        "half",
        "--excused-counts",
        "--assessment",
        "score",
        "--pass-mark",
        "60",
    ]);
    let v = show(&env);
    assert_eq!(who(&v, b)["standing"]["rate"].as_f64(), Some(83.3));
    assert_eq!(who(&v, b)["standing"]["reasons"][0]["code"], "assessment_missing");
    env.json(&["completion", "assess", "--activity", &c.activity, "--person", b, "--score", "72.5"]);
    env.json(&["completion", "assess", "--activity", &c.activity, "--person", a, "--score", "40"]);
    let v = show(&env);
    assert_eq!(who(&v, b)["standing"]["eligible"], true);
    assert_eq!(who(&v, a)["standing"]["reasons"][0]["code"], "assessment_failed");
    // A pass/fail result on a scored assessment, or a score out of range, is refused.
    let wrong =
        env.run(&["completion", "assess", "--activity", &c.activity, "--person", a, "--result", "pass"]).failed();
    assert!(wrong.stderr.contains("passed: this activity's assessment is a score"), "{}", wrong.stderr);
    let high = env.run(&["completion", "assess", "--activity", &c.activity, "--person", a, "--score", "101"]).failed();
    assert!(high.stderr.contains("score: must be 0 to 100"), "{}", high.stderr);
    let bad = env.run(&["completion", "rule", "--activity", &c.activity, "--min-percent", "120"]).failed();
    assert!(bad.stderr.contains("min_percent: must be 0 to 100"), "{}", bad.stderr);
    let audit = env.json(&["audit", "--entity", &c.activity]);
    assert!(audit.as_array().unwrap().iter().any(|e| e["action"] == "completion.rule"));
}

#[test]
fn the_sign_in_sheet_prints_the_roll() {
    let env = Env::new();
    let c = course(&env);
    let out = env.dir.path().join("sheet.pdf");
    env.json(&["attendance", "sheet", "--session", &c.today, "--locale", "az", "--out", out.to_str().unwrap()]);
    let text = std::process::Command::new("pdftotext").arg(&out).arg("-").output().expect("pdftotext (poppler-utils)");
    let text = String::from_utf8(text.stdout).unwrap();
    for expected in
        ["İştirakçıların qeydiyyat vərəqəsi", "Əliyev İlqar", "Babayeva Şəbnəm", "Leyla Məmmədova", "Asia/Baku"]
    {
        assert!(text.contains(expected), "{expected} missing from\n{text}");
    }
    let bad = env.run(&["attendance", "sheet", "--session", &c.today, "--locale", "fr", "--out", "x.pdf"]).failed();
    assert!(bad.stderr.contains("locale: 'fr' is not one of uz-Latn, uz-Cyrl, ru, az, en"), "{}", bad.stderr);
}
