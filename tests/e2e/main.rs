//! The desktop app end to end, as a user drives it: through the real webview (WebKitGTK) via
//! tauri-driver and WebKitWebDriver, on a fresh database. Run under Xvfb (see scripts/test.sh).

mod attendance;
mod certificates;
mod driver;
mod mobility;
mod planning;
mod reports;
mod seed;
mod team;

use driver::App;

const ORG_NAME: &str = "Samarqand viloyati Davlat xizmatlari markazi";

/// A staff list with one bad row (a date that does not exist); row 3 as a spreadsheet counts.
const BROKEN_CSV: &str = "Familiya;Ismi;Tabel raqami;Tug'ilgan sana\n\
                          Qodirov;Sardor;501;12.03.1990\n\
                          Ergasheva;Nilufar;502;31.02.1991\n";
const FIXED_CSV: &str = "Familiya;Ismi;Tabel raqami;Tug'ilgan sana\n\
                         Qodirov;Sardor;501;12.03.1990\n\
                         Ergasheva;Nilufar;502;28.02.1991\n";

const HR_CSV: &str = "Фамилия;Имя;Табельный номер;Подразделение;Дата приёма\n\
                      Саидова;Нилуфар;601;Ҳужжатлар бўлими;01.03.2021\n\
                      Tosheva;Malika;602;Hujjatlar boʻlimi;15.09.2014\n";

/// Opens the import wizard from the People screen, picks `file` for `org_id` and checks it.
async fn check_import(app: &App, file: &std::path::Path, org_id: &str) {
    app.click("people-import").await;
    app.set_pick(file).await;
    app.click("import-pick").await;
    let name = file.file_name().unwrap().to_str().unwrap();
    app.wait_text("import-file-name", name).await;
    app.select("import-org", org_id).await;
    app.click("import-check").await;
}

