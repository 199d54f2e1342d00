//! The audit log as the desktop reads it: narrowed by who, what, which record, words and days,
//! paged newest first without gaps or repeats, and written to a file (itself audited).

mod common;

use chrono::{Duration, Utc};
use common::course;
use malaka_api::Malaka;
use malaka_api::core::model::*;

async fn hr_desk(app: &Malaka) -> Malaka {
    if common::backend() == common::Backend::Sqlite {
        // A register file's administrator sets a password before anyone else may sign in.
        app.password_change("", "admin password 1").await.unwrap();
    }
    app.account_create(NewAccount {
        login: "hr".into(),
        name: "Nodira Rahimova".into(),
        role: Role::HrOfficer,
        trainer_id: None,
        password: "hr password 1".into(),
    })
    .await
    .unwrap();
    let other = app.open_again().await.unwrap();
    other.sign_in("hr", "hr password 1").await.unwrap();
    other
}

fn new_person(p: &Person, position: &str) -> NewPerson {
    NewPerson {
        family_name: p.family_name.clone(),
        given_name: p.given_name.clone(),
        organisation_id: p.organisation_id.clone(),
        position: Some(position.into()),
        ..Default::default()
    }
}

async fn page(app: &Malaka, f: AuditFilter) -> AuditPage {
    app.audit_page(&f).await.unwrap()
}

on_both_backends! {
    async fn the_log_is_narrowed_paged_and_written_as_its_reader_asks() {
        let c = course(&[("Каримова", "Дилноза"), ("Xolmatov", "Anvar")]).await;
        let app = &c.app;
        let hr = hr_desk(app).await;
        let karimova = app.person_get(&c.people[0]).await.unwrap().person;
        app.person_update(&karimova.id, new_person(&karimova, "Bosh mutaxassis")).await.unwrap();
        hr.person_update(&karimova.id, new_person(&karimova, "Yetakchi mutaxassis")).await.unwrap();
        let xolmatov = app.person_get(&c.people[1]).await.unwrap().person;
        hr.person_update(&xolmatov.id, new_person(&xolmatov, "Inspektor")).await.unwrap();

        let everything = page(app, AuditFilter { limit: Some(1_000), ..Default::default() }).await;
        assert!(!everything.more);
        let ids: Vec<i64> = everything.rows.iter().map(|e| e.id).collect();
        assert!(ids.windows(2).all(|w| w[0] > w[1]), "newest first: {ids:?}");

        // Who: only what the HR officer did, under the name the account carries.
        let by_hr = page(app, AuditFilter { actor: Some("Nodira Rahimova".into()), ..Default::default() }).await;
        assert_eq!(by_hr.rows.len(), 2, "{:?}", by_hr.rows);
        assert!(by_hr.rows.iter().all(|e| e.action == "person.update"));

        // What and which record, with the old and new values in the summary.
        let edits = page(
            app,
            AuditFilter { action: Some("person.update".into()), entity_id: Some(karimova.id.clone()), ..Default::default() },
        )
        .await;
        let summaries: Vec<&str> = edits.rows.iter().map(|e| e.summary.as_str()).collect();
        assert_eq!(summaries.len(), 2, "{summaries:?}");
        assert!(summaries[0].contains("position \"Bosh mutaxassis\" → \"Yetakchi mutaxassis\""), "{summaries:?}");
        assert!(summaries[1].contains("position \"\" → \"Bosh mutaxassis\""), "{summaries:?}");

        // Words, typed in lower case, find the Cyrillic name as recorded.
        let named = page(app, AuditFilter { text: Some("каримова".into()), ..Default::default() }).await;
        let expected = everything.rows.iter().filter(|e| e.summary.contains("Каримова")).count();
        assert!(expected >= 3, "created, enrolled, edited twice");
        assert_eq!(named.rows.len(), expected);
        assert!(named.rows.iter().all(|e| e.summary.contains("Каримова")));

        // Pages of two follow each other without a gap or a repeat.
        let mut seen = Vec::new();
        let mut before_id = None;
        loop {
            let p = page(app, AuditFilter { limit: Some(2), before_id, ..Default::default() }).await;
            assert!(p.rows.len() <= 2);
            seen.extend(p.rows.iter().map(|e| e.id));
            before_id = p.rows.last().map(|e| e.id);
            if !p.more {
                break;
            }
        }
        assert_eq!(seen, ids);

        // Days, on the reader's clock: today holds everything, yesterday and tomorrow nothing.
        let zone = "Asia/Baku";
        let today = Utc::now().with_timezone(&zone.parse::<chrono_tz::Tz>().unwrap()).date_naive();
        let days = |from: chrono::NaiveDate, to: chrono::NaiveDate| AuditFilter {
            from: Some(from.to_string()),
            to: Some(to.to_string()),
            time_zone: Some(zone.into()),
            limit: Some(1_000),
            ..Default::default()
        };
        let one = Duration::days(1);
        assert_eq!(page(app, days(today, today)).await.rows.len(), ids.len());
        assert!(page(app, days(today - one, today - one)).await.rows.is_empty());
        assert!(page(app, days(today + one, today + one)).await.rows.is_empty());

        let facets = app.audit_facets().await.unwrap();
        assert!(facets.actors.contains(&"Nodira Rahimova".to_owned()) && facets.actors.contains(&"Administrator".to_owned()));
        assert!(facets.actions.contains(&"person.update".to_owned()) && facets.entities.contains(&"person".to_owned()));

        // The file holds every line the filter keeps, headed in the reader's language, and the
        // export is recorded in its turn.
        let f = AuditFilter { actor: Some("Nodira Rahimova".into()), time_zone: Some(zone.into()), limit: Some(1), ..Default::default() };
        let csv = String::from_utf8(app.audit_file(&f, "csv", "ru").await.unwrap()).unwrap();
        let csv = csv.trim_start_matches('\u{feff}');
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 3, "a heading and both lines, whatever the page size: {csv}");
        assert!(lines[0].contains("Кто") && lines[0].contains("Asia/Baku"), "{}", lines[0]);
        assert!(lines[1].contains("Xolmatov") && lines[1].contains("Inspektor"), "{}", lines[1]);
        let last = &page(app, AuditFilter { limit: Some(1), ..Default::default() }).await.rows[0];
        assert_eq!((last.action.as_str(), last.actor.as_str()), ("export.audit", "Administrator"));
        assert!(last.summary.contains("2 audit entries"), "{}", last.summary);
    }
}
