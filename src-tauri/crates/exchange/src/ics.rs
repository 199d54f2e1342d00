//! iCalendar (RFC 5545) files of sessions, which calendar programs import.
//!
//! Each event keeps the venue's wall time with its IANA zone (`DTSTART;TZID=Asia/Baku:…`), and
//! the file carries a VTIMEZONE for every zone used, its offsets and clock changes taken from
//! the tz database around the events' dates, so programs that do not know the zone by name
//! still place the event at the right instant.

use std::fmt::Write;

use chrono::{DateTime, Duration, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

use crate::Error;

/// One session as a calendar event.
#[derive(Debug, Clone)]
pub struct Event {
    /// Globally unique and stable, so importing again updates rather than duplicates.
    pub uid: String,
    pub summary: String,
    pub location: Option<String>,
    pub description: Option<String>,
    pub starts_local: NaiveDateTime,
    pub ends_local: NaiveDateTime,
    pub time_zone: String,
    pub cancelled: bool,
}

/// The whole `.ics` text (CRLF lines, folded at 75 octets).
pub fn calendar(name: &str, events: &[Event], stamp: DateTime<Utc>) -> Result<String, Error> {
    let mut zones: Vec<Tz> = Vec::new();
    for e in events {
        let tz: Tz = e.time_zone.parse().map_err(|_| Error::Invalid(format!("unknown time zone {}", e.time_zone)))?;
        if !zones.contains(&tz) {
            zones.push(tz);
        }
    }
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Malaka//Planning//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        format!("X-WR-CALNAME:{}", text(name)),
    ];
    for tz in &zones {
        let (from, to) = span(events.iter().filter(|e| e.time_zone == tz.name()));
        lines.extend(vtimezone(*tz, from, to));
    }
    let stamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
    for e in events {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", text(&e.uid)));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("DTSTART;TZID={}:{}", e.time_zone, e.starts_local.format("%Y%m%dT%H%M%S")));
        lines.push(format!("DTEND;TZID={}:{}", e.time_zone, e.ends_local.format("%Y%m%dT%H%M%S")));
        lines.push(format!("SUMMARY:{}", text(&e.summary)));
        if let Some(l) = &e.location {
            lines.push(format!("LOCATION:{}", text(l)));
        }
        if let Some(d) = &e.description {
            lines.push(format!("DESCRIPTION:{}", text(d)));
        }
        lines.push(format!("STATUS:{}", if e.cancelled { "CANCELLED" } else { "CONFIRMED" }));
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for l in &lines {
        fold(&mut out, l);
    }
    Ok(out)
}

/// The UTC range a zone must describe: a year either side of its events.
fn span<'a>(events: impl Iterator<Item = &'a Event>) -> (DateTime<Utc>, DateTime<Utc>) {
    let (mut lo, mut hi) = (NaiveDateTime::MAX, NaiveDateTime::MIN);
    for e in events {
        lo = lo.min(e.starts_local);
        hi = hi.max(e.ends_local);
    }
    (Utc.from_utc_datetime(&lo) - Duration::days(366), Utc.from_utc_datetime(&hi) + Duration::days(366))
}

/// The zone's offset at an instant, and whether it is summer time.
fn offset_at(tz: Tz, t: DateTime<Utc>) -> (i32, bool, String) {
    let o = tz.offset_from_utc_datetime(&t.naive_utc());
    let name = o.abbreviation().map(str::to_owned).unwrap_or_default();
    (o.fix().local_minus_utc(), !o.dst_offset().is_zero(), name)
}

