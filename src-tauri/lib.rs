//! The desktop shell: opens the database, registers plugins and exposes one command per user
//! action. Rules and SQL live in the crates; a command only deserialises, calls `api`, and returns.

mod commands;
mod desk;
mod jobs;
mod picks;
mod team_password;

use std::sync::OnceLock;
use std::time::Instant;

use malaka_api::{Location, Malaka};
use tauri::Manager;

/// When the process started, for the cold-start figure (process start to first screen painted).
static STARTED: OnceLock<Instant> = OnceLock::new();

pub(crate) fn started() -> Instant {
    *STARTED.get_or_init(Instant::now)
}

/// What every command reaches: the desk's open register, and the long jobs running on it.
pub struct AppState {
    pub desk: desk::Desk,
    pub jobs: jobs::Jobs,
}

impl AppState {
    /// The open register (`sign_in` while none is: the start screen shows why).
    pub async fn malaka(&self) -> malaka_api::Result<Malaka> {
        self.desk.malaka().await
    }
}

/// The register the desk opens, if `MALAKA_DB` names one — a file (tests, portable installs) or
/// a team database's `postgres://` address; else the desk's settings decide. And the desk's own
/// file and the folder it keeps its settings, logs and templates in: beside `MALAKA_DB`'s file,
/// else the data folder with the default file the `malaka` command also uses.
struct Places {
    at: Option<Location>,
    file: std::path::PathBuf,
    dir: std::path::PathBuf,
}

fn places() -> Result<Places, String> {
    let no_data_dir = || "no data directory on this system".to_owned();
    let at = std::env::var("MALAKA_DB").ok().filter(|p| !p.is_empty()).map(|text| Location::parse(&text));
    if let Some(Location::File(path)) = &at {
        let dir = path.parent().unwrap_or(std::path::Path::new(".")).to_path_buf();
        return Ok(Places { file: path.clone(), dir, at });
    }
    let dir = malaka_api::paths::data_dir().ok_or_else(no_data_dir)?;
    Ok(Places { at, file: dir.join(malaka_api::paths::DB_FILE), dir })
}

/// On a team database, tells the window of each change any desk commits (`register-changed`,
/// a `Change`), so open screens reload what changed without the user asking.
fn follow_changes(app: tauri::AppHandle, malaka: Malaka) -> tauri::async_runtime::JoinHandle<()> {
    use tauri::Emitter;
    tauri::async_runtime::spawn(async move {
        let mut changes = match malaka.changes().await {
            Ok(Some(changes)) => changes,
            Ok(None) => return,
            Err(e) => return log::warn!("cannot follow the other desks' changes: {e}"),
        };
        loop {
            match changes.next().await {
                Ok(change) => {
                    let _ = app.emit("register-changed", change);
                }
                // The listener reconnects by itself; a failure here is the server gone for now.
                Err(e) => {
                    log::warn!("following the other desks' changes: {e}; trying again shortly");
                    tokio::time::sleep(std::time::Duration::from_secs(5)).await;
                }
            }
        }
    })
}

/// A session logging out (SIGTERM) or Ctrl-C in a terminal closes the app as its window's close
/// button does, so the database is closed cleanly and the next start need not check it.
fn exit_on_termination(app: tauri::AppHandle) {
    #[cfg(unix)]
    tauri::async_runtime::spawn(async move {
        use tokio::signal::unix::{SignalKind, signal};
        let (Ok(mut term), Ok(mut int)) = (signal(SignalKind::terminate()), signal(SignalKind::interrupt())) else {
            return;
        };
        tokio::select! {
            _ = term.recv() => {}
            _ = int.recv() => {}
        }
        app.exit(0);
    });
    #[cfg(not(unix))]
    let _ = app;
}

/// Draws without WebKitGTK's accelerated compositing: the web process then keeps about 100 MB
/// less (all the app's processes with the People screen open: 381 MB with it, 290 MB without, on
/// the national register; docs/benchmarks.md), and forms and tables need no GPU layers.
#[cfg(target_os = "linux")]
fn lighter_webview(app: &tauri::App) {
    use webkit2gtk::{CacheModel, HardwareAccelerationPolicy, SettingsExt, WebContextExt, WebViewExt};
    for window in app.webview_windows().values() {
        let _ = window.with_webview(|webview| {
            let view = webview.inner();
            // One page that never browses: no memory cache of pages and resources to keep.
            if let Some(context) = WebViewExt::context(&view) {
                context.set_cache_model(CacheModel::DocumentViewer);
            }
            // A WebDriver session (the end-to-end suite) does not survive the change: leave it.
            if view.is_controlled_by_automation() {
                return;
            }
            if let Some(settings) = WebViewExt::settings(&view) {
                settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
            }
        });
    }
}

