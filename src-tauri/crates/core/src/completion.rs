//! Completion rules: from a participant's marks (and assessment) to an attendance rate and
//! whether they may receive a certificate — and, when not, every reason why.

use serde::{Deserialize, Serialize};

use crate::model::{AttendanceStatus, text_enum};
use crate::{Error, Reason, Result, validate as v};

text_enum!(
    /// What the minimum attendance is counted in.
    CompletionBasis { Sessions = "sessions", Hours = "hours" }
);
text_enum!(
    /// How much a late arrival counts towards attendance.
    LateCounts { Full = "full", Half = "half", Nothing = "none" }
);
text_enum!(
    /// Whether an assessment decides completion, and how its result is recorded.
    AssessmentKind { Nothing = "none", PassFail = "pass_fail", Score = "score" }
);

/// An activity's completion rule. An activity with no rule of its own uses [`CompletionRule::default_for`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct CompletionRule {
    pub activity_id: String,
    pub basis: CompletionBasis,
    /// Minimum attendance, percent of the sessions (or hours) that take place.
    pub min_percent: f64,
    pub late_counts: LateCounts,
    /// Whether an excused absence counts as attended.
    pub excused_counts: bool,
    pub assessment: AssessmentKind,
    /// For a scored assessment: the lowest passing score (scores run 0–100).
    #[ts(optional = nullable)]
    #[serde(default)]
    pub pass_mark: Option<f64>,
}

impl CompletionRule {
    /// 80 % of the sessions, late counts in full, excused does not count, no assessment.
    pub fn default_for(activity_id: &str) -> Self {
        Self {
            activity_id: activity_id.to_owned(),
            basis: CompletionBasis::Sessions,
            min_percent: 80.0,
            late_counts: LateCounts::Full,
            excused_counts: false,
            assessment: AssessmentKind::Nothing,
            pass_mark: None,
        }
    }

    pub fn validated(&self) -> Result<Self> {
        if !(0.0..=100.0).contains(&self.min_percent) || self.min_percent.is_nan() {
            return Err(Error::invalid(
                "min_percent",
                Reason::OutOfRange { value: self.min_percent, min: 0.0, max: 100.0 },
            ));
        }
        let pass_mark = match (self.assessment, self.pass_mark) {
            (AssessmentKind::Score, Some(m)) if (0.0..=100.0).contains(&m) => Some(m),
            (AssessmentKind::Score, Some(m)) => {
                return Err(Error::invalid("pass_mark", Reason::OutOfRange { value: m, min: 0.0, max: 100.0 }));
            }
            (AssessmentKind::Score, None) => return Err(Error::invalid("pass_mark", Reason::NeedsPassMark)),
            (_, _) => None,
        };
        Ok(Self { activity_id: v::id("activity", &self.activity_id)?, pass_mark, ..self.clone() })
    }

    /// How much one mark counts towards attendance, from 0 to 1.
    fn weight(&self, mark: Option<AttendanceStatus>) -> f64 {
        match mark {
            Some(AttendanceStatus::Excused) if self.excused_counts => 1.0,
            other => self.attended_weight(other),
        }
    }

    /// How much of a session one mark says was actually attended, from 0 to 1: present in full,
    /// late as the rule counts it, an absence (excused or not) not at all. Hours reports and
    /// transcripts count hours this way.
    pub fn attended_weight(&self, mark: Option<AttendanceStatus>) -> f64 {
        match mark {
            Some(AttendanceStatus::Present) => 1.0,
            Some(AttendanceStatus::Late) => match self.late_counts {
                LateCounts::Full => 1.0,
                LateCounts::Half => 0.5,
                LateCounts::Nothing => 0.0,
            },
            Some(AttendanceStatus::Excused | AttendanceStatus::Absent) | None => 0.0,
        }
    }
}

/// A participant's assessment result, as recorded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Assessment {
    pub passed: Option<bool>,
    pub score: Option<f64>,
}

/// One session a participant was expected at, with its length and their mark.
#[derive(Debug, Clone, Copy)]
pub struct Attended {
    pub hours: f64,
    pub mark: Option<AttendanceStatus>,
}

/// Why someone is not (yet) eligible for a certificate; the UI words each code in its locale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum NotEligible {
    /// Attendance below the minimum.
    BelowMinimum {
        rate: f64,
        required: f64,
    },
    /// Sessions with no mark yet: marking them may change the outcome.
    MarksMissing {
        #[ts(type = "number")]
        count: i64,
    },
    NoSessions,
    AssessmentMissing,
    AssessmentFailed {
        score: Option<f64>,
        pass_mark: Option<f64>,
    },
}

/// A participant's standing against the rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Standing {
    /// Attendance in percent (of sessions or hours, as the rule says), rounded to one decimal.
    pub rate: f64,
    #[ts(type = "number")]
    pub present: i64,
    #[ts(type = "number")]
    pub late: i64,
    #[ts(type = "number")]
    pub absent: i64,
    #[ts(type = "number")]
    pub excused: i64,
    #[ts(type = "number")]
    pub unmarked: i64,
    /// Hours attended, with late arrivals weighted as the rule says.
    pub hours_attended: f64,
    pub hours_total: f64,
    pub eligible: bool,
    pub reasons: Vec<NotEligible>,
}

