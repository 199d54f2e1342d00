//! A trainer's roll call, as a trainer does it: find today's session, mark 40 people by keyboard
//! alone, correct a mark with a reason and read its history, print the sign-in sheet, and watch
//! eligibility follow the marks.

use crate::driver::App;
use crate::seed;

/// WebDriver's Enter key.
const ENTER: &str = "\u{E007}";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trainer_takes_the_roll_by_keyboard_and_prints_the_sheet() {
    let data = tempfile::tempdir().unwrap();
    let course = seed::course(&data.path().join("malaka.db")).await;
    assert_eq!(course.people.len(), 40);
    let app = App::launch_in(data).await;
    let cell = |person: usize, session: &str| format!("cell-{}-{session}", course.people[person].0);

    // My sessions: today's roll is there, yesterday's is flagged as missing its marks.
    app.click("nav-attendance").await;
    app.select("trainer-picker", &course.trainer).await;
    app.id(&format!("missing-{}", course.yesterday)).await;
    app.shot("10-my-sessions").await;
    app.click(&format!("session-card-{}", course.today)).await;
    app.wait_text("roll-title", "Mijozlarga xizmat").await;

    // 40 marks by keyboard alone: each letter marks and moves down.
    app.click(&cell(0, &course.today)).await;
    app.keys(&"p".repeat(36)).await;
    app.keys("aale").await;
    app.wait_attr("save-status", "data-state", "saved").await;
    for (i, expected) in
        (0..40).map(|i| (i, if i < 36 { "present" } else { ["absent", "absent", "late", "excused"][i - 36] }))
    {
        app.wait_attr(&cell(i, &course.today), "data-status", expected).await;
    }
    app.shot("11-roll-marked").await;

    // Correct one mark with a reason; the history shows both changes and the reason.
    app.click(&cell(1, &course.today)).await;
    app.keys(ENTER).await;
    app.id("mark-detail").await;
    app.select("mark-status", "absent").await;
    app.type_into("mark-reason", "Left after the first hour").await;
    app.click("mark-apply").await;
    app.wait_attr(&cell(1, &course.today), "data-status", "absent").await;
    app.wait_attr("save-status", "data-state", "saved").await;
    app.click(&cell(1, &course.today)).await;
    app.keys(ENTER).await;
    app.click("show-history").await;
    let history = app.wait_text("mark-history", "Left after the first hour").await;
    assert!(history.lines().count() >= 2, "two changes listed: {history}");
    app.shot("12-mark-history").await;

    // The printed sign-in sheet lists the roll by name.
    let sheet = app.data.path().join("sign-in.pdf");
    app.set_save(&sheet).await;
    app.click("print-sheet").await;
    app.wait_text("sheet-saved", "sign-in.pdf").await;
    let text = std::process::Command::new("pdftotext").arg(&sheet).arg("-").output().expect("pdftotext");
    let text = String::from_utf8(text.stdout).unwrap();
    for (_, name) in &course.people[..3] {
        assert!(text.contains(name.as_str()), "{name} not on the sheet:\n{text}");
    }

    // Eligibility: yesterday is not marked, so no one has 80 %; marking it makes the first eligible.
    app.click("open-activity").await;
    let first = &course.people[0].0;
    app.wait_attr(&format!("completion-{first}"), "data-eligible", "false").await;
    app.wait_text(&format!("rate-{first}"), "50").await;
    app.click(&cell(0, &course.yesterday)).await;
    app.keys("p").await;
    app.wait_attr(&format!("completion-{first}"), "data-eligible", "true").await;
    app.wait_text(&format!("rate-{first}"), "100").await;
    app.shot("13-eligibility").await;
    app.close().await;
}
