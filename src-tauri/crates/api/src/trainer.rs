//! Trainers: staff from the register or external experts.

use malaka_core::Reason;
use malaka_core::access::Action;
use malaka_core::model::{NewTrainer, Trainer};
use malaka_store::{WriteTx, person, trainer as store};

use crate::{Error, Malaka, Result, new_id, now};

impl Malaka {
    pub async fn trainer_create(&self, input: NewTrainer) -> Result<Trainer> {
        self.may(Action::PlanEdit)?;
        let mut tx = self.store.begin().await?;
        let t = self.trainer_create_in(&mut tx, input).await?;
        tx.commit().await?;
        Ok(t)
    }

    pub(crate) async fn trainer_create_in(&self, tx: &mut WriteTx, input: NewTrainer) -> Result<Trainer> {
        let trainer = trainer_record(tx, new_id(), input.validated()?).await?;
        let at = now();
        store::insert(tx, &trainer, at).await?;
        self.audit(tx, at, "trainer.create", "trainer", Some(&trainer.id), format!("added trainer {}", trainer.name))
            .await?;
        Ok(trainer)
    }

    /// Replaces a trainer's details, with the same rules as adding one.
    pub async fn trainer_update(&self, id: &str, input: NewTrainer) -> Result<Trainer> {
        self.may(Action::PlanEdit)?;
        let id = malaka_core::validate::id("trainer", id)?;
        let t = input.validated()?;
        let mut tx = self.store.begin().await?;
        let before = store::get(&mut tx, &id).await?;
        let trainer = trainer_record(&mut tx, id.clone(), t).await?;
        store::update(&mut tx, &trainer).await?;
        let summary = format!("edited trainer {} (was {})", trainer.name, before.name);
        self.audit(&mut tx, now(), "trainer.update", "trainer", Some(&id), summary).await?;
        tx.commit().await?;
        Ok(trainer)
    }

    pub async fn trainer_list(&self) -> Result<Vec<Trainer>> {
        self.may(Action::Read)?;
        Ok(store::list(&mut *self.store.read().await?).await?)
    }
}

/// A trainer record from validated input, named as given or else after the staff member.
async fn trainer_record(tx: &mut WriteTx, id: String, t: NewTrainer) -> Result<Trainer> {
    let name = match (&t.person_id, t.name) {
        (_, Some(name)) => name,
        (Some(p), None) => person::get(tx, p).await?.display_name(),
        (None, None) => return Err(Error::invalid("name", Reason::ExternalTrainerNeedsName)),
    };
    Ok(Trainer { id, person_id: t.person_id, name, affiliation: t.affiliation, expertise: t.expertise })
}
