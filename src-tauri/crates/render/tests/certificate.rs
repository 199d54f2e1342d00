//! Certificates rendered for real, read back with poppler and their QR codes decoded by zbarimg.

use std::process::Command;

use malaka_render::Locale;
use malaka_render::certificate::{CertificatePrint, certificates_pdf, certificates_pdf_with};

const TOKEN: &str = "MLK1.AQIDBAUGBwgJIxoA9QECAwQFBgcIE1VaLUFTQU4tMjAyNi0wMDAxMjMJTUlKT1otMTAxx8h2Zi4yFgEqlLXaE0ZGy6oBvYc0XvM2ARrkbLPOnRKwkfh2Tf1Jm6eiFW98ri0s7Xw1jHp1Gg3cX6Ct7QxDAg";

fn print(name: &str) -> CertificatePrint {
    CertificatePrint {
        organisation: "ASAN xidmət".into(),
        person_name: name.into(),
        activity_title: "Vətəndaşlara xidmət standartları".into(),
        dates: "01.03.2026 – 31.03.2026".into(),
        hours: 24.5,
        trainers: vec!["Leyla Məmmədova".into()],
        number: "AZ-ASAN-2026-000123".into(),
        issued_on: "27.11.2026".into(),
        token: TOKEN.into(),
    }
}

fn run(tool: &str, args: &[&str], dir: &std::path::Path) -> String {
    let out = Command::new(tool).args(args).current_dir(dir).output().unwrap_or_else(|e| panic!("{tool}: {e}"));
    assert!(out.status.success(), "{tool}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn every_locale_prints_the_holder_and_a_qr_code_that_decodes_to_the_token() {
    let names = ["Gʻulomov Oʻtkir", "Ўринбоева Қумри", "Иванова Ирина", "Həsənov İlqar", "Anna Smith"];
    for (locale, name) in Locale::ALL.into_iter().zip(names) {
        let pdf = certificates_pdf(&[print(name)], locale).unwrap();
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("c.pdf"), &pdf).unwrap();
        let text = run("pdftotext", &["c.pdf", "-"], dir.path());
        assert!(text.contains(name), "{}: {name} missing in {text}", locale.tag());
        assert!(text.contains("AZ-ASAN-2026-000123"), "{}", locale.tag());
        let title = malaka_render::labels::certificate(locale).title;
        assert!(text.contains(title), "{}: {title} missing", locale.tag());
        run("pdftoppm", &["-r", "150", "-png", "-singlefile", "c.pdf", "page"], dir.path());
        let qr = run("zbarimg", &["--quiet", "--raw", "page.png"], dir.path());
        assert_eq!(qr.trim(), TOKEN, "{}", locale.tag());
    }
}

#[test]
fn a_batch_is_one_document_with_a_page_each() {
    let items: Vec<CertificatePrint> = (0..25).map(|i| print(&format!("Participant {i:02}"))).collect();
    let pdf = certificates_pdf(&items, Locale::En).unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("all.pdf"), &pdf).unwrap();
    let info = run("pdfinfo", &["all.pdf"], dir.path());
    assert!(info.lines().any(|l| l.starts_with("Pages:") && l.trim_end().ends_with(" 25")), "{info}");
}

#[test]
fn a_broken_template_is_reported_with_file_line_and_column() {
    let broken = "#let data = json(\"/data.json\")\n\n#text(data.nothing\n";
    let e = certificates_pdf_with("my-centre.typ", broken, &[print("X")], Locale::En, None).unwrap_err();
    let shown = e.to_string();
    assert!(shown.starts_with("my-centre.typ:3:"), "{shown}");
}

#[test]
fn a_bilingual_certificate_carries_both_languages() {
    let pdf = certificates_pdf_with(
        "certificate.typ",
        malaka_render::certificate::DEFAULT_TEMPLATE,
        &[print("Gʻulomov Oʻtkir")],
        Locale::UzLatn,
        Some(Locale::En),
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("c.pdf"), &pdf).unwrap();
    let text = run("pdftotext", &["c.pdf", "-"], dir.path());
    for expected in ["SERTIFIKAT", "CERTIFICATE", "Ushbu sertifikat beriladi", "This certificate is awarded to"] {
        assert!(text.contains(expected), "{expected} missing: {text}");
    }
}
