//! Sessions: planned with a conflict check across trainers, venues and enrolled people.

use chrono::{DateTime, Utc};
use malaka_core::model::{NewSession, Session};
use malaka_core::schedule::{Claim, Resource, conflicts};
use malaka_store::{Conn, WriteTx, activity, person, session as store, trainer, venue};

use crate::error::NamedConflict;
use crate::{Error, Malaka, Result, new_id, now};

impl Malaka {
    /// Adds a session. A clash with another session is refused, naming both, unless
    /// `allow_conflict` is set; an allowed clash is recorded in the audit log.
    pub async fn session_create(&self, input: NewSession, allow_conflict: bool) -> Result<Session> {
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
        let activity_id = malaka_core::validate::id("activity", &input.activity_id)?;
        let act = activity::get(tx, &activity_id).await?;
        let venue_id = input.venue_id.as_deref().or(act.venue_id.as_deref());
        let venue = match venue_id {
            Some(v) => Some(venue::get(tx, &malaka_core::validate::id("venue", v)?).await?),
            None => None,
        };
        let zone = match (&input.time_zone, &venue) {
            (Some(z), _) => z.clone(),
            (None, Some(v)) => v.time_zone.clone(),
            (None, None) => return Err(Error::invalid("time_zone", "is required when the session has no venue")),
        };
        let mut s = input.validated(&zone)?;
        s.venue_id = venue.map(|v| v.id);
        if s.starts_local.date() < act.starts_on || s.ends_local.date() > act.ends_on {
            return Err(Error::invalid(
                "start",
                format!("the session falls outside the activity's dates {}–{}", act.starts_on, act.ends_on),
            ));
        }
        for t in &s.trainer_ids {
            trainer::get(tx, t).await?;
        }
        let id = new_id();
        let candidate = Claim {
            session_id: id.clone(),
            label: format!("{}, {} ({})", act.title, s.starts_local.format("%Y-%m-%d %H:%M"), s.time_zone),
            starts_utc: s.starts_utc,
            ends_utc: s.ends_utc,
            venue_id: s.venue_id.clone(),
            trainer_ids: s.trainer_ids.clone(),
            person_ids: store::activity_people(tx, &act.id).await?,
        };
        let found = self.named_conflicts(tx, &candidate, s.starts_utc, s.ends_utc).await?;
        if !found.is_empty() && !allow_conflict {
            return Err(Error::ScheduleConflict(found));
        }
        let at = now();
        store::insert(tx, &id, &s, at).await?;
        self.audit(tx, at, "session.create", "session", Some(&id), format!("scheduled {}", candidate.label)).await?;
        if !found.is_empty() {
            let what: Vec<String> = found.iter().map(ToString::to_string).collect();
            let summary = format!("saved despite a conflict: {}", what.join("; "));
            self.audit(tx, at, "session.conflict_override", "session", Some(&id), summary).await?;
        }
        Ok(store::get(tx, &id).await?)
    }

    async fn named_conflicts(
        &self,
        conn: &mut Conn,
        candidate: &Claim,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
    ) -> Result<Vec<NamedConflict>> {
        let others = store::overlapping_claims(conn, start, end, None, &candidate.person_ids).await?;
        let mut named = Vec::new();
        for conflict in conflicts(candidate, &others) {
            let resource_name = match &conflict.resource {
                Resource::Venue(id) => format!("venue {}", venue::get(conn, id).await?.name),
                Resource::Trainer(id) => format!("trainer {}", trainer::get(conn, id).await?.name),
                Resource::Person(id) => person::get(conn, id).await?.display_name(),
            };
            named.push(NamedConflict { conflict, resource_name });
        }
        Ok(named)
    }

    pub async fn session_list_for_activity(&self, activity_id: &str) -> Result<Vec<Session>> {
        let mut c = self.store.read().await?;
        activity::get(&mut c, activity_id.trim()).await?;
        Ok(store::list_for_activity(&mut c, activity_id.trim()).await?)
    }

    /// Sessions starting in `[from, to)` across all activities (the calendar's query).
    pub async fn session_list_between(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<Session>> {
        if to <= from {
            return Err(Error::invalid("to", "must be after from"));
        }
        Ok(store::list_between(&mut *self.store.read().await?, from, to, limit.clamp(1, 100_000)).await?)
    }
}
