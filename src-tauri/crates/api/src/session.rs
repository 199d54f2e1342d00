//! Sessions: planned one by one or by a recurrence, moved, resized and cancelled, each checked
//! for clashes across trainers, venues and enrolled people before it is saved.

use chrono::{DateTime, Utc};
use malaka_core::Reason;
use malaka_core::access::Action;
use malaka_core::model::{Activity, ActivityStatus, NewSession, Session, SessionStatus, ValidSession};
use malaka_core::recurrence::{Occurrence, SessionPlan};
use malaka_core::schedule::{Claim, Resource, conflicts};
use malaka_core::validate;
use malaka_store::{Conn, WriteTx, activity, person, session as store, trainer, venue};
use serde::Serialize;

use crate::error::NamedConflict;
use crate::{Error, Malaka, Result, new_id, now};

/// What a plan would create, and every clash it would cause.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct PlanPreview {
    pub occurrences: Vec<Occurrence>,
    pub conflicts: Vec<NamedConflict>,
}

/// A session ready to store: its id, what it holds, and what it claims.
struct Planned {
    id: String,
    session: ValidSession,
    claim: Claim,
}

impl Malaka {
    /// Adds one session. A clash with another session is refused, naming both, unless
    /// `allow_conflict` is set; an allowed clash is recorded in the audit log.
    pub async fn session_create(&self, input: NewSession, allow_conflict: bool) -> Result<Session> {
        self.may(Action::PlanEdit)?;
        let mut tx = self.store.begin().await?;
        let s = self.session_create_in(&mut tx, &input, allow_conflict).await?;
        tx.commit().await?;
        Ok(s)
    }

    pub(crate) async fn session_create_in(
        &self,
        tx: &mut WriteTx,
        input: &NewSession,
        allow_conflict: bool,
    ) -> Result<Session> {
        let act = activity::get(tx, &validate::id("activity", &input.activity_id)?).await?;
        let planned = self.planned(tx, &act, input).await?;
        let found = self.named_conflicts(tx, &planned.claim, None).await?;
        self.store_planned(tx, &planned, &found, allow_conflict).await?;
        Ok(store::get(tx, &planned.id).await?)
    }

    /// The sessions a plan would create and the clashes they would cause; nothing is written.
    pub async fn session_plan_check(&self, plan: &SessionPlan) -> Result<PlanPreview> {
        self.may(Action::PlanEdit)?;
        let mut c = self.store.read().await?;
        let (planned, found) = self.plan_in(&mut c, plan).await?;
        let occurrences = planned
            .iter()
            .map(|p| Occurrence { starts_local: p.session.starts_local, ends_local: p.session.ends_local })
            .collect();
        Ok(PlanPreview { occurrences, conflicts: found.into_iter().flatten().collect() })
    }

    /// Creates the plan's sessions, all or nothing. Clashes are refused unless `allow_conflict`;
    /// each allowed clash is written to the audit log.
    pub async fn session_plan(&self, plan: &SessionPlan, allow_conflict: bool) -> Result<Vec<Session>> {
        self.may(Action::PlanEdit)?;
        let mut tx = self.store.begin().await?;
        let (planned, found) = self.plan_in(&mut tx, plan).await?;
        let all: Vec<NamedConflict> = found.iter().flatten().cloned().collect();
        if !all.is_empty() && !allow_conflict {
            return Err(Error::ScheduleConflict(all));
        }
        let mut out = Vec::with_capacity(planned.len());
        for (p, clashes) in planned.iter().zip(&found) {
            self.store_planned(&mut tx, p, clashes, true).await?;
            out.push(store::get(&mut tx, &p.id).await?);
        }
        tx.commit().await?;
        Ok(out)
    }

    async fn plan_in(&self, conn: &mut Conn, plan: &SessionPlan) -> Result<(Vec<Planned>, Vec<Vec<NamedConflict>>)> {
        let act = activity::get(conn, &validate::id("activity", &plan.activity_id)?).await?;
        let mut planned = Vec::new();
        let mut found = Vec::new();
        for input in plan.sessions()? {
            let p = self.planned(conn, &act, &input).await?;
            found.push(self.named_conflicts(conn, &p.claim, None).await?);
            planned.push(p);
        }
        Ok((planned, found))
    }

