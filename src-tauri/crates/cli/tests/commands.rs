//! Every `malaka` command through the real binary, with good and bad input.

mod common;

use common::{Env, activity_add, add_person, session_add, world};

#[test]
fn init_creates_the_database_and_malaka_db_is_honoured() {
    let env = Env::new();
    let out = env.run(&["init"]).ok();
    assert!(out.stdout.contains("database ready"), "{}", out.stdout);
    assert!(env.db.exists());
    let other = env.dir.path().join("from-env.db");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_malaka"))
        .args(["init"])
        .env("MALAKA_DB", &other)
        .output()
        .unwrap();
    assert!(run.status.success());
    assert!(other.exists());
}

#[test]
fn the_default_database_is_the_desktop_apps_file_in_the_data_directory() {
    let env = Env::new();
    let home = env.dir.path().join("xdg");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_malaka"))
        .args(["init"])
        .env_remove("MALAKA_DB")
        .env("XDG_DATA_HOME", &home)
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert!(home.join("uz.malaka.desktop/malaka.db").exists());
}

#[test]
fn demo_then_activity_list_json_and_a_cross_script_search() {
    let env = Env::new();
    let out = env.run(&["demo"]).ok();
    assert!(out.stdout.contains("demo loaded"), "{}", out.stdout);
    let list = env.json(&["activity", "list"]);
    let kinds: Vec<&str> = list.as_array().unwrap().iter().map(|a| a["kind"].as_str().unwrap()).collect();
    for k in ["training", "study_visit", "internship", "round_table"] {
        assert!(kinds.contains(&k), "{k} missing from {kinds:?}");
    }
    let stats = env.counts();
    assert!(stats["people"].as_i64().unwrap() >= 200, "{stats}");
    assert!(stats["marks"].as_i64().unwrap() > 100, "{stats}");
    // Demo names are stored in Latin (Uzbek) with Cyrillic alternates, or Cyrillic (Russian) with
    // Latin ones; a search typed in the other script finds them.
    let found = env.json(&["person", "search", "Тошматов"]);
    let found_latin = env.json(&["person", "search", "toshmatov"]);
    assert!(!found.as_array().unwrap().is_empty());
    assert_eq!(found, found_latin);
    // The demo's training hours by year: attended never above planned; as a table and a file.
    let span = ["report", "hours", "--from", "2020-01-01", "--to", "2029-12-31"];
    let years = env.json(&[&span[..], &["--by", "year"]].concat());
    let years = years.as_array().unwrap();
    assert!(!years.is_empty() && years.iter().all(|y| y["hours"].as_f64() <= y["planned_hours"].as_f64()), "{years:?}");
    assert!(years.iter().any(|y| y["hours"].as_f64().unwrap() > 0.0), "{years:?}");
    let table = env.run(&[&span[..], &["--by", "unit"]].concat()).ok();
    assert!(table.stdout.starts_with("group") && table.stdout.contains("planned"), "{}", table.stdout);
    let file = env.dir.path().join("hours.xlsx");
    let wrote = env.json(&[&span[..], &["--by", "person", "--out", file.to_str().unwrap()]].concat());
    assert!(wrote["bytes"].as_u64().unwrap() > 1000 && std::fs::read(&file).unwrap().starts_with(b"PK"));
    let no_file = env.run(&[&span[..], &["--format", "csv"]].concat()).failed();
    assert!(no_file.stderr.contains("out"), "{}", no_file.stderr);
    // Completion by activity and attendance per place over the same span: the places agree.
    let span_c = ["report", "completion", "--from", "2020-01-01", "--to", "2029-12-31", "--by", "activity"];
    let completion = env.json(&span_c);
    let completion = completion.as_array().unwrap();
    let places: i64 = completion.iter().map(|r| r["enrolled"].as_i64().unwrap()).sum();
    assert!(completion.iter().any(|r| r["completed"].as_i64().unwrap() > 0), "{completion:?}");
    for r in completion {
        let parts = ["completed", "not_completed", "in_progress", "upcoming"].map(|k| r[k].as_i64().unwrap());
        assert_eq!(parts.iter().sum::<i64>(), r["enrolled"].as_i64().unwrap(), "{r}");
    }
    let attendance = env.json(&["report", "attendance", "--from", "2020-01-01", "--to", "2029-12-31"]);
    assert_eq!(attendance.as_array().unwrap().len() as i64, places);
    let csv = env.dir.path().join("attendance.csv");
    env.run(&[
        "report",
        "attendance",
        "--from",
        "2020-01-01",
        "--to",
        "2029-12-31",
        "--out",
        csv.to_str().unwrap(),
        "--locale",
        "az",
    ])
    .ok();
    assert_eq!(std::fs::read_to_string(&csv).unwrap().lines().count() as i64, places + 1);
    // Trainers' load: the sessions each led add up to the sessions with a trainer; as a printout.
    let trainers = env.json(&["report", "trainers", "--from", "2020-01-01", "--to", "2029-12-31"]);
    let trainers = trainers.as_array().unwrap();
    assert!(
        trainers.len() >= 2 && trainers.iter().all(|t| t["held"].as_i64() <= t["sessions"].as_i64()),
        "{trainers:?}"
    );
    let pdf = env.dir.path().join("trainers.pdf");
    env.run(&["report", "trainers", "--from", "2020-01-01", "--to", "2029-12-31", "--out", pdf.to_str().unwrap()]).ok();
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    // Mobility: the demo's visits and placements, each counted once with its people.
    let mobility = env.json(&["report", "mobility", "--from", "2020-01-01", "--to", "2029-12-31"]);
    let mobility = mobility.as_array().unwrap();
    let kinds: Vec<&str> = mobility.iter().map(|r| r["kind"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"visit") && kinds.contains(&"internship"), "{mobility:?}");
    assert!(mobility.iter().all(|r| r["person_days"].as_i64() >= r["people"].as_i64()), "{mobility:?}");
    let certificates = env.run(&["report", "certificates", "--from", "2020-01-01", "--to", "2029-12-31"]).ok();
    assert!(certificates.stdout.starts_with("series"), "{}", certificates.stdout);
    let odd =
        env.run(&["report", "certificates", "--from", "2020-01-01", "--to", "2029-12-31", "--format", "docx"]).failed();
    assert!(odd.stderr.contains("pdf"), "{}", odd.stderr);
    // A second demo into the same database is refused and changes nothing.
    let before = env.counts();
    let again = env.run(&["demo"]).failed();
    assert!(again.stderr.contains("loads only into an empty one"), "{}", again.stderr);
    assert_eq!(env.counts(), before);
}

