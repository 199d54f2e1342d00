//! Trainers: staff from the register or external experts.

use chrono::{DateTime, Utc};
use malaka_core::model::*;

use crate::Result;
use crate::conn::seam;

seam! { trainer;
    /// Stores a trainer whose name is already resolved (from the person when there is one).
    pub async fn insert(t: &Trainer, now: DateTime<Utc>) -> Result<()>;
    /// Replaces a trainer's details.
    pub async fn update(t: &Trainer) -> Result<()>;
    pub async fn get(id: &str) -> Result<Trainer>;
    pub async fn list() -> Result<Vec<Trainer>>;
}
