//! Capacity and the waitlist: who gets a seat, and who moves up when one frees.

use crate::model::EnrolmentStatus;

/// Where a newly admitted person goes, given the seats already taken.
pub fn admit(capacity: Option<i64>, seats_taken: i64) -> EnrolmentStatus {
    match capacity {
        Some(cap) if seats_taken >= cap => EnrolmentStatus::Waitlisted,
        _ => EnrolmentStatus::Enrolled,
    }
}

/// A person waiting for a seat, in the order they joined the waitlist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub enrolment_id: String,
    /// When they joined the waitlist (UTC text); ties broken by the id, which is time-ordered.
    pub since: String,
}

/// Who to promote after seats free up: the longest-waiting first, as many as there are free seats.
pub fn promote(capacity: Option<i64>, seats_taken: i64, waitlist: &[Waiting]) -> Vec<String> {
    let free = match capacity {
        Some(cap) => (cap - seats_taken).max(0) as usize,
        None => waitlist.len(),
    };
    let mut order: Vec<&Waiting> = waitlist.iter().collect();
    order.sort_by(|a, b| (&a.since, &a.enrolment_id).cmp(&(&b.since, &b.enrolment_id)));
    order.into_iter().take(free).map(|w| w.enrolment_id.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn waiting(id: &str, since: &str) -> Waiting {
        Waiting { enrolment_id: id.into(), since: since.into() }
    }

    #[test]
    fn admit_fills_seats_then_waitlists() {
        assert_eq!(admit(Some(25), 24), EnrolmentStatus::Enrolled);
        assert_eq!(admit(Some(25), 25), EnrolmentStatus::Waitlisted);
        assert_eq!(admit(None, 10_000), EnrolmentStatus::Enrolled);
    }

    #[test]
    fn promote_takes_the_longest_waiting_first() {
        let list = [waiting("c", "2026-01-03"), waiting("a", "2026-01-01"), waiting("b", "2026-01-02")];
        assert_eq!(promote(Some(25), 24, &list), vec!["a"]);
        assert_eq!(promote(Some(25), 23, &list), vec!["a", "b"]);
        assert!(promote(Some(25), 25, &list).is_empty());
        assert!(promote(Some(25), 30, &list).is_empty());
        assert_eq!(promote(None, 0, &list), vec!["a", "b", "c"]);
    }

    #[test]
    fn ties_in_time_are_broken_by_id() {
        let list = [waiting("y", "2026-01-01"), waiting("x", "2026-01-01")];
        assert_eq!(promote(Some(1), 0, &list), vec!["x"]);
    }
}
