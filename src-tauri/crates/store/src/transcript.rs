//! What a person's transcript is built from: their activities as a learner, and those
//! activities' sessions with their marks.

use malaka_core::model::{TranscriptActivity, TranscriptSession};

use crate::Result;
use crate::conn::seam;

seam! { transcript;
    /// The activities the person takes (or took) part in as a learner — enrolled or completed as
    /// participant, delegate or intern —, not cancelled, with each one's programme, completion
    /// rule, the person's assessment and certificate (the one in force, else the last revoked).
    pub async fn activities(person_id: &str) -> Result<Vec<TranscriptActivity>>;
    /// Every session not cancelled of those activities, with its length and the person's mark.
    pub async fn sessions(person_id: &str) -> Result<Vec<TranscriptSession>>;
    /// The person with the most learner places (the benchmarks' heaviest transcript).
    pub async fn busiest_learner() -> Result<Option<String>>;
}

/// The SQLite statements a transcript reads (?1 the person), for the benchmarks to run the same
/// through `sqlite3`.
pub fn statements_sqlite() -> [String; 2] {
    [crate::sqlite::transcript::activities_sql(), crate::sqlite::transcript::sessions_sql()]
}
