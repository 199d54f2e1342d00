//! Who may do what: the one table of actions × roles. `api` checks it before every use case, the
//! UI reads it (through the signed-in account's allowed actions) to hide what is not allowed, and
//! team mode will grant the same actions to PostgreSQL roles.

use serde::{Deserialize, Serialize};

use crate::model::{Role, text_enum};
use crate::{Error, Result};

text_enum!(
    /// Something a user can do, at the grain the roles differ on.
    Action {
        /// See the register, plans, rolls, certificates and the audit log.
        Read = "read",
        /// Add and edit staff; import HR exports.
        PersonEdit = "person_edit",
        /// Add, edit and move organisations and units; their logos.
        OrganisationEdit = "organisation_edit",
        /// Programmes, activities, sessions, venues, trainers, completion rules.
        PlanEdit = "plan_edit",
        /// Nominate people into activities and cancel their places.
        Nominate = "nominate",
        /// Approve or decline nominations.
        Approve = "approve",
        /// Record attendance and results (a trainer: in their own sessions only).
        Attend = "attend",
        /// Issue and reissue certificates.
        CertificateIssue = "certificate_issue",
        /// Revoke certificates and publish the revocation list.
        CertificateRevoke = "certificate_revoke",
        /// Print certificates and edit the organisation's certificate template.
        CertificatePrint = "certificate_print",
        /// Write lists, schedules and sign-in sheets to files.
        Export = "export",
        /// Accounts, roles, passwords and automation tokens.
        AccountManage = "account_manage",
        /// Create, rotate and retire the certificate signing keys.
        KeyManage = "key_manage",
        /// Back up and restore the register; load the demo into an empty one.
        Maintain = "maintain",
        /// Arrange study visits and internships: delegations, programmes, travel, placements.
        MobilityEdit = "mobility_edit",
        /// See and record travellers' passports and visas.
        TravelDocuments = "travel_documents",
    }
);

use Action as A;
use Role as R;

/// The table: for each action, the roles that may do it. The administrator may do everything,
/// so that a one-person install needs no other account.
const TABLE: &[(Action, &[Role])] = &[
    (A::Read, &[R::Administrator, R::HrOfficer, R::Trainer, R::Manager, R::Viewer]),
    (A::PersonEdit, &[R::Administrator, R::HrOfficer]),
    (A::OrganisationEdit, &[R::Administrator, R::HrOfficer]),
    (A::PlanEdit, &[R::Administrator, R::HrOfficer]),
    (A::Nominate, &[R::Administrator, R::HrOfficer]),
    (A::Approve, &[R::Administrator, R::Manager]),
    (A::Attend, &[R::Administrator, R::Trainer, R::Manager]),
    (A::CertificateIssue, &[R::Administrator, R::Manager]),
    (A::CertificateRevoke, &[R::Administrator, R::Manager]),
    (A::CertificatePrint, &[R::Administrator, R::Manager]),
    (A::Export, &[R::Administrator, R::HrOfficer, R::Trainer, R::Manager, R::Viewer]),
    (A::AccountManage, &[R::Administrator]),
    (A::KeyManage, &[R::Administrator]),
    (A::Maintain, &[R::Administrator]),
    (A::MobilityEdit, &[R::Administrator, R::HrOfficer]),
    (A::TravelDocuments, &[R::Administrator, R::HrOfficer]),
];

/// Whether `role` may do `action`.
pub fn allows(role: Role, action: Action) -> bool {
    TABLE.iter().any(|(a, roles)| *a == action && roles.contains(&role))
}

/// Everything `role` may do, in the table's order.
pub fn allowed(role: Role) -> Vec<Action> {
    Action::ALL.iter().copied().filter(|a| allows(role, *a)).collect()
}

/// Whether a trainer's attendance reaches only their own sessions (other roles allowed to
/// attend reach every session).
pub fn only_own_sessions(role: Role) -> bool {
    role == Role::Trainer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_is_in_the_table_once() {
        for a in Action::ALL {
            assert_eq!(TABLE.iter().filter(|(x, _)| x == a).count(), 1, "{a}");
        }
    }

    #[test]
    fn the_administrator_may_do_everything_and_a_viewer_only_read_and_export() {
        assert_eq!(allowed(Role::Administrator), Action::ALL.to_vec());
        assert_eq!(allowed(Role::Viewer), vec![Action::Read, Action::Export]);
    }

    #[test]
    fn a_trainer_records_attendance_but_issues_nothing() {
        assert!(allows(Role::Trainer, Action::Attend));
        assert!(only_own_sessions(Role::Trainer));
        for a in [Action::CertificateIssue, Action::CertificateRevoke, Action::PersonEdit, Action::Approve] {
            assert!(!allows(Role::Trainer, a), "{a}");
        }
    }

    #[test]
    fn hr_plans_and_nominates_and_the_manager_approves_and_certifies() {
        for a in [Action::PersonEdit, Action::OrganisationEdit, Action::PlanEdit, Action::Nominate] {
            assert!(allows(Role::HrOfficer, a) && !allows(Role::Manager, a), "{a}");
        }
        for a in [Action::Approve, Action::CertificateIssue, Action::CertificateRevoke, Action::CertificatePrint] {
            assert!(allows(Role::Manager, a) && !allows(Role::HrOfficer, a), "{a}");
        }
    }
}
