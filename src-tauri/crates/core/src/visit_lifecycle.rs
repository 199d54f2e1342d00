//! Where a study visit may go next, on each side, as mobility systems keep it. The sender:
//! draft → proposed → confirmed → under way → completed, or cancelled (with a reason) before the
//! end; the host answers a proposal: pending → accepted or declined (with a reason). A visit is
//! confirmed only once its host has accepted; after that every change is an amendment.

use chrono::{Months, NaiveDate};

use crate::model::{HostStatus, VisitStatus};
use crate::{Error, Reason, Result};

/// The statuses the sender may move a visit in `from` to.
pub fn next(from: VisitStatus) -> &'static [VisitStatus] {
    use VisitStatus::*;
    match from {
        Draft => &[Proposed, Cancelled],
        Proposed => &[Draft, Confirmed, Cancelled],
        Confirmed => &[UnderWay, Cancelled],
        UnderWay => &[Completed, Cancelled],
        Completed | Cancelled => &[],
    }
}

/// Checks the sender's move: the host must have accepted before it is confirmed, and a
/// cancellation says why.
pub fn check(from: VisitStatus, to: VisitStatus, host: HostStatus, reason: Option<&str>) -> Result<()> {
    if !next(from).contains(&to) {
        return Err(Error::invalid("status", Reason::StatusChange { from: from.to_string(), to: to.to_string() }));
    }
    if to == VisitStatus::Confirmed && host != HostStatus::Accepted {
        return Err(Error::invalid("status", Reason::HostNotAccepted { host: host.to_string() }));
    }
    if to == VisitStatus::Cancelled && reason.is_none_or(|r| r.trim().is_empty()) {
        return Err(Error::invalid("reason", Reason::CancelReasonRequired));
    }
    Ok(())
}

/// Checks the host's answer: only to a proposal (not a draft, not a closed visit); a host may
/// withdraw an acceptance until the visit is under way; a refusal says why.
pub fn check_host(status: VisitStatus, from: HostStatus, to: HostStatus, reason: Option<&str>) -> Result<()> {
    use VisitStatus::*;
    let open = match from {
        HostStatus::Pending => matches!(status, Proposed),
        HostStatus::Accepted => to == HostStatus::Declined && matches!(status, Proposed | Confirmed),
        HostStatus::Declined => to == HostStatus::Accepted && matches!(status, Proposed),
    };
    if !open || from == to || to == HostStatus::Pending {
        return Err(Error::invalid(
            "host_status",
            Reason::StatusChange { from: format!("{status}/{from}"), to: to.to_string() },
        ));
    }
    if to == HostStatus::Declined && reason.is_none_or(|r| r.trim().is_empty()) {
        return Err(Error::invalid("reason", Reason::CancelReasonRequired));
    }
    Ok(())
}

/// Whether a change to the visit must be kept as an amendment (with its reason) rather than
/// made silently: once both sides have agreed to it.
pub fn needs_amendment(status: VisitStatus) -> bool {
    matches!(status, VisitStatus::Confirmed | VisitStatus::UnderWay | VisitStatus::Completed)
}

/// Whether a visit in this status is still arranged: closed visits take no new members, travel
/// or programme (an amendment after completion records a correction, not a plan).
pub fn is_closed(status: VisitStatus) -> bool {
    status == VisitStatus::Cancelled
}

/// Checks that an amendment has its reason.
pub fn amendment_reason(status: VisitStatus, reason: Option<&str>) -> Result<Option<String>> {
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    if needs_amendment(status) && reason.is_none() {
        return Err(Error::invalid("reason", Reason::AmendmentReasonRequired { status: status.to_string() }));
    }
    Ok(reason.map(str::to_owned))
}

/// Whether a passport valid until `valid_until` needs attention for a visit returning on
/// `returns_on`: most countries want six months left after the return.
pub fn passport_warning(valid_until: NaiveDate, returns_on: NaiveDate) -> bool {
    returns_on.checked_add_months(Months::new(6)).is_none_or(|limit| valid_until < limit)
}

/// Whether two spans of days share a day.
pub fn overlaps(a: (NaiveDate, NaiveDate), b: (NaiveDate, NaiveDate)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

#[cfg(test)]
mod tests {
    use super::*;
    use HostStatus as H;
    use VisitStatus::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_visit_is_confirmed_only_after_the_host_accepts() {
        assert!(check(Draft, Proposed, H::Pending, None).is_ok());
        let e = check(Proposed, Confirmed, H::Pending, None).unwrap_err();
        assert!(matches!(e, Error::Invalid { reason: Reason::HostNotAccepted { .. }, .. }));
        assert!(check(Proposed, Confirmed, H::Accepted, None).is_ok());
        assert!(check(Confirmed, UnderWay, H::Accepted, None).is_ok());
        assert!(check(UnderWay, Completed, H::Accepted, None).is_ok());
    }

    #[test]
    fn skipping_steps_leaving_a_closed_visit_or_cancelling_without_a_reason_is_refused() {
        assert!(check(Draft, Confirmed, H::Accepted, None).is_err());
        assert!(check(Confirmed, Completed, H::Accepted, None).is_err());
        assert!(check(Completed, Cancelled, H::Accepted, Some("x")).is_err());
        assert!(check(Cancelled, Draft, H::Pending, None).is_err());
        let e = check(Confirmed, Cancelled, H::Accepted, Some("  ")).unwrap_err();
        assert!(matches!(e, Error::Invalid { reason: Reason::CancelReasonRequired, .. }));
        assert!(check(Confirmed, Cancelled, H::Accepted, Some("flights cancelled")).is_ok());
    }

    #[test]
    fn the_host_answers_a_proposal_and_may_withdraw_before_the_visit_starts() {
        assert!(check_host(Draft, H::Pending, H::Accepted, None).is_err());
        assert!(check_host(Proposed, H::Pending, H::Accepted, None).is_ok());
        assert!(check_host(Proposed, H::Pending, H::Declined, None).is_err());
        assert!(check_host(Proposed, H::Pending, H::Declined, Some("dates clash with a holiday")).is_ok());
        assert!(check_host(Confirmed, H::Accepted, H::Declined, Some("office closed")).is_ok());
        assert!(check_host(UnderWay, H::Accepted, H::Declined, Some("late")).is_err());
        assert!(check_host(Proposed, H::Accepted, H::Accepted, None).is_err());
        assert!(check_host(Proposed, H::Accepted, H::Pending, None).is_err());
    }

    #[test]
    fn changes_after_confirmation_need_a_reason() {
        assert_eq!(amendment_reason(Proposed, None).unwrap(), None);
        assert!(amendment_reason(Confirmed, Some(" ")).is_err());
        assert_eq!(amendment_reason(UnderWay, Some(" flight moved ")).unwrap().as_deref(), Some("flight moved"));
    }

    #[test]
    fn a_passport_needs_six_months_after_the_return() {
        assert!(passport_warning(d("2027-10-15"), d("2027-04-16")));
        assert!(!passport_warning(d("2027-10-16"), d("2027-04-16")));
        assert!(!passport_warning(d("2030-01-01"), d("2027-04-16")));
    }

    #[test]
    fn spans_overlap_when_they_share_a_day() {
        assert!(overlaps((d("2027-04-12"), d("2027-04-16")), (d("2027-04-16"), d("2027-04-20"))));
        assert!(!overlaps((d("2027-04-12"), d("2027-04-16")), (d("2027-04-17"), d("2027-04-20"))));
        assert!(overlaps((d("2027-04-01"), d("2027-04-30")), (d("2027-04-10"), d("2027-04-11"))));
    }
}
