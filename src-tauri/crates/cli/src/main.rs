//! `malaka`: Malaka from the command line, over the same use cases as the desktop app.

mod args;
mod attendance;
mod cert;
mod output;
mod plan;
mod plan_args;
mod run;

use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = args::Cli::parse();
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    runtime.block_on(run::run(cli))
}
