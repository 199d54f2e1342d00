//! Internships: a member of staff placed at a partner's service centre for some weeks, with a
//! mentor, learning objectives agreed before the start, a weekly log, attendance for the placement
//! days, a mid-term and a final evaluation by the mentor, the intern's report, and a certificate.

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::visit::{days_of, filter_checked, nested, optional_date, span_of};
use crate::{Error, Reason, Result, validate as v};

text_enum!(
    /// Where a placement stands.
    InternshipStatus {
        Proposed = "proposed", HostAccepted = "host_accepted", Agreed = "agreed", UnderWay = "under_way",
        Evaluated = "evaluated", Closed = "closed", Withdrawn = "withdrawn",
    }
);
text_enum!(
    /// Whether the intern was at the placement on a day.
    PlacementDayStatus { Present = "present", Absent = "absent", Excused = "excused" }
);
text_enum!(
    /// Which of the mentor's two evaluations.
    EvaluationKind { Mid = "mid", Final = "final" }
);

/// The lowest and highest score a mentor gives an objective.
pub const SCORE_MIN: u8 = 1;
pub const SCORE_MAX: u8 = 5;
/// Objectives a placement may agree on, and host units it may pass through.
pub const MAX_OBJECTIVES: usize = 20;
pub const MAX_UNITS: usize = 6;

/// A placement as listed and as its header shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Internship {
    pub id: String,
    pub title: String,
    pub intern_id: String,
    /// The intern's own agency, which sends them.
    pub sending_org_id: String,
    /// The host centre.
    pub host_org_id: String,
    /// The host units, in the order the intern passes through them.
    pub units: Vec<HostUnit>,
    pub mentor: Option<Mentor>,
    pub planned_start: NaiveDate,
    pub planned_end: NaiveDate,
    pub actual_start: Option<NaiveDate>,
    pub actual_end: Option<NaiveDate>,
    pub hours_per_week: f64,
    pub objectives: Vec<Objective>,
    pub status: InternshipStatus,
    /// Why it was withdrawn.
    pub status_reason: Option<String>,
    /// The activity its certificate is issued under, once issued.
    pub activity_id: Option<String>,
    #[ts(type = "number")]
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Internship {
    /// The placement's days: what happened once both actual dates are known, else the plan.
    pub fn span(&self) -> (NaiveDate, NaiveDate) {
        span_of((self.planned_start, self.planned_end), self.actual_start, self.actual_end)
    }
}

/// A unit of the host centre the intern serves in, and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct HostUnit {
    pub name: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

/// The intern's mentor: staff of the host (in the register or not) or someone from outside.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Mentor {
    pub person_id: Option<String>,
    pub name: String,
    pub position: Option<String>,
    pub email: Option<String>,
}

/// A learning objective agreed before the start.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Objective {
    pub text: String,
}

/// A new placement, or a placement's edited details.
#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewInternship {
    #[serde(default)]
    #[ts(optional = nullable)]
    pub title: Option<String>,
    pub intern_id: String,
    pub host_org_id: String,
    #[serde(default)]
    pub units: Vec<NewHostUnit>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub mentor: Option<NewMentor>,
    pub planned_start: String,
    pub planned_end: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub actual_start: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub actual_end: Option<String>,
    pub hours_per_week: f64,
    #[serde(default)]
    pub objectives: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewHostUnit {
    pub name: String,
    pub starts_on: String,
    pub ends_on: String,
}

#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewMentor {
    #[serde(default)]
    #[ts(optional = nullable)]
    pub person_id: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub name: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub position: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub email: Option<String>,
}

/// A placement input after validation (the title may still be empty: it is then made from the
/// intern and the host).
#[derive(Debug, Clone, PartialEq)]
pub struct ValidInternship {
    pub title: Option<String>,
    pub intern_id: String,
    pub host_org_id: String,
    pub units: Vec<HostUnit>,
    pub mentor: Option<ValidMentor>,
    pub planned_start: NaiveDate,
    pub planned_end: NaiveDate,
    pub actual_start: Option<NaiveDate>,
    pub actual_end: Option<NaiveDate>,
    pub hours_per_week: f64,
    pub objectives: Vec<Objective>,
}

/// A mentor after validation: a register person (named when read) or a named outsider.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidMentor {
    pub person_id: Option<String>,
    pub name: Option<String>,
    pub position: Option<String>,
    pub email: Option<String>,
}

