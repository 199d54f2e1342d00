//! Where an activity may go next: draft → planned → confirmed → in progress → completed, any
//! step forward at once; cancelled (with a reason) from anywhere before the end. Completed and
//! cancelled are final, so the record of what happened stays true.

use crate::model::ActivityStatus;
use crate::{Error, Reason, Result};

const ORDER: [ActivityStatus; 5] = [
    ActivityStatus::Draft,
    ActivityStatus::Planned,
    ActivityStatus::Confirmed,
    ActivityStatus::InProgress,
    ActivityStatus::Completed,
];

fn rank(s: ActivityStatus) -> Option<usize> {
    ORDER.iter().position(|x| *x == s)
}

/// Whether no change may follow.
pub fn is_final(s: ActivityStatus) -> bool {
    matches!(s, ActivityStatus::Completed | ActivityStatus::Cancelled)
}

/// The statuses an activity in `from` may move to.
pub fn next(from: ActivityStatus) -> Vec<ActivityStatus> {
    if is_final(from) {
        return Vec::new();
    }
    let here = rank(from).unwrap_or(0);
    ORDER[here + 1..].iter().copied().chain([ActivityStatus::Cancelled]).collect()
}

/// Checks a move and the reason it needs: a cancellation must say why.
pub fn check(from: ActivityStatus, to: ActivityStatus, reason: Option<&str>) -> Result<()> {
    if !next(from).contains(&to) {
        return Err(Error::invalid("status", Reason::StatusChange { from: from.to_string(), to: to.to_string() }));
    }
    if to == ActivityStatus::Cancelled && reason.is_none_or(|r| r.trim().is_empty()) {
        return Err(Error::invalid("reason", Reason::CancelReasonRequired));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ActivityStatus::*;

    #[test]
    fn forward_steps_and_cancellation_are_allowed_from_any_open_status() {
        assert_eq!(next(Draft), vec![Planned, Confirmed, InProgress, Completed, Cancelled]);
        assert_eq!(next(InProgress), vec![Completed, Cancelled]);
        assert!(check(Planned, Confirmed, None).is_ok());
        assert!(check(Draft, InProgress, None).is_ok());
        assert!(check(Confirmed, Cancelled, Some("the venue flooded")).is_ok());
    }

    #[test]
    fn going_back_or_leaving_a_final_status_is_refused() {
        assert_eq!(
            check(Confirmed, Planned, None).unwrap_err().to_string(),
            "status: an activity that is confirmed cannot become planned"
        );
        assert!(next(Completed).is_empty() && next(Cancelled).is_empty());
        assert!(check(Cancelled, Planned, None).is_err());
        assert!(check(Planned, Planned, None).is_err());
    }

    #[test]
    fn a_cancellation_needs_a_reason() {
        assert_eq!(check(Planned, Cancelled, Some("  ")).unwrap_err().to_string(), "reason: say why it is cancelled");
        assert!(check(Planned, Cancelled, None).is_err());
    }
}