/// Sessions with one kind of mark (or none): how many, and their hours.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Count {
    pub sessions: i64,
    pub hours: f64,
}

impl Count {
    fn add(&mut self, hours: f64) {
        self.sessions += 1;
        self.hours += hours;
    }
}

/// A participant's sessions counted by mark: all a rule needs to weigh them, whether they come
/// one by one (a roll) or already summed by the database (a report over many places).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Tally {
    pub present: Count,
    pub late: Count,
    pub excused: Count,
    pub absent: Count,
    pub unmarked: Count,
}

impl Tally {
    pub fn of(sessions: &[Attended]) -> Tally {
        let mut t = Tally::default();
        for a in sessions {
            match a.mark {
                Some(AttendanceStatus::Present) => t.present.add(a.hours),
                Some(AttendanceStatus::Late) => t.late.add(a.hours),
                Some(AttendanceStatus::Excused) => t.excused.add(a.hours),
                Some(AttendanceStatus::Absent) => t.absent.add(a.hours),
                None => t.unmarked.add(a.hours),
            }
        }
        t
    }

    fn by_mark(&self) -> [(Option<AttendanceStatus>, Count); 5] {
        [
            (Some(AttendanceStatus::Present), self.present),
            (Some(AttendanceStatus::Late), self.late),
            (Some(AttendanceStatus::Excused), self.excused),
            (Some(AttendanceStatus::Absent), self.absent),
            (None, self.unmarked),
        ]
    }

    pub fn sessions(&self) -> i64 {
        self.by_mark().iter().map(|(_, c)| c.sessions).sum()
    }

    pub fn hours(&self) -> f64 {
        self.by_mark().iter().map(|(_, c)| c.hours).sum()
    }

    /// Attendance as the rule counts it, in the rule's basis: weighted sessions, or weighted hours.
    pub fn points(&self, rule: &CompletionRule) -> f64 {
        self.by_mark()
            .iter()
            .map(|(mark, c)| {
                let amount = match rule.basis {
                    CompletionBasis::Sessions => c.sessions as f64,
                    CompletionBasis::Hours => c.hours,
                };
                amount * rule.weight(*mark)
            })
            .sum()
    }

    /// What the rule's basis counts all these sessions as: their number, or their hours.
    pub fn basis_total(&self, rule: &CompletionRule) -> f64 {
        match rule.basis {
            CompletionBasis::Sessions => self.sessions() as f64,
            CompletionBasis::Hours => self.hours(),
        }
    }

    /// Hours actually attended: present in full, late as the rule counts it.
    pub fn hours_attended(&self, rule: &CompletionRule) -> f64 {
        self.by_mark().iter().map(|(mark, c)| c.hours * rule.weight(*mark)).sum()
    }
}

/// Applies the rule to one participant's sessions (cancelled sessions left out by the caller).
pub fn standing(rule: &CompletionRule, sessions: &[Attended], assessment: Option<&Assessment>) -> Standing {
    standing_of(rule, &Tally::of(sessions), assessment)
}

