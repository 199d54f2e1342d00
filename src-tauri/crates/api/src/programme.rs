//! The programme catalogue.

use malaka_core::model::{NewProgramme, Programme};
use malaka_store::{WriteTx, programme as store};

use crate::{Malaka, Result, new_id, now};

impl Malaka {
    pub async fn programme_create(&self, input: NewProgramme) -> Result<Programme> {
        let mut tx = self.store.begin().await?;
        let p = self.programme_create_in(&mut tx, input).await?;
        tx.commit().await?;
        Ok(p)
    }

    pub(crate) async fn programme_create_in(&self, tx: &mut WriteTx, input: NewProgramme) -> Result<Programme> {
        let p = input.validated()?;
        let programme = Programme {
            id: new_id(),
            code: p.code,
            title: p.title,
            objectives: p.objectives,
            planned_hours: p.planned_hours,
            language: p.language,
            archived: false,
        };
        let at = now();
        store::insert(tx, &programme, at).await?;
        let summary = format!("added programme {} {}", programme.code, programme.title);
        self.audit(tx, at, "programme.create", "programme", Some(&programme.id), summary).await?;
        Ok(programme)
    }

    pub async fn programme_list(&self, include_archived: bool) -> Result<Vec<Programme>> {
        Ok(store::list(&mut *self.store.read().await?, include_archived).await?)
    }
}
