//! Session times: local wall time in an IANA zone, and the UTC instant derived from it.

use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::{Error, Reason, Result};

/// Wall-clock format used for input and storage (`2026-03-10T14:00`).
pub const LOCAL_FORMAT: &str = "%Y-%m-%dT%H:%M";

/// An IANA time zone by name (`Asia/Tashkent`).
pub fn zone(field: &str, name: &str) -> Result<Tz> {
    name.trim().parse::<Tz>().map_err(|_| Error::invalid(field, Reason::NotATimeZone { value: name.trim().into() }))
}

/// A local wall time written `YYYY-MM-DDTHH:MM` (a space instead of `T` is accepted).
pub fn local(field: &str, value: &str) -> Result<NaiveDateTime> {
    let v = value.trim().replacen(' ', "T", 1);
    let four_digit_year = v.len() >= 16 && v.as_bytes()[..4].iter().all(u8::is_ascii_digit) && v.as_bytes()[4] == b'-';
    let t = NaiveDateTime::parse_from_str(&v, LOCAL_FORMAT)
        .or_else(|_| NaiveDateTime::parse_from_str(&v, "%Y-%m-%dT%H:%M:%S"))
        .ok()
        .filter(|_| four_digit_year)
        .ok_or_else(|| Error::invalid(field, Reason::NotALocalTime { value: value.trim().into() }))?;
    crate::validate::year_in_range(field, chrono::Datelike::year(&t))?;
    Ok(t)
}

/// The UTC instant of a wall time in a zone. A time skipped by a clock change does not exist and is
/// refused; a repeated one takes the earlier instant, as calendar programs do.
pub fn to_utc(field: &str, local: NaiveDateTime, tz: Tz) -> Result<DateTime<Utc>> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(early, _) => Ok(early.with_timezone(&Utc)),
        LocalResult::None => Err(Error::invalid(
            field,
            Reason::ClockChangeGap { value: local.format(LOCAL_FORMAT).to_string(), zone: tz.to_string() },
        )),
    }
}

/// UTC instants are stored as fixed-width RFC 3339 text so that text order is time order.
pub fn utc_text(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tashkent_and_baku_map_to_the_right_instants() {
        let t = local("start", "2026-03-10T14:00").unwrap();
        let tashkent = to_utc("start", t, zone("tz", "Asia/Tashkent").unwrap()).unwrap();
        let baku = to_utc("start", t, zone("tz", "Asia/Baku").unwrap()).unwrap();
        assert_eq!(utc_text(tashkent), "2026-03-10T09:00:00Z");
        assert_eq!(utc_text(baku), "2026-03-10T10:00:00Z");
    }

    #[test]
    fn a_skipped_wall_time_is_refused_and_a_repeated_one_takes_the_first() {
        let berlin = zone("tz", "Europe/Berlin").unwrap();
        let gap = local("start", "2026-03-29T02:30").unwrap();
        assert!(to_utc("start", gap, berlin).unwrap_err().to_string().contains("does not exist"));
        let fold = local("start", "2026-10-25 02:30").unwrap();
        assert_eq!(utc_text(to_utc("start", fold, berlin).unwrap()), "2026-10-25T00:30:00Z");
    }

    #[test]
    fn bad_zone_and_time_name_the_field() {
        assert_eq!(
            zone("time_zone", "Mars/Base").unwrap_err().to_string(),
            "time_zone: 'Mars/Base' is not an IANA time zone"
        );
        assert!(local("start", "10.03.2026 14:00").unwrap_err().to_string().starts_with("start:"));
    }
}