#[test]
fn organisations_and_people_with_bad_input_name_the_field_and_write_nothing() {
    let env = Env::new();
    world(&env);
    let before = env.counts();
    let bad_country = env.run(&["org", "add", "--name", "X", "--country", "Uzbekistan", "--kind", "agency"]).failed();
    assert_eq!(bad_country.stderr.trim(), "error: country: 'Uzbekistan' is not a two-letter country code");
    let bad_kind = env.run(&["org", "add", "--name", "X", "--country", "UZ", "--kind", "club"]).failed();
    assert!(bad_kind.stderr.starts_with("error: kind: 'club' is not one of agency"), "{}", bad_kind.stderr);
    let unknown_org = env.run(&["person", "add", "--org", "NOPE", "--family", "A", "--given", "B"]).failed();
    assert_eq!(unknown_org.stderr.trim(), "error: organisation 'NOPE' not found");
    let bad_email =
        env.run(&["person", "add", "--org", "DXA", "--family", "A", "--given", "B", "--email", "x"]).failed();
    assert!(bad_email.stderr.contains("email: 'x' is not an e-mail address"), "{}", bad_email.stderr);
    let blank = env.run(&["person", "add", "--org", "DXA", "--family", " ", "--given", "B"]).failed();
    assert_eq!(blank.stderr.trim(), "error: family_name: is required");
    assert_eq!(env.counts(), before);

    add_person(&env, "Karimova", "Dilnoza", "1042");
    let dup = env
        .run(&["person", "add", "--org", "DXA", "--family", "Saidov", "--given", "Aziz", "--number", "1042"])
        .failed();
    assert_eq!(dup.stderr.trim(), "error: personnel_number: already used in this organisation");
    let json_err = env
        .run(&["person", "add", "--org", "DXA", "--family", "S", "--given", "A", "--number", "1042", "--json"])
        .failed();
    assert_eq!(json_err.json()["error"]["code"], "duplicate");
}

