//! Large batches tell their progress and can be cancelled: a cancelled issuance issues nothing
//! (not even a number), a cancelled print writes nothing.

mod common;

use std::sync::{Arc, Mutex, OnceLock};

use common::{course, mark};
use malaka_api::certificate::IssueInput;
use malaka_api::core::model::AttendanceStatus;
use malaka_api::job::{Job, Phase, Progress};

const PEOPLE: usize = 60;

/// A job that records what it is told and cancels itself once `stop_at` is reached.
fn job(stop_at: Option<(Phase, usize)>) -> (Job, Arc<Mutex<Vec<Progress>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let me: Arc<OnceLock<Job>> = Arc::default();
    let (log, handle) = (seen.clone(), me.clone());
    let job = Job::reporting(move |p| {
        log.lock().unwrap().push(p);
        if stop_at.is_some_and(|(phase, n)| p.phase == phase && p.done >= n) {
            handle.get().unwrap().cancel();
        }
    });
    me.set(job.clone()).ok().unwrap();
    (job, seen)
}

on_both_backends! {
    async fn issuing_and_printing_a_batch_tell_progress_and_a_cancel_keeps_nothing() {
        let names: Vec<(String, String)> = (0..PEOPLE).map(|i| (format!("Qatnashchi{i:02}"), "Ali".to_owned())).collect();
        let names: Vec<(&str, &str)> = names.iter().map(|(f, g)| (f.as_str(), g.as_str())).collect();
        let c = course(&names).await;
        let marks: Vec<_> = c.people.iter().map(|p| mark(&c.session, p, AttendanceStatus::Present)).collect();
        c.app.attendance_mark(&marks).await.unwrap();
        let input = IssueInput { activity_id: c.activity.clone(), person_ids: None };

        // Cancelled halfway: nothing issued, and the series did not move.
        let (cancelling, seen) = job(Some((Phase::Issuing, 30)));
        let e = c.app.certificate_issue_job(&input, &cancelling).await.unwrap_err();
        assert_eq!((e.code(), e.to_string().as_str()), (malaka_api::ErrorCode::Cancelled, "cancelled; nothing was kept"));
        assert_eq!(seen.lock().unwrap().last().map(|p| p.done), Some(30));
        assert!(c.app.certificate_list(Some(&c.activity), None, 100).await.unwrap().is_empty());

        let (watching, seen) = job(None);
        let report = c.app.certificate_issue_job(&input, &watching).await.unwrap();
        assert_eq!(report.issued.len(), PEOPLE);
        assert!(report.issued[0].code.ends_with("-000001"), "{}", report.issued[0].code);
        let seen = seen.lock().unwrap().clone();
        assert_eq!(seen.first(), Some(&Progress { phase: Phase::Issuing, done: 0, total: PEOPLE }));
        assert_eq!(seen.last(), Some(&Progress { phase: Phase::Issuing, done: PEOPLE, total: PEOPLE }));
        assert_eq!(seen.len(), PEOPLE + 1, "one step a certificate below 100");

        // Printing: told chunk by chunk up to every page; cancelled after the first chunk.
        let (watching, seen) = job(None);
        let pdf = c.app.certificate_pdf(&report.issued, "uz-Latn", None, &watching).await.unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let done: Vec<usize> = seen.lock().unwrap().iter().map(|p| p.done).collect();
        // 0, then once per chunk of 25, 25 and 10 pages (in the order the cores finish them).
        assert_eq!((done.len(), done.first(), done.last()), (4, Some(&0), Some(&PEOPLE)), "{done:?}");
        assert!(done.windows(2).all(|w| w[0] < w[1]), "{done:?}");
        let (cancelling, _) = job(Some((Phase::Printing, 1)));
        let e = c.app.certificate_pdf(&report.issued, "uz-Latn", None, &cancelling).await.unwrap_err();
        assert_eq!(e.code(), malaka_api::ErrorCode::Cancelled);

        // One file each: 60 PDFs named by number; a cancel takes back the files it wrote.
        let dir = c.dir.path().join("each");
        let (watching, _) = job(None);
        let files = c.app.certificate_pdf_each(&report.issued, &dir, "ru", Some("en"), &watching).await.unwrap();
        assert_eq!(files.len(), PEOPLE);
        assert!(files[0].ends_with(format!("{}.pdf", report.issued[0].code)), "{}", files[0].display());
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), PEOPLE);
        let again = c.dir.path().join("again");
        let (cancelling, _) = job(Some((Phase::Printing, PEOPLE)));
        let e = c.app.certificate_pdf_each(&report.issued, &again, "ru", None, &cancelling).await.unwrap_err();
        assert_eq!(e.code(), malaka_api::ErrorCode::Cancelled);
        assert_eq!(std::fs::read_dir(&again).unwrap().count(), 0, "no file is left behind");
    }

    async fn an_import_tells_its_progress_and_a_cancel_imports_nobody() {
        let c = course(&[]).await;
        let org = c.app.organisation_list().await.unwrap().remove(0);
        let file = c.dir.path().join("xodimlar.csv");
        let mut csv = String::from("Familiya;Ismi;Tabel raqami\n");
        for i in 0..2500 {
            csv.push_str(&format!("Qodirov{i};Sardor;{}\n", 5000 + i));
        }
        std::fs::write(&file, csv).unwrap();
        let options = malaka_api::person_import::ImportOptions { default_org: Some(org.id), ..Default::default() };

        // Cancelled once the first thousand rows are written: the transaction takes them back.
        let (cancelling, seen) = job(Some((Phase::Importing, 1000)));
        let e = c.app.person_import_job(&file, &options, &cancelling).await.unwrap_err();
        assert_eq!(e.code(), malaka_api::ErrorCode::Cancelled);
        assert_eq!(seen.lock().unwrap().last(), Some(&Progress { phase: Phase::Importing, done: 1000, total: 2500 }));
        assert_eq!(c.app.stats().await.unwrap().people, 0, "nobody imported");

        // The same file imports in full afterwards (a cancelled import is not remembered as done).
        let (watching, seen) = job(None);
        let report = c.app.person_import_job(&file, &options, &watching).await.unwrap();
        assert_eq!(report.imported, 2500);
        let done: Vec<usize> = seen.lock().unwrap().iter().map(|p| p.done).collect();
        assert_eq!(done, [0, 1000, 2000, 2500]);
    }

    async fn a_fault_found_after_rows_were_written_imports_nobody_and_lists_every_problem() {
        let c = course(&[]).await;
        let org = c.app.organisation_list().await.unwrap().remove(0);
        c.app
            .person_create(malaka_api::core::model::NewPerson {
                family_name: "Karimova".into(),
                given_name: "Dilnoza".into(),
                organisation_id: org.id.clone(),
                personnel_number: Some("7400".into()),
                ..Default::default()
            })
            .await
            .unwrap();
        let options =
            malaka_api::person_import::ImportOptions { default_org: Some(org.id), force: true, ..Default::default() };
        let file = c.dir.path().join("xodimlar.csv");
        // Hired before being born: a fault only the row's own check finds (the file check passes it).
        let write = |hired_too_early: &[usize], first_number: usize| {
            let mut csv = String::from("Familiya;Ismi;Tabel raqami;Tug'ilgan sana;Ishga qabul qilingan sana\n");
            for i in 0..2500 {
                let hired = if hired_too_early.contains(&i) { "1985-01-01" } else { "2015-09-01" };
                csv.push_str(&format!("Qodirov{i};Sardor;{};1990-05-01;{hired}\n", first_number + i));
            }
            std::fs::write(&file, csv).unwrap();
        };

        // Rows 2102 and 2302 are wrong: the first two chunks are written before the check reaches
        // them, and the transaction takes them back.
        write(&[2100, 2300], 10_000);
        let (watching, seen) = job(None);
        let e = c.app.person_import_job(&file, &options, &watching).await.unwrap_err();
        let malaka_api::Error::ImportRejected { problems, .. } = &e else { panic!("{e:?}") };
        let found: Vec<(usize, &str)> = problems.iter().map(|p| (p.row, p.column.as_str())).collect();
        assert_eq!(found, [(2102, "Ishga qabul qilingan sana"), (2302, "Ishga qabul qilingan sana")]);
        assert!(seen.lock().unwrap().iter().any(|p| p.done == 1000), "rows were being written: {seen:?}");
        assert_eq!(c.app.stats().await.unwrap().people, 1, "only the person who was there before");
        assert!(c.app.person_search("Qodirov1", 10).await.unwrap().is_empty());

        // Row 2402 names Karimova's number: listed (not hit as a constraint), nothing written.
        write(&[], 5000);
        let (watching, seen) = job(None);
        let e = c.app.person_import_job(&file, &options, &watching).await.unwrap_err();
        let malaka_api::Error::ImportRejected { problems, .. } = &e else { panic!("{e:?}") };
        let found: Vec<(usize, &str)> = problems.iter().map(|p| (p.row, p.column.as_str())).collect();
        assert_eq!(found, [(2402, "Tabel raqami")]);
        assert!(seen.lock().unwrap().is_empty(), "nothing was written");
        assert_eq!(c.app.stats().await.unwrap().people, 1);

        // Fixed, the file imports whole.
        write(&[], 8000);
        let report = c.app.person_import(&file, &options).await.unwrap();
        assert_eq!((report.imported, c.app.stats().await.unwrap().people), (2500, 2501));
    }
}
