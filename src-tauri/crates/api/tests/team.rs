//! Team mode on a real PostgreSQL server: a desk's register moved whole, desks signed in with
//! their own logins, and several desks writing at once without losing or doubling anything.

mod common;

use common::{Backend, KEY_PASSPHRASE, course, mark, use_backend};
use malaka_api::certificate::IssueInput;
use malaka_api::core::Reason;
use malaka_api::core::certificate::VerificationStatus;
use malaka_api::core::model::*;
use malaka_api::{ErrorCode, Location, Malaka};

/// A prepared, empty team database (schema, roles, its owner as first administrator).
async fn team_database() -> String {
    let url = malaka_test_postgres::database();
    malaka_api::team::team_init(&url).await.unwrap();
    url
}

/// The same database, as `login` connects to it with their own password.
fn as_login(url: &str, login: &str, password: &str) -> String {
    let (_, host) = url.split_once('@').unwrap();
    format!("postgres://{login}:{}@{host}", password.replace(' ', "%20"))
}

async fn desk(url: &str, home: &std::path::Path) -> Malaka {
    Malaka::open_at(&Location::Server(url.into()), home).await.unwrap()
}

/// Adds an account with its own server login (named after the login) and `password`.
async fn add_login(app: &Malaka, login: &str, role: Role, trainer_id: Option<String>, password: &str) {
    let input = NewAccount { login: login.into(), name: login.into(), role, trainer_id, password: password.into() };
    app.account_create(input).await.unwrap();
}

async fn issue(app: &Malaka, activity: &str, people: Option<Vec<String>>) -> malaka_api::Result<Vec<String>> {
    let report = app.certificate_issue(&IssueInput { activity_id: activity.into(), person_ids: people }).await?;
    Ok(report.issued.into_iter().map(|c| c.code).collect())
}

#[tokio::test]
async fn a_desk_register_moves_whole_and_its_certificates_still_verify() {
    let c = course(&[("Karimova", "Dilnoza"), ("Aliyev", "Rustam")]).await;
    c.app.attendance_mark(&[mark(&c.session, &c.people[0], AttendanceStatus::Present)]).await.unwrap();
    c.app.key_unlock(KEY_PASSPHRASE).await.unwrap();
    let token =
        c.app.certificate_issue(&IssueInput { activity_id: c.activity.clone(), person_ids: None }).await.unwrap();
    let token = token.issued[0].token.clone();
    let before = c.app.stats().await.unwrap();

    let url = team_database().await;
    let moved = c.app.team_move(&url).await.unwrap();
    assert_eq!(moved.tables.len(), 33);
    assert!(moved.tables.iter().any(|t| t.table == "certificate" && t.rows == 1), "{:?}", moved.tables);

    let home = tempfile::tempdir().unwrap();
    let team = desk(&url, home.path()).await;
    let after = team.stats().await.unwrap();
    assert_eq!(
        (after.organisations, after.people, after.activities, after.sessions, after.marks),
        (before.organisations, before.people, before.activities, before.sessions, before.marks)
    );
    assert_eq!(after.audit_entries, before.audit_entries + 1, "the move itself is in the log");
    assert_eq!(team.certificate_verify(&token).await.unwrap().status, VerificationStatus::Valid);
    let health = team.check().await.unwrap();
    assert!(health.ok, "the chain still links on the server: {:?}", health.audit);
    assert_eq!(team.person_search("Каримова", 10).await.unwrap().len(), 1);
    // The sealed key moved with its passphrase; numbering goes on from the moved series.
    team.key_unlock(KEY_PASSPHRASE).await.unwrap();
    team.attendance_mark(&[mark(&c.session, &c.people[1], AttendanceStatus::Present)]).await.unwrap();
    assert_eq!(issue(&team, &c.activity, None).await.unwrap(), vec!["UZ-DXA-2026-000002".to_owned()]);

    let again = c.app.team_move(&url).await.unwrap_err();
    assert!(matches!(again.reason(), Reason::TeamMoveDiffers { .. }), "{again}");
    assert_eq!(desk(&url, home.path()).await.stats().await.unwrap().people, after.people, "nothing added twice");
}

