//! Study visits: a delegation of staff going to (or coming from) a partner agency abroad, with its
//! programme day by day, its travel and lodging, each member's travel papers, the changes made
//! after it was confirmed, and the report written after it.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{Error, Reason, Result, time, validate as v};

text_enum!(
    /// Which way the delegation travels, seen from this register's agency.
    VisitDirection { Outgoing = "outgoing", Incoming = "incoming" }
);
text_enum!(
    /// Where the sending side's visit stands.
    VisitStatus {
        Draft = "draft", Proposed = "proposed", Confirmed = "confirmed", UnderWay = "under_way",
        Completed = "completed", Cancelled = "cancelled",
    }
);
text_enum!(
    /// The host's answer to a proposed visit.
    HostStatus { Pending = "pending", Accepted = "accepted", Declined = "declined" }
);
text_enum!(
    /// What a member does in the delegation.
    DelegationRole { Head = "head", Member = "member", Interpreter = "interpreter", Coordinator = "coordinator" }
);
text_enum!(
    /// Where a member's visa stands; every change is kept.
    VisaStatus {
        NotNeeded = "not_needed", DocumentsRequested = "documents_requested", Applied = "applied",
        Issued = "issued", Refused = "refused",
    }
);
text_enum!(
    /// How a leg of the journey is travelled.
    TravelMode { Flight = "flight", Train = "train", Bus = "bus", Car = "car", Other = "other" }
);

/// A visit as listed and as its header shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Visit {
    pub id: String,
    pub title: String,
    pub direction: VisitDirection,
    pub purpose: Option<String>,
    /// The agreement (memorandum) the visit serves, as its reference is written.
    pub agreement_ref: Option<String>,
    pub sending_org_id: String,
    pub host_org_id: String,
    pub host_city: Option<String>,
    /// The host's clock, in which the programme is written.
    pub host_time_zone: String,
    /// The visitors' own clock, in which the programme is also shown to them.
    pub home_time_zone: String,
    pub planned_start: NaiveDate,
    pub planned_end: NaiveDate,
    pub actual_start: Option<NaiveDate>,
    pub actual_end: Option<NaiveDate>,
    pub status: VisitStatus,
    pub host_status: HostStatus,
    /// Why it was cancelled or declined.
    pub status_reason: Option<String>,
    #[ts(type = "number")]
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Visit {
    /// The days the visit takes: what happened once both actual dates are known, else the plan.
    pub fn span(&self) -> (NaiveDate, NaiveDate) {
        span_of((self.planned_start, self.planned_end), self.actual_start, self.actual_end)
    }
}

/// A new visit, or a visit's edited details.
#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewVisit {
    pub title: String,
    pub direction: Option<VisitDirection>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub purpose: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub agreement_ref: Option<String>,
    pub sending_org_id: String,
    pub host_org_id: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub host_city: Option<String>,
    pub host_time_zone: String,
    pub home_time_zone: String,
    pub planned_start: String,
    pub planned_end: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub actual_start: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub actual_end: Option<String>,
}

/// A visit input after validation.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidVisit {
    pub title: String,
    pub direction: VisitDirection,
    pub purpose: Option<String>,
    pub agreement_ref: Option<String>,
    pub sending_org_id: String,
    pub host_org_id: String,
    pub host_city: Option<String>,
    pub host_time_zone: String,
    pub home_time_zone: String,
    pub planned_start: NaiveDate,
    pub planned_end: NaiveDate,
    pub actual_start: Option<NaiveDate>,
    pub actual_end: Option<NaiveDate>,
}

impl NewVisit {
    pub fn validated(&self) -> Result<ValidVisit> {
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
        let sending_org_id = v::id("sending_org", &self.sending_org_id)?;
        let host_org_id = v::id("host_org", &self.host_org_id)?;
        if sending_org_id == host_org_id {
            return Err(Error::invalid("host_org", Reason::HostIsPartner));
        }
        Ok(ValidVisit {
            title: v::required("title", &self.title)?,
            direction: self.direction.ok_or_else(|| Error::invalid("direction", Reason::Required))?,
            purpose: v::optional("purpose", self.purpose.as_deref())?,
            agreement_ref: v::optional("agreement_ref", self.agreement_ref.as_deref())?,
            sending_org_id,
            host_org_id,
            host_city: v::optional("host_city", self.host_city.as_deref())?,
            host_time_zone: time::zone("host_time_zone", &self.host_time_zone)?.name().to_owned(),
            home_time_zone: time::zone("home_time_zone", &self.home_time_zone)?.name().to_owned(),
            planned_start,
            planned_end,
            actual_start,
            actual_end,
        })
    }
}