/// Applies the rule to a participant's sessions counted by mark.
pub fn standing_of(rule: &CompletionRule, t: &Tally, assessment: Option<&Assessment>) -> Standing {
    let total = t.basis_total(rule);
    let rate = if total > 0.0 { 100.0 * t.points(rule) / total } else { 0.0 };
    let rate = (rate * 10.0).round() / 10.0;
    let unmarked = t.unmarked.sessions;
    let mut reasons = Vec::new();
    if t.sessions() == 0 {
        reasons.push(NotEligible::NoSessions);
    } else if rate < rule.min_percent {
        reasons.push(NotEligible::BelowMinimum { rate, required: rule.min_percent });
        if unmarked > 0 {
            reasons.push(NotEligible::MarksMissing { count: unmarked });
        }
    }
    match (rule.assessment, assessment) {
        (AssessmentKind::Nothing, _) => {}
        (AssessmentKind::PassFail, Some(Assessment { passed: Some(true), .. })) => {}
        (AssessmentKind::PassFail, Some(Assessment { passed: Some(false), .. })) => {
            reasons.push(NotEligible::AssessmentFailed { score: None, pass_mark: None })
        }
        (AssessmentKind::Score, Some(Assessment { score: Some(s), .. })) => {
            if *s < rule.pass_mark.unwrap_or(0.0) {
                reasons.push(NotEligible::AssessmentFailed { score: Some(*s), pass_mark: rule.pass_mark })
            }
        }
        (_, _) => reasons.push(NotEligible::AssessmentMissing),
    }
    Standing {
        rate,
        present: t.present.sessions,
        late: t.late.sessions,
        absent: t.absent.sessions,
        excused: t.excused.sessions,
        unmarked,
        hours_attended: (t.hours_attended(rule) * 100.0).round() / 100.0,
        hours_total: (t.hours() * 100.0).round() / 100.0,
        eligible: reasons.is_empty(),
        reasons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use AttendanceStatus::*;

    const ACT: &str = "0192f0a2-0000-7000-8000-000000000001";

    fn marks(list: &[(f64, Option<AttendanceStatus>)]) -> Vec<Attended> {
        list.iter().map(|&(hours, mark)| Attended { hours, mark }).collect()
    }

    #[test]
    fn eight_of_ten_sessions_meets_eighty_percent() {
        let rule = CompletionRule::default_for(ACT);
        let mut m = vec![(3.0, Some(Present)); 8];
        m.extend([(3.0, Some(Absent)), (3.0, Some(Absent))]);
        let s = standing(&rule, &marks(&m), None);
        assert_eq!(s.rate, 80.0);
        assert!(s.eligible, "{:?}", s.reasons);
        assert_eq!((s.present, s.absent, s.unmarked), (8, 2, 0));
    }

    #[test]
    fn below_minimum_names_the_rate_and_the_missing_marks() {
        let rule = CompletionRule::default_for(ACT);
        let m = marks(&[(2.0, Some(Present)), (2.0, Some(Absent)), (2.0, None), (2.0, None)]);
        let s = standing(&rule, &m, None);
        assert!(!s.eligible);
        assert_eq!(
            s.reasons,
            vec![NotEligible::BelowMinimum { rate: 25.0, required: 80.0 }, NotEligible::MarksMissing { count: 2 }]
        );
    }

    #[test]
    fn late_counts_half_and_excused_counts_when_the_rule_says() {
        let mut rule = CompletionRule { late_counts: LateCounts::Half, ..CompletionRule::default_for(ACT) };
        let m = marks(&[(1.0, Some(Late)), (1.0, Some(Late)), (1.0, Some(Excused)), (1.0, Some(Present))]);
        assert_eq!(standing(&rule, &m, None).rate, 50.0);
        rule.excused_counts = true;
        assert_eq!(standing(&rule, &m, None).rate, 75.0);
        rule.late_counts = LateCounts::Nothing;
        assert_eq!(standing(&rule, &m, None).rate, 50.0);
    }

    #[test]
    fn hours_basis_weighs_long_sessions_more() {
        let rule = CompletionRule { basis: CompletionBasis::Hours, ..CompletionRule::default_for(ACT) };
        let m = marks(&[(6.0, Some(Present)), (1.0, Some(Absent)), (1.0, Some(Absent))]);
        let s = standing(&rule, &m, None);
        assert_eq!(s.rate, 75.0);
        assert_eq!((s.hours_attended, s.hours_total), (6.0, 8.0));
        assert!(!s.eligible);
    }

    #[test]
    fn an_assessment_must_be_recorded_and_passed() {
        let rule = CompletionRule {
            assessment: AssessmentKind::Score,
            pass_mark: Some(60.0),
            ..CompletionRule::default_for(ACT)
        };
        let m = marks(&[(2.0, Some(Present))]);
        assert_eq!(standing(&rule, &m, None).reasons, vec![NotEligible::AssessmentMissing]);
        let low = Assessment { passed: None, score: Some(59.5) };
        assert_eq!(
            standing(&rule, &m, Some(&low)).reasons,
            vec![NotEligible::AssessmentFailed { score: Some(59.5), pass_mark: Some(60.0) }]
        );
        let ok = Assessment { passed: None, score: Some(60.0) };
        assert!(standing(&rule, &m, Some(&ok)).eligible);
        let pf = CompletionRule { assessment: AssessmentKind::PassFail, ..CompletionRule::default_for(ACT) };
        assert!(!standing(&pf, &m, Some(&Assessment { passed: Some(false), score: None })).eligible);
        assert!(standing(&pf, &m, Some(&Assessment { passed: Some(true), score: None })).eligible);
    }

    #[test]
    fn no_sessions_is_never_eligible() {
        let s = standing(&CompletionRule::default_for(ACT), &[], None);
        assert_eq!(s.reasons, vec![NotEligible::NoSessions]);
    }

    #[test]
    fn a_rule_is_validated() {
        let bad = CompletionRule { min_percent: 120.0, ..CompletionRule::default_for(ACT) };
        assert!(bad.validated().unwrap_err().to_string().starts_with("min_percent"));
        let no_mark = CompletionRule { assessment: AssessmentKind::Score, ..CompletionRule::default_for(ACT) };
        assert!(no_mark.validated().unwrap_err().to_string().starts_with("pass_mark"));
        let pf = CompletionRule {
            assessment: AssessmentKind::PassFail,
            pass_mark: Some(50.0),
            ..CompletionRule::default_for(ACT)
        };
        assert_eq!(pf.validated().unwrap().pass_mark, None);
    }
}
