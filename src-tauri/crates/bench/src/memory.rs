//! The desktop app's memory as the system pays for it: every process of the app (the shell and
//! the web engine's processes it starts) by proportional set size, so pages two processes share
//! count once between them.

use std::time::{Duration, Instant};

use crate::run::{Limit, Row};

/// The target for all of the app's processes together with the People screen open.
const TARGET_MIB: u64 = 300;

/// The process and its descendants, each with its proportional set size in KiB, once the total
/// has stopped growing (the People screen loads its page after the first paint): sampled every
/// 250 ms until two samples agree within 1%, for at most 10 s.
pub fn settled(root: u32) -> Vec<(String, u64)> {
    let started = Instant::now();
    let mut last = tree(root);
    while started.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(250));
        let now = tree(root);
        let (a, b) = (total(&last), total(&now));
        last = now;
        if b > 0 && a.abs_diff(b) * 100 <= b {
            break;
        }
    }
    last
}

fn total(processes: &[(String, u64)]) -> u64 {
    processes.iter().map(|(_, kib)| kib).sum()
}

/// `root` and every process below it, by name and PSS (Linux `/proc`; empty elsewhere).
fn tree(root: u32) -> Vec<(String, u64)> {
    let mut out = Vec::new();
    let mut queue = vec![root];
    while let Some(pid) = queue.pop() {
        let name = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default().trim().to_owned();
        if let Some(kib) = pss_kib(pid) {
            out.push((name, kib));
        }
        queue.extend(children(pid));
    }
    out
}

fn children(pid: u32) -> Vec<u32> {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else { return Vec::new() };
    tasks
        .filter_map(|t| t.ok())
        .filter_map(|t| std::fs::read_to_string(t.path().join("children")).ok())
        .flat_map(|s| s.split_whitespace().filter_map(|c| c.parse().ok()).collect::<Vec<u32>>())
        .collect()
}

fn pss_kib(pid: u32) -> Option<u64> {
    let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok()?;
    let line = rollup.lines().find(|l| l.starts_with("Pss:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The benchmark line: the total against the target, each process in the note.
pub fn row(processes: &[(String, u64)]) -> Row {
    let mib = |kib: u64| kib.div_ceil(1024);
    let sum = mib(total(processes));
    let each: Vec<String> = processes.iter().map(|(name, kib)| format!("{name} {} MB", mib(*kib))).collect();
    Row {
        operation: "desktop memory, People screen open (all processes, PSS)".into(),
        malaka: None,
        limit: Limit::None(String::new()),
        target: "< 300 MB",
        met: (!processes.is_empty()).then_some(sum < TARGET_MIB),
        note: if processes.is_empty() {
            "not measured: no /proc on this system".into()
        } else {
            format!("{sum} MB: {}", each.join(", "))
        },
    }
}
