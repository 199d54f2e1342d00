//! One activity with one session and the people named enrolled, in a fresh database.

#![allow(dead_code)]

use malaka_api::Malaka;
use malaka_api::core::model::*;

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
    let dir = tempfile::tempdir().unwrap();
    let app = Malaka::open(&dir.path().join("malaka.db")).await.unwrap();
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
