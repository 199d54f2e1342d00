//! Errors are data: each refusal carries a kind, a reason with typed parameters and the field it
//! is about, and nothing a front end would have to parse or that the database said.

mod common;

use common::course;
use malaka_api::core::Reason;
use malaka_api::core::model::*;
use malaka_api::person_import::ImportOptions;
use malaka_api::{Error, ErrorCode, Malaka};

/// What a front end receives, as JSON.
fn wire(e: &Error) -> serde_json::Value {
    serde_json::to_value(e).unwrap()
}

#[tokio::test]
async fn a_duplicate_personnel_number_names_its_field_not_the_constraint() {
    let c = course(&[("Karimov", "Anvar")]).await;
    let org = c.app.organisation_list().await.unwrap().remove(0);
    let person = |given: &str| NewPerson {
        family_name: "Rahimov".into(),
        given_name: given.into(),
        organisation_id: org.id.clone(),
        personnel_number: Some("100".into()),
        ..Default::default()
    };
    c.app.person_create(person("Jasur")).await.unwrap();
    let e = c.app.person_create(person("Botir")).await.unwrap_err();
    assert_eq!(
        (e.code(), e.field(), e.reason()),
        (ErrorCode::Duplicate, Some("personnel_number"), Reason::PersonnelNumberUsed)
    );
    let json = wire(&e);
    assert_eq!(json["reason"], serde_json::json!({"key": "personnel_number_used"}));
    assert!(!json.to_string().contains("UNIQUE"), "{json}");
}

#[tokio::test]
async fn an_imported_file_again_says_when_and_an_import_problem_is_placed_by_row_and_column() {
    let c = course(&[]).await;
    let org = c.app.organisation_list().await.unwrap().remove(0);
    let file = c.dir.path().join("xodimlar.csv");
    std::fs::write(&file, "Familiya;Ismi;Tabel raqami;Email\nQodirov;Sardor;501;s@dxa.uz\n").unwrap();
    let options = ImportOptions { default_org: Some(org.id.clone()), ..Default::default() };
    c.app.person_import(&file, &options).await.unwrap();

    let again = c.app.person_import(&file, &options).await.unwrap_err();
    assert_eq!(again.code(), ErrorCode::AlreadyImported);
    match again.reason() {
        Reason::AlreadyImported { file, at, rows } => {
            assert_eq!((file.as_str(), rows), ("xodimlar.csv", 1));
            assert!(at.ends_with("UTC"), "{at}");
        }
        other => panic!("{other:?}"),
    }
    assert!(!again.to_string().contains("--force"), "no CLI words in the api: {again}");

    let bad = c.dir.path().join("yangi.csv");
    std::fs::write(&bad, "Familiya;Ismi;Tabel raqami;Email\nQodirov;Botir;501;nope\n").unwrap();
    let e = c.app.person_import(&bad, &options).await.unwrap_err();
    let Error::ImportRejected { problems, .. } = &e else { panic!("{e:?}") };
    let placed: Vec<(usize, &str, &Reason)> = problems.iter().map(|p| (p.row, p.column.as_str(), &p.reason)).collect();
    assert_eq!(
        placed,
        [
            (2, "Email", &Reason::NotAnEmail { value: "nope".into() }),
            (2, "Tabel raqami", &Reason::NumberTaken { value: "501".into() }),
        ]
    );
    assert_eq!(wire(&e)["problems"][0]["reason"], serde_json::json!({"key": "not_an_email", "value": "nope"}));
}