/// A VTIMEZONE: the offset in force at `from`, then every change up to `to`.
fn vtimezone(tz: Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<String> {
    let mut out = vec!["BEGIN:VTIMEZONE".to_owned(), format!("TZID:{}", tz.name())];
    let first = offset_at(tz, from);
    let local = |t: DateTime<Utc>, offset: i32| (t + Duration::seconds(i64::from(offset))).format("%Y%m%dT%H%M%S");
    out.extend(observance(&first, first.0, &local(from, first.0).to_string()));
    let mut t = from;
    let mut current = first;
    while t < to {
        let next = t + Duration::days(1);
        let there = offset_at(tz, next);
        if there.0 != current.0 || there.1 != current.1 {
            // Narrow the change down to the second by halving the day.
            let (mut lo, mut hi) = (t, next);
            while hi - lo > Duration::seconds(1) {
                let mid = lo + (hi - lo) / 2;
                if offset_at(tz, mid) == current { lo = mid } else { hi = mid }
            }
            out.extend(observance(&there, current.0, &local(hi, current.0).to_string()));
            current = there;
        }
        t = next;
    }
    out.push("END:VTIMEZONE".into());
    out
}

fn observance((to, dst, name): &(i32, bool, String), from: i32, start: &str) -> Vec<String> {
    let kind = if *dst { "DAYLIGHT" } else { "STANDARD" };
    let mut v = vec![
        format!("BEGIN:{kind}"),
        format!("DTSTART:{start}"),
        format!("TZOFFSETFROM:{}", offset_text(from)),
        format!("TZOFFSETTO:{}", offset_text(*to)),
    ];
    if !name.is_empty() {
        v.push(format!("TZNAME:{}", text(name)));
    }
    v.push(format!("END:{kind}"));
    v
}

fn offset_text(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.abs();
    let (h, m, sec) = (s / 3600, s % 3600 / 60, s % 60);
    if sec == 0 { format!("{sign}{h:02}{m:02}") } else { format!("{sign}{h:02}{m:02}{sec:02}") }
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn text(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for c in v.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes a content line folded at 75 octets, never inside a UTF-8 character.
fn fold(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    let _ = write!(out, "\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(start: &str, end: &str, zone: &str) -> Event {
        let p = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap();
        Event {
            uid: "s1@malaka".into(),
            summary: "Xizmat madaniyati; 1-kun, Toshkent".into(),
            location: Some("Markaz, 2-qavat".into()),
            description: None,
            starts_local: p(start),
            ends_local: p(end),
            time_zone: zone.into(),
            cancelled: false,
        }
    }

    #[test]
    fn events_keep_their_zone_and_text_is_escaped() {
        let ics =
            calendar("Reja", &[event("2026-03-03T14:00", "2026-03-03T17:00", "Asia/Tashkent")], Utc::now()).unwrap();
        assert!(ics.contains("DTSTART;TZID=Asia/Tashkent:20260303T140000\r\n"));
        assert!(ics.contains("SUMMARY:Xizmat madaniyati\\; 1-kun\\, Toshkent\r\n"));
        // Tashkent has had one offset for decades: one STANDARD observance at +0500.
        assert_eq!(ics.matches("BEGIN:STANDARD").count(), 1);
        assert!(ics.contains("TZOFFSETTO:+0500"));
        assert!(ics.lines().all(|l| l.len() <= 76), "every line is folded");
    }

    #[test]
    fn a_zone_with_summer_time_lists_its_clock_changes() {
        let ics = calendar("x", &[event("2026-03-30T09:00", "2026-03-30T10:00", "Europe/Berlin")], Utc::now()).unwrap();
        // A year either side of March 2026: three springs forward and autumns back around it.
        assert!(ics.contains("BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200"));
        assert!(ics.contains("BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100"));
    }

    #[test]
    fn long_lines_fold_between_characters() {
        let mut e = event("2026-03-03T14:00", "2026-03-03T17:00", "Asia/Baku");
        e.summary = "Ўзбекистон давлат хизматлари марказлари ходимлари учун малака ошириш".into();
        let ics = calendar("x", &[e], Utc::now()).unwrap();
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("SUMMARY:Ўзбекистон давлат хизматлари марказлари ходимлари учун малака ошириш\r\n"));
        assert!(ics.split("\r\n").all(|l| l.len() <= 75));
    }

    #[test]
    fn an_unknown_zone_is_refused() {
        let err = calendar("x", &[event("2026-03-03T14:00", "2026-03-03T17:00", "Mars/Base")], Utc::now());
        assert!(err.unwrap_err().to_string().contains("Mars/Base"));
    }
}
