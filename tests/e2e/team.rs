//! Team mode in the real app: an administrator moves their desk's register onto an empty
//! PostgreSQL database from Settings and switches the desk to it; then a trainer's desk (started
//! from its settings, asking for the password) and an HR officer's desk work at once, and the
//! roll the trainer marks appears in the officer's window without reloading.

use malaka_api::core::model::{NewAccount, Role};
use malaka_api::{Location, Malaka};

use crate::driver::App;
use crate::seed;

/// The parts of a test database's address, as a user types them into the settings.
struct Server {
    host: String,
    port: String,
    database: String,
    owner: String,
    password: String,
}

fn server(url: &str) -> Server {
    let rest = url.strip_prefix("postgres://").unwrap();
    let (credentials, rest) = rest.split_once('@').unwrap();
    let (owner, password) = credentials.split_once(':').unwrap();
    let (host_port, database) = rest.split_once('/').unwrap();
    let (host, port) = host_port.rsplit_once(':').unwrap();
    Server {
        host: host.into(),
        port: port.into(),
        database: database.into(),
        owner: owner.into(),
        password: password.into(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_desk_moves_to_the_server_and_another_desk_sees_its_roll_without_reloading() {
    let url = malaka_test_postgres::database();
    let s = server(&url);
    let data = tempfile::tempdir().unwrap();
    let course = seed::course(&data.path().join("malaka.db")).await;

    // The administrator's desk: test the empty server, move the register onto it, switch to it.
    let admin = App::launch_in(data).await;
    admin.id("people-list").await;
    admin.click("nav-settings").await;
    admin.type_into("team-host", &s.host).await;
    admin.type_into("team-port", &s.port).await;
    admin.type_into("team-database", &s.database).await;
    admin.type_into("team-user", &s.owner).await;
    admin.type_into("team-password", &s.password).await;
    admin.click("team-tls").await; // the test server speaks no TLS
    admin.click("team-test").await;
    admin.wait_attr("team-probe", "data-state", "empty").await;
    admin.show("team-panel").await;
    admin.shot("40-team-tested").await;
    admin.click("team-move").await;
    admin.click("team-move-confirm").await;
    admin.wait_text("team-moved-total", "").await;
    let person_rows = admin.attr_of("[data-testid=team-moved-row][data-table=person]", "data-rows").await;
    assert_eq!(person_rows, "40", "every person moved");
    admin.show("team-moved").await;
    admin.shot("41-team-moved").await;
    admin.click("team-switch").await;
    // The window starts again on the team database, signed in by the owner's login.
    admin.id("people-list").await;
    admin.click("nav-settings").await;
    admin.wait_text("team-current", &format!("{}@{}:{}/{}", s.owner, s.host, s.port, s.database)).await;
    admin.shot("42-team-connected").await;
    admin.close().await;

    // Each desk's person gets their own server login (the administrator's `account add`).
    let owner = Malaka::open_at(&Location::Server(url.clone()), std::path::Path::new(".")).await.unwrap();
    let (trainer_login, officer_login) = (format!("t_{}", s.database), format!("h_{}", s.database));
    let password = "trainer and officer pw";
    for (login, role, trainer_id) in
        [(&trainer_login, Role::Trainer, Some(course.trainer.clone())), (&officer_login, Role::HrOfficer, None)]
    {
        let input =
            NewAccount { login: login.clone(), name: login.clone(), role, trainer_id, password: password.into() };
        owner.account_create(input).await.unwrap();
    }
    owner.close().await;

    // The trainer's desk starts from its settings: no password kept, so it asks.
    let trainer_data = tempfile::tempdir().unwrap();
    let dir = App::desk_dir(trainer_data.path());
    std::fs::create_dir_all(&dir).unwrap();
    let settings = serde_json::json!({ "team": {
        "host": s.host, "port": s.port.parse::<u16>().unwrap(), "database": s.database,
        "user": trainer_login, "tls": false,
    }});
    std::fs::write(dir.join("desk.json"), settings.to_string()).unwrap();
    let trainer = App::launch_desk(trainer_data, None).await;
    trainer.id("connect-needs-password").await;
    trainer.wait_text("connect-server", &trainer_login).await;
    trainer.shot("43-connect-asks-password").await;
    trainer.type_into("connect-password", password).await;
    trainer.click("connect-retry").await;
    trainer.click("nav-attendance").await;
    trainer.click(&format!("session-card-{}", course.today)).await;
    trainer.wait_text("roll-title", "Mijozlarga xizmat").await;

    // The HR officer's desk, at the same time, on the same roll.
    let officer_url = format!(
        "postgres://{officer_login}:{}@{}:{}/{}?sslmode=disable",
        password.replace(' ', "%20"),
        s.host,
        s.port,
        s.database
    );
    let officer = App::launch_beside(&trainer, tempfile::tempdir().unwrap(), Some(&officer_url)).await;
    officer.click("nav-attendance").await;
    officer.click(&format!("session-card-{}", course.today)).await;
    let first = format!("cell-{}-{}", course.people[0].0, course.today);
    officer.wait_attr(&first, "data-status", "").await;

    trainer.click(&first).await;
    trainer.keys("p").await;
    trainer.wait_attr("save-status", "data-state", "saved").await;
    officer.wait_attr(&first, "data-status", "present").await;
    officer.shot("44-team-other-desk-sees-the-roll").await;
    // Signed in by the server with their own login: nothing to sign out of in the app.
    officer.wait_text("signed-in-name", &officer_login).await;
    officer.wait_count("sign-out", 0).await;
    officer.close().await;
    trainer.close().await;
}
