//! `malaka cert …` through the real binary: issuance from eligibility, never twice, locks,
//! the register, revoke and reissue, and tokens that verify here and with OpenSSL.

mod common;

use std::process::Command;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use common::{Course, Env, course};
use serde_json::Value;

/// Two of three participants attend every session; the third attends none.
fn marked(env: &Env) -> Course {
    let c = course(env);
    for s in [&c.yesterday, &c.today, &c.later] {
        env.json(&[
            "attendance",
            "mark",
            "--session",
            s,
            "--person",
            &c.people[0],
            "--person",
            &c.people[1],
            "--status",
            "present",
        ]);
        env.json(&["attendance", "mark", "--session", s, "--person", &c.people[2], "--status", "absent"]);
    }
    c
}

fn codes(v: &Value) -> Vec<String> {
    v.as_array().unwrap().iter().map(|c| c["code"].as_str().unwrap().to_owned()).collect()
}

#[test]
fn certificates_go_to_the_eligible_once_lock_their_marks_and_can_be_revoked_and_reissued() {
    let env = Env::new();
    let c = marked(&env);
    let year = chrono::Utc::now().format("%Y").to_string();
    let report = env.json(&["cert", "issue", "--activity", &c.activity]);
    let issued = codes(&report["issued"]);
    assert_eq!(issued, [format!("AZ-DXA-{year}-000001"), format!("AZ-DXA-{year}-000002")]);
    assert_eq!(report["not_eligible"], serde_json::json!(["Cəfərov Ürfan"]));
    assert_eq!(report["issued"][0]["snapshot"]["trainers"][0], "Leyla Məmmədova");
    // Running it again issues nothing twice.
    let again = env.json(&["cert", "issue", "--activity", &c.activity]);
    assert_eq!((again["issued"].as_array().unwrap().len(), again["already"].as_i64()), (0, Some(2)));

    // The holder's marks are locked until the certificate is revoked.
    // Numbers follow the roll's order (by name): Babayeva first.
    let holder = report["issued"][0]["person_id"].as_str().unwrap().to_owned();
    assert_eq!(holder, c.people[1]);
    let holder = &holder;
    let locked =
        env.run(&["attendance", "mark", "--session", &c.today, "--person", holder, "--status", "late"]).failed();
    assert!(locked.stderr.contains("locked by certificate AZ-DXA-"), "{}", locked.stderr);
    let found = env.json(&["cert", "list", "--search", "Babayeva"]);
    assert_eq!(codes(&found), [issued[0].clone()]);

    // Verify: valid here; a changed character or another issuer's key fails with a reason.
    let token = report["issued"][0]["token"].as_str().unwrap().to_owned();
    let v = env.json(&["cert", "verify", &token]);
    assert_eq!((v["status"].as_str(), v["facts"]["number"].as_str()), (Some("valid"), Some(issued[0].as_str())));
    let mut bytes = URL_SAFE_NO_PAD.decode(&token[5..]).unwrap();
    bytes[12] ^= 1;
    let tampered = format!("MLK1.{}", URL_SAFE_NO_PAD.encode(&bytes));
    let bad = env.run(&["cert", "verify", &tampered]).failed();
    assert!(bad.stderr.contains("signature does not match"), "{}", bad.stderr);
    let elsewhere = Env::new();
    elsewhere.run_with_input(&["cert", "key", "rotate", "--password-stdin"], "another issuer's key\n").ok();
    let foreign = elsewhere.run(&["cert", "verify", &token]).failed();
    assert!(foreign.stderr.contains("which is not this issuer's"), "{}", foreign.stderr);

    // Revoke with a reason: it verifies as revoked, and the marks unlock.
    env.run(&["cert", "revoke", &issued[0], "--reason", " "]).failed();
    let revoked = env.json(&["cert", "revoke", &issued[0], "--reason", "Name misspelt"]);
    assert_eq!(
        (revoked["status"].as_str(), revoked["revoke_reason"].as_str()),
        (Some("revoked"), Some("Name misspelt"))
    );
    assert_eq!(env.json(&["cert", "verify", &token])["status"], "revoked");
    env.json(&["attendance", "mark", "--session", &c.today, "--person", holder, "--status", "late", "--reason", "fix"]);
    // Reissue: a new number pointing to the old; the old stays in the register.
    let new = env.json(&["cert", "reissue", &issued[0]]);
    assert_eq!(new["code"].as_str(), Some(format!("AZ-DXA-{year}-000003").as_str()));
    assert_eq!(new["replaces_id"], revoked["id"]);
    let old = env.json(&["cert", "show", &issued[0]]);
    assert_eq!(old["replaced_by"], new["code"], "the revoked one points forward to its replacement");
    assert!(env.run(&["cert", "show", &issued[0]]).ok().stdout.contains(&format!("replaced by AZ-DXA-{year}-000003")));
    env.run(&["cert", "reissue", &issued[0]]).failed();
    assert_eq!(env.json(&["cert", "list", "--activity", &c.activity]).as_array().unwrap().len(), 3);
    // An administrator rotates the key: what the old key signed still verifies, new ones use
    // the new key, and the published list says which key signs for which dates.
    let wrong = env.run_with_input(&["cert", "key", "rotate", "--password-stdin"], "not the passphrase\n").failed();
    assert!(wrong.stderr.contains("the passphrase is wrong"), "{}", wrong.stderr);
    env.run_with_input(&["cert", "key", "rotate", "--password-stdin"], &format!("{}\n", common::KEY_PASSPHRASE)).ok();
    let keys = env.json(&["cert", "key", "list"]);
    let keys = keys.as_array().unwrap();
    assert_eq!(keys.len(), 2);
    assert!(keys[0]["retired_at"].is_string() && keys[1]["in_use"] == true && keys[1]["protected"] == true);
    assert_eq!(env.json(&["cert", "verify", new["token"].as_str().unwrap()])["status"], "valid");
    assert_eq!(env.json(&["cert", "verify", &token])["status"], "revoked");
    let audit = env.json(&["audit", "--limit", "200"]);
    for action in
        ["certificate.issue", "certificate.revoke", "certificate.reissue", "signing_key.create", "signing_key.retire"]
    {
        assert!(audit.as_array().unwrap().iter().any(|e| e["action"] == action), "{action} not audited");
    }
}

