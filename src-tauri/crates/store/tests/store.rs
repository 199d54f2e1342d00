//! The store against real SQLite files in temporary directories.

use malaka_core::model::*;
mod common;

use common::{id, insert_activity_with_session, november_activity, now, org_input};
use malaka_store::{Error, Store, attendance, audit, maintenance, organisation, person};

async fn fresh() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("nested/malaka.db")).await.unwrap();
    (dir, store)
}

fn person_input(org: &str, family: &str, number: &str) -> ValidPerson {
    NewPerson {
        family_name: family.into(),
        given_name: "Dilnoza".into(),
        organisation_id: org.into(),
        personnel_number: Some(number.into()),
        ..Default::default()
    }
    .validated()
    .unwrap()
}

async fn seed_person(store: &Store) -> (String, String) {
    let mut tx = store.begin().await.unwrap();
    organisation::insert(&mut tx, &id(1), &org_input("Agency"), now()).await.unwrap();
    person::insert(&mut tx, &id(2), &person_input(&id(1), "Karimova", "1"), now()).await.unwrap();
    tx.commit().await.unwrap();
    (id(1), id(2))
}

#[tokio::test]
async fn migrations_run_on_an_empty_file_and_again_on_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("malaka.db");
    let store = Store::open(&path).await.unwrap();
    let mut c = store.read().await.unwrap();
    let tables: Vec<String> = sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .fetch_all(c.as_sqlite().unwrap())
        .await
        .unwrap();
    for t in [
        "activity",
        "attendance_history",
        "attendance_mark",
        "audit_log",
        "enrolment",
        "organisation",
        "person",
        "session",
    ] {
        assert!(tables.contains(&t.to_string()), "{t} missing from {tables:?}");
    }
    let mode: String = sqlx::query_scalar("PRAGMA journal_mode").fetch_one(c.as_sqlite().unwrap()).await.unwrap();
    assert_eq!(mode, "wal");
    let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys").fetch_one(c.as_sqlite().unwrap()).await.unwrap();
    assert_eq!(fk, 1);
    drop(c);
    store.close().await;
    let again = Store::open(&path).await.unwrap();
    assert_eq!(organisation::count(&mut again.read().await.unwrap()).await.unwrap(), 0);
}

#[tokio::test]
async fn a_damaged_file_is_refused_at_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("junk.db");
    std::fs::write(&path, b"this is not a database, just text that happens to be here").unwrap();
    assert!(Store::open(&path).await.is_err());
}

/// Overwrites the header of `table`'s root page, as a failing disk would.
async fn damage_table(path: &std::path::Path, table: &str) {
    let store = Store::open(path).await.unwrap();
    let mut c = store.read().await.unwrap();
    let root: i64 = sqlx::query_scalar("SELECT rootpage FROM sqlite_master WHERE name = ?")
        .bind(table)
        .fetch_one(c.as_sqlite().unwrap())
        .await
        .unwrap();
    let page_size: i64 = sqlx::query_scalar("PRAGMA page_size").fetch_one(c.as_sqlite().unwrap()).await.unwrap();
    drop(c);
    store.close().await;
    // Fold the write-ahead log into the file, so that the page is where the bytes are changed.
    {
        use sqlx::{ConnectOptions, Connection};
        let mut c = sqlx::sqlite::SqliteConnectOptions::new().filename(path).connect().await.unwrap();
        sqlx::query("PRAGMA journal_mode = DELETE").execute(&mut c).await.unwrap();
        c.close().await.unwrap();
    }
    let mut bytes = std::fs::read(path).unwrap();
    let at = usize::try_from((root - 1) * page_size).unwrap();
    bytes[at..at + 64].fill(0xA5);
    std::fs::write(path, bytes).unwrap();
}

