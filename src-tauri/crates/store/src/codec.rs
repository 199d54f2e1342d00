//! Text forms of the values SQLite stores for us: instants, dates, wall times and enums.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use malaka_core::time::{LOCAL_FORMAT, utc_text};

use crate::{Error, Result};

pub fn instant(t: DateTime<Utc>) -> String {
    utc_text(t)
}

pub fn parse_instant(s: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s).map(|t| t.with_timezone(&Utc)).map_err(|_| Error::Corrupt(format!("instant '{s}'")))
}

pub fn parse_date(s: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| Error::Corrupt(format!("date '{s}'")))
}

pub fn wall(t: NaiveDateTime) -> String {
    t.format(LOCAL_FORMAT).to_string()
}

pub fn parse_wall(s: &str) -> Result<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s, LOCAL_FORMAT).map_err(|_| Error::Corrupt(format!("local time '{s}'")))
}

/// Parses a stored enum through its domain parser; a failure means the file was edited by hand.
pub fn parse_enum<T>(parse: fn(&str, &str) -> malaka_core::Result<T>, s: &str) -> Result<T> {
    parse("stored", s).map_err(|e| Error::Corrupt(e.to_string()))
}

/// A list of ids as a JSON array, for `IN (SELECT value FROM json_each(?))` with one bound parameter.
pub fn json_ids<S: AsRef<str>>(ids: &[S]) -> String {
    let v: Vec<&str> = ids.iter().map(AsRef::as_ref).collect();
    serde_json::to_string(&v).unwrap_or_else(|_| "[]".into())
}
