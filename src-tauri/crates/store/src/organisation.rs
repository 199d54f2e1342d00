//! Organisations: agencies, their centres and units, partner agencies abroad.

use chrono::{DateTime, Utc};
use malaka_core::model::*;

use crate::Result;
use crate::conn::seam;

seam! { organisation;
    /// Stores a validated organisation.
    pub async fn insert(id: &str, o: &NewOrganisation, now: DateTime<Utc>) -> Result<()>;
    /// Replaces an organisation's details, its place in the tree included.
    pub async fn update(id: &str, o: &NewOrganisation, now: DateTime<Utc>) -> Result<()>;
    /// Whether `candidate` is `id` itself or somewhere below it in the tree.
    pub async fn is_within(id: &str, candidate: &str) -> Result<bool>;
    pub async fn get(id: &str) -> Result<Organisation>;
    /// Finds an organisation by id or by its short code (any case).
    pub async fn find(key: &str) -> Result<Option<Organisation>>;
    /// Finds an organisation by its name in any script and case.
    pub async fn find_by_name(name: &str) -> Result<Option<Organisation>>;
    /// The unit of `parent_id` with this name in any script and case (unit names repeat across
    /// organisations: every centre has its own personnel department).
    pub async fn find_unit(parent_id: &str, name: &str) -> Result<Option<Organisation>>;
    /// Every organisation, parents before their children's siblings, each level by name.
    pub async fn list() -> Result<Vec<Organisation>>;
    pub async fn count() -> Result<i64>;
    /// An organisation's logo: the picture and its extension (png, jpg or svg), if it has one.
    pub async fn logo(organisation_id: &str) -> Result<Option<(Vec<u8>, String)>>;
    /// Sets or replaces an organisation's logo.
    pub async fn set_logo(organisation_id: &str, picture: &[u8], extension: &str, now: DateTime<Utc>) -> Result<()>;
    /// Removes an organisation's logo; true if it had one.
    pub async fn clear_logo(organisation_id: &str) -> Result<bool>;
}
