//! `malaka trainer …`: trainers, staff (a person on the register) or external.

use clap::Subcommand;
use malaka_api::core::model::NewTrainer;
use malaka_api::{Error, Malaka};

use crate::output::{emit, opt, table};

#[derive(Subcommand, Debug)]
pub(crate) enum TrainerCmd {
    Add {
        /// A person on the register (id).
        #[arg(long)]
        person: Option<String>,
        /// An external trainer's name.
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        affiliation: Option<String>,
        #[arg(long)]
        expertise: Option<String>,
    },
    List,
}

pub(crate) async fn trainer(app: &Malaka, cmd: TrainerCmd, json: bool) -> Result<(), Error> {
    match cmd {
        TrainerCmd::Add { person, name, affiliation, expertise } => {
            let t = app.trainer_create(NewTrainer { person_id: person, name, affiliation, expertise }).await?;
            emit(json, &t, |t| format!("added trainer {} ({})", t.name, t.id));
        }
        TrainerCmd::List => {
            let list = app.trainer_list().await?;
            emit(json, &list, |l| {
                let rows = l
                    .iter()
                    .map(|t| vec![t.id.clone(), t.name.clone(), opt(&t.affiliation), opt(&t.expertise)])
                    .collect();
                table(&["id", "name", "affiliation", "expertise"], rows)
            });
        }
    }
    Ok(())
}
