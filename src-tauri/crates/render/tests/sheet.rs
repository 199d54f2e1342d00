//! Sign-in sheets rendered for real and read back with poppler's `pdftotext` and `pdfinfo`.

use std::process::Command;

use chrono::NaiveDate;
use malaka_render::Locale;
use malaka_render::sheet::{SheetData, sign_in_sheet};

fn data(people: usize) -> SheetData {
    let names = ["Gʻulomov Oʻtkir", "Ўринбоева Қумри", "Həsənov İlqar", "Исмоилов Ҳасан", "Smith Anna"];
    let day = NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
    SheetData {
        organisation: "ASAN xidmət".into(),
        activity: "Mijozlarga xizmat koʻrsatish standartlari".into(),
        starts_local: day.and_hms_opt(14, 0, 0).unwrap(),
        ends_local: day.and_hms_opt(17, 0, 0).unwrap(),
        time_zone: "Asia/Tashkent".into(),
        venue: Some("Toshkent, Yunusobod markazi".into()),
        trainers: vec!["Karimova Dilnoza".into()],
        people: (0..people).map(|i| (format!("{} {i:02}", names[i % names.len()]), "participant".into())).collect(),
    }
}

fn tool(name: &str, pdf: &[u8], args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sheet.pdf");
    std::fs::write(&file, pdf).unwrap();
    let out = Command::new(name).args(args).arg(&file).arg("-").output().unwrap_or_else(|e| {
        panic!("{name} is needed for this test (poppler-utils; scripts/setup.sh installs it): {e}")
    });
    assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn pages(pdf: &[u8]) -> usize {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sheet.pdf");
    std::fs::write(&file, pdf).unwrap();
    let out = Command::new("pdfinfo").arg(&file).output().expect("pdfinfo (poppler-utils)");
    let text = String::from_utf8(out.stdout).unwrap();
    let line = text.lines().find(|l| l.starts_with("Pages:")).expect("a page count");
    line.trim_start_matches("Pages:").trim().parse().unwrap()
}

#[test]
fn a_sheet_lists_everyone_with_session_and_trainer_on_every_page() {
    let pdf = sign_in_sheet(&data(60), Locale::UzLatn).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    let n = pages(&pdf);
    assert!(n >= 2, "60 people need more than one page, got {n}");
    let text = tool("pdftotext", &pdf, &["-layout"]);
    let page_texts: Vec<&str> = text.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
    assert_eq!(page_texts.len(), n);
    for (i, page) in page_texts.iter().enumerate() {
        assert!(page.contains("Trener: Karimova Dilnoza"), "page {}: {page}", i + 1);
        assert!(page.contains("10.03.2026 14:00–17:00 (Asia/Tashkent)"), "page {}", i + 1);
        assert!(page.contains(&format!("Sahifa {} / {n}", i + 1)), "page {}: {page}", i + 1);
        assert!(page.contains("Imzo"), "the table header repeats on page {}", i + 1);
    }
    // Every name, in the script it was typed in, with U+02BB kept.
    for (name, _) in &data(60).people {
        assert!(text.contains(name.as_str()), "{name} missing");
    }
}

#[test]
fn every_locale_prints_its_own_words() {
    let expect = [
        (Locale::UzLatn, "Ishtirokchilar roʻyxati"),
        (Locale::UzCyrl, "Иштирокчилар рўйхати"),
        (Locale::Ru, "Лист регистрации участников"),
        (Locale::Az, "İştirakçıların qeydiyyat vərəqəsi"),
        (Locale::En, "Attendance sign-in sheet"),
    ];
    for (locale, title) in expect {
        let pdf = sign_in_sheet(&data(3), locale).unwrap();
        let text = tool("pdftotext", &pdf, &[]);
        assert!(text.contains(title), "{}: {text}", locale.tag());
        assert!(text.contains("Həsənov İlqar 02"), "{}", locale.tag());
    }
}

#[test]
fn an_unknown_locale_is_refused() {
    assert_eq!(Locale::parse("fr").unwrap_err().to_string(), "unknown locale 'fr' (uz-Latn, uz-Cyrl, ru, az or en)");
}