impl NewInternship {
    pub fn validated(&self) -> Result<ValidInternship> {
        let planned_start = v::date("planned_start", &self.planned_start)?;
        let planned_end = v::date("planned_end", &self.planned_end)?;
        if planned_end < planned_start {
            return Err(Error::invalid("planned_end", Reason::EndsBeforeStart { start: planned_start.to_string() }));
        }
        let actual_start = optional_date("actual_start", self.actual_start.as_deref())?;
        let actual_end = optional_date("actual_end", self.actual_end.as_deref())?;
        if let Some(end) = actual_end {
            let Some(start) = actual_start else {
                return Err(Error::invalid("actual_start", Reason::Required));
            };
            if end < start {
                return Err(Error::invalid("actual_end", Reason::EndsBeforeStart { start: start.to_string() }));
            }
        }
        let hours_per_week = self.hours_per_week;
        if !hours_per_week.is_finite() || !(1.0..=60.0).contains(&hours_per_week) {
            return Err(Error::invalid(
                "hours_per_week",
                Reason::OutOfRange { value: hours_per_week, min: 1.0, max: 60.0 },
            ));
        }
        let span = span_of((planned_start, planned_end), actual_start, actual_end);
        Ok(ValidInternship {
            title: v::optional("title", self.title.as_deref())?,
            intern_id: v::id("intern", &self.intern_id)?,
            host_org_id: v::id("host_org", &self.host_org_id)?,
            units: units_validated(&self.units, span)?,
            mentor: self.mentor.as_ref().map(NewMentor::validated).transpose()?.flatten(),
            planned_start,
            planned_end,
            actual_start,
            actual_end,
            hours_per_week: (hours_per_week * 10.0).round() / 10.0,
            objectives: objectives_validated(&self.objectives)?,
        })
    }
}

impl NewMentor {
    /// Checks the mentor; a mentor with neither a person nor a name is no mentor (none yet).
    pub fn validated(&self) -> Result<Option<ValidMentor>> {
        let person_id = self.person_id.as_deref().map(str::trim).filter(|p| !p.is_empty());
        let person_id = person_id.map(|p| v::id("mentor.person", p)).transpose()?;
        let name = v::optional("mentor.name", self.name.as_deref())?.map(|n| crate::names::normalize_name(&n));
        if person_id.is_none() && name.is_none() {
            return Ok(None);
        }
        Ok(Some(ValidMentor {
            name: if person_id.is_some() { None } else { name },
            person_id,
            position: v::optional("mentor.position", self.position.as_deref())?,
            email: v::email("mentor.email", self.email.as_deref())?,
        }))
    }
}

/// Checks the objectives: each one written out, at most [`MAX_OBJECTIVES`]; blank lines dropped.
pub fn objectives_validated(texts: &[String]) -> Result<Vec<Objective>> {
    let texts: Vec<&String> = texts.iter().filter(|t| !t.trim().is_empty()).collect();
    if texts.len() > MAX_OBJECTIVES {
        return Err(Error::invalid("objectives", Reason::TooManyAtOnce { max: MAX_OBJECTIVES as u32 }));
    }
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| Ok(Objective { text: v::required("text", t).map_err(|e| nested("objectives", i, e))? }))
        .collect()
}

/// Checks the host units: each within the placement's days, one after another without sharing a
/// day (an intern serves in one unit at a time).
pub fn units_validated(units: &[NewHostUnit], span: (NaiveDate, NaiveDate)) -> Result<Vec<HostUnit>> {
    if units.len() > MAX_UNITS {
        return Err(Error::invalid("units", Reason::TooManyAtOnce { max: MAX_UNITS as u32 }));
    }
    let mut out: Vec<HostUnit> = Vec::with_capacity(units.len());
    for (i, u) in units.iter().enumerate() {
        let unit = (|| {
            let starts_on = v::date("starts_on", &u.starts_on)?;
            let ends_on = v::date("ends_on", &u.ends_on)?;
            if ends_on < starts_on {
                return Err(Error::invalid("ends_on", Reason::EndsBeforeStart { start: starts_on.to_string() }));
            }
            for (field, day) in [("starts_on", starts_on), ("ends_on", ends_on)] {
                if day < span.0 || day > span.1 {
                    return Err(Error::invalid(field, outside(day, span)));
                }
            }
            if let Some(prev) = out.last()
                && starts_on <= prev.ends_on
            {
                return Err(Error::invalid(
                    "starts_on",
                    Reason::EndsBeforeStart { start: (prev.ends_on + Days::new(1)).to_string() },
                ));
            }
            Ok(HostUnit { name: v::required("name", &u.name)?, starts_on, ends_on })
        })()
        .map_err(|e| nested("units", i, e))?;
        out.push(unit);
    }
    Ok(out)
}

