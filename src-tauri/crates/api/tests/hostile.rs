//! Hostile input through the use cases: an endless template, impossible dates, a picture bomb as
//! a logo. Each gets its clear reason and the register keeps working.

mod common;

use common::course;
use malaka_api::core::Reason;
use malaka_api::core::model::{ActivityKind, NewActivity};
use malaka_api::person::PersonQuery;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_endless_template_is_stopped_after_ten_seconds_and_the_app_keeps_working() {
    let c = course(&[("Karimova", "Dilnoza")]).await;
    let info = c.app.certificate_template_copy("DXA").await.unwrap();
    std::fs::write(&info.path, "#for i in range(100000) { for j in range(100000) { } }\nNever printed.").unwrap();
    let started = std::time::Instant::now();
    let e = c.app.certificate_template_preview("DXA", "uz-Latn", None).await.unwrap_err();
    assert_eq!(e.reason(), Reason::TemplateTooSlow { seconds: 10 });
    assert!(started.elapsed().as_secs() < 15, "{:?}", started.elapsed());
    let page = c.app.person_query(&PersonQuery { limit: 10, ..Default::default() }).await.unwrap();
    assert_eq!(page.total, 1, "the register still answers");
}

#[tokio::test]
async fn dates_beyond_any_calendar_are_refused_with_a_reason() {
    let c = course(&[]).await;
    let org = c.app.organisation_find("DXA").await.unwrap();
    let activity = |starts: &str, ends: &str| NewActivity {
        kind: ActivityKind::Seminar,
        title: "Yil oxiri".into(),
        programme_id: None,
        status: None,
        starts_on: starts.into(),
        ends_on: ends.into(),
        host_org_id: org.id.clone(),
        partner_org_ids: vec![],
        venue_id: None,
        capacity: None,
        language: "uz-Latn".into(),
        planned_hours: None,
        description: None,
    };
    let e = c.app.activity_create(activity("+262142-12-30", "+262142-12-31")).await.unwrap_err();
    assert_eq!((e.field(), e.reason()), (Some("starts_on"), Reason::NotADate { value: "+262142-12-30".into() }));
    let e = c.app.activity_create(activity("2026-12-01", "2200-01-01")).await.unwrap_err();
    assert_eq!(e.reason(), Reason::YearOutOfRange { min: 1900, max: 2199 });
}

#[tokio::test]
async fn a_logo_claiming_a_million_pixels_a_side_is_refused_before_it_is_decoded() {
    let c = course(&[]).await;
    let path = c.dir.path().join("logo.png");
    // A PNG header stating 1,000,000 × 1,000,000 pixels (CRCs are not checked before the size).
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bytes.extend_from_slice(&1_000_000u32.to_be_bytes());
    bytes.extend_from_slice(&1_000_000u32.to_be_bytes());
    bytes.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
    std::fs::write(&path, &bytes).unwrap();
    let e = c.app.organisation_logo_set("DXA", &path).await.unwrap_err();
    assert!(matches!(e.reason(), Reason::PictureDimensions { width: 1_000_000, height: 1_000_000, .. }), "{e}");
}
