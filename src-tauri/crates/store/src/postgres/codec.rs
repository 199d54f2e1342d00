//! What PostgreSQL's native types need from us: ids are `uuid` there and text in the domain.

use sqlx::Row;
use sqlx::postgres::PgRow;
use uuid::Uuid;

use super::{Error, Result};

/// An id the domain holds as text, for a `uuid` column.
pub fn id(s: &str) -> Result<Uuid> {
    Uuid::parse_str(s).map_err(|_| Error::Corrupt(format!("id '{s}'")))
}

pub fn opt_id(s: Option<&str>) -> Result<Option<Uuid>> {
    s.map(id).transpose()
}

/// Many ids, for `= ANY($n)`.
pub fn ids<S: AsRef<str>>(v: &[S]) -> Result<Vec<Uuid>> {
    v.iter().map(|s| id(s.as_ref())).collect()
}

/// A `uuid` column as the domain's text (hyphenated, lower case, as ids are made).
pub fn get_id(r: &PgRow, column: &str) -> Result<String> {
    Ok(r.try_get::<Uuid, _>(column)?.hyphenated().to_string())
}

pub fn get_opt_id(r: &PgRow, column: &str) -> Result<Option<String>> {
    Ok(r.try_get::<Option<Uuid>, _>(column)?.map(|u| u.hyphenated().to_string()))
}

/// Parses a stored enum through its domain parser; a failure means the row was edited by hand.
pub fn parse_enum<T>(parse: fn(&str, &str) -> malaka_core::Result<T>, s: &str) -> Result<T> {
    parse("stored", s).map_err(|e| Error::Corrupt(e.to_string()))
}
