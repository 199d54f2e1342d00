//! The completion and attendance reports, from learner places counted by the database: each
//! place weighed by its activity's rule (`completion`), its result as the transcript gives it.

use chrono::NaiveDate;

use crate::completion::{CompletionBasis, CompletionRule, NotEligible, standing_of};
use crate::model::{AttendanceRow, CompletionRow, PlaceTally, TranscriptResult};
use crate::transcript::result_of;

fn rule_of(p: &PlaceTally) -> CompletionRule {
    p.rule.clone().unwrap_or_else(|| CompletionRule::default_for(&p.activity_id))
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// A place's result as of `today`, and why it was not completed when it was not.
fn outcome(p: &PlaceTally, today: NaiveDate) -> (TranscriptResult, Vec<NotEligible>) {
    let st = standing_of(&rule_of(p), &p.marks, p.assessment.as_ref());
    let result = result_of(p.settled, (p.starts_on, p.ends_on), st.eligible, today);
    (result, st.reasons)
}

/// Places grouped by their key, in the order the database gave them (the group's name): one row
/// per group with its places by result and the reasons the not completed ones give.
pub fn completion_rows(places: &[PlaceTally], today: NaiveDate) -> Vec<CompletionRow> {
    let mut rows: Vec<CompletionRow> = Vec::new();
    for p in places {
        let fresh = rows.last().is_none_or(|r| r.key != p.key || r.label != p.label);
        if fresh {
            rows.push(CompletionRow {
                key: p.key.clone(),
                label: p.label.clone(),
                person: None,
                enrolled: 0,
                completed: 0,
                not_completed: 0,
                in_progress: 0,
                upcoming: 0,
                certified: 0,
                why: Default::default(),
            });
        }
        let row = rows.last_mut().expect("a row was just pushed");
        if row.key.as_deref() == Some(p.person_id.as_str()) {
            row.person = Some(p.person.clone());
        }
        let (result, reasons) = outcome(p, today);
        row.enrolled += 1;
        row.certified += i64::from(p.certified);
        match result {
            TranscriptResult::Completed => row.completed += 1,
            TranscriptResult::InProgress => row.in_progress += 1,
            TranscriptResult::Upcoming => row.upcoming += 1,
            TranscriptResult::NotCompleted => {
                row.not_completed += 1;
                for r in reasons {
                    let counter = match r {
                        NotEligible::BelowMinimum { .. } => &mut row.why.below_minimum,
                        NotEligible::MarksMissing { .. } => &mut row.why.marks_missing,
                        NotEligible::NoSessions => &mut row.why.no_sessions,
                        NotEligible::AssessmentMissing => &mut row.why.assessment_missing,
                        NotEligible::AssessmentFailed { .. } => &mut row.why.assessment_failed,
                    };
                    *counter += 1;
                }
            }
        }
    }
    rows
}

/// One row per place: sessions taken, attendance as a share of those and of all, and the most
/// still reachable if every remaining session is attended.
pub fn attendance_rows(places: &[PlaceTally], today: NaiveDate) -> Vec<AttendanceRow> {
    places
        .iter()
        .map(|p| {
            let rule = rule_of(p);
            let (result, _) = outcome(p, today);
            let m = &p.marks;
            let points = m.points(&rule);
            let total = m.basis_total(&rule);
            let taken = match rule.basis {
                CompletionBasis::Sessions => p.taken as f64,
                CompletionBasis::Hours => p.taken_hours,
            };
            let percent = |part: f64, of: f64| if of > 0.0 { round1(100.0 * part / of) } else { 0.0 };
            let marked = m.present.sessions + m.late.sessions + m.excused.sessions + m.absent.sessions;
            AttendanceRow {
                person_id: p.person_id.clone(),
                person_name: p.person_name.clone(),
                person: p.person.clone(),
                activity_id: p.activity_id.clone(),
                activity_title: p.activity_title.clone(),
                starts_on: p.starts_on,
                ends_on: p.ends_on,
                basis: rule.basis,
                sessions: m.sessions(),
                taken: p.taken,
                present: m.present.sessions,
                late: m.late.sessions,
                excused: m.excused.sessions,
                absent: m.absent.sessions,
                unmarked: (p.taken - marked).max(0),
                points: (points * 100.0).round() / 100.0,
                rate_taken: (taken > 0.0).then(|| percent(points, taken)),
                rate_all: percent(points, total),
                max_reachable: percent(points + (total - taken).max(0.0), total),
                required: rule.min_percent,
                result,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::completion::{Count, LateCounts, Tally};
    use crate::model::PersonIdentity;

    const ACT: &str = "0192f0a2-0000-7000-8000-000000000001";

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn count(sessions: i64, hours: f64) -> Count {
        Count { sessions, hours }
    }

    fn place(key: &str, person: &str, marks: Tally, taken: i64, ends_on: &str) -> PlaceTally {
        PlaceTally {
            key: Some(key.into()),
            label: key.into(),
            person_id: person.into(),
            person_name: person.into(),
            person: PersonIdentity { personnel_number: None, organisation: "DXA".into(), unit: None, position: None },
            activity_id: ACT.into(),
            activity_title: "Ish yuritish".into(),
            starts_on: day("2026-03-01"),
            ends_on: day(ends_on),
            settled: false,
            certified: false,
            rule: None,
            assessment: None,
            marks,
            taken,
            taken_hours: taken as f64 * 2.0,
        }
    }

    #[test]
    fn places_are_counted_by_result_and_the_not_completed_give_their_reasons() {
        let today = day("2026-06-01");
        let good = Tally { present: count(9, 18.0), absent: count(1, 2.0), ..Default::default() };
        let poor =
            Tally { present: count(5, 10.0), absent: count(3, 6.0), unmarked: count(2, 4.0), ..Default::default() };
        let mut certified = place("a", "p3", poor, 10, "2026-03-31");
        (certified.settled, certified.certified) = (true, true);
        let places = [
            place("a", "p1", good, 10, "2026-03-31"),
            place("a", "p2", poor, 10, "2026-03-31"),
            certified,
            place("b", "p4", poor, 4, "2026-06-30"),
            place("b", "p5", Tally::default(), 0, "2026-03-31"),
        ];
        let rows = completion_rows(&places, today);
        assert_eq!(rows.len(), 2);
        let a = &rows[0];
        assert_eq!((a.enrolled, a.completed, a.not_completed, a.certified), (3, 2, 1, 1));
        assert_eq!((a.why.below_minimum, a.why.marks_missing), (1, 1));
        let b = &rows[1];
        assert_eq!((b.enrolled, b.in_progress, b.not_completed, b.why.no_sessions), (2, 1, 1, 1));
    }

    #[test]
    fn attendance_is_a_share_of_the_taken_sessions_of_all_and_the_most_still_reachable() {
        // 10 sessions, 6 taken: 4 present, 1 late (counted half), 1 absent.
        let marks = Tally {
            present: count(4, 8.0),
            late: count(1, 2.0),
            absent: count(1, 2.0),
            unmarked: count(4, 8.0),
            ..Default::default()
        };
        let mut p = place("a", "p1", marks, 6, "2026-06-30");
        p.rule = Some(CompletionRule { late_counts: LateCounts::Half, ..CompletionRule::default_for(ACT) });
        let r = &attendance_rows(&[p], day("2026-05-01"))[0];
        assert_eq!((r.sessions, r.taken, r.unmarked), (10, 6, 0));
        assert_eq!(r.points, 4.5);
        assert_eq!(r.rate_taken, Some(75.0));
        assert_eq!(r.rate_all, 45.0);
        assert_eq!(r.max_reachable, 85.0, "4.5 + 4 remaining of 10");
        assert_eq!((r.required, r.result), (80.0, TranscriptResult::InProgress));
        let before = &attendance_rows(
            &[place("a", "p1", Tally { unmarked: count(3, 6.0), ..Default::default() }, 0, "2026-06-30")],
            day("2026-02-01"),
        )[0];
        assert_eq!((before.rate_taken, before.max_reachable, before.result), (None, 100.0, TranscriptResult::Upcoming));
    }
}
