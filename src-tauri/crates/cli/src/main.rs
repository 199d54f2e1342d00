//! `malaka`: Malaka from the command line, over the same use cases as the desktop app. One module
//! per area, named like the api's, each holding its commands' options and their handling.

mod account;
mod activity;
mod attendance;
mod calendar;
mod certificate;
mod cli;
mod completion;
mod enrolment;
mod internship;
mod maintenance;
mod organisation;
mod output;
mod person;
mod plan_export;
mod programme;
mod report;
mod run;
mod secret;
mod session;
mod team;
mod trainer;
mod venue;
mod visit;

use clap::Parser;

fn main() -> std::process::ExitCode {
    // Started again as its own layout worker (a user's template, under a memory cap)?
    malaka_api::layout_worker::serve_if_asked();
    malaka_api::layout_worker::use_this_program();
    let cli = cli::Cli::parse();
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    runtime.block_on(run::run(cli))
}
