//! Reports over the register: what is asked (a period, a scope, a grouping) and the rows that come
//! back. The figures are counted in the store, in one aggregation per report.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{ActivityKind, TranscriptResult};
use crate::completion::{Assessment, CompletionBasis, CompletionRule, Tally};
use crate::{Error, Reason, Result, validate as v};

text_enum!(
    /// What a report's rows are: one per person, unit, organisation, programme, month or year.
    ReportGrouping {
        Person = "person", Unit = "unit", Organisation = "organisation", Programme = "programme",
        Activity = "activity", Month = "month", Year = "year",
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
    /// Whole years `from_year` to `to_year`, the whole register, grouped as asked.
    pub fn years(from_year: i32, to_year: i32, group_by: ReportGrouping) -> ReportFilter {
        ReportFilter {
            from: format!("{from_year:04}-01-01"),
            to: format!("{to_year:04}-12-31"),
            organisation_id: None,
            programme_id: None,
            kind: None,
            country: None,
            group_by,
        }
    }

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

/// One learner's place in an activity the report covers, with their sessions counted by mark:
/// what the completion and attendance reports are computed from (`malaka_core::place_report`).
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceTally {
    /// The group the place falls in, and its name (as `HoursRow`'s).
    pub key: Option<String>,
    pub label: String,
    pub person_id: String,
    pub person_name: String,
    pub person: PersonIdentity,
    pub activity_id: String,
    pub activity_title: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// The place was marked completed, or a certificate for it is in force.
    pub settled: bool,
    pub certified: bool,
    /// The activity's own rule, if it has one.
    pub rule: Option<CompletionRule>,
    pub assessment: Option<Assessment>,
    /// Every session not cancelled, counted by the person's mark.
    pub marks: Tally,
    /// Sessions begun by now (taken), and their hours.
    pub taken: i64,
    pub taken_hours: f64,
}

/// Why places that ended were not completed, counted (a place may have several reasons).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct NotCompletedCounts {
    #[ts(type = "number")]
    pub below_minimum: i64,
    /// Of those below the minimum, places with sessions still unmarked.
    #[ts(type = "number")]
    pub marks_missing: i64,
    #[ts(type = "number")]
    pub no_sessions: i64,
    #[ts(type = "number")]
    pub assessment_missing: i64,
    #[ts(type = "number")]
    pub assessment_failed: i64,
}

/// One row of the completion report: learner places in the group's activities, by result as of
/// today (the transcript's result: certificate or completed place first, then the dates, then
/// the rule).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct CompletionRow {
    pub key: Option<String>,
    pub label: String,
    pub person: Option<PersonIdentity>,
    #[ts(type = "number")]
    pub enrolled: i64,
    #[ts(type = "number")]
    pub completed: i64,
    #[ts(type = "number")]
    pub not_completed: i64,
    #[ts(type = "number")]
    pub in_progress: i64,
    #[ts(type = "number")]
    pub upcoming: i64,
    /// Places with a certificate in force.
    #[ts(type = "number")]
    pub certified: i64,
    pub why: NotCompletedCounts,
}

/// One row of the attendance report: a person in an activity, as Moodle's attendance summary
/// counts them, in the rule's basis (sessions or hours).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct AttendanceRow {
    pub person_id: String,
    pub person_name: String,
    pub person: PersonIdentity,
    pub activity_id: String,
    pub activity_title: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub basis: CompletionBasis,
    #[ts(type = "number")]
    pub sessions: i64,
    /// Sessions begun by now.
    #[ts(type = "number")]
    pub taken: i64,
    #[ts(type = "number")]
    pub present: i64,
    #[ts(type = "number")]
    pub late: i64,
    #[ts(type = "number")]
    pub excused: i64,
    #[ts(type = "number")]
    pub absent: i64,
    /// Taken sessions with no mark yet.
    #[ts(type = "number")]
    pub unmarked: i64,
    /// Attendance as the rule counts it: weighted sessions, or weighted hours.
    pub points: f64,
    /// Percent of the taken sessions (none before the first one).
    pub rate_taken: Option<f64>,
    /// Percent of all the activity's sessions.
    pub rate_all: f64,
    /// The most still reachable: percent of all if every remaining session is attended.
    pub max_reachable: f64,
    /// The rule's minimum, percent.
    pub required: f64,
    /// Today's result, as the transcript and the completion report give it.
    pub result: TranscriptResult,
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
