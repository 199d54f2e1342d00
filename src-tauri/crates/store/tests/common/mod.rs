//! What the store's integration tests share: a fixed clock, ids and a November activity.

#![allow(dead_code)]

use chrono::{TimeZone, Utc};
use malaka_core::model::*;
use malaka_store::Conn;

/// The instant every write in these tests is stamped with.
pub fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap()
}

/// A fixed, valid UUID ending in `n`.
pub fn id(n: u32) -> String {
    format!("0192f0a2-0000-7000-8000-{n:012}")
}

/// An Uzbek agency with this name and no code or parent.
pub fn org_input(name: &str) -> NewOrganisation {
    NewOrganisation {
        name: name.into(),
        short_code: None,
        country: "UZ".into(),
        kind: OrgKind::Agency,
        parent_id: None,
    }
}

/// An activity of this kind and title hosted by `host` through November 2026, in Uzbek, with nothing else set.
pub fn november_activity(kind: ActivityKind, title: &str, host: &str) -> NewActivity {
    NewActivity {
        kind,
        title: title.into(),
        programme_id: None,
        status: None,
        starts_on: "2026-11-01".into(),
        ends_on: "2026-11-30".into(),
        host_org_id: host.into(),
        partner_org_ids: vec![],
        venue_id: None,
        capacity: None,
        language: "uz-Latn".into(),
        planned_hours: None,
        description: None,
    }
}

/// Inserts `act` as activity `id(20)` with one session `id(21)` on 10 November, 14:00–17:00 in Tashkent.
pub async fn insert_activity_with_session(conn: &mut Conn, act: &NewActivity) {
    malaka_store::activity::insert(conn, &id(20), &act.validated().unwrap(), now()).await.unwrap();
    let s = NewSession {
        activity_id: id(20),
        title: None,
        starts_local: "2026-11-10T14:00".into(),
        ends_local: "2026-11-10T17:00".into(),
        time_zone: None,
        venue_id: None,
        trainer_ids: vec![],
    };
    malaka_store::session::insert(conn, &id(21), &s.validated("Asia/Tashkent").unwrap(), now()).await.unwrap();
}

/// Inserts a trainer `id(n)` with this name and nothing else.
pub async fn insert_trainer(conn: &mut Conn, n: u32, name: &str) {
    let t = Trainer { id: id(n), person_id: None, name: name.into(), affiliation: None, expertise: None };
    malaka_store::trainer::insert(conn, &t, now()).await.unwrap();
}
