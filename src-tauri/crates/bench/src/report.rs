//! The results as a Markdown table, with the machine they were measured on.

use crate::generate::{Step, Summary};
use crate::run::{Limit, Report, Row};
use crate::stats::ms;

/// The machine, as `docs/benchmarks.md` records it.
pub fn machine() -> String {
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| {
            let kib: f64 = s.lines().find(|l| l.starts_with("MemTotal:"))?.split_whitespace().nth(1)?.parse().ok()?;
            Some(format!("{:.1} GiB", kib / 1024.0 / 1024.0))
        })
        .unwrap_or_else(|| "unknown memory".into());
    let build = if cfg!(debug_assertions) { "debug build (figures not representative)" } else { "release build" };
    format!("{cores} cores ({cpu}), {mem} memory, {build}")
}

fn cell(row: &Row) -> [String; 8] {
    let (p50, p99, mean) = match &row.malaka {
        Some(s) => (ms(s.p50_ms), ms(s.p99_ms), ms(s.mean_ms)),
        None => (row.note.clone(), String::new(), String::new()),
    };
    let limit = match &row.limit {
        Limit::Sqlite3 { mean_ms, .. } | Limit::Psql { mean_ms, .. } | Limit::Typst { mean_ms, .. } => ms(*mean_ms),
        Limit::None(why) if why.is_empty() => "—".into(),
        Limit::None(_) => "n/a".into(),
    };
    let ratio = row.ratio().map(|r| format!("{r:.1}×")).unwrap_or_else(|| "—".into());
    let met = match row.met {
        Some(true) => "met".into(),
        Some(false) => "**not met**".into(),
        None => "—".into(),
    };
    [row.operation.clone(), p50, p99, mean, limit, ratio, row.target.into(), met]
}

/// The results table: Malaka's p50, p99 and mean, the limit's mean, their ratio, the target.
pub fn table(report: &Report) -> String {
    let mut out = String::from(
        "| operation | Malaka p50 | Malaka p99 | Malaka mean | limit (sqlite3, psql or typst, mean) | ratio | target | |\n\
         |---|---:|---:|---:|---:|---:|---|---|\n",
    );
    for row in &report.rows {
        out.push_str(&format!("| {} |\n", cell(row).join(" | ")));
    }
    out.push('\n');
    for row in report.rows.iter().filter(|r| r.malaka.is_some()) {
        let limit = match &row.limit {
            Limit::Sqlite3 { what, .. } | Limit::Typst { what, .. } => what.clone(),
            Limit::Psql { what, .. } => format!("psql: {what}"),
            Limit::None(why) => format!("no limit: {why}"),
        };
        out.push_str(&format!("- {}: {}; limit: {limit}.\n", row.operation.trim(), row.note));
    }
    out.push_str(&format!(
        "\nDataset: {} people, {} sessions, {} attendance marks; limits by {}; {}; harness ran {:.0} s.\n",
        report.people,
        report.sessions,
        report.marks,
        report.client.as_deref().unwrap_or("no client found"),
        machine(),
        report.seconds
    ));
    out
}

pub fn step_line(s: &Step) -> String {
    format!("{:<36} {:>10} rows {:>8.1} s {:>10.0} rows/s", s.name, s.rows, s.seconds, s.rows_per_second())
}

pub fn summary(s: &Summary) -> String {
    let rows: u64 = s.steps.iter().map(|s| s.rows).sum();
    format!(
        "generated {} organisations, {} people, {} activities, {} sessions, {} enrolments, {} attendance marks\n\
         {rows} rows in {:.1} s: {:.0} rows/s overall ({})\n\
         not generated: certificates (300,000 at national scale; they arrive with issue 7)",
        s.organisations,
        s.people,
        s.activities,
        s.sessions,
        s.enrolments,
        s.marks,
        s.seconds,
        rows as f64 / s.seconds.max(1e-9),
        machine()
    )
}
