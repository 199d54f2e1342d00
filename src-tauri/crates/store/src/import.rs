//! Import batches: which files were imported, so the same file is not imported twice silently.

use chrono::{DateTime, Utc};

use crate::Result;
use crate::conn::seam;

/// A file that was imported before.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Batch {
    pub id: String,
    pub kind: String,
    pub file_name: String,
    pub file_sha256: String,
    pub rows: i64,
    pub actor: String,
    pub imported_at: DateTime<Utc>,
}

seam! { import;
    pub async fn find(kind: &str, sha256: &str) -> Result<Option<Batch>>;
    pub async fn record(b: &Batch) -> Result<()>;
}