    /// Validates a session of `act`: its zone (given, or the venue's), its dates inside the
    /// activity's, its trainers; and names what it claims.
    async fn planned(&self, conn: &mut Conn, act: &Activity, input: &NewSession) -> Result<Planned> {
        if act.status == ActivityStatus::Cancelled {
            return Err(Error::Refused(Reason::ActivityCancelled { title: act.title.clone() }));
        }
        let venue_id = input.venue_id.as_deref().filter(|v| !v.trim().is_empty()).or(act.venue_id.as_deref());
        let venue = match venue_id {
            Some(v) => Some(venue::get(conn, &validate::id("venue", v)?).await?),
            None => None,
        };
        let zone = match (input.time_zone.as_deref().filter(|z| !z.trim().is_empty()), &venue) {
            (Some(z), _) => z.to_owned(),
            (None, Some(v)) => v.time_zone.clone(),
            (None, None) => return Err(Error::invalid("time_zone", Reason::TimeZoneWithoutVenue)),
        };
        let mut s = input.validated(&zone)?;
        s.venue_id = venue.map(|v| v.id);
        self.within_activity(act, &s)?;
        for t in &s.trainer_ids {
            trainer::get(conn, t).await?;
        }
        let id = new_id();
        let claim = self.claim(conn, act, &id, &s).await?;
        Ok(Planned { id, session: s, claim })
    }

    fn within_activity(&self, act: &Activity, s: &ValidSession) -> Result<()> {
        if s.starts_local.date() < act.starts_on || s.ends_local.date() > act.ends_on {
            let when = s.starts_local.format("%Y-%m-%d");
            return Err(Error::invalid(
                "start",
                Reason::OutsideActivityDates {
                    when: when.to_string(),
                    from: act.starts_on.to_string(),
                    to: act.ends_on.to_string(),
                },
            ));
        }
        Ok(())
    }

    async fn claim(&self, conn: &mut Conn, act: &Activity, id: &str, s: &ValidSession) -> Result<Claim> {
        Ok(Claim {
            session_id: id.to_owned(),
            label: format!("{}, {} ({})", act.title, s.starts_local.format("%Y-%m-%d %H:%M"), s.time_zone),
            starts_utc: s.starts_utc,
            ends_utc: s.ends_utc,
            venue_id: s.venue_id.clone(),
            trainer_ids: s.trainer_ids.clone(),
            person_ids: store::activity_people(conn, &act.id).await?,
        })
    }

    async fn store_planned(
        &self,
        tx: &mut WriteTx,
        p: &Planned,
        found: &[NamedConflict],
        allow_conflict: bool,
    ) -> Result<()> {
        if !found.is_empty() && !allow_conflict {
            return Err(Error::ScheduleConflict(found.to_vec()));
        }
        let at = now();
        store::insert(tx, &p.id, &p.session, at).await?;
        self.audit(tx, at, "session.create", "session", Some(&p.id), format!("scheduled {}", p.claim.label)).await?;
        self.audit_override(tx, at, &p.id, found).await
    }

    async fn audit_override(
        &self,
        tx: &mut WriteTx,
        at: DateTime<Utc>,
        id: &str,
        found: &[NamedConflict],
    ) -> Result<()> {
        if found.is_empty() {
            return Ok(());
        }
        let what: Vec<String> = found.iter().map(ToString::to_string).collect();
        let summary = format!("saved despite a conflict: {}", what.join("; "));
        self.audit(tx, at, "session.conflict_override", "session", Some(id), summary).await
    }

    async fn named_conflicts(
        &self,
        conn: &mut Conn,
        candidate: &Claim,
        exclude: Option<&str>,
    ) -> Result<Vec<NamedConflict>> {
        let others =
            store::overlapping_claims(conn, candidate.starts_utc, candidate.ends_utc, exclude, &candidate.person_ids)
                .await?;
        let mut named = Vec::new();
        for conflict in conflicts(candidate, &others) {
            let resource_name = match &conflict.resource {
                Resource::Venue(id) => venue::get(conn, id).await?.name,
                Resource::Trainer(id) => trainer::get(conn, id).await?.name,
                Resource::Person(id) => person::get(conn, id).await?.display_name(),
            };
            named.push(NamedConflict { conflict, resource_name });
        }
        Ok(named)
    }