pub(super) fn optional_date(field: &str, value: Option<&str>) -> Result<Option<NaiveDate>> {
    value.map(str::trim).filter(|s| !s.is_empty()).map(|s| v::date(field, s)).transpose()
}

/// The days a planned trip takes: what happened once both actual dates are known, from the
/// actual start to the planned end (or the start) while it runs, else the plan.
pub(super) fn span_of(
    planned: (NaiveDate, NaiveDate),
    actual_start: Option<NaiveDate>,
    actual_end: Option<NaiveDate>,
) -> (NaiveDate, NaiveDate) {
    match (actual_start, actual_end) {
        (Some(s), Some(e)) => (s, e),
        (Some(s), None) => (s, planned.1.max(s)),
        _ => planned,
    }
}

/// The days a Mobility list is narrowed to: the given days, else the whole year.
pub(super) fn days_of(year: Option<i32>, within: Option<(NaiveDate, NaiveDate)>) -> Option<(NaiveDate, NaiveDate)> {
    within.or_else(|| {
        let y = year?;
        Some((NaiveDate::from_ymd_opt(y, 1, 1)?, NaiveDate::from_ymd_opt(y, 12, 31)?))
    })
}

/// Checks a Mobility list's filters shared by visits and internships: country, partner, year,
/// person.
pub(super) fn filter_checked(
    country: Option<&str>,
    partner_org_id: Option<&str>,
    year: Option<i32>,
    person_id: Option<&str>,
) -> Result<(Option<String>, Option<String>, Option<String>)> {
    if let Some(y) = year {
        v::year_in_range("year", y)?;
    }
    Ok((
        country.map(|c| v::country("country", c)).transpose()?,
        partner_org_id.map(|p| v::id("partner_org", p)).transpose()?,
        person_id.map(|p| v::id("person", p)).transpose()?,
    ))
}

/// One item of the programme, in the host's clock; `*_home` are the same instants on the
/// visitors' clock (derived when read, never typed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct ProgrammeItem {
    pub starts_local: NaiveDateTime,
    pub ends_local: NaiveDateTime,
    #[serde(default)]
    pub starts_home: Option<NaiveDateTime>,
    #[serde(default)]
    pub ends_home: Option<NaiveDateTime>,
    pub place: Option<String>,
    pub institution: Option<String>,
    pub topic: String,
    pub contact: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewProgrammeItem {
    pub starts_local: String,
    pub ends_local: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub place: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub institution: Option<String>,
    pub topic: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub contact: Option<String>,
}

impl NewProgrammeItem {
    /// Checks the item and that it falls within the visit's days (`span`).
    pub fn validated(&self, span: (NaiveDate, NaiveDate)) -> Result<ProgrammeItem> {
        let starts_local = time::local("starts_local", &self.starts_local)?;
        let ends_local = time::local("ends_local", &self.ends_local)?;
        if ends_local <= starts_local {
            return Err(Error::invalid("ends_local", Reason::EndNotAfterStart));
        }
        for (field, t) in [("starts_local", starts_local), ("ends_local", ends_local)] {
            if t.date() < span.0 || t.date() > span.1 {
                return Err(Error::invalid(
                    field,
                    Reason::OutsideVisitDates {
                        when: t.format(time::LOCAL_FORMAT).to_string(),
                        from: span.0.to_string(),
                        to: span.1.to_string(),
                    },
                ));
            }
        }
        Ok(ProgrammeItem {
            starts_local,
            ends_local,
            starts_home: None,
            ends_home: None,
            place: v::optional("place", self.place.as_deref())?,
            institution: v::optional("institution", self.institution.as_deref())?,
            topic: v::required("topic", &self.topic)?,
            contact: v::optional("contact", self.contact.as_deref())?,
        })
    }
}

