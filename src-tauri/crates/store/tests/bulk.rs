//! The multi-row writers against real SQLite files: they store exactly what the one-row writers
//! store, across statement boundaries, and fail whole.

use chrono::Duration;
use malaka_core::model::*;
use malaka_core::names::search_tokens;
mod common;

use common::{id, insert_activity_with_session, insert_trainer, november_activity, now, org_input};
use malaka_store::{Error, Store, activity, attendance, enrolment, organisation, person, session};

async fn fresh() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("malaka.db")).await.unwrap();
    let mut tx = store.begin().await.unwrap();
    let org = NewOrganisation { short_code: Some("DXA".into()), ..org_input("Davlat xizmatlari agentligi") };
    organisation::insert(&mut tx, &id(1), &org.validated().unwrap(), now()).await.unwrap();
    tx.commit().await.unwrap();
    (dir, store)
}

fn someone(n: u32) -> ValidPerson {
    let (family, alt) = match n % 3 {
        0 => ("Toshmatov", Some("Тошматов")),
        1 => ("Иванова", Some("Ivanova")),
        _ => ("Məmmədov", None),
    };
    NewPerson {
        family_name: family.into(),
        given_name: format!("Shohruh{n}"),
        patronymic: Some("Alisher oʻgʻli".into()),
        family_name_alt: alt.map(Into::into),
        organisation_id: id(1),
        personnel_number: Some(format!("{}", 1000 + n)),
        email: n.is_multiple_of(2).then(|| format!("x{n}@dxa.uz")),
        birth_date: n.is_multiple_of(5).then(|| "1990-03-12".into()),
        ..Default::default()
    }
    .validated()
    .unwrap()
}

async fn tokens_of(store: &Store, person_id: &str) -> Vec<String> {
    sqlx::query_scalar("SELECT token FROM person_token WHERE person_id = ? ORDER BY token")
        .bind(person_id)
        .fetch_all(store.read().await.unwrap().as_sqlite().unwrap())
        .await
        .unwrap()
}

#[tokio::test]
async fn many_people_are_stored_as_one_at_a_time_would_store_them() {
    let (_dir, one_by_one) = fresh().await;
    let (_dir2, bulk) = fresh().await;
    // More people and tokens than one statement holds, so chunk boundaries are crossed.
    let people: Vec<(String, ValidPerson)> = (0..1_203).map(|n| (id(100 + n), someone(n))).collect();
    let mut tx = one_by_one.begin().await.unwrap();
    for (pid, p) in &people {
        person::insert(&mut tx, pid, p, now()).await.unwrap();
    }
    tx.commit().await.unwrap();
    let mut tx = bulk.begin().await.unwrap();
    person::insert_many(&mut tx, &people, now()).await.unwrap();
    tx.commit().await.unwrap();

    let (mut a, mut b) = (one_by_one.read().await.unwrap(), bulk.read().await.unwrap());
    assert_eq!(person::count(&mut b).await.unwrap(), 1_203);
    for (pid, _) in people.iter().step_by(97) {
        assert_eq!(person::get(&mut a, pid).await.unwrap(), person::get(&mut b, pid).await.unwrap());
        assert_eq!(tokens_of(&one_by_one, pid).await, tokens_of(&bulk, pid).await);
    }
    let all = |s: &'static str| sqlx::query_scalar::<_, i64>(s);
    let n = "SELECT count(*) FROM person_token";
    assert_eq!(
        all(n).fetch_one(a.as_sqlite().unwrap()).await.unwrap(),
        all(n).fetch_one(b.as_sqlite().unwrap()).await.unwrap()
    );
    // Every spelling is indexed under its folded form, whichever script it was typed in.
    let tokens = tokens_of(&bulk, &id(1_300)).await;
    for t in search_tokens("Тошматов Shohruh1200 Alisher oʻgʻli") {
        assert!(tokens.contains(&t), "{t} in {tokens:?}");
    }
    assert!(tokens_of(&bulk, &id(101)).await.contains(&"ivanova".to_string()));
    assert!(tokens_of(&bulk, &id(102)).await.contains(&"mammadov".to_string()));
}

