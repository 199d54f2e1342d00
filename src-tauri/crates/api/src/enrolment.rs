//! Enrolment: people are nominated, a manager approves or declines, capacity is enforced, extra
//! people wait, and a cancellation promotes the longest-waiting person (the audit log says so).

use malaka_core::Reason;
use malaka_core::access::Action;
use malaka_core::capacity::admit;
use malaka_core::model::{Activity, ActivityStatus, Enrolment, EnrolmentRole, EnrolmentStatus};
use malaka_core::reason::count;
use malaka_core::validate;
use malaka_store::{WriteTx, activity, enrolment as store, person};
use serde::Serialize;

use crate::{Error, Malaka, Result, new_id, now};

/// What a cancellation did: the cancelled enrolment and anyone promoted into the freed seat.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Cancellation {
    pub cancelled: Enrolment,
    pub promoted: Vec<Enrolment>,
}

/// Someone a nomination left alone because they are already in the activity.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Skipped {
    pub person_id: String,
    pub person_name: String,
    pub status: EnrolmentStatus,
}

/// What a nomination did.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct NominationReport {
    pub nominated: Vec<Enrolment>,
    pub skipped: Vec<Skipped>,
}

/// The most people one nomination takes (a whole agency is several nominations).
const MAX_NOMINATION: usize = 5_000;

impl Malaka {
    /// Enrols a person directly: a seat if one is free, else the waitlist. Trainers and speakers
    /// take no seat.
    pub async fn enrolment_create(&self, activity_id: &str, person_id: &str, role: EnrolmentRole) -> Result<Enrolment> {
        self.may(Action::Nominate)?;
        let mut tx = self.store.begin().await?;
        let e = self.enrolment_create_in(&mut tx, activity_id, person_id, role).await?;
        tx.commit().await?;
        Ok(e)
    }

    pub(crate) async fn enrolment_create_in(
        &self,
        tx: &mut WriteTx,
        activity_id: &str,
        person_id: &str,
        role: EnrolmentRole,
    ) -> Result<Enrolment> {
        let act = activity::get(tx, &validate::id("activity", activity_id)?).await?;
        if act.status == ActivityStatus::Cancelled {
            return Err(Error::Refused(Reason::ActivityCancelled { title: act.title }));
        }
        let who = person::get(tx, &validate::id("person", person_id)?).await?;
        if let Some(old) = store::find(tx, &act.id, &who.id).await?.filter(|e| !is_closed(e.status)) {
            return Err(Error::Duplicate {
                field: "person".into(),
                reason: Reason::AlreadyInActivity {
                    person: who.display_name(),
                    title: act.title.clone(),
                    status: old.status.to_string(),
                },
            });
        }
        let status = if role.takes_seat() {
            admit(act.capacity, store::seats_taken(tx, &act.id).await?)
        } else {
            EnrolmentStatus::Enrolled
        };
        self.place(tx, &act, &who.id, &who.display_name(), role, status, "enrolment.create").await
    }

    /// Nominates people for a manager's approval. Trainers and speakers are enrolled at once
    /// (they take no seat). Anyone already in the activity is skipped and named.
    pub async fn enrolment_nominate(
        &self,
        activity_id: &str,
        person_ids: &[String],
        role: EnrolmentRole,
    ) -> Result<NominationReport> {
        self.may(Action::Nominate)?;
        if person_ids.is_empty() {
            return Err(Error::invalid("person", Reason::NothingSelected));
        }
        if person_ids.len() > MAX_NOMINATION {
            return Err(Error::invalid("person", Reason::TooManyAtOnce { max: count(MAX_NOMINATION) }));
        }
        let mut tx = self.store.begin().await?;
        let act = open_activity(&mut tx, activity_id).await?;
        let report = self.nominate_in(&mut tx, &act, person_ids, role).await?;
        tx.commit().await?;
        Ok(report)
    }

