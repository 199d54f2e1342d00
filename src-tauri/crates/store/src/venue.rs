//! Venues: where sessions take place, each in its own time zone.

use chrono::{DateTime, Utc};
use malaka_core::model::*;

use crate::Result;
use crate::conn::seam;

seam! { venue;
    pub async fn insert(v: &Venue, now: DateTime<Utc>) -> Result<()>;
    /// Replaces a venue's details (its sessions keep the time zone they were planned in).
    pub async fn update(v: &Venue) -> Result<()>;
    pub async fn get(id: &str) -> Result<Venue>;
    pub async fn list() -> Result<Vec<Venue>>;
}