#[tokio::test]
async fn a_duplicate_in_a_bulk_insert_refuses_the_whole_transaction() {
    let (_dir, store) = fresh().await;
    let mut people: Vec<(String, ValidPerson)> = (0..600).map(|n| (id(100 + n), someone(n))).collect();
    people[550].1.personnel_number = people[3].1.personnel_number.clone();
    let mut tx = store.begin().await.unwrap();
    let e = person::insert_many(&mut tx, &people, now()).await.unwrap_err();
    assert!(matches!(&e, Error::Duplicate(m) if m.contains("personnel_number")), "{e}");
    drop(tx);
    assert_eq!(person::count(&mut store.read().await.unwrap()).await.unwrap(), 0);
    let mut tx = store.begin().await.unwrap();
    person::insert_many(&mut tx, &[], now()).await.unwrap();
    tx.commit().await.unwrap();
}

async fn activity_with_session(store: &Store) {
    let mut tx = store.begin().await.unwrap();
    let act = NewActivity {
        capacity: Some(5),
        ..november_activity(ActivityKind::Training, "Mijozlarga xizmat koʻrsatish", &id(1))
    };
    insert_activity_with_session(&mut tx, &act).await;
    let people: Vec<(String, ValidPerson)> = (0..700).map(|n| (id(100 + n), someone(n))).collect();
    person::insert_many(&mut tx, &people, now()).await.unwrap();
    tx.commit().await.unwrap();
}

#[tokio::test]
async fn enrolments_in_bulk_read_back_as_inserted() {
    let (_dir, store) = fresh().await;
    activity_with_session(&store).await;
    let list: Vec<Enrolment> = (0..700)
        .map(|n| Enrolment {
            id: id(5_000 + n),
            activity_id: id(20),
            person_id: id(100 + n),
            role: EnrolmentRole::Participant,
            status: if n < 690 { EnrolmentStatus::Completed } else { EnrolmentStatus::Waitlisted },
            reason: None,
            created_at: now() + Duration::minutes(i64::from(n)),
            updated_at: now() + Duration::minutes(i64::from(n)),
        })
        .collect();
    let mut tx = store.begin().await.unwrap();
    enrolment::insert_many(&mut tx, &list).await.unwrap();
    tx.commit().await.unwrap();
    let mut c = store.read().await.unwrap();
    for e in [&list[0], &list[499], &list[500], &list[699]] {
        assert_eq!(&enrolment::get(&mut c, &e.id).await.unwrap(), e);
    }
    // The waitlist is ordered by when each person joined it, which the bulk insert stamps too.
    let waiting = enrolment::waitlist(&mut c, &id(20)).await.unwrap();
    assert_eq!(waiting.len(), 10);
    assert!(waiting.iter().all(|w| w.since.starts_with("2026-11-27T")), "{:?}", waiting[0].since);
    assert_eq!(enrolment::seats_taken(&mut c, &id(20)).await.unwrap(), 690);
}

fn first_mark(n: u32, status: AttendanceStatus) -> AttendanceMark {
    AttendanceMark {
        session_id: id(21),
        person_id: id(100 + n),
        status,
        minutes_late: (status == AttendanceStatus::Late).then_some(15),
        note: None,
        version: 1,
        marked_by: "trainer".into(),
        marked_at: now(),
    }
}

