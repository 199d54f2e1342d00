//! Where a placement may go next: proposed → host accepted → agreed → under way → evaluated →
//! closed, or withdrawn (with a reason) before it is closed. It is agreed only with a mentor and
//! its learning objectives; after that, changes to the plan are amendments. The final evaluation
//! is what makes it evaluated.

use crate::model::InternshipStatus;
use crate::{Error, Reason, Result};

/// The statuses an officer may move a placement in `from` to (`evaluated` comes with the final
/// evaluation, not by hand).
pub fn next(from: InternshipStatus) -> &'static [InternshipStatus] {
    use InternshipStatus::*;
    match from {
        Proposed => &[HostAccepted, Withdrawn],
        HostAccepted => &[Proposed, Agreed, Withdrawn],
        Agreed => &[UnderWay, Withdrawn],
        UnderWay => &[Withdrawn],
        Evaluated => &[Closed, Withdrawn],
        Closed | Withdrawn => &[],
    }
}

/// What a placement has when it is moved: its mentor, its objectives, its final evaluation.
#[derive(Debug, Clone, Copy, Default)]
pub struct Readiness {
    pub has_mentor: bool,
    pub objectives: usize,
}

/// Checks an officer's move.
pub fn check(from: InternshipStatus, to: InternshipStatus, ready: Readiness, reason: Option<&str>) -> Result<()> {
    if !next(from).contains(&to) {
        return Err(Error::invalid("status", Reason::StatusChange { from: from.to_string(), to: to.to_string() }));
    }
    if to == InternshipStatus::Agreed {
        if !ready.has_mentor {
            return Err(Error::invalid("mentor", Reason::MentorRequired));
        }
        if ready.objectives == 0 {
            return Err(Error::invalid("objectives", Reason::ObjectivesRequired));
        }
    }
    if to == InternshipStatus::Withdrawn && reason.is_none_or(|r| r.trim().is_empty()) {
        return Err(Error::invalid("reason", Reason::CancelReasonRequired));
    }
    Ok(())
}

/// Whether a change to the plan must be kept as an amendment with its reason: once agreed.
pub fn needs_amendment(status: InternshipStatus) -> bool {
    use InternshipStatus::*;
    matches!(status, Agreed | UnderWay | Evaluated | Closed)
}

/// Checks that an amendment has its reason.
pub fn amendment_reason(status: InternshipStatus, reason: Option<&str>) -> Result<Option<String>> {
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    if needs_amendment(status) && reason.is_none() {
        return Err(Error::invalid("reason", Reason::AmendmentReasonRequired { status: status.to_string() }));
    }
    Ok(reason.map(str::to_owned))
}

/// Whether the placement's plan may still change: not once closed or withdrawn.
pub fn is_open(status: InternshipStatus) -> bool {
    !matches!(status, InternshipStatus::Closed | InternshipStatus::Withdrawn)
}

/// Whether the placement is running, so that weeks and days are recorded and the mentor
/// evaluates (a final evaluation may be corrected until it is closed).
pub fn is_running(status: InternshipStatus) -> bool {
    matches!(status, InternshipStatus::UnderWay | InternshipStatus::Evaluated)
}

#[cfg(test)]
mod tests {
    use super::*;
    use InternshipStatus::*;

    const READY: Readiness = Readiness { has_mentor: true, objectives: 3 };

    #[test]
    fn a_placement_is_agreed_only_with_a_mentor_and_objectives() {
        assert!(check(Proposed, HostAccepted, Readiness::default(), None).is_ok());
        let e = check(HostAccepted, Agreed, Readiness { has_mentor: false, objectives: 2 }, None).unwrap_err();
        assert!(matches!(e, Error::Invalid { ref field, reason: Reason::MentorRequired } if field == "mentor"));
        let e = check(HostAccepted, Agreed, Readiness { has_mentor: true, objectives: 0 }, None).unwrap_err();
        assert!(matches!(e, Error::Invalid { reason: Reason::ObjectivesRequired, .. }));
        assert!(check(HostAccepted, Agreed, READY, None).is_ok());
        assert!(check(Agreed, UnderWay, READY, None).is_ok());
    }

    #[test]
    fn evaluated_comes_with_the_final_evaluation_and_closed_after_it() {
        assert!(check(UnderWay, Evaluated, READY, None).is_err());
        assert!(check(UnderWay, Closed, READY, None).is_err());
        assert!(check(Evaluated, Closed, READY, None).is_ok());
        assert!(check(Closed, Withdrawn, READY, Some("x")).is_err());
    }

    #[test]
    fn withdrawing_says_why_and_changes_after_agreement_too() {
        assert!(check(UnderWay, Withdrawn, READY, Some(" ")).is_err());
        assert!(check(UnderWay, Withdrawn, READY, Some("family reasons")).is_ok());
        assert_eq!(amendment_reason(HostAccepted, None).unwrap(), None);
        assert!(amendment_reason(Agreed, None).is_err());
        assert_eq!(amendment_reason(UnderWay, Some(" unit moved ")).unwrap().as_deref(), Some("unit moved"));
        assert!(is_running(Evaluated) && !is_running(Agreed) && !is_open(Closed));
    }
}