    /// Nominates everyone in an organisation unit and the units under it.
    pub async fn enrolment_nominate_unit(
        &self,
        activity_id: &str,
        unit_id: &str,
        role: EnrolmentRole,
    ) -> Result<NominationReport> {
        self.may(Action::Nominate)?;
        let mut tx = self.store.begin().await?;
        let act = open_activity(&mut tx, activity_id).await?;
        let unit = malaka_store::organisation::get(&mut tx, &validate::id("unit", unit_id)?).await?;
        let people = person::in_unit_tree(&mut tx, &unit.id).await?;
        if people.is_empty() {
            return Err(Error::invalid("unit", Reason::UnitHasNobody { unit: unit.name }));
        }
        if people.len() > MAX_NOMINATION {
            return Err(Error::invalid("unit", Reason::UnitTooLarge { unit: unit.name, max: count(MAX_NOMINATION) }));
        }
        let report = self.nominate_in(&mut tx, &act, &people, role).await?;
        tx.commit().await?;
        Ok(report)
    }

    async fn nominate_in(
        &self,
        tx: &mut WriteTx,
        act: &Activity,
        person_ids: &[String],
        role: EnrolmentRole,
    ) -> Result<NominationReport> {
        let status = if role.takes_seat() { EnrolmentStatus::Nominated } else { EnrolmentStatus::Enrolled };
        let (mut nominated, mut skipped) = (Vec::new(), Vec::new());
        for id in person_ids {
            let who = person::get(tx, &validate::id("person", id)?).await?;
            let name = who.display_name();
            match store::find(tx, &act.id, &who.id).await? {
                Some(old) if !is_closed(old.status) => {
                    skipped.push(Skipped { person_id: who.id, person_name: name, status: old.status })
                }
                _ if nominated.iter().any(|e: &Enrolment| e.person_id == who.id) => {}
                _ => nominated.push(self.place(tx, act, &who.id, &name, role, status, "enrolment.nominate").await?),
            }
        }
        Ok(NominationReport { nominated, skipped })
    }

    /// Writes a person's place in an activity (a new enrolment, or a closed one reopened).
    #[allow(clippy::too_many_arguments)]
    async fn place(
        &self,
        tx: &mut WriteTx,
        act: &Activity,
        person_id: &str,
        name: &str,
        role: EnrolmentRole,
        status: EnrolmentStatus,
        action: &str,
    ) -> Result<Enrolment> {
        let at = now();
        let e = match store::find(tx, &act.id, person_id).await? {
            Some(old) => {
                store::reopen(tx, &old.id, role, status, at).await?;
                store::get(tx, &old.id).await?
            }
            None => {
                let e = Enrolment {
                    id: new_id(),
                    activity_id: act.id.clone(),
                    person_id: person_id.to_owned(),
                    role,
                    status,
                    reason: None,
                    created_at: at,
                    updated_at: at,
                };
                store::insert(tx, &e).await?;
                e
            }
        };
        let summary = format!("{name} → \"{}\" as {role}: {status}", act.title);
        self.audit(tx, at, action, "enrolment", Some(&e.id), summary).await?;
        Ok(e)
    }

    /// Approves nominations, the earliest nominated first: each gets a free seat (`enrolled`)
    /// or joins the waitlist. All or nothing.
    pub async fn enrolment_approve(&self, enrolment_ids: &[String]) -> Result<Vec<Enrolment>> {
        self.may(Action::Approve)?;
        let mut tx = self.store.begin().await?;
        let mut chosen = self.nominations(&mut tx, enrolment_ids).await?;
        chosen.sort_by(|a, b| (a.created_at, &a.id).cmp(&(b.created_at, &b.id)));
        let mut out = Vec::new();
        for e in chosen {
            let act = open_activity(&mut tx, &e.activity_id).await?;
            let status = admit(act.capacity, store::seats_taken(&mut tx, &act.id).await?);
            let at = now();
            store::set_status(&mut tx, &e.id, status, None, at).await?;
            let name = person::get(&mut tx, &e.person_id).await?.display_name();
            let summary = format!("approved {name} for \"{}\": {status}", act.title);
            self.audit(&mut tx, at, "enrolment.approve", "enrolment", Some(&e.id), summary).await?;
            out.push(store::get(&mut tx, &e.id).await?);
        }
        tx.commit().await?;
        Ok(out)
    }

