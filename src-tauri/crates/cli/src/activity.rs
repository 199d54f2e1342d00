//! `malaka activity …`: trainings, seminars, study visits, internships, round tables… planned,
//! edited, moved through their lifecycle, listed and shown.

use clap::{Args, Subcommand};
use malaka_api::activity::{ActivityDetail, ActivityFilter};
use malaka_api::core::model::{Activity, ActivityKind, ActivityStatus, NewActivity};
use malaka_api::{Error, Malaka};

use crate::organisation::org_id;
use crate::output::{emit, table};
use crate::session::sessions_table;

#[derive(Args, Debug)]
pub(crate) struct ActivityFields {
    /// training, seminar, workshop, round_table, conference, study_visit, internship, consultation.
    #[arg(long)]
    pub kind: String,
    /// Title (default: the programme's).
    #[arg(long, default_value = "")]
    pub title: String,
    /// First day, YYYY-MM-DD.
    #[arg(long)]
    pub from: String,
    /// Last day, YYYY-MM-DD.
    #[arg(long)]
    pub to: String,
    /// Host organisation (id or short code).
    #[arg(long)]
    pub host: String,
    /// Partner organisations (id or short code); repeat for several.
    #[arg(long)]
    pub partner: Vec<String>,
    /// Programme (id or code) it is planned from: title, hours and objectives carry over.
    #[arg(long)]
    pub programme: Option<String>,
    #[arg(long)]
    pub venue: Option<String>,
    #[arg(long)]
    pub capacity: Option<i64>,
    #[arg(long, default_value = "uz-Latn")]
    pub language: String,
    #[arg(long)]
    pub hours: Option<f64>,
    #[arg(long)]
    pub description: Option<String>,
}

#[derive(Subcommand, Debug)]
pub(crate) enum ActivityCmd {
    Add {
        #[command(flatten)]
        fields: ActivityFields,
        /// draft or planned (default planned).
        #[arg(long)]
        status: Option<String>,
    },
    /// Replace an activity's planned fields.
    Edit {
        id: String,
        #[command(flatten)]
        fields: ActivityFields,
    },
    /// Move an activity along draft → planned → confirmed → in_progress → completed, or cancel it.
    Status {
        id: String,
        status: String,
        /// Required to cancel.
        #[arg(long)]
        reason: Option<String>,
    },
    List {
        /// Activities still running on or after this day (YYYY-MM-DD).
        #[arg(long)]
        from: Option<String>,
        /// Activities starting on or before this day (YYYY-MM-DD).
        #[arg(long)]
        to: Option<String>,
        #[arg(long)]
        kind: Option<String>,
        #[arg(long)]
        status: Option<String>,
        /// Host or partner organisation (id or short code).
        #[arg(long)]
        org: Option<String>,
        #[arg(long)]
        venue: Option<String>,
        #[arg(long)]
        trainer: Option<String>,
        #[arg(long, default_value_t = 0)]
        limit: i64,
    },
    Show {
        id: String,
    },
}

async fn activity_input(app: &Malaka, f: ActivityFields, status: Option<String>) -> Result<NewActivity, Error> {
    let mut partner_org_ids = Vec::new();
    for p in &f.partner {
        partner_org_ids.push(org_id(app, p).await?);
    }
    Ok(NewActivity {
        kind: ActivityKind::parse("kind", &f.kind)?,
        title: f.title,
        programme_id: f.programme,
        status: status.map(|s| ActivityStatus::parse("status", &s)).transpose()?,
        starts_on: f.from,
        ends_on: f.to,
        host_org_id: org_id(app, &f.host).await?,
        partner_org_ids,
        venue_id: f.venue,
        capacity: f.capacity,
        language: f.language,
        planned_hours: f.hours,
        description: f.description,
    })
}

fn activities_table(list: &[Activity]) -> String {
    let rows = list
        .iter()
        .map(|a| {
            vec![
                a.id.clone(),
                a.kind.to_string(),
                a.status.to_string(),
                format!("{} – {}", a.starts_on, a.ends_on),
                a.title.clone(),
            ]
        })
        .collect();
    table(&["id", "kind", "status", "dates", "title"], rows)
}

fn activity_text(d: &ActivityDetail) -> String {
    let a = &d.activity;
    let cap = a.capacity.map(|c| format!("{}/{c}", d.seats_taken)).unwrap_or_else(|| d.seats_taken.to_string());
    let mut out = vec![
        format!("{} ({}, {})", a.title, a.kind, a.status),
        format!("  dates: {} – {}", a.starts_on, a.ends_on),
        format!("  host: {}", d.host),
    ];
    if let Some(r) = &a.cancel_reason {
        out.push(format!("  cancelled: {r}"));
    }
    if !d.partners.is_empty() {
        out.push(format!("  partners: {}", d.partners.join(", ")));
    }
    out.push(format!("  seats: {cap}, waitlist: {}", d.waitlist.len()));
    out.push(format!("  sessions: {}", d.sessions.len()));
    out.push(sessions_table(&d.sessions));
    out.push(format!("  people: {}", d.enrolments.len()));
    let rows = d
        .enrolments
        .iter()
        .map(|e| vec![e.person_name.clone(), e.enrolment.role.to_string(), e.enrolment.status.to_string()])
        .collect();
    out.push(table(&["name", "role", "status"], rows));
    out.join("\n")
}

pub(crate) async fn activity(app: &Malaka, cmd: ActivityCmd, json: bool) -> Result<(), Error> {
    match cmd {
        ActivityCmd::Add { fields, status } => {
            let a = app.activity_create(activity_input(app, fields, status).await?).await?;
            emit(json, &a, |a| format!("planned {} \"{}\" ({})", a.kind, a.title, a.id));
        }
        ActivityCmd::Edit { id, fields } => {
            let a = app.activity_update(&id, activity_input(app, fields, None).await?).await?;
            emit(json, &a, |a| format!("edited {} \"{}\" ({})", a.kind, a.title, a.id));
        }
        ActivityCmd::Status { id, status, reason } => {
            let a = app.activity_set_status(&id, ActivityStatus::parse("status", &status)?, reason.as_deref()).await?;
            emit(json, &a, |a| format!("\"{}\" is now {}", a.title, a.status));
        }
        ActivityCmd::List { from, to, kind, status, org, venue, trainer, limit } => {
            let filter = ActivityFilter {
                from,
                to,
                kind: kind.map(|k| ActivityKind::parse("kind", &k)).transpose()?,
                status: status.map(|s| ActivityStatus::parse("status", &s)).transpose()?,
                organisation_id: match org {
                    Some(o) => Some(org_id(app, &o).await?),
                    None => None,
                },
                venue_id: venue,
                trainer_id: trainer,
                limit,
            };
            let list = app.activity_list(&filter).await?;
            emit(json, &list, |l| activities_table(l));
        }
        ActivityCmd::Show { id } => emit(json, &app.activity_get(&id).await?, activity_text),
    }
    Ok(())
}
