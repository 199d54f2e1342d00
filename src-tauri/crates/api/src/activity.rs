//! Activities of every kind: plan, list and show them.

use malaka_core::model::{Activity, Enrolment, NewActivity, Session};
pub use malaka_store::activity::Filter;
use malaka_store::{WriteTx, activity as store, enrolment, organisation, programme, session, venue};
use serde::Serialize;

use crate::{Malaka, Result, new_id, now};

/// An activity with its sessions and who takes part.
#[derive(Debug, Clone, Serialize)]
pub struct ActivityDetail {
    pub activity: Activity,
    pub host: String,
    pub partners: Vec<String>,
    pub sessions: Vec<Session>,
    pub enrolments: Vec<EnrolmentLine>,
    pub seats_taken: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct EnrolmentLine {
    #[serde(flatten)]
    pub enrolment: Enrolment,
    pub person_name: String,
}

impl Malaka {
    pub async fn activity_create(&self, input: NewActivity) -> Result<Activity> {
        let mut tx = self.store.begin().await?;
        let a = self.activity_create_in(&mut tx, &input).await?;
        tx.commit().await?;
        Ok(a)
    }

    pub(crate) async fn activity_create_in(&self, tx: &mut WriteTx, input: &NewActivity) -> Result<Activity> {
        let mut a = input.validated()?;
        organisation::get(tx, &a.host_org_id).await?;
        for p in &a.partner_org_ids {
            organisation::get(tx, p).await?;
        }
        if let Some(v) = &a.venue_id {
            venue::get(tx, v).await?;
        }
        if let Some(p) = &a.programme_id {
            // Planned from the catalogue: the programme's hours carry over unless given.
            let prog = programme::get(tx, p).await?;
            a.programme_id = Some(prog.id);
            a.planned_hours = a.planned_hours.or(Some(prog.planned_hours));
        }
        let (id, at) = (new_id(), now());
        store::insert(tx, &id, &a, at).await?;
        let summary = format!("planned {} \"{}\" {}–{}", a.kind, a.title, a.starts_on, a.ends_on);
        self.audit(tx, at, "activity.create", "activity", Some(&id), summary).await?;
        Ok(store::get(tx, &id).await?)
    }

    pub async fn activity_list(&self, filter: &Filter) -> Result<Vec<Activity>> {
        Ok(store::list(&mut *self.store.read().await?, filter).await?)
    }

    pub async fn activity_get(&self, id: &str) -> Result<ActivityDetail> {
        let mut c = self.store.read().await?;
        let activity = store::get(&mut c, id.trim()).await?;
        let host = organisation::get(&mut c, &activity.host_org_id).await?.name;
        let mut partners = Vec::new();
        for p in &activity.partner_org_ids {
            partners.push(organisation::get(&mut c, p).await?.name);
        }
        let sessions = session::list_for_activity(&mut c, &activity.id).await?;
        let enrolments = enrolment::list_for_activity(&mut c, &activity.id)
            .await?
            .into_iter()
            .map(|(enrolment, person_name)| EnrolmentLine { enrolment, person_name })
            .collect();
        let seats_taken = enrolment::seats_taken(&mut c, &activity.id).await?;
        Ok(ActivityDetail { activity, host, partners, sessions, enrolments, seats_taken })
    }
}
