//! Planning through the real `malaka` binary: the catalogue, recurring sessions, conflicts,
//! nomination with approval and the waitlist, and the exports read back by other programs.

mod common;

use std::process::Command;

use calamine::{Reader, Xlsx, open_workbook};
use common::{Env, World, activity_add, activity_fields, session_add, world};
use serde_json::Value;

fn actions(env: &Env) -> Vec<String> {
    env.json(&["audit", "--limit", "1000"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| format!("{} {}", e["action"].as_str().unwrap(), e["summary"].as_str().unwrap()))
        .collect()
}

fn sessions(env: &Env, activity: &str) -> Vec<Value> {
    env.json(&["session", "list", "--activity", activity]).as_array().unwrap().clone()
}

/// Adds a unit of DXA in Uzbekistan with this name and code.
fn add_unit(env: &Env, name: &str, code: &str) {
    env.json(&["org", "add", "--name", name, "--country", "UZ", "--kind", "unit", "--code", code, "--parent", "DXA"]);
}

/// Eight Tuesday/Thursday sessions 14:00–17:00 in December 2026 at the Tashkent venue.
fn eight_sessions(env: &Env, w: &World) -> Vec<Value> {
    let made = env.json(&session_add(
        &w.activity,
        "2026-12-01T14:00",
        "2026-12-01T17:00",
        &["--trainer", &w.trainer, "--weekdays", "tue,thu", "--weeks", "4"],
    ));
    made.as_array().unwrap().clone()
}

#[test]
fn programmes_are_edited_archived_and_planned_from() {
    let env = Env::new();
    world(&env);
    let p = env.json(&[
        "programme",
        "add",
        "--code",
        "XM-1",
        "--title",
        "Xizmat madaniyati",
        "--hours",
        "24",
        "--language",
        "uz-Latn",
        "--objectives",
        "Murojaatlarni qabul qilish",
    ]);
    let id = p["id"].as_str().unwrap();
    let edited = env.json(&[
        "programme",
        "edit",
        id,
        "--code",
        "XM-1",
        "--title",
        "Xizmat madaniyati va etika",
        "--hours",
        "30",
        "--language",
        "uz-Latn",
        "--objectives",
        "Murojaatlar; etika",
    ]);
    assert_eq!(
        (edited["title"].as_str(), edited["planned_hours"].as_f64()),
        (Some("Xizmat madaniyati va etika"), Some(30.0))
    );
    env.json(&["programme", "archive", "XM-1"]);
    assert!(env.json(&["programme", "list"]).as_array().unwrap().is_empty(), "archived ones are hidden");
    assert_eq!(env.json(&["programme", "list", "--all"])[0]["archived"], true);
    let plan = [
        "activity",
        "add",
        "--kind",
        "training",
        "--from",
        "2027-01-10",
        "--to",
        "2027-01-20",
        "--host",
        "DXA",
        "--programme",
        "XM-1",
    ];
    let refused = env.run(&plan).failed();
    assert!(refused.stderr.contains("programme: XM-1 is archived"), "{}", refused.stderr);
    env.json(&["programme", "restore", "XM-1"]);
    let a = env.json(&plan);
    assert_eq!(a["title"], "Xizmat madaniyati va etika", "the title carries over");
    assert_eq!(a["planned_hours"], 30.0);
    assert_eq!(a["description"], "Murojaatlar; etika");
    let log = actions(&env);
    for action in ["programme.update", "programme.archive", "programme.restore"] {
        assert!(log.iter().any(|l| l.starts_with(action)), "{action} in {log:?}");
    }
}

#[test]
fn a_recurrence_makes_eight_sessions_and_moves_cancels_and_conflicts_are_audited() {
    let env = Env::new();
    let w = world(&env);
    let check = env.json(&session_add(
        &w.activity,
        "2026-12-01T14:00",
        "2026-12-01T17:00",
        &["--weekdays", "tue,thu", "--weeks", "4", "--skip", "2026-12-10", "--check"],
    ));
    assert_eq!(check["occurrences"].as_array().unwrap().len(), 7, "one of eight skipped");
    assert!(sessions(&env, &w.activity).is_empty(), "--check writes nothing");

    let bad = env
        .run(&session_add(&w.activity, "2026-12-01T14:00", "2026-12-01T17:00", &["--weekdays", "9", "--weeks", "2"]))
        .failed();
    assert!(bad.stderr.contains("weekdays: 9 is not a weekday"), "{}", bad.stderr);
    let outside = env
        .run(&session_add(&w.activity, "2026-12-29T14:00", "2026-12-29T17:00", &["--weekdays", "tue", "--weeks", "2"]))
        .failed();
    assert!(outside.stderr.contains("2027-01-05 falls outside the activity's dates"), "{}", outside.stderr);
    assert!(sessions(&env, &w.activity).is_empty(), "a refused plan writes none of its sessions");

    let made = eight_sessions(&env, &w);
    assert_eq!(made.len(), 8);
    let utc: Vec<&str> = made.iter().map(|s| s["starts_utc"].as_str().unwrap()).collect();
    assert_eq!(utc[..2], ["2026-12-01T09:00:00Z", "2026-12-03T09:00:00Z"], "Tashkent is UTC+5");

    // The same trainer in Baku at the same instant: 13:00 in Baku is 09:00 UTC.
    let baku =
        env.json(&["venue", "add", "--name", "ASAN 1", "--city", "Bakı", "--country", "AZ", "--tz", "Asia/Baku"]);
    let visit = env.json(&activity_add(
        "study_visit",
        "Bakıya tanışlıq səfəri",
        "2026-12-01",
        "2026-12-05",
        &["--venue", baku["id"].as_str().unwrap()],
    ));
    let visit_id = visit["id"].as_str().unwrap();
    let clash = session_add(visit_id, "2026-12-03T12:00", "2026-12-03T14:00", &["--trainer", &w.trainer]);
    let refused = env.run(&clash).failed();
    assert!(refused.stderr.contains("Anvar Karimov is booked in both"), "{}", refused.stderr);
    assert!(refused.stderr.contains("Mijozlarga xizmat, 2026-12-03 14:00 (Asia/Tashkent)"), "{}", refused.stderr);
    let mut allowed = clash.to_vec();
    allowed.push("--allow-conflict");
    let saved = env.json(&allowed);
    assert!(actions(&env).iter().any(|l| l.starts_with("session.conflict_override") && l.contains("Anvar Karimov")));

    // Moving the Baku session clear of the training needs no override; back onto it does.
    let baku_session = saved["id"].as_str().unwrap();
    let moved =
        env.json(&["session", "move", baku_session, "--start", "2026-12-03T17:00", "--end", "2026-12-03T18:30"]);
    assert_eq!(moved["starts_utc"], "2026-12-03T13:00:00Z");
    let back = env
        .run(&["session", "move", baku_session, "--start", "2026-12-03T13:30", "--end", "2026-12-03T15:00"])
        .failed();
    assert!(back.stderr.contains("schedule conflict"), "{}", back.stderr);

    let first = made[0]["id"].as_str().unwrap();
    let no_reason = env.run(&["session", "cancel", first, "--reason", " "]).failed();
    assert!(no_reason.stderr.contains("reason"), "{}", no_reason.stderr);
    let cancelled = env.json(&["session", "cancel", first, "--reason", "Bayram kuni"]);
    assert_eq!(
        (cancelled["status"].as_str(), cancelled["cancel_reason"].as_str()),
        (Some("cancelled"), Some("Bayram kuni"))
    );
    let again =
        env.run(&["session", "move", first, "--start", "2026-12-02T14:00", "--end", "2026-12-02T17:00"]).failed();
    assert!(again.stderr.contains("cancelled session cannot be moved"), "{}", again.stderr);

    // Calendar: the week of 30 November in Tashkent, only this trainer's sessions.
    let week = env.json(&["calendar", "--from", "2026-11-30", "--to", "2026-12-07", "--trainer", &w.trainer]);
    let titles: Vec<&str> = week.as_array().unwrap().iter().map(|e| e["activity_title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["Mijozlarga xizmat", "Mijozlarga xizmat", "Bakıya tanışlıq səfəri"]);
    assert_eq!(week[2]["trainer_names"][0], "Anvar Karimov");
    let kinds = env.json(&["calendar", "--from", "2026-11-30", "--to", "2026-12-07", "--kind", "study_visit"]);
    assert_eq!(kinds.as_array().unwrap().len(), 1);

    // The lifecycle: forward, never back; cancelling needs a reason.
    env.json(&["activity", "status", &w.activity, "confirmed"]);
    let backwards = env.run(&["activity", "status", &w.activity, "planned"]).failed();
    assert!(backwards.stderr.contains("confirmed cannot become planned"), "{}", backwards.stderr);
    env.run(&["activity", "status", visit_id, "cancelled"]).failed();
    let gone = env.json(&["activity", "status", visit_id, "cancelled", "--reason", "Viza kechikdi"]);
    assert_eq!(gone["cancel_reason"], "Viza kechikdi");
}

#[test]
fn thirty_nominated_to_twenty_five_seats_leave_five_waiting_and_a_cancellation_promotes() {
    let env = Env::new();
    let w = world(&env);
    let fields = activity_fields("training", "Mijozlarga xizmat", "2026-12-01", "2026-12-31");
    env.json(&[&["activity", "edit", &w.activity][..], &fields, &["--capacity", "25", "--venue", &w.venue]].concat());
    add_unit(&env, "Front ofis", "FO");
    add_unit(&env, "Qabul", "FOQ");
    for n in 1..=30 {
        let unit = if n <= 20 { "FO" } else { "FOQ" };
        env.json(&[
            "person",
            "add",
            "--org",
            "DXA",
            "--unit",
            unit,
            "--family",
            &format!("Xodim{n:02}"),
            "--given",
            "Test",
            "--number",
            &format!("F-{n}"),
        ]);
    }
    let outsider = common::add_person(&env, "Begona", "Test", "X-1");
    let front = env.json(&["enrol", "nominate", "--activity", &w.activity, "--unit", "FO"]);
    assert_eq!(front["nominated"].as_array().unwrap().len(), 20, "everyone in the unit");
    assert!(front["nominated"].as_array().unwrap().iter().all(|e| e["status"] == "nominated"));
    let p21 = env.json(&["person", "list", "--org", "FOQ"])[0]["id"].as_str().unwrap().to_owned();
    let mixed = env.json(&["enrol", "nominate", "--activity", &w.activity, "--person", &p21]);
    assert_eq!(mixed["nominated"].as_array().unwrap().len(), 1);
    let rest = env.json(&["enrol", "nominate", "--activity", &w.activity, "--unit", "FOQ"]);
    assert_eq!((rest["nominated"].as_array().unwrap().len(), rest["skipped"].as_array().unwrap().len()), (9, 1));
    assert_eq!(rest["skipped"][0]["status"], "nominated", "nobody is nominated twice");
    env.json(&["enrol", "nominate", "--activity", &w.activity, "--person", &outsider]);

    let decline = env.run(&["decline", "--activity", &w.activity, "--person", &outsider, "--reason", ""]).failed();
    assert!(decline.stderr.contains("reason"), "{}", decline.stderr);
    env.json(&["decline", "--activity", &w.activity, "--person", &outsider, "--reason", "Boshqa boʻlim"]);

    let approved = env.json(&["approve", "--activity", &w.activity, "--all"]);
    let count = |s: &str| approved.as_array().unwrap().iter().filter(|e| e["status"] == s).count();
    assert_eq!((count("enrolled"), count("waitlisted")), (25, 5));
    let twice = env.run(&["approve", "--activity", &w.activity, "--person", &outsider]).failed();
    assert!(twice.stderr.contains("not awaiting approval (declined)"), "{}", twice.stderr);

    let waiting = env.json(&["waitlist", "--activity", &w.activity]);
    let names: Vec<&str> = waiting.as_array().unwrap().iter().map(|e| e["person_name"].as_str().unwrap()).collect();
    assert_eq!(names.len(), 5);
    let first_waiting = waiting[0]["person_id"].as_str().unwrap().to_owned();
    let seated = approved.as_array().unwrap().iter().find(|e| e["status"] == "enrolled").unwrap()["person_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let c = env.json(&["enrol", "cancel", "--activity", &w.activity, "--person", &seated, "--reason", "Kasal"]);
    assert_eq!(c["promoted"][0]["person_id"], first_waiting.as_str());
    assert_eq!(env.json(&["waitlist", "--activity", &w.activity]).as_array().unwrap().len(), 4);
    assert!(actions(&env).iter().any(|l| l.starts_with("enrolment.promote") && l.contains(names[0])));
}

#[test]
fn the_ics_reads_back_with_the_right_instants_and_the_lists_open_as_spreadsheets() {
    let env = Env::new();
    let w = world(&env);
    eight_sessions(&env, &w);
    let p = env.json(&[
        "person",
        "add",
        "--org",
        "DXA",
        "--family",
        "Oʻrinboyeva",
        "--given",
        "Gulnora",
        "--position",
        "=HYPERLINK(\"http://x\",\"y\")",
    ]);
    let person = p["id"].as_str().unwrap();
    env.json(&["enrol", "add", "--activity", &w.activity, "--person", person]);

    let ics = env.dir.path().join("plan.ics");
    env.json(&["export", "ics", "--activity", &w.activity, "--out", ics.to_str().unwrap()]);
    // An independent parser (Python's icalendar with the tz database of pytz) gives the instants.
    let script = "import sys, icalendar\n\
                  cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n\
                  for e in cal.walk('VEVENT'):\n\
                  \u{20}   print(e.decoded('DTSTART').astimezone(__import__('datetime').timezone.utc).isoformat(), e.decoded('SUMMARY').decode())\n";
    let out = Command::new("/usr/bin/python3")
        .arg("-c")
        .arg(script)
        .arg(&ics)
        .output()
        .expect("python3 with icalendar (scripts/setup.sh installs it)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<String> = String::from_utf8(out.stdout).unwrap().lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 8);
    assert_eq!(lines[0], "2026-12-01T09:00:00+00:00 Mijozlarga xizmat");
    assert_eq!(lines[7], "2026-12-24T09:00:00+00:00 Mijozlarga xizmat");
    let own = env.dir.path().join("me.ics");
    env.json(&["export", "ics", "--person", person, "--out", own.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&own).unwrap().matches("BEGIN:VEVENT").count(), 8, "a person's schedule");

    let xlsx = env.dir.path().join("list.xlsx");
    env.json(&["export", "xlsx", "--activity", &w.activity, "--out", xlsx.to_str().unwrap(), "--locale", "ru"]);
    let mut book: Xlsx<_> = open_workbook(&xlsx).unwrap();
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    let rows: Vec<Vec<String>> = sheet.rows().map(|r| r.iter().map(|c| c.to_string()).collect()).collect();
    assert_eq!(rows[0][..4], ["№", "Фамилия", "Имя", "Отчество"]);
    assert_eq!(rows[1][1], "Oʻrinboyeva");
    assert_eq!(rows[1][6], "=HYPERLINK(\"http://x\",\"y\")", "text, never a formula");
    assert_eq!(rows[1][8..], ["участник", "записан"], "role and status in words");

    let csv = env.dir.path().join("list.csv");
    env.json(&["export", "csv", "--activity", &w.activity, "--out", csv.to_str().unwrap(), "--locale", "en"]);
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 with a BOM for Excel");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.starts_with("No.,Family name,Given name,"), "{text}");
    assert!(text.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""), "the formula is defused: {text}");
}
