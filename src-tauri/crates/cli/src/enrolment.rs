//! `malaka enrol|approve|decline|waitlist …`: enrolment, from nomination through approval to the
//! waitlist.

use clap::{Args, Subcommand};
use malaka_api::core::model::{Enrolment, EnrolmentRole, EnrolmentStatus};
use malaka_api::{Error, Malaka};

use crate::organisation::org_id;
use crate::output::{emit, table};

#[derive(Subcommand, Debug)]
pub(crate) enum EnrolCmd {
    /// Enrol a person directly: a seat if one is free, else the waitlist.
    Add {
        #[arg(long)]
        activity: String,
        #[arg(long)]
        person: String,
        /// participant, trainer, speaker, delegate or intern.
        #[arg(long, default_value = "participant")]
        role: String,
    },
    /// Nominate people (or a whole unit) for a manager's approval.
    Nominate {
        #[arg(long)]
        activity: String,
        /// Person id; repeat for several.
        #[arg(long, required_unless_present = "unit")]
        person: Vec<String>,
        /// Everyone in this organisation unit and the units under it (id or short code).
        #[arg(long)]
        unit: Option<String>,
        #[arg(long, default_value = "participant")]
        role: String,
    },
    /// Cancel an enrolment; the first on the waitlist moves up.
    Cancel {
        #[arg(long)]
        activity: String,
        #[arg(long)]
        person: String,
        #[arg(long)]
        reason: Option<String>,
    },
    /// Who is in an activity.
    List {
        #[arg(long)]
        activity: String,
    },
}

// `approve`, `decline` and `waitlist` are top-level commands (`malaka approve …`), hence their own
// argument structs rather than variants of `EnrolCmd`.

#[derive(Args, Debug)]
pub(crate) struct ApproveArgs {
    #[arg(long)]
    pub activity: String,
    /// Person id; repeat for several.
    #[arg(long, required_unless_present = "all")]
    pub person: Vec<String>,
    /// Every nomination awaiting approval.
    #[arg(long)]
    pub all: bool,
}

#[derive(Args, Debug)]
pub(crate) struct DeclineArgs {
    #[arg(long)]
    pub activity: String,
    /// Person id; repeat for several.
    #[arg(long, required = true)]
    pub person: Vec<String>,
    #[arg(long)]
    pub reason: String,
}

#[derive(Args, Debug)]
pub(crate) struct WaitlistArgs {
    #[arg(long)]
    pub activity: String,
}

pub(crate) async fn enrol(app: &Malaka, cmd: EnrolCmd, json: bool) -> Result<(), Error> {
    match cmd {
        EnrolCmd::Add { activity, person, role } => {
            let e = app.enrolment_create(&activity, &person, EnrolmentRole::parse("role", &role)?).await?;
            emit(json, &e, |e| format!("{} as {} ({})", e.status, e.role, e.id));
        }
        EnrolCmd::Nominate { activity, person, unit, role } => {
            let role = EnrolmentRole::parse("role", &role)?;
            let r = match unit {
                Some(u) => app.enrolment_nominate_unit(&activity, &org_id(app, &u).await?, role).await?,
                None => app.enrolment_nominate(&activity, &person, role).await?,
            };
            emit(json, &r, |r| {
                let mut out = vec![format!("nominated {}", r.nominated.len())];
                out.extend(r.skipped.iter().map(|s| format!("already in: {} ({})", s.person_name, s.status)));
                out.join("\n")
            });
        }
        EnrolCmd::Cancel { activity, person, reason } => {
            let e = app.enrolment_find(&activity, &person).await?;
            let c = app.enrolment_cancel(&e.id, reason.as_deref()).await?;
            emit(json, &c, |c| {
                let mut out = vec![format!("cancelled enrolment {}", c.cancelled.id)];
                out.extend(c.promoted.iter().map(|p| format!("promoted from the waitlist: person {}", p.person_id)));
                out.join("\n")
            });
        }
        EnrolCmd::List { activity } => {
            let d = app.activity_get(&activity).await?;
            emit(json, &d.enrolments, |es| {
                let rows = es
                    .iter()
                    .map(|e| {
                        vec![
                            e.enrolment.person_id.clone(),
                            e.person_name.clone(),
                            e.enrolment.role.to_string(),
                            e.enrolment.status.to_string(),
                        ]
                    })
                    .collect();
                table(&["person", "name", "role", "status"], rows)
            });
        }
    }
    Ok(())
}

/// The enrolment ids of these people in an activity.
async fn enrolments_of(app: &Malaka, activity: &str, people: &[String]) -> Result<Vec<String>, Error> {
    let mut ids = Vec::new();
    for p in people {
        ids.push(app.enrolment_find(activity, p).await?.id);
    }
    Ok(ids)
}

fn enrolments_text(list: &[Enrolment]) -> String {
    let seats = list.iter().filter(|e| e.status == EnrolmentStatus::Enrolled).count();
    let waiting = list.iter().filter(|e| e.status == EnrolmentStatus::Waitlisted).count();
    format!("{} approved: {seats} with a seat, {waiting} on the waitlist", list.len())
}

pub(crate) async fn approve(
    app: &Malaka,
    ApproveArgs { activity, person, all }: ApproveArgs,
    json: bool,
) -> Result<(), Error> {
    let ids = if all {
        let d = app.activity_get(&activity).await?;
        let mut waiting: Vec<_> =
            d.enrolments.iter().filter(|e| e.enrolment.status == EnrolmentStatus::Nominated).collect();
        waiting.sort_by_key(|e| e.enrolment.created_at);
        waiting.iter().map(|e| e.enrolment.id.clone()).collect()
    } else {
        enrolments_of(app, &activity, &person).await?
    };
    let list = app.enrolment_approve(&ids).await?;
    emit(json, &list, |l| enrolments_text(l));
    Ok(())
}

pub(crate) async fn decline(
    app: &Malaka,
    DeclineArgs { activity, person, reason }: DeclineArgs,
    json: bool,
) -> Result<(), Error> {
    let ids = enrolments_of(app, &activity, &person).await?;
    let list = app.enrolment_decline(&ids, &reason).await?;
    emit(json, &list, |l| format!("declined {}", l.len()));
    Ok(())
}

pub(crate) async fn waitlist(app: &Malaka, WaitlistArgs { activity }: WaitlistArgs, json: bool) -> Result<(), Error> {
    let d = app.activity_get(&activity).await?;
    let lines: Vec<_> =
        d.waitlist.iter().filter_map(|id| d.enrolments.iter().find(|e| &e.enrolment.id == id)).collect();
    emit(json, &lines, |l| {
        let rows = l
            .iter()
            .enumerate()
            .map(|(i, e)| vec![(i + 1).to_string(), e.enrolment.person_id.clone(), e.person_name.clone()])
            .collect();
        table(&["#", "person", "name"], rows)
    });
    Ok(())
}
