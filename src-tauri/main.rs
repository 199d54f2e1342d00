// Hide the console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // Started again as its own layout worker (a user's template, under a memory cap)?
    malaka_api::layout_worker::serve_if_asked();
    malaka_api::layout_worker::use_this_program();
    malaka_desktop_lib::run();
}
