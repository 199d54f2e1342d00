//! An HR officer arranges the study visit to Baku in the desktop: the five-day visit of six staff,
//! its programme and flight, a visa refused and applied for again, then proposed, accepted by the
//! host and confirmed; a change after that asks for its reason and is listed as an amendment.

use fantoccini::Locator;
use malaka_api::Malaka;
use malaka_api::core::model::*;

use crate::driver::App;

const STAFF: [(&str, &str); 6] = [
    ("Normatov", "Mansur"),
    ("Rustamova", "Dilnoza"),
    ("Kamolov", "Umid"),
    ("Yusupova", "Malika"),
    ("Qodirov", "Sardor"),
    ("Ergasheva", "Nilufar"),
];

/// The agency, its partner in Baku and six staff.
async fn seed(db: &std::path::Path) -> (String, String) {
    let app = Malaka::open(db).await.unwrap();
    let org = |name: &str, code: &str, country: &str, kind: OrgKind| NewOrganisation {
        name: name.into(),
        short_code: Some(code.into()),
        country: country.into(),
        kind,
        parent_id: None,
    };
    let dxa = app.organisation_create(org("Davlat xizmatlari agentligi", "DXA", "UZ", OrgKind::Agency)).await.unwrap();
    let asan = app.organisation_create(org("ASAN xidmət", "ASAN", "AZ", OrgKind::Partner)).await.unwrap();
    for (family, given) in STAFF {
        let p = NewPerson {
            family_name: family.into(),
            given_name: given.into(),
            organisation_id: dxa.id.clone(),
            ..Default::default()
        };
        app.person_create(p).await.unwrap();
    }
    app.close().await;
    (dxa.id, asan.id)
}