#[tokio::test]
async fn damage_is_found_by_the_background_check_and_at_open_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("malaka.db");
    let store = Store::open(&path).await.unwrap();
    assert!(!store.checked_at_open(), "a new file needs no check");
    seed_person(&store).await;
    assert!(store.quick_check().await.unwrap().is_empty(), "a healthy file passes");
    store.close().await;
    damage_table(&path, "person").await;

    // Closed cleanly last time: opening stays instant and the background check finds the damage.
    let store = Store::open(&path).await.unwrap();
    assert!(!store.checked_at_open());
    assert!(!store.quick_check().await.unwrap().is_empty());
    let backup = maintenance::backup(&store, &dir.path().join("copy.db")).await.unwrap_err();
    assert!(matches!(&backup, Error::Damaged { file, .. } if *file == path), "{backup:?}");
    assert!(!dir.path().join("copy.db").exists());
    // A crash: the process goes, its word `open` stays in the marker.
    drop(store);
    let err = Store::open(&path).await.err().expect("a damaged file after a crash is refused");
    assert!(matches!(&err, Error::Damaged { file, problems } if *file == path && !problems.is_empty()), "{err:?}");
}

#[tokio::test]
async fn a_file_left_open_by_a_crash_is_checked_and_then_opens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("malaka.db");
    let store = Store::open(&path).await.unwrap();
    seed_person(&store).await;
    drop(store);
    let store = Store::open(&path).await.unwrap();
    assert!(store.checked_at_open(), "not closed last time, so checked now");
    assert_eq!(person::count(&mut store.read().await.unwrap()).await.unwrap(), 1);
    store.close().await;
    let store = Store::open(&path).await.unwrap();
    assert!(!store.checked_at_open(), "closed cleanly, so not checked again");
}

#[tokio::test]
async fn foreign_keys_refuse_a_person_in_a_missing_organisation() {
    let (_dir, store) = fresh().await;
    let mut tx = store.begin().await.unwrap();
    let err = person::insert(&mut tx, &id(9), &person_input(&id(404), "Karimova", "1"), now()).await.unwrap_err();
    assert!(matches!(err, Error::MissingReference), "{err:?}");
}

#[tokio::test]
async fn personnel_numbers_are_unique_within_an_organisation_only() {
    let (_dir, store) = fresh().await;
    let (org, _) = seed_person(&store).await;
    let mut tx = store.begin().await.unwrap();
    let err = person::insert(&mut tx, &id(3), &person_input(&org, "Other", "1"), now()).await.unwrap_err();
    assert!(matches!(err, Error::Duplicate(_)), "{err:?}");
    drop(tx);
    let mut tx = store.begin().await.unwrap();
    organisation::insert(&mut tx, &id(5), &org_input("Centre"), now()).await.unwrap();
    person::insert(&mut tx, &id(6), &person_input(&id(5), "Other", "1"), now()).await.unwrap();
    tx.commit().await.unwrap();
}

#[tokio::test]
async fn search_finds_a_latin_name_typed_in_cyrillic_by_prefix() {
    let (_dir, store) = fresh().await;
    let (org, _) = seed_person(&store).await;
    let mut tx = store.begin().await.unwrap();
    let p = NewPerson {
        family_name: "Gʻulomov".into(),
        given_name: "Oʻtkir".into(),
        organisation_id: org.clone(),
        ..Default::default()
    };
    person::insert(&mut tx, &id(7), &p.validated().unwrap(), now()).await.unwrap();
    tx.commit().await.unwrap();
    let mut c = store.read().await.unwrap();
    let tokens = malaka_core::names::search_tokens("Ғулом Ўт");
    let found = person::search(&mut c, &tokens, None, 10).await.unwrap();
    assert_eq!(found.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), vec![id(7).as_str()]);
    let none = person::search(&mut c, &malaka_core::names::search_tokens("Ғулом Дил"), None, 10).await.unwrap();
    assert!(none.is_empty());
}

