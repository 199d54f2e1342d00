//! A manager reads the demo register's training hours for 2026 on the Reports screen: by unit,
//! then one service centre's staff by person, in the five languages, and saves them as XLSX.

use malaka_api::Malaka;
use malaka_api::core::model::{ReportFilter, ReportGrouping};

use crate::driver::App;

const CENTRE: &str = "Toshkent shahar Yunusobod tumani Davlat xizmatlari markazi";

fn year_2026(by: ReportGrouping, org: Option<&str>) -> ReportFilter {
    ReportFilter {
        from: "2026-01-01".into(),
        to: "2026-12-31".into(),
        organisation_id: org.map(Into::into),
        programme_id: None,
        kind: None,
        country: None,
        group_by: by,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_manager_reads_the_years_training_hours_by_unit_and_saves_them() {
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join("malaka.db");
    // The figures the screen must show, asked of the same register beforehand.
    let (centre, units, staff) = {
        let api = Malaka::open(&db).await.unwrap();
        api.demo_load().await.unwrap();
        let orgs = api.organisation_list().await.unwrap();
        let centre = orgs.into_iter().find(|o| o.name == CENTRE).expect("the demo's centre").id;
        let units = api.report_hours(&year_2026(ReportGrouping::Unit, None)).await.unwrap();
        let staff = api.report_hours(&year_2026(ReportGrouping::Person, Some(&centre))).await.unwrap();
        api.close().await;
        (centre, units, staff)
    };
    assert!(units.len() > 3 && !staff.is_empty(), "{units:?}");
    let app = App::launch_in(data).await;

    app.click("nav-reports").await;
    app.id("reports-page").await;
    app.set_value("report-filter-from", "2026-01-01").await;
    app.set_value("report-filter-to", "2026-12-31").await;
    app.wait_count("report-row", units.len()).await;
    app.wait_attr("report-hours-table", "aria-busy", "false").await;
    let centre_row = app.attr_of(&format!("[data-testid=\"report-row\"][data-key=\"{centre}\"]"), "data-key").await;
    assert_eq!(centre_row, centre);
    app.shot("71-report-hours-uz-Latn").await;
    for (locale, word) in
        [("az", "Təlim saatları"), ("uz-Cyrl", "Ўқиш соатлари"), ("ru", "Часы обучения"), ("en", "Training hours")]
    {
        app.select("locale-switcher", locale).await;
        app.wait_text("report-tab-hours", word).await;
        app.wait_count("report-row", units.len()).await;
        app.shot(&format!("72-report-hours-{locale}")).await;
    }
    app.select("locale-switcher", "uz-Latn").await;

    // One centre and its units, person by person.
    app.select("report-filter-org", &centre).await;
    app.select("report-filter-group", "person").await;
    app.wait_attr("report-hours-table", "aria-rowcount", &(staff.len() + 2).to_string()).await;
    app.wait_attr("report-hours-table", "aria-busy", "false").await;
    app.shot("73-report-hours-person").await;

    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("soatlar.xlsx");
    app.set_save(&file).await;
    app.click("report-export-xlsx").await;
    app.id("report-export-done").await;
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"PK") && bytes.len() > 1000, "an XLSX workbook");
    app.close().await;
}