    /// Declines nominations with a reason (kept on each, and in the log). All or nothing.
    pub async fn enrolment_decline(&self, enrolment_ids: &[String], reason: &str) -> Result<Vec<Enrolment>> {
        self.may(Action::Approve)?;
        let reason = validate::required("reason", reason)?;
        let mut tx = self.store.begin().await?;
        let chosen = self.nominations(&mut tx, enrolment_ids).await?;
        let mut out = Vec::new();
        for e in chosen {
            let act = activity::get(&mut tx, &e.activity_id).await?;
            let at = now();
            store::set_status(&mut tx, &e.id, EnrolmentStatus::Declined, Some(&reason), at).await?;
            let name = person::get(&mut tx, &e.person_id).await?.display_name();
            let summary = format!("declined {name} for \"{}\": {reason}", act.title);
            self.audit(&mut tx, at, "enrolment.decline", "enrolment", Some(&e.id), summary).await?;
            out.push(store::get(&mut tx, &e.id).await?);
        }
        tx.commit().await?;
        Ok(out)
    }

    /// The enrolments named, each of which must be awaiting approval.
    async fn nominations(&self, tx: &mut WriteTx, ids: &[String]) -> Result<Vec<Enrolment>> {
        if ids.is_empty() {
            return Err(Error::invalid("enrolment", Reason::NothingSelected));
        }
        let mut out: Vec<Enrolment> = Vec::new();
        for id in ids {
            let e = store::get(tx, &validate::id("enrolment", id)?).await?;
            if e.status != EnrolmentStatus::Nominated {
                let name = person::get(tx, &e.person_id).await?.display_name();
                return Err(Error::Refused(Reason::NotAwaitingApproval { person: name, status: e.status.to_string() }));
            }
            if !out.iter().any(|o| o.id == e.id) {
                out.push(e);
            }
        }
        Ok(out)
    }

    /// Cancels an enrolment; a freed seat goes to the longest-waiting person, and the log says so.
    pub async fn enrolment_cancel(&self, enrolment_id: &str, reason: Option<&str>) -> Result<Cancellation> {
        self.may(Action::Nominate)?;
        let reason = validate::optional("reason", reason)?;
        let mut tx = self.store.begin().await?;
        let old = store::get(&mut tx, &validate::id("enrolment", enrolment_id)?).await?;
        if is_closed(old.status) {
            return Err(Error::Refused(Reason::EnrolmentAlready { status: old.status.to_string() }));
        }
        let act = activity::get(&mut tx, &old.activity_id).await?;
        let at = now();
        store::set_status(&mut tx, &old.id, EnrolmentStatus::Cancelled, reason.as_deref(), at).await?;
        let who = person::get(&mut tx, &old.person_id).await?.display_name();
        let why = reason.as_deref().map(|r| format!(": {r}")).unwrap_or_default();
        let summary = format!("cancelled {who} in \"{}\"{why}", act.title);
        self.audit(&mut tx, at, "enrolment.cancel", "enrolment", Some(&old.id), summary).await?;
        let promoted = if old.status.is_active() && old.role.takes_seat() {
            self.promote_waitlist(&mut tx, &act.id, &act.title, &format!("{who} cancelled"), at).await?
        } else {
            Vec::new()
        };
        let cancelled = store::get(&mut tx, &old.id).await?;
        tx.commit().await?;
        Ok(Cancellation { cancelled, promoted })
    }

    /// The enrolment of a person in an activity.
    pub async fn enrolment_find(&self, activity_id: &str, person_id: &str) -> Result<Enrolment> {
        self.may(Action::Read)?;
        let mut c = self.store.read().await?;
        store::find(&mut c, activity_id.trim(), person_id.trim()).await?.ok_or_else(|| Error::NotFound {
            entity: "enrolment",
            id: format!("{} in {}", person_id.trim(), activity_id.trim()),
        })
    }
}

/// Cancelled and declined places can be taken up again by a new nomination.
fn is_closed(s: EnrolmentStatus) -> bool {
    matches!(s, EnrolmentStatus::Cancelled | EnrolmentStatus::Declined)
}

/// An activity people can still be nominated for: neither cancelled nor completed.
async fn open_activity(tx: &mut WriteTx, id: &str) -> Result<Activity> {
    let act = activity::get(tx, &validate::id("activity", id)?).await?;
    if matches!(act.status, ActivityStatus::Cancelled | ActivityStatus::Completed) {
        return Err(Error::Refused(Reason::ActivityNotOpen { title: act.title, status: act.status.to_string() }));
    }
    Ok(act)
}
