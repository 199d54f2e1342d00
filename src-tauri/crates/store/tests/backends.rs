//! The register's queries on both backends — an SQLite file in a temporary folder and a database
//! on a throwaway PostgreSQL cluster — asked the same things, giving the same answers.

use malaka_core::model::*;
use malaka_core::names::search_tokens;
mod common;

use common::{id, now, org_input};
use malaka_store::{Error, Store, account, audit, import, organisation, person};

/// An empty register on each backend, named for the assertion messages.
async fn backends() -> Vec<(&'static str, Store, Option<tempfile::TempDir>)> {
    let dir = tempfile::tempdir().unwrap();
    let file = Store::open(&dir.path().join("malaka.db")).await.unwrap();
    let server = Store::open_url(&malaka_test_postgres::database()).await.unwrap();
    vec![("sqlite", file, Some(dir)), ("postgres", server, None)]
}

fn person_input(org: &str, family: &str, given: &str, number: Option<&str>) -> ValidPerson {
    NewPerson {
        family_name: family.into(),
        given_name: given.into(),
        organisation_id: org.into(),
        personnel_number: number.map(Into::into),
        birth_date: Some("1990-02-28".into()),
        ..Default::default()
    }
    .validated()
    .unwrap()
}

fn ids(people: &[Person]) -> Vec<&str> {
    people.iter().map(|p| p.id.as_str()).collect()
}

#[tokio::test]
async fn organisations_and_people_read_back_as_written() {
    for (backend, store, _dir) in backends().await {
        let mut tx = store.begin().await.unwrap();
        organisation::insert(&mut tx, &id(1), &org_input("Davlat xizmatlari agentligi"), now()).await.unwrap();
        let unit = NewOrganisation { parent_id: Some(id(1)), ..org_input("Yunusobod tumani DXM") };
        organisation::insert(&mut tx, &id(2), &unit, now()).await.unwrap();
        let p = ValidPerson {
            unit_id: Some(id(2)),
            hired_on: chrono::NaiveDate::from_ymd_opt(2014, 9, 15),
            ..person_input(&id(1), "Karimova", "Dilnoza", Some("17"))
        };
        person::insert(&mut tx, &id(10), &p, now()).await.unwrap();
        let many: Vec<(String, ValidPerson)> = [("Aliyev", "Rustam"), ("Bakirova", "Zarina"), ("Xolmatov", "Aleksey")]
            .iter()
            .enumerate()
            .map(|(i, (f, g))| (id(11 + i as u32), person_input(&id(1), f, g, Some(&format!("{}", 100 + i)))))
            .collect();
        person::insert_many(&mut tx, &many, now()).await.unwrap();
        tx.commit().await.unwrap();

        let mut c = store.read().await.unwrap();
        let got = person::get(&mut c, &id(10)).await.unwrap();
        assert_eq!(
            (got.family_name.as_str(), got.unit_id.as_deref(), got.birth_date, got.created_at),
            ("Karimova", Some(id(2).as_str()), chrono::NaiveDate::from_ymd_opt(1990, 2, 28), now()),
            "{backend}"
        );
        assert_eq!(got.hired_on, chrono::NaiveDate::from_ymd_opt(2014, 9, 15), "{backend}");
        // Read back from a bulk insert too, and a person without one has none.
        let bulk = person::get(&mut c, &id(11)).await.unwrap();
        assert_eq!((bulk.birth_date.is_some(), bulk.hired_on), (true, None), "{backend}");
        let unit = organisation::get(&mut c, &id(2)).await.unwrap();
        assert_eq!(unit.parent_id.as_deref(), Some(id(1).as_str()), "{backend}");
        assert!(organisation::is_within(&mut c, &id(1), &id(2)).await.unwrap(), "{backend}");
        assert!(!organisation::is_within(&mut c, &id(2), &id(1)).await.unwrap(), "{backend}");
        assert_eq!(organisation::find_unit(&mut c, &id(1), "YUNUSOBOD tumani dxm").await.unwrap().unwrap().id, id(2));
        let by_name = person::list(&mut c, None, person::Order::Name, 10, 0).await.unwrap();
        assert_eq!(ids(&by_name), [id(11), id(12), id(10), id(13)].iter().map(String::as_str).collect::<Vec<_>>());
        let page = person::list(&mut c, None, person::Order::PersonnelNumber, 2, 1).await.unwrap();
        assert_eq!(ids(&page), vec![id(11).as_str(), id(12).as_str()], "{backend}: 17 sorts before 100 by length");
        assert_eq!(person::count_in(&mut c, Some(&id(2))).await.unwrap(), 1, "{backend}");
        assert_eq!(person::count(&mut c).await.unwrap(), 4, "{backend}");
        assert_eq!(person::in_unit_tree(&mut c, &id(2)).await.unwrap(), vec![id(10)], "{backend}");
        let taken = person::personnel_numbers_taken(&mut c, &id(1), &["17".into(), "18".into()]).await.unwrap();
        assert_eq!(taken, vec!["17".to_owned()], "{backend}");
        let wanted = [id(13), id(10)];
        assert_eq!(ids(&person::by_ids(&mut c, &wanted).await.unwrap()), vec![id(13).as_str(), id(10).as_str()]);
    }
}

