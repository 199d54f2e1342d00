//! The programme catalogue.

use chrono::{DateTime, Utc};
use malaka_core::model::*;

use crate::Result;
use crate::conn::seam;

seam! { programme;
    pub async fn insert(p: &Programme, now: DateTime<Utc>) -> Result<()>;
    pub async fn get(id: &str) -> Result<Programme>;
    pub async fn list(include_archived: bool) -> Result<Vec<Programme>>;
    /// Replaces a programme's catalogue fields (code, title, objectives, hours, language).
    pub async fn update(p: &Programme, now: DateTime<Utc>) -> Result<()>;
    /// Archives a programme (hidden from planning, kept for the activities planned from it) or brings
    /// it back.
    pub async fn set_archived(id: &str, archived: bool, now: DateTime<Utc>) -> Result<()>;
}