#[tokio::test]
async fn first_marks_in_bulk_get_their_history_and_later_saves_build_on_them() {
    let (_dir, store) = fresh().await;
    activity_with_session(&store).await;
    let marks: Vec<AttendanceMark> = (0..700)
        .map(|n| first_mark(n, if n % 7 == 0 { AttendanceStatus::Late } else { AttendanceStatus::Present }))
        .collect();
    let mut tx = store.begin().await.unwrap();
    attendance::insert_new(&mut tx, &marks).await.unwrap();
    tx.commit().await.unwrap();

    let mut c = store.read().await.unwrap();
    assert_eq!(attendance::count(&mut c).await.unwrap(), 700);
    for m in [&marks[0], &marks[349], &marks[699]] {
        assert_eq!(attendance::get(&mut c, &m.session_id, &m.person_id).await.unwrap().as_ref(), Some(m));
        let h = attendance::history(&mut c, &m.session_id, &m.person_id).await.unwrap();
        assert_eq!(h.len(), 1);
        assert_eq!((h[0].version, h[0].old_status, h[0].new_status), (1, None, Some(m.status)));
        assert_eq!((h[0].changed_by.as_str(), h[0].changed_at), ("trainer", now()));
    }
    assert_eq!(attendance::list_for_session(&mut c, &id(21)).await.unwrap().len(), 700);
    drop(c);

    // A correction after a bulk load is an ordinary versioned save.
    let mut tx = store.begin().await.unwrap();
    let fix = NewMark {
        session_id: id(21),
        person_id: id(100),
        status: Some(AttendanceStatus::Excused),
        minutes_late: None,
        note: None,
        reason: Some("sick note".into()),
        expected_version: Some(1),
    };
    let saved = attendance::save(&mut tx, &fix, "officer", now()).await.unwrap().saved().unwrap();
    assert_eq!(saved.version, 2);
    // A mark that exists already is refused, and nothing of the batch stays.
    let again = attendance::insert_new(&mut tx, &[first_mark(699, AttendanceStatus::Absent)]).await;
    assert!(matches!(again, Err(Error::Duplicate(_))), "{again:?}");
    tx.commit().await.unwrap();
    let mut c = store.read().await.unwrap();
    let h = attendance::history(&mut c, &id(21), &id(100)).await.unwrap();
    assert_eq!((h.len(), h[1].old_status), (2, Some(AttendanceStatus::Late)));
    assert_eq!(attendance::get(&mut c, &id(21), &id(799)).await.unwrap().unwrap().status, AttendanceStatus::Present);
}

#[tokio::test]
async fn the_writer_cache_can_be_enlarged_for_a_bulk_load() {
    let (_dir, store) = fresh().await;
    store.set_writer_cache_mib(64).await.unwrap();
    let mut tx = store.begin().await.unwrap();
    let kib: i64 = sqlx::query_scalar("PRAGMA cache_size").fetch_one(tx.as_sqlite().unwrap()).await.unwrap();
    assert_eq!(kib, -64 * 1024);
    drop(tx);
}

fn mark(n: u32, status: AttendanceStatus, expected: Option<i64>) -> NewMark {
    NewMark {
        session_id: id(21),
        person_id: id(100 + n),
        status: Some(status),
        minutes_late: (status == AttendanceStatus::Late).then_some(5),
        note: None,
        reason: Some(format!("round {n}")),
        expected_version: expected,
    }
}

