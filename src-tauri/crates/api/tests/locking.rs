//! Marks and results an issued certificate rests on are locked; the roll says who is locked.

mod common;

use common::{course, mark};
use malaka_api::completion::AssessmentInput;
use malaka_api::core::completion::{AssessmentKind, CompletionRule};
use malaka_api::core::model::*;
use malaka_api::{ErrorCode, Malaka};
use malaka_store::certificate::{NewCertificate, insert};

async fn setup() -> (tempfile::TempDir, Malaka, String, String, [String; 2]) {
    let c = course(&[("Olimov", "Sardor"), ("Rahimova", "Nodira")]).await;
    (c.dir, c.app, c.activity, c.session, c.people.try_into().unwrap())
}

on_both_backends! {
    async fn an_issued_certificate_locks_the_holders_marks_and_result() {
        let (_dir, app, act, session, [a, b]) = setup().await;
        app.completion_rule_set(&CompletionRule {
            assessment: AssessmentKind::PassFail,
            ..CompletionRule::default_for(&act)
        })
        .await
        .unwrap();
        app.attendance_mark(&[
            mark(&session, &a, AttendanceStatus::Present),
            mark(&session, &b, AttendanceStatus::Present),
        ])
        .await
        .unwrap();
        let pass =
            |p: &str| AssessmentInput { activity_id: act.clone(), person_id: p.into(), passed: Some(true), score: None };
        app.assessment_record(&pass(&a)).await.unwrap();
        assert!(
            app.completion_show(&act)
                .await
                .unwrap()
                .participants
                .iter()
                .find(|p| p.person_id == a)
                .unwrap()
                .standing
                .eligible
        );

        let mut tx = app.store().begin().await.unwrap();
        let cert = NewCertificate {
            id: "0192f0a2-0000-7000-8000-00000000c001",
            series: "UZ-DXA-2026",
            number: 1,
            code: "UZ-DXA-2026-000001",
            activity_id: &act,
            person_id: &a,
            snapshot: "{}",
            token: "t",
            replaces_id: None,
        };
        insert(&mut tx, &cert, "manager", chrono::Utc::now()).await.unwrap();
        tx.commit().await.unwrap();

        // The holder's mark is refused (and the whole save with it); the other person's is not locked.
        let both = [mark(&session, &b, AttendanceStatus::Late), mark(&session, &a, AttendanceStatus::Absent)];
        let e = app.attendance_mark(&both).await.unwrap_err();
        assert_eq!(e.code(), ErrorCode::Locked);
        assert!(e.to_string().contains("Olimov Sardor's marks are locked by certificate UZ-DXA-2026-000001"), "{e}");
        let roll = app.attendance_roll(&session).await.unwrap();
        assert!(roll.marks.iter().all(|m| m.status == AttendanceStatus::Present), "nothing of the refused save stays");
        let locked: Vec<_> = roll.people.iter().map(|p| (p.person_id.as_str(), p.locked_by.as_deref())).collect();
        assert!(locked.contains(&(a.as_str(), Some("UZ-DXA-2026-000001"))));
        assert!(locked.contains(&(b.as_str(), None)));
        app.attendance_mark(&[mark(&session, &b, AttendanceStatus::Late)]).await.unwrap();
        assert_eq!(app.assessment_record(&pass(&a)).await.unwrap_err().code(), ErrorCode::Locked);
        let shown = app.completion_show(&act).await.unwrap();
        assert_eq!(
            shown.participants.iter().find(|p| p.person_id == a).unwrap().certificate.as_deref(),
            Some("UZ-DXA-2026-000001")
        );

        // Certificates are never deleted, by the database itself.
        let mut tx = app.store().begin().await.unwrap();
        let gone = common::execute_sql(&mut tx, "DELETE FROM certificate").await;
        assert!(gone.unwrap_err().contains("certificates are never deleted"));
    }

    async fn a_cancelled_session_and_an_outsider_take_no_marks() {
        let (_dir, app, _act, session, [a, _b]) = setup().await;
        let outsider = "0192f0a2-0000-7000-8000-0000000000ff";
        let e = app.attendance_mark(&[mark(&session, outsider, AttendanceStatus::Present)]).await.unwrap_err();
        assert_eq!(e.code(), ErrorCode::NotFound);
        let e = app.attendance_mark(&[]).await.unwrap_err();
        assert_eq!(e.to_string(), "marks: nothing to save");
        app.attendance_mark(&[mark(&session, &a, AttendanceStatus::Present)]).await.unwrap();
        let grid = app.attendance_grid(&_act).await.unwrap();
        assert_eq!((grid.sessions.len(), grid.people.len(), grid.marks.len()), (1, 2, 1));
        // Names in the roll's order (by family name), the sign-in sheet's order too.
        assert_eq!(grid.people[0].person_name, "Olimov Sardor");
    }
}
