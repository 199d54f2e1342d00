//! The audit log: one line, what a reader narrows it by, and a page of it.

use chrono::{DateTime, Duration, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use crate::{Error, Reason, Result, time, validate as v};

/// One line of the audit log: who did what to which record, and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct AuditEntry {
    #[ts(type = "number")]
    pub id: i64,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<String>,
    pub summary: String,
}

/// The most lines one page of the log holds.
pub const MAX_AUDIT_PAGE: i64 = 1_000;

/// What the audit log is narrowed by: who (the account's name as recorded), what (the action,
/// e.g. `person.update`), which record (its kind and id), words in the summary, and a period of
/// days on the reader's clock (`time_zone`, UTC when none). Pages run newest first; the next page
/// starts below the last id seen (`before_id`).
#[derive(Debug, Clone, Default, Deserialize, Serialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct AuditFilter {
    #[serde(default)]
    #[ts(optional = nullable)]
    pub actor: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub action: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub entity: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub entity_id: Option<String>,
    /// Words the summary contains (names of the people and records it mentions).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub text: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub from: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub to: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub time_zone: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable, type = "number")]
    pub before_id: Option<i64>,
    #[serde(default)]
    #[ts(optional = nullable, type = "number")]
    pub limit: Option<i64>,
}

/// An audit filter, checked: the period as UTC instants in the stored text form, `[from, to)`.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidAuditFilter {
    /// The reader's clock (UTC when none was given).
    pub zone: chrono_tz::Tz,
    pub actor: Option<String>,
    pub action: Option<String>,
    pub entity: Option<String>,
    pub entity_id: Option<String>,
    /// Words the summary must contain: as typed, in lower case or capitalised (the same on both
    /// backends, whose case-folding differs beyond ASCII); three spellings, repeated when fewer.
    pub text: Option<[String; 3]>,
    pub from_utc: Option<String>,
    pub to_utc: Option<String>,
    pub before_id: Option<i64>,
    pub limit: i64,
}

impl AuditFilter {
    pub fn validated(&self) -> Result<ValidAuditFilter> {
        let given =
            |value: &Option<String>| value.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned);
        let zone = match given(&self.time_zone) {
            Some(z) => time::zone("time_zone", &z)?,
            None => chrono_tz::UTC,
        };
        // The first instant of a day on the reader's clock (a day starting in a clock change's
        // gap starts when the clock resumes).
        let day_start = |field: &str, value: &Option<String>, next: bool| -> Result<Option<String>> {
            let Some(text) = given(value) else { return Ok(None) };
            let day = v::date(field, &text)? + Duration::days(i64::from(next));
            let midnight = day.and_hms_opt(0, 0, 0).expect("midnight exists");
            let start = zone
                .from_local_datetime(&midnight)
                .earliest()
                .or_else(|| zone.from_local_datetime(&(midnight + Duration::hours(1))).earliest())
                .ok_or_else(|| Error::invalid(field, Reason::NotADate { value: text.clone() }))?;
            Ok(Some(time::utc_text(start.with_timezone(&Utc))))
        };
        let from_utc = day_start("from", &self.from, false)?;
        let to_utc = day_start("to", &self.to, true)?;
        if let (Some(f), Some(t)) = (&from_utc, &to_utc)
            && t <= f
        {
            let start = given(&self.from).unwrap_or_default();
            return Err(Error::invalid("to", Reason::EndsBeforeStart { start }));
        }
        let entity_id = given(&self.entity_id).map(|id| v::id("record", &id)).transpose()?;
        let text = given(&self.text).map(|t| {
            let lower = t.to_lowercase();
            let mut chars = lower.chars();
            let capital: String = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
            [t, lower, capital]
        });
        let limit = self.limit.unwrap_or(200);
        if !(1..=MAX_AUDIT_PAGE).contains(&limit) {
            return Err(Error::invalid(
                "limit",
                Reason::OutOfRange { value: limit as f64, min: 1.0, max: MAX_AUDIT_PAGE as f64 },
            ));
        }
        Ok(ValidAuditFilter {
            zone,
            actor: given(&self.actor),
            action: given(&self.action),
            entity: given(&self.entity),
            entity_id,
            text,
            from_utc,
            to_utc,
            before_id: self.before_id,
            limit,
        })
    }
}

/// One page of the log, newest first, and whether older lines match too.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct AuditPage {
    pub rows: Vec<AuditEntry>,
    pub more: bool,
}

/// What the log's filters offer: the names that acted, the actions and kinds of record seen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct AuditFacets {
    pub actors: Vec<String>,
    pub actions: Vec<String>,
    pub entities: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_is_whole_days_on_the_readers_clock() {
        let f = AuditFilter {
            from: Some("2026-12-01".into()),
            to: Some("2026-12-01".into()),
            time_zone: Some("Asia/Tashkent".into()),
            text: Some(" каРимов ".into()),
            ..AuditFilter::default()
        }
        .validated()
        .unwrap();
        assert_eq!(f.from_utc.as_deref(), Some("2026-11-30T19:00:00Z"));
        assert_eq!(f.to_utc.as_deref(), Some("2026-12-01T19:00:00Z"));
        assert_eq!(f.text, Some(["каРимов".into(), "каримов".into(), "Каримов".into()]));
        assert_eq!(f.limit, 200);
    }

    #[test]
    fn a_backwards_period_a_bad_zone_and_a_huge_page_are_refused() {
        let field = |f: AuditFilter| {
            let Error::Invalid { field, .. } = f.validated().unwrap_err();
            field
        };
        let backwards =
            AuditFilter { from: Some("2026-12-02".into()), to: Some("2026-12-01".into()), ..Default::default() };
        assert_eq!(field(backwards), "to");
        assert_eq!(field(AuditFilter { time_zone: Some("Mars/Base".into()), ..Default::default() }), "time_zone");
        assert_eq!(field(AuditFilter { limit: Some(5_000), ..Default::default() }), "limit");
        assert_eq!(field(AuditFilter { entity_id: Some("x';--".into()), ..Default::default() }), "record");
    }
}
