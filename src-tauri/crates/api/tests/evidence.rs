//! Records that show tampering: certificates change only from issued to revoked, exports and
//! prints are audited, and `check` finds an edited audit log even when its chain was recomputed,
//! through the head signed at the backup.

mod common;

use common::{course, mark};
use malaka_api::Malaka;
use malaka_api::certificate::IssueInput;
use malaka_api::core::audit_chain::{self, GENESIS};
use malaka_api::core::model::AttendanceStatus;
use sqlx::Row;

async fn issued(app: &Malaka, session: &str, activity: &str, person: &str) -> String {
    app.attendance_mark(&[mark(session, person, AttendanceStatus::Present)]).await.unwrap();
    let report = app.certificate_issue(&IssueInput { activity_id: activity.into(), person_ids: None }).await.unwrap();
    report.issued[0].id.clone()
}

async fn sql(app: &Malaka, statement: &str) -> Result<(), String> {
    let mut tx = app.store().begin().await.unwrap();
    sqlx::query(statement).execute(tx.as_sqlite().unwrap()).await.map_err(|e| e.to_string())?;
    tx.commit().await.unwrap();
    Ok(())
}

#[tokio::test]
async fn a_certificate_changes_only_from_issued_to_revoked() {
    let c = course(&[("Karimova", "Dilnoza")]).await;
    let id = issued(&c.app, &c.session, &c.activity, &c.people[0]).await;
    let e = sql(&c.app, &format!("UPDATE certificate SET snapshot = '{{}}' WHERE id = '{id}'")).await.unwrap_err();
    assert!(e.contains("only changes from issued to revoked"), "{e}");
    c.app.certificate_revoke(&id, "issued by mistake").await.unwrap();
    let e = sql(&c.app, &format!("UPDATE certificate SET status = 'issued' WHERE id = '{id}'")).await.unwrap_err();
    assert!(e.contains("only changes from issued to revoked"), "{e}");
    let e = sql(&c.app, &format!("DELETE FROM certificate WHERE id = '{id}'")).await.unwrap_err();
    assert!(e.contains("never deleted"), "{e}");
}

#[tokio::test]
async fn prints_and_exports_are_audited() {
    let c = course(&[("Karimova", "Dilnoza")]).await;
    let id = issued(&c.app, &c.session, &c.activity, &c.people[0]).await;
    let cert = c.app.certificate_get(&id).await.unwrap();
    c.app
        .certificate_pdf(std::slice::from_ref(&cert), "uz-Latn", None, &malaka_api::job::Job::default())
        .await
        .unwrap();
    c.app.participants_file(&c.activity, malaka_api::plan_export::ListFormat::Csv, "ru").await.unwrap();
    c.app.attendance_sheet(&c.session, "az").await.unwrap();
    let actions: Vec<String> = c.app.audit_list(None, 3).await.unwrap().into_iter().map(|e| e.action).collect();
    assert_eq!(actions, ["print.sign_in_sheet", "export.participants", "print.certificates"]);
    let printed = &c.app.audit_list(Some(&id), 1).await.unwrap()[0];
    assert!(printed.summary.contains(&cert.code), "{}", printed.summary);
}

#[tokio::test]
async fn check_names_an_edited_entry_and_a_recomputed_chain_fails_the_signed_head() {
    let c = course(&[("Karimova", "Dilnoza")]).await;
    let app = &c.app;
    app.backup(&c.dir.path().join("backup.db")).await.unwrap();
    let health = app.check().await.unwrap();
    assert!(health.ok && health.audit.seals == 1, "{health:?}");
    let entries = health.audit.entries;
    assert!(entries >= 5, "{entries}");

    // Someone with the file rewrites an entry: the chain names it.
    sql(app, "DROP TRIGGER audit_log_no_update").await.unwrap();
    sql(app, "UPDATE audit_log SET summary = 'nothing happened' WHERE id = 2").await.unwrap();
    let health = app.check().await.unwrap();
    assert_eq!(health.audit.first_broken, Some(2));
    assert!(!health.ok);

    // …and recomputes every hash after it: the chain holds again, but not the signed head.
    let rows = sqlx::query("SELECT * FROM audit_log ORDER BY id")
        .fetch_all(app.store().read().await.unwrap().as_sqlite().unwrap())
        .await
        .unwrap();
    let mut prev = GENESIS;
    for r in rows {
        let entry = audit_chain::Entry {
            at: r.get("at"),
            actor: r.get("actor"),
            account_id: r.get("account_id"),
            action: r.get("action"),
            entity: r.get("entity"),
            entity_id: r.get("entity_id"),
            summary: r.get("summary"),
        };
        prev = audit_chain::link(&prev, &entry);
        let id: i64 = r.get("id");
        sql(app, &format!("UPDATE audit_log SET hash = x'{}' WHERE id = {id}", hex(&prev))).await.unwrap();
    }
    let health = app.check().await.unwrap();
    assert_eq!(health.audit.first_broken, None, "the forger's chain is consistent");
    assert_eq!(health.audit.broken_seals.len(), 1, "{health:?}");
    assert!(!health.ok);
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