/// One leg of the journey; each end in its own zone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct TravelLeg {
    pub mode: TravelMode,
    pub from_place: String,
    pub to_place: String,
    pub departs_local: NaiveDateTime,
    pub departs_zone: String,
    pub arrives_local: NaiveDateTime,
    pub arrives_zone: String,
    pub carrier: Option<String>,
    pub booking_ref: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewTravelLeg {
    pub mode: Option<TravelMode>,
    pub from_place: String,
    pub to_place: String,
    pub departs_local: String,
    pub departs_zone: String,
    pub arrives_local: String,
    pub arrives_zone: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub carrier: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub booking_ref: Option<String>,
}

impl NewTravelLeg {
    /// Checks the leg: it must arrive after it departs, each time read in its own zone.
    pub fn validated(&self) -> Result<TravelLeg> {
        let departs_local = time::local("departs_local", &self.departs_local)?;
        let departs_zone = time::zone("departs_zone", &self.departs_zone)?;
        let arrives_local = time::local("arrives_local", &self.arrives_local)?;
        let arrives_zone = time::zone("arrives_zone", &self.arrives_zone)?;
        let departs = time::to_utc("departs_local", departs_local, departs_zone)?;
        let arrives = time::to_utc("arrives_local", arrives_local, arrives_zone)?;
        if arrives <= departs {
            return Err(Error::invalid(
                "arrives_local",
                Reason::ArrivesBeforeDeparture {
                    departs: format!("{} {}", departs_local.format(time::LOCAL_FORMAT), departs_zone.name()),
                },
            ));
        }
        Ok(TravelLeg {
            mode: self.mode.ok_or_else(|| Error::invalid("mode", Reason::Required))?,
            from_place: v::required("from_place", &self.from_place)?,
            to_place: v::required("to_place", &self.to_place)?,
            departs_local,
            departs_zone: departs_zone.name().to_owned(),
            arrives_local,
            arrives_zone: arrives_zone.name().to_owned(),
            carrier: v::optional("carrier", self.carrier.as_deref())?,
            booking_ref: v::optional("booking_ref", self.booking_ref.as_deref())?,
        })
    }
}

/// Where the delegation stays, and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Lodging {
    pub place: String,
    pub address: Option<String>,
    pub check_in: NaiveDate,
    pub check_out: NaiveDate,
}

#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewLodging {
    pub place: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub address: Option<String>,
    pub check_in: String,
    pub check_out: String,
}

impl NewLodging {
    pub fn validated(&self) -> Result<Lodging> {
        let check_in = v::date("check_in", &self.check_in)?;
        let check_out = v::date("check_out", &self.check_out)?;
        if check_out < check_in {
            return Err(Error::invalid("check_out", Reason::EndsBeforeStart { start: check_in.to_string() }));
        }
        Ok(Lodging {
            place: v::required("place", &self.place)?,
            address: v::optional("address", self.address.as_deref())?,
            check_in,
            check_out,
        })
    }
}

/// The journey: its legs in order, and the lodging.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Travel {
    pub legs: Vec<TravelLeg>,
    pub lodging: Vec<Lodging>,
}

#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewTravel {
    #[serde(default)]
    pub legs: Vec<NewTravelLeg>,
    #[serde(default)]
    pub lodging: Vec<NewLodging>,
}

/// Legs and lodgings a visit may hold: a journey is short.
pub const MAX_TRAVEL_ITEMS: usize = 50;
/// Items a programme may hold.
pub const MAX_PROGRAMME_ITEMS: usize = 200;

impl NewTravel {
    /// Checks each leg and lodging; problems are named `legs.N.field` / `lodging.N.field`.
    pub fn validated(&self) -> Result<Travel> {
        if self.legs.len() + self.lodging.len() > MAX_TRAVEL_ITEMS {
            return Err(Error::invalid("legs", Reason::TooManyAtOnce { max: MAX_TRAVEL_ITEMS as u32 }));
        }
        let legs = self.legs.iter().enumerate().map(|(i, l)| l.validated().map_err(|e| nested("legs", i, e)));
        let lodging = self.lodging.iter().enumerate().map(|(i, l)| l.validated().map_err(|e| nested("lodging", i, e)));
        Ok(Travel { legs: legs.collect::<Result<_>>()?, lodging: lodging.collect::<Result<_>>()? })
    }
}

/// An error in the `i`-th item of a list, named `list.i.field` (counted from 1, as people count).
pub fn nested(list: &str, i: usize, e: Error) -> Error {
    let Error::Invalid { field, reason } = e;
    Error::invalid(format!("{list}.{}.{field}", i + 1), reason)
}

