//! The Mobility documents rendered for real in the five locales and read back with poppler's
//! `pdftotext`: the programme on both clocks, the delegation list, the invitation letter in the
//! host's and the visitors' languages, and the evaluation form with a box row per objective.

use std::process::Command;

use chrono::NaiveDate;
use malaka_render::Locale;
use malaka_render::mobility::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn at(s: &str) -> chrono::NaiveDateTime {
    chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap()
}

fn visit() -> VisitPrint {
    let item = |s: &str, e: &str, hs: &str, he: &str, topic: &str| ProgrammeLine {
        starts_local: at(s),
        ends_local: at(e),
        starts_home: Some(at(hs)),
        ends_home: Some(at(he)),
        topic: topic.into(),
        place: Some("Bakı 1 saylı ASAN xidmət mərkəzi".into()),
        institution: None,
        contact: Some("Leyla Məmmədova".into()),
    };
    let member = |name: &str, role: &str| MemberLine {
        name: name.into(),
        organisation: Some("Davlat xizmatlari agentligi".into()),
        role: role.into(),
    };
    VisitPrint {
        title: "ASAN xidmət tajribasini oʻrganish".into(),
        sending_org: "Davlat xizmatlari agentligi".into(),
        host_org: "ASAN xidmət".into(),
        host_city: Some("Bakı".into()),
        purpose: Some("“Bir darcha” tamoyili".into()),
        agreement: Some("Hamkorlik memorandumi, 2025-yil 14-may".into()),
        starts_on: d("2026-12-14"),
        ends_on: d("2026-12-18"),
        host_zone: "Asia/Baku".into(),
        home_zone: "Asia/Tashkent".into(),
        programme: vec![
            item("2026-12-14T14:00", "2026-12-14T16:00", "2026-12-14T15:00", "2026-12-14T17:00", "Tanishuv"),
            item("2026-12-15T10:00", "2026-12-15T13:00", "2026-12-15T11:00", "2026-12-15T14:00", "Qabul zalining ishi"),
        ],
        members: vec![
            member("Gʻulomov Oʻtkir", "head"),
            member("Toshmatova Nilufar", "member"),
            member("Saidova Gulnora", "interpreter"),
        ],
        today: d("2026-11-02"),
    }
}

fn form() -> FormPrint {
    FormPrint {
        final_evaluation: true,
        intern: "Karimova Dilnoza".into(),
        sending_org: "Davlat xizmatlari agentligi".into(),
        host_org: "ASAN xidmət".into(),
        units: vec![
            ("Front office".into(), d("2027-03-01"), d("2027-03-12")),
            ("Analytics".into(), d("2027-03-15"), d("2027-03-26")),
        ],
        mentor: Some("Rəşad Əliyev".into()),
        starts_on: d("2027-03-01"),
        ends_on: d("2027-03-26"),
        hours_per_week: 40.0,
        objectives: vec!["Route a citizen through one window".into(), "Read the queue analytics".into()],
    }
}

fn text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("doc.pdf");
    std::fs::write(&file, pdf).unwrap();
    let out = Command::new("pdftotext").arg(&file).arg("-").output().expect("pdftotext (poppler-utils)");
    assert!(out.status.success());
    // Pages kept apart; within one, lines as the layout wrapped them are read as one run of words.
    let text = String::from_utf8(out.stdout).unwrap();
    text.split('\u{c}')
        .map(|page| page.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\u{c}")
}

#[test]
fn the_programme_prints_both_clocks_and_the_other_sides_words() {
    let t = text(&visit_programme(&visit(), Locale::UzLatn, Some(Locale::Az)).unwrap());
    for want in [
        "Tashrif dasturi",
        "Səfər proqramı",
        "14.12.2026",
        "14:00–16:00",
        "15:00–17:00",
        "Asia/Baku",
        "Qabul zalining ishi",
        "Leyla Məmmədova",
        "Davlat xizmatlari agentligi",
    ] {
        assert!(t.contains(want), "{want} in:\n{t}");
    }
    let expect = [
        (Locale::UzLatn, "Tashrif dasturi"),
        (Locale::UzCyrl, "Ташриф дастури"),
        (Locale::Ru, "Программа визита"),
        (Locale::Az, "Səfər proqramı"),
        (Locale::En, "Programme of the study visit"),
    ];
    for (locale, title) in expect {
        let t = text(&visit_programme(&visit(), locale, None).unwrap());
        assert!(t.contains(title), "{}: {t}", locale.tag());
    }
}

#[test]
fn the_letter_has_a_page_in_each_language_and_names_the_delegation() {
    let t = text(&invitation_letter(&visit(), &[Locale::Az, Locale::UzLatn, Locale::Az]).unwrap());
    let pages: Vec<&str> = t.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
    assert_eq!(pages.len(), 2, "one page per language, each once");
    assert!(pages[0].contains("Dəvətnamə") && pages[0].contains("Nümayəndə heyətinin rəhbəri"), "{}", pages[0]);
    assert!(pages[0].contains("tanışlıq səfərinə dəvət edir"), "{}", pages[0]);
    assert!(pages[1].contains("Taklifnoma") && pages[1].contains("Delegatsiya rahbari"), "{}", pages[1]);
    assert!(pages[1].contains("14.12.2026 – 18.12.2026 kunlari Bakı shahrida"), "{}", pages[1]);
    for p in &pages {
        assert!(p.contains("Gʻulomov Oʻtkir") && p.contains("02.11.2026"), "{p}");
    }
    for locale in Locale::ALL {
        let t = text(&invitation_letter(&visit(), &[locale]).unwrap());
        assert!(t.contains("ASAN xidmət tajribasini oʻrganish"), "{}: {t}", locale.tag());
    }
    let mut nowhere = visit();
    nowhere.host_city = None;
    let t = text(&invitation_letter(&nowhere, &[Locale::En]).unwrap());
    assert!(t.contains("from 14 Dec 2026 to 18 Dec 2026") && !t.contains(" in  "), "{t}");
}

#[test]
fn the_delegation_list_numbers_the_members_with_their_roles() {
    let t = text(&delegation_list(&visit(), Locale::Ru, Some(Locale::Az)).unwrap());
    for want in ["Состав делегации", "Nümayəndə heyətinin tərkibi", "Глава делегации", "Переводчик", "Saidova Gulnora"]
    {
        assert!(t.contains(want), "{want} in:\n{t}");
    }
}

#[test]
fn the_evaluation_form_has_a_row_per_objective_in_every_locale() {
    let expect = [
        (Locale::UzLatn, "Stajirovka boʻyicha yakuniy baholash varaqasi"),
        (Locale::UzCyrl, "Стажировка бўйича якуний баҳолаш варақаси"),
        (Locale::Ru, "Лист итоговой оценки стажировки"),
        (Locale::Az, "Təcrübə keçmənin yekun qiymətləndirmə vərəqəsi"),
        (Locale::En, "Internship evaluation form: final"),
    ];
    for (locale, title) in expect {
        let t = text(&evaluation_form(&form(), locale, Some(Locale::Az)).unwrap());
        assert!(t.contains(title), "{}: {t}", locale.tag());
        for want in [
            "Karimova Dilnoza",
            "Rəşad Əliyev",
            "Route a citizen through one window",
            "Read the queue analytics",
            "Analytics",
        ] {
            assert!(t.contains(want), "{} lacks {want}: {t}", locale.tag());
        }
    }
    let mut mid = form();
    mid.final_evaluation = false;
    let t = text(&evaluation_form(&mid, Locale::En, None).unwrap());
    assert!(t.contains("Internship evaluation form: mid-term") && t.contains("Mentor's signature"), "{t}");
}
