//! A fresh register on the backend a test runs on, and one activity with one session and the
//! people named enrolled in it.

#![allow(dead_code)]

use std::cell::Cell;

use malaka_api::core::model::*;
use malaka_api::{Location, Malaka};

/// Where a test's register lives: an SQLite file, or a team database on the test cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

thread_local! {
    /// The backend of the test running on this thread (a `#[tokio::test]` runs on one thread).
    static BACKEND: Cell<Backend> = const { Cell::new(Backend::Sqlite) };
}

pub fn use_backend(b: Backend) {
    BACKEND.with(|c| c.set(b));
}

pub fn backend() -> Backend {
    BACKEND.with(Cell::get)
}

/// Writes each test twice, once per backend: `mod sqlite { … }` and `mod postgres { … }`.
#[macro_export]
macro_rules! on_both_backends {
    ($($(#[$doc:meta])* async fn $name:ident() $body:block)*) => {
        mod sqlite {
            use super::*;
            $($(#[$doc])* #[tokio::test] async fn $name() {
                $crate::common::use_backend($crate::common::Backend::Sqlite);
                $body
            })*
        }
        mod postgres {
            use super::*;
            $($(#[$doc])* #[tokio::test] async fn $name() {
                $crate::common::use_backend($crate::common::Backend::Postgres);
                $body
            })*
        }
    };
}

/// Runs SQL of the tests' own on either backend, as someone editing the database by hand would;
/// the database's answer as text when it refuses.
pub async fn execute_sql(conn: &mut malaka_store::Conn, sql: &str) -> Result<u64, String> {
    let done = match conn.as_sqlite() {
        Some(c) => sqlx::query(sql).execute(c).await.map(|r| r.rows_affected()),
        None => sqlx::query(sql).execute(conn.as_postgres().unwrap()).await.map(|r| r.rows_affected()),
    };
    done.map_err(|e| e.to_string())
}

/// A new, empty register on this test's backend, with its lone administrator signed in; the
/// folder holds its file (SQLite) or the desk's own files (team database).
pub async fn register() -> (tempfile::TempDir, Malaka) {
    let dir = tempfile::tempdir().unwrap();
    let app = match backend() {
        Backend::Sqlite => Malaka::open(&dir.path().join("malaka.db")).await.unwrap(),
        Backend::Postgres => {
            let url = malaka_test_postgres::database();
            malaka_api::team::team_init(&url).await.unwrap();
            Malaka::open_at(&Location::Server(url), dir.path()).await.unwrap()
        }
    };
    (dir, app)
}

/// The signing key's passphrase in these tests.
pub const KEY_PASSPHRASE: &str = "the issuer's passphrase";

pub struct Course {
    pub dir: tempfile::TempDir,
    pub app: Malaka,
    pub activity: String,
    pub session: String,
    pub people: Vec<String>,
}

pub async fn course(names: &[(&str, &str)]) -> Course {
    let (dir, app) = register().await;
    app.key_rotate(KEY_PASSPHRASE).await.unwrap();
    let org = app
        .organisation_create(NewOrganisation {
            name: "Davlat xizmatlari agentligi".into(),
            short_code: Some("DXA".into()),
            country: "UZ".into(),
            kind: OrgKind::Agency,
            parent_id: None,
        })
        .await
        .unwrap();
    let act = app
        .activity_create(NewActivity {
            kind: ActivityKind::Training,
            title: "Ish yuritish".into(),
            programme_id: None,
            status: None,
            starts_on: "2026-03-01".into(),
            ends_on: "2026-03-31".into(),
            host_org_id: org.id.clone(),
            partner_org_ids: vec![],
            venue_id: None,
            capacity: None,
            language: "uz-Latn".into(),
            planned_hours: None,
            description: None,
        })
        .await
        .unwrap();
    let session = app
        .session_create(
            NewSession {
                activity_id: act.id.clone(),
                title: None,
                starts_local: "2026-03-10T09:00".into(),
                ends_local: "2026-03-10T12:00".into(),
                time_zone: Some("Asia/Tashkent".into()),
                venue_id: None,
                trainer_ids: vec![],
            },
            false,
        )
        .await
        .unwrap();
    let mut people = Vec::new();
    for (family, given) in names {
        let p = app
            .person_create(NewPerson {
                family_name: (*family).into(),
                given_name: (*given).into(),
                organisation_id: org.id.clone(),
                ..Default::default()
            })
            .await
            .unwrap();
        app.enrolment_create(&act.id, &p.id, EnrolmentRole::Participant).await.unwrap();
        people.push(p.id);
    }
    Course { dir, app, activity: act.id, session: session.id, people }
}

pub fn mark(session: &str, person: &str, status: AttendanceStatus) -> NewMark {
    NewMark {
        session_id: session.into(),
        person_id: person.into(),
        status: Some(status),
        minutes_late: None,
        note: None,
        reason: None,
        expected_version: None,
    }
}