#[test]
fn a_token_verifies_with_openssl_and_the_published_key() {
    let env = Env::new();
    let c = marked(&env);
    let token =
        env.json(&["cert", "issue", "--activity", &c.activity])["issued"][0]["token"].as_str().unwrap().to_owned();
    let raw = URL_SAFE_NO_PAD.decode(token.strip_prefix("MLK1.").unwrap()).unwrap();
    assert!(raw.len() <= 150 && token.len() <= 170, "{} bytes, {} characters", raw.len(), token.len());
    let key = env.json(&["cert", "public-key"]);
    let public: Vec<u8> = (0..32)
        .map(|i| u8::from_str_radix(&key["public_key"].as_str().unwrap()[2 * i..2 * i + 2], 16).unwrap())
        .collect();
    // SubjectPublicKeyInfo for Ed25519 (RFC 8410): a fixed 12-byte prefix, then the key.
    let mut spki = vec![0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];
    spki.extend_from_slice(&public);
    let bytes = URL_SAFE_NO_PAD.decode(token.strip_prefix("MLK1.").unwrap()).unwrap();
    let (signed, signature) = bytes.split_at(bytes.len() - 64);
    let dir = env.dir.path();
    std::fs::write(dir.join("key.der"), &spki).unwrap();
    std::fs::write(dir.join("signed.bin"), signed).unwrap();
    std::fs::write(dir.join("sig.bin"), signature).unwrap();
    let openssl = |sig: &str| {
        Command::new("openssl")
            .args(["pkeyutl", "-verify", "-pubin", "-keyform", "DER", "-inkey", "key.der", "-rawin"])
            .args(["-in", "signed.bin", "-sigfile", sig])
            .current_dir(dir)
            .output()
            .expect("openssl")
    };
    let out = openssl("sig.bin");
    assert!(out.status.success(), "{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    let mut forged = signature.to_vec();
    forged[0] ^= 1;
    std::fs::write(dir.join("forged.bin"), forged).unwrap();
    assert!(!openssl("forged.bin").status.success(), "OpenSSL accepts a forged signature");

    // The printed certificate's QR code, read from a 150 dpi picture of the page, verifies too.
    let pdf = dir.join("one.pdf");
    let code = env.json(&["cert", "list"])[0]["code"].as_str().unwrap().to_owned();
    env.json(&["cert", "print", "--certificate", &code, "--out", pdf.to_str().unwrap()]);
    let ok = Command::new("pdftoppm")
        .args(["-r", "150", "-png", "-singlefile", "one.pdf", "page"])
        .current_dir(dir)
        .status();
    assert!(ok.expect("pdftoppm").success());
    let v = env.json(&["cert", "verify", "--image", dir.join("page.png").to_str().unwrap()]);
    assert_eq!((v["status"].as_str(), v["facts"]["number"].as_str()), (Some("valid"), Some(code.as_str())));
    // Straight from the PDF (its QR is vector paths), and from a lossy JPEG photo of the page.
    let v = env.json(&["cert", "verify", "--file", pdf.to_str().unwrap()]);
    assert_eq!((v["status"].as_str(), v["facts"]["number"].as_str()), (Some("valid"), Some(code.as_str())));
    let ok = Command::new("pdftoppm")
        .args(["-r", "150", "-jpeg", "-jpegopt", "quality=70", "-singlefile", "one.pdf", "photo"])
        .current_dir(dir)
        .status();
    assert!(ok.expect("pdftoppm").success());
    let v = env.json(&["cert", "verify", "--file", dir.join("photo.jpg").to_str().unwrap()]);
    assert_eq!(v["status"].as_str(), Some("valid"));
    // A template preview's sample is signed with a throwaway key: it verifies nowhere.
    let sample = dir.join("sample.pdf");
    env.json(&["cert", "template", "--org", "DXA", "--preview", sample.to_str().unwrap()]);
    let bad = env.run(&["cert", "verify", "--file", sample.to_str().unwrap()]).failed();
    assert!(bad.stderr.contains("which is not this issuer's"), "{}", bad.stderr);
    let bad = env.run(&["cert", "verify", "--file", "/dev/null"]).failed();
    assert!(bad.stderr.contains("/dev/null: no readable QR code"), "{}", bad.stderr);
}

/// The share of a PNG's pixels that are strongly red.
fn red_share(picture: &std::path::Path) -> f64 {
    let mut reader =
        png::Decoder::new(std::io::BufReader::new(std::fs::File::open(picture).unwrap())).read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let red = buf.chunks(channels).filter(|p| p[0] > 200 && p[1] < 60 && p[2] < 60).count();
    red as f64 / (buf.len() / channels) as f64
}

#[test]
fn the_organisations_logo_prints_on_its_certificates_and_in_the_preview() {
    let env = Env::new();
    let c = marked(&env);
    env.json(&["cert", "issue", "--activity", &c.activity]);
    let dir = env.dir.path();
    std::fs::write(dir.join("logo.gif"), b"GIF89a\x01\x00").unwrap();
    let bad = env.run(&["org", "logo", "DXA", "--set", dir.join("logo.gif").to_str().unwrap()]).failed();
    assert!(bad.stderr.contains("logo.gif: not a PNG, JPEG or SVG picture"), "{}", bad.stderr);
    std::fs::write(dir.join("broken.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect").unwrap();
    let bad = env.run(&["org", "logo", "DXA", "--set", dir.join("broken.svg").to_str().unwrap()]).failed();
    assert!(bad.stderr.contains("broken.svg: the picture cannot be printed"), "{}", bad.stderr);
    assert_eq!(env.run(&["org", "logo", "DXA"]).failed().stderr.trim(), "error: logo 'DXA' not found");

    let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="red"/></svg>"#;
    std::fs::write(dir.join("logo.svg"), svg).unwrap();
    let set = env.json(&["org", "logo", "DXA", "--set", dir.join("logo.svg").to_str().unwrap()]);
    assert_eq!((set["extension"].as_str(), set["bytes"].as_u64()), (Some("svg"), Some(svg.len() as u64)));
    assert!(set["data_url"].as_str().unwrap().starts_with("data:image/svg+xml;base64,"));
    env.json(&["org", "logo", "DXA", "--out", dir.join("back.svg").to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(dir.join("back.svg")).unwrap(), svg);

    // The preview as a picture, bilingual: the logo is there (about 1 % of the page is red).
    let preview = dir.join("preview.png");
    env.json(&["cert", "template", "--org", "DXA", "--preview", preview.to_str().unwrap(), "--also", "en"]);
    let share = red_share(&preview);
    assert!((0.004..0.02).contains(&share), "red share {share}");
    // And on the certificates printed for real.
    env.json(&["cert", "print", "--activity", &c.activity, "--out", dir.join("all.pdf").to_str().unwrap()]);
    let ok =
        Command::new("pdftoppm").args(["-r", "50", "-png", "-singlefile", "all.pdf", "all"]).current_dir(dir).status();
    assert!(ok.expect("pdftoppm").success());
    assert!(red_share(&dir.join("all.png")) > 0.004);

    assert_eq!(env.json(&["org", "logo", "DXA", "--clear"]), true);
    env.json(&["cert", "template", "--org", "DXA", "--preview", preview.to_str().unwrap()]);
    assert_eq!(red_share(&preview), 0.0);
    assert_eq!(env.json(&["org", "logo", "DXA", "--clear"]), false);
}

#[test]
fn an_activitys_certificates_print_as_one_document_or_one_each() {
    let env = Env::new();
    let c = marked(&env);
    let issued = codes(&env.json(&["cert", "issue", "--activity", &c.activity])["issued"]);
    let merged = env.dir.path().join("all.pdf");
    env.json(&["cert", "print", "--activity", &c.activity, "--locale", "az", "--out", merged.to_str().unwrap()]);
    let text = Command::new("pdftotext").arg(&merged).arg("-").output().expect("pdftotext").stdout;
    let text = String::from_utf8(text).unwrap();
    for expected in
        ["Bu sertifikatın sahibi", "Əliyev İlqar", "Babayeva Şəbnəm", issued[0].as_str(), issued[1].as_str()]
    {
        assert!(text.contains(expected), "{expected} missing:\n{text}");
    }
    let dir = env.dir.path().join("each");
    env.json(&["cert", "print", "--activity", &c.activity, "--out", dir.to_str().unwrap(), "--each"]);
    for code in &issued {
        assert!(dir.join(format!("{code}.pdf")).exists(), "{code}.pdf");
    }
    // A revoked certificate is not printed when named.
    env.json(&["cert", "revoke", &issued[0], "--reason", "test"]);
    let refused = env.run(&["cert", "print", "--certificate", &issued[0], "--out", "x.pdf"]).failed();
    assert!(refused.stderr.contains("is revoked"), "{}", refused.stderr);
}

#[test]
fn an_organisation_edits_its_own_template_without_recompiling() {
    let env = Env::new();
    let c = marked(&env);
    env.json(&["cert", "issue", "--activity", &c.activity]);
    let info = env.json(&["cert", "template", "--org", "DXA"]);
    assert_eq!(info["exists"], false);
    let path =
        std::path::PathBuf::from(env.json(&["cert", "template", "--org", "DXA", "--copy"])["path"].as_str().unwrap());
    assert!(path.starts_with(env.dir.path()), "beside the database: {}", path.display());
    env.run(&["cert", "template", "--org", "DXA", "--copy"]).failed();

    // A mistake on line 3 is reported with the file, line and column; nothing is printed.
    let original = std::fs::read_to_string(&path).unwrap();
    let mut lines: Vec<&str> = original.lines().collect();
    lines.insert(2, "#let broken = (");
    std::fs::write(&path, lines.join("\n")).unwrap();
    let preview = env.dir.path().join("preview.pdf");
    let bad = env.run(&["cert", "template", "--org", "DXA", "--preview", preview.to_str().unwrap()]).failed();
    assert!(bad.stderr.contains("template: certificate.typ:3:"), "{}", bad.stderr);

    // The organisation's wording prints on its certificates, in the preview and for real.
    assert!(original.contains("#say(\"awarded_to\", size: 12pt * k)"), "the line to change is gone");
    std::fs::write(
        &path,
        original
            .replace("#say(\"awarded_to\", size: 12pt * k)", "#text(12pt * k)[Toshkent shahar markazi taqdim etadi]"),
    )
    .unwrap();
    env.json(&["cert", "template", "--org", "DXA", "--preview", preview.to_str().unwrap()]);
    let out = env.dir.path().join("all.pdf");
    env.json(&["cert", "print", "--activity", &c.activity, "--out", out.to_str().unwrap()]);
    for pdf in [&preview, &out] {
        let text = String::from_utf8(Command::new("pdftotext").arg(pdf).arg("-").output().unwrap().stdout).unwrap();
        assert!(text.contains("Toshkent shahar markazi taqdim etadi"), "{}: {text}", pdf.display());
    }
    // The preview's sample reads as the language asked for.
    env.json(&["cert", "template", "--org", "DXA", "--preview", preview.to_str().unwrap(), "--locale", "ru"]);
    let text = String::from_utf8(Command::new("pdftotext").arg(&preview).arg("-").output().unwrap().stdout).unwrap();
    assert!(text.contains("Образцова Анна Петровна") && text.contains("Образец учебной программы"), "{text}");
}

#[test]
fn anyone_verifies_offline_with_the_published_key_and_revocation_list() {
    let env = Env::new();
    let c = marked(&env);
    let issued = env.json(&["cert", "issue", "--activity", &c.activity])["issued"].clone();
    let (kept, revoked) = (issued[0]["token"].as_str().unwrap(), issued[1]["token"].as_str().unwrap());
    env.json(&["cert", "revoke", issued[1]["code"].as_str().unwrap(), "--reason", "duplicate"]);
    let key = env.json(&["cert", "public-key"])["public_key"].as_str().unwrap().to_owned();
    let list = env.dir.path().join("revoked.json");
    env.json(&["cert", "revocations", "--out", list.to_str().unwrap()]);

    // Someone else, with an empty database of their own: only the key and the list.
    let other = Env::new();
    let offline = |token: &str, with_list: bool| {
        let mut args = vec!["cert", "verify", token, "--public-key", key.as_str()];
        if with_list {
            args.extend(["--revocations", list.to_str().unwrap()]);
        }
        args.push("--json");
        other.run(&args)
    };
    let valid = offline(kept, true).ok().json();
    assert_eq!(valid["status"], "valid");
    let today = chrono::Utc::now().date_naive().to_string();
    assert_eq!(valid["revocations"]["made_on"], today.as_str(), "the list's date is shown");
    assert_eq!(
        (valid["revocations"]["stale"].as_bool(), valid["revocations"]["version"].as_u64()),
        (Some(false), Some(2))
    );
    let text =
        other.run(&["cert", "verify", kept, "--public-key", key.as_str(), "--revocations", list.to_str().unwrap()]);
    assert!(text.ok().stdout.contains(&format!("checked against the revocation list of {today}")));
    assert_eq!(offline(revoked, true).ok().json()["status"], "revoked");
    assert_eq!(offline(revoked, false).ok().json()["status"], "valid", "without the list a revocation cannot be known");
    // A list with a line taken out no longer verifies.
    let mut doctored: Value = serde_json::from_str(&std::fs::read_to_string(&list).unwrap()).unwrap();
    doctored["revoked"] = serde_json::json!([]);
    std::fs::write(&list, doctored.to_string()).unwrap();
    let refused = offline(revoked, true).failed();
    assert!(
        refused.stderr.contains("revocation list is not signed with this issuer's key, or was altered"),
        "{}",
        refused.stderr
    );
    let wrong_key = other.run(&["cert", "verify", kept, "--public-key", &"00".repeat(32)]).failed();
    assert!(wrong_key.stderr.contains("which is not this issuer's"), "{}", wrong_key.stderr);
    // A file that is not a revocation list is named.
    std::fs::write(&list, "[1, 2, 3]").unwrap();
    let not_list = offline(revoked, true).failed();
    assert!(not_list.stderr.contains("revoked.json: not a revocation list"), "{}", not_list.stderr);
}

#[test]
fn a_persons_transcript_lists_the_certificate_and_its_pdf_verifies_by_its_qr() {
    let env = Env::new();
    let c = marked(&env);
    env.json(&["cert", "issue", "--activity", &c.activity]);
    let holder = &c.people[1];
    let t = env.json(&["person", "transcript", holder]);
    let entry = &t["entries"][0];
    assert_eq!(t["entries"].as_array().unwrap().len(), 1);
    assert_eq!((entry["result"].as_str(), entry["role"].as_str()), (Some("completed"), Some("participant")));
    let code = entry["certificate"]["code"].as_str().unwrap();
    assert!(code.starts_with("AZ-DXA-"), "{code}");
    assert_eq!(entry["hours"], entry["planned_hours"], "present at every session");
    let text = env.run(&["person", "transcript", holder]).ok().stdout;
    assert!(text.contains(code) && text.contains("completed"), "{text}");

    let pdf = env.path().with_file_name("transcript.pdf");
    let pdf_arg = pdf.to_str().unwrap();
    env.run(&["person", "transcript", holder, "--out", pdf_arg, "--locale", "ru", "--also", "az"]).ok();
    let verified = env.run(&["cert", "verify", "--file", pdf_arg]).ok().stdout;
    assert!(verified.starts_with("valid: transcript T-"), "{verified}");
    assert!(verified.contains(&format!("holder: {}", t["name"].as_str().unwrap())), "{verified}");
    assert!(verified.contains("the register gives the same entries"), "{verified}");
    let v = env.json(&["cert", "verify", "--file", pdf_arg]);
    assert_eq!((v["facts"]["entries"].as_u64(), v["facts"]["person_id"].as_str()), (Some(1), Some(holder.as_str())));

    // Offline, with the published key alone: the signature, not the register.
    let key = env.json(&["cert", "public-key"])["public_key"].as_str().unwrap().to_owned();
    let offline = env.run(&["cert", "verify", "--file", pdf_arg, "--public-key", &key]).ok().stdout;
    assert!(offline.starts_with("valid: transcript") && !offline.contains("holder"), "{offline}");
    // Another issuer's key does not verify it.
    let other = env.run(&["cert", "verify", "--file", pdf_arg, "--public-key", &"ab".repeat(32)]).failed();
    assert!(!other.stderr.is_empty());
}

#[test]
fn a_template_that_eats_memory_is_stopped_in_its_worker_and_the_command_says_so() {
    let env = Env::new();
    course(&env);
    let path =
        std::path::PathBuf::from(env.json(&["cert", "template", "--org", "DXA", "--copy"])["path"].as_str().unwrap());
    // Doubles an array until the worker's memory cap stops it (unbounded, it would take the desk's
    // memory).
    std::fs::write(&path, "#let a = (0,)\n#for i in range(64) { a = a + a }\nNever printed.").unwrap();
    let preview = env.dir.path().join("preview.pdf");
    let started = std::time::Instant::now();
    let refused = env.run(&["cert", "template", "--org", "DXA", "--preview", preview.to_str().unwrap()]).failed();
    assert!(refused.stderr.contains("needed more than 1536 MB"), "{}", refused.stderr);
    assert!(started.elapsed().as_secs() < 30, "{:?}", started.elapsed());
    assert!(!preview.exists());
    // The same register prints again once the template is fixed.
    std::fs::write(&path, "#let a = (0,)\nA small certificate.").unwrap();
    env.json(&["cert", "template", "--org", "DXA", "--preview", preview.to_str().unwrap()]);
    assert!(std::fs::read(&preview).unwrap().starts_with(b"%PDF"));
}
