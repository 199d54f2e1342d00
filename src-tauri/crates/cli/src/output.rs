//! Printing results: JSON for scripts, aligned text for people.

use malaka_api::job::{Job, Phase, Progress};
use serde::Serialize;

/// Prints `value` as JSON, or the text `render` makes of it.
pub fn emit<T: Serialize>(json: bool, value: &T, render: impl FnOnce(&T) -> String) {
    if json {
        match serde_json::to_string_pretty(value) {
            Ok(s) => println!("{s}"),
            Err(e) => eprintln!("error: cannot write JSON: {e}"),
        }
    } else {
        let text = render(value);
        if !text.is_empty() {
            println!("{}", text.trim_end());
        }
    }
}

/// Columns padded to the widest cell (by characters, which is right for the scripts we print).
pub fn table(header: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w.saturating_sub(c.chars().count()))))
            .collect();
        padded.join("  ").trim_end().to_owned()
    };
    let mut out = vec![line(header.to_vec())];
    out.extend(rows.iter().map(|r| line(r.iter().map(String::as_str).collect())));
    if rows.is_empty() {
        out.push("(none)".into());
    }
    out.join("\n")
}

pub fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

/// A job that shows a large batch's progress on a terminal (never in a pipe or a log).
pub(crate) fn progress_job() -> Job {
    use std::io::{IsTerminal, Write};
    if !std::io::stderr().is_terminal() {
        return Job::default();
    }
    Job::reporting(|Progress { phase, done, total }| {
        let what = match phase {
            Phase::Importing => "importing",
            Phase::Issuing => "issuing",
            Phase::Printing => "printing",
        };
        let end = if done == total { "\n" } else { "" };
        let mut err = std::io::stderr();
        let _ = write!(err, "\r{what} {done}/{total}{end}");
        let _ = err.flush();
    })
}
