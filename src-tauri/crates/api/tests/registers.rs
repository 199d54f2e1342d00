//! Venues, trainers and organisations edited as the desktop edits them: the same checks as when
//! they were added, an audit entry each, and no organisation moved under itself.

mod common;

use malaka_api::core::Reason;
use malaka_api::core::model::*;
use malaka_api::{Error, Malaka};

async fn fresh() -> (tempfile::TempDir, Malaka) {
    let (dir, app) = common::register().await;
    (dir, app)
}

fn org(name: &str, code: Option<&str>, kind: OrgKind, parent: Option<&Organisation>) -> NewOrganisation {
    NewOrganisation {
        name: name.into(),
        short_code: code.map(Into::into),
        country: "UZ".into(),
        kind,
        parent_id: parent.map(|p| p.id.clone()),
    }
}

on_both_backends! {
    async fn an_organisation_is_renamed_and_moved_but_never_under_itself() {
        let (_dir, app) = fresh().await;
        let agency = app.organisation_create(org("DXA", Some("DXA"), OrgKind::Agency, None)).await.unwrap();
        let centre =
            app.organisation_create(org("Yunusobod DXM", Some("YUN"), OrgKind::ServiceCentre, None)).await.unwrap();
        let unit = app.organisation_create(org("Kadrlar", None, OrgKind::Unit, Some(&centre))).await.unwrap();

        let moved = app
            .organisation_update(
                &centre.id,
                org("Yunusobod tumani DXM", Some("YUN"), OrgKind::ServiceCentre, Some(&agency)),
            )
            .await
            .unwrap();
        assert_eq!((moved.name.as_str(), moved.parent_id.as_deref()), ("Yunusobod tumani DXM", Some(agency.id.as_str())));
        assert_eq!(app.organisation_find("yun").await.unwrap().id, centre.id, "found by its code still");

        let e = app
            .organisation_update(&centre.id, org("Yunusobod tumani DXM", Some("YUN"), OrgKind::ServiceCentre, Some(&unit)))
            .await
            .unwrap_err();
        assert!(matches!(&e, Error::Invalid { field, reason: Reason::ParentWithin { .. } } if field == "parent"), "{e:?}");
        let e = app
            .organisation_update(
                &centre.id,
                org("Yunusobod tumani DXM", Some("YUN"), OrgKind::ServiceCentre, Some(&centre)),
            )
            .await
            .unwrap_err();
        assert!(matches!(&e, Error::Invalid { reason: Reason::ParentWithin { .. }, .. }), "{e:?}");
        let e = app
            .organisation_update(&centre.id, org("Yunusobod tumani DXM", Some("DXA"), OrgKind::ServiceCentre, None))
            .await
            .unwrap_err();
        assert_eq!(e.reason(), Reason::ShortCodeUsed, "{e:?}");
        let audit = app.audit_list(Some(&centre.id), 10).await.unwrap();
        assert_eq!(audit.iter().filter(|a| a.action == "organisation.update").count(), 1, "refusals write nothing");
    }

    async fn venues_and_trainers_are_edited_with_the_rules_they_were_added_with() {
        let (_dir, app) = fresh().await;
        let venue = NewVenue {
            name: "Zal 2".into(),
            address: None,
            city: "Toshkent".into(),
            country: "UZ".into(),
            time_zone: "Asia/Tashkent".into(),
            capacity: Some(40),
        };
        let v = app.venue_create(venue.clone()).await.unwrap();
        let edited = app
            .venue_update(&v.id, NewVenue { name: "Katta zal".into(), capacity: Some(60), ..venue.clone() })
            .await
            .unwrap();
        assert_eq!((edited.name.as_str(), edited.capacity), ("Katta zal", Some(60)));
        assert_eq!(app.venue_list().await.unwrap()[0].name, "Katta zal");
        let e = app.venue_update(&v.id, NewVenue { time_zone: "Asia/Nowhere".into(), ..venue }).await.unwrap_err();
        assert_eq!(e.field(), Some("time_zone"));

        let t = app
            .trainer_create(NewTrainer {
                person_id: None,
                name: Some("Anvar Karimov".into()),
                affiliation: None,
                expertise: None,
            })
            .await
            .unwrap();
        let edited = app
            .trainer_update(
                &t.id,
                NewTrainer {
                    person_id: None,
                    name: Some("Anvar Karimov".into()),
                    affiliation: Some("TDIU".into()),
                    expertise: Some("Huquq".into()),
                },
            )
            .await
            .unwrap();
        assert_eq!(edited.affiliation.as_deref(), Some("TDIU"));
        let e = app
            .trainer_update(&t.id, NewTrainer { person_id: None, name: None, affiliation: None, expertise: None })
            .await
            .unwrap_err();
        assert_eq!(e.reason(), Reason::ExternalTrainerNeedsName);
        let actions: Vec<String> = app.audit_list(None, 20).await.unwrap().into_iter().map(|a| a.action).collect();
        assert!(
            actions.contains(&"venue.update".to_string()) && actions.contains(&"trainer.update".to_string()),
            "{actions:?}"
        );
    }
}