#[tokio::test]
async fn a_register_from_before_sound_search_gets_its_sound_rows_when_opened() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("malaka.db");
    let store = Store::open(&path).await.unwrap();
    let (org, _) = seed_person(&store).await;
    let mut tx = store.begin().await.unwrap();
    let p = NewPerson {
        family_name: "Xolmatov".into(),
        given_name: "Aleksey".into(),
        organisation_id: org,
        ..Default::default()
    };
    person::insert(&mut tx, &id(8), &p.validated().unwrap(), now()).await.unwrap();
    // As the version before issue 14 left it: exact rows only, the migration not yet applied.
    sqlx::query("DELETE FROM person_token WHERE token LIKE '~%'").execute(tx.as_sqlite().unwrap()).await.unwrap();
    sqlx::query("DROP TABLE store_rebuild").execute(tx.as_sqlite().unwrap()).await.unwrap();
    sqlx::query("DELETE FROM _sqlx_migrations WHERE version = 20261206000007")
        .execute(tx.as_sqlite().unwrap())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let search = |store: Store| async move {
        let mut c = store.read().await.unwrap();
        let found =
            person::search(&mut c, &malaka_core::names::search_tokens("Kholmatov Alexei"), None, 10).await.unwrap();
        found.into_iter().map(|p| p.id).collect::<Vec<_>>()
    };
    assert!(search(store.clone()).await.is_empty(), "no sound rows yet");
    store.close().await;

    let store = Store::open(&path).await.unwrap();
    assert_eq!(search(store.clone()).await, vec![id(8)]);
    let pending: i64 = sqlx::query_scalar("SELECT count(*) FROM store_rebuild")
        .fetch_one(store.read().await.unwrap().as_sqlite().unwrap())
        .await
        .unwrap();
    assert_eq!(pending, 0, "the rebuild is done once");
    assert_eq!(person::count(&mut store.read().await.unwrap()).await.unwrap(), 2, "nobody lost");
}

#[tokio::test]
async fn a_mark_and_its_history_land_together_or_not_at_all() {
    let (_dir, store) = fresh().await;
    let (org, person_id) = seed_person(&store).await;
    let mut tx = store.begin().await.unwrap();
    insert_activity_with_session(&mut tx, &november_activity(ActivityKind::Training, "T", &org)).await;
    tx.commit().await.unwrap();

    let mark = |status, expected| NewMark {
        session_id: id(21),
        person_id: person_id.clone(),
        status: Some(status),
        minutes_late: None,
        note: None,
        reason: Some("corrected".into()),
        expected_version: expected,
    };
    // Rolled back: neither the mark nor its history line stays.
    let mut tx = store.begin().await.unwrap();
    attendance::save(&mut tx, &mark(AttendanceStatus::Present, None), "trainer", now()).await.unwrap();
    drop(tx);
    let mut c = store.read().await.unwrap();
    assert!(attendance::get(&mut c, &id(21), &person_id).await.unwrap().is_none());
    assert!(attendance::history(&mut c, &id(21), &person_id).await.unwrap().is_empty());
    drop(c);

    let mut tx = store.begin().await.unwrap();
    attendance::save(&mut tx, &mark(AttendanceStatus::Present, Some(0)), "trainer", now()).await.unwrap();
    let second = attendance::save(&mut tx, &mark(AttendanceStatus::Late, Some(1)), "trainer", now()).await.unwrap();
    assert_eq!(second.saved().unwrap().version, 2);
    // A save that names an old version is refused, so no one overwrites a change they did not see.
    let stale = attendance::save(&mut tx, &mark(AttendanceStatus::Absent, Some(1)), "trainer", now()).await;
    assert!(matches!(stale, Err(Error::Stale(_))));
    tx.commit().await.unwrap();

    let mut c = store.read().await.unwrap();
    let h = attendance::history(&mut c, &id(21), &person_id).await.unwrap();
    assert_eq!(h.len(), 2);
    assert_eq!((h[1].old_status, h[1].new_status), (Some(AttendanceStatus::Present), Some(AttendanceStatus::Late)));
    assert_eq!(h[1].reason.as_deref(), Some("corrected"));
    // The history is append-only at the database level.
    let edit = sqlx::query("UPDATE attendance_history SET new_status = 'absent'").execute(c.as_sqlite().unwrap()).await;
    assert!(edit.unwrap_err().to_string().contains("append-only"));
    drop(c);
    let mut tx = store.begin().await.unwrap();
    let event =
        audit::Event { actor: "t", account_id: None, action: "a", entity: "e", entity_id: None, summary: "s".into() };
    audit::record(&mut tx, now(), event).await.unwrap();
    let delete = sqlx::query("DELETE FROM audit_log").execute(tx.as_sqlite().unwrap()).await;
    assert!(delete.unwrap_err().to_string().contains("append-only"));
}