#[test]
fn person_list_show_and_search_in_either_script() {
    let env = Env::new();
    world(&env);
    let id = add_person(&env, "Gʻulomov", "Oʻtkir", "7");
    add_person(&env, "Иванова", "Елена", "8");
    let list = env.json(&["person", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    let shown = env.json(&["person", "show", &id]);
    assert_eq!(shown["display_name"], "Gʻulomov Oʻtkir");
    assert_eq!(shown["organisation"], "Davlat xizmatlari agentligi");
    // Cyrillic query, Latin name with an apostrophe typed differently.
    for q in ["Ғулом", "g'ulomov o'tk", "GULOMOV"] {
        let found = env.json(&["person", "search", q]);
        assert_eq!(found[0]["id"], id.as_str(), "query {q}");
    }
    // Latin query, Russian Cyrillic name.
    let found = env.json(&["person", "search", "ivanova"]);
    assert_eq!(found[0]["family_name"], "Иванова");
    let missing = env.run(&["person", "show", "0192f0a2-0000-7000-8000-000000000999"]).failed();
    assert!(missing.stderr.contains("not found"));
}

#[test]
fn programmes_trainers_venues_list_what_was_added() {
    let env = Env::new();
    world(&env);
    env.json(&[
        "programme",
        "add",
        "--code",
        "dx-101",
        "--title",
        "Standartlar",
        "--hours",
        "24",
        "--language",
        "uz-Latn",
    ]);
    let progs = env.json(&["programme", "list"]);
    assert_eq!(progs[0]["code"], "DX-101");
    let bad =
        env.run(&["programme", "add", "--code", "X", "--title", "T", "--hours=-3", "--language", "uz-Latn"]).failed();
    assert!(bad.stderr.contains("planned_hours"), "{}", bad.stderr);
    let dup =
        env.run(&["programme", "add", "--code", "DX-101", "--title", "T", "--hours", "3", "--language", "ru"]).failed();
    assert!(dup.stderr.contains("code: already used"), "{}", dup.stderr);
    assert_eq!(env.json(&["trainer", "list"]).as_array().unwrap().len(), 1);
    assert_eq!(env.json(&["venue", "list"])[0]["time_zone"], "Asia/Tashkent");
    let bad_tz =
        env.run(&["venue", "add", "--name", "V", "--city", "C", "--country", "UZ", "--tz", "Asia/Samarkandd"]).failed();
    assert!(bad_tz.stderr.contains("time_zone"), "{}", bad_tz.stderr);
}

#[test]
fn activities_are_planned_listed_and_shown_and_bad_dates_are_refused() {
    let env = Env::new();
    let w = world(&env);
    let asan =
        env.json(&["org", "add", "--name", "ASAN xidmət", "--country", "AZ", "--kind", "partner", "--code", "ASAN"]);
    let visit = env.json(&activity_add(
        "study-visit",
        "Boku tajribasi",
        "2026-12-14",
        "2026-12-18",
        &["--partner", "ASAN", "--language", "ru"],
    ));
    assert_eq!(visit["partner_org_ids"][0], asan["id"]);
    let list = env.json(&["activity", "list", "--kind", "study_visit"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    let all = env.json(&["activity", "list", "--org", "ASAN"]);
    assert_eq!(all.as_array().unwrap().len(), 1);
    let shown = env.json(&["activity", "show", &w.activity]);
    assert_eq!(shown["host"], "Davlat xizmatlari agentligi");
    let before = env.counts();
    let backwards = env.run(&activity_add("seminar", "S", "2026-12-10", "2026-12-01", &[])).failed();
    assert!(backwards.stderr.contains("ends_on"), "{}", backwards.stderr);
    let bad_date = env.run(&activity_add("seminar", "S", "2026-13-01", "2026-12-01", &[])).failed();
    assert!(bad_date.stderr.contains("starts_on: '2026-13-01' is not a date"), "{}", bad_date.stderr);
    assert_eq!(env.counts(), before);
}

#[test]
fn an_overlapping_session_is_refused_naming_both_unless_allowed() {
    let env = Env::new();
    let w = world(&env);
    let first = env.json(&session_add(&w.activity, "2026-12-01T14:00", "2026-12-01T17:00", &["--trainer", &w.trainer]));
    assert_eq!(first["starts_utc"], "2026-12-01T09:00:00Z");
    // Another activity in Baku at 12:30 local = 08:30 UTC, overlapping 09:00–10:00 UTC, same trainer.
    let baku = env.json(&activity_add("seminar", "Boku seminari", "2026-12-01", "2026-12-01", &[]));
    let baku_id = baku["id"].as_str().unwrap();
    let before = env.counts();
    let clash = env
        .run(&session_add(
            baku_id,
            "2026-12-01T12:30",
            "2026-12-01T14:00",
            &["--tz", "Asia/Baku", "--trainer", &w.trainer],
        ))
        .failed();
    let line = clash.stderr.trim();
    assert_eq!(line.lines().count(), 1, "{line}");
    assert!(line.contains("trainer Anvar Karimov"), "{line}");
    assert!(line.contains("Boku seminari, 2026-12-01 12:30 (Asia/Baku)"), "{line}");
    assert!(line.contains("Mijozlarga xizmat, 2026-12-01 14:00 (Asia/Tashkent)"), "{line}");
    assert_eq!(env.counts(), before);
    // Touching, not overlapping: 13:00 Baku ends when the Tashkent one starts (09:00 UTC).
    env.json(&session_add(
        baku_id,
        "2026-12-01T11:00",
        "2026-12-01T13:00",
        &["--tz", "Asia/Baku", "--trainer", &w.trainer],
    ));
    let forced = env.json(&session_add(
        baku_id,
        "2026-12-01T12:30",
        "2026-12-01T14:00",
        &["--tz", "Asia/Baku", "--trainer", &w.trainer, "--allow-conflict"],
    ));
    let audit = env.json(&["audit", "--entity", forced["id"].as_str().unwrap()]);
    assert!(audit.as_array().unwrap().iter().any(|e| e["action"] == "session.conflict_override"), "{audit}");
    let list = env.json(&["session", "list", "--activity", baku_id]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    let by_date = env.json(&["session", "list", "--from", "2026-12-01", "--to", "2026-12-02"]);
    assert_eq!(by_date.as_array().unwrap().len(), 3);
    let bad = env.run(&session_add(baku_id, "2026-12-01T15:00", "2026-12-01T14:00", &["--tz", "Asia/Baku"])).failed();
    assert_eq!(bad.stderr.trim(), "error: end: must be after the start");
    let unknown = env
        .run(&session_add(
            "0192f0a2-0000-7000-8000-000000000999",
            "2026-12-01T15:00",
            "2026-12-01T16:00",
            &["--tz", "Asia/Baku"],
        ))
        .failed();
    assert!(unknown.stderr.contains("activity '0192f0a2-0000-7000-8000-000000000999' not found"), "{}", unknown.stderr);
}

#[test]
fn a_person_in_two_overlapping_sessions_is_a_conflict() {
    let env = Env::new();
    let w = world(&env);
    let p = add_person(&env, "Saidova", "Madina", "1");
    env.json(&["enrol", "add", "--activity", &w.activity, "--person", &p]);
    env.json(&session_add(&w.activity, "2026-12-02T10:00", "2026-12-02T12:00", &[]));
    let other = env.json(&activity_add("workshop", "Ustaxona", "2026-12-02", "2026-12-02", &[]));
    let other_id = other["id"].as_str().unwrap();
    env.json(&["enrol", "add", "--activity", other_id, "--person", &p]);
    let clash =
        env.run(&session_add(other_id, "2026-12-02T11:00", "2026-12-02T13:00", &["--tz", "Asia/Tashkent"])).failed();
    assert!(clash.stderr.contains("Saidova Madina is booked in both"), "{}", clash.stderr);
}

#[test]
fn enrolment_fills_seats_waitlists_and_promotes_on_cancel() {
    let env = Env::new();
    let w = world(&env); // capacity 2
    let people: Vec<String> =
        (1..=4).map(|n| add_person(&env, &format!("Person{n}"), "Test", &n.to_string())).collect();
    let statuses: Vec<String> = people
        .iter()
        .map(|p| {
            env.json(&["enrol", "add", "--activity", &w.activity, "--person", p])["status"].as_str().unwrap().to_owned()
        })
        .collect();
    assert_eq!(statuses, ["enrolled", "enrolled", "waitlisted", "waitlisted"]);
    let dup = env.run(&["enrol", "add", "--activity", &w.activity, "--person", &people[0]]).failed();
    assert!(dup.stderr.contains("already in"), "{}", dup.stderr);
    let trainer_role = add_person(&env, "Trainer", "Test", "9");
    let t = env.json(&["enrol", "add", "--activity", &w.activity, "--person", &trainer_role, "--role", "trainer"]);
    assert_eq!(t["status"], "enrolled", "trainers take no seat");
    let c = env.json(&["enrol", "cancel", "--activity", &w.activity, "--person", &people[1], "--reason", "kasal"]);
    assert_eq!(c["promoted"].as_array().unwrap().len(), 1);
    assert_eq!(c["promoted"][0]["person_id"], people[2].as_str(), "the longest waiting moves up");
    let list = env.json(&["enrol", "list", "--activity", &w.activity]);
    let status_of = |p: &str| list.as_array().unwrap().iter().find(|e| e["person_id"] == p).unwrap()["status"].clone();
    assert_eq!(status_of(&people[2]), "enrolled");
    assert_eq!(status_of(&people[3]), "waitlisted");
    let audit = env.json(&["audit"]);
    assert!(
        audit
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "enrolment.promote" && e["summary"].as_str().unwrap().contains("Person3 Test")),
        "{audit}"
    );
    // Narrowed by action and words, and written to a file with every matching line.
    let promoted = env.json(&["audit", "--action", "enrolment.promote", "--text", "person3"]);
    assert_eq!(promoted.as_array().unwrap().len(), 1, "{promoted}");
    let out = env.dir.path().join("audit.csv");
    env.run(&["audit", "--action", "enrolment.create", "--out", out.to_str().unwrap(), "--locale", "en"]).ok();
    let csv = std::fs::read_to_string(&out).unwrap();
    let created = audit.as_array().unwrap().iter().filter(|e| e["action"] == "enrolment.create").count();
    assert!(created >= 4 && csv.lines().count() == created + 1, "{created} entries: {csv}");
    assert!(csv.lines().next().unwrap().contains("Who"), "{csv}");
    let unknown = env
        .run(&["enrol", "add", "--activity", &w.activity, "--person", "0192f0a2-0000-7000-8000-000000000999"])
        .failed();
    assert!(unknown.stderr.contains("person '0192f0a2-0000-7000-8000-000000000999' not found"), "{}", unknown.stderr);
    let not_id = env.run(&["enrol", "add", "--activity", &w.activity, "--person", "Karimov"]).failed();
    assert!(not_id.stderr.contains("person: 'Karimov' is not a valid id"), "{}", not_id.stderr);
}

#[test]
fn attendance_marks_show_and_history() {
    let env = Env::new();
    let w = world(&env);
    let a = add_person(&env, "Karimova", "Dilnoza", "1");
    let b = add_person(&env, "Nazarov", "Jasur", "2");
    let outsider = add_person(&env, "Yusupov", "Bobur", "3");
    for p in [&a, &b] {
        env.json(&["enrol", "add", "--activity", &w.activity, "--person", p]);
    }
    let s = env.json(&session_add(&w.activity, "2026-12-03T14:00", "2026-12-03T17:00", &[]));
    let sid = s["id"].as_str().unwrap();
    let saved =
        env.json(&["attendance", "mark", "--session", sid, "--person", &a, "--person", &b, "--status", "present"]);
    assert_eq!(saved.as_array().unwrap().len(), 2);
    env.json(&[
        "attendance",
        "mark",
        "--session",
        sid,
        "--person",
        &b,
        "--status",
        "late",
        "--minutes-late",
        "10",
        "--reason",
        "traffic",
    ]);
    let roll = env.json(&["attendance", "show", "--session", sid]);
    assert_eq!(roll["people"].as_array().unwrap().len(), 2);
    assert_eq!(roll["people"][1]["person_id"].as_str(), Some(b.as_str()));
    let mark_of = |roll: &serde_json::Value, p: &str| {
        roll["marks"].as_array().unwrap().iter().find(|m| m["person_id"] == p).cloned().unwrap()
    };
    assert_eq!(mark_of(&roll, &b)["status"], "late");
    assert_eq!(mark_of(&roll, &b)["version"], 2);
    let history = env.json(&["attendance", "history", "--session", sid, "--person", &b]);
    let h = history.as_array().unwrap();
    assert_eq!(h.len(), 2);
    assert_eq!(
        (h[1]["old_status"].as_str(), h[1]["new_status"].as_str(), h[1]["reason"].as_str()),
        (Some("present"), Some("late"), Some("traffic"))
    );
    assert_eq!(h[1]["changed_by"], "Administrator");
    let before = env.counts();
    // One bad mark in a roll refuses the whole roll.
    let refused = env
        .run(&["attendance", "mark", "--session", sid, "--person", &a, "--person", &outsider, "--status", "absent"])
        .failed();
    assert!(refused.stderr.contains("Yusupov Bobur is not enrolled"), "{}", refused.stderr);
    assert_eq!(mark_of(&env.json(&["attendance", "show", "--session", sid]), &a)["status"], "present");
    let bad_status = env.run(&["attendance", "mark", "--session", sid, "--person", &a, "--status", "here"]).failed();
    assert!(
        bad_status.stderr.contains("status: 'here' is not one of present, late, absent, excused"),
        "{}",
        bad_status.stderr
    );
    assert_eq!(env.counts(), before);
}

#[test]
fn backup_and_check() {
    let env = Env::new();
    world(&env);
    add_person(&env, "Karimova", "Dilnoza", "1");
    let out = env.dir.path().join("copy.db");
    env.run(&["backup", "--out", out.to_str().unwrap()]).ok();
    let copy = std::process::Command::new(env!("CARGO_BIN_EXE_malaka"))
        .args(["--db", out.to_str().unwrap(), "check", "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&copy.stdout).unwrap();
    assert_eq!(v["ok"], true);
    assert_eq!(v["stats"]["people"], 1);
    let again = env.run(&["backup", "--out", out.to_str().unwrap()]).failed();
    assert!(again.stderr.contains("already exists"), "{}", again.stderr);
    let text = env.run(&["check"]).ok();
    assert!(text.stdout.contains(": ok"), "{}", text.stdout);
}

#[test]
fn restore_puts_a_backup_in_place_keeps_the_replaced_file_and_refuses_what_is_not_one() {
    let env = Env::new();
    world(&env);
    add_person(&env, "Karimova", "Dilnoza", "1");
    let out = env.dir.path().join("monday.db");
    env.run(&["backup", "--out", out.to_str().unwrap()]).ok();
    add_person(&env, "Tursunov", "Bobur", "2");
    assert_eq!(env.counts()["people"], 2);

    let not_a_backup = env.file("notes.db", b"just some text, not a register");
    let refused = env.run(&["restore", not_a_backup.to_str().unwrap()]).failed();
    assert!(refused.stderr.contains("is not a Malaka backup"), "{}", refused.stderr);
    assert_eq!(env.counts()["people"], 2, "nothing replaced");

    let done = env.json(&["restore", out.to_str().unwrap()]);
    assert_eq!(env.counts()["people"], 1, "Monday's register is back");
    let kept = std::path::PathBuf::from(done["kept"].as_str().unwrap());
    assert!(kept.file_name().unwrap().to_string_lossy().contains(".before-restore-"), "{kept:?}");
    let kept_check = std::process::Command::new(env!("CARGO_BIN_EXE_malaka"))
        .args(["--db", kept.to_str().unwrap(), "check", "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&kept_check.stdout).unwrap();
    assert_eq!(v["stats"]["people"], 2, "the replaced register is kept whole");
    let audit = env.json(&["audit"]);
    assert_eq!(audit[0]["action"], "database.restore", "{audit}");
}

#[test]
fn two_processes_writing_at_once_never_see_database_is_locked() {
    let env = Env::new();
    world(&env);
    // 4 workers × 15 processes, all started before any is waited for.
    let mut children = Vec::new();
    for worker in 0..4 {
        for n in 0..15 {
            let number = format!("w{worker}-{n}");
            let mut c = env.command();
            c.args(["person", "add", "--org", "DXA", "--family", "Parallel", "--given", "Writer", "--number", &number]);
            children.push(c.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().unwrap());
        }
    }
    for child in children {
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{err}");
        assert!(!err.contains("locked"), "{err}");
    }
    assert_eq!(env.counts()["people"], 60);
}
