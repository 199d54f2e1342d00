//! Certificates rendered for real, read back with poppler and their QR codes decoded by zbarimg.

use std::process::Command;

use malaka_render::Locale;
use malaka_render::certificate::{
    CHUNK, CertificatePrint, Layout, Logo, certificates_pdf, certificates_pdf_each, certificates_pdf_with,
};
use malaka_render::labels;
use malaka_render::raster::pdf_page_png;

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
    let layout = Layout { template_name: "my-centre.typ", template: broken, ..Layout::default_in(Locale::En) };
    let e = certificates_pdf_with(&layout, &[print("X")], &mut |_| true).unwrap_err();
    let shown = e.to_string();
    assert!(shown.starts_with("my-centre.typ:3:"), "{shown}");
}

#[test]
fn a_bilingual_certificate_carries_both_languages() {
    let layout = Layout { second: Some(Locale::En), ..Layout::default_in(Locale::UzLatn) };
    let pdf = certificates_pdf_with(&layout, &[print("Gʻulomov Oʻtkir")], &mut |_| true).unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("c.pdf"), &pdf).unwrap();
    let text = run("pdftotext", &["c.pdf", "-"], dir.path());
    for expected in ["SERTIFIKAT", "CERTIFICATE", "Ushbu sertifikat egasi", "This certificate is awarded to"] {
        assert!(text.contains(expected), "{expected} missing: {text}");
    }
}

#[test]
fn a_large_batch_reports_progress_chunk_by_chunk_keeps_its_order_and_can_be_cancelled() {
    let items: Vec<CertificatePrint> = (0..CHUNK * 3 + 5).map(|i| print(&format!("Holder {i:03}"))).collect();
    let mut seen = Vec::new();
    let pdf = certificates_pdf_with(&Layout::default_in(Locale::En), &items, &mut |done| {
        seen.push(done);
        true
    })
    .unwrap();
    assert_eq!(seen.len(), 4, "{seen:?}");
    assert!(seen.windows(2).all(|w| w[0] < w[1]), "{seen:?}");
    assert_eq!(seen.last(), Some(&items.len()));
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("all.pdf"), &pdf).unwrap();
    // Chunks laid out on several threads still print in the order given.
    for (page, holder) in [(1, "Holder 000"), (CHUNK + 1, "Holder 025"), (items.len(), "Holder 079")] {
        let p = page.to_string();
        let text = run("pdftotext", &["-f", &p, "-l", &p, "all.pdf", "-"], dir.path());
        assert!(text.contains(holder), "page {page}: {text}");
    }

    let mut calls = 0;
    let e = certificates_pdf_with(&Layout::default_in(Locale::En), &items, &mut |_| {
        calls += 1;
        false
    })
    .unwrap_err();
    assert_eq!(e, malaka_render::Error::Cancelled);
    assert_eq!(calls, 1, "nothing is reported after the cancel");
}

/// A 40×20 PNG, all one colour.
fn png(rgb: [u8; 3]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, 40, 20);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let pixels: Vec<u8> = (0..40 * 20).flat_map(|_| rgb).collect();
    encoder.write_header().unwrap().write_image_data(&pixels).unwrap();
    out
}

/// The share of a PNG's pixels that are strongly red.
fn red_share(picture: &[u8]) -> f64 {
    let mut reader = png::Decoder::new(std::io::Cursor::new(picture)).read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!(info.color_type, png::ColorType::Rgb);
    let red = buf.chunks(3).filter(|p| p[0] > 200 && p[1] < 60 && p[2] < 60).count();
    red as f64 / (buf.len() / 3) as f64
}

#[test]
fn the_organisations_logo_prints_above_its_name_in_png_or_svg() {
    let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="red"/></svg>"#;
    for logo in [png([230, 0, 0]), svg.to_vec()] {
        let logo = Logo::new(logo).unwrap();
        let layout = Layout { logo: Some(&logo), ..Layout::default_in(Locale::Ru) };
        let pdf = certificates_pdf_with(&layout, &[print("Иванова Ирина")], &mut |_| true).unwrap();
        let picture = pdf_page_png(pdf, 0, 50.0).unwrap();
        // 18 mm × 36 mm of red on an A4 page: about 1 % of it.
        let share = red_share(&picture);
        assert!((0.005..0.02).contains(&share), "{}: red share {share}", logo.extension());
    }
    let plain = pdf_page_png(certificates_pdf(&[print("Иванова Ирина")], Locale::Ru).unwrap(), 0, 50.0).unwrap();
    assert_eq!(red_share(&plain), 0.0);
}

#[test]
fn a_logo_must_be_a_small_png_jpeg_or_svg() {
    let e = Logo::new(b"GIF89a....".to_vec()).unwrap_err().to_string();
    assert_eq!(e, "a logo must be a PNG, JPEG or SVG picture");
    let mut huge = png([0, 0, 0]);
    huge.resize(2 * 1024 * 1024, 0);
    assert!(Logo::new(huge).unwrap_err().to_string().contains("at most 1024 KiB"));
    assert_eq!(Logo::new(vec![0xFF, 0xD8, 0xFF, 0xE0]).unwrap().extension(), "jpg");
}

