//! Accounts and roles on a real register file: who must sign in, what each role may do, the
//! lock-out, and the audit naming the signed-in account.

mod common;

use common::{course, mark};
use malaka_api::core::model::*;
use malaka_api::core::{Reason, access::Action};
use malaka_api::person::PersonQuery;
use malaka_api::{ErrorCode, Malaka};

const ADMIN_PASSWORD: &str = "admin password 1";

async fn trainer(app: &Malaka, name: &str) -> Trainer {
    app.trainer_create(NewTrainer { name: Some(name.into()), ..Default::default() }).await.unwrap()
}

async fn account(app: &Malaka, login: &str, role: Role, trainer_id: Option<&str>) -> Account {
    let new = NewAccount {
        login: login.into(),
        name: format!("{login} name"),
        role,
        trainer_id: trainer_id.map(Into::into),
        password: format!("{login} password"),
    };
    app.account_create(new).await.unwrap()
}

async fn session_given_by(app: &Malaka, activity: &str, trainer: &str, day: u32) -> String {
    let s = NewSession {
        activity_id: activity.into(),
        title: None,
        starts_local: format!("2026-03-{day:02}T09:00"),
        ends_local: format!("2026-03-{day:02}T12:00"),
        time_zone: Some("Asia/Tashkent".into()),
        venue_id: None,
        trainer_ids: vec![trainer.into()],
    };
    app.session_create(s, false).await.unwrap().id
}

/// Opens the register again, as another desk would, signed in as `login`.
async fn desk(app: &Malaka, login: &str) -> Malaka {
    let other = app.open_again().await.unwrap();
    other.sign_in(login, &format!("{login} password")).await.unwrap();
    other
}

#[tokio::test]
async fn a_new_register_has_one_administrator_signed_in_without_a_password() {
    let c = course(&[("Karimova", "Dilnoza")]).await;
    let me = c.app.signed_in().await.unwrap();
    assert_eq!(me.account.role, Role::Administrator);
    assert!(!me.sign_in_required && !me.account.has_password);
    assert_eq!(me.allowed, Action::ALL.to_vec());
    let audit = c.app.audit_list(None, 1).await.unwrap();
    assert_eq!(audit[0].actor, "Administrator", "the account, not $USER");
}

#[tokio::test]
async fn the_second_account_makes_everyone_sign_in() {
    let c = course(&[("Karimova", "Dilnoza")]).await;
    let app = &c.app;
    let new = NewAccount {
        login: "hr".into(),
        name: "hr name".into(),
        role: Role::HrOfficer,
        trainer_id: None,
        password: "hr password".into(),
    };
    let e = app.account_create(new).await.unwrap_err();
    assert_eq!(e.reason(), Reason::OwnPasswordFirst, "{e}");
    app.password_change("", ADMIN_PASSWORD).await.unwrap();
    account(app, "hr", Role::HrOfficer, None).await;
    let e = app.account_create(NewAccount {
        login: "HR".into(),
        name: "Someone".into(),
        role: Role::Viewer,
        trainer_id: None,
        password: "another password".into(),
    });
    assert_eq!(e.await.unwrap_err().code(), ErrorCode::Duplicate, "logins fold case");

    let other = app.open_again().await.unwrap();
    let e = other.person_query(&PersonQuery { limit: 10, ..Default::default() }).await.unwrap_err();
    assert_eq!((e.code(), e.reason()), (ErrorCode::SignIn, Reason::SignInRequired));
    let e = other.sign_in("hr", "wrong password").await.unwrap_err();
    assert_eq!(e.reason(), Reason::WrongSignIn);
    let e = other.sign_in("nobody", "hr password").await.unwrap_err();
    assert_eq!(e.reason(), Reason::WrongSignIn, "an unknown login is not told apart");
    let me = other.sign_in("HR", "hr password").await.unwrap();
    assert!(me.sign_in_required);
    assert_eq!(me.account.name, "hr name");
    assert!(other.person_query(&PersonQuery { limit: 10, ..Default::default() }).await.is_ok());
    other.sign_out().await.unwrap();
    assert_eq!(
        other.person_query(&PersonQuery { limit: 10, ..Default::default() }).await.unwrap_err().code(),
        ErrorCode::SignIn
    );
}

#[tokio::test]
async fn repeated_wrong_passwords_lock_an_account_until_an_administrator_resets_it() {
    let c = course(&[]).await;
    c.app.password_change("", ADMIN_PASSWORD).await.unwrap();
    let viewer = account(&c.app, "partner", Role::Viewer, None).await;
    let other = c.app.open_again().await.unwrap();
    for _ in 0..malaka_api::account::LOCK_AFTER {
        assert_eq!(other.sign_in("partner", "guess guess").await.unwrap_err().reason(), Reason::WrongSignIn);
    }
    let e = other.sign_in("partner", "partner password").await.unwrap_err();
    assert!(matches!(e.reason(), Reason::AccountLocked { .. }), "the right password waits too: {e}");
    c.app.password_reset(&viewer.id, "a new partner password").await.unwrap();
    other.sign_in("partner", "a new partner password").await.unwrap();
}