/// Checks a whole programme against the visit's days, sorted by start.
pub fn programme_validated(items: &[NewProgrammeItem], span: (NaiveDate, NaiveDate)) -> Result<Vec<ProgrammeItem>> {
    if items.len() > MAX_PROGRAMME_ITEMS {
        return Err(Error::invalid("programme", Reason::TooManyAtOnce { max: MAX_PROGRAMME_ITEMS as u32 }));
    }
    let mut out = items
        .iter()
        .enumerate()
        .map(|(i, item)| item.validated(span).map_err(|e| nested("programme", i, e)))
        .collect::<Result<Vec<_>>>()?;
    out.sort_by_key(|i| i.starts_local);
    Ok(out)
}

/// A member of the delegation: a person in the register, or someone from outside it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct VisitMember {
    pub id: String,
    pub visit_id: String,
    pub person_id: Option<String>,
    /// The person's name as the register has it, or the outsider's name.
    pub name: String,
    /// The outsider's organisation (or the person's, as the register has it).
    pub organisation: Option<String>,
    pub role: DelegationRole,
    pub invitation_sent_on: Option<NaiveDate>,
    /// Passport and visa: only for the roles that arrange travel (else absent).
    pub papers: Option<TravelPapers>,
}

/// A member's travel papers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct TravelPapers {
    pub passport_valid_until: Option<NaiveDate>,
    /// The passport expires within six months of the return.
    pub passport_warning: bool,
    /// The latest visa status, and every one before it (oldest first).
    pub visa: Option<VisaStatus>,
    pub visa_history: Vec<VisaEvent>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct VisaEvent {
    pub status: VisaStatus,
    pub on: NaiveDate,
    pub note: Option<String>,
    pub recorded_by: String,
    pub recorded_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewVisitMember {
    #[serde(default)]
    #[ts(optional = nullable)]
    pub person_id: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub name: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub organisation: Option<String>,
    pub role: Option<DelegationRole>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub invitation_sent_on: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub passport_valid_until: Option<String>,
}

/// A member input after validation: either a register person or a named outsider.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidVisitMember {
    pub person_id: Option<String>,
    pub name: Option<String>,
    pub organisation: Option<String>,
    pub role: DelegationRole,
    pub invitation_sent_on: Option<NaiveDate>,
    pub passport_valid_until: Option<NaiveDate>,
}

impl NewVisitMember {
    pub fn validated(&self) -> Result<ValidVisitMember> {
        let person_id = self.person_id.as_deref().map(str::trim).filter(|p| !p.is_empty());
        let person_id = person_id.map(|p| v::id("person", p)).transpose()?;
        let name = v::optional("name", self.name.as_deref())?;
        if person_id.is_none() && name.is_none() {
            return Err(Error::invalid("name", Reason::MemberNeedsName));
        }
        Ok(ValidVisitMember {
            name: if person_id.is_some() { None } else { name.map(|n| crate::names::normalize_name(&n)) },
            organisation: if person_id.is_some() {
                None
            } else {
                v::optional("organisation", self.organisation.as_deref())?
            },
            person_id,
            role: self.role.unwrap_or(DelegationRole::Member),
            invitation_sent_on: optional_date("invitation_sent_on", self.invitation_sent_on.as_deref())?,
            passport_valid_until: optional_date("passport_valid_until", self.passport_valid_until.as_deref())?,
        })
    }
}

#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewVisaEvent {
    pub status: Option<VisaStatus>,
    pub on: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub note: Option<String>,
}

/// A change made to a visit after it was confirmed: what, from what to what, why, by whom.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Amendment {
    /// What changed: a field name (`planned_end`), or `programme`, `travel`, `members`.
    pub what: String,
    pub before: Option<String>,
    pub after: Option<String>,
    pub reason: String,
    pub by: String,
    pub at: DateTime<Utc>,
}

/// What the delegation brought back.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct VisitReport {
    pub learned: String,
    pub follow_ups: Vec<FollowUp>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct FollowUp {
    pub action: String,
    pub owner: String,
    pub due_on: Option<NaiveDate>,
    pub done: bool,
}

#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewVisitReport {
    pub learned: String,
    #[serde(default)]
    pub follow_ups: Vec<NewFollowUp>,
}

#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewFollowUp {
    pub action: String,
    pub owner: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub due_on: Option<String>,
    #[serde(default)]
    pub done: bool,
}

