//! Activities of every kind: plan (from the catalogue or not), edit, move through their
//! lifecycle, list and show them.

use malaka_core::Reason;
use malaka_core::access::Action;
use malaka_core::capacity::promote;
use malaka_core::lifecycle;
use malaka_core::model::{Activity, ActivityKind, ActivityStatus, Enrolment, EnrolmentStatus, NewActivity, Session};
use malaka_core::validate;
use malaka_store::activity::Filter;
use malaka_store::{WriteTx, activity as store, enrolment, organisation, person, programme, session, venue};
use serde::{Deserialize, Serialize};

use crate::{Error, Malaka, Result, new_id, now};

/// An activity with its sessions and who takes part.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ActivityDetail {
    pub activity: Activity,
    pub host: String,
    pub partners: Vec<String>,
    pub sessions: Vec<Session>,
    pub enrolments: Vec<EnrolmentLine>,
    #[ts(type = "number")]
    pub seats_taken: i64,
    /// Waitlisted enrolments (ids), the next to be promoted first.
    pub waitlist: Vec<String>,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct EnrolmentLine {
    #[serde(flatten)]
    #[ts(flatten)]
    pub enrolment: Enrolment,
    pub person_name: String,
}

/// Which activities to list; every field set narrows the list.
#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct ActivityFilter {
    /// Activities that end on or after this day (YYYY-MM-DD).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub from: Option<String>,
    /// Activities that start on or before this day (YYYY-MM-DD).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub to: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub kind: Option<ActivityKind>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub status: Option<ActivityStatus>,
    /// Host or partner.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub organisation_id: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub venue_id: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub trainer_id: Option<String>,
    /// At most this many (0: no limit).
    #[serde(default)]
    #[ts(optional, type = "number")]
    pub limit: i64,
}

impl ActivityFilter {
    fn validated(&self) -> Result<Filter> {
        let day = |field: &str, v: &Option<String>| v.as_deref().map(|d| validate::date(field, d)).transpose();
        Ok(Filter {
            from: day("from", &self.from)?,
            to: day("to", &self.to)?,
            kind: self.kind,
            status: self.status,
            organisation_id: self.organisation_id.clone(),
            venue_id: self.venue_id.clone(),
            trainer_id: self.trainer_id.clone(),
            limit: self.limit.max(0),
        })
    }
}

impl Malaka {
    pub async fn activity_create(&self, input: NewActivity) -> Result<Activity> {
        self.may(Action::PlanEdit)?;
        let mut tx = self.store.begin().await?;
        let a = self.activity_create_in(&mut tx, &input).await?;
        tx.commit().await?;
        Ok(a)
    }

    pub(crate) async fn activity_create_in(&self, tx: &mut WriteTx, input: &NewActivity) -> Result<Activity> {
        let input = Self::carry_over_programme(tx, input).await?;
        let a = input.validated()?;
        Self::check_references(tx, &a).await?;
        let (id, at) = (new_id(), now());
        store::insert(tx, &id, &a, at).await?;
        let summary = format!("planned {} \"{}\" {}–{}", a.kind, a.title, a.starts_on, a.ends_on);
        self.audit(tx, at, "activity.create", "activity", Some(&id), summary).await?;
        Ok(store::get(tx, &id).await?)
    }

    /// Planned from the catalogue: the programme's title, hours and objectives fill what the
    /// input leaves empty. An archived programme is not planned from.
    async fn carry_over_programme(tx: &mut WriteTx, input: &NewActivity) -> Result<NewActivity> {
        let mut input = input.clone();
        let Some(p) = input.programme_id.as_deref().filter(|p| !p.trim().is_empty()) else {
            input.programme_id = None;
            return Ok(input);
        };
        let prog = programme::get(tx, p.trim()).await?;
        if prog.archived {
            return Err(Error::invalid("programme", Reason::ProgrammeArchived { code: prog.code }));
        }
        if input.title.trim().is_empty() {
            input.title = prog.title.clone();
        }
        input.planned_hours = input.planned_hours.or(Some(prog.planned_hours));
        if input.description.as_deref().is_none_or(|d| d.trim().is_empty()) {
            input.description = prog.objectives.clone();
        }
        input.programme_id = Some(prog.id);
        Ok(input)
    }

    async fn check_references(tx: &mut WriteTx, a: &malaka_core::model::ValidActivity) -> Result<()> {
        organisation::get(tx, &a.host_org_id).await?;
        for p in &a.partner_org_ids {
            organisation::get(tx, p).await?;
        }
        if let Some(v) = &a.venue_id {
            venue::get(tx, v).await?;
        }
        Ok(())
    }