#[tokio::test]
async fn a_trainer_records_only_their_own_sessions_and_issues_nothing() {
    let c = course(&[("Karimova", "Dilnoza"), ("Aliyev", "Kamran")]).await;
    let app = &c.app;
    app.password_change("", ADMIN_PASSWORD).await.unwrap();
    let (mine, theirs) = (trainer(app, "Rustam Qodirov").await, trainer(app, "Aziza Umarova").await);
    let own = session_given_by(app, &c.activity, &mine.id, 11).await;
    let other = session_given_by(app, &c.activity, &theirs.id, 12).await;
    let e = app.account_create(NewAccount {
        login: "trainer".into(),
        name: "T".into(),
        role: Role::Trainer,
        trainer_id: None,
        password: "trainer password".into(),
    });
    assert_eq!(e.await.unwrap_err().reason(), Reason::TrainerAccountNeedsTrainer);
    account(app, "rustam", Role::Trainer, Some(&mine.id)).await;

    let t = desk(app, "rustam").await;
    t.attendance_mark(&[mark(&own, &c.people[0], AttendanceStatus::Present)]).await.unwrap();
    let e = t.attendance_mark(&[mark(&other, &c.people[0], AttendanceStatus::Present)]).await.unwrap_err();
    assert_eq!((e.code(), e.reason()), (ErrorCode::Forbidden, Reason::NotYourSession));
    let both = [mark(&own, &c.people[1], AttendanceStatus::Late), mark(&other, &c.people[1], AttendanceStatus::Late)];
    assert_eq!(
        t.attendance_mark(&both).await.unwrap_err().reason(),
        Reason::NotYourSession,
        "one foreign session refuses the whole roll"
    );
    let issue = malaka_api::certificate::IssueInput { activity_id: c.activity.clone(), person_ids: None };
    let e = t.certificate_issue(&issue).await.unwrap_err();
    assert_eq!(e.reason(), Reason::NotAllowed { action: "certificate_issue".into() });
    assert_eq!(t.person_create(NewPerson::default()).await.unwrap_err().code(), ErrorCode::Forbidden);

    let entry = &app.audit_list(Some(&own), 1).await.unwrap()[0];
    assert_eq!((entry.action.as_str(), entry.actor.as_str()), ("attendance.mark", "rustam name"));
    let roll = app.attendance_roll(&own).await.unwrap();
    assert_eq!(roll.marks[0].marked_by, "rustam name");
}

#[tokio::test]
async fn a_viewer_reads_everything_and_changes_nothing() {
    let c = course(&[("Karimova", "Dilnoza")]).await;
    let app = &c.app;
    app.password_change("", ADMIN_PASSWORD).await.unwrap();
    account(app, "partner", Role::Viewer, None).await;
    let v = desk(app, "partner").await;
    assert!(v.activity_get(&c.activity).await.is_ok());
    assert!(v.attendance_roll(&c.session).await.is_ok());
    let refused = [
        v.person_create(NewPerson::default()).await.unwrap_err(),
        v.attendance_mark(&[mark(&c.session, &c.people[0], AttendanceStatus::Present)]).await.unwrap_err(),
        v.enrolment_cancel(&c.people[0], None).await.unwrap_err(),
        v.enrolment_approve(&[]).await.unwrap_err(),
        v.session_cancel(&c.session, "rain").await.unwrap_err(),
        v.programme_archive(&c.activity, true).await.unwrap_err(),
        v.certificate_revoke("X-1", "wrong").await.unwrap_err(),
        v.organisation_logo_clear("DXA").await.unwrap_err(),
        v.backup(&c.dir.path().join("b.db")).await.unwrap_err(),
        v.demo_load().await.unwrap_err(),
        v.account_list().await.unwrap_err(),
    ];
    for e in refused {
        assert_eq!(e.code(), ErrorCode::Forbidden, "{e}");
    }
    assert_eq!(app.stats().await.unwrap().people, 1, "nothing was written");
}

#[tokio::test]
async fn the_register_keeps_an_administrator_who_can_sign_in() {
    let c = course(&[]).await;
    let app = &c.app;
    app.password_change("", ADMIN_PASSWORD).await.unwrap();
    let me = app.signed_in().await.unwrap().account;
    let demote = AccountChange { name: me.name.clone(), role: Role::Manager, trainer_id: None, disabled: false };
    assert_eq!(app.account_update(&me.id, demote.clone()).await.unwrap_err().reason(), Reason::LastAdministrator);
    let second = account(app, "second", Role::Administrator, None).await;
    let demoted = app.account_update(&me.id, demote).await.unwrap();
    assert_eq!(demoted.role, Role::Manager);
    let e = app.account_list().await.unwrap_err();
    assert_eq!(e.code(), ErrorCode::Forbidden, "the demotion applies to the signed-in session at once");
    let s = desk(app, "second").await;
    let off = AccountChange { name: second.name, role: Role::Administrator, trainer_id: None, disabled: true };
    assert_eq!(s.account_update(&second.id, off).await.unwrap_err().reason(), Reason::LastAdministrator);
}

#[tokio::test]
async fn a_token_signs_a_script_in_until_it_is_revoked() {
    let c = course(&[]).await;
    let app = &c.app;
    app.password_change("", ADMIN_PASSWORD).await.unwrap();
    let hr = account(app, "hr", Role::HrOfficer, None).await;
    let token = app.token_create(&hr.id, "nightly import").await.unwrap();
    assert!(token.secret.starts_with("mlk_") && token.secret.len() == 68, "{}", token.secret);
    let script = app.open_again().await.unwrap();
    assert_eq!(script.sign_in_token(&token.secret).await.unwrap().account.login, "hr");
    app.token_revoke(&token.id).await.unwrap();
    let again = app.open_again().await.unwrap();
    assert_eq!(again.sign_in_token(&token.secret).await.unwrap_err().reason(), Reason::WrongSignIn);
    assert!(app.token_list().await.unwrap()[0].revoked_at.is_some());
}