fn outside(day: NaiveDate, span: (NaiveDate, NaiveDate)) -> Reason {
    Reason::OutsidePlacementDates { when: day.to_string(), from: span.0.to_string(), to: span.1.to_string() }
}

/// The Monday of the week a day falls in: the weekly log is kept by week.
pub fn week_of(day: NaiveDate) -> NaiveDate {
    day - Days::new(u64::from(day.weekday().num_days_from_monday()))
}

/// One week of the log: the intern's entry and the mentor's comment on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct WeekLog {
    /// The Monday the week starts on.
    pub week_of: NaiveDate,
    pub intern_entry: Option<String>,
    pub mentor_comment: Option<String>,
    pub updated_by: String,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewWeekLog {
    /// Any day of the week.
    pub week_of: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub intern_entry: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub mentor_comment: Option<String>,
}

/// Whether the intern was there on one placement day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct PlacementDay {
    pub day: NaiveDate,
    pub status: PlacementDayStatus,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewPlacementDay {
    pub day: String,
    pub status: Option<PlacementDayStatus>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub note: Option<String>,
}

/// Days marked at once: a month of a placement is a few dozen.
pub const MAX_DAYS_AT_ONCE: usize = 400;

impl NewPlacementDay {
    /// Checks the mark and that the day is one of the placement's.
    pub fn validated(&self, span: (NaiveDate, NaiveDate)) -> Result<PlacementDay> {
        let day = v::date("day", &self.day)?;
        if day < span.0 || day > span.1 {
            return Err(Error::invalid("day", outside(day, span)));
        }
        Ok(PlacementDay {
            day,
            status: self.status.ok_or_else(|| Error::invalid("status", Reason::Required))?,
            note: v::optional("note", self.note.as_deref())?,
        })
    }
}

/// The mentor's evaluation: a score per objective with a comment, and an overall comment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Evaluation {
    pub kind: EvaluationKind,
    pub on: NaiveDate,
    /// Who evaluated: the mentor as they signed.
    pub evaluator: String,
    pub scores: Vec<ObjectiveScore>,
    pub comment: Option<String>,
    /// Filled on the printed form and typed back by an officer.
    pub from_paper: bool,
    pub recorded_by: String,
    pub recorded_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct ObjectiveScore {
    pub score: u8,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewEvaluation {
    pub kind: Option<EvaluationKind>,
    pub on: String,
    pub evaluator: String,
    /// One per objective, in the objectives' order.
    pub scores: Vec<NewObjectiveScore>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub comment: Option<String>,
    #[serde(default)]
    pub from_paper: bool,
}

#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewObjectiveScore {
    pub score: Option<u8>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub comment: Option<String>,
}

/// An evaluation input after validation (who recorded it is added by the caller).
#[derive(Debug, Clone, PartialEq)]
pub struct ValidEvaluation {
    pub kind: EvaluationKind,
    pub on: NaiveDate,
    pub evaluator: String,
    pub scores: Vec<ObjectiveScore>,
    pub comment: Option<String>,
    pub from_paper: bool,
}

impl NewEvaluation {
    /// Checks the evaluation against the placement: not before it started, a score from
    /// [`SCORE_MIN`] to [`SCORE_MAX`] for each of its `objectives`.
    pub fn validated(&self, started: NaiveDate, objectives: usize) -> Result<ValidEvaluation> {
        let on = v::date("on", &self.on)?;
        if on < started {
            return Err(Error::invalid("on", Reason::EvaluationBeforeStart { start: started.to_string() }));
        }
        if self.scores.len() != objectives {
            return Err(Error::invalid(
                "scores",
                Reason::ScoresPerObjective { objectives: objectives as u32, scores: self.scores.len() as u32 },
            ));
        }
        let scores = self.scores.iter().map(|s| {
            let score = s.score.ok_or_else(|| Error::invalid("score", Reason::Required))?;
            if !(SCORE_MIN..=SCORE_MAX).contains(&score) {
                return Err(Error::invalid(
                    "score",
                    Reason::OutOfRange {
                        value: f64::from(score),
                        min: f64::from(SCORE_MIN),
                        max: f64::from(SCORE_MAX),
                    },
                ));
            }
            Ok(ObjectiveScore { score, comment: v::optional("comment", s.comment.as_deref())? })
        });
        let scores = scores.enumerate().map(|(i, r)| r.map_err(|e| nested("scores", i, e)));
        Ok(ValidEvaluation {
            kind: self.kind.ok_or_else(|| Error::invalid("kind", Reason::Required))?,
            on,
            evaluator: v::required("evaluator", &self.evaluator)?,
            scores: scores.collect::<Result<_>>()?,
            comment: v::optional("comment", self.comment.as_deref())?,
            from_paper: self.from_paper,
        })
    }
}