#[tokio::test]
async fn people_sign_in_with_their_own_logins_and_their_role_holds() {
    use_backend(Backend::Postgres);
    let c = course(&[("Karimova", "Dilnoza")]).await;
    let url = c.app.store().server_url().unwrap().to_owned();
    let named = NewTrainer { name: Some("Aziz Rahimov".into()), ..Default::default() };
    let trainer = c.app.trainer_create(named).await.unwrap();
    let suffix = url.rsplit('/').next().unwrap().to_owned();
    let (t_login, m_login) = (format!("t_{suffix}"), format!("m_{suffix}"));
    let password = "their own password";
    add_login(&c.app, &t_login, Role::Trainer, Some(trainer.id.clone()), password).await;
    add_login(&c.app, &m_login, Role::Manager, None, password).await;
    c.app.attendance_mark(&[mark(&c.session, &c.people[0], AttendanceStatus::Present)]).await.unwrap();

    let home = tempfile::tempdir().unwrap();
    let as_trainer = desk(&as_login(&url, &t_login, password), home.path()).await;
    assert_eq!(as_trainer.account().unwrap().role, Role::Trainer);
    let me = as_trainer.signed_in().await.unwrap();
    assert!(!me.sign_in_required, "the server signed them in: the app asks nobody to sign in or out");
    let refused = issue(&as_trainer, &c.activity, None).await.unwrap_err();
    assert_eq!(refused.code(), ErrorCode::Forbidden);
    let as_manager = desk(&as_login(&url, &m_login, password), home.path()).await;
    as_manager.key_unlock(KEY_PASSPHRASE).await.unwrap();
    assert_eq!(issue(&as_manager, &c.activity, None).await.unwrap().len(), 1);

    let wrong = Malaka::open_at(&Location::Server(as_login(&url, &m_login, "not it at all")), home.path()).await;
    let wrong = wrong.err().expect("a wrong password is refused by the server");
    assert!(matches!(wrong.reason(), Reason::ServerUnreachable { ref why, .. } if why.contains("password")), "{wrong}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn eight_desks_issuing_at_once_never_share_a_number() {
    use_backend(Backend::Postgres);
    let names: Vec<(String, String)> = (0..16).map(|i| (format!("Familiya{i:02}"), "Ism".to_owned())).collect();
    let names: Vec<(&str, &str)> = names.iter().map(|(f, g)| (f.as_str(), g.as_str())).collect();
    let c = course(&names).await;
    let marks: Vec<NewMark> = c.people.iter().map(|p| mark(&c.session, p, AttendanceStatus::Present)).collect();
    c.app.attendance_mark(&marks).await.unwrap();
    let mut desks = Vec::new();
    for pair in c.people.chunks(2) {
        let d = c.app.open_again().await.unwrap();
        d.key_unlock(KEY_PASSPHRASE).await.unwrap();
        let (activity, people) = (c.activity.clone(), pair.to_vec());
        desks.push(tokio::spawn(async move { issue(&d, &activity, Some(people)).await.unwrap() }));
    }
    let mut codes = Vec::new();
    for d in desks {
        codes.extend(d.await.unwrap());
    }
    codes.sort();
    let expected: Vec<String> = (1..=16).map(|n| format!("UZ-DXA-2026-{n:06}")).collect();
    assert_eq!(codes, expected, "sixteen numbers, none twice, none skipped");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_desks_on_one_roll_get_a_conflict_naming_who_saved_first() {
    use_backend(Backend::Postgres);
    let c = course(&[("Karimova", "Dilnoza")]).await;
    c.app.attendance_mark(&[mark(&c.session, &c.people[0], AttendanceStatus::Present)]).await.unwrap();
    let version = c.app.attendance_roll(&c.session).await.unwrap().marks[0].version;
    let other = c.app.open_again().await.unwrap();
    let late = NewMark { expected_version: Some(version), ..mark(&c.session, &c.people[0], AttendanceStatus::Late) };
    let absent =
        NewMark { expected_version: Some(version), ..mark(&c.session, &c.people[0], AttendanceStatus::Absent) };
    let (late, absent) = ([late], [absent]);
    let (a, b) = tokio::join!(c.app.attendance_mark(&late), other.attendance_mark(&absent));
    let (won, lost) = match (a, b) {
        (Ok(_), Err(e)) => (AttendanceStatus::Late, e),
        (Err(e), Ok(_)) => (AttendanceStatus::Absent, e),
        other => panic!("exactly one save wins: {other:?}"),
    };
    assert_eq!(lost.code(), ErrorCode::Stale);
    match lost.reason() {
        Reason::MarkChangedBy { person, by, .. } => {
            assert_eq!((person.as_str(), by.as_str()), ("Karimova Dilnoza", "Administrator"))
        }
        other => panic!("{other:?}"),
    }
    let roll = c.app.attendance_roll(&c.session).await.unwrap();
    assert_eq!((roll.marks[0].status, roll.marks[0].version), (won, version + 1), "the winner's mark, once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn desks_enrolling_at_once_never_admit_more_than_capacity() {
    use_backend(Backend::Postgres);
    let c = course(&[]).await;
    let org = c.app.activity_get(&c.activity).await.unwrap().activity.host_org_id;
    let three_seats = NewActivity {
        kind: ActivityKind::Seminar,
        title: "Davlat xizmatlari sifati".into(),
        programme_id: None,
        status: Some(ActivityStatus::Confirmed),
        starts_on: "2026-04-01".into(),
        ends_on: "2026-04-02".into(),
        host_org_id: org.clone(),
        partner_org_ids: vec![],
        venue_id: None,
        capacity: Some(3),
        language: "uz-Latn".into(),
        planned_hours: None,
        description: None,
    };
    let activity = c.app.activity_create(three_seats).await.unwrap().id;
    let mut people = Vec::new();
    for i in 0..8 {
        let p = NewPerson {
            family_name: format!("Familiya{i}"),
            given_name: "Ism".into(),
            organisation_id: org.clone(),
            ..Default::default()
        };
        people.push(c.app.person_create(p).await.unwrap().id);
    }
    let mut desks = Vec::new();
    for p in people {
        let d = c.app.open_again().await.unwrap();
        let activity = activity.clone();
        desks.push(tokio::spawn(async move { d.enrolment_create(&activity, &p, EnrolmentRole::Participant).await }));
    }
    let mut statuses = Vec::new();
    for d in desks {
        statuses.push(d.await.unwrap().unwrap().status);
    }
    let admitted = statuses.iter().filter(|s| s.is_active()).count();
    let waiting = statuses.iter().filter(|s| **s == EnrolmentStatus::Waitlisted).count();
    assert_eq!((admitted, waiting), (3, 5), "{statuses:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_desk_hears_of_what_another_desk_commits_and_of_nothing_rolled_back() {
    use_backend(Backend::Postgres);
    let c = course(&[("Karimova", "Dilnoza")]).await;
    let listening = c.app.open_again().await.unwrap();
    let mut changes = listening.changes().await.unwrap().expect("a team database has changes to follow");
    let other = c.app.open_again().await.unwrap();

    let mut undone = other.store().begin().await.unwrap();
    let org = NewOrganisation {
        name: "Never kept".into(),
        short_code: None,
        country: "UZ".into(),
        kind: OrgKind::Other,
        parent_id: None,
    };
    let id = "0192f0a2-0000-7000-8000-00000000abcd";
    malaka_store::organisation::insert(&mut undone, id, &org, chrono::Utc::now()).await.unwrap();
    drop(undone);
    other.attendance_mark(&[mark(&c.session, &c.people[0], AttendanceStatus::Present)]).await.unwrap();

    // A liveness bound, not a speed figure: the notice comes at commit, well within it.
    let heard = tokio::time::timeout(std::time::Duration::from_secs(30), changes.next()).await;
    let heard = heard.expect("heard of the commit").unwrap();
    assert_eq!(heard, Change { area: "roll".into(), id: Some(c.session.clone()) }, "the committed roll, first");
    let dir = tempfile::tempdir().unwrap();
    let file = malaka_api::Malaka::open(&dir.path().join("malaka.db")).await.unwrap();
    assert!(file.changes().await.unwrap().is_none(), "a register file has no other desk to hear of");
}

/// The settings a user types in the desktop, split from a test database's address.
fn settings_of(url: &str, user: &str) -> (TeamDatabase, String) {
    let rest = url.strip_prefix("postgres://").unwrap();
    let (_, rest) = rest.split_once('@').unwrap();
    let (host_port, database) = rest.split_once('/').unwrap();
    let (host, port) = host_port.rsplit_once(':').unwrap();
    let team = TeamDatabase {
        host: host.into(),
        port: port.parse().unwrap(),
        database: database.into(),
        user: user.into(),
        tls: false,
    };
    (team, database.to_owned())
}

#[tokio::test]
async fn a_desk_tests_its_settings_and_connects_with_a_password_of_any_characters() {
    let url = malaka_test_postgres::database();
    let (owner, owner_password) = {
        let creds = url.strip_prefix("postgres://").unwrap().split_once('@').unwrap().0;
        let (user, password) = creds.split_once(':').unwrap();
        (user.to_owned(), password.to_owned())
    };
    let (team, database) = settings_of(&url, &owner);
    let empty = malaka_api::team::team_probe(&team, &owner_password).await.unwrap();
    assert_eq!(empty.state, TeamDatabaseState::Empty);
    assert!(empty.version.starts_with(|c: char| c.is_ascii_digit()), "{}", empty.version);
    assert_eq!(empty.server, format!("{owner}@{}:{}/{database}", team.host, team.port));
    malaka_api::team::team_init(&url).await.unwrap();
    let ready = malaka_api::team::team_probe(&team, &owner_password).await.unwrap();
    assert_eq!(ready.state, TeamDatabaseState::Ready);

    // A person's own login, with a password full of the characters an address reserves.
    let home = tempfile::tempdir().unwrap();
    let admin = desk(&url, home.path()).await;
    let login = format!("hr_{database}");
    let password = "p@ss:w/o?rd#100% ҳа";
    add_login(&admin, &login, Role::HrOfficer, None, password).await;
    let (theirs, _) = settings_of(&url, &login);
    let at = Location::Server(malaka_api::team::team_url(&theirs, password).unwrap());
    let officer = Malaka::open_at(&at, home.path()).await.unwrap();
    assert_eq!(officer.account().unwrap().role, Role::HrOfficer);

    let wrong = malaka_api::team::team_probe(&theirs, "not it").await.unwrap_err();
    assert!(matches!(wrong.reason(), Reason::ServerUnreachable { ref why, .. } if why.contains("password")), "{wrong}");
    let tls = TeamDatabase { tls: true, ..theirs.clone() };
    let refused = malaka_api::team::team_probe(&tls, password).await.unwrap_err();
    assert!(
        matches!(refused.reason(), Reason::ServerUnreachable { .. }),
        "a server without TLS is not reached over TLS: {refused}"
    );
    let blank = TeamDatabase { host: " ".into(), ..theirs };
    assert_eq!(malaka_api::team::team_probe(&blank, password).await.unwrap_err().field(), Some("host"));
}

#[tokio::test]
async fn a_trainer_marks_the_sessions_they_give_and_no_other() {
    use_backend(Backend::Postgres);
    let c = course(&[("Karimova", "Dilnoza")]).await;
    let url = c.app.store().server_url().unwrap().to_owned();
    let named = NewTrainer { name: Some("Aziz Rahimov".into()), ..Default::default() };
    let trainer = c.app.trainer_create(named).await.unwrap();
    let theirs = c
        .app
        .session_create(
            NewSession {
                activity_id: c.activity.clone(),
                title: None,
                starts_local: "2026-03-11T09:00".into(),
                ends_local: "2026-03-11T12:00".into(),
                time_zone: Some("Asia/Tashkent".into()),
                venue_id: None,
                trainer_ids: vec![trainer.id.clone()],
            },
            false,
        )
        .await
        .unwrap();
    let login = format!("tr_{}", url.rsplit('/').next().unwrap());
    add_login(&c.app, &login, Role::Trainer, Some(trainer.id.clone()), "their own password").await;

    let home = tempfile::tempdir().unwrap();
    let as_trainer = desk(&as_login(&url, &login, "their own password"), home.path()).await;
    let saved = as_trainer.attendance_mark(&[mark(&theirs.id, &c.people[0], AttendanceStatus::Present)]).await;
    assert!(saved.is_ok(), "a trainer marks the session they give: {saved:?}");
    let roll = c.app.attendance_roll(&theirs.id).await.unwrap();
    assert_eq!(roll.marks.iter().map(|m| m.status).collect::<Vec<_>>(), vec![AttendanceStatus::Present]);
    let refused = as_trainer.attendance_mark(&[mark(&c.session, &c.people[0], AttendanceStatus::Present)]).await;
    assert_eq!(refused.unwrap_err().code(), ErrorCode::Forbidden, "another trainer's session is not theirs");
}
