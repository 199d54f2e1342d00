//! The calendar's query against a real SQLite file: the sessions of a period, whole and in order.

use chrono::{TimeZone, Utc};
use malaka_core::model::*;
mod common;

use common::{id, insert_trainer, november_activity, now, org_input};
use malaka_store::{Store, activity, organisation, session};

fn utc(day: u32, hour: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
}

#[tokio::test]
async fn a_period_lists_every_session_starting_in_it_in_time_order_with_its_trainers() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("malaka.db")).await.unwrap();
    let mut tx = store.begin().await.unwrap();
    organisation::insert(&mut tx, &id(1), &org_input("DXA").validated().unwrap(), now()).await.unwrap();
    for (n, name) in [(2, "Leyla Həsənova"), (3, "Anvar Karimov")] {
        insert_trainer(&mut tx, n, name).await;
    }
    let act = NewActivity { language: "ru".into(), ..november_activity(ActivityKind::StudyVisit, "ASAN", &id(1)) };
    activity::insert(&mut tx, &id(10), &act.validated().unwrap(), now()).await.unwrap();
    // Written out of time order, in two zones, one with a title JSON has to escape.
    let plans = [
        (20, "2026-11-12T14:00", "Asia/Baku", Some("\"Kirish\" — 1-kun\nOʻquv"), vec![id(2), id(3)]),
        (21, "2026-11-10T14:00", "Asia/Tashkent", None, vec![id(3)]),
        (22, "2026-11-12T14:00", "Asia/Tashkent", Some("Ikkinchi"), vec![]),
        (23, "2026-11-25T09:00", "Asia/Samarkand", None, vec![id(2)]),
    ];
    for (n, start, zone, title, trainers) in plans {
        let s = NewSession {
            activity_id: id(10),
            title: title.map(Into::into),
            starts_local: start.into(),
            ends_local: start.replace("T14:", "T16:").replace("T09:", "T12:"),
            time_zone: None,
            venue_id: None,
            trainer_ids: trainers,
        };
        session::insert(&mut tx, &id(n), &s.validated(zone).unwrap(), now()).await.unwrap();
    }
    tx.commit().await.unwrap();

    let mut c = store.read().await.unwrap();
    let month = session::list_between(&mut c, utc(1, 0), utc(30, 0), 100).await.unwrap();
    let order: Vec<&str> = month.iter().map(|s| s.id.as_str()).collect();
    // Tashkent 14:00 is 09:00 UTC, Baku 14:00 is 10:00 UTC.
    assert_eq!(order, [id(21), id(22), id(20), id(23)]);
    for s in &month {
        assert_eq!(s, &session::get(&mut c, &s.id).await.unwrap(), "the calendar row equals the session");
    }
    assert_eq!(month[2].title.as_deref(), Some("\"Kirish\" — 1-kun\nOʻquv"));
    assert_eq!(month[2].trainer_ids.len(), 2);
    assert!(month[1].trainer_ids.is_empty());
    // Bounds: from is inclusive, to is exclusive; the limit keeps the earliest.
    let day = session::list_between(&mut c, utc(12, 9), utc(12, 10), 100).await.unwrap();
    assert_eq!(day.iter().map(|s| s.id.clone()).collect::<Vec<_>>(), [id(22)]);
    let first_two = session::list_between(&mut c, utc(1, 0), utc(30, 0), 2).await.unwrap();
    assert_eq!(first_two.iter().map(|s| s.id.clone()).collect::<Vec<_>>(), [id(21), id(22)]);
    assert!(session::list_between(&mut c, utc(26, 0), utc(29, 0), 100).await.unwrap().is_empty());
}
