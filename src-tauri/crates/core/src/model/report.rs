//! Reports over the register: what is asked (a period, a scope, a grouping) and the rows that come
//! back. The figures are counted in the store, in one aggregation per report.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ActivityKind;
use crate::{Error, Reason, Result, validate as v};

text_enum!(
    /// What a report's rows are: one per person, unit, organisation, programme, month or year.
    ReportGrouping {
        Person = "person", Unit = "unit", Organisation = "organisation", Programme = "programme",
        Month = "month", Year = "year",
    }
);

text_enum!(
    /// Who a row by person is, as a file names them: the columns the user picks.
    IdentityColumn {
        PersonnelNumber = "personnel_number", Name = "name", Organisation = "organisation", Unit = "unit",
        Position = "position",
    }
);

/// The longest period one report covers: ten years.
pub const MAX_REPORT_DAYS: i64 = 3_660;

/// What a report covers: sessions held from `from` to `to` (both included, on the session's own
/// clock), for the staff of an organisation and its sub-units, narrowed by programme, kind of
/// activity and the staff's country; and how its rows are grouped.
#[derive(Debug, Clone, Deserialize, Serialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct ReportFilter {
    pub from: String,
    pub to: String,
    /// Staff of this organisation or of any unit under it.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub organisation_id: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub programme_id: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub kind: Option<ActivityKind>,
    /// Staff whose organisation is in this country (ISO 3166 alpha-2).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub country: Option<String>,
    pub group_by: ReportGrouping,
}

/// A report's filter, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidReportFilter {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub organisation_id: Option<String>,
    pub programme_id: Option<String>,
    pub kind: Option<ActivityKind>,
    pub country: Option<String>,
    pub group_by: ReportGrouping,
}

impl ReportFilter {
    pub fn validated(&self) -> Result<ValidReportFilter> {
        let from = v::date("from", &self.from)?;
        let to = v::date("to", &self.to)?;
        if to < from {
            return Err(Error::invalid("to", Reason::EndsBeforeStart { start: from.to_string() }));
        }
        if (to - from).num_days() >= MAX_REPORT_DAYS {
            return Err(Error::invalid("to", Reason::CalendarTooLong { max_days: MAX_REPORT_DAYS as u32 }));
        }
        let id = |field: &str, value: &Option<String>| {
            value.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(|s| v::id(field, s)).transpose()
        };
        Ok(ValidReportFilter {
            from,
            to,
            organisation_id: id("organisation", &self.organisation_id)?,
            programme_id: id("programme", &self.programme_id)?,
            kind: self.kind,
            country: self
                .country
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|c| v::country("country", c))
                .transpose()?,
            group_by: self.group_by,
        })
    }
}

/// How a report is written to a file: xlsx or csv, the language of its headings and, grouped by
/// person, the columns naming each (the name alone when none is picked).
#[derive(Debug, Clone, Deserialize, Serialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct ReportFileOptions {
    pub format: String,
    pub locale: String,
    #[serde(default)]
    pub columns: Vec<IdentityColumn>,
}

/// Who a row of a report by person is, as exports name them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct PersonIdentity {
    pub personnel_number: Option<String>,
    pub organisation: String,
    pub unit: Option<String>,
    pub position: Option<String>,
}

/// One row of the training hours report. Hours are counted from the sessions each person was
/// enrolled for as a learner (participant, delegate or intern): attended hours from the marks —
/// present in full, late as the activity's completion rule counts a late arrival, excused or
/// absent not at all — beside the hours planned for them (every session not cancelled).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct HoursRow {
    /// The group's id (person, unit, organisation, programme) or its period ("2027-03", "2027");
    /// none for activities outside any programme.
    pub key: Option<String>,
    /// The group's name; empty for "no programme" (the screen words it).
    pub label: String,
    /// Grouped by person: who they are.
    pub person: Option<PersonIdentity>,
    /// People with at least one session planned in the group.
    #[ts(type = "number")]
    pub people: i64,
    /// Sessions attended (a mark that counts), person by person.
    #[ts(type = "number")]
    pub sessions: i64,
    pub hours: f64,
    pub planned_hours: f64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter(from: &str, to: &str) -> ReportFilter {
        ReportFilter {
            from: from.into(),
            to: to.into(),
            organisation_id: Some("  ".into()),
            programme_id: None,
            kind: None,
            country: Some("uz".into()),
            group_by: ReportGrouping::Unit,
        }
    }

    #[test]
    fn a_report_covers_a_period_forwards_of_at_most_ten_years() {
        let ok = filter("2026-01-01", "2026-12-31").validated().unwrap();
        assert_eq!((ok.organisation_id, ok.country.as_deref()), (None, Some("UZ")));
        let field = |e: Error| {
            let Error::Invalid { field, .. } = e;
            field
        };
        assert_eq!(field(filter("2026-12-31", "2026-01-01").validated().unwrap_err()), "to");
        assert_eq!(field(filter("2015-01-01", "2026-01-01").validated().unwrap_err()), "to");
        assert_eq!(field(filter("2026-13-01", "2026-12-31").validated().unwrap_err()), "from");
    }
}
