//! A long task's line to whoever started it: it tells its progress and hears a cancel. Every
//! long action takes one (an import, issuing, printing): the desktop passes one per batch
//! (progress bar and Cancel button), the CLI prints progress.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::Serialize;

/// Which part of a batch is running.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Writing an imported file's rows (one transaction: a cancel imports none).
    Importing,
    /// Numbering and signing certificates (one transaction: a cancel issues none).
    Issuing,
    /// Laying out certificate pages (a cancel writes no file).
    Printing,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Progress {
    pub phase: Phase,
    #[ts(type = "number")]
    pub done: usize,
    #[ts(type = "number")]
    pub total: usize,
}

type Report = Arc<dyn Fn(Progress) + Send + Sync>;

/// Cheap to clone; clones share the cancel flag.
#[derive(Clone, Default)]
pub struct Job {
    cancelled: Arc<AtomicBool>,
    report: Option<Report>,
}

impl Job {
    /// A job whose progress goes to `report`.
    pub fn reporting(report: impl Fn(Progress) + Send + Sync + 'static) -> Self {
        Self { cancelled: Arc::default(), report: Some(Arc::new(report)) }
    }

    /// Asks the task to stop at its next step.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }

    /// Tells progress now (for tasks that already report in coarse steps).
    pub(crate) fn tell_now(&self, phase: Phase, done: usize, total: usize) {
        if let Some(report) = &self.report {
            report(Progress { phase, done, total });
        }
    }

    /// Tells progress about every hundredth of the way (and at the end), not at every item.
    pub(crate) fn tell(&self, phase: Phase, done: usize, total: usize) {
        let step = (total / 100).max(1);
        if let Some(report) = &self.report
            && (done.is_multiple_of(step) || done == total)
        {
            report(Progress { phase, done, total });
        }
    }
}