impl NewVisitReport {
    pub fn validated(&self) -> Result<VisitReport> {
        if self.follow_ups.len() > MAX_PROGRAMME_ITEMS {
            return Err(Error::invalid("follow_ups", Reason::TooManyAtOnce { max: MAX_PROGRAMME_ITEMS as u32 }));
        }
        let follow_ups = self.follow_ups.iter().enumerate().map(|(i, f)| {
            Ok(FollowUp {
                action: v::required("action", &f.action)?,
                owner: v::required("owner", &f.owner)?,
                due_on: optional_date("due_on", f.due_on.as_deref())?,
                done: f.done,
            })
            .map_err(|e| nested("follow_ups", i, e))
        });
        Ok(VisitReport {
            learned: v::required("learned", &self.learned)?,
            follow_ups: follow_ups.collect::<Result<_>>()?,
        })
    }
}

/// Everything about one visit, as its page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct VisitDetail {
    pub visit: Visit,
    pub sending_org: String,
    pub host_org: String,
    pub members: Vec<VisitMember>,
    pub programme: Vec<ProgrammeItem>,
    pub travel: Travel,
    pub report: Option<VisitReport>,
    pub amendments: Vec<Amendment>,
}

/// A visit in the Mobility list, with the partner it is with and its size.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct VisitRow {
    pub visit: Visit,
    pub sending_org: String,
    pub host_org: String,
    /// The partner abroad (the host of an outgoing visit, the sender of an incoming one).
    pub partner_country: String,
    #[ts(type = "number")]
    pub members: i64,
}

/// What the Mobility list shows.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct VisitFilter {
    #[serde(default)]
    #[ts(optional = nullable)]
    pub direction: Option<VisitDirection>,
    /// The partner's country (ISO 3166 alpha-2).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub country: Option<String>,
    /// The partner organisation (either side).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub partner_org_id: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub status: Option<VisitStatus>,
    /// Visits with a day in this year.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub year: Option<i32>,
    /// Visits this person took part in.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub person_id: Option<String>,
    /// Visits with a day in these days (both included): the calendar's period, set by the API.
    #[serde(skip)]
    #[ts(skip)]
    pub within: Option<(NaiveDate, NaiveDate)>,
}

impl VisitFilter {
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

