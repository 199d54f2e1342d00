//! Small field checks shared by every input type.

use crate::{Error, Reason, Result};

/// Longest free text we accept in one field: caps memory and keeps printouts sane.
pub const MAX_TEXT: usize = 500;

/// A required text: trimmed, not empty, not longer than [`MAX_TEXT`] characters.
pub fn required(field: &str, value: &str) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Error::invalid(field, Reason::Required));
    }
    bounded(field, v).map(str::to_owned)
}

/// An optional text: blank becomes `None`.
pub fn optional(field: &str, value: Option<&str>) -> Result<Option<String>> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => bounded(field, v).map(|v| Some(v.to_owned())),
    }
}

fn bounded<'a>(field: &str, v: &'a str) -> Result<&'a str> {
    if v.chars().count() > MAX_TEXT {
        return Err(Error::invalid(field, Reason::TooLong { max: MAX_TEXT as u32 }));
    }
    if v.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(Error::invalid(field, Reason::ControlCharacters));
    }
    Ok(v)
}

/// An ID as Malaka writes them: a UUID in its canonical text form.
pub fn id(field: &str, value: &str) -> Result<String> {
    let v = value.trim();
    uuid::Uuid::parse_str(v)
        .map(|u| u.hyphenated().to_string())
        .map_err(|_| Error::invalid(field, Reason::NotAnId { value: v.into() }))
}

/// An e-mail address: one `@` with text on both sides and a dot in the domain.
pub fn email(field: &str, value: Option<&str>) -> Result<Option<String>> {
    let Some(v) = optional(field, value)? else { return Ok(None) };
    let ok = match v.split_once('@') {
        Some((local, domain)) => !local.is_empty() && domain.contains('.') && !domain.contains('@') && !v.contains(' '),
        None => false,
    };
    if ok { Ok(Some(v)) } else { Err(Error::invalid(field, Reason::NotAnEmail { value: v })) }
}

/// A phone number: digits with the usual separators, an optional leading `+`, 7 to 15 digits.
pub fn phone(field: &str, value: Option<&str>) -> Result<Option<String>> {
    let Some(v) = optional(field, value)? else { return Ok(None) };
    let digits = v.chars().filter(char::is_ascii_digit).count();
    let allowed = v.chars().enumerate().all(|(i, c)| c.is_ascii_digit() || " -()".contains(c) || (c == '+' && i == 0));
    if allowed && (7..=15).contains(&digits) {
        Ok(Some(v))
    } else {
        Err(Error::invalid(field, Reason::NotAPhone { value: v }))
    }
}

/// An ISO 3166-1 alpha-2 country code, upper case (UZ, AZ, …).
pub fn country(field: &str, value: &str) -> Result<String> {
    let v = value.trim().to_ascii_uppercase();
    if v.len() == 2 && v.chars().all(|c| c.is_ascii_uppercase()) {
        Ok(v)
    } else {
        Err(Error::invalid(field, Reason::NotACountry { value: value.trim().into() }))
    }
}

/// The years Malaka's dates fall in: birth dates from 1900, plans up to 2199. Outside them a date
/// is a typing mistake, and date arithmetic near chrono's limits (year ±262,143) could overflow.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2199;

/// A date's year within [`YEARS`].
pub fn year_in_range(field: &str, year: i32) -> Result<()> {
    if YEARS.contains(&year) {
        Ok(())
    } else {
        Err(Error::invalid(field, Reason::YearOutOfRange { min: *YEARS.start() as u32, max: *YEARS.end() as u32 }))
    }
}

/// A calendar date written `YYYY-MM-DD`, in [`YEARS`].
pub fn date(field: &str, value: &str) -> Result<chrono::NaiveDate> {
    // `%Y` alone would take "+262142-12-31": exactly four digits are asked for.
    let v = value.trim();
    let four_digit_year = v.len() == 10 && v.as_bytes()[..4].iter().all(u8::is_ascii_digit);
    let d = chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d")
        .ok()
        .filter(|_| four_digit_year)
        .ok_or_else(|| Error::invalid(field, Reason::NotADate { value: v.into() }))?;
    year_in_range(field, chrono::Datelike::year(&d))?;
    Ok(d)
}

