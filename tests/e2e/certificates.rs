//! A manager issues certificates to an activity's eligible participants, prints them in one PDF
//! (bilingual), revokes one with a reason, reissues it, and verifies the old certificate's QR
//! code (pasted, then from the PDF itself): revoked; publishes the revocation list; gives the
//! organisation a logo and sees it in the template preview.

use std::process::Command;

use base64::Engine as _;

use crate::driver::App;
use crate::seed;

/// The token in the QR code of the PDF's first page, as a phone's reader would see it.
fn first_qr(pdf: &std::path::Path) -> String {
    let dir = pdf.parent().unwrap();
    let ok = Command::new("pdftoppm")
        .args(["-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile"])
        .arg(pdf)
        .arg(dir.join("page"))
        .status()
        .expect("pdftoppm");
    assert!(ok.success());
    let out = Command::new("zbarimg").args(["--quiet", "--raw"]).arg(dir.join("page.png")).output().expect("zbarimg");
    assert!(out.status.success(), "no QR code on the first page");
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

/// The share of a PNG picture's pixels that are strongly red.
fn red_share(picture: &[u8]) -> f64 {
    let mut reader = png::Decoder::new(std::io::Cursor::new(picture)).read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let red = buf.chunks(channels).filter(|p| p[0] > 200 && p[1] < 60 && p[2] < 60).count();
    red as f64 / (buf.len() / channels) as f64
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_manager_issues_prints_revokes_reissues_and_verifies() {
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join("malaka.db");
    let course = seed::course(&db).await;
    seed::attend(&db, &course, 3).await;
    seed::signing_key(&db).await;
    let app = App::launch_in(data).await;
    let year = chrono::Utc::now().format("%Y").to_string();
    let first = format!("UZ-DXM-TSH-{year}-000001");

    // From the session to the activity: three participants are eligible.
    app.click("nav-attendance").await;
    app.select("trainer-picker", &course.trainer).await;
    app.click(&format!("session-card-{}", course.today)).await;
    app.click("open-activity").await;
    app.wait_attr(&format!("completion-{}", course.people[0].0), "data-eligible", "true").await;
    // The key is sealed: the first signing of the session asks for its passphrase.
    app.click("cert-issue").await;
    app.type_into("key-unlock-passphrase", seed::KEY_PASSPHRASE).await;
    app.shot("19-key-unlock").await;
    app.click("key-unlock-submit").await;
    app.wait_text("cert-issue-result", "3").await;
    app.wait_text(&format!("completion-{}", course.people[0].0), &first).await;
    app.shot("20-issued").await;

    // One PDF for the printer, in Uzbek with English beneath; its first QR code carries the
    // first certificate's token.
    let pdf = app.data.path().join("certificates.pdf");
    app.set_save(&pdf).await;
    app.select("cert-print-also", "en").await;
    app.click("cert-print-all").await;
    app.wait_text("cert-printed", "certificates.pdf").await;
    let token = first_qr(&pdf);
    assert!(token.starts_with("MLK1."), "{token}");
    let text = Command::new("pdftotext").arg(&pdf).arg("-").output().expect("pdftotext").stdout;
    let text = String::from_utf8(text).unwrap();
    assert!(text.contains("SERTIFIKAT") && text.contains("CERTIFICATE"), "not bilingual: {text}");
    // Or one PDF each, into a folder, named by number.
    let folder = app.data.path().join("each");
    app.set_pick(&folder).await;
    app.click("cert-print-each").await;
    app.wait_text("cert-printed-each", "3").await;
    assert!(folder.join(format!("{first}.pdf")).exists(), "{first}.pdf in {}", folder.display());
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 3);

    // The register: find it, revoke it with a reason, reissue it under a new number.
    app.click("nav-certificates").await;
    app.type_into("cert-search", &course.people[0].1).await;
    app.id(&format!("cert-row-{first}")).await;
    app.click(&format!("cert-revoke-{first}")).await;
    app.type_into("cert-revoke-reason", "Name misspelt on the certificate").await;
    app.click("cert-revoke-confirm").await;
    app.wait_attr(&format!("cert-row-{first}"), "data-status", "revoked").await;
    app.click(&format!("cert-reissue-{first}")).await;
    app.wait_text("cert-reissued", &format!("UZ-DXM-TSH-{year}-000004")).await;
    app.shot("21-revoked-reissued").await;

    // The old certificate's QR code verifies, and says it was revoked.
    app.type_into("cert-verify-input", &token).await;
    app.click("cert-verify-submit").await;
    app.wait_attr("cert-verify-result", "data-status", "revoked").await;
    app.wait_text("cert-verify-result", &first).await;
    // A changed character does not verify.
    let mut forged = token.clone();
    let last = forged.pop().unwrap();
    forged.push(if last == 'A' { 'B' } else { 'A' });
    app.type_into("cert-verify-input", &forged).await;
    app.click("cert-verify-submit").await;
    app.wait_attr("cert-verify-result", "data-status", "error").await;
    // The printed PDF itself, picked as a file: its QR code is read and the certificate is revoked.
    app.set_pick(&pdf).await;
    app.click("cert-verify-file").await;
    app.wait_attr("cert-verify-result", "data-status", "revoked").await;
    app.wait_text("cert-verify-result", &first).await;
    app.shot("22-verified").await;
    // A picture bomb picked as the QR scan: 55 bytes that claim 1,000,000 × 1,000,000 pixels are
    // refused by their stated size, and the app goes on.
    let bomb = app.data.path().join("scan.png");
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bytes.extend_from_slice(&1_000_000u32.to_be_bytes());
    bytes.extend_from_slice(&1_000_000u32.to_be_bytes());
    bytes.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
    std::fs::write(&bomb, &bytes).unwrap();
    app.set_pick(&bomb).await;
    app.click("cert-verify-file").await;
    app.wait_attr("cert-verify-result", "data-status", "error").await;
    app.wait_text("cert-verify-result", "scan.png").await;
    app.show("cert-verify-result").await;
    app.shot("22b-picture-bomb").await;

    // The signed revocation list to publish names the revoked certificate.
    let list = app.data.path().join("revoked-certificates.json");
    app.set_save(&list).await;
    app.click("cert-revocations-save").await;
    app.wait_text("cert-revocations-saved", "revoked-certificates.json").await;
    let published = std::fs::read_to_string(&list).unwrap();
    assert!(published.contains(&first) && published.contains("\"signature\""), "{published}");

    // As a partner agency would check it: with the published key and list, away from the register.
    app.click("cert-public-key-toggle").await;
    let key = app.wait_text("cert-public-key-hex", "").await;
    assert_eq!(key.trim().len(), 64, "{key}");
    app.click("cert-verify-other").await;
    app.type_into("cert-verify-key", key.trim()).await;
    app.set_pick(&list).await;
    app.click("cert-verify-list").await;
    app.set_pick(&pdf).await;
    app.click("cert-verify-file").await;
    app.wait_attr("cert-verify-result", "data-status", "revoked").await;
    app.wait_text("cert-verify-checked-with", "revoked-certificates.json").await;
    app.click("cert-verify-other").await;

    // The organisation's logo: set from an SVG, shown, and printed in the bilingual preview.
    let logo = app.data.path().join("emblem.svg");
    std::fs::write(
        &logo,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60"><circle cx="30" cy="30" r="28" fill="red"/></svg>"#,
    )
    .unwrap();
    app.click("cert-design-toggle").await;
    app.wait_attr("cert-template-state", "data-state", "default").await;
    app.set_pick(&logo).await;
    app.click("cert-logo-set").await;
    app.id("cert-logo-img").await;
    app.select("cert-preview-also", "en").await;
    app.wait_attr("cert-preview-img", "data-also", "en").await;
    let src = app.id("cert-preview-img").await.attr("src").await.unwrap().unwrap_or_default();
    let png = src.strip_prefix("data:image/png;base64,").expect("a PNG preview");
    let share = red_share(&base64::engine::general_purpose::STANDARD.decode(png).unwrap());
    assert!(share > 0.002, "the red logo covers {share} of the preview");
    app.shot("23-design").await;

    // The organisation's own template, edited into an endless loop: the preview gives up after
    // 10 s with words for it, and the app answers the next request.
    let template = app.data.path().join("templates/DXM-TSH/certificate.typ");
    std::fs::create_dir_all(template.parent().unwrap()).unwrap();
    std::fs::write(&template, "#for i in range(100000) { for j in range(100000) { } }\n").unwrap();
    app.click("cert-preview-refresh").await;
    app.wait_text("cert-preview-error", "10").await;
    app.show("cert-preview-error").await;
    app.shot("24-endless-template").await;
    app.click("nav-people").await;
    app.id("people-new").await;
    app.close().await;
}