#[tokio::test]
async fn search_finds_names_in_either_script_and_by_sound_after_edits() {
    for (backend, store, _dir) in backends().await {
        let mut tx = store.begin().await.unwrap();
        organisation::insert(&mut tx, &id(1), &org_input("Agency"), now()).await.unwrap();
        person::insert(&mut tx, &id(10), &person_input(&id(1), "Gʻulomov", "Oʻtkir", None), now()).await.unwrap();
        person::insert(&mut tx, &id(11), &person_input(&id(1), "Xolmatov", "Aleksey", None), now()).await.unwrap();
        tx.commit().await.unwrap();
        let mut c = store.read().await.unwrap();
        let found = |q: &str| search_tokens(q);
        assert_eq!(ids(&person::search(&mut c, &found("Ғулом Ўт"), None, 10).await.unwrap()), vec![id(10).as_str()]);
        assert_eq!(
            ids(&person::search(&mut c, &found("Kholmatov Alexei"), None, 10).await.unwrap()),
            vec![id(11).as_str()],
            "{backend}: by sound"
        );
        assert!(person::search(&mut c, &found("Ғулом Дил"), None, 10).await.unwrap().is_empty(), "{backend}");
        assert!(person::search(&mut c, &found("Xol"), Some(&id(99)), 10).await.unwrap().is_empty(), "{backend}");
        drop(c);

        let mut tx = store.begin().await.unwrap();
        person::update(&mut tx, &id(11), &person_input(&id(1), "Tursunov", "Aleksey", None), now()).await.unwrap();
        tx.commit().await.unwrap();
        let mut c = store.read().await.unwrap();
        assert!(person::search(&mut c, &found("Xolm"), None, 10).await.unwrap().is_empty(), "{backend}: old name gone");
        assert_eq!(ids(&person::search(&mut c, &found("Турсун"), None, 10).await.unwrap()), vec![id(11).as_str()]);
    }
}

#[tokio::test]
async fn refusals_read_the_same_on_both_and_undo_the_whole_transaction() {
    for (backend, store, _dir) in backends().await {
        let mut tx = store.begin().await.unwrap();
        organisation::insert(&mut tx, &id(1), &org_input("Agency"), now()).await.unwrap();
        person::insert(&mut tx, &id(10), &person_input(&id(1), "Karimova", "Dilnoza", Some("7")), now()).await.unwrap();
        tx.commit().await.unwrap();

        let mut tx = store.begin().await.unwrap();
        person::insert(&mut tx, &id(11), &person_input(&id(1), "Aliyev", "Rustam", None), now()).await.unwrap();
        let twice = person::insert(&mut tx, &id(12), &person_input(&id(1), "Other", "One", Some("7")), now()).await;
        match twice {
            Err(Error::Duplicate(text)) => {
                assert!(text.ends_with("person.organisation_id, person.personnel_number"), "{backend}: {text}")
            }
            other => panic!("{backend}: {other:?}"),
        }
        drop(tx);
        let nowhere =
            person::insert(&mut store.begin().await.unwrap(), &id(13), &person_input(&id(404), "A", "B", None), now())
                .await;
        assert!(matches!(nowhere, Err(Error::MissingReference)), "{backend}: {nowhere:?}");
        let mut c = store.read().await.unwrap();
        assert_eq!(person::count(&mut c).await.unwrap(), 1, "{backend}: the rolled-back person is not there");
        let missing = person::get(&mut c, &id(11)).await;
        assert!(matches!(missing, Err(Error::NotFound { entity: "person", .. })), "{backend}");
        let code = NewOrganisation { short_code: Some("DXA".into()), ..org_input("Second") };
        let mut tx = store.begin().await.unwrap();
        organisation::insert(&mut tx, &id(2), &code, now()).await.unwrap();
        let again = organisation::insert(&mut tx, &id(3), &code, now()).await;
        assert!(
            matches!(&again, Err(Error::Duplicate(t)) if t.ends_with("organisation.short_code")),
            "{backend}: {again:?}"
        );
    }
}

