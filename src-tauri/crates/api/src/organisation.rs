//! Organisations: the agency, its centres and units, partner agencies abroad.

use malaka_core::Reason;
use malaka_core::access::Action;
use malaka_core::model::{NewOrganisation, Organisation};
use malaka_store::{WriteTx, organisation as store};

use crate::{Error, Malaka, Result, new_id, now};

impl Malaka {
    pub async fn organisation_create(&self, input: NewOrganisation) -> Result<Organisation> {
        self.may(Action::OrganisationEdit)?;
        let mut tx = self.store.begin().await?;
        let org = self.organisation_create_in(&mut tx, input).await?;
        tx.commit().await?;
        Ok(org)
    }

    pub(crate) async fn organisation_create_in(
        &self,
        tx: &mut WriteTx,
        input: NewOrganisation,
    ) -> Result<Organisation> {
        let o = input.validated()?;
        if let Some(parent) = &o.parent_id {
            store::get(tx, parent).await?;
        }
        let (id, at) = (new_id(), now());
        store::insert(tx, &id, &o, at).await?;
        self.audit(
            tx,
            at,
            "organisation.create",
            "organisation",
            Some(&id),
            format!("created {} ({})", o.name, o.kind),
        )
        .await?;
        Ok(store::get(tx, &id).await?)
    }

    /// Replaces an organisation's details and, with a new `parent_id`, moves it (with its units
    /// and people) in the tree; never under itself or one of its own units.
    pub async fn organisation_update(&self, id: &str, input: NewOrganisation) -> Result<Organisation> {
        self.may(Action::OrganisationEdit)?;
        let id = malaka_core::validate::id("organisation", id)?;
        let o = input.validated()?;
        let mut tx = self.store.begin().await?;
        let before = store::get(&mut tx, &id).await?;
        if let Some(parent) = &o.parent_id {
            store::get(&mut tx, parent).await?;
            if store::is_within(&mut tx, &id, parent).await? {
                return Err(Error::invalid("parent", Reason::ParentWithin { organisation: before.name }));
            }
        }
        let at = now();
        store::update(&mut tx, &id, &o, at).await?;
        let moved = if before.parent_id != o.parent_id { ", moved" } else { "" };
        let summary = format!("edited {} (was {}){moved}", o.name, before.name);
        self.audit(&mut tx, at, "organisation.update", "organisation", Some(&id), summary).await?;
        let after = store::get(&mut tx, &id).await?;
        tx.commit().await?;
        Ok(after)
    }

    pub async fn organisation_list(&self) -> Result<Vec<Organisation>> {
        self.may(Action::Read)?;
        Ok(store::list(&mut *self.store.read().await?).await?)
    }

    pub async fn organisation_get(&self, id: &str) -> Result<Organisation> {
        self.may(Action::Read)?;
        Ok(store::get(&mut *self.store.read().await?, id).await?)
    }

    /// Resolves what a user typed for an organisation: its id or short code.
    pub async fn organisation_find(&self, key: &str) -> Result<Organisation> {
        self.may(Action::Read)?;
        store::find(&mut *self.store.read().await?, key)
            .await?
            .ok_or_else(|| Error::NotFound { entity: "organisation", id: key.trim().into() })
    }
}
