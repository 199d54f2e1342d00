//! Reports on both backends: the figures of a generated register (units, staff in two countries,
//! activities with and without a programme, sessions of several lengths, one cancelled, marks of
//! every kind, a late arrival counted in half) equal the same figures counted here, row by row,
//! from what the test itself wrote.

mod common;

use std::collections::BTreeMap;

use common::{mark, register};
use malaka_api::Malaka;
use malaka_api::core::completion::{AssessmentKind, CompletionBasis, CompletionRule, LateCounts};
use malaka_api::core::model::*;

/// A session as the test planned it: its activity, day, length and whether it was cancelled.
struct Planned {
    id: String,
    activity: usize,
    day: &'static str,
    hours: f64,
    cancelled: bool,
    /// The trainers leading it (indices into `World::trainers`).
    trainers: Vec<usize>,
}

/// A person as the test made them.
struct Staff {
    id: String,
    name: String,
    org: String,
    unit: Option<String>,
}

/// What the test wrote, to count from.
struct World {
    app: Malaka,
    _dir: tempfile::TempDir,
    agency: String,
    units: Vec<String>,
    staff: Vec<Staff>,
    /// Per activity: its programme, its kind, how much a late arrival counts, its learners.
    activities: Vec<(Option<String>, ActivityKind, f64, Vec<usize>)>,
    sessions: Vec<Planned>,
    trainers: Vec<String>,
    /// (session, person) → the mark written.
    marks: BTreeMap<(usize, usize), AttendanceStatus>,
}

/// A small deterministic generator: the same register on every run and both backends.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

async fn org(app: &Malaka, name: &str, country: &str, kind: OrgKind, parent: Option<&str>) -> String {
    let o = NewOrganisation {
        name: name.into(),
        short_code: None,
        country: country.into(),
        kind,
        parent_id: parent.map(Into::into),
    };
    app.organisation_create(o).await.unwrap().id
}

async fn world() -> World {
    let (dir, app) = register().await;
    let agency = org(&app, "Davlat xizmatlari agentligi", "UZ", OrgKind::Agency, None).await;
    let front = org(&app, "Front ofis", "UZ", OrgKind::Unit, Some(&agency)).await;
    let it = org(&app, "Axborot texnologiyalari", "UZ", OrgKind::Unit, Some(&agency)).await;
    let asan = org(&app, "ASAN xidmət", "AZ", OrgKind::Partner, None).await;
    let mut staff = Vec::new();
    let names = ["Karimova", "Aliyev", "Yusupov", "Rustamova", "Qodirov", "Ergasheva", "Hasanov", "Mammadova"];
    for (i, family) in names.iter().enumerate() {
        let (o, unit) = match i % 4 {
            0 => (&agency, Some(&front)),
            1 => (&agency, Some(&it)),
            2 => (&agency, None),
            _ => (&asan, None),
        };
        let p = NewPerson {
            family_name: (*family).into(),
            given_name: format!("N{i}"),
            organisation_id: o.clone(),
            unit_id: unit.cloned(),
            personnel_number: Some(format!("T-{i:03}")),
            ..Default::default()
        };
        let id = app.person_create(p).await.unwrap().id;
        staff.push(Staff { id, name: format!("{family} N{i}"), org: o.clone(), unit: unit.cloned() });
    }
    let programme = app
        .programme_create(NewProgramme {
            code: "MX-1".into(),
            title: "Mijozlarga xizmat".into(),
            objectives: None,
            planned_hours: 12.0,
            language: "uz-Latn".into(),
        })
        .await
        .unwrap()
        .id;
    let plan = [
        (Some(programme.clone()), ActivityKind::Training, "2026-03-01", "2026-04-30", 0.5),
        (None, ActivityKind::Seminar, "2026-05-01", "2026-05-31", 1.0),
        (Some(programme.clone()), ActivityKind::Training, "2025-12-01", "2025-12-31", 1.0),
    ];
    let mut activities = Vec::new();
    for (i, (prog, kind, from, to, late)) in plan.iter().enumerate() {
        let a = app
            .activity_create(NewActivity {
                kind: *kind,
                title: format!("Activity {i}"),
                programme_id: prog.clone(),
                status: None,
                starts_on: (*from).into(),
                ends_on: (*to).into(),
                host_org_id: agency.clone(),
                partner_org_ids: vec![],
                venue_id: None,
                capacity: None,
                language: "uz-Latn".into(),
                planned_hours: None,
                description: None,
            })
            .await
            .unwrap();
        if *late < 1.0 {
            let rule = CompletionRule {
                activity_id: a.id.clone(),
                basis: CompletionBasis::Hours,
                min_percent: 75.0,
                late_counts: LateCounts::Half,
                excused_counts: true,
                assessment: AssessmentKind::Nothing,
                pass_mark: None,
            };
            app.completion_rule_set(&rule).await.unwrap();
        }
        activities.push((a.id, prog.clone(), *kind, *late));
    }
    let days: [(usize, &str, &str, &str); 9] = [
        (0, "2026-03-10", "09:00", "12:00"),
        (0, "2026-03-17", "09:00", "10:30"),
        (0, "2026-03-24", "14:00", "17:00"),
        (0, "2026-04-07", "09:00", "13:15"),
        (0, "2026-04-14", "09:00", "12:00"),
        (1, "2026-05-05", "10:00", "12:00"),
        (1, "2026-05-12", "10:00", "11:45"),
        (2, "2025-12-09", "09:00", "12:00"),
        (2, "2025-12-16", "09:00", "12:00"),
    ];
    let mut trainers = Vec::new();
    for name in ["Abdullayeva Ozoda", "Leyla Həsənova"] {
        let t = NewTrainer { name: Some(name.into()), affiliation: Some("ASAN xidmət".into()), ..Default::default() };
        trainers.push(app.trainer_create(t).await.unwrap().id);
    }
    let mut sessions = Vec::new();
    for (n, (a, day, from, to)) in days.iter().enumerate() {
        // Every third session led by both, the rest by one in turn.
        let led_by = if n % 3 == 0 { vec![0, 1] } else { vec![n % 2] };
        let s = NewSession {
            activity_id: activities[*a].0.clone(),
            title: None,
            starts_local: format!("{day}T{from}"),
            ends_local: format!("{day}T{to}"),
            time_zone: Some("Asia/Tashkent".into()),
            venue_id: None,
            trainer_ids: led_by.iter().map(|&t| trainers[t].clone()).collect(),
        };
        let id = app.session_create(s, false).await.unwrap().id;
        let minutes = |t: &str| t[..2].parse::<f64>().unwrap() * 60.0 + t[3..].parse::<f64>().unwrap();
        let hours = (minutes(to) - minutes(from)) / 60.0;
        sessions.push(Planned { id, activity: *a, day, hours, cancelled: n == 4, trainers: led_by });
    }
    // Learners: most of the staff in each activity; one person takes activity 0 as a trainer (not
    // a learner), one cancels their place.
    let mut rng = Lcg(20261207);
    let mut learners = vec![Vec::new(); activities.len()];
    for (a, (activity, ..)) in activities.iter().enumerate() {
        for (p, person) in staff.iter().enumerate() {
            if (a + p) % 5 == 4 {
                continue;
            }
            let role = if a == 0 && p == 7 { EnrolmentRole::Trainer } else { EnrolmentRole::Participant };
            let e = app.enrolment_create(activity, &person.id, role).await.unwrap();
            if a == 1 && p == 0 {
                app.enrolment_cancel(&e.id, Some("moved away")).await.unwrap();
            } else if role == EnrolmentRole::Participant {
                learners[a].push(p);
            }
        }
    }
    // Marks of every kind, some sessions left unmarked for some people; then one session cancelled.
    let mut marks = BTreeMap::new();
    for (s, session) in sessions.iter().enumerate() {
        if s == 6 {
            continue; // a roll the trainer never recorded
        }
        let mut batch = Vec::new();
        for &p in &learners[session.activity] {
            let status = match rng.next(6) {
                0 | 1 => AttendanceStatus::Present,
                2 => AttendanceStatus::Late,
                3 => AttendanceStatus::Absent,
                4 => AttendanceStatus::Excused,
                _ => continue,
            };
            batch.push(mark(&session.id, &staff[p].id, status));
            marks.insert((s, p), status);
        }
        if !batch.is_empty() {
            app.attendance_mark(&batch).await.unwrap();
        }
    }
    for s in sessions.iter().filter(|s| s.cancelled) {
        app.session_cancel(&s.id, "Trainer ill").await.unwrap();
    }
    let activities = activities
        .into_iter()
        .zip(learners)
        .map(|((_, prog, kind, late), learners)| (prog, kind, late, learners))
        .collect();
    World { app, _dir: dir, agency, units: vec![front, it], staff, activities, sessions, trainers, marks }
}