    /// The session moved to new wall times in its own zone, validated, with what it would claim.
    async fn moved(
        &self,
        conn: &mut Conn,
        id: &str,
        starts_local: &str,
        ends_local: &str,
    ) -> Result<(Session, Planned)> {
        let old = store::get(conn, &validate::id("session", id)?).await?;
        if old.status == SessionStatus::Cancelled {
            return Err(Error::Refused(Reason::CancelledSessionCannotMove));
        }
        let act = activity::get(conn, &old.activity_id).await?;
        let input = NewSession {
            activity_id: old.activity_id.clone(),
            title: old.title.clone(),
            starts_local: starts_local.to_owned(),
            ends_local: ends_local.to_owned(),
            time_zone: Some(old.time_zone.clone()),
            venue_id: old.venue_id.clone(),
            trainer_ids: old.trainer_ids.clone(),
        };
        let s = input.validated(&old.time_zone)?;
        self.within_activity(&act, &s)?;
        let claim = self.claim(conn, &act, &old.id, &s).await?;
        Ok((old.clone(), Planned { id: old.id, session: s, claim }))
    }

    /// The clashes a move or resize would cause; nothing is written.
    pub async fn session_move_check(
        &self,
        id: &str,
        starts_local: &str,
        ends_local: &str,
    ) -> Result<Vec<NamedConflict>> {
        self.may(Action::PlanEdit)?;
        let mut c = self.store.read().await?;
        let (old, p) = self.moved(&mut c, id, starts_local, ends_local).await?;
        self.named_conflicts(&mut c, &p.claim, Some(&old.id)).await
    }

    /// Moves or resizes a session (wall times in its zone). Clashes are refused unless
    /// `allow_conflict`, which the audit log records.
    pub async fn session_move(
        &self,
        id: &str,
        starts_local: &str,
        ends_local: &str,
        allow_conflict: bool,
    ) -> Result<Session> {
        self.may(Action::PlanEdit)?;
        let mut tx = self.store.begin().await?;
        let (old, p) = self.moved(&mut tx, id, starts_local, ends_local).await?;
        let found = self.named_conflicts(&mut tx, &p.claim, Some(&old.id)).await?;
        if !found.is_empty() && !allow_conflict {
            return Err(Error::ScheduleConflict(found));
        }
        let at = now();
        store::set_times(&mut tx, &old.id, &p.session).await?;
        let fmt = "%Y-%m-%d %H:%M";
        let summary = format!(
            "moved {} from {}–{} to {}–{} ({})",
            p.claim.label,
            old.starts_local.format(fmt),
            old.ends_local.format("%H:%M"),
            p.session.starts_local.format(fmt),
            p.session.ends_local.format("%H:%M"),
            old.time_zone
        );
        self.audit(&mut tx, at, "session.move", "session", Some(&old.id), summary).await?;
        self.audit_override(&mut tx, at, &old.id, &found).await?;
        let s = store::get(&mut tx, &old.id).await?;
        tx.commit().await?;
        Ok(s)
    }

    /// Cancels one session; the reason is required and kept.
    pub async fn session_cancel(&self, id: &str, reason: &str) -> Result<Session> {
        self.may(Action::PlanEdit)?;
        let reason = validate::required("reason", reason)?;
        let mut tx = self.store.begin().await?;
        let old = store::get(&mut tx, &validate::id("session", id)?).await?;
        if old.status == SessionStatus::Cancelled {
            return Err(Error::Refused(Reason::SessionAlreadyCancelled));
        }
        let act = activity::get(&mut tx, &old.activity_id).await?;
        store::cancel(&mut tx, &old.id, &reason).await?;
        let when = old.starts_local.format("%Y-%m-%d %H:%M");
        let summary = format!("cancelled the session of \"{}\" on {when} ({}): {reason}", act.title, old.time_zone);
        self.audit(&mut tx, now(), "session.cancel", "session", Some(&old.id), summary).await?;
        let s = store::get(&mut tx, &old.id).await?;
        tx.commit().await?;
        Ok(s)
    }

    pub async fn session_list_for_activity(&self, activity_id: &str) -> Result<Vec<Session>> {
        self.may(Action::Read)?;
        let mut c = self.store.read().await?;
        activity::get(&mut c, activity_id.trim()).await?;
        Ok(store::list_for_activity(&mut c, activity_id.trim()).await?)
    }

    /// Sessions starting in `[from, to)` across all activities.
    pub async fn session_list_between(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<Session>> {
        self.may(Action::Read)?;
        if to <= from {
            return Err(Error::invalid("to", Reason::EndNotAfterStart));
        }
        Ok(store::list_between(&mut *self.store.read().await?, from, to, limit.clamp(1, 100_000)).await?)
    }
}
