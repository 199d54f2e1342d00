//! Batches running for the window, by an id the UI chose, so its Cancel button can reach one
//! while the command that runs it is still waiting.

use std::collections::HashMap;
use std::sync::Mutex;

use malaka_api::job::{Job, Progress};
use tauri::ipc::Channel;

#[derive(Default)]
pub struct Jobs(Mutex<HashMap<String, Job>>);

impl Jobs {
    /// A job whose progress goes down `channel`, findable by `id` until [`Jobs::finish`].
    pub fn start(&self, id: &str, channel: Channel<Progress>) -> Job {
        let job = Job::reporting(move |p| {
            // A window closed mid-batch cannot be told; the batch still ends cleanly.
            let _ = channel.send(p);
        });
        self.lock().insert(id.to_owned(), job.clone());
        job
    }

    pub fn finish(&self, id: &str) {
        self.lock().remove(id);
    }

    /// Asks the job to stop; false if none runs under that id.
    pub fn cancel(&self, id: &str) -> bool {
        self.lock().get(id).map(Job::cancel).is_some()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Job>> {
        // A panic elsewhere while holding the lock leaves the map usable.
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