/// The figures of one group, counted here.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Figures {
    people: usize,
    sessions: i64,
    hours: f64,
    planned: f64,
}

/// Counts the hours report from what the test wrote: `group` names a (session, person) pair's
/// group, or leaves it out.
fn counted(
    w: &World,
    from: &str,
    to: &str,
    group: impl Fn(&Planned, &Staff) -> Option<String>,
) -> BTreeMap<String, Figures> {
    let mut people: BTreeMap<String, std::collections::BTreeSet<usize>> = BTreeMap::new();
    let mut out: BTreeMap<String, Figures> = BTreeMap::new();
    for (s, session) in w.sessions.iter().enumerate() {
        if session.cancelled || session.day < from || session.day > to {
            continue;
        }
        let (_, _, late, learners) = &w.activities[session.activity];
        for &p in learners {
            let Some(key) = group(session, &w.staff[p]) else { continue };
            let weight = match w.marks.get(&(s, p)) {
                Some(AttendanceStatus::Present) => 1.0,
                Some(AttendanceStatus::Late) => *late,
                _ => 0.0,
            };
            let f = out.entry(key.clone()).or_default();
            f.planned += session.hours;
            f.hours += session.hours * weight;
            f.sessions += i64::from(weight > 0.0);
            people.entry(key).or_default().insert(p);
        }
    }
    for (k, f) in &mut out {
        f.people = people[k].len();
    }
    out
}

/// One learner's place as counted here from the marks and the activity's rule: all sessions
/// are past in the generated world, so every one is taken.
#[derive(Debug)]
struct PlaceCounted {
    activity: usize,
    person: usize,
    sessions: i64,
    by_mark: [i64; 4],
    unmarked: i64,
    rate: f64,
    result: TranscriptResult,
}

fn places_counted(w: &World) -> Vec<PlaceCounted> {
    let mut out = Vec::new();
    for (a, (_, _, late, learners)) in w.activities.iter().enumerate() {
        let custom = a == 0; // hours basis, 75 %, late counts half, excused counts
        for &p in learners {
            let (mut points, mut total, mut sessions, mut unmarked, mut by_mark) = (0.0, 0.0, 0, 0, [0i64; 4]);
            for (s, session) in w.sessions.iter().enumerate().filter(|(_, s)| s.activity == a && !s.cancelled) {
                let mark = w.marks.get(&(s, p));
                let weight = match mark {
                    Some(AttendanceStatus::Present) => 1.0,
                    Some(AttendanceStatus::Late) => *late,
                    Some(AttendanceStatus::Excused) if custom => 1.0,
                    _ => 0.0,
                };
                match mark {
                    Some(AttendanceStatus::Present) => by_mark[0] += 1,
                    Some(AttendanceStatus::Late) => by_mark[1] += 1,
                    Some(AttendanceStatus::Excused) => by_mark[2] += 1,
                    Some(AttendanceStatus::Absent) => by_mark[3] += 1,
                    None => unmarked += 1,
                }
                let amount = if custom { session.hours } else { 1.0 };
                points += amount * weight;
                total += amount;
                sessions += 1;
            }
            let rate = ((100.0 * points / total) * 10.0).round() / 10.0;
            let met = rate >= if custom { 75.0 } else { 80.0 };
            let result = if met { TranscriptResult::Completed } else { TranscriptResult::NotCompleted };
            out.push(PlaceCounted { activity: a, person: p, sessions, by_mark, unmarked, rate, result });
        }
    }
    out
}

fn filter(from: &str, to: &str, by: ReportGrouping) -> ReportFilter {
    ReportFilter {
        from: from.into(),
        to: to.into(),
        organisation_id: None,
        programme_id: None,
        kind: None,
        country: None,
        group_by: by,
    }
}

fn reported(rows: &[HoursRow]) -> BTreeMap<String, Figures> {
    rows.iter()
        .map(|r| {
            let f =
                Figures { people: r.people as usize, sessions: r.sessions, hours: r.hours, planned: r.planned_hours };
            (r.key.clone().unwrap_or_default(), f)
        })
        .collect()
}

fn assert_same(got: &BTreeMap<String, Figures>, want: &BTreeMap<String, Figures>) {
    assert_eq!(got.keys().collect::<Vec<_>>(), want.keys().collect::<Vec<_>>(), "the same groups");
    for (k, w) in want {
        let g = got[k];
        assert_eq!((g.people, g.sessions), (w.people, w.sessions), "{k}");
        assert!((g.hours - w.hours).abs() < 1e-9 && (g.planned - w.planned).abs() < 1e-9, "{k}: {g:?} vs {w:?}");
    }
}