/// Clicks the element with a test id inside the `n`-th member row (waiting for it to appear).
async fn click_in_member(app: &App, n: usize, test_id: &str) {
    let css = format!("[data-testid=\"{test_id}\"]");
    for _ in 0..150 {
        let rows = app.client.find_all(Locator::Css("[data-testid=\"member-row\"]")).await.unwrap();
        if let Some(row) = rows.get(n)
            && let Ok(el) = row.find(Locator::Css(&css)).await
            && el.click().await.is_ok()
        {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("no {test_id} to click in member {n}");
}

/// The attribute of the element with a test id in the `n`-th member row ("" while it is absent).
async fn attr_of_member(app: &App, n: usize, test_id: &str, attribute: &str) -> String {
    let rows = app.client.find_all(Locator::Css("[data-testid=\"member-row\"]")).await.unwrap();
    let css = format!("[data-testid=\"{test_id}\"]");
    match rows[n].find(Locator::Css(&css)).await {
        Ok(el) => el.attr(attribute).await.unwrap().unwrap_or_default(),
        Err(_) => String::new(),
    }
}

async fn record_visa(app: &App, member: usize, status: &str, on: &str) {
    click_in_member(app, member, "member-visa-record").await;
    app.id("visa-form").await;
    app.select("visa-field-status", status).await;
    app.set_value("visa-field-on", on).await;
    app.click("visa-save").await;
    for _ in 0..150 {
        if attr_of_member(app, member, "member-visa", "data-status").await == status {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the visa of member {member} never became {status}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_officer_arranges_the_visit_to_baku() {
    let data = tempfile::tempdir().unwrap();
    let (dxa, asan) = seed(&data.path().join("malaka.db")).await;
    let app = App::launch_in(data).await;

    app.click("nav-mobility").await;
    app.id("mobility-page").await;
    app.click("visit-new").await;
    app.id("visit-form").await;
    app.type_into("visit-field-title", "ASAN xidmət tajribasini oʻrganish").await;
    app.select("visit-field-sending_org", &dxa).await;
    app.select("visit-field-host_org", &asan).await;
    app.type_into("visit-field-host_city", "Bakı").await;
    app.set_value("visit-field-planned_start", "2027-04-12").await;
    app.set_value("visit-field-planned_end", "2027-04-16").await;
    app.click("visit-save").await;
    app.wait_text("visit-title", "ASAN xidmət tajribasini oʻrganish").await;
    app.wait_attr("visit-status", "data-status", "draft").await;

    // Six staff, the first as head with a passport that runs out too soon after the return.
    for (i, (family, _)) in STAFF.iter().enumerate() {
        app.click("visit-member-add").await;
        app.id("member-form").await;
        app.type_into("member-field-person", family).await;
        app.click("member-person-0").await;
        if i == 0 {
            app.select("member-field-role", "head").await;
            app.set_value("member-field-passport_valid_until", "2027-09-01").await;
        } else {
            app.set_value("member-field-passport_valid_until", "2031-01-01").await;
        }
        app.click("member-save").await;
        app.wait_count("member-row", i + 1).await;
    }
    app.wait_count("passport-warning", 1).await;

    // The second member's visa is refused, then applied for again.
    record_visa(&app, 1, "applied", "2027-03-01").await;
    record_visa(&app, 1, "refused", "2027-03-10").await;
    record_visa(&app, 1, "applied", "2027-03-12").await;
    click_in_member(&app, 1, "member-visa-history").await;
    app.wait_count("visa-history-row", 3).await;
    app.shot("60-visit-delegation").await;

    // A programme item on the host's clock, shown on the visitors' clock too; the flight out.
    app.click("visit-programme-add").await;
    app.id("programme-form").await;
    app.set_value("programme-field-date", "2027-04-13").await;
    app.set_value("programme-field-starts_local", "10:00").await;
    app.set_value("programme-field-ends_local", "12:00").await;
    app.type_into("programme-field-topic", "“Bir darcha”: qabul zalining ishi").await;
    app.type_into("programme-field-place", "Bakı 1 saylı ASAN xidmət mərkəzi").await;
    app.click("programme-save").await;
    app.wait_count("programme-item", 1).await;
    app.wait_text("programme-item-home-time", "11:00").await;

    app.click("visit-leg-add").await;
    app.id("leg-form").await;
    app.select("leg-field-mode", "flight").await;
    app.type_into("leg-field-from_place", "Toshkent (TAS)").await;
    app.type_into("leg-field-to_place", "Bakı (GYD)").await;
    app.set_value("leg-field-departs_on", "2027-04-12").await;
    app.set_value("leg-field-departs_local", "08:00").await;
    app.type_into("leg-field-departs_zone", "Asia/Tashkent").await;
    app.set_value("leg-field-arrives_on", "2027-04-12").await;
    // 06:30 in Baku is before 08:00 in Tashkent: refused, named at the arrival.
    app.set_value("leg-field-arrives_local", "06:30").await;
    app.type_into("leg-field-arrives_zone", "Asia/Baku").await;
    app.type_into("leg-field-carrier", "HY 51").await;
    app.click("leg-save").await;
    app.id("leg-form").await;
    app.wait_count("leg-row", 0).await;
    app.set_value("leg-field-arrives_local", "09:30").await;
    app.click("leg-save").await;
    app.wait_count("leg-row", 1).await;

    // Proposed, accepted by the host, confirmed.
    app.click("visit-status-proposed").await;
    app.wait_attr("visit-status", "data-status", "proposed").await;
    app.click("visit-host-accepted").await;
    app.wait_attr("visit-host-status", "data-status", "accepted").await;
    app.click("visit-status-confirmed").await;
    app.wait_attr("visit-status", "data-status", "confirmed").await;

    // After confirmation a change asks why and is kept as an amendment.
    app.click("visit-edit").await;
    app.id("visit-form").await;
    app.set_value("visit-field-planned_end", "2027-04-17").await;
    app.type_into("visit-field-reason", "Mezbon bir kun qoʻshdi").await;
    app.click("visit-save").await;
    app.wait_count("amendment-row", 1).await;
    app.wait_text("visit-amendments", "Mezbon bir kun qoʻshdi").await;
    app.shot("61-visit-confirmed-uz-Latn").await;
    for locale in ["az", "uz-Cyrl", "ru", "en"] {
        app.select("locale-switcher", locale).await;
        app.wait_attr("visit-status", "data-status", "confirmed").await;
        app.shot(&format!("62-visit-{locale}")).await;
    }
    app.select("locale-switcher", "uz-Latn").await;
    app.click("nav-mobility").await;
    app.wait_count("visit-row", 1).await;
    app.shot("63-mobility-list").await;
    app.close().await;
}
