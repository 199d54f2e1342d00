//! The certificates report's rows: certificates issued, reissued and revoked in a period.

use serde::{Deserialize, Serialize};

use super::PersonIdentity;

/// One row of the certificates report: a numbering series within a group (the holder — person,
/// unit, organisation —, the certificate's programme or activity, or the month or year the
/// certificate was issued or revoked in). Days are counted on UTC, as certificates are stamped.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct CertificateReportRow {
    pub series: String,
    /// The group's id or period, as `HoursRow`'s; none for activities outside any programme.
    pub key: Option<String>,
    pub label: String,
    /// Grouped by person: who they are.
    pub person: Option<PersonIdentity>,
    /// Certificates issued in the period, reissues included.
    #[ts(type = "number")]
    pub issued: i64,
    /// Of those, issued to replace an earlier certificate.
    #[ts(type = "number")]
    pub reissued: i64,
    /// Of those, still in force today.
    #[ts(type = "number")]
    pub in_force: i64,
    /// Certificates revoked in the period (whenever they were issued).
    #[ts(type = "number")]
    pub revoked: i64,
}