pub fn run() {
    started();
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            let Places { at, file, dir } = places()?;
            // Without a log the errors still say what failed, only not where the details are.
            let _ = malaka_api::log::init(&dir.join("logs"));
            let desk = desk::Desk::new(app.handle().clone(), dir, file);
            desk.start(at).map_err(|e| format!("cannot open the register: {e}"))?;
            app.manage(AppState { desk, jobs: jobs::Jobs::default() });
            exit_on_termination(app.handle().clone());
            #[cfg(target_os = "linux")]
            lighter_webview(app);
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::desk::desk_status,
            commands::desk::desk_test,
            commands::desk::desk_connect,
            commands::desk::desk_use_file,
            commands::desk::desk_move,
            commands::account::account_me,
            commands::account::account_sign_in,
            commands::account::account_sign_out,
            commands::account::account_list,
            commands::account::account_create,
            commands::account::account_update,
            commands::account::account_password_change,
            commands::account::account_password_reset,
            commands::signing_key::signing_key_list,
            commands::signing_key::signing_key_unlock,
            commands::signing_key::signing_key_rotate,
            commands::signing_key::signing_key_retire,
            commands::signing_key::signing_key_protect,
            commands::maintenance::app_stats,
            commands::maintenance::app_first_paint,
            commands::maintenance::database_quick_check,
            commands::maintenance::database_backup,
            commands::audit_log::audit_page,
            commands::audit_log::audit_facets,
            commands::audit_log::audit_file_save,
            commands::maintenance::database_restore,
            commands::maintenance::demo_load,
            commands::maintenance::file_open,
            picks::pick_open_file,
            picks::pick_folder,
            picks::pick_save_file,
            picks::e2e_pick,
            commands::organisation::organisation_list,
            commands::organisation::organisation_create,
            commands::organisation::organisation_update,
            commands::organisation::organisation_logo,
            commands::organisation::organisation_logo_set,
            commands::organisation::organisation_logo_clear,
            commands::person::person_query,
            commands::person::person_get,
            commands::person::person_transcript,
            commands::person::person_transcript_save,
            commands::person::person_create,
            commands::person::person_update,
            commands::person_import::person_import_preview,
            commands::person_import::person_import,
            commands::attendance::attendance_sessions,
            commands::attendance::attendance_roll,
            commands::attendance::attendance_grid,
            commands::attendance::attendance_mark,
            commands::attendance::attendance_history,
            commands::attendance::attendance_sheet_save,
            commands::trainer::trainer_list,
            commands::trainer::trainer_create,
            commands::trainer::trainer_update,
            commands::completion::completion_show,
            commands::completion::completion_rule_set,
            commands::completion::assessment_record,
            commands::certificate::certificate_issue,
            commands::certificate::certificate_list,
            commands::certificate::certificate_get,
            commands::certificate::certificate_revoke,
            commands::certificate::certificate_reissue,
            commands::certificate::certificate_verify,
            commands::certificate::certificate_public_key,
            commands::certificate::certificate_pdf_save,
            commands::certificate::certificate_pdf_save_each,
            commands::job::job_cancel,
            commands::certificate::certificate_verify_file,
            commands::certificate::certificate_verify_with_key,
            commands::certificate::certificate_revocations_save,
            commands::certificate_template::certificate_template_info,
            commands::certificate_template::certificate_template_copy,
            commands::certificate_template::certificate_template_picture,
            commands::programme::programme_list,
            commands::programme::programme_create,
            commands::programme::programme_update,
            commands::programme::programme_archive,
            commands::venue::venue_list,
            commands::venue::venue_create,
            commands::venue::venue_update,
            commands::visit::visit_list,
            commands::visit::visit_get,
            commands::visit::visit_create,
            commands::visit::visit_update,
            commands::visit::visit_set_status,
            commands::visit::visit_host_answer,
            commands::visit::visit_programme_set,
            commands::visit::visit_travel_set,
            commands::visit::visit_member_add,
            commands::visit::visit_member_update,
            commands::visit::visit_member_remove,
            commands::visit::visit_visa_record,
            commands::visit::visit_report_save,
            commands::internship::internship_list,
            commands::internship::internship_get,
            commands::internship::internship_create,
            commands::internship::internship_update,
            commands::internship::internship_set_status,
            commands::internship::internship_week_save,
            commands::internship::internship_days_mark,
            commands::internship::internship_evaluation_record,
            commands::internship::internship_report_save,
            commands::internship::internship_certificate_issue,
            commands::internship::internship_form_save,
            commands::visit::visit_print_save,
            commands::visit::visits_file_save,
            commands::internship::internships_file_save,
            commands::activity::activity_create,
            commands::activity::activity_update,
            commands::activity::activity_set_status,
            commands::activity::activity_list,
            commands::activity::activity_get,
            commands::session::session_plan_check,
            commands::session::session_plan,
            commands::session::session_move_check,
            commands::session::session_move,
            commands::session::session_cancel,
            commands::calendar::calendar,
            commands::calendar::calendar_spans,
            commands::report::report_hours,
            commands::report::report_hours_file_save,
            commands::report::report_completion,
            commands::report::report_completion_file_save,
            commands::report::report_attendance,
            commands::report::report_attendance_file_save,
            commands::report::report_certificates,
            commands::report::report_certificates_file_save,
            commands::report::report_trainers,
            commands::report::report_trainers_file_save,
            commands::report::report_mobility,
            commands::report::report_mobility_file_save,
            commands::report::dashboard,
            commands::report::dashboard_completion,
            commands::enrolment::enrolment_nominate,
            commands::enrolment::enrolment_nominate_unit,
            commands::enrolment::enrolment_approve,
            commands::enrolment::enrolment_decline,
            commands::enrolment::enrolment_cancel,
            commands::plan_export::schedule_ics_save,
            commands::plan_export::participants_save,
        ])
        .build(tauri::generate_context!())
        .expect("error while building Malaka")
        .run(|app, event| {
            // A clean close is recorded, so the next start need not check the whole file.
            if let tauri::RunEvent::Exit = event
                && let Some(state) = app.try_state::<AppState>()
            {
                tauri::async_runtime::block_on(state.desk.close());
            }
        });
}