#[test]
fn a_page_becomes_a_picture_at_the_resolution_asked() {
    let pdf = certificates_pdf(&[print("Anna Smith")], Locale::En).unwrap();
    let picture = pdf_page_png(pdf.clone(), 0, 72.0).unwrap();
    let reader = png::Decoder::new(std::io::Cursor::new(&picture)).read_info().unwrap();
    // A4 landscape is 842 × 595 points.
    assert_eq!((reader.info().width, reader.info().height), (841, 595));
    let e = pdf_page_png(pdf, 3, 72.0).unwrap_err().to_string();
    assert_eq!(e, "the PDF has no page 4");
    assert!(pdf_page_png(b"not a pdf".to_vec(), 0, 72.0).unwrap_err().to_string().starts_with("not a readable PDF"));
}

#[test]
fn one_pdf_each_comes_in_order_and_an_error_on_the_way_stops_the_batch() {
    let items: Vec<CertificatePrint> = (0..CHUNK + 3).map(|i| print(&format!("Holder {i:03}"))).collect();
    let dir = tempfile::tempdir().unwrap();
    let mut written = Vec::new();
    certificates_pdf_each(&Layout::default_in(Locale::Az), &items, &mut |_| true, &mut |i, pdf| {
        let path = dir.path().join(format!("{i}.pdf"));
        std::fs::write(&path, pdf).unwrap();
        written.push(path);
        Ok(())
    })
    .unwrap();
    assert_eq!(written.len(), items.len());
    for (i, path) in written.iter().enumerate().step_by(9) {
        let info = run("pdfinfo", &[path.to_str().unwrap()], dir.path());
        assert!(info.lines().any(|l| l.starts_with("Pages:") && l.trim_end().ends_with(" 1")), "{info}");
        let text = run("pdftotext", &[path.to_str().unwrap(), "-"], dir.path());
        assert!(text.contains(&format!("Holder {i:03}")), "{i}: {text}");
    }
    let mut calls = 0;
    let e = certificates_pdf_each(&Layout::default_in(Locale::Az), &items, &mut |_| true, &mut |_, _| {
        calls += 1;
        Err(malaka_render::Error::Pdf("disk full".into()))
    })
    .unwrap_err();
    assert_eq!((e.to_string().as_str(), calls), ("disk full", 1));
}

#[test]
fn the_longest_names_and_titles_with_a_logo_and_two_languages_keep_to_one_page_each() {
    let mut long = print("Abdurahmonova-Xudoyberdiyeva Gʻulchehraxon Oʻktamjon qizi");
    long.activity_title = "Davlat xizmatlari markazlarida fuqarolarga elektron davlat xizmatlarini koʻrsatish \
        standartlari, murojaatlar bilan ishlash va shaxsga doir maʼlumotlarni himoya qilish boʻyicha malaka oshirish kursi"
        .into();
    long.trainers = vec!["Leyla Məmmədova".into(), "Иванова Ирина Петровна".into(), "Anna Smith".into()];
    let logo = Logo::new(png([230, 0, 0])).unwrap();
    for (locale, second) in [(Locale::UzLatn, Some(Locale::Ru)), (Locale::Ru, Some(Locale::En)), (Locale::Az, None)] {
        let layout = Layout { logo: Some(&logo), second, ..Layout::default_in(locale) };
        let pdf = certificates_pdf_with(&layout, &[long.clone(), long.clone(), long.clone()], &mut |_| true).unwrap();
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("c.pdf"), &pdf).unwrap();
        let info = run("pdfinfo", &["c.pdf"], dir.path());
        assert!(
            info.lines().any(|l| l.starts_with("Pages:") && l.trim_end().ends_with(" 3")),
            "{}: {info}",
            locale.tag()
        );
        // Every word at least 5 points inside the inner border (22 mm from the page's edge: 62
        // points), and the dates clear of the signature lines above the manager's title.
        let boxes = run("pdftotext", &["-bbox", "-f", "1", "-l", "1", "c.pdf", "-"], dir.path());
        let words = word_boxes(&boxes);
        let lowest = words.iter().map(|w| w.2).fold(0.0, f64::max);
        assert!(lowest <= 595.0 - 62.0 - 5.0, "{}: a word reaches y = {lowest}", locale.tag());
        let dates = words.iter().find(|w| w.0.contains("31.03.2026")).expect("the dates");
        let manager = labels::certificate(locale).manager;
        let title = words.iter().find(|w| manager.starts_with(w.0.as_str())).expect("the manager's title");
        assert!(
            dates.2 + 8.0 < title.1,
            "{}: the dates (to y = {}) run into the signature line",
            locale.tag(),
            dates.2
        );
    }
}

/// Words and their boxes (text, y min, y max) from `pdftotext -bbox`.
fn word_boxes(html: &str) -> Vec<(String, f64, f64)> {
    html.lines()
        .filter_map(|l| l.trim().strip_prefix("<word "))
        .map(|l| {
            let attr = |name: &str| -> f64 {
                let start = l.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                l[start..start + l[start..].find('"').unwrap()].parse().unwrap()
            };
            let text = l[l.find('>').unwrap() + 1..l.find("</word>").unwrap()].to_owned();
            (text, attr("yMin"), attr("yMax"))
        })
        .collect()
}
