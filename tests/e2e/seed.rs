//! Fills a database through the same `api` the app uses, before the app opens it: a trainer's
//! training with a session yesterday and one today, and 40 people enrolled.

use std::path::Path;

use chrono::{Duration, Utc};
use malaka_api::Malaka;
use malaka_api::core::model::*;

pub struct Course {
    pub trainer: String,
    pub yesterday: String,
    pub today: String,
    /// By name, as the roll lists them.
    pub people: Vec<(String, String)>,
}

const FAMILIES: [&str; 8] =
    ["Abdullayev", "Boboyeva", "Gʻofurov", "Jalilova", "Karimov", "Mirzayeva", "Oʻrinov", "Qodirova"];
const GIVEN: [&str; 5] = ["Aziz", "Barno", "Dilshod", "Gulnora", "Jamshid"];

pub async fn course(db: &Path) -> Course {
    let app = Malaka::open(db).await.unwrap();
    let org = app
        .organisation_create(NewOrganisation {
            name: "Toshkent shahar Davlat xizmatlari markazi".into(),
            short_code: Some("DXM-TSH".into()),
            country: "UZ".into(),
            kind: OrgKind::ServiceCentre,
            parent_id: None,
        })
        .await
        .unwrap();
    let trainer =
        app.trainer_create(NewTrainer { name: Some("Dilnoza Karimova".into()), ..Default::default() }).await.unwrap();
    // Tashkent's today, with sessions at noon so no time zone moves them to another day.
    let today = (Utc::now() + Duration::hours(5)).date_naive();
    let day = |d: i64| (today + Duration::days(d)).format("%Y-%m-%d").to_string();
    let activity = app
        .activity_create(NewActivity {
            kind: ActivityKind::Training,
            title: "Mijozlarga xizmat koʻrsatish standartlari".into(),
            programme_id: None,
            status: None,
            starts_on: day(-7),
            ends_on: day(7),
            host_org_id: org.id.clone(),
            partner_org_ids: vec![],
            venue_id: None,
            capacity: Some(40),
            language: "uz-Latn".into(),
            planned_hours: Some(6.0),
            description: None,
        })
        .await
        .unwrap();
    let session = |d: i64| NewSession {
        activity_id: activity.id.clone(),
        title: None,
        starts_local: format!("{}T11:00", day(d)),
        ends_local: format!("{}T14:00", day(d)),
        time_zone: Some("Asia/Tashkent".into()),
        venue_id: None,
        trainer_ids: vec![trainer.id.clone()],
    };
    let yesterday = app.session_create(session(-1), false).await.unwrap();
    let today_session = app.session_create(session(0), false).await.unwrap();
    let mut people = Vec::new();
    for i in 0..40 {
        let p = app
            .person_create(NewPerson {
                family_name: FAMILIES[i % FAMILIES.len()].into(),
                given_name: format!("{} {:02}", GIVEN[i % GIVEN.len()], i),
                organisation_id: org.id.clone(),
                ..Default::default()
            })
            .await
            .unwrap();
        app.enrolment_create(&activity.id, &p.id, EnrolmentRole::Participant).await.unwrap();
        people.push((p.id.clone(), p.display_name()));
    }
    let roll = app.attendance_roll(&today_session.id).await.unwrap();
    let people = roll.people.iter().map(|p| (p.person_id.clone(), p.person_name.clone())).collect();
    app.close().await;
    Course { trainer: trainer.id, yesterday: yesterday.id, today: today_session.id, people }
}

/// The signing key's passphrase in the journeys.
pub const KEY_PASSPHRASE: &str = "the issuer's passphrase";

/// Sets up the certificate signing key, as an administrator does once.
pub async fn signing_key(db: &Path) {
    let app = Malaka::open(db).await.unwrap();
    app.key_rotate(KEY_PASSPHRASE).await.unwrap();
    app.close().await;
}

/// Marks the first `n` people on the roll present in both sessions, so they are eligible.
pub async fn attend(db: &Path, course: &Course, n: usize) {
    let app = Malaka::open(db).await.unwrap();
    let mut marks = Vec::new();
    for session in [&course.yesterday, &course.today] {
        for (person, _) in &course.people[..n] {
            marks.push(NewMark {
                session_id: session.clone(),
                person_id: person.clone(),
                status: Some(AttendanceStatus::Present),
                minutes_late: None,
                note: None,
                reason: None,
                expected_version: None,
            });
        }
    }
    app.attendance_mark(&marks).await.unwrap();
    app.close().await;
}

/// What an HR officer plans with: a host agency with a front-office unit of 30 people, a
/// trainer, and venues in Tashkent and Baku.
pub struct Planning {
    pub host: String,
    pub unit: String,
    pub trainer: String,
    pub tashkent: String,
    pub baku: String,
}

pub async fn planning(db: &Path) -> Planning {
    let app = Malaka::open(db).await.unwrap();
    let org = |name: &str, code: &str, kind: OrgKind, parent: Option<String>| NewOrganisation {
        name: name.into(),
        short_code: Some(code.into()),
        country: "UZ".into(),
        kind,
        parent_id: parent,
    };
    let host = app.organisation_create(org("Davlat xizmatlari agentligi", "DXA", OrgKind::Agency, None)).await.unwrap();
    let unit =
        app.organisation_create(org("Front ofis", "DXA-FO", OrgKind::Unit, Some(host.id.clone()))).await.unwrap();
    for n in 0..30 {
        let p = NewPerson {
            family_name: FAMILIES[n % 8].into(),
            given_name: GIVEN[n / 8].into(),
            organisation_id: host.id.clone(),
            unit_id: Some(unit.id.clone()),
            personnel_number: Some(format!("FO-{n:02}")),
            ..Default::default()
        };
        app.person_create(p).await.unwrap();
    }
    let trainer =
        app.trainer_create(NewTrainer { name: Some("Dilnoza Karimova".into()), ..Default::default() }).await.unwrap();
    let venue = |name: &str, city: &str, country: &str, zone: &str| NewVenue {
        name: name.into(),
        address: None,
        city: city.into(),
        country: country.into(),
        time_zone: zone.into(),
        capacity: Some(40),
    };
    let tashkent = app.venue_create(venue("Oʻquv markazi", "Toshkent", "UZ", "Asia/Tashkent")).await.unwrap();
    let baku = app.venue_create(venue("ASAN xidmət №1", "Bakı", "AZ", "Asia/Baku")).await.unwrap();
    app.close().await;
    Planning { host: host.id, unit: unit.id, trainer: trainer.id, tashkent: tashkent.id, baku: baku.id }
}
