//! A team database refuses, by itself, what a person's role may not do: each test connects with a
//! person's own login and plain SQL, as `psql` would, and the server says no.

use malaka_core::model::*;
mod common;

use common::{id, insert_activity_with_session, insert_trainer, november_activity, now, org_input};
use malaka_store::{Store, account, organisation, person, session};
use sqlx::{Connection, PgConnection};

/// A prepared team database (schema, roles, first administrator) with a person enrolled nowhere,
/// trainer `id(30)` giving session `id(31)` but not session `id(21)`, and two people's logins.
struct Team {
    url: String,
    trainer_login: String,
    manager_login: String,
}

const PASSWORD: &str = "a person's own password";

async fn team() -> Team {
    let url = malaka_test_postgres::database();
    Store::prepare_server(&url).await.unwrap();
    let store = Store::open_url(&url).await.unwrap();
    // Logins are the server's, shared by its databases: each test's are its own.
    let suffix = url.rsplit('/').next().unwrap().to_owned();
    let (trainer_login, manager_login) = (format!("trainer_{suffix}"), format!("manager_{suffix}"));
    let mut tx = store.begin().await.unwrap();
    organisation::insert(&mut tx, &id(1), &org_input("Agency"), now()).await.unwrap();
    let p = NewPerson {
        family_name: "Karimova".into(),
        given_name: "Dilnoza".into(),
        organisation_id: id(1),
        ..Default::default()
    };
    person::insert(&mut tx, &id(2), &p.validated().unwrap(), now()).await.unwrap();
    insert_activity_with_session(&mut tx, &november_activity(ActivityKind::Training, "Ish yuritish", &id(1))).await;
    insert_trainer(&mut tx, 30, "Aziz Trainer").await;
    let given = NewSession {
        activity_id: id(20),
        title: None,
        starts_local: "2026-11-11T14:00".into(),
        ends_local: "2026-11-11T17:00".into(),
        time_zone: None,
        venue_id: None,
        trainer_ids: vec![id(30)],
    };
    session::insert(&mut tx, &id(31), &given.validated("Asia/Tashkent").unwrap(), now()).await.unwrap();
    for (n, login, role, trainer) in
        [(40, &trainer_login, Role::Trainer, Some(id(30))), (41, &manager_login, Role::Manager, None)]
    {
        let a = Account {
            id: id(n),
            login: login.clone(),
            name: login.clone(),
            role,
            trainer_id: trainer,
            has_password: true,
            locked_until: None,
            disabled: false,
        };
        account::insert(&mut tx, &a, "", now()).await.unwrap();
        account::server_login_create(&mut tx, login, PASSWORD, role).await.unwrap();
    }
    tx.commit().await.unwrap();
    store.close().await;
    Team { url, trainer_login, manager_login }
}

/// A connection as `login`, the way a person would open `psql`.
async fn connect_as(url: &str, login: &str) -> PgConnection {
    let (_, rest) = url.split_once('@').unwrap();
    PgConnection::connect(&format!("postgres://{login}:{}@{rest}", PASSWORD.replace(' ', "%20").replace('\'', "%27")))
        .await
        .unwrap()
}

async fn run(c: &mut PgConnection, sql: &str) -> Result<u64, String> {
    sqlx::query(sql).execute(&mut *c).await.map(|r| r.rows_affected()).map_err(|e| e.to_string())
}

fn mark(session: &str) -> String {
    format!(
        "INSERT INTO attendance_mark (session_id, person_id, status, version, marked_by, marked_at)
         VALUES ('{session}', '{}', 'present', 1, 'them', now())",
        id(2)
    )
}

fn certificate(n: u32) -> String {
    format!(
        "INSERT INTO certificate (id, series, number, code, activity_id, person_id, status, snapshot, token, issued_by, issued_at)
         VALUES ('{}', 'DXA-2026', {n}, 'DXA-2026-{n:05}', '{}', '{}', 'issued', '{{}}', 't', 'them', now())",
        id(60 + n),
        id(20),
        id(2)
    )
}

#[tokio::test]
async fn a_trainer_marks_only_the_sessions_they_give_and_issues_nothing() {
    let t = team().await;
    let mut c = connect_as(&t.url, &t.trainer_login).await;
    assert_eq!(run(&mut c, &mark(&id(31))).await, Ok(1), "their own session");
    let other = run(&mut c, &mark(&id(21))).await.unwrap_err();
    assert!(other.contains("row-level security"), "{other}");
    let changed =
        run(&mut c, &format!("UPDATE attendance_mark SET status = 'absent' WHERE session_id = '{}'", id(21))).await;
    assert_eq!(changed, Ok(0), "another trainer's marks are not theirs to change");
    for refused in [
        certificate(1),
        "UPDATE signing_key SET retired_at = now()".into(),
        format!(
            "INSERT INTO person (id, family_name, given_name, search_key, organisation_id, created_at, updated_at)
                 VALUES ('{}', 'X', 'Y', 'x y', '{}', now(), now())",
            id(3),
            id(1)
        ),
        "UPDATE account SET role = 'administrator'".into(),
        "DELETE FROM audit_log".into(),
        "CREATE TABLE mine (x int)".into(),
    ] {
        let e = run(&mut c, &refused).await.unwrap_err();
        assert!(e.contains("permission denied"), "{refused}: {e}");
    }
}

#[tokio::test]
async fn a_manager_issues_certificates_but_edits_no_person_and_manages_no_login() {
    let t = team().await;
    let mut c = connect_as(&t.url, &t.manager_login).await;
    assert_eq!(run(&mut c, &certificate(1)).await, Ok(1));
    assert_eq!(run(&mut c, &mark(&id(21))).await, Ok(1), "a manager marks any roll");
    let unrevoke = run(&mut c, "UPDATE certificate SET snapshot = 'edited'").await.unwrap_err();
    assert!(unrevoke.contains("only changes from issued to revoked"), "{unrevoke}");
    for refused in [
        format!("UPDATE person SET family_name = 'Other' WHERE id = '{}'", id(2)),
        "INSERT INTO signing_key (id, public_key, created_at) VALUES ('k', '\\x00', now())".into(),
        format!("CREATE ROLE intruder_{} LOGIN", t.manager_login),
    ] {
        let e = run(&mut c, &refused).await.unwrap_err();
        assert!(e.contains("permission denied"), "{refused}: {e}");
    }
}

#[tokio::test]
async fn a_disabled_login_cannot_connect_and_a_new_role_takes_effect_at_once() {
    let t = team().await;
    let store = Store::open_url(&t.url).await.unwrap();
    let mut tx = store.begin().await.unwrap();
    account::server_login_update(&mut tx, &t.trainer_login, Role::Manager, true).await.unwrap();
    account::server_login_update(&mut tx, &t.manager_login, Role::Manager, false).await.unwrap();
    tx.commit().await.unwrap();
    let mut promoted = connect_as(&t.url, &t.trainer_login).await;
    assert_eq!(run(&mut promoted, &certificate(2)).await, Ok(1), "a trainer made manager issues");
    let (_, rest) = t.url.split_once('@').unwrap();
    let url = format!("postgres://{}:{}@{rest}", t.manager_login, PASSWORD.replace(' ', "%20").replace('\'', "%27"));
    let refused = PgConnection::connect(&url).await.expect_err("a disabled login is refused").to_string();
    assert!(refused.contains("not permitted to log in"), "{refused}");
}
