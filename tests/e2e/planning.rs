//! An HR officer plans a training of eight recurring sessions in Tashkent, nominates a unit of 30
//! to its 25 seats, approves them (five wait), cancels one (the first waiting moves up), then plans
//! a study visit to Baku and, booking the same trainer at the same instant, sees the conflict and
//! overrides it knowingly.

use chrono::{Datelike, Duration, Utc, Weekday};
use malaka_api::Malaka;

use crate::driver::App;
use crate::seed;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_officer_plans_nominates_approves_and_sees_a_double_booking() {
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join("malaka.db");
    let plan = seed::planning(&db).await;
    // A Tuesday at least a week ahead, so the scenario never ages.
    let mut first = (Utc::now() + Duration::hours(5)).date_naive() + Duration::days(7);
    while first.weekday() != Weekday::Tue {
        first += Duration::days(1);
    }
    let thursday = first + Duration::days(2);
    let app = App::launch_in(data).await;

    // A 25-seat training in Tashkent.
    app.click("nav-plan").await;
    app.id("calendar-page").await;
    app.click("plan-tab-activities").await;
    app.click("activity-new").await;
    app.id("activity-form").await;
    app.select("field-kind", "training").await;
    app.type_into("field-title", "Mijozlarga xizmat koʻrsatish").await;
    app.set_value("field-starts_on", &first.to_string()).await;
    app.set_value("field-ends_on", &(first + Duration::days(27)).to_string()).await;
    app.select("field-host", &plan.host).await;
    app.select("field-venue", &plan.tashkent).await;
    app.type_into("field-capacity", "25").await;
    app.click("activity-save").await;
    app.wait_text("activity-title", "Mijozlarga xizmat koʻrsatish").await;

    // Tuesdays and Thursdays 14:00–17:00 for four weeks: eight sessions, checked before saving.
    app.click("session-add").await;
    app.id("session-form").await;
    app.set_value("session-date", &first.to_string()).await;
    app.set_value("session-start", "14:00").await;
    app.set_value("session-end", "17:00").await;
    app.click(&format!("session-trainer-{}", plan.trainer)).await;
    app.click("session-repeat").await;
    app.click("repeat-day-4").await;
    app.type_into("repeat-weeks", "4").await;
    app.click("session-check").await;
    app.wait_count("preview-row", 8).await;
    app.click("session-save").await;
    app.wait_count("session-row", 8).await;
    app.shot("30-eight-sessions").await;

    // Nominate the whole front office (30), approve all: 25 seats, 5 waiting.
    app.select("nominate-unit", &plan.unit).await;
    app.click("nominate-unit-go").await;
    app.wait_text("nominate-report", "30").await;
    app.click("approve-all").await;
    app.wait_attr("seats-count", "data-taken", "25").await;
    app.wait_attr("waitlist", "data-count", "5").await;
    let next_up = app.id("waitlist-row").await.attr("data-person-name").await.unwrap().unwrap();

    // One seat holder cancels: the first waiting person is promoted, and the page says so.
    let seat = app
        .client
        .find(fantoccini::Locator::Css("[data-testid=\"enrolment-enrolled\"] [data-testid=\"enrolment-cancel\"]"));
    seat.await.unwrap().click().await.unwrap();
    app.type_into("cancel-enrolment-reason", "Kasallik varaqasi").await;
    app.click("cancel-enrolment-confirm").await;
    app.wait_text("promoted-message", &next_up).await;
    app.wait_attr("waitlist", "data-count", "4").await;
    app.wait_attr("seats-count", "data-taken", "25").await;
    app.shot("31-waitlist-promoted").await;

    // A study visit to Baku; the same trainer at 13:00 Baku time is 14:00 in Tashkent: a clash.
    app.click("plan-tab-activities").await;
    app.click("activity-new").await;
    app.id("activity-form").await;
    app.select("field-kind", "study_visit").await;
    app.type_into("field-title", "Bakıya tanışlıq səfəri").await;
    app.set_value("field-starts_on", &thursday.to_string()).await;
    app.set_value("field-ends_on", &(thursday + Duration::days(1)).to_string()).await;
    app.select("field-host", &plan.host).await;
    app.select("field-venue", &plan.baku).await;
    app.click("activity-save").await;
    app.wait_text("activity-title", "Bakıya").await;
    app.click("session-add").await;
    app.set_value("session-date", &thursday.to_string()).await;
    app.set_value("session-start", "13:00").await;
    app.set_value("session-end", "16:00").await;
    app.click(&format!("session-trainer-{}", plan.trainer)).await;
    app.click("session-check").await;
    let clash = app.wait_text("conflict-row", "Dilnoza Karimova").await;
    assert!(clash.contains("Mijozlarga xizmat koʻrsatish") && clash.contains("Bakıya"), "both sessions named: {clash}");
    assert!(clash.contains("bir vaqtda"), "in Uzbek: {clash}");
    app.shot("32-conflict").await;
    // An Azerbaijani officer reads the same clash in Azerbaijani, both sessions still named.
    app.select("locale-switcher", "az").await;
    let clash = app.wait_text("conflict-row", "vaxt üst-üstə düşür").await;
    assert!(clash.contains("Təlimçi Dilnoza Karimova") && clash.contains("«Bakıya"), "{clash}");
    app.shot("32b-conflict-az").await;
    app.select("locale-switcher", "uz-Latn").await;
    app.click("session-save").await;
    app.wait_count("session-row", 0).await;
    app.click("session-override").await;
    app.click("session-save").await;
    app.wait_count("session-row", 1).await;
    // Baku's clock and the viewer's (Tashkent) both shown.
    app.wait_text("session-local-time", "13:00").await;
    app.wait_text("session-viewer-time", "14:00").await;

    // The audit log (read while the app runs, as a second desktop would) tells what happened.
    let check = Malaka::open(&db).await.unwrap();
    let log = check.audit_list(None, 1000).await.unwrap();
    assert!(log.iter().any(|e| e.action == "session.conflict_override" && e.summary.contains("Dilnoza Karimova")));
    assert!(log.iter().any(|e| e.action == "enrolment.promote" && e.summary.contains(&next_up)));
    check.close().await;
    app.close().await;
}
