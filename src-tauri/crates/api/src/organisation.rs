//! Organisations: the agency, its centres and units, partner agencies abroad.

use malaka_core::model::{NewOrganisation, Organisation};
use malaka_store::{WriteTx, organisation as store};

use crate::{Error, Malaka, Result, new_id, now};

impl Malaka {
    pub async fn organisation_create(&self, input: NewOrganisation) -> Result<Organisation> {
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

    pub async fn organisation_list(&self) -> Result<Vec<Organisation>> {
        Ok(store::list(&mut *self.store.read().await?).await?)
    }

    pub async fn organisation_get(&self, id: &str) -> Result<Organisation> {
        Ok(store::get(&mut *self.store.read().await?, id).await?)
    }

    /// Resolves what a user typed for an organisation: its id or short code.
    pub async fn organisation_find(&self, key: &str) -> Result<Organisation> {
        store::find(&mut *self.store.read().await?, key)
            .await?
            .ok_or_else(|| Error::NotFound { entity: "organisation", id: key.trim().into() })
    }
}
