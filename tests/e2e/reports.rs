//! A manager reads the demo register's training hours for 2026 on the Reports screen: by unit,
//! then one service centre's staff by person, in the five languages, and saves them as XLSX.

use malaka_api::Malaka;
use malaka_api::core::model::{AuditFilter, ReportFilter, ReportGrouping};

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
    app.click("report-tab-hours").await;
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

    // The same report printed: a landscape table naming the centre, every person on it.
    let pdf = out.path().join("soatlar.pdf");
    app.set_save(&pdf).await;
    app.click("report-export-pdf").await;
    app.id("report-export-done").await;
    let text =
        std::process::Command::new("pdftotext").args(["-layout"]).arg(&pdf).arg("-").output().expect("pdftotext");
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("Oʻqish soatlari") && text.contains(CENTRE), "{text}");
    assert!(text.contains("Davr: 01.01.2026 – 31.12.2026"), "{text}");
    for person in &staff {
        assert!(text.contains(&person.label), "{} is printed", person.label);
    }
    page_picture(&pdf, "74a-report-hours-pdf");
    app.close().await;
}

/// The first page of a printed PDF as a picture beside the screenshots, to look at.
fn page_picture(pdf: &std::path::Path, name: &str) {
    let shots = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("e2e-screenshots");
    let ok = std::process::Command::new("pdftoppm")
        .args(["-png", "-r", "70", "-singlefile", "-f", "1", "-l", "1"])
        .arg(pdf)
        .arg(shots.join(name))
        .status()
        .expect("pdftoppm (poppler-utils)");
    assert!(ok.success());
}

/// The `malaka` command built beside this test (the workspace's tests build it first).
fn malaka_command() -> std::path::PathBuf {
    let bin = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("../debug/malaka");
    assert!(bin.exists(), "build the malaka command first (cargo build -p malaka-cli): {}", bin.display());
    bin
}

/// An HR officer opens a staff member's record of learning on their page — every activity by
/// title with its hours and result, in the five languages —, prints it in Russian with
/// Azerbaijani beside, and the QR code on the PDF verifies with `malaka cert verify --file`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_officer_prints_a_persons_transcript_and_its_qr_verifies() {
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join("malaka.db");
    let (transcript, family_given) = {
        let api = Malaka::open(&db).await.unwrap();
        api.demo_load().await.unwrap();
        api.key_rotate(crate::seed::KEY_PASSPHRASE).await.unwrap();
        let mut best: Option<(malaka_api::core::model::Transcript, String)> = None;
        for p in api.person_list(None, 1000, 0).await.unwrap() {
            let t = api.person_transcript(&p.id).await.unwrap();
            if best.as_ref().is_none_or(|(b, _)| t.entries.len() > b.entries.len()) {
                best = Some((t, format!("{} {}", p.family_name, p.given_name)));
            }
        }
        api.close().await;
        best.expect("the demo has people")
    };
    assert!(transcript.entries.len() >= 2, "{transcript:?}");
    let app = App::launch_in(data).await;

    app.click("nav-people").await;
    app.type_into("people-search", &family_given).await;
    app.wait_text("people-list", &transcript.name).await;
    app.click("person-row").await;
    app.wait_count("transcript-row", transcript.entries.len()).await;
    let first = &transcript.entries[0];
    app.wait_text("person-transcript", &first.title).await;
    let shown = app.attr_of("[data-testid=\"transcript-row\"]", "data-activity-id").await;
    assert_eq!(shown, first.activity_id, "in the order they began");
    app.shot("74-transcript-uz-Latn").await;
    for (locale, word) in [
        ("az", "İxtisasartırma haqqında çıxarış"),
        ("uz-Cyrl", "Малака ошириш ҳақида кўчирма"),
        ("ru", "Выписка о повышении квалификации"),
        ("en", "Record of learning"),
    ] {
        app.select("locale-switcher", locale).await;
        app.wait_text("person-transcript", word).await;
        app.shot(&format!("75-transcript-{locale}")).await;
    }
    app.select("locale-switcher", "uz-Latn").await;
    app.wait_text("person-transcript", "Malaka oshirish haqida koʻchirma").await;

    // Printed in Russian with Azerbaijani beside; signing asks for the key's passphrase once.
    let pdf = app.data.path().join("transcript.pdf");
    app.set_save(&pdf).await;
    app.click("transcript-print").await;
    app.select("transcript-print-locale", "ru").await;
    app.select("transcript-print-also", "az").await;
    app.shot("76-transcript-print").await;
    app.click("transcript-print-save").await;
    app.type_into("key-unlock-passphrase", crate::seed::KEY_PASSPHRASE).await;
    app.click("key-unlock-submit").await;
    app.wait_text("transcript-print-done", "transcript.pdf").await;
    let text = std::process::Command::new("pdftotext").arg(&pdf).arg("-").output().expect("pdftotext").stdout;
    let text = String::from_utf8(text).unwrap();
    assert!(text.contains("Выписка о повышении квалификации") && text.contains("çıxarış"), "{text}");
    assert!(text.contains(&transcript.name), "{text}");

    // The register's own command reads the QR code off the PDF and vouches for it.
    let out = std::process::Command::new(malaka_command())
        .arg("--db")
        .arg(&db)
        .args(["cert", "verify", "--file"])
        .arg(&pdf)
        .output()
        .expect("malaka");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        said.starts_with("valid: transcript T-") && said.contains(&format!("holder: {}", transcript.name)),
        "{said}"
    );
    assert!(said.contains("the register gives the same entries"), "{said}");
    app.close().await;
}