#[tokio::test]
async fn a_schedule_conflict_names_both_sessions_and_the_contested_person() {
    let c = course(&[("Karimov", "Anvar")]).await;
    let act = c.app.activity_get(&c.activity).await.unwrap().activity;
    let other = c
        .app
        .activity_create(NewActivity {
            kind: ActivityKind::Seminar,
            title: "Boku seminari".into(),
            programme_id: None,
            status: None,
            starts_on: "2026-03-01".into(),
            ends_on: "2026-03-31".into(),
            host_org_id: act.host_org_id.clone(),
            partner_org_ids: vec![],
            venue_id: None,
            capacity: None,
            language: "az".into(),
            planned_hours: None,
            description: None,
        })
        .await
        .unwrap();
    c.app.enrolment_create(&other.id, &c.people[0], EnrolmentRole::Participant).await.unwrap();
    let clash = NewSession {
        activity_id: other.id.clone(),
        title: None,
        // 08:00–10:00 in Baku is 09:00–11:00 in Tashkent: inside the course's 09:00–12:00.
        starts_local: "2026-03-10T08:00".into(),
        ends_local: "2026-03-10T10:00".into(),
        time_zone: Some("Asia/Baku".into()),
        venue_id: None,
        trainer_ids: vec![],
    };
    let e = c.app.session_create(clash, false).await.unwrap_err();
    let Error::ScheduleConflict(found) = &e else { panic!("{e:?}") };
    assert_eq!(e.reason(), Reason::ScheduleConflict { count: 1 });
    assert_eq!(found[0].resource_name, "Karimov Anvar");
    let both = format!("{} | {}", found[0].conflict.label, found[0].conflict.other_label);
    assert!(both.contains("Boku seminari") && both.contains("Ish yuritish"), "{both}");
}

#[tokio::test]
async fn storage_failures_go_to_the_log_and_the_user_sees_where_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let log = malaka_api::log::init(&dir.path().join("logs")).unwrap();
    let e = Error::storage("database disk image is malformed (page 7)");
    let json = wire(&e);
    assert_eq!(json["code"], "storage");
    assert_eq!(json["reason"]["log"], log.display().to_string());
    assert!(!json.to_string().contains("page 7"), "{json}");
    assert_eq!(log, dir.path().join("logs").join("malaka.log"));
    let written = std::fs::read_to_string(&log).unwrap();
    assert!(written.contains("database disk image is malformed (page 7)"), "{written}");

    // A full log is set aside under its time and writing goes on in malaka.log.
    let line = "x".repeat(1000);
    for _ in 0..1200 {
        log::error!("{line}");
    }
    let files = std::fs::read_dir(dir.path().join("logs")).unwrap().count();
    assert!(files >= 2, "rotated: {files} files");
    assert!(std::fs::metadata(&log).unwrap().len() < 1024 * 1024);
}

#[tokio::test]
async fn a_damaged_file_is_reported_by_the_background_check_without_sqlite_words() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("malaka.db");
    let app = Malaka::open(&path).await.unwrap();
    app.quick_check().await.unwrap();
    let mut c = app.store().read().await.unwrap();
    let root: i64 = sqlx::query_scalar("SELECT rootpage FROM sqlite_master WHERE name = 'organisation'")
        .fetch_one(c.as_sqlite().unwrap())
        .await
        .unwrap();
    drop(c);
    app.close().await;
    fold_wal(&path).await;
    let mut bytes = std::fs::read(&path).unwrap();
    let at = usize::try_from((root - 1) * 4096).unwrap();
    bytes[at..at + 64].fill(0xA5);
    std::fs::write(&path, bytes).unwrap();

    let app = Malaka::open(&path).await.unwrap();
    let e = app.quick_check().await.unwrap_err();
    let json = wire(&e);
    assert_eq!(json["code"], "damaged");
    assert_eq!(json["reason"]["key"], "database_damaged");
    assert_eq!(json["reason"]["file"], path.display().to_string());
    let shown = json["reason"].to_string();
    assert!(!shown.contains("page") && !shown.contains("btree"), "SQLite's words stay in the log: {shown}");
    let e = app.backup(&dir.path().join("copy.db")).await.unwrap_err();
    assert_eq!(wire(&e)["code"], "damaged", "no backup passes damage on");
}

/// Folds the write-ahead log into the file, so that its pages are where the bytes are changed. A
/// checkpoint, not a change of journal mode: that one needs every other connection gone, and a
/// closed pool's last connection can still be closing; the checkpoint waits its turn instead.
async fn fold_wal(path: &std::path::Path) {
    use sqlx::{ConnectOptions, Connection};
    let mut c = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(path)
        .busy_timeout(std::time::Duration::from_secs(10))
        .connect()
        .await
        .unwrap();
    let (busy, _, _): (i64, i64, i64) =
        sqlx::query_as("PRAGMA wal_checkpoint(TRUNCATE)").fetch_one(&mut c).await.unwrap();
    assert_eq!(busy, 0, "the checkpoint ran to the end");
    c.close().await.unwrap();
}