/// A language tag among those Malaka's agencies teach in.
pub fn language(field: &str, value: &str) -> Result<String> {
    const KNOWN: [&str; 7] = ["uz-Latn", "uz-Cyrl", "ru", "az", "en", "tr", "kk"];
    let v = value.trim();
    KNOWN.iter().find(|k| k.eq_ignore_ascii_case(v)).map(|k| (*k).to_owned()).ok_or_else(|| {
        Error::invalid(field, Reason::NotOneOf { value: v.into(), allowed: KNOWN.map(String::from).to_vec() })
    })
}

/// A positive count (capacity, seats).
pub fn positive(field: &str, value: i64) -> Result<i64> {
    if value > 0 && value <= 1_000_000 {
        Ok(value)
    } else {
        Err(Error::invalid(field, Reason::NotPositive { value: value as f64 }))
    }
}

/// Hours as planned or earned: 0 to 10,000, at most two decimals worth of precision.
pub fn hours(field: &str, value: f64) -> Result<f64> {
    if value.is_finite() && (0.0..=10_000.0).contains(&value) {
        Ok((value * 100.0).round() / 100.0)
    } else {
        Err(Error::invalid(field, Reason::OutOfRange { value, min: 0.0, max: 10_000.0 }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_outside_1900_to_2199_are_refused_without_overflowing() {
        assert!(date("d", "2026-12-06").is_ok());
        for (v, why) in [
            ("+262142-12-31", "not a date"),
            ("1899-12-31", "year"),
            ("2200-01-01", "year"),
            ("99999-01-01", "not a date"),
        ] {
            let e = date("d", v).unwrap_err();
            assert!(
                e.to_string().contains(if why == "year" { "between 1900 and 2199" } else { "is not a date" }),
                "{v}: {e}"
            );
        }
        assert!(crate::time::local("t", "+262142-12-30T23:00").is_err());
        assert!(crate::time::local("t", "2199-12-31T23:00").is_ok());
        assert!(crate::time::local("t", "2200-01-01T09:00").is_err());
    }

    #[test]
    fn required_rejects_blank_and_trims() {
        assert!(required("name", "   ").is_err());
        assert_eq!(required("name", "  Ali ").unwrap(), "Ali");
        let long = "x".repeat(MAX_TEXT + 1);
        assert!(required("name", &long).unwrap_err().to_string().starts_with("name:"));
    }

    #[test]
    fn email_and_phone_checks() {
        assert_eq!(email("email", Some("a@b.uz")).unwrap().as_deref(), Some("a@b.uz"));
        assert!(email("email", Some("a@b")).is_err());
        assert!(email("email", Some("a@@b.uz")).is_err());
        assert_eq!(email("email", Some(" ")).unwrap(), None);
        assert!(phone("phone", Some("+998 (71) 200-00-00")).is_ok());
        assert!(phone("phone", Some("12")).is_err());
        assert!(phone("phone", Some("99+8")).is_err());
    }

    #[test]
    fn ids_countries_dates_languages() {
        assert!(id("id", "nope").is_err());
        let u = "0192F0A2-0000-7000-8000-000000000001";
        assert_eq!(id("id", u).unwrap(), u.to_lowercase());
        assert_eq!(country("country", "uz").unwrap(), "UZ");
        assert!(country("country", "UZB").is_err());
        assert!(date("d", "2026-02-30").is_err());
        assert_eq!(language("l", "UZ-LATN").unwrap(), "uz-Latn");
        assert!(language("l", "xx").is_err());
        assert!(positive("capacity", 0).is_err());
        assert_eq!(hours("hours", 1.005).unwrap(), 1.0);
        assert!(hours("hours", -1.0).is_err());
    }
}
