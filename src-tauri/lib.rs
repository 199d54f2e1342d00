//! The desktop shell: opens the database and hosts the web UI. No rules, no SQL here.

pub fn run() {
    tauri::Builder::default().run(tauri::generate_context!()).expect("error while running Malaka");
}
