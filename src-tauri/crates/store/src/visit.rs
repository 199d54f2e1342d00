//! Study visits: the visit's record, its programme, journey and report (each one document), its
//! delegation, the members' travel papers (kept apart, for the roles that arrange travel) and the
//! amendments made after both sides agreed on it.

use chrono::{DateTime, NaiveDate, Utc};
use malaka_core::model::*;

use crate::Result;
use crate::conn::seam;

/// Another visit or internship a person is away on: its title and days.
#[derive(Debug, Clone, PartialEq)]
pub struct Away {
    pub title: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

seam! { visit;
    pub async fn insert(v: &Visit) -> Result<()>;
    /// Writes the visit's record if it is still at `version - 1`; else `Stale("visit")`.
    pub async fn update(v: &Visit) -> Result<()>;
    pub async fn get(id: &str) -> Result<Visit>;
    /// The visits a filter selects, latest first, with their sides' names and sizes.
    pub async fn list(filter: &VisitFilter) -> Result<Vec<VisitRow>>;
    pub async fn programme(id: &str) -> Result<Vec<ProgrammeItem>>;
    pub async fn set_programme(id: &str, items: &[ProgrammeItem]) -> Result<()>;
    pub async fn travel(id: &str) -> Result<Travel>;
    pub async fn set_travel(id: &str, travel: &Travel) -> Result<()>;
    pub async fn report(id: &str) -> Result<Option<VisitReport>>;
    pub async fn set_report(id: &str, report: &VisitReport) -> Result<()>;
    /// The delegation in its order, each named as the register has them (papers not read).
    pub async fn members(visit_id: &str) -> Result<Vec<VisitMember>>;
    pub async fn member_insert(m: &VisitMember, now: DateTime<Utc>) -> Result<()>;
    pub async fn member_update(m: &VisitMember) -> Result<()>;
    pub async fn member_delete(id: &str) -> Result<()>;
    /// Each member's passport date, by member id.
    pub async fn passports(visit_id: &str) -> Result<Vec<(String, Option<NaiveDate>)>>;
    pub async fn set_passport(member_id: &str, valid_until: Option<NaiveDate>) -> Result<()>;
    /// Every visa status recorded for the visit's members, oldest first, by member id.
    pub async fn visas(visit_id: &str) -> Result<Vec<(String, VisaEvent)>>;
    pub async fn visa_insert(id: &str, member_id: &str, e: &VisaEvent) -> Result<()>;
    pub async fn amendment_insert(id: &str, visit_id: &str, a: &Amendment) -> Result<()>;
    pub async fn amendments(visit_id: &str) -> Result<Vec<Amendment>>;
    /// Another visit (not cancelled) the person is a member of, or internship (not withdrawn) they
    /// serve, on a day of `span`; `except` is the visit or internship being arranged.
    pub async fn away(person_id: &str, span: (NaiveDate, NaiveDate), except: &str) -> Result<Option<Away>>;
}