/// The intern's report at the end of the placement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct InternReport {
    pub text: String,
    pub submitted_on: NaiveDate,
}

#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewInternReport {
    pub text: String,
    pub submitted_on: String,
}

/// Everything about one placement, as its page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct InternshipDetail {
    pub internship: Internship,
    pub intern: String,
    pub sending_org: String,
    pub host_org: String,
    pub weeks: Vec<WeekLog>,
    pub days: Vec<PlacementDay>,
    pub mid: Option<Evaluation>,
    #[serde(rename = "final")]
    #[ts(rename = "final")]
    pub final_: Option<Evaluation>,
    pub report: Option<InternReport>,
    pub amendments: Vec<super::Amendment>,
    /// The certificate issued for it, by its code.
    pub certificate: Option<String>,
    /// Hours the certificate states: the days present at the week's hours, or the plan.
    pub hours: f64,
}

/// A placement in the Mobility list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct InternshipRow {
    pub internship: Internship,
    /// `outgoing` when the host is a partner abroad, else `incoming`.
    pub direction: super::VisitDirection,
    pub intern: String,
    pub sending_org: String,
    pub host_org: String,
    pub host_country: String,
}

/// What the Mobility list of placements shows.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct InternshipFilter {
    /// Placements abroad (`outgoing`: the host is a partner) or here (`incoming`).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub direction: Option<super::VisitDirection>,
    /// The host's or the sender's country, whichever is abroad.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub country: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub partner_org_id: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub status: Option<InternshipStatus>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub year: Option<i32>,
    /// Placements of this intern.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub person_id: Option<String>,
    /// Placements with a day in these days (both included): the calendar's period, set by the API.
    #[serde(skip)]
    #[ts(skip)]
    pub within: Option<(NaiveDate, NaiveDate)>,
}

impl InternshipFilter {
    pub fn validated(&self) -> Result<Self> {
        let (country, partner_org_id, person_id) = filter_checked(
            self.country.as_deref(),
            self.partner_org_id.as_deref(),
            self.year,
            self.person_id.as_deref(),
        )?;
        Ok(Self {
            direction: self.direction,
            country,
            partner_org_id,
            status: self.status,
            year: self.year,
            person_id,
            within: self.within,
        })
    }

    /// The days a placement must touch to be listed, if any: `within`, else the year.
    pub fn days(&self) -> Option<(NaiveDate, NaiveDate)> {
        days_of(self.year, self.within)
    }
}

