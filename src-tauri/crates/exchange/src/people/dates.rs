//! Reading birth dates written the ways staff lists write them.

use chrono::NaiveDate;

/// Parses `YYYY-MM-DD`, `DD.MM.YYYY`, `DD/MM/YYYY` or `DD-MM-YYYY` (one- or
/// two-digit day and month; also `YYYY.MM.DD` and `YYYY/MM/DD`). A trailing
/// time such as " 0:00:00" or "T00:00:00", which spreadsheets append, is
/// ignored. Day-first is assumed: that is how Uzbekistan and Azerbaijan write
/// dates. `None` for anything else, including impossible dates (31.02.1990).
pub(crate) fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let (date, time) = text.split_once(['T', ' ']).unwrap_or((text, ""));
    if !time.trim().chars().all(|c| c.is_ascii_digit() || c == ':' || c == '.') {
        return None;
    }
    let separator = date.chars().find(|c| matches!(c, '-' | '.' | '/'))?;
    let parts: Vec<&str> = date.split(separator).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let number = |s: &str, widths: &[usize]| -> Option<u32> {
        if widths.contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit()) { s.parse().ok() } else { None }
    };
    let (year, month, day) = if a.len() == 4 {
        (number(a, &[4])?, number(b, &[1, 2])?, number(c, &[1, 2])?)
    } else {
        (number(c, &[4])?, number(b, &[1, 2])?, number(a, &[1, 2])?)
    };
    // Years outside 1900–2199 are typing mistakes in a staff list (and the register refuses them).
    let year = i32::try_from(year).ok().filter(|y| (1900..=2199).contains(y))?;
    NaiveDate::from_ymd_opt(year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(text: &str) -> Option<String> {
        parse_date(text).map(|d| d.format("%Y-%m-%d").to_string())
    }

    #[test]
    fn years_outside_1900_to_2199_are_not_dates() {
        assert_eq!(iso("07.05.1899"), None);
        assert_eq!(iso("2200-01-01"), None);
        assert_eq!(iso("0001-01-01"), None);
        assert_eq!(iso("31.12.2199").as_deref(), Some("2199-12-31"));
    }

    #[test]
    fn accepted_forms() {
        for text in ["1990-05-07", "07.05.1990", "7.5.1990", "07/05/1990", "7-5-1990", "1990.05.07"] {
            assert_eq!(iso(text).as_deref(), Some("1990-05-07"), "{text}");
        }
        assert_eq!(iso("1990-05-07T00:00:00").as_deref(), Some("1990-05-07"));
        assert_eq!(iso("07.05.1990 0:00").as_deref(), Some("1990-05-07"));
    }

    #[test]
    fn rejected_forms() {
        for text in [
            "31.02.1990",
            "29.02.1991",
            "05/13/1990",
            "07.05.90",
            "1990-5",
            "7 may 1990",
            "",
            "32874",
            "07.05.1990 abc",
        ] {
            assert_eq!(iso(text), None, "{text}");
        }
        assert_eq!(iso("29.02.1992").as_deref(), Some("1992-02-29"));
    }
}