    /// The days a visit must touch to be listed, if any: `within`, else the year.
    pub fn days(&self) -> Option<(NaiveDate, NaiveDate)> {
        days_of(self.year, self.within)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "0192f0a2-0000-7000-8000-000000000001";
    const B: &str = "0192f0a2-0000-7000-8000-000000000002";

    fn visit() -> NewVisit {
        NewVisit {
            title: "Study visit to ASAN xidmət".into(),
            direction: Some(VisitDirection::Outgoing),
            sending_org_id: A.into(),
            host_org_id: B.into(),
            host_time_zone: "Asia/Baku".into(),
            home_time_zone: "Asia/Tashkent".into(),
            planned_start: "2027-04-12".into(),
            planned_end: "2027-04-16".into(),
            ..Default::default()
        }
    }

    fn field(e: Error) -> String {
        let Error::Invalid { field, .. } = e;
        field
    }

    #[test]
    fn a_visit_needs_its_dates_in_order_and_two_different_sides() {
        let v = visit().validated().unwrap();
        assert_eq!(v.host_time_zone, "Asia/Baku");
        let mut back = visit();
        back.planned_end = "2027-04-11".into();
        assert_eq!(field(back.validated().unwrap_err()), "planned_end");
        let mut same = visit();
        same.host_org_id = A.into();
        assert_eq!(field(same.validated().unwrap_err()), "host_org");
        let mut ended = visit();
        ended.actual_end = Some("2027-04-16".into());
        assert_eq!(field(ended.validated().unwrap_err()), "actual_start");
        let mut zone = visit();
        zone.host_time_zone = "Baku".into();
        assert_eq!(field(zone.validated().unwrap_err()), "host_time_zone");
    }

    #[test]
    fn the_span_is_what_happened_once_known() {
        let mut v = Visit {
            id: A.into(),
            title: "t".into(),
            direction: VisitDirection::Outgoing,
            purpose: None,
            agreement_ref: None,
            sending_org_id: A.into(),
            host_org_id: B.into(),
            host_city: None,
            host_time_zone: "Asia/Baku".into(),
            home_time_zone: "Asia/Tashkent".into(),
            planned_start: NaiveDate::from_ymd_opt(2027, 4, 12).unwrap(),
            planned_end: NaiveDate::from_ymd_opt(2027, 4, 16).unwrap(),
            actual_start: None,
            actual_end: None,
            status: VisitStatus::Draft,
            host_status: HostStatus::Pending,
            status_reason: None,
            version: 1,
            created_at: Utc::now(),
            updated_at: Utc::now(),
        };
        assert_eq!(v.span().1.to_string(), "2027-04-16");
        v.actual_start = Some(NaiveDate::from_ymd_opt(2027, 4, 13).unwrap());
        v.actual_end = Some(NaiveDate::from_ymd_opt(2027, 4, 17).unwrap());
        assert_eq!(v.span().0.to_string(), "2027-04-13");
        assert_eq!(v.span().1.to_string(), "2027-04-17");
    }

    #[test]
    fn a_programme_item_outside_the_visit_is_refused_with_its_position() {
        let span = (NaiveDate::from_ymd_opt(2027, 4, 12).unwrap(), NaiveDate::from_ymd_opt(2027, 4, 16).unwrap());
        let ok = NewProgrammeItem {
            starts_local: "2027-04-13T10:00".into(),
            ends_local: "2027-04-13T12:00".into(),
            topic: "ASAN xidmət: the front office".into(),
            ..Default::default()
        };
        let late = NewProgrammeItem {
            starts_local: "2027-04-17T10:00".into(),
            ends_local: "2027-04-17T11:00".into(),
            ..ok.clone()
        };
        let e = programme_validated(&[ok.clone(), late], span).unwrap_err();
        assert_eq!(field(e.clone()), "programme.2.starts_local");
        assert!(matches!(e, Error::Invalid { reason: Reason::OutsideVisitDates { .. }, .. }));
        let backwards = NewProgrammeItem { ends_local: "2027-04-13T09:00".into(), ..ok.clone() };
        assert_eq!(field(programme_validated(&[backwards], span).unwrap_err()), "programme.1.ends_local");
        assert_eq!(programme_validated(&[ok], span).unwrap().len(), 1);
    }

    #[test]
    fn a_leg_must_arrive_after_it_departs_in_its_own_zones() {
        // Tashkent 08:00 (03:00 UTC) to Baku 09:30 (05:30 UTC): fine though 09:30 - 08:00 looks short.
        let leg = NewTravelLeg {
            mode: Some(TravelMode::Flight),
            from_place: "Tashkent (TAS)".into(),
            to_place: "Baku (GYD)".into(),
            departs_local: "2027-04-12T08:00".into(),
            departs_zone: "Asia/Tashkent".into(),
            arrives_local: "2027-04-12T09:30".into(),
            arrives_zone: "Asia/Baku".into(),
            carrier: Some("HY 51".into()),
            booking_ref: None,
        };
        assert!(leg.validated().is_ok());
        // Baku 07:30 is 03:30 UTC; leaving Tashkent at 08:00 local (03:00 UTC) it arrives after.
        let tight = NewTravelLeg { arrives_local: "2027-04-12T07:30".into(), ..leg.clone() };
        assert!(tight.validated().is_ok());
        // Baku 06:30 is 02:30 UTC: before it left.
        let back = NewTravelLeg { arrives_local: "2027-04-12T06:30".into(), ..leg.clone() };
        let e = NewTravel { legs: vec![leg, back], lodging: vec![] }.validated().unwrap_err();
        assert_eq!(field(e.clone()), "legs.2.arrives_local");
        assert!(matches!(e, Error::Invalid { reason: Reason::ArrivesBeforeDeparture { .. }, .. }));
    }

    #[test]
    fn a_member_is_a_person_or_a_named_outsider() {
        let none = NewVisitMember::default();
        assert_eq!(field(none.validated().unwrap_err()), "name");
        let outsider = NewVisitMember { name: Some(" Leyla Məmmədova ".into()), ..Default::default() };
        let m = outsider.validated().unwrap();
        assert_eq!(m.name.as_deref(), Some("Leyla Məmmədova"));
        assert_eq!(m.role, DelegationRole::Member);
        let person = NewVisitMember { person_id: Some(A.into()), name: Some("ignored".into()), ..Default::default() };
        assert_eq!(person.validated().unwrap().name, None);
    }
}
