//! The signing key sealed with the issuer's passphrase: locked in each new session until the
//! passphrase is given, rotated with old certificates still verifying, and a key kept in plain by
//! an earlier version sealed so that no copy of its seed is left in the file.

mod common;

use common::{KEY_PASSPHRASE, course, mark};
use malaka_api::Malaka;
use malaka_api::certificate::IssueInput;
use malaka_api::core::Reason;
use malaka_api::core::certificate::{self as rules, VerificationStatus};
use malaka_api::core::model::AttendanceStatus;

async fn issue(app: &Malaka, activity: &str) -> malaka_api::Result<malaka_api::certificate::IssueReport> {
    app.certificate_issue(&IssueInput { activity_id: activity.into(), person_ids: None }).await
}

on_both_backends! {
    async fn a_new_session_needs_the_passphrase_before_it_signs() {
        let c = course(&[("Karimova", "Dilnoza")]).await;
        c.app.attendance_mark(&[mark(&c.session, &c.people[0], AttendanceStatus::Present)]).await.unwrap();
        let other = c.app.open_again().await.unwrap();
        assert_eq!(issue(&other, &c.activity).await.unwrap_err().reason(), Reason::SigningKeyLocked);
        assert_eq!(other.key_unlock("a wrong passphrase").await.unwrap_err().reason(), Reason::WrongPassphrase);
        other.key_unlock(KEY_PASSPHRASE).await.unwrap();
        assert_eq!(issue(&other, &c.activity).await.unwrap().issued.len(), 1);
    }

    async fn a_register_without_a_key_asks_an_administrator_to_set_one_up() {
        let (_dir, app) = common::register().await;
        assert_eq!(app.certificate_public_key().await.unwrap_err().reason(), Reason::SigningKeyNotSetUp);
        let short = app.key_rotate("too short").await.unwrap_err();
        assert_eq!(short.reason(), Reason::PasswordTooShort { min: 12 });
        let key = app.key_rotate(KEY_PASSPHRASE).await.unwrap();
        assert!(key.in_use && key.protected);
        assert_eq!(app.certificate_public_key().await.unwrap().key_id, key.key_id);
    }

    async fn a_rotated_key_keeps_verifying_what_it_signed() {
        let c = course(&[("Karimova", "Dilnoza")]).await;
        c.app.attendance_mark(&[mark(&c.session, &c.people[0], AttendanceStatus::Present)]).await.unwrap();
        let old = issue(&c.app, &c.activity).await.unwrap().issued.remove(0);
        assert_eq!(c.app.key_rotate("not the passphrase").await.unwrap_err().reason(), Reason::WrongPassphrase);
        let new_key = c.app.key_rotate(KEY_PASSPHRASE).await.unwrap();
        assert_eq!(c.app.certificate_verify(&old.token).await.unwrap().status, VerificationStatus::Valid);
        let keys = c.app.key_list().await.unwrap();
        assert_eq!(keys.len(), 2);
        assert!(keys[0].retired_at.is_some() && !keys[0].in_use && keys[1].key_id == new_key.key_id);
        c.app.certificate_revoke(&old.code, "wrong name").await.unwrap();
        let again = c.app.certificate_reissue(&old.code).await.unwrap();
        let facts = rules::read(&again.token).unwrap().0;
        assert_eq!(facts.key_id, new_key.key_id, "new certificates are signed with the new key");

        // A lost passphrase: the key in use is retired, and the next rotation sets a new one.
        c.app.key_retire(&new_key.key_id).await.unwrap();
        let third = c.app.key_rotate("a brand new passphrase").await.unwrap();
        assert!(third.in_use);
        assert_eq!(c.app.certificate_verify(&again.token).await.unwrap().status, VerificationStatus::Valid);
    }
}

#[tokio::test]
async fn a_plain_key_from_an_earlier_version_is_sealed_and_purged_from_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("malaka.db");
    let app = Malaka::open(&path).await.unwrap();
    // As an earlier version stored it: the seed in plain.
    let seed = [42u8; 32];
    let public = rules::public_key(&seed);
    let id = rules::hex(&rules::key_id(&public));
    let mut tx = app.store().begin().await.unwrap();
    sqlx::query("INSERT INTO signing_key (id, public_key, secret_seed, created_at) VALUES (?, ?, ?, ?)")
        .bind(&id)
        .bind(&public[..])
        .bind(&seed[..])
        .bind("2026-11-01T10:00:00Z")
        .execute(tx.as_sqlite().unwrap())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert!(!app.key_list().await.unwrap()[0].protected);
    assert_eq!(app.key_protect(KEY_PASSPHRASE).await.unwrap(), 1);
    app.clone().close().await;
    let bytes = std::fs::read(&path).unwrap();
    assert!(!bytes.windows(32).any(|w| w == seed), "the plain seed is gone from the file");
    let app = Malaka::open(&path).await.unwrap();
    assert!(app.key_list().await.unwrap()[0].protected);
    assert_eq!(app.key_unlock(KEY_PASSPHRASE).await.unwrap().key_id, id, "the same key, now sealed");
}