/// A manager opens Reports on its dashboard (the demo's 2026 beside 2025, in the five languages,
/// a chart read as its table), then completion by activity, attendance person by person, and
/// the audit log narrowed to one action and saved as CSV.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_manager_reads_the_dashboard_completion_attendance_and_the_audit_log() {
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join("malaka.db");
    let (dashboard, completion, attendance, creations, load, mobility, certificates) = {
        let api = Malaka::open(&db).await.unwrap();
        api.demo_load().await.unwrap();
        // Certificates for every activity with someone who completed it, one revoked.
        api.key_rotate(crate::seed::KEY_PASSPHRASE).await.unwrap();
        let mut issued = Vec::new();
        for row in api.report_completion(&year_2026(ReportGrouping::Activity, None)).await.unwrap() {
            let input = malaka_api::certificate::IssueInput { activity_id: row.key.unwrap(), person_ids: None };
            if let Ok(done) = api.certificate_issue(&input).await {
                issued.extend(done.issued);
            }
        }
        assert!(!issued.is_empty(), "the demo has people who completed");
        api.certificate_revoke(&issued[0].code, "issued in error").await.unwrap();
        let this_year = chrono::Datelike::year(&chrono::Utc::now());
        let year = |by| ReportFilter {
            from: format!("{this_year}-01-01"),
            to: format!("{this_year}-12-31"),
            ..year_2026(by, None)
        };
        let certificates = api.report_certificates(&year(ReportGrouping::Month)).await.unwrap();
        let load = api.report_trainers(&year_2026(ReportGrouping::Person, None)).await.unwrap();
        let mobility = api.report_mobility(&year_2026(ReportGrouping::Unit, None)).await.unwrap();
        let dashboard = api.dashboard(2026).await.unwrap();
        let completion = api.report_completion(&year_2026(ReportGrouping::Activity, None)).await.unwrap();
        let attendance = api.report_attendance(&year_2026(ReportGrouping::Person, None)).await.unwrap();
        let filter = AuditFilter { action: Some("organisation.create".into()), ..Default::default() };
        let creations = api.audit_page(&filter).await.unwrap().rows.len();
        api.close().await;
        (dashboard, completion, attendance, creations, load, mobility, certificates)
    };
    assert!(!load.is_empty() && !mobility.is_empty() && !certificates.is_empty());
    assert!(dashboard.hours.this_year > 0.0 && !completion.is_empty() && !attendance.is_empty());
    let app = App::launch_in(data).await;

    app.click("nav-reports").await;
    app.id("dashboard").await;
    // The dashboard opens on this year; the demo's year is chosen only when that is another one
    // (choosing the shown year again would reload it under the screenshot).
    if chrono::Datelike::year(&chrono::Utc::now()) != 2026 {
        app.select("dashboard-year", "2026").await;
    }
    app.wait_attr("dashboard-hours", "data-this-year", &dashboard.hours.this_year.to_string()).await;
    app.id("dashboard-hours-chart").await;
    app.wait_attr("dashboard-completion", "aria-busy", "false").await;
    app.shot("77-dashboard-uz-Latn").await;
    for locale in ["az", "uz-Cyrl", "ru", "en"] {
        app.select("locale-switcher", locale).await;
        app.id("dashboard-hours-chart").await;
        app.shot(&format!("78-dashboard-{locale}")).await;
    }
    app.select("locale-switcher", "uz-Latn").await;
    app.click("dashboard-table-toggle").await;
    app.shot("79-dashboard-table").await;

    app.click("report-tab-completion").await;
    app.set_value("report-filter-from", "2026-01-01").await;
    app.set_value("report-filter-to", "2026-12-31").await;
    app.wait_count("completion-row", completion.len()).await;
    app.wait_attr("completion-table", "aria-busy", "false").await;
    app.shot("80-report-completion").await;

    app.click("report-tab-attendance").await;
    app.id("attendance-report").await;
    app.id("attendance-row").await;
    app.wait_attr("attendance-table", "aria-busy", "false").await;
    app.shot("81-report-attendance").await;

    app.click("report-tab-audit").await;
    app.id("audit-log").await;
    app.select("audit-filter-action", "organisation.create").await;
    app.wait_count("audit-row", creations).await;
    app.shot("82-audit-log").await;
    let file = app.data.path().join("audit.csv");
    app.set_save(&file).await;
    app.click("audit-export-csv").await;
    app.id("audit-export-done").await;
    let csv = std::fs::read_to_string(&file).unwrap();
    assert_eq!(csv.lines().count(), creations + 1, "{csv}");

    // Trainers' load: a row per trainer, their sessions as the API counts them; in Azerbaijani.
    app.click("report-tab-trainers").await;
    app.id("trainers-report").await;
    app.set_value("report-filter-from", "2026-01-01").await;
    app.set_value("report-filter-to", "2026-12-31").await;
    app.wait_count("trainers-row", load.len()).await;
    app.wait_attr("trainers-table", "aria-busy", "false").await;
    let first = &load[0];
    let css = format!("[data-testid=\"trainers-row\"][data-trainer-id=\"{}\"]", first.trainer_id);
    assert_eq!(app.attr_of(&css, "data-trainer-id").await, first.trainer_id);
    app.shot("83-report-trainers").await;
    app.select("locale-switcher", "az").await;
    app.wait_text("report-tab-trainers", "Təlimçilərin yükü").await;
    app.shot("84-report-trainers-az").await;
    app.select("locale-switcher", "uz-Latn").await;

    // Mobility: the demo's visits and placements by direction, partner and status.
    app.click("report-tab-mobility").await;
    app.id("mobility-report").await;
    app.wait_count("mobility-row", mobility.len()).await;
    app.wait_attr("mobility-table", "aria-busy", "false").await;
    app.shot("85-report-mobility").await;

    // Certificates this year, by month, and the list printed.
    app.click("report-tab-certificates").await;
    app.id("certificates-report").await;
    let this_year = chrono::Datelike::year(&chrono::Utc::now());
    app.set_value("report-filter-from", &format!("{this_year}-01-01")).await;
    app.set_value("report-filter-to", &format!("{this_year}-12-31")).await;
    app.select("report-filter-group", "month").await;
    app.wait_count("certificates-row", certificates.len()).await;
    app.wait_attr("certificates-table", "aria-busy", "false").await;
    app.shot("86-report-certificates").await;
    let pdf = app.data.path().join("sertifikatlar.pdf");
    app.set_save(&pdf).await;
    app.click("certificates-export-pdf").await;
    app.id("certificates-export-done").await;
    let text = std::process::Command::new("pdftotext").arg(&pdf).arg("-").output().expect("pdftotext").stdout;
    let text = String::from_utf8(text).unwrap();
    assert!(text.contains("Sertifikatlar") && text.contains(&certificates[0].series), "{text}");
    page_picture(&pdf, "87-report-certificates-pdf");
    app.close().await;
}
