//! `malaka-bench generate --scale national --db FILE` and `malaka-bench run --db FILE`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use malaka_bench::generate::{self, Scale};
use malaka_bench::{report, run, team};

#[derive(Parser)]
#[command(name = "malaka-bench", about = "Malaka benchmarks at national scale, each held against its physical limit")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Writes a deterministic dataset into a new database file.
    Generate {
        /// national (200,000 people, 2,000,000 marks) or small (a hundredth).
        #[arg(long, default_value = "national")]
        scale: String,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long)]
        db: PathBuf,
    },
    /// Measures every operation on a generated database and prints the results table. A team
    /// database (`postgres://…`, holding a generated register moved there with `malaka team move`)
    /// is measured on search, calendar and roll save, against `psql`.
    Run {
        #[arg(long)]
        db: String,
        /// Few repetitions and a 1,000-row CSV: checks that the harness works.
        #[arg(long)]
        quick: bool,
        /// The sqlite3 program the limits are measured with.
        #[arg(long, default_value = "sqlite3")]
        sqlite3: PathBuf,
        /// Only one group of benchmarks: search, calendar, roll, save, import or start.
        #[arg(long)]
        only: Option<String>,
        /// The desktop app's binary, to measure its cold start on this database (needs a display,
        /// or Xvfb, which is started if DISPLAY is unset).
        #[arg(long)]
        desktop: Option<PathBuf>,
        /// The `malaka` command, to time a whole command (start, open, search, exit).
        #[arg(long)]
        cli: Option<PathBuf>,
    },
}

#[tokio::main]
async fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Generate { scale, seed, db } => {
            let Some(scale) = Scale::named(&scale) else {
                eprintln!("malaka-bench: --scale is national or small, not '{scale}'");
                return ExitCode::from(2);
            };
            let mut on_step = |s: &generate::Step| println!("{}", report::step_line(s));
            generate::generate(&db, scale, seed, &mut on_step).await.map(|s| println!("{}", report::summary(&s)))
        }
        Command::Run { db, quick, sqlite3, only, desktop, cli } => {
            let options = run::Options { sqlite3, only, desktop, cli, ..run::Options::new(quick) };
            let mut on_row = |r: &run::Row| eprintln!("measured: {}", r.operation.trim());
            let report = match malaka_api::Location::parse(&db) {
                malaka_api::Location::Server(url) => team::run(&url, &options, &mut on_row).await,
                malaka_api::Location::File(path) => run::run(&path, &options, &mut on_row).await,
            };
            report.map(|r| println!("{}", report::table(&r)))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("malaka-bench: {e}");
            ExitCode::FAILURE
        }
    }
}
