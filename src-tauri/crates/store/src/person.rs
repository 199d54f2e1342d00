//! People on the staff register, and the name index that finds them in any script.

use chrono::{DateTime, Utc};
use malaka_core::model::*;

use crate::Result;
use crate::conn::seam;

/// How a page of the register is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    #[default]
    Name,
    PersonnelNumber,
    Newest,
}

seam! { person;
    /// Stores a validated person with their search tokens.
    pub async fn insert(id: &str, p: &ValidPerson, now: DateTime<Utc>) -> Result<()>;
    /// Stores many validated people with their search tokens: the same rows as [`insert`] writes for
    /// each, in multi-row statements (an import of 100,000 people is a few hundred statements). Token
    /// rows go in person by person, the order that costs the indexes and reference checks least.
    /// Call inside a write transaction.
    pub async fn insert_many(people: &[(String, ValidPerson)], now: DateTime<Utc>) -> Result<()>;
    pub async fn get(id: &str) -> Result<Person>;
    /// A page of the register, optionally one organisation's (or one unit's) people.
    pub async fn list(organisation_id: Option<&str>, order: Order, limit: i64, offset: i64) -> Result<Vec<Person>>;
    /// How many people a list of one organisation (or all) holds.
    pub async fn count_in(organisation_id: Option<&str>) -> Result<i64>;
    /// Replaces a person's details and search tokens.
    pub async fn update(id: &str, p: &ValidPerson, now: DateTime<Utc>) -> Result<()>;
    /// People whose name words start with every one of `tokens` (already folded): exact spellings
    /// first, then names that only sound alike (see [`person_token::search`]).
    pub async fn search(tokens: &[String], organisation_id: Option<&str>, limit: i64) -> Result<Vec<Person>>;
    /// People by id, in the order given.
    pub async fn by_ids(ids: &[String]) -> Result<Vec<Person>>;
    /// Which of `numbers` are already used by someone in the organisation.
    pub async fn personnel_numbers_taken(organisation_id: &str, numbers: &[String]) -> Result<Vec<String>>;
    pub async fn count() -> Result<i64>;
    /// Everyone in an organisation or unit and in every unit under it, in name order.
    pub async fn in_unit_tree(org_id: &str) -> Result<Vec<String>>;
}
