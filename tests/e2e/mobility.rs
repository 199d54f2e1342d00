//! An HR officer arranges the study visit to Baku in the desktop: the five-day visit of six staff,
//! its programme and flight, a visa refused and applied for again, then proposed, accepted by the
//! host and confirmed; a change after that asks for its reason and is listed as an amendment. Both
//! visits and placements are then found on the Plan calendar, across their days.

use fantoccini::Locator;
use malaka_api::Malaka;
use malaka_api::core::model::*;

use crate::driver::App;

/// Saves what `button` prints into `file` (standing in for the save dialog) and reads the PDF's
/// words back, lines joined as the layout wrapped them.
async fn printed(app: &App, button: &str, file: &std::path::Path) -> String {
    app.set_save(file).await;
    app.click(button).await;
    pdf_saved(file).await
}

/// Waits for the PDF the app saves at `file` and reads its words back.
async fn pdf_saved(file: &std::path::Path) -> String {
    for _ in 0..300 {
        if std::fs::metadata(file).is_ok_and(|m| m.len() > 1000) {
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            let out = std::process::Command::new("pdftotext").arg(file).arg("-").output().expect("pdftotext");
            let text = String::from_utf8(out.stdout).unwrap();
            return text.split_whitespace().collect::<Vec<_>>().join(" ");
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("nothing saved to {}", file.display());
}

/// Clicks the element `css` finds (waiting for it).
async fn click_css(app: &App, css: &str) {
    for _ in 0..150 {
        if let Ok(el) = app.client.find(Locator::Css(css)).await
            && el.click().await.is_ok()
        {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("nothing to click at {css}");
}

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
    click_in(app, "member-row", n, test_id).await;
}

/// Clicks the element with `test_id` inside the `n`-th element with `row` (waiting for it).
async fn click_in(app: &App, row: &str, n: usize, test_id: &str) {
    let css = format!("[data-testid=\"{test_id}\"]");
    let rows_css = format!("[data-testid=\"{row}\"]");
    for _ in 0..150 {
        let rows = app.client.find_all(Locator::Css(&rows_css)).await.unwrap();
        if let Some(row) = rows.get(n)
            && let Ok(el) = row.find(Locator::Css(&css)).await
            && el.click().await.is_ok()
        {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("no {test_id} to click in {row} {n}");
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
    // The programme and the letter, printed in Azerbaijani and in Uzbek.
    let out = tempfile::tempdir().unwrap();
    let programme = printed(&app, "visit-print-programme", &out.path().join("programme-az.pdf")).await;
    for want in ["Səfər proqramı", "“Bir darcha”: qabul zalining ishi", "10:00–12:00", "11:00–13:00", "Asia/Baku"]
    {
        assert!(programme.contains(want), "{want} in the programme: {programme}");
    }
    let letter = printed(&app, "visit-print-letter", &out.path().join("letter-az.pdf")).await;
    assert!(letter.contains("Dəvətnamə") && letter.contains("Taklifnoma"), "both languages: {letter}");
    assert!(letter.contains("Normatov Mansur") && letter.contains("Nümayəndə heyətinin rəhbəri"), "{letter}");
    app.select("locale-switcher", "uz-Latn").await;
    app.wait_attr("visit-status", "data-status", "confirmed").await;
    let programme = printed(&app, "visit-print-programme", &out.path().join("programme-uz.pdf")).await;
    assert!(programme.contains("Tashrif dasturi") && programme.contains("Mehmonlar vaqti"), "{programme}");
    let letter = printed(&app, "visit-print-letter", &out.path().join("letter-uz.pdf")).await;
    assert!(letter.contains("Taklifnoma") && letter.contains("tanishuv tashrifiga taklif etadi"), "{letter}");
    app.shot("64-visit-printed").await;
    app.click("nav-mobility").await;
    app.wait_count("visit-row", 1).await;
    app.shot("63-mobility-list").await;

    // On the Plan calendar: the visit runs across its days in April's month, and opens its page.
    app.click("nav-plan").await;
    app.id("calendar-page").await;
    app.click("calendar-view-month").await;
    to_month(&app, 2027, 4).await;
    app.wait_count("calendar-span", 1).await;
    app.wait_attr("calendar-span", "data-kind", "visit").await;
    for (locale, today) in [("az", "Bu gün"), ("ru", "Сегодня"), ("uz-Latn", "Bugun")] {
        app.select("locale-switcher", locale).await;
        app.wait_text("calendar-today", today).await;
        app.wait_count("calendar-span", 1).await;
        app.shot(&format!("68-calendar-visit-{locale}")).await;
    }
    app.click("calendar-span").await;
    app.wait_text("visit-title", "ASAN xidmət tajribasini oʻrganish").await;
    app.close().await;
}

/// Pages the open calendar view month by month from today's (in Tashkent) to `year`-`month`.
async fn to_month(app: &App, year: i32, month: u32) {
    use chrono::Datelike;
    let today = (chrono::Utc::now() + chrono::Duration::hours(5)).date_naive();
    let steps = (year * 12 + month as i32) - (today.year() * 12 + today.month() as i32);
    let button = if steps >= 0 { "calendar-next" } else { "calendar-prev" };
    for _ in 0..steps.abs() {
        app.click(button).await;
    }
}

/// An officer sends a member of staff to ASAN for four weeks: proposes the placement with its
/// mentor and objectives, agrees it, logs two weeks and marks their days, prints the evaluation
/// form for the mentor, types the filled-in form back, closes the placement and issues its
/// certificate — seen in the five languages.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_officer_runs_a_four_week_internship_in_baku() {
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join("malaka.db");
    let (_dxa, asan) = seed(&db).await;
    crate::seed::signing_key(&db).await;
    let app = App::launch_in(data).await;

    app.click("nav-mobility").await;
    app.click("mobility-tab-internships").await;
    app.click("internship-new").await;
    app.id("internship-form").await;
    app.type_into("internship-field-intern", "Kamolov").await;
    app.click("internship-intern-0").await;
    app.select("internship-field-host_org", &asan).await;
    app.set_value("internship-field-planned_start", "2027-03-01").await;
    app.set_value("internship-field-planned_end", "2027-03-26").await;
    app.set_value("internship-field-hours_per_week", "40").await;
    app.click("internship-mentor-kind-outsider").await;
    app.type_into("internship-field-mentor_name", "Rəşad Əliyev").await;
    app.type_into("internship-field-mentor_position", "Qəbul zalının rəhbəri").await;
    if app.client.find_all(Locator::Css("[data-testid=\"objective-row\"]")).await.unwrap().is_empty() {
        app.click("internship-objective-add").await;
    }
    app.type_into("internship-field-objectives.1.text", "“Bir darcha” qabulini mustaqil olib borish").await;
    app.click("internship-objective-add").await;
    app.type_into("internship-field-objectives.2.text", "Navbat tahlili hisobotlarini oʻqish").await;
    app.click("internship-save").await;
    app.wait_attr("internship-status", "data-status", "proposed").await;
    for step in ["host_accepted", "agreed", "under_way"] {
        app.click(&format!("internship-status-{step}")).await;
        app.wait_attr("internship-status", "data-status", step).await;
    }

    // Two weeks logged, their days marked present.
    for (week, entry, comment) in [
        (0, "Qabul zalida mentor bilan ishladim.", "Yaxşı başlanğıc."),
        (1, "4-oynada mustaqil ishladim.", "Sənədləri daha diqqətlə yoxlasın."),
    ] {
        click_in(&app, "week-row", week, "week-edit").await;
        app.id("week-form").await;
        app.type_into("week-field-intern_entry", entry).await;
        app.type_into("week-field-mentor_comment", comment).await;
        app.click("week-save").await;
        app.wait_text("internship-weeks", entry).await;
        click_in(&app, "days-week", week, "days-week-present").await;
    }
    let present = "[data-testid=\"day-cell\"][data-status=\"present\"]";
    for _ in 0..150 {
        if app.client.find_all(Locator::Css(present)).await.unwrap().len() == 10 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(app.client.find_all(Locator::Css(present)).await.unwrap().len(), 10, "two weeks present");
    app.wait_text("internship-hours", "80").await;

    // The final evaluation form goes to the mentor on paper, in Azerbaijani…
    app.select("locale-switcher", "az").await;
    app.wait_attr("internship-status", "data-status", "under_way").await;
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("form-az.pdf");
    app.set_save(&file).await;
    click_css(&app, "[data-testid=\"evaluation-print-form\"][data-kind=\"final\"]").await;
    let form = pdf_saved(&file).await;
    for want in [
        "Təcrübə keçmənin yekun qiymətləndirmə vərəqəsi",
        "Kamolov Umid",
        "Rəşad Əliyev",
        "Navbat tahlili hisobotlarini oʻqish",
        "Mentorun imzası",
    ] {
        assert!(form.contains(want), "{want} in the form: {form}");
    }
    // …and comes back filled in: the officer types it in.
    app.select("locale-switcher", "uz-Latn").await;
    app.id("evaluation-form").await;
    app.select("evaluation-field-kind", "final").await;
    app.set_value("evaluation-field-on", "2027-03-26").await;
    app.type_into("evaluation-field-evaluator", "Rəşad Əliyev").await;
    app.select("evaluation-score-1", "5").await;
    app.select("evaluation-score-2", "4").await;
    app.type_into("evaluation-comment-2", "Hisobotlarni tez oʻqiydi").await;
    app.click("evaluation-field-from_paper").await;
    app.click("evaluation-save").await;
    app.wait_attr("internship-status", "data-status", "evaluated").await;
    app.wait_count("evaluation-from-paper", 1).await;

    app.click("internship-status-closed").await;
    app.wait_attr("internship-status", "data-status", "closed").await;
    // Signing asks for the key's passphrase once in the session.
    app.click("internship-certificate-issue").await;
    app.type_into("key-unlock-passphrase", crate::seed::KEY_PASSPHRASE).await;
    app.click("key-unlock-submit").await;
    let code = app.wait_text("internship-certificate-code", "UZ-DXA-").await;
    assert!(code.starts_with("UZ-DXA-"), "{code}");
    app.shot("65-internship-closed-uz-Latn").await;
    for locale in ["az", "uz-Cyrl", "ru", "en"] {
        app.select("locale-switcher", locale).await;
        app.wait_attr("internship-status", "data-status", "closed").await;
        app.shot(&format!("66-internship-{locale}")).await;
    }
    app.select("locale-switcher", "uz-Latn").await;
    app.click("nav-mobility").await;
    app.click("mobility-tab-internships").await;
    app.wait_count("internship-row", 1).await;
    app.shot("67-internships-list").await;

    // On the Plan calendar: the placement is a bar across the week of 8 March, above the hours.
    app.click("nav-plan").await;
    app.id("calendar-page").await;
    app.click("calendar-view-month").await;
    to_month(&app, 2027, 3).await;
    app.wait_attr("calendar-span", "data-kind", "internship").await;
    click_css(&app, "[data-testid=\"calendar-day\"][data-date=\"2027-03-08\"] .date").await;
    app.id("calendar-week-spans").await;
    app.wait_count("calendar-span", 1).await;
    app.shot("69-calendar-internship-week").await;
    app.click("calendar-view-year").await;
    app.id("calendar-year-spans").await;
    app.wait_attr("calendar-span", "data-kind", "internship").await;
    app.shot("70-calendar-year").await;
    app.close().await;
}
