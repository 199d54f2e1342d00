//! `malaka internship …` through the real binary: a placement proposed, agreed, logged, marked,
//! evaluated from paper and certified from the command line, as text and as JSON; bad input
//! refused with the argument named and nothing written.

mod common;

use common::{Env, KEY_PASSPHRASE, world};

fn partner(env: &Env) {
    env.json(&["org", "add", "--name", "ASAN xidmət", "--country", "AZ", "--kind", "partner", "--code", "ASAN"]);
}

fn person(env: &Env, family: &str, given: &str) -> String {
    let p = env.json(&["person", "add", "--org", "DXA", "--family", family, "--given", given]);
    p["id"].as_str().unwrap().to_owned()
}

fn pdf_text(file: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext").arg(file).arg("-").output().expect("pdftotext (poppler-utils)");
    String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ")
}

fn add(intern: &str) -> Vec<String> {
    [
        "internship",
        "add",
        "--intern",
        intern,
        "--host",
        "ASAN",
        "--start",
        "2027-03-01",
        "--end",
        "2027-03-26",
        "--unit",
        "Front office|2027-03-01|2027-03-12",
        "--unit",
        "Analytics|2027-03-15|2027-03-26",
        "--mentor-name",
        "Rəşad Əliyev",
        "--mentor-position",
        "Head of front office",
        "--objective",
        "Route a citizen through one window",
        "--objective",
        "Read the queue analytics",
    ]
    .map(String::from)
    .to_vec()
}

#[test]
fn a_placement_is_run_and_certified_from_the_command_line() {
    let env = Env::new();
    world(&env);
    partner(&env);
    env.run_with_input(&["cert", "key", "rotate", "--password-stdin"], &format!("{KEY_PASSPHRASE}\n")).ok();
    let intern = person(&env, "Karimova", "Dilnoza");
    let args = add(&intern);
    let p = env.json(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(p["status"], "proposed");
    let id = p["id"].as_str().unwrap();
    for step in ["host_accepted", "agreed"] {
        env.json(&["internship", "status", id, step]);
    }
    let refused = env.run(&["internship", "edit", id, "--objective", "Only this one"]).failed();
    assert!(refused.stderr.contains("reason"), "{}", refused.stderr);
    env.json(&["internship", "status", id, "under_way"]);
    // The calendar draws it across its days: the week of 8 March has it, February does not.
    let week = env.json(&["calendar", "--from", "2027-03-08", "--to", "2027-03-15", "--mobility"]);
    assert_eq!(week.as_array().unwrap().len(), 1, "{week}");
    assert_eq!((week[0]["id"].as_str(), week[0]["of"]["kind"].as_str()), (Some(id), Some("internship")));
    assert_eq!((week[0]["starts_on"].as_str(), week[0]["ends_on"].as_str()), (Some("2027-03-01"), Some("2027-03-26")));
    assert_eq!((week[0]["direction"].as_str(), week[0]["partner"].as_str()), (Some("outgoing"), Some("ASAN xidmət")));
    let before = env.json(&["calendar", "--from", "2027-02-01", "--to", "2027-03-01", "--mobility"]);
    assert_eq!(before.as_array().unwrap().len(), 0, "{before}");
    let text = env.run(&["calendar", "--from", "2027-03-08", "--to", "2027-03-15", "--mobility"]).ok();
    assert!(text.stdout.contains("internship") && text.stdout.contains("Karimova Dilnoza"), "{}", text.stdout);
    env.json(&[
        "internship",
        "week",
        id,
        "2027-03-03",
        "--entry",
        "Shadowed the front office",
        "--comment",
        "Good start",
    ]);
    env.json(&["internship", "week", id, "2027-03-10", "--entry", "Served alone at window 4"]);
    let days = env.json(&[
        "internship",
        "days",
        id,
        "present",
        "--day",
        "2027-03-01",
        "--day",
        "2027-03-02",
        "--day",
        "2027-03-03",
    ]);
    assert_eq!(days.as_array().unwrap().len(), 3);
    // The form goes to the mentor abroad on paper, in Azerbaijani with Uzbek beside it.
    let form = env.path().with_file_name("form.pdf");
    env.json(&["internship", "form", id, "final", "--locale", "az", "--out", form.to_str().unwrap()]);
    let printed = pdf_text(&form);
    for want in [
        "Təcrübə keçmənin yekun qiymətləndirmə vərəqəsi",
        "Stajirovka boʻyicha yakuniy baholash varaqasi",
        "Route a citizen through one window",
        "Rəşad Əliyev",
        "Karimova Dilnoza",
    ] {
        assert!(printed.contains(want), "{want} in:\n{printed}");
    }
    env.json(&[
        "internship",
        "evaluate",
        id,
        "final",
        "--on",
        "2027-03-26",
        "--evaluator",
        "Rəşad Əliyev",
        "--score",
        "5|Routes well",
        "--score",
        "4",
        "--paper",
    ]);
    env.json(&["internship", "status", id, "closed"]);
    let cert = env.json(&["internship", "certify", id]);
    assert_eq!(cert["snapshot"]["hours"], 24.0, "three days present at 40 hours a week");

    let shown = env.run(&["internship", "show", id]).ok().stdout;
    for text in [
        "Karimova Dilnoza",
        "Rəşad Əliyev",
        "unit Analytics",
        "2. Read the queue analytics",
        "Served alone at window 4",
        "final evaluation 2027-03-26",
        "(from paper)",
        "certificate UZ-DXA-",
    ] {
        assert!(shown.contains(text), "{text} in:\n{shown}");
    }
    let listed = env.json(&["internship", "list", "--country", "AZ", "--status", "closed", "--year", "2027"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["intern"], "Karimova Dilnoza");
}

#[test]
fn bad_placement_input_names_what_is_wrong_and_writes_nothing() {
    let env = Env::new();
    world(&env);
    partner(&env);
    let intern = person(&env, "Rahimov", "Aziz");
    let mut args = add(&intern);
    let before = env.counts();
    args[13] = "Analytics|2027-03-12|2027-03-26".into();
    let clash = env.run(&args.iter().map(String::as_str).collect::<Vec<_>>()).failed();
    assert!(clash.stderr.contains("units.2.starts_on"), "{}", clash.stderr);
    let shape =
        env.run(&["internship", "evaluate", "x", "mid", "--on", "2027-03-05", "--evaluator", "R", "--score", "five"]);
    assert_eq!(shape.code, 2, "clap refuses the score: {}", shape.stderr);
    assert!(shape.stderr.contains("score from 1 to 5"), "{}", shape.stderr);
    assert_eq!(env.counts(), before, "nothing written");
    assert!(env.json(&["internship", "list"]).as_array().unwrap().is_empty());

    args[13] = "Analytics|2027-03-15|2027-03-26".into();
    let p = env.json(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let id = p["id"].as_str().unwrap();
    for step in ["host_accepted", "agreed", "under_way"] {
        env.json(&["internship", "status", id, step]);
    }
    let early = env
        .run(&[
            "internship",
            "evaluate",
            id,
            "mid",
            "--on",
            "2027-02-26",
            "--evaluator",
            "R",
            "--score",
            "3",
            "--score",
            "3",
        ])
        .failed();
    assert!(early.stderr.contains("before the placement started"), "{}", early.stderr);
    let off = env.run(&["internship", "days", id, "present", "--day", "2027-04-01"]).failed();
    assert!(off.stderr.contains("days.1.day") && off.stderr.contains("outside the placement"), "{}", off.stderr);
}
