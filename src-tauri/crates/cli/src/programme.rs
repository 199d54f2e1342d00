//! `malaka programme …`: the programme catalogue activities are planned from.

use clap::{Args, Subcommand};
use malaka_api::core::model::{NewProgramme, Programme};
use malaka_api::{Error, Malaka};

use crate::output::{emit, table};

#[derive(Args, Debug)]
pub(crate) struct ProgrammeFields {
    #[arg(long)]
    pub code: String,
    #[arg(long)]
    pub title: String,
    #[arg(long)]
    pub hours: f64,
    /// uz-Latn, uz-Cyrl, ru, az or en.
    #[arg(long)]
    pub language: String,
    #[arg(long)]
    pub objectives: Option<String>,
}

#[derive(Subcommand, Debug)]
pub(crate) enum ProgrammeCmd {
    Add(ProgrammeFields),
    /// Replace a programme's fields (id or code).
    Edit {
        id: String,
        #[command(flatten)]
        fields: ProgrammeFields,
    },
    /// Archive a programme: no new activities from it.
    Archive {
        id: String,
    },
    /// Bring an archived programme back.
    Restore {
        id: String,
    },
    List {
        /// Include archived programmes.
        #[arg(long)]
        all: bool,
    },
}

fn programme_input(f: ProgrammeFields) -> NewProgramme {
    NewProgramme {
        code: f.code,
        title: f.title,
        objectives: f.objectives,
        planned_hours: f.hours,
        language: f.language,
    }
}

pub(crate) async fn programme(app: &Malaka, cmd: ProgrammeCmd, json: bool) -> Result<(), Error> {
    let show = |p: &Programme| {
        format!("programme {} {} ({}){}", p.code, p.title, p.id, if p.archived { ", archived" } else { "" })
    };
    match cmd {
        ProgrammeCmd::Add(f) => {
            emit(json, &app.programme_create(programme_input(f)).await?, |p| format!("added {}", show(p)))
        }
        ProgrammeCmd::Edit { id, fields } => {
            emit(json, &app.programme_update(&id, programme_input(fields)).await?, |p| format!("edited {}", show(p)))
        }
        ProgrammeCmd::Archive { id } => emit(json, &app.programme_archive(&id, true).await?, |p| show(p)),
        ProgrammeCmd::Restore { id } => emit(json, &app.programme_archive(&id, false).await?, |p| show(p)),
        ProgrammeCmd::List { all } => {
            let list = app.programme_list(all).await?;
            emit(json, &list, |l| {
                let rows = l
                    .iter()
                    .map(|p| {
                        let state = if p.archived { "archived" } else { "" };
                        vec![
                            p.code.clone(),
                            p.title.clone(),
                            p.planned_hours.to_string(),
                            p.language.clone(),
                            state.into(),
                        ]
                    })
                    .collect();
                table(&["code", "title", "hours", "language", ""], rows)
            });
        }
    }
    Ok(())
}
