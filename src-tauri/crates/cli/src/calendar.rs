//! `malaka calendar`: sessions as the planning calendar shows them, in the viewer's time zone; with
//! `--mobility`, the study visits and internships across the days.

use clap::Args;
use malaka_api::calendar::CalendarQuery;
use malaka_api::core::model::{ActivityKind, SpanOf};
use malaka_api::{Error, Malaka};

use crate::organisation::org_id;
use crate::output::{emit, table};

#[derive(Args, Debug)]
pub(crate) struct CalendarArgs {
    /// First day (YYYY-MM-DD), in --tz.
    #[arg(long)]
    pub from: String,
    /// Day after the last (YYYY-MM-DD), in --tz.
    #[arg(long)]
    pub to: String,
    /// The viewer's IANA time zone.
    #[arg(long, default_value = "Asia/Tashkent")]
    pub tz: String,
    /// Host or partner organisation (id or short code).
    #[arg(long)]
    pub org: Option<String>,
    #[arg(long)]
    pub trainer: Option<String>,
    #[arg(long)]
    pub venue: Option<String>,
    #[arg(long)]
    pub kind: Option<String>,
    #[arg(long)]
    pub limit: Option<i64>,
    /// List the study visits and internships across the days instead of the sessions.
    #[arg(long)]
    pub mobility: bool,
}

pub(crate) async fn calendar(app: &Malaka, a: CalendarArgs, json: bool) -> Result<(), Error> {
    let query = CalendarQuery {
        from: a.from,
        to: a.to,
        time_zone: a.tz,
        organisation_id: match a.org {
            Some(o) => Some(org_id(app, &o).await?),
            None => None,
        },
        trainer_id: a.trainer,
        venue_id: a.venue,
        kind: a.kind.map(|k| ActivityKind::parse("kind", &k)).transpose()?,
        limit: a.limit,
    };
    if a.mobility {
        return spans(app, &query, json).await;
    }
    let list = app.calendar(&query).await?;
    emit(json, &list, |l| {
        let rows = l
            .iter()
            .map(|e| {
                let s = &e.session;
                vec![
                    format!("{} – {}", s.starts_local.format("%a %Y-%m-%d %H:%M"), s.ends_local.format("%H:%M")),
                    s.time_zone.clone(),
                    e.activity_title.clone(),
                    e.venue_name.clone().unwrap_or_default(),
                    e.trainer_names.join(", "),
                    s.status.to_string(),
                ]
            })
            .collect();
        table(&["local time", "zone", "activity", "venue", "trainers", "status"], rows)
    });
    Ok(())
}

async fn spans(app: &Malaka, query: &CalendarQuery, json: bool) -> Result<(), Error> {
    let list = app.calendar_spans(query).await?;
    emit(json, &list, |l| {
        let rows = l
            .iter()
            .map(|s| {
                let (kind, status, who) = match &s.of {
                    SpanOf::Visit { status, members, .. } => ("visit", status.to_string(), format!("{members} people")),
                    SpanOf::Internship { status, intern, .. } => ("internship", status.to_string(), intern.clone()),
                };
                vec![
                    format!("{} – {}", s.starts_on, s.ends_on),
                    kind.into(),
                    s.title.clone(),
                    format!("{} {}", s.direction, s.partner),
                    who,
                    status,
                ]
            })
            .collect();
        table(&["days", "kind", "title", "partner", "who", "status"], rows)
    });
    Ok(())
}