/// Hours a placement earns: the days present at the week's hours spread over five days, or,
/// with no day marked, the planned weeks.
pub fn earned_hours(hours_per_week: f64, span: (NaiveDate, NaiveDate), days: &[PlacementDay]) -> f64 {
    let hours = if days.is_empty() {
        let weeks = ((span.1 - span.0).num_days() + 1) as f64 / 7.0;
        hours_per_week * weeks
    } else {
        let present = days.iter().filter(|d| d.status == PlacementDayStatus::Present).count() as f64;
        hours_per_week / 5.0 * present
    };
    (hours * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "0192f0a2-0000-7000-8000-000000000001";
    const B: &str = "0192f0a2-0000-7000-8000-000000000002";

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn field(e: Error) -> String {
        let Error::Invalid { field, .. } = e;
        field
    }

    fn placement() -> NewInternship {
        NewInternship {
            intern_id: A.into(),
            host_org_id: B.into(),
            planned_start: "2027-03-01".into(),
            planned_end: "2027-03-26".into(),
            hours_per_week: 40.0,
            objectives: vec!["Front office routing".into(), "  ".into(), "Queue analytics".into()],
            ..Default::default()
        }
    }

    fn unit(name: &str, from: &str, to: &str) -> NewHostUnit {
        NewHostUnit { name: name.into(), starts_on: from.into(), ends_on: to.into() }
    }

    #[test]
    fn a_placement_keeps_its_objectives_and_refuses_odd_hours() {
        let p = placement().validated().unwrap();
        assert_eq!(p.objectives.len(), 2, "blank objectives are dropped");
        let mut lazy = placement();
        lazy.hours_per_week = 0.5;
        assert_eq!(field(lazy.validated().unwrap_err()), "hours_per_week");
        let mut back = placement();
        back.planned_end = "2027-02-28".into();
        assert_eq!(field(back.validated().unwrap_err()), "planned_end");
    }

    #[test]
    fn host_units_follow_one_another_within_the_placement() {
        let mut two = placement();
        two.units =
            vec![unit("Front office", "2027-03-01", "2027-03-12"), unit("Back office", "2027-03-15", "2027-03-26")];
        assert_eq!(two.validated().unwrap().units.len(), 2);
        let mut clash = placement();
        clash.units =
            vec![unit("Front office", "2027-03-01", "2027-03-12"), unit("Back office", "2027-03-12", "2027-03-26")];
        assert_eq!(field(clash.validated().unwrap_err()), "units.2.starts_on");
        let mut late = placement();
        late.units = vec![unit("Front office", "2027-03-01", "2027-03-31")];
        let e = late.validated().unwrap_err();
        assert_eq!(field(e.clone()), "units.1.ends_on");
        assert!(matches!(e, Error::Invalid { reason: Reason::OutsidePlacementDates { .. }, .. }));
    }

    #[test]
    fn an_evaluation_is_not_before_the_start_and_scores_every_objective() {
        let ok = NewEvaluation {
            kind: Some(EvaluationKind::Mid),
            on: "2027-03-12".into(),
            evaluator: "Rəşad Əliyev".into(),
            scores: vec![
                NewObjectiveScore { score: Some(4), comment: None },
                NewObjectiveScore { score: Some(5), comment: Some("quick learner".into()) },
            ],
            ..Default::default()
        };
        assert_eq!(ok.validated(d("2027-03-01"), 2).unwrap().scores[1].score, 5);
        let early = NewEvaluation { on: "2027-02-27".into(), ..ok.clone() };
        let e = early.validated(d("2027-03-01"), 2).unwrap_err();
        assert!(
            matches!(e, Error::Invalid { ref field, reason: Reason::EvaluationBeforeStart { .. } } if field == "on")
        );
        assert_eq!(field(ok.validated(d("2027-03-01"), 3).unwrap_err()), "scores");
        let mut high = ok.clone();
        high.scores[1].score = Some(6);
        assert_eq!(field(high.validated(d("2027-03-01"), 2).unwrap_err()), "scores.2.score");
    }

    #[test]
    fn days_are_the_placements_and_hours_follow_presence() {
        let span = (d("2027-03-01"), d("2027-03-26"));
        let off = NewPlacementDay { day: "2027-03-27".into(), status: Some(PlacementDayStatus::Present), note: None };
        assert_eq!(field(off.validated(span).unwrap_err()), "day");
        assert_eq!(earned_hours(40.0, span, &[]), 148.6);
        let days: Vec<PlacementDay> = (1..=10)
            .map(|i| PlacementDay {
                day: d(&format!("2027-03-{i:02}")),
                status: if i == 3 { PlacementDayStatus::Absent } else { PlacementDayStatus::Present },
                note: None,
            })
            .collect();
        assert_eq!(earned_hours(40.0, span, &days), 72.0);
        assert_eq!(week_of(d("2027-03-04")), d("2027-03-01"));
        assert_eq!(week_of(d("2027-03-07")), d("2027-03-01"));
    }

    #[test]
    fn a_mentor_is_a_person_or_a_named_outsider_or_none_yet() {
        assert_eq!(NewMentor::default().validated().unwrap(), None);
        let m = NewMentor { name: Some(" Rəşad  Əliyev ".into()), ..Default::default() }.validated().unwrap().unwrap();
        assert_eq!(m.name.as_deref(), Some("Rəşad Əliyev"));
        let bad = NewMentor { name: Some("R".into()), email: Some("not-mail".into()), ..Default::default() };
        assert_eq!(field(bad.validated().unwrap_err()), "mentor.email");
    }
}