    /// Edits an activity's plan (not its status). The dates must still hold its sessions; more
    /// seats move the waitlist up, and the log says who.
    pub async fn activity_update(&self, id: &str, input: NewActivity) -> Result<Activity> {
        self.may(Action::PlanEdit)?;
        let mut tx = self.store.begin().await?;
        let old = store::get(&mut tx, &validate::id("activity", id)?).await?;
        let input = NewActivity { status: None, ..Self::carry_over_programme(&mut tx, &input).await? };
        let a = input.validated()?;
        Self::check_references(&mut tx, &a).await?;
        for s in session::list_for_activity(&mut tx, &old.id).await? {
            let (day, last) = (s.starts_local.date(), s.ends_local.date());
            if s.status == malaka_core::model::SessionStatus::Scheduled && (day < a.starts_on || last > a.ends_on) {
                let field = if day < a.starts_on { "starts_on" } else { "ends_on" };
                let when = s.starts_local.format("%Y-%m-%d %H:%M");
                return Err(Error::invalid(field, Reason::SessionOutsideDates { when: when.to_string() }));
            }
        }
        let at = now();
        store::update(&mut tx, &old.id, &a, at).await?;
        let summary = format!("edited {} \"{}\" {}–{}", a.kind, a.title, a.starts_on, a.ends_on);
        self.audit(&mut tx, at, "activity.update", "activity", Some(&old.id), summary).await?;
        if a.capacity.is_none_or(|c| old.capacity.is_some_and(|o| c > o)) {
            self.promote_waitlist(&mut tx, &old.id, &a.title, "more seats were made", at).await?;
        }
        let updated = store::get(&mut tx, &old.id).await?;
        tx.commit().await?;
        Ok(updated)
    }

    /// Gives free seats to the longest-waiting people, each promotion in the audit log.
    pub(crate) async fn promote_waitlist(
        &self,
        tx: &mut WriteTx,
        activity_id: &str,
        title: &str,
        because: &str,
        at: chrono::DateTime<chrono::Utc>,
    ) -> Result<Vec<Enrolment>> {
        let act = store::get(tx, activity_id).await?;
        let taken = enrolment::seats_taken(tx, activity_id).await?;
        let waiting = enrolment::waitlist(tx, activity_id).await?;
        let mut promoted = Vec::new();
        for id in promote(act.capacity, taken, &waiting) {
            enrolment::set_status(tx, &id, EnrolmentStatus::Enrolled, None, at).await?;
            let e = enrolment::get(tx, &id).await?;
            let name = person::get(tx, &e.person_id).await?.display_name();
            let summary = format!("promoted {name} from the waitlist of \"{title}\" after {because}");
            self.audit(tx, at, "enrolment.promote", "enrolment", Some(&id), summary).await?;
            promoted.push(e);
        }
        Ok(promoted)
    }

    /// Moves an activity along its lifecycle; a cancellation keeps its reason.
    pub async fn activity_set_status(
        &self,
        id: &str,
        status: ActivityStatus,
        reason: Option<&str>,
    ) -> Result<Activity> {
        self.may(Action::PlanEdit)?;
        let reason = validate::optional("reason", reason)?;
        let mut tx = self.store.begin().await?;
        let old = store::get(&mut tx, &validate::id("activity", id)?).await?;
        lifecycle::check(old.status, status, reason.as_deref())?;
        let kept = if status == ActivityStatus::Cancelled { reason.as_deref() } else { None };
        let at = now();
        store::set_status(&mut tx, &old.id, status, kept, at).await?;
        let why = kept.map(|r| format!(": {r}")).unwrap_or_default();
        let summary = format!("\"{}\" {} → {status}{why}", old.title, old.status);
        self.audit(&mut tx, at, "activity.status", "activity", Some(&old.id), summary).await?;
        let a = store::get(&mut tx, &old.id).await?;
        tx.commit().await?;
        Ok(a)
    }

    pub async fn activity_list(&self, filter: &ActivityFilter) -> Result<Vec<Activity>> {
        self.may(Action::Read)?;
        let f = filter.validated()?;
        Ok(store::list(&mut *self.store.read().await?, &f).await?)
    }

    pub async fn activity_get(&self, id: &str) -> Result<ActivityDetail> {
        self.may(Action::Read)?;
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
        let waiting = enrolment::waitlist(&mut c, &activity.id).await?;
        let waitlist = promote(None, 0, &waiting);
        Ok(ActivityDetail { activity, host, partners, sessions, enrolments, seats_taken, waitlist })
    }
}
