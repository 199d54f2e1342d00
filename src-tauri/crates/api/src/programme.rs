//! The programme catalogue.

use malaka_core::access::Action;
use malaka_core::model::{NewProgramme, Programme};
use malaka_store::{WriteTx, programme as store};

use crate::{Malaka, Result, new_id, now};

impl Malaka {
    pub async fn programme_create(&self, input: NewProgramme) -> Result<Programme> {
        self.may(Action::PlanEdit)?;
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
        self.may(Action::Read)?;
        Ok(store::list(&mut *self.store.read().await?, include_archived).await?)
    }
}

impl Malaka {
    /// Edits a programme's catalogue entry; activities already planned from it keep their copy.
    pub async fn programme_update(&self, id: &str, input: NewProgramme) -> Result<Programme> {
        self.may(Action::PlanEdit)?;
        let p = input.validated()?;
        let mut tx = self.store.begin().await?;
        let old = store::get(&mut tx, id.trim()).await?;
        let programme = Programme {
            id: old.id,
            code: p.code,
            title: p.title,
            objectives: p.objectives,
            planned_hours: p.planned_hours,
            language: p.language,
            archived: old.archived,
        };
        let at = now();
        store::update(&mut tx, &programme, at).await?;
        let summary = format!("edited programme {} {}", programme.code, programme.title);
        self.audit(&mut tx, at, "programme.update", "programme", Some(&programme.id), summary).await?;
        tx.commit().await?;
        Ok(programme)
    }

    /// Archives a programme (no new activities from it) or brings it back.
    pub async fn programme_archive(&self, id: &str, archived: bool) -> Result<Programme> {
        self.may(Action::PlanEdit)?;
        let mut tx = self.store.begin().await?;
        let old = store::get(&mut tx, id.trim()).await?;
        let at = now();
        store::set_archived(&mut tx, &old.id, archived, at).await?;
        let (action, verb) =
            if archived { ("programme.archive", "archived") } else { ("programme.restore", "restored") };
        self.audit(&mut tx, at, action, "programme", Some(&old.id), format!("{verb} programme {}", old.code)).await?;
        let p = store::get(&mut tx, &old.id).await?;
        tx.commit().await?;
        Ok(p)
    }
}
