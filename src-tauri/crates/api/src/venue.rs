//! Venues, each with its own time zone.

use malaka_core::access::Action;
use malaka_core::model::{NewVenue, Venue};
use malaka_store::{WriteTx, venue as store};

use crate::{Malaka, Result, new_id, now};

impl Malaka {
    pub async fn venue_create(&self, input: NewVenue) -> Result<Venue> {
        self.may(Action::PlanEdit)?;
        let mut tx = self.store.begin().await?;
        let v = self.venue_create_in(&mut tx, input).await?;
        tx.commit().await?;
        Ok(v)
    }

    pub(crate) async fn venue_create_in(&self, tx: &mut WriteTx, input: NewVenue) -> Result<Venue> {
        let venue = venue_of(new_id(), input.validated()?);
        let at = now();
        store::insert(tx, &venue, at).await?;
        self.audit(
            tx,
            at,
            "venue.create",
            "venue",
            Some(&venue.id),
            format!("added venue {}, {}", venue.name, venue.city),
        )
        .await?;
        Ok(venue)
    }

    /// Replaces a venue's details; sessions already planned keep the time zone they were planned
    /// in, so a changed zone applies to sessions planned from now on.
    pub async fn venue_update(&self, id: &str, input: NewVenue) -> Result<Venue> {
        self.may(Action::PlanEdit)?;
        let id = malaka_core::validate::id("venue", id)?;
        let venue = venue_of(id.clone(), input.validated()?);
        let mut tx = self.store.begin().await?;
        let before = store::get(&mut tx, &id).await?;
        store::update(&mut tx, &venue).await?;
        let summary = format!("edited venue {} (was {}, {})", venue.name, before.name, before.city);
        self.audit(&mut tx, now(), "venue.update", "venue", Some(&id), summary).await?;
        tx.commit().await?;
        Ok(venue)
    }

    pub async fn venue_list(&self) -> Result<Vec<Venue>> {
        self.may(Action::Read)?;
        Ok(store::list(&mut *self.store.read().await?).await?)
    }
}

/// A venue record from validated input.
fn venue_of(id: String, v: NewVenue) -> Venue {
    Venue {
        id,
        name: v.name,
        address: v.address,
        city: v.city,
        country: v.country,
        time_zone: v.time_zone,
        capacity: v.capacity,
    }
}
