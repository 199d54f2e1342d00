//! A register written by the version before accounts and the audit chain opens in this one:
//! migrated, nothing lost, its old audit entries sealed into the chain; and the chain then shows
//! an edit or a removal made behind the app's back.

use std::path::Path;

use malaka_store::{Store, account, audit};
use sqlx::Connection;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};

/// The last migration of the version before issue 15.
const BEFORE_ACCOUNTS: i64 = 20261206000007;

/// Writes a register as that version did: its migrations only, and three audit entries.
async fn earlier_register(path: &Path) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations/sqlite");
    let mut migrator = sqlx::migrate::Migrator::new(dir).await.unwrap();
    migrator.migrations = migrator.migrations.iter().filter(|m| m.version <= BEFORE_ACCOUNTS).cloned().collect();
    let options = SqliteConnectOptions::new().filename(path).create_if_missing(true);
    let mut conn = SqliteConnection::connect_with(&options).await.unwrap();
    migrator.run(&mut conn).await.unwrap();
    for (i, who) in ["dilnoza", "kamran", "dilnoza"].iter().enumerate() {
        sqlx::query("INSERT INTO audit_log (at, actor, action, entity, entity_id, summary) VALUES (?, ?, ?, ?, ?, ?)")
            .bind(format!("2026-11-0{}T10:00:00Z", i + 1))
            .bind(who)
            .bind("person.create")
            .bind("person")
            .bind(format!("p{i}"))
            .bind(format!("added person {i}"))
            .execute(&mut conn)
            .await
            .unwrap();
    }
    conn.close().await.unwrap();
}

/// Runs SQL as someone editing the file by hand would, with the append-only triggers dropped.
async fn behind_the_apps_back(store: &Store, sql: &str) {
    let mut tx = store.begin().await.unwrap();
    sqlx::query("DROP TRIGGER IF EXISTS audit_log_no_update").execute(tx.as_sqlite().unwrap()).await.unwrap();
    sqlx::query("DROP TRIGGER IF EXISTS audit_log_no_delete").execute(tx.as_sqlite().unwrap()).await.unwrap();
    sqlx::query(sql).execute(tx.as_sqlite().unwrap()).await.unwrap();
    tx.commit().await.unwrap();
}

#[tokio::test]
async fn an_earlier_register_opens_with_its_audit_log_sealed_into_the_chain_and_one_administrator() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("malaka.db");
    earlier_register(&path).await;

    let store = Store::open(&path).await.unwrap();
    let mut c = store.read().await.unwrap();
    let check = audit::verify_chain(&mut c).await.unwrap();
    assert_eq!((check.entries, check.first_broken), (3, None));
    let entries = audit::list(&mut c, None, 10).await.unwrap();
    assert_eq!(entries.iter().map(|e| e.actor.as_str()).collect::<Vec<_>>(), ["dilnoza", "kamran", "dilnoza"]);
    let admin = account::only(&mut c).await.unwrap().expect("one account");
    assert_eq!((admin.login.as_str(), admin.has_password), ("admin", false));
    assert!(!account::sign_in_required(&mut c).await.unwrap());
    drop(c);
    store.close().await;
    // Opened again, nothing is sealed twice and the chain still holds.
    let store = Store::open(&path).await.unwrap();
    let check = audit::verify_chain(&mut store.read().await.unwrap()).await.unwrap();
    assert_eq!((check.entries, check.first_broken), (3, None));
}

#[tokio::test]
async fn an_edited_or_removed_entry_breaks_the_chain_and_ids_are_never_reused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("malaka.db");
    earlier_register(&path).await;
    let store = Store::open(&path).await.unwrap();

    behind_the_apps_back(&store, "UPDATE audit_log SET summary = 'nothing happened' WHERE id = 2").await;
    let check = audit::verify_chain(&mut store.read().await.unwrap()).await.unwrap();
    assert_eq!(check.first_broken, Some(2), "the edited entry is named");

    let dir2 = tempfile::tempdir().unwrap();
    let path2 = dir2.path().join("malaka.db");
    earlier_register(&path2).await;
    let store2 = Store::open(&path2).await.unwrap();
    behind_the_apps_back(&store2, "DELETE FROM audit_log WHERE id = 1").await;
    let check = audit::verify_chain(&mut store2.read().await.unwrap()).await.unwrap();
    assert_eq!(check.first_broken, Some(2), "the entry after a removed one is named");

    behind_the_apps_back(&store2, "DELETE FROM audit_log WHERE id = 3").await;
    let mut tx = store2.begin().await.unwrap();
    let e = audit::Event {
        actor: "Administrator",
        account_id: None,
        action: "person.create",
        entity: "person",
        entity_id: None,
        summary: "added".into(),
    };
    audit::record(&mut tx, chrono::Utc::now(), e).await.unwrap();
    tx.commit().await.unwrap();
    let last = audit::list(&mut store2.read().await.unwrap(), None, 1).await.unwrap();
    assert_eq!(last[0].id, 4, "the removed entry's id 3 is not given again");
}