#[tokio::test]
async fn many_marks_saved_at_once_behave_as_saved_one_after_another() {
    let (_dir, store) = fresh().await;
    activity_with_session(&store).await;
    let mut tx = store.begin().await.unwrap();
    attendance::insert_new(
        &mut tx,
        &[first_mark(0, AttendanceStatus::Present), first_mark(1, AttendanceStatus::Absent)],
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();

    // 0 changes, 1 stays as it is, 2 is new, and 0 changes again later in the same call.
    let batch = [
        mark(0, AttendanceStatus::Late, Some(1)),
        mark(1, AttendanceStatus::Absent, Some(1)),
        mark(2, AttendanceStatus::Present, Some(0)),
        mark(0, AttendanceStatus::Excused, Some(2)),
    ];
    let mut tx = store.begin().await.unwrap();
    let saved = attendance::save_many(&mut tx, &batch, "trainer", now()).await.unwrap();
    tx.commit().await.unwrap();
    let versions: Vec<Option<i64>> = saved.into_iter().map(|m| m.saved().map(|m| m.version)).collect();
    assert_eq!(versions, [Some(2), None, Some(1), Some(3)]);

    let mut c = store.read().await.unwrap();
    let zero = attendance::get(&mut c, &id(21), &id(100)).await.unwrap().unwrap();
    assert_eq!((zero.status, zero.version, zero.minutes_late), (AttendanceStatus::Excused, 3, None));
    let h = attendance::history(&mut c, &id(21), &id(100)).await.unwrap();
    let steps: Vec<_> = h.iter().map(|c| (c.version, c.old_status, c.new_status, c.reason.clone())).collect();
    assert_eq!(
        steps,
        [
            (1, None, Some(AttendanceStatus::Present), None),
            (2, Some(AttendanceStatus::Present), Some(AttendanceStatus::Late), Some("round 0".into())),
            (3, Some(AttendanceStatus::Late), Some(AttendanceStatus::Excused), Some("round 0".into())),
        ]
    );
    assert_eq!(attendance::history(&mut c, &id(21), &id(101)).await.unwrap().len(), 1, "unchanged: no line");
    assert_eq!(attendance::get(&mut c, &id(21), &id(102)).await.unwrap().unwrap().version, 1);
    drop(c);

    // One stale mark refuses the call; rolled back, none of the others stays either.
    let mut tx = store.begin().await.unwrap();
    let stale = [
        mark(2, AttendanceStatus::Absent, Some(1)),
        mark(1, AttendanceStatus::Present, Some(7)),
        mark(3, AttendanceStatus::Present, None),
    ];
    let e = attendance::save_many(&mut tx, &stale, "trainer", now()).await.unwrap_err();
    assert!(matches!(&e, Error::Stale("mark")), "{e}");
    drop(tx);
    let mut c = store.read().await.unwrap();
    assert_eq!(attendance::get(&mut c, &id(21), &id(102)).await.unwrap().unwrap().status, AttendanceStatus::Present);
    assert!(attendance::get(&mut c, &id(21), &id(103)).await.unwrap().is_none());
    assert!(attendance::save_many(&mut c, &[], "trainer", now()).await.unwrap().is_empty());
}

#[tokio::test]
async fn a_cleared_mark_leaves_its_history_and_the_next_mark_continues_it() {
    let (_dir, store) = fresh().await;
    activity_with_session(&store).await;
    let clear = NewMark { status: None, minutes_late: None, ..mark(0, AttendanceStatus::Present, Some(1)) };
    let mut tx = store.begin().await.unwrap();
    attendance::save_many(&mut tx, &[mark(0, AttendanceStatus::Present, Some(0))], "trainer", now()).await.unwrap();
    let out = attendance::save_many(&mut tx, std::slice::from_ref(&clear), "trainer", now()).await.unwrap();
    assert_eq!(out, [attendance::Outcome::Cleared { session_id: id(21), person_id: id(100) }]);
    // Clearing what is not there writes nothing; a stale clear is refused like any stale save.
    let nothing = NewMark { expected_version: Some(0), ..clear.clone() };
    assert_eq!(
        attendance::save_many(&mut tx, &[nothing], "trainer", now()).await.unwrap(),
        [attendance::Outcome::Unchanged]
    );
    assert!(matches!(attendance::save_many(&mut tx, &[clear], "trainer", now()).await, Err(Error::Stale(_))));
    let again = attendance::save_many(&mut tx, &[mark(0, AttendanceStatus::Late, Some(0))], "trainer", now()).await;
    tx.commit().await.unwrap();
    assert_eq!(again.unwrap()[0].clone().saved().unwrap().version, 3, "versions continue after a clear");

    let mut c = store.read().await.unwrap();
    let h = attendance::history(&mut c, &id(21), &id(100)).await.unwrap();
    let steps: Vec<_> = h.iter().map(|c| (c.version, c.old_status, c.new_status)).collect();
    assert_eq!(
        steps,
        [
            (1, None, Some(AttendanceStatus::Present)),
            (2, Some(AttendanceStatus::Present), None),
            (3, None, Some(AttendanceStatus::Late)),
        ]
    );
}

#[tokio::test]
async fn active_people_are_those_with_a_place() {
    let (_dir, store) = fresh().await;
    activity_with_session(&store).await;
    let statuses = [EnrolmentStatus::Enrolled, EnrolmentStatus::Waitlisted, EnrolmentStatus::Completed];
    let list: Vec<Enrolment> = statuses
        .iter()
        .enumerate()
        .map(|(n, status)| Enrolment {
            id: id(5_000 + n as u32),
            activity_id: id(20),
            person_id: id(100 + n as u32),
            role: EnrolmentRole::Participant,
            status: *status,
            reason: None,
            created_at: now(),
            updated_at: now(),
        })
        .collect();
    let mut tx = store.begin().await.unwrap();
    enrolment::insert_many(&mut tx, &list).await.unwrap();
    tx.commit().await.unwrap();
    let mut c = store.read().await.unwrap();
    let asked = [id(100), id(101), id(102), id(103)];
    let mut active = enrolment::active_people(&mut c, &id(20), &asked).await.unwrap();
    active.sort();
    assert_eq!(active, [id(100), id(102)]);
}

#[tokio::test]
async fn activities_and_sessions_in_bulk_read_back_as_one_at_a_time() {
    let (_dir, store) = fresh().await;
    let mut tx = store.begin().await.unwrap();
    let partner = NewOrganisation {
        name: "ASAN xidmət".into(),
        short_code: Some("ASAN".into()),
        country: "AZ".into(),
        kind: OrgKind::Partner,
        parent_id: None,
    };
    organisation::insert(&mut tx, &id(2), &partner.clone().validated().unwrap(), now()).await.unwrap();
    for n in [3, 4] {
        insert_trainer(&mut tx, n, &format!("Trainer {n}")).await;
    }
    // More activities and sessions than one statement holds.
    let activities: Vec<(String, ValidActivity)> = (0..520)
        .map(|n| {
            let a = NewActivity {
                kind: if n % 2 == 0 { ActivityKind::StudyVisit } else { ActivityKind::Seminar },
                title: format!("Tajriba almashish №{n}"),
                programme_id: None,
                status: Some(ActivityStatus::Confirmed),
                starts_on: "2026-12-01".into(),
                ends_on: "2026-12-05".into(),
                host_org_id: id(1),
                partner_org_ids: if n % 2 == 0 { vec![id(2)] } else { vec![] },
                venue_id: None,
                capacity: Some(20),
                language: "ru".into(),
                planned_hours: Some(12.5),
                description: (n == 7).then(|| "Ikki kunlik".into()),
            };
            (id(10_000 + n), a.validated().unwrap())
        })
        .collect();
    activity::insert_many(&mut tx, &activities, now()).await.unwrap();
    let sessions: Vec<(String, ValidSession)> = (0..1_030)
        .map(|n| {
            let s = NewSession {
                activity_id: id(10_000 + n % 520),
                title: (n % 3 == 0).then(|| format!("{}-kun", n % 5 + 1)),
                starts_local: format!("2026-12-0{}T10:00", n % 5 + 1),
                ends_local: format!("2026-12-0{}T13:00", n % 5 + 1),
                time_zone: None,
                venue_id: None,
                trainer_ids: match n % 3 {
                    0 => vec![],
                    1 => vec![id(3)],
                    _ => vec![id(3), id(4)],
                },
            };
            (id(20_000 + n), s.validated(if n % 2 == 0 { "Asia/Baku" } else { "Asia/Tashkent" }).unwrap())
        })
        .collect();
    session::insert_many(&mut tx, &sessions, now()).await.unwrap();
    tx.commit().await.unwrap();

    let (_dir2, single) = fresh().await;
    let mut tx = single.begin().await.unwrap();
    organisation::insert(&mut tx, &id(2), &partner.validated().unwrap(), now()).await.unwrap();
    for n in [3, 4] {
        insert_trainer(&mut tx, n, &format!("Trainer {n}")).await;
    }
    for (aid, a) in &activities {
        activity::insert(&mut tx, aid, a, now()).await.unwrap();
    }
    for (sid, s) in &sessions {
        session::insert(&mut tx, sid, s, now()).await.unwrap();
    }
    tx.commit().await.unwrap();

    let (mut a, mut b) = (single.read().await.unwrap(), store.read().await.unwrap());
    for n in [0, 7, 499, 500, 519] {
        let one = activity::get(&mut a, &id(10_000 + n)).await.unwrap();
        assert_eq!(one, activity::get(&mut b, &id(10_000 + n)).await.unwrap());
        assert_eq!(
            session::list_for_activity(&mut a, &one.id).await.unwrap(),
            session::list_for_activity(&mut b, &one.id).await.unwrap()
        );
    }
    assert_eq!(activity::get(&mut b, &id(10_000)).await.unwrap().partner_org_ids, [id(2)]);
    assert_eq!(session::get(&mut b, &id(21_028)).await.unwrap().trainer_ids, [id(3), id(4)]);
    assert_eq!(session::count(&mut b).await.unwrap(), 1_030);
}