on_both_backends! {
    /// Hours by unit, person, programme and month over 2026, and narrowed to the agency's units,
    /// to a kind and to a country, equal the same hours counted from the marks written.
    async fn training_hours_equal_the_marks_counted_one_by_one() {
        let w = world().await;
        let app = &w.app;
        let (from, to) = ("2026-01-01", "2026-12-31");
        let unit_of = |s: &Staff| s.unit.clone().unwrap_or_else(|| s.org.clone());

        let by_unit = app.report_hours(&filter(from, to, ReportGrouping::Unit)).await.unwrap();
        assert_eq!(by_unit.len(), 4, "two units, the agency's own staff, the partner's");
        assert!(by_unit.iter().all(|r| r.planned_hours > r.hours && r.hours > 0.0), "{by_unit:?}");
        assert_same(&reported(&by_unit), &counted(&w, from, to, |_, s| Some(unit_of(s))));
        let front = by_unit.iter().find(|r| r.key.as_deref() == Some(w.units[0].as_str())).unwrap();
        assert_eq!(front.label, "Front ofis");

        let by_person = app.report_hours(&filter(from, to, ReportGrouping::Person)).await.unwrap();
        assert_same(&reported(&by_person), &counted(&w, from, to, |_, s| Some(s.id.clone())));
        let first = by_person.iter().find(|r| r.key.as_deref() == Some(w.staff[0].id.as_str())).unwrap();
        assert_eq!(first.label, w.staff[0].name);
        let who = first.person.as_ref().unwrap();
        assert_eq!((who.personnel_number.as_deref(), who.unit.as_deref()), (Some("T-000"), Some("Front ofis")));

        let by_month = app.report_hours(&filter(from, to, ReportGrouping::Month)).await.unwrap();
        assert_same(&reported(&by_month), &counted(&w, from, to, |s, _| Some(s.day[..7].to_owned())));
        assert_eq!(by_month.iter().map(|r| r.label.as_str()).collect::<Vec<_>>(), ["2026-03", "2026-04", "2026-05"]);

        let by_programme = app.report_hours(&filter(from, to, ReportGrouping::Programme)).await.unwrap();
        let programme = |s: &Planned| w.activities[s.activity].0.clone().unwrap_or_default();
        assert_same(&reported(&by_programme), &counted(&w, from, to, |s, _| Some(programme(s))));

        // The whole of both years, by year: the December 2025 course counts in its own year.
        let years = app.report_hours(&filter("2025-01-01", "2026-12-31", ReportGrouping::Year)).await.unwrap();
        assert_same(&reported(&years), &counted(&w, "2025-01-01", "2026-12-31", |s, _| Some(s.day[..4].to_owned())));

        // The agency and its units only; seminars only; staff in Azerbaijan only.
        let scoped = ReportFilter { organisation_id: Some(w.agency.clone()), ..filter(from, to, ReportGrouping::Organisation) };
        let want = counted(&w, from, to, |_, s| (s.org == w.agency).then(|| s.org.clone()));
        assert_same(&reported(&app.report_hours(&scoped).await.unwrap()), &want);
        let one_unit = ReportFilter { organisation_id: Some(w.units[1].clone()), ..filter(from, to, ReportGrouping::Person) };
        let want = counted(&w, from, to, |_, s| (s.unit.as_deref() == Some(w.units[1].as_str())).then(|| s.id.clone()));
        assert_same(&reported(&app.report_hours(&one_unit).await.unwrap()), &want);
        let seminars = ReportFilter { kind: Some(ActivityKind::Seminar), ..filter(from, to, ReportGrouping::Year) };
        let want = counted(&w, from, to, |p, _| (w.activities[p.activity].1 == ActivityKind::Seminar).then(|| "2026".into()));
        assert_same(&reported(&app.report_hours(&seminars).await.unwrap()), &want);
        let abroad = ReportFilter { country: Some("az".into()), ..filter(from, to, ReportGrouping::Organisation) };
        let want = counted(&w, from, to, |_, s| (s.org != w.agency).then(|| s.org.clone()));
        assert_same(&reported(&app.report_hours(&abroad).await.unwrap()), &want);

        // Bad filters name their field and count nothing.
        let backwards = filter(to, from, ReportGrouping::Unit);
        assert_eq!(app.report_hours(&backwards).await.unwrap_err().field(), Some("to"));
        let odd = ReportFilter { programme_id: Some("nope".into()), ..filter(from, to, ReportGrouping::Unit) };
        assert_eq!(app.report_hours(&odd).await.unwrap_err().field(), Some("programme"));
    }

    /// The report as a spreadsheet: the identity columns picked, headings in the locale, hours
    /// with at most two decimals, a formula-like name written as text.
    async fn the_hours_file_names_people_by_the_columns_picked() {
        let w = world().await;
        let by_person = filter("2026-01-01", "2026-12-31", ReportGrouping::Person);
        let options = |format: &str, locale: &str, columns: &[IdentityColumn]| ReportFileOptions {
            format: format.into(),
            locale: locale.into(),
            columns: columns.to_vec(),
        };
        let picked = [IdentityColumn::PersonnelNumber, IdentityColumn::Name, IdentityColumn::Unit];
        let csv = w.app.report_hours_file(&by_person, &options("csv", "ru", &picked)).await;
        let csv = String::from_utf8(csv.unwrap()).unwrap();
        let mut lines = csv.lines();
        let header = lines.next().unwrap().trim_start_matches('\u{feff}');
        assert_eq!(header, "Табельный номер,Сотрудник,Подразделение,Посещённые занятия,Часы обучения,Запланированные часы");
        let rows = w.app.report_hours(&by_person).await.unwrap();
        assert_eq!(lines.count(), rows.len());
        assert!(csv.contains("T-000,Karimova N0,Front ofis,"), "{csv}");
        let xlsx = w.app.report_hours_file(&by_person, &options("xlsx", "az", &[])).await;
        assert!(xlsx.unwrap().starts_with(b"PK"));
        let e = w.app.report_hours_file(&by_person, &options("csv", "xx", &[])).await;
        assert_eq!(e.unwrap_err().field(), Some("locale"));
        let e = w.app.report_hours_file(&by_person, &options("pdfx", "en", &[])).await;
        assert_eq!(e.unwrap_err().field(), Some("format"));
    }
    /// Each person's transcript: per activity, the hours and result counted here from the marks
    /// and the activity's rule; the total equals their row of the hours report; the signed PDF's
    /// QR verifies, names its holder, and stops matching the register once a mark changes.
    async fn a_transcript_counts_what_the_marks_say_and_its_print_verifies() {
        let w = world().await;
        let app = &w.app;
        let all_time = app.report_hours(&filter("2025-01-01", "2026-12-31", ReportGrouping::Person)).await.unwrap();
        for (p, person) in w.staff.iter().enumerate() {
            let t = app.person_transcript(&person.id).await.unwrap();
            assert_eq!((t.name.as_str(), t.personnel_number.as_deref()), (person.name.as_str(), Some(format!("T-{p:03}").as_str())));
            let taken: Vec<usize> = (0..w.activities.len()).filter(|a| w.activities[*a].3.contains(&p)).collect();
            assert_eq!(t.entries.len(), taken.len(), "{}: learner enrolments only", person.name);
            for entry in &t.entries {
                let a = (0..w.activities.len()).find(|a| format!("Activity {a}") == entry.title).unwrap();
                let custom = a == 0; // hours basis, 75 %, late counts half, excused counts
                let (mut hours, mut planned, mut counted, mut counted_hours, mut n) = (0.0, 0.0, 0.0, 0.0, 0);
                for (s, session) in w.sessions.iter().enumerate().filter(|(_, s)| s.activity == a && !s.cancelled) {
                    let mark = w.marks.get(&(s, p));
                    let attended = match mark {
                        Some(AttendanceStatus::Present) => 1.0,
                        Some(AttendanceStatus::Late) => w.activities[a].2,
                        _ => 0.0,
                    };
                    let for_rule = match mark {
                        Some(AttendanceStatus::Excused) if custom => 1.0,
                        _ => attended,
                    };
                    hours += session.hours * attended;
                    planned += session.hours;
                    counted += for_rule;
                    counted_hours += session.hours * for_rule;
                    n += 1;
                }
                let rate = if custom { 100.0 * counted_hours / planned } else { 100.0 * counted / f64::from(n) };
                let rate = (rate * 10.0).round() / 10.0;
                let met = rate >= if custom { 75.0 } else { 80.0 };
                let result = if met { TranscriptResult::Completed } else { TranscriptResult::NotCompleted };
                assert!((entry.hours - hours).abs() < 0.006 && (entry.planned_hours - planned).abs() < 0.006, "{entry:?}");
                assert_eq!((entry.rate, entry.result), (rate, result), "{} in {}", person.name, entry.title);
            }
            let starts: Vec<_> = t.entries.iter().map(|e| e.starts_on).collect();
            assert!(starts.windows(2).all(|d| d[0] <= d[1]), "in the order they began");
            let reported = all_time.iter().find(|r| r.key.as_deref() == Some(person.id.as_str())).map_or(0.0, |r| r.hours);
            assert!((t.hours - reported).abs() < 0.01, "{}: transcript {} vs report {reported}", person.name, t.hours);
        }

        // Printed and signed: the QR on the PDF's first page verifies against this register.
        app.key_rotate(common::KEY_PASSPHRASE).await.unwrap();
        let holder = &w.staff[1];
        let pdf = app.person_transcript_pdf(&holder.id, "az", Some("ru")).await.unwrap();
        let file = w._dir.path().join("transcript.pdf");
        std::fs::write(&file, &pdf).unwrap();
        let token = malaka_api::certificate_revocation::token_from_file(&file).unwrap();
        let malaka_api::verify::Verified::Transcript(v) = app.document_verify(&token).await.unwrap() else {
            panic!("a transcript token")
        };
        let t = app.person_transcript(&holder.id).await.unwrap();
        assert_eq!(v.facts.person_id, holder.id);
        assert_eq!(v.facts.entries as usize, t.entries.len());
        assert!((v.facts.hours - t.hours).abs() < 0.051, "{} vs {}", v.facts.hours, t.hours);
        assert_eq!((v.person_name.as_deref(), v.name_matches, v.matches_register), (Some(holder.name.as_str()), Some(true), Some(true)));
        let public = app.certificate_public_key().await.unwrap().public_key;
        let offline = malaka_api::transcript::verify_transcript_offline(&token, &public).unwrap();
        assert_eq!((offline.reference, offline.matches_register), (v.reference.clone(), None));

        // A mark changed since: the signature still holds, the register no longer gives the same.
        let (s, _) = w.sessions.iter().enumerate().find(|(_, s)| !s.cancelled && w.activities[s.activity].3.contains(&1)).unwrap();
        let now_absent = match w.marks.get(&(s, 1)) {
            Some(AttendanceStatus::Absent) => AttendanceStatus::Present,
            _ => AttendanceStatus::Absent,
        };
        app.attendance_mark(&[mark(&w.sessions[s].id, &holder.id, now_absent)]).await.unwrap();
        let malaka_api::verify::Verified::Transcript(after) = app.document_verify(&token).await.unwrap() else { panic!() };
        assert_eq!(after.matches_register, Some(false));

        // Nobody's transcript for an id that is none.
        assert_eq!(app.person_transcript("nope").await.unwrap_err().field(), Some("person"));
    }
    /// Completion by activity and by programme, narrowed by period and unit, and attendance per
    /// person and activity, equal the places counted here from the marks and each rule; an
    /// activity still to come counts as upcoming with what is still reachable.
    async fn completion_and_attendance_equal_the_places_counted_one_by_one() {
        let w = world().await;
        let app = &w.app;
        let places = places_counted(&w);
        let all = filter("2025-01-01", "2026-12-31", ReportGrouping::Activity);

        let by_activity = app.report_completion(&all).await.unwrap();
        assert_eq!(by_activity.iter().map(|r| r.label.as_str()).collect::<Vec<_>>(), ["Activity 0", "Activity 1", "Activity 2"]);
        for (a, row) in by_activity.iter().enumerate() {
            let mine: Vec<&PlaceCounted> = places.iter().filter(|p| p.activity == a).collect();
            let done = mine.iter().filter(|p| p.result == TranscriptResult::Completed).count() as i64;
            let short: Vec<&&PlaceCounted> = mine.iter().filter(|p| p.result == TranscriptResult::NotCompleted).collect();
            assert_eq!((row.enrolled, row.completed, row.not_completed), (mine.len() as i64, done, short.len() as i64), "{a}");
            assert_eq!((row.in_progress, row.upcoming, row.certified), (0, 0, 0));
            assert_eq!(row.why.below_minimum, short.len() as i64, "no assessment: the minimum is every reason");
            assert_eq!(row.why.marks_missing, short.iter().filter(|p| p.unmarked > 0).count() as i64);
        }
        assert!(by_activity.iter().any(|r| r.completed > 0) && by_activity.iter().any(|r| r.not_completed > 0));

        // By programme, from 2026 on: December 2025's course is left out of the programme's row.
        let programmes = app.report_completion(&filter("2026-01-01", "2026-12-31", ReportGrouping::Programme)).await.unwrap();
        let in_programme = places.iter().filter(|p| p.activity == 0).count() as i64;
        let outside = places.iter().filter(|p| p.activity == 1).count() as i64;
        let counts: Vec<(Option<&str>, i64)> = programmes.iter().map(|r| (r.key.as_deref(), r.enrolled)).collect();
        assert_eq!(counts, [(None, outside), (w.activities[0].0.as_deref(), in_programme)]);

        // One unit's staff, by person.
        let unit = &w.units[1];
        let scoped = ReportFilter { organisation_id: Some(unit.clone()), ..filter("2025-01-01", "2026-12-31", ReportGrouping::Person) };
        let people = app.report_completion(&scoped).await.unwrap();
        for row in &people {
            let p = w.staff.iter().position(|s| Some(&s.id) == row.key.as_ref()).unwrap();
            assert_eq!(w.staff[p].unit.as_ref(), Some(unit));
            assert_eq!(row.enrolled, places.iter().filter(|x| x.person == p).count() as i64);
            assert_eq!(row.person.as_ref().unwrap().unit.as_deref(), Some("Axborot texnologiyalari"));
        }
        assert_eq!(people.len(), w.staff.iter().filter(|s| s.unit.as_ref() == Some(unit)).count());

        // Attendance: a row per place, every session taken, the rule's rate.
        let attendance = app.report_attendance(&all).await.unwrap();
        assert_eq!(attendance.len(), places.len());
        for p in &places {
            let row = attendance
                .iter()
                .find(|r| r.person_id == w.staff[p.person].id && r.activity_title == format!("Activity {}", p.activity))
                .unwrap();
            assert_eq!((row.sessions, row.taken, row.unmarked), (p.sessions, p.sessions, p.unmarked), "{p:?}");
            assert_eq!([row.present, row.late, row.excused, row.absent], p.by_mark, "{p:?}");
            assert_eq!((row.rate_all, row.rate_taken, row.max_reachable), (p.rate, Some(p.rate), p.rate), "{p:?}");
            assert_eq!((row.result, row.person_name.as_str()), (p.result, w.staff[p.person].name.as_str()));
        }

        // Still to come: one session marked excused in advance is taken, the other still open.
        let future = app
            .activity_create(NewActivity {
                kind: ActivityKind::Workshop,
                title: "Kelajak".into(),
                programme_id: None,
                status: None,
                starts_on: "2027-02-01".into(),
                ends_on: "2027-02-28".into(),
                host_org_id: w.agency.clone(),
                partner_org_ids: vec![],
                venue_id: None,
                capacity: None,
                language: "uz-Latn".into(),
                planned_hours: None,
                description: None,
            })
            .await
            .unwrap();
        let mut days = Vec::new();
        for day in ["2027-02-02", "2027-02-09"] {
            let s = NewSession {
                activity_id: future.id.clone(),
                title: None,
                starts_local: format!("{day}T09:00"),
                ends_local: format!("{day}T11:00"),
                time_zone: Some("Asia/Tashkent".into()),
                venue_id: None,
                trainer_ids: vec![],
            };
            days.push(app.session_create(s, false).await.unwrap().id);
        }
        app.enrolment_create(&future.id, &w.staff[0].id, EnrolmentRole::Participant).await.unwrap();
        app.attendance_mark(&[mark(&days[0], &w.staff[0].id, AttendanceStatus::Excused)]).await.unwrap();
        let ahead = ReportFilter { kind: Some(ActivityKind::Workshop), ..filter("2027-01-01", "2027-12-31", ReportGrouping::Activity) };
        let row = &app.report_attendance(&ahead).await.unwrap()[0];
        assert_eq!((row.sessions, row.taken, row.excused, row.unmarked), (2, 1, 1, 0));
        assert_eq!((row.rate_taken, row.rate_all, row.max_reachable), (Some(0.0), 0.0, 50.0));
        assert_eq!(row.result, TranscriptResult::Upcoming);
        let row = &app.report_completion(&ahead).await.unwrap()[0];
        assert_eq!((row.label.as_str(), row.enrolled, row.upcoming, row.not_completed), ("Kelajak", 1, 1, 0));

        // Hours by activity: the same groups as the marks counted here.
        let hours = app.report_hours(&filter("2025-01-01", "2026-12-31", ReportGrouping::Activity)).await.unwrap();
        let labelled: BTreeMap<String, Figures> =
            reported(&hours).into_iter().map(|(k, f)| (hours.iter().find(|r| r.key.as_deref() == Some(&k)).unwrap().label.clone(), f)).collect();
        assert_same(&labelled, &counted(&w, "2025-01-01", "2026-12-31", |s, _| Some(format!("Activity {}", s.activity))));

        // As files: headings in the reader's language, a row per group or place.
        let options = |format: &str, locale: &str| ReportFileOptions { format: format.into(), locale: locale.into(), columns: vec![] };
        let csv = String::from_utf8(app.report_completion_file(&all, &options("csv", "en")).await.unwrap()).unwrap();
        let mut lines = csv.lines();
        let header = lines.next().unwrap().trim_start_matches('\u{feff}');
        assert!(header.starts_with("Activity,Enrolled,Completed,Not completed,In progress,Upcoming,Certified,Completion rate (%),"), "{header}");
        assert_eq!(lines.count(), by_activity.len());
        let csv = String::from_utf8(app.report_attendance_file(&all, &options("csv", "ru")).await.unwrap()).unwrap();
        assert!(csv.lines().next().unwrap().contains("Максимально достижимо (%)"), "{csv}");
        assert_eq!(csv.lines().count(), attendance.len() + 1);
        assert!(app.report_attendance_file(&all, &options("xlsx", "uz-Cyrl")).await.unwrap().starts_with(b"PK"));
    }
    /// The dashboard's figures are the reports' own: hours and people by year, hours by month,
    /// programmes ranked, completion over the places that ended in the year, certificates by
    /// the month they were issued and revoked, and activities still open.
    async fn the_dashboard_gives_the_reports_figures_at_a_glance() {
        let w = world().await;
        let app = &w.app;
        let d = app.dashboard(2026).await.unwrap();
        let year = |y: &str| counted(&w, &format!("{y}-01-01"), &format!("{y}-12-31"), |_, _| Some(String::new()));
        let (this, last) = (year("2026")[""], year("2025")[""]);
        assert!((d.hours.this_year - this.hours).abs() < 1e-9 && (d.hours.last_year - last.hours).abs() < 1e-9, "{d:?}");
        assert_eq!((d.people.this_year, d.people.last_year), (this.people as f64, last.people as f64));
        assert!((d.hours_by_month.iter().sum::<f64>() - this.hours).abs() < 1e-9);
        assert_eq!(d.hours_by_month.len(), 12);
        assert!(d.hours_by_month[0] == 0.0 && d.hours_by_month[2] > 0.0, "nothing in January, March taught");
        assert_eq!(d.top_programmes.len(), 1, "activities outside any programme are not ranked");
        let programme = counted(&w, "2026-01-01", "2026-12-31", |s, _| (s.activity == 0).then(String::new))[""];
        assert!((d.top_programmes[0].hours - programme.hours).abs() < 1e-9);
        assert_eq!((d.top_programmes[0].title.as_str(), d.top_programmes[0].people), ("Mijozlarga xizmat", programme.people as i64));

        let places = places_counted(&w);
        let ended: Vec<_> = places.iter().filter(|p| p.activity != 2).collect();
        let done = ended.iter().filter(|p| p.result == TranscriptResult::Completed).count() as i64;
        let c = app.dashboard_completion(2026).await.unwrap();
        assert_eq!((c.completed, c.not_completed), (done, ended.len() as i64 - done));
        let rate = (1000.0 * done as f64 / ended.len() as f64).round() / 10.0;
        assert_eq!(c.completion_rate, Some(rate));
        assert_eq!(app.dashboard_completion(1850).await.unwrap_err().field(), Some("year"));
        assert!(d.open_activities.is_empty(), "everything in the generated world is past");

        // Certificates issued and one revoked this month; an activity still to come, with seats.
        app.key_rotate(common::KEY_PASSPHRASE).await.unwrap();
        let coded = NewOrganisation {
            name: "Davlat xizmatlari agentligi".into(),
            short_code: Some("DXA".into()),
            country: "UZ".into(),
            kind: OrgKind::Agency,
            parent_id: None,
        };
        app.organisation_update(&w.agency, coded).await.unwrap();
        let mut issued = Vec::new();
        for row in app.report_completion(&filter("2025-01-01", "2026-12-31", ReportGrouping::Activity)).await.unwrap() {
            let input = malaka_api::certificate::IssueInput { activity_id: row.key.unwrap(), person_ids: None };
            issued.extend(app.certificate_issue(&input).await.unwrap().issued);
        }
        assert!(issued.len() >= 2, "{issued:?}");
        app.certificate_revoke(&issued[0].code, "issued in error").await.unwrap();
        let future = app
            .activity_create(NewActivity {
                kind: ActivityKind::Seminar,
                title: "Yangi seminar".into(),
                programme_id: None,
                status: None,
                starts_on: "2099-03-01".into(),
                ends_on: "2099-03-02".into(),
                host_org_id: w.agency.clone(),
                partner_org_ids: vec![],
                venue_id: None,
                capacity: Some(3),
                language: "uz-Latn".into(),
                planned_hours: None,
                description: None,
            })
            .await
            .unwrap();
        app.enrolment_create(&future.id, &w.staff[0].id, EnrolmentRole::Participant).await.unwrap();
        let today = chrono::Utc::now();
        let d = app.dashboard(chrono::Datelike::year(&today)).await.unwrap();
        let month = &d.certificates[chrono::Datelike::month0(&today) as usize];
        assert_eq!((month.month.clone(), month.issued, month.revoked), (today.format("%Y-%m").to_string(), issued.len() as i64, 1));
        assert_eq!(d.certificates.iter().map(|m| m.issued).sum::<i64>(), issued.len() as i64);
        let open = &d.open_activities[0];
        assert_eq!((open.title.as_str(), open.enrolled, open.free), ("Yangi seminar", 1, Some(2)));
        assert_eq!(app.dashboard(1850).await.unwrap_err().field(), Some("year"));
    }

    /// The trainers' load equals each trainer's sessions counted from the plan: sessions not
    /// cancelled, hours, activities, held, rolls never marked, learners; split by activity; and
    /// narrowed to the host, a kind.
    async fn trainers_load_equals_the_sessions_each_led() {
        let w = world().await;
        let app = &w.app;
        let (from, to) = ("2026-01-01", "2026-12-31");
        // Counted here: per (trainer, activity or none) → activities, sessions, hours, unrecorded, learners.
        let count = |split: bool, keep: &dyn Fn(&Planned) -> bool| {
            // (trainer, group) → (activities, sessions, hours, never marked)
            type Led = (std::collections::BTreeSet<usize>, i64, f64, i64);
            let mut out: BTreeMap<(String, String), Led> = BTreeMap::new();
            for (n, s) in w.sessions.iter().enumerate() {
                if s.cancelled || !s.day.starts_with("2026") || !keep(s) {
                    continue;
                }
                let unmarked = !w.marks.keys().any(|(m, _)| *m == n);
                for &t in &s.trainers {
                    let key = if split { format!("Activity {}", s.activity) } else { String::new() };
                    let e = out.entry((w.trainers[t].clone(), key)).or_default();
                    e.0.insert(s.activity);
                    e.1 += 1;
                    e.2 += s.hours;
                    e.3 += i64::from(unmarked);
                }
            }
            out.into_iter()
                .map(|(k, (acts, n, h, un))| {
                    let learners: std::collections::BTreeSet<usize> =
                        acts.iter().flat_map(|a| w.activities[*a].3.iter().copied()).collect();
                    (k, (acts.len() as i64, n, h, un, learners.len() as i64))
                })
                .collect::<BTreeMap<_, _>>()
        };
        let got = |rows: &[TrainerLoadRow]| {
            rows.iter()
                .map(|r| {
                    assert_eq!((r.held, r.held_hours), (r.sessions, r.hours), "everything planned is past");
                    ((r.trainer_id.clone(), r.label.clone()), (r.activities, r.sessions, r.hours, r.unrecorded, r.learners))
                })
                .collect::<BTreeMap<_, _>>()
        };
        let all = app.report_trainers(&filter(from, to, ReportGrouping::Unit)).await.unwrap();
        assert_eq!(all.len(), 2, "one row per trainer");
        assert!(all.iter().any(|r| r.unrecorded > 0), "a roll never marked: {all:?}");
        assert_eq!(all[0].trainer, "Abdullayeva Ozoda", "by name");
        assert_eq!(all[0].affiliation.as_deref(), Some("ASAN xidmət"));
        assert_eq!(got(&all), count(false, &|_| true));
        let by_activity = app.report_trainers(&filter(from, to, ReportGrouping::Activity)).await.unwrap();
        assert_eq!(got(&by_activity), count(true, &|_| true));
        let seminars = ReportFilter { kind: Some(ActivityKind::Seminar), ..filter(from, to, ReportGrouping::Unit) };
        assert_eq!(got(&app.report_trainers(&seminars).await.unwrap()), count(false, &|s| s.activity == 1));
        let partner = app.report_completion(&filter(from, to, ReportGrouping::Organisation)).await.unwrap();
        let asan = partner.iter().find(|r| r.label == "ASAN xidmət").and_then(|r| r.key.clone()).unwrap();
        let hosted = ReportFilter { organisation_id: Some(asan), ..filter(from, to, ReportGrouping::Unit) };
        assert!(app.report_trainers(&hosted).await.unwrap().is_empty(), "the partner hosts nothing");
        let scoped = ReportFilter { organisation_id: Some(w.agency.clone()), ..filter(from, to, ReportGrouping::Unit) };
        assert_eq!(got(&app.report_trainers(&scoped).await.unwrap()), count(false, &|_| true));

        // As a file and a printout.
        let options = |format: &str| ReportFileOptions { format: format.into(), locale: "uz-Latn".into(), columns: vec![] };
        let csv = String::from_utf8(app.report_trainers_file(&filter(from, to, ReportGrouping::Activity), &options("csv")).await.unwrap()).unwrap();
        let header = csv.lines().next().unwrap().trim_start_matches('\u{feff}');
        assert!(header.starts_with("Trener,Ish joyi,Tadbir,Tadbirlar,Mashgʻulotlar,Soatlar,"), "{header}");
        assert_eq!(csv.lines().count(), by_activity.len() + 1);
        let pdf = app.report_trainers_file(&filter(from, to, ReportGrouping::Unit), &options("pdf")).await.unwrap();
        assert!(pdf.starts_with(b"%PDF"));
        let audit = app.audit_page(&AuditFilter { action: Some("export.report".into()), ..Default::default() }).await.unwrap();
        assert!(audit.rows[0].summary.contains("as pdf (2 rows)"), "{:?}", audit.rows[0].summary);
    }

    /// Certificates issued, reissued and revoked, per series and activity, person, month and
    /// unit, equal those the test issued and revoked.
    async fn the_certificates_report_counts_what_was_issued_and_revoked() {
        let w = world().await;
        let app = &w.app;
        app.key_rotate(common::KEY_PASSPHRASE).await.unwrap();
        let coded = NewOrganisation {
            name: "Davlat xizmatlari agentligi".into(),
            short_code: Some("DXA".into()),
            country: "UZ".into(),
            kind: OrgKind::Agency,
            parent_id: None,
        };
        app.organisation_update(&w.agency, coded).await.unwrap();
        let mut issued = Vec::new();
        for row in app.report_completion(&filter("2025-01-01", "2026-12-31", ReportGrouping::Activity)).await.unwrap() {
            let input = malaka_api::certificate::IssueInput { activity_id: row.key.unwrap(), person_ids: None };
            issued.extend(app.certificate_issue(&input).await.unwrap().issued);
        }
        assert!(issued.len() >= 3, "{issued:?}");
        app.certificate_revoke(&issued[0].code, "name misspelt").await.unwrap();
        let again = app.certificate_reissue(&issued[0].code).await.unwrap();
        app.certificate_revoke(&issued[1].code, "issued in error").await.unwrap();
        let today = chrono::Utc::now().date_naive();
        let year = (format!("{}-01-01", today.format("%Y")), format!("{}-12-31", today.format("%Y")));
        let this_year = |by| filter(&year.0, &year.1, by);
        // Counted here, per group: issued (with the reissue), reissued, in force, revoked.
        let count = |group: &dyn Fn(&str, &str) -> String| {
            let mut out: BTreeMap<String, (i64, i64, i64, i64)> = BTreeMap::new();
            for (n, c) in issued.iter().enumerate() {
                let e = out.entry(group(&c.activity_id, &c.person_id)).or_default();
                e.0 += 1;
                e.2 += i64::from(n > 1);
                e.3 += i64::from(n <= 1);
            }
            let e = out.entry(group(&again.activity_id, &again.person_id)).or_default();
            e.0 += 1;
            e.1 += 1;
            e.2 += 1;
            out
        };
        let got = |rows: &[CertificateReportRow]| {
            rows.iter()
                .map(|r| {
                    assert_eq!(r.series, issued[0].series);
                    (r.key.clone().unwrap_or_default(), (r.issued, r.reissued, r.in_force, r.revoked))
                })
                .collect::<BTreeMap<_, _>>()
        };
        let by_activity = app.report_certificates(&this_year(ReportGrouping::Activity)).await.unwrap();
        assert_eq!(got(&by_activity), count(&|a, _| a.to_owned()));
        assert!(by_activity.iter().all(|r| r.label.starts_with("Activity ")), "{by_activity:?}");
        let by_person = app.report_certificates(&this_year(ReportGrouping::Person)).await.unwrap();
        assert_eq!(got(&by_person), count(&|_, p| p.to_owned()));
        let holder = by_person.iter().find(|r| r.key.as_deref() == Some(again.person_id.as_str())).unwrap();
        assert!(holder.person.as_ref().unwrap().personnel_number.as_deref().unwrap().starts_with("T-"));
        let month = today.format("%Y-%m").to_string();
        assert_eq!(got(&app.report_certificates(&this_year(ReportGrouping::Month)).await.unwrap()), count(&|_, _| month.clone()));
        let unit_of = |p: &str| w.staff.iter().find(|s| s.id == p).map(|s| s.unit.clone().unwrap_or_else(|| s.org.clone())).unwrap();
        let front = ReportFilter { organisation_id: Some(w.units[0].clone()), ..this_year(ReportGrouping::Unit) };
        let want: BTreeMap<_, _> = count(&|_, p| unit_of(p)).into_iter().filter(|(k, _)| *k == w.units[0]).collect();
        assert_eq!(got(&app.report_certificates(&front).await.unwrap()), want);
        let last_year = filter("2020-01-01", "2020-12-31", ReportGrouping::Month);
        assert!(app.report_certificates(&last_year).await.unwrap().is_empty());

        let options = |format: &str| ReportFileOptions { format: format.into(), locale: "ru".into(), columns: vec![] };
        let csv = String::from_utf8(app.report_certificates_file(&this_year(ReportGrouping::Month), &options("csv")).await.unwrap()).unwrap();
        let header = csv.lines().next().unwrap().trim_start_matches('\u{feff}');
        assert_eq!(header, "Серия,Месяц,Выдано,Перевыпущено,Действуют,Отозвано");
        assert!(app.report_certificates_file(&this_year(ReportGrouping::Month), &options("pdf")).await.unwrap().starts_with(b"%PDF"));
        let e = app.report_certificates_file(&this_year(ReportGrouping::Month), &options("docx")).await.unwrap_err();
        assert_eq!(e.field(), Some("format"));
    }

    /// Visits and placements by direction, partner country, partner and status, with their
    /// people and the days inside the period; narrowed by this side, the partner's country, kind.
    async fn the_mobility_report_counts_visits_and_placements_in_the_period() {
        let w = world().await;
        let app = &w.app;
        let kz = org(app, "Qozogʻiston xizmat markazi", "KZ", OrgKind::Partner, None).await;
        let partner = app.report_completion(&filter("2026-01-01", "2026-12-31", ReportGrouping::Organisation)).await.unwrap();
        let asan = partner.iter().find(|r| r.label == "ASAN xidmət").and_then(|r| r.key.clone()).unwrap();
        let visit = |direction, sending: &str, host: &str, start: &str, end: &str| NewVisit {
            title: "Tajriba almashish".into(),
            direction: Some(direction),
            purpose: None,
            agreement_ref: None,
            sending_org_id: sending.into(),
            host_org_id: host.into(),
            host_city: None,
            host_time_zone: "Asia/Baku".into(),
            home_time_zone: "Asia/Tashkent".into(),
            planned_start: start.into(),
            planned_end: end.into(),
            actual_start: None,
            actual_end: None,
        };
        let member = |person: Option<&str>, name: Option<&str>| NewVisitMember {
            person_id: person.map(Into::into),
            name: name.map(Into::into),
            organisation: name.map(|_| "ASAN xidmət".into()),
            ..Default::default()
        };
        // Out to Baku, 5 days, 3 of the staff; in from Baku over new year, 2 guests; out to Kazakhstan.
        let out = app.visit_create(visit(VisitDirection::Outgoing, &w.agency, &asan, "2027-03-10", "2027-03-14")).await.unwrap();
        for p in 0..3 {
            app.visit_member_add(&out.id, member(Some(&w.staff[p].id), None), None).await.unwrap();
        }
        let inbound = app.visit_create(visit(VisitDirection::Incoming, &asan, &w.agency, "2027-12-30", "2028-01-03")).await.unwrap();
        for name in ["Rəşad Əliyev", "Nigar Quliyeva"] {
            app.visit_member_add(&inbound.id, member(None, Some(name)), None).await.unwrap();
        }
        let east = app.visit_create(visit(VisitDirection::Outgoing, &w.agency, &kz, "2027-09-01", "2027-09-03")).await.unwrap();
        app.visit_member_add(&east.id, member(Some(&w.staff[1].id), None), None).await.unwrap();
        let placement = NewInternship {
            title: None,
            intern_id: w.staff[0].id.clone(),
            host_org_id: asan.clone(),
            units: vec![NewHostUnit { name: "Front office".into(), starts_on: "2027-06-01".into(), ends_on: "2027-06-26".into() }],
            mentor: None,
            planned_start: "2027-06-01".into(),
            planned_end: "2027-06-26".into(),
            actual_start: None,
            actual_end: None,
            hours_per_week: 40.0,
            objectives: vec!["Route a citizen through one window".into()],
        };
        let placed = app.internship_create(placement).await.unwrap();
        let year = filter("2027-01-01", "2027-12-31", ReportGrouping::Unit);
        let rows = app.report_mobility(&year).await.unwrap();
        let seen = |rows: &[MobilityReportRow]| {
            rows.iter()
                .map(|r| (r.kind, r.direction, r.country.clone(), r.partner.clone(), r.period.clone(), (r.count, r.people, r.person_days)))
                .collect::<Vec<_>>()
        };
        let (v, i, o, n) = (MobilityKind::Visit, MobilityKind::Internship, VisitDirection::Outgoing, VisitDirection::Incoming);
        let asan_name = "ASAN xidmət".to_owned();
        let kz_name = "Qozogʻiston xizmat markazi".to_owned();
        assert_eq!(
            seen(&rows),
            vec![
                (i, o, "AZ".into(), asan_name.clone(), None, (1, 1, 26)),
                (v, n, "AZ".into(), asan_name.clone(), None, (1, 2, 2 * 2)),
                (v, o, "AZ".into(), asan_name.clone(), None, (1, 3, 5 * 3)),
                (v, o, "KZ".into(), kz_name.clone(), None, (1, 1, 3)),
            ]
        );
        assert_eq!(rows[0].status, placed.status.as_str());
        assert_eq!(rows[1].status, inbound.status.as_str());
        let by_month = app.report_mobility(&ReportFilter { group_by: ReportGrouping::Month, ..year.clone() }).await.unwrap();
        let months: Vec<_> = by_month.iter().map(|r| r.period.clone().unwrap()).collect();
        assert_eq!(months, ["2027-06", "2027-12", "2027-03", "2027-09"], "within kind, direction, partner");
        let only_kz = app.report_mobility(&ReportFilter { country: Some("kz".into()), ..year.clone() }).await.unwrap();
        assert_eq!(seen(&only_kz), vec![(v, o, "KZ".into(), kz_name, None, (1, 1, 3))]);
        let placements = app.report_mobility(&ReportFilter { kind: Some(ActivityKind::Internship), ..year.clone() }).await.unwrap();
        assert_eq!(placements.len(), 1);
        assert_eq!(placements[0].kind, i);
        let seminars = app.report_mobility(&ReportFilter { kind: Some(ActivityKind::Seminar), ..year.clone() }).await.unwrap();
        assert!(seminars.is_empty());
        let front = app.report_mobility(&ReportFilter { organisation_id: Some(w.units[0].clone()), ..year.clone() }).await.unwrap();
        assert!(front.is_empty(), "the unit sent no one: the agency did");
        let agency = app.report_mobility(&ReportFilter { organisation_id: Some(w.agency.clone()), ..year.clone() }).await.unwrap();
        assert_eq!(seen(&agency), seen(&rows));
        let next = app.report_mobility(&filter("2028-01-01", "2028-12-31", ReportGrouping::Unit)).await.unwrap();
        assert_eq!(seen(&next), vec![(v, n, "AZ".into(), asan_name, None, (1, 2, 3 * 2))]);

        let options = |format: &str| ReportFileOptions { format: format.into(), locale: "az".into(), columns: vec![] };
        let csv = String::from_utf8(app.report_mobility_file(&year, &options("csv")).await.unwrap()).unwrap();
        let header = csv.lines().next().unwrap().trim_start_matches('\u{feff}');
        assert_eq!(header, "Növ,İstiqamət,Ölkə,Tərəfdaş,Status,Say,İştirakçılar,Nəfər-gün");
        assert!(csv.contains("Tanışlıq səfəri,Gedən,KZ,"), "{csv}");
        assert!(app.report_mobility_file(&year, &options("pdf")).await.unwrap().starts_with(b"%PDF"));
    }
}