#[tokio::test]
async fn two_stores_on_one_file_write_at_once_without_locking_errors() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.db");
    let a = Store::open(&path).await.unwrap();
    let b = Store::open(&path).await.unwrap();
    let mut tx = a.begin().await.unwrap();
    organisation::insert(&mut tx, &id(1), &org_input("Agency"), now()).await.unwrap();
    tx.commit().await.unwrap();
    let mut tasks = Vec::new();
    for (n, store) in [a.clone(), b.clone()].into_iter().cycle().take(40).enumerate() {
        tasks.push(tokio::spawn(async move {
            // Read-then-write: the pattern that fails with plain BEGIN under contention.
            let mut tx = store.begin().await?;
            let count = person::count(&mut tx).await?;
            person::insert(
                &mut tx,
                &id(100 + n as u32),
                &person_input(&id(1), "Person", &format!("n{n}-{count}")),
                now(),
            )
            .await?;
            audit::record(
                &mut tx,
                now(),
                audit::Event {
                    actor: "t",
                    account_id: None,
                    action: "x",
                    entity: "person",
                    entity_id: None,
                    summary: String::new(),
                },
            )
            .await?;
            tx.commit().await
        }));
    }
    for t in tasks {
        t.await.unwrap().unwrap();
    }
    assert_eq!(person::count(&mut a.read().await.unwrap()).await.unwrap(), 40);
}

#[tokio::test]
async fn backup_writes_a_checked_copy() {
    let (dir, store) = fresh().await;
    seed_person(&store).await;
    let out = dir.path().join("copies/backup.db");
    let bytes = malaka_store::maintenance::backup(&store, &out).await.unwrap();
    assert!(bytes > 0);
    // Nothing of the checked copy is left open or beside it: the file stands alone.
    let copies: Vec<_> =
        std::fs::read_dir(dir.path().join("copies")).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(copies, ["backup.db"]);
    let copy = Store::open(&out).await.unwrap();
    assert_eq!(person::count(&mut copy.read().await.unwrap()).await.unwrap(), 1);
    assert!(malaka_store::maintenance::check(&copy).await.unwrap().is_empty());
    assert!(!dir.path().join("copies/.backup.db.partial").exists());
}

#[tokio::test]
async fn a_restore_waits_for_no_one_else_to_have_the_database_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("malaka.db");
    let store = Store::open(&path).await.unwrap();
    seed_person(&store).await;
    let copy = dir.path().join("copy.db");
    maintenance::backup(&store, &copy).await.unwrap();
    let e = malaka_store::restore::restore(&path, &copy, "now").await.unwrap_err();
    assert!(matches!(&e, Error::InUse(p) if *p == path), "{e:?}");
    store.close().await;
    let kept = malaka_store::restore::restore(&path, &copy, "now").await.unwrap();
    assert!(kept.exists() && path.exists());
    let store = Store::open(&path).await.unwrap();
    assert!(!store.checked_at_open(), "the restored file was checked whole before it went in");
    assert_eq!(person::count(&mut store.read().await.unwrap()).await.unwrap(), 1);
}