#[tokio::test]
async fn the_audit_chain_links_on_both_and_the_log_refuses_edits() {
    for (backend, store, _dir) in backends().await {
        let mut tx = store.begin().await.unwrap();
        for n in 0..3 {
            let event = audit::Event {
                actor: "Administrator",
                account_id: Some("00000000-0000-7000-8000-000000000001"),
                action: "person.create",
                entity: "person",
                entity_id: Some(&id(n)),
                summary: format!("Karimova {n} — Каримова"),
            };
            audit::record(&mut tx, now(), event).await.unwrap();
        }
        tx.commit().await.unwrap();
        let mut c = store.read().await.unwrap();
        let check = audit::verify_chain(&mut c).await.unwrap();
        assert_eq!((check.entries, check.first_broken), (3, None), "{backend}");
        let head = audit::head(&mut c).await.unwrap().unwrap();
        assert_eq!(Some(head), check.head, "{backend}");
        let listed = audit::list(&mut c, Some(&id(1)), 10).await.unwrap();
        assert_eq!((listed.len(), listed[0].at), (1, now()), "{backend}");
        let edit = "UPDATE audit_log SET summary = 'nothing happened'";
        let refused = match c.as_sqlite() {
            Some(s) => sqlx::query(edit).execute(s).await.map(drop).map_err(|e| e.to_string()),
            None => sqlx::query(edit).execute(c.as_postgres().unwrap()).await.map(drop).map_err(|e| e.to_string()),
        };
        assert!(refused.unwrap_err().contains("append-only"), "{backend}");
    }
}

#[tokio::test]
async fn accounts_tokens_and_import_batches_on_both() {
    for (backend, store, _dir) in backends().await {
        let mut c = store.read().await.unwrap();
        let admin = account::only(&mut c).await.unwrap().expect("the seeded administrator");
        assert_eq!((admin.login.as_str(), admin.has_password), ("admin", false), "{backend}");
        assert!(!account::sign_in_required(&mut c).await.unwrap(), "{backend}");
        drop(c);
        let mut tx = store.begin().await.unwrap();
        account::set_password(&mut tx, &admin.id, "$argon2id$stand-in").await.unwrap();
        account::record_failure(&mut tx, &admin.id, None).await.unwrap();
        let until = now() + chrono::Duration::minutes(15);
        account::record_failure(&mut tx, &admin.id, Some(until)).await.unwrap();
        let token = account::Token {
            id: id(40),
            account_id: admin.id.clone(),
            label: "nightly export".into(),
            created_at: now(),
            revoked_at: None,
        };
        account::insert_token(&mut tx, &token, &[7u8; 32]).await.unwrap();
        let batch = import::Batch {
            id: id(41),
            kind: "people".into(),
            file_name: "xodimlar.xlsx".into(),
            file_sha256: "ab".repeat(32),
            rows: 120_000,
            actor: "Administrator".into(),
            imported_at: now(),
        };
        import::record(&mut tx, &batch).await.unwrap();
        tx.commit().await.unwrap();

        let mut c = store.read().await.unwrap();
        let stored = account::find_by_login(&mut c, "admin").await.unwrap().unwrap();
        assert_eq!((stored.account.locked_until, stored.failed_attempts), (Some(until), 0), "{backend}");
        assert!(account::sign_in_required(&mut c).await.unwrap(), "{backend}");
        assert_eq!(account::by_token(&mut c, &[7u8; 32]).await.unwrap().map(|a| a.id), Some(admin.id.clone()));
        assert_eq!(account::list_tokens(&mut c).await.unwrap(), vec![token], "{backend}");
        assert_eq!(import::find(&mut c, "people", &"ab".repeat(32)).await.unwrap(), Some(batch), "{backend}");
    }
}

#[tokio::test]
async fn a_team_database_is_backed_up_on_its_server_not_from_a_desk() {
    let store = Store::open_url(&malaka_test_postgres::database()).await.unwrap();
    assert!(store.path().is_none() && store.server().is_some());
    let dir = tempfile::tempdir().unwrap();
    let refused = malaka_store::maintenance::backup(&store, &dir.path().join("copy.db")).await;
    assert!(matches!(refused, Err(Error::NotInTeamMode("maintenance"))), "{refused:?}");
    assert!(!dir.path().join("copy.db").exists());
}

#[tokio::test]
async fn an_unreachable_server_is_named_with_the_reason() {
    let refused = Store::open_url("postgres://nobody@127.0.0.1:1/malaka").await.err().expect("port 1 is closed");
    match refused {
        Error::Unreachable { server, why } => {
            assert_eq!(server, "nobody@127.0.0.1:1/malaka");
            assert!(why.contains("refused"), "{why}");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_server_without_tls_is_refused_when_tls_is_required() {
    let url = format!("{}?sslmode=require", malaka_test_postgres::database());
    match Store::open_url(&url).await.err().expect("the test cluster has no TLS") {
        Error::Unreachable { why, .. } => assert!(why.starts_with("TLS"), "{why}"),
        other => panic!("{other:?}"),
    }
}
