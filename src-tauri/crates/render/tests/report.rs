//! Printed reports rendered for real and read back with poppler's `pdftotext` and `pdfinfo`.

use std::process::Command;

use malaka_render::Locale;
use malaka_render::report::{ReportPrint, report_pdf};

fn print(rows: usize) -> ReportPrint {
    let units = ["Yunusobod tumani Davlat xizmatlari markazi", "Ўринбоева Қумри", "Bakı 1 saylı ASAN xidmət mərkəzi"];
    ReportPrint {
        title: "Oʻqish soatlari".into(),
        scope: vec!["Davr: 01.01.2026 – 31.12.2026".into(), "Tashkilot: Barcha tashkilotlar".into()],
        headers: vec!["Boʻlinma".into(), "Xodimlar".into(), "Oʻqigan soatlar".into()],
        rows: (0..rows)
            .map(|i| vec![format!("{} {i:03}", units[i % units.len()]), (i + 1).to_string(), format!("{}.5", i * 3)])
            .collect(),
        printed: "Chop etilgan sana: 07.12.2026".into(),
        empty: "Tanlangan davr va shartlarga mos maʼlumot yoʻq.".into(),
    }
}

fn poppler(name: &str, pdf: &[u8], args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.pdf");
    std::fs::write(&file, pdf).unwrap();
    let out =
        Command::new(name).args(args).arg(&file).args(if name == "pdftotext" { &["-"][..] } else { &[][..] }).output();
    let out = out.unwrap_or_else(|e| panic!("{name} is needed for this test (poppler-utils): {e}"));
    assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_long_report_repeats_its_headings_on_every_landscape_page_with_every_row() {
    let pdf = report_pdf(&print(150), Locale::UzLatn).unwrap();
    let info = poppler("pdfinfo", &pdf, &[]);
    let pages: usize = info.lines().find_map(|l| l.strip_prefix("Pages:")).unwrap().trim().parse().unwrap();
    assert!(pages >= 3, "150 rows take several pages, got {pages}");
    let size = info.lines().find(|l| l.starts_with("Page size:")).unwrap();
    assert!(size.contains("841.89 x 595.27"), "landscape A4: {size}");
    let text = poppler("pdftotext", &pdf, &["-layout"]);
    let page_texts: Vec<&str> = text.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
    assert_eq!(page_texts.len(), pages);
    for (i, page) in page_texts.iter().enumerate() {
        assert!(page.contains("Oʻqigan soatlar"), "the headings repeat on page {}", i + 1);
        assert!(page.contains(&format!("Sahifa {} / {pages}", i + 1)), "page {}: {page}", i + 1);
        assert!(page.contains("Chop etilgan sana: 07.12.2026"), "page {}", i + 1);
    }
    assert!(page_texts[0].contains("Davr: 01.01.2026 – 31.12.2026"));
    for i in [0, 74, 149] {
        assert!(text.contains(&format!("{i:03}")), "row {i} is printed");
        assert!(text.contains(&format!("{}.5", i * 3)), "row {i}'s hours are printed");
    }
    assert!(text.contains("Ўринбоева Қумри 001") && text.contains("Bakı 1 saylı ASAN xidmət mərkəzi 002"));
}

#[test]
fn an_empty_report_says_so_and_a_ragged_one_is_refused() {
    let pdf = report_pdf(&print(0), Locale::UzLatn).unwrap();
    assert!(poppler("pdftotext", &pdf, &[]).contains("Tanlangan davr va shartlarga mos maʼlumot yoʻq."));
    let mut ragged = print(2);
    ragged.rows[1].pop();
    assert!(report_pdf(&ragged, Locale::UzLatn).is_err());
}
