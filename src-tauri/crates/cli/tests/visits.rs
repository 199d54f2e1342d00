//! `malaka visit …` through the real binary: a delegation planned, confirmed and amended from
//! the command line, with its output as text and as JSON, and bad input refused with the
//! argument named and nothing written.

mod common;

use common::{Env, world};

fn partner(env: &Env) {
    env.json(&["org", "add", "--name", "ASAN xidmət", "--country", "AZ", "--kind", "partner", "--code", "ASAN"]);
}

fn person(env: &Env, family: &str, given: &str) -> String {
    let p = env.json(&["person", "add", "--org", "DXA", "--family", family, "--given", given]);
    p["id"].as_str().unwrap().to_owned()
}

#[test]
fn a_visit_is_planned_confirmed_and_amended_from_the_command_line() {
    let env = Env::new();
    world(&env);
    partner(&env);
    let head = person(&env, "Karimov", "Jasur");
    let v = env.json(&[
        "visit",
        "add",
        "--title",
        "ASAN xidmət tajribasi",
        "--from",
        "DXA",
        "--to",
        "ASAN",
        "--start",
        "2027-04-12",
        "--end",
        "2027-04-16",
        "--city",
        "Bakı",
    ]);
    assert_eq!(v["direction"], "outgoing");
    let id = v["id"].as_str().unwrap();
    let m = env.json(&["visit", "member", "add", id, "--person", &head, "--role", "head", "--passport", "2027-09-01"]);
    let member = m["id"].as_str().unwrap();
    env.json(&["visit", "visa", id, member, "refused", "--on", "2027-03-10", "--note", "missing bank statement"]);
    env.json(&["visit", "visa", id, member, "applied", "--on", "2027-03-12"]);
    env.json(&[
        "visit",
        "programme",
        id,
        "--item",
        "2027-04-13T10:00|2027-04-13T12:00|Front office|ASAN xidmət mərkəzi №1",
        "--item",
        "2027-04-12T15:00|2027-04-12T17:00|Welcome",
    ]);
    env.json(&[
        "visit",
        "travel",
        id,
        "--leg",
        "flight|Tashkent (TAS)|2027-04-12T08:00|Asia/Tashkent|Baku (GYD)|2027-04-12T09:30|Asia/Baku|HY 51",
        "--stay",
        "Hotel Qafqaz|2027-04-12|2027-04-16",
    ]);
    env.json(&["visit", "status", id, "proposed"]);
    env.json(&["visit", "host", id, "accepted"]);
    env.json(&["visit", "status", id, "confirmed"]);

    let refused = env.run(&["visit", "edit", id, "--end", "2027-04-17"]).failed();
    assert!(refused.stderr.contains("reason"), "{}", refused.stderr);
    env.json(&["visit", "edit", id, "--end", "2027-04-17", "--reason", "the host added a day"]);

    let shown = env.run(&["visit", "show", id]).ok().stdout;
    for text in [
        "ASAN xidmət tajribasi",
        "Karimov Jasur",
        "2027-09-01 (!)",
        "applied",
        "16:00",
        "Welcome",
        "the host added a day",
    ] {
        assert!(shown.contains(text), "{text} in:\n{shown}");
    }
    let d = env.json(&["visit", "show", id]);
    assert_eq!(d["visit"]["planned_end"], "2027-04-17");
    assert_eq!(d["members"][0]["papers"]["visa_history"].as_array().unwrap().len(), 2);
    assert_eq!(d["programme"][0]["starts_home"], "2027-04-12T16:00:00");
    let listed = env.json(&["visit", "list", "--country", "AZ", "--year", "2027", "--status", "confirmed"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["members"], 1);
    // The letter: a page in the host's Azerbaijani and one in the visitors' Uzbek.
    let letter = env.path().with_file_name("letter.pdf");
    env.json(&["visit", "print", id, "letter", "--locale", "az", "--out", letter.to_str().unwrap()]);
    let out = std::process::Command::new("pdftotext").arg(&letter).arg("-").output().expect("pdftotext");
    let printed = String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
    for want in ["Dəvətnamə", "Taklifnoma", "Karimov Jasur", "Delegatsiya rahbari", "tanışlıq səfərinə dəvət edir"]
    {
        assert!(printed.contains(want), "{want} in:\n{printed}");
    }
    let text = env.run(&["visit", "list", "--partner", "ASAN"]).ok().stdout;
    assert!(text.contains("Davlat xizmatlari agentligi → ASAN xidmət"), "{text}");
}

#[test]
fn bad_visit_input_names_what_is_wrong_and_writes_nothing() {
    let env = Env::new();
    world(&env);
    partner(&env);
    let v = env.json(&[
        "visit",
        "add",
        "--title",
        "ASAN",
        "--from",
        "DXA",
        "--to",
        "ASAN",
        "--start",
        "2027-04-12",
        "--end",
        "2027-04-16",
    ]);
    let id = v["id"].as_str().unwrap();
    let before = env.counts();
    let late = env.run(&["visit", "programme", id, "--item", "2027-04-18T10:00|2027-04-18T11:00|Late"]).failed();
    assert!(
        late.stderr.contains("programme.1.starts_local") && late.stderr.contains("outside the visit"),
        "{}",
        late.stderr
    );
    let leg = "flight|TAS|2027-04-12T08:00|Asia/Tashkent|GYD|2027-04-12T06:30|Asia/Baku";
    let back = env.run(&["visit", "travel", id, "--leg", leg]).failed();
    assert!(back.stderr.contains("legs.1.arrives_local") && back.stderr.contains("arrives before"), "{}", back.stderr);
    let shape = env.run(&["visit", "programme", id, "--item", "2027-04-13T10:00|Only two"]);
    assert_eq!(shape.code, 2, "clap refuses the shape: {}", shape.stderr);
    assert!(shape.stderr.contains("START|END|TOPIC"), "{}", shape.stderr);
    let nobody = env.run(&["visit", "member", "add", id]).failed();
    assert!(nobody.stderr.contains("name"), "{}", nobody.stderr);
    let backwards = env.run(&[
        "visit",
        "add",
        "--title",
        "x",
        "--from",
        "DXA",
        "--to",
        "ASAN",
        "--start",
        "2027-04-12",
        "--end",
        "2027-04-10",
    ]);
    assert!(backwards.failed().stderr.contains("planned_end"));
    assert_eq!(env.counts(), before, "nothing written");
    assert_eq!(env.json(&["visit", "list"]).as_array().unwrap().len(), 1, "the refused visit was not added");
    let d = env.json(&["visit", "show", id]);
    assert!(d["programme"].as_array().unwrap().is_empty() && d["travel"]["legs"].as_array().unwrap().is_empty());
}