/// A message shown to a Russian-speaking user: Cyrillic words, and none of the English the server
/// or the database would have used.
fn assert_russian_only(text: &str) {
    assert!(text.chars().any(|c| ('а'..='я').contains(&c)), "not Russian: {text}");
    for english in ["already", "UNIQUE", "constraint", "imported on", "pass --force", "error"] {
        assert!(!text.contains(english), "{english:?} in {text}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_user_sets_up_people_and_finds_them_in_the_other_script() {
    let app = App::launch().await;

    // A fresh database: the first-run choice, then start empty.
    app.id("welcome").await;
    app.shot("01-welcome").await;
    app.click("welcome-start-empty").await;
    app.id("people-list").await;

    // Switch the language at run time: the navigation follows.
    app.select("locale-switcher", "ru").await;
    app.wait_text("nav-people", "Сотрудники").await;
    app.wait_text("nav-organisations", "Организации").await;

    // Create an organisation.
    app.click("nav-organisations").await;
    app.click("org-new").await;
    app.type_into("org-field-name", ORG_NAME).await;
    app.type_into("org-field-short_code", "DXM-SAM").await;
    app.type_into("org-field-country", "UZ").await;
    app.select("org-field-kind", "service_centre").await;
    app.click("org-save").await;
    app.wait_text("org-tree", ORG_NAME).await;
    app.shot("02-organisations").await;

    // Create a person; a bad e-mail is shown beside its field and nothing is saved.
    app.click("nav-people").await;
    app.click("people-new").await;
    app.type_into("field-family_name", "Gʻulomov").await;
    app.type_into("field-given_name", "Oʻtkir").await;
    let org_id = app.option_value("field-organisation", ORG_NAME).await;
    app.select("field-organisation", &org_id).await;
    app.type_into("field-personnel_number", "100").await;
    app.type_into("field-email", "not-an-address").await;
    app.click("person-save").await;
    app.wait_text("error-email", "@").await;
    app.type_into("field-email", "o.gulomov@dxm.uz").await;
    // Dates as a Russian officer types them; hired before being born is refused beside the hire
    // date, in Russian.
    app.type_into("field-birth_date", "07.05.1990").await;
    app.type_into("field-hired_on", "01.09.1985").await;
    app.click("person-save").await;
    app.wait_text("error-hired_on", "позже даты рождения").await;
    app.shot("03a-hire-date-refused").await;
    app.type_into("field-hired_on", "01.09.2015").await;
    app.click("person-save").await;
    app.wait_text("person-name", "Gʻulomov Oʻtkir").await;
    app.shot("03-person").await;

    // The same personnel number again: refused under its field, in Russian, without the
    // database's words or the server's English.
    app.click("nav-people").await;
    app.click("people-new").await;
    app.type_into("field-family_name", "Rahimov").await;
    app.type_into("field-given_name", "Jasur").await;
    app.select("field-organisation", &org_id).await;
    app.type_into("field-personnel_number", "100").await;
    app.click("person-save").await;
    let taken = app.wait_text("error-personnel_number", "другому сотруднику").await;
    assert_russian_only(&taken);
    app.shot("03b-duplicate-number").await;

    // Import a CSV with one bad row: the problem is named by row and column, nothing is imported.
    let dir = app.data.path().to_owned();
    let broken = dir.join("xodimlar.csv");
    std::fs::write(&broken, BROKEN_CSV).unwrap();
    app.click("nav-people").await;
    app.wait_text("people-total", "1").await;
    check_import(&app, &broken, &org_id).await;
    let problems = app.wait_text("import-problems", "31.02.1991").await;
    assert!(problems.contains('3'), "the problem names row 3: {problems}");
    app.shot("04-import-problems").await;
    app.click("nav-people").await;
    app.wait_text("people-total", "1").await;

    // Fix the file and import it all.
    let fixed = dir.join("xodimlar-tuzatilgan.csv");
    std::fs::write(&fixed, FIXED_CSV).unwrap();
    check_import(&app, &fixed, &org_id).await;
    app.id("import-check-ok").await;
    app.click("import-run").await;
    app.wait_text("import-summary-count", "2").await;
    app.shot("05-import-done").await;

    // The same file once more: the wizard says, in Russian, that it was imported and when.
    app.click("nav-people").await;
    check_import(&app, &fixed, &org_id).await;
    let again = app.wait_text("import-error", "уже импортирован").await;
    assert!(again.contains("xodimlar-tuzatilgan.csv") && again.contains("строк: 2"), "{again}");
    assert_russian_only(&again);
    app.id("import-force").await;
    app.shot("05b-import-again").await;

    // An HR export as it comes: a unit the register does not have yet (spelt two ways) and hire
    // dates. The check lists the unit once; confirmed as it is offered (create it), everyone is
    // imported in one go, with their hire dates.
    let hr = dir.join("kadrlar-eksport.csv");
    std::fs::write(&hr, HR_CSV).unwrap();
    app.click("nav-people").await;
    check_import(&app, &hr, &org_id).await;
    app.wait_text("unknown-unit-0", "Ҳужжатлар бўлими").await;
    app.shot("05c-import-new-unit").await;
    app.click("import-run").await;
    app.wait_text("import-summary-count", "2").await;
    app.wait_text("import-summary-units", "1").await;

    // Find people by typing their names in the other script.
    app.click("nav-people").await;
    app.wait_text("people-total", "5").await;
    app.type_into("people-search", "Эргашева").await;
    app.wait_text_without("people-list", "Ergasheva Nilufar", Some("Qodirov")).await;
    app.type_into("people-search", "ғулом").await;
    app.wait_text_without("people-list", "Gʻulomov Oʻtkir", Some("Ergasheva")).await;
    app.shot("06-people-search").await;

    app.click("nav-settings").await;
    app.id("settings-stats").await;
    app.shot("07-settings").await;

    // In Uzbek, a venue added on the desktop (it was a command-line task) with the backup at hand.
    app.select("locale-switcher", "uz-Latn").await;
    app.wait_text("nav-settings", "Sozlamalar").await;
    app.click("venue-add").await;
    app.type_into("venue-field-name", "Katta majlislar zali").await;
    app.type_into("venue-field-city", "Toshkent").await;
    app.shot("07b-venue-form-uz").await;
    app.click("venue-save").await;
    app.wait_text("venue-row-0", "Katta majlislar zali").await;
    app.wait_text("backup-panel", "Zaxira nusxa").await;
    app.shot("07c-settings-uz").await;
    app.close().await;
}
