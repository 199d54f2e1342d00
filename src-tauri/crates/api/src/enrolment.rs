//! Enrolment: who takes part, with capacity enforced and the waitlist promoted automatically.

use malaka_core::capacity::{admit, promote};
use malaka_core::model::{Enrolment, EnrolmentRole, EnrolmentStatus};
use malaka_core::validate;
use malaka_store::{WriteTx, activity, enrolment as store, person};
use serde::Serialize;

use crate::{Error, Malaka, Result, new_id, now};

/// What a cancellation did: the cancelled enrolment and anyone promoted into the freed seat.
#[derive(Debug, Clone, Serialize)]
pub struct Cancellation {
    pub cancelled: Enrolment,
    pub promoted: Vec<Enrolment>,
}

impl Malaka {
    /// Enrols a person: a seat if one is free, else the waitlist. Trainers and speakers take no seat.
    pub async fn enrolment_create(&self, activity_id: &str, person_id: &str, role: EnrolmentRole) -> Result<Enrolment> {
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
        let who = person::get(tx, &validate::id("person", person_id)?).await?;
        if act.status == malaka_core::model::ActivityStatus::Cancelled {
            return Err(Error::Refused(format!("\"{}\" is cancelled", act.title)));
        }
        let status = if role.takes_seat() {
            admit(act.capacity, store::seats_taken(tx, &act.id).await?)
        } else {
            EnrolmentStatus::Enrolled
        };
        let at = now();
        let e = match store::find(tx, &act.id, &who.id).await? {
            Some(old) if old.status != EnrolmentStatus::Cancelled => {
                return Err(Error::Duplicate(format!(
                    "person: {} is already in \"{}\" ({})",
                    who.display_name(),
                    act.title,
                    old.status
                )));
            }
            Some(old) => {
                store::set_status(tx, &old.id, status, None, at).await?;
                store::get(tx, &old.id).await?
            }
            None => {
                let e = Enrolment {
                    id: new_id(),
                    activity_id: act.id.clone(),
                    person_id: who.id.clone(),
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
        let summary = format!("{} → \"{}\" as {role}: {status}", who.display_name(), act.title);
        self.audit(tx, at, "enrolment.create", "enrolment", Some(&e.id), summary).await?;
        Ok(e)
    }

    /// Cancels an enrolment; a freed seat goes to the longest-waiting person, and the log says so.
    pub async fn enrolment_cancel(&self, enrolment_id: &str, reason: Option<&str>) -> Result<Cancellation> {
        let reason = validate::optional("reason", reason)?;
        let mut tx = self.store.begin().await?;
        let old = store::get(&mut tx, &validate::id("enrolment", enrolment_id)?).await?;
        if old.status == EnrolmentStatus::Cancelled {
            return Err(Error::Refused("the enrolment is already cancelled".into()));
        }
        let act = activity::get(&mut tx, &old.activity_id).await?;
        let at = now();
        store::set_status(&mut tx, &old.id, EnrolmentStatus::Cancelled, reason.as_deref(), at).await?;
        let who = person::get(&mut tx, &old.person_id).await?.display_name();
        let why = reason.as_deref().map(|r| format!(": {r}")).unwrap_or_default();
        let summary = format!("cancelled {who} in \"{}\"{why}", act.title);
        self.audit(&mut tx, at, "enrolment.cancel", "enrolment", Some(&old.id), summary).await?;
        let mut promoted = Vec::new();
        if old.status.is_active() && old.role.takes_seat() {
            let taken = store::seats_taken(&mut tx, &act.id).await?;
            let waiting = store::waitlist(&mut tx, &act.id).await?;
            for id in promote(act.capacity, taken, &waiting) {
                store::set_status(&mut tx, &id, EnrolmentStatus::Enrolled, None, at).await?;
                let e = store::get(&mut tx, &id).await?;
                let name = person::get(&mut tx, &e.person_id).await?.display_name();
                let summary = format!("promoted {name} from the waitlist of \"{}\" after {who} cancelled", act.title);
                self.audit(&mut tx, at, "enrolment.promote", "enrolment", Some(&id), summary).await?;
                promoted.push(e);
            }
        }
        let cancelled = store::get(&mut tx, &old.id).await?;
        tx.commit().await?;
        Ok(Cancellation { cancelled, promoted })
    }

    /// The enrolment of a person in an activity.
    pub async fn enrolment_find(&self, activity_id: &str, person_id: &str) -> Result<Enrolment> {
        let mut c = self.store.read().await?;
        store::find(&mut c, activity_id.trim(), person_id.trim()).await?.ok_or_else(|| Error::NotFound {
            entity: "enrolment",
            id: format!("{} in {}", person_id.trim(), activity_id.trim()),
        })
    }
}
