//! Text forms of the values SQLite stores for us: instants, dates, wall times and enums.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use malaka_core::time::{LOCAL_FORMAT, utc_text};

use super::{Error, Result};

pub fn instant(t: DateTime<Utc>) -> String {
    utc_text(t)
}

pub fn parse_instant(s: &str) -> Result<DateTime<Utc>> {
    if let Some(t) = s.strip_suffix('Z').filter(|t| t.len() == 19 && t.as_bytes()[16] == b':').and_then(fixed_instant) {
        return Ok(t);
    }
    DateTime::parse_from_rfc3339(s).map(|t| t.with_timezone(&Utc)).map_err(|_| Error::Corrupt(format!("instant '{s}'")))
}

/// The stored instant `YYYY-MM-DDTHH:MM:SS` (before its `Z`), read by position like [`fixed_wall`].
fn fixed_instant(s: &str) -> Option<DateTime<Utc>> {
    let minute = fixed_wall(s.get(..16)?)?;
    let b = s.as_bytes();
    let seconds = (b[17].is_ascii_digit() && b[18].is_ascii_digit())
        .then(|| u32::from(b[17] - b'0') * 10 + u32::from(b[18] - b'0'))?;
    (seconds < 60).then(|| (minute + chrono::Duration::seconds(i64::from(seconds))).and_utc())
}

pub fn parse_date(s: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| Error::Corrupt(format!("date '{s}'")))
}

pub fn wall(t: NaiveDateTime) -> String {
    t.format(LOCAL_FORMAT).to_string()
}

pub fn parse_wall(s: &str) -> Result<NaiveDateTime> {
    fixed_wall(s)
        .or_else(|| NaiveDateTime::parse_from_str(s, LOCAL_FORMAT).ok())
        .ok_or_else(|| Error::Corrupt(format!("local time '{s}'")))
}

/// The stored wall time `YYYY-MM-DDTHH:MM`, read by position: the general parser costs about a
/// microsecond a call, which a calendar month of a thousand sessions (two times each) notices.
fn fixed_wall(s: &str) -> Option<NaiveDateTime> {
    let b = s.as_bytes();
    let shape = b.len() == 16 && b[4] == b'-' && b[7] == b'-' && b[10] == b'T' && b[13] == b':';
    let digits = [0..4, 5..7, 8..10, 11..13, 14..16];
    if !shape || !digits.iter().all(|r| b[r.clone()].iter().all(u8::is_ascii_digit)) {
        return None;
    }
    let n = |i: usize| s[digits[i].clone()].parse::<u32>().ok();
    NaiveDate::from_ymd_opt(i32::try_from(n(0)?).ok()?, n(1)?, n(2)?)?.and_hms_opt(n(3)?, n(4)?, 0)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wall_times_read_by_position_match_the_general_parser() {
        for t in ["2026-03-10T14:00", "1999-12-31T23:59", "2024-02-29T00:00"] {
            assert_eq!(fixed_wall(t), NaiveDateTime::parse_from_str(t, LOCAL_FORMAT).ok(), "{t}");
            assert_eq!(parse_wall(t).unwrap(), NaiveDateTime::parse_from_str(t, LOCAL_FORMAT).unwrap());
        }
        for bad in
            ["2026-02-30T10:00", "2026-03-10T24:00", "2026-03-10 14:00", "2026-03-1+T14:00", "", "2026-03-10T14:0"]
        {
            assert_eq!(fixed_wall(bad), None, "{bad}");
        }
        assert!(parse_wall("2026-03-10 14:00").is_err());
        for t in ["2026-03-10T09:00:00Z", "2016-12-31T23:59:59Z", "2024-02-29T00:00:07Z"] {
            assert_eq!(parse_instant(t).unwrap(), DateTime::parse_from_rfc3339(t).unwrap().with_timezone(&Utc), "{t}");
            assert_eq!(utc_text(parse_instant(t).unwrap()), t);
        }
        for bad in ["2026-03-10T09:00:7xZ", "2026-03-10T09:00:0xZ", "2026-13-10T09:00:00Z", "2026-03-10T09:00:00"] {
            assert!(parse_instant(bad).is_err(), "{bad}");
        }
        // Other RFC 3339 forms still read through the general parser.
        assert_eq!(utc_text(parse_instant("2026-03-10T14:00:00+05:00").unwrap()), "2026-03-10T09:00:00Z");
        assert!(parse_wall("tomorrow").is_err());
    }
}
