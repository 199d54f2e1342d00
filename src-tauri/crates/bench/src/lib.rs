//! Malaka's benchmarks (DESIGN.md §7): a deterministic national-scale dataset generator and a
//! harness that reports each operation's p50/p99 next to the same work done by `sqlite3` (or by
//! `psql`, on a team database).

pub mod certificates;
pub mod command;
pub mod desktop;
mod error;
pub mod generate;
pub mod limits;
pub mod memory;
pub mod psql;
pub mod report;
pub mod run;
pub mod stats;
pub mod team;

pub use error::{Error, Result};
