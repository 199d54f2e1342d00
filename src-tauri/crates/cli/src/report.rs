//! `malaka report …`: the reports over the register, as a table, JSON, a spreadsheet or a PDF.

use clap::{Args, Subcommand};
use malaka_api::core::model::{
    ActivityKind, AttendanceRow, CertificateReportRow, CompletionRow, HoursRow, IdentityColumn, MobilityReportRow,
    ReportFileOptions, ReportFilter, ReportGrouping, TrainerLoadRow,
};
use malaka_api::{Error, Malaka};

use crate::organisation::org_id;
use crate::output::{emit, table};

/// What every report is narrowed by.
#[derive(Args, Debug)]
pub(crate) struct ReportScope {
    /// First day of the period (YYYY-MM-DD).
    #[arg(long)]
    pub from: String,
    /// Last day of the period (YYYY-MM-DD), included.
    #[arg(long)]
    pub to: String,
    /// Staff of this organisation and its units (id or short code).
    #[arg(long)]
    pub org: Option<String>,
    /// Programme id.
    #[arg(long)]
    pub programme: Option<String>,
    /// Kind of activity.
    #[arg(long)]
    pub kind: Option<String>,
    /// Staff of organisations in this country (two letters).
    #[arg(long)]
    pub country: Option<String>,
    /// person, unit, organisation, programme, activity, month or year.
    #[arg(long, default_value = "unit")]
    pub by: String,
    /// table, json, csv, xlsx or pdf (default: from --out's extension, else table).
    #[arg(long)]
    pub format: Option<String>,
    /// Write the report to this file (csv, xlsx or pdf).
    #[arg(long)]
    pub out: Option<std::path::PathBuf>,
    /// Grouped by person, the columns naming each: personnel_number, name, organisation, unit,
    /// position (comma-separated).
    #[arg(long, value_delimiter = ',')]
    pub columns: Vec<String>,
    /// The language of a file's headings and a printout's words.
    #[arg(long, default_value = "uz-Latn")]
    pub locale: String,
}

#[derive(Subcommand, Debug)]
pub(crate) enum ReportCmd {
    /// Training hours: attended (late as the completion rule counts it) beside planned.
    Hours(ReportScope),
    /// Completion: learner places by result, and why the not completed were not.
    Completion(ReportScope),
    /// Attendance: each learner in each activity — sessions taken, share of those and of all,
    /// the most still reachable.
    Attendance(ReportScope),
    /// Certificates issued, reissued and revoked, per series and group (UTC days).
    Certificates(ReportScope),
    /// Mobility: study visits and internships by direction, partner country, partner and status
    /// (--org is this side; --by month or year adds when they start).
    Mobility(ReportScope),
    /// Trainers' load: sessions, hours, rolls still to record (--org hosts the activities; --by
    /// programme, activity, month or year splits each trainer's row).
    Trainers(ReportScope),
}

async fn filter(app: &Malaka, s: &ReportScope) -> Result<ReportFilter, Error> {
    Ok(ReportFilter {
        from: s.from.clone(),
        to: s.to.clone(),
        organisation_id: match &s.org {
            Some(o) => Some(org_id(app, o).await?),
            None => None,
        },
        programme_id: s.programme.clone(),
        kind: s.kind.as_deref().map(|k| ActivityKind::parse("kind", k)).transpose()?,
        country: s.country.clone(),
        group_by: ReportGrouping::parse("by", &s.by)?,
    })
}

/// Where the report goes: the screen (as a table or JSON) or a file.
enum Target {
    Screen { json: bool },
    File { format: String, out: std::path::PathBuf },
}

fn target(s: &ReportScope, json: bool) -> Result<Target, Error> {
    let by_name = s.out.as_ref().and_then(|o| o.extension()).and_then(|e| e.to_str()).map(str::to_lowercase);
    let format = s.format.clone().or(by_name).unwrap_or_else(|| if json { "json" } else { "table" }.into());
    match (format.as_str(), &s.out) {
        ("table", None) => Ok(Target::Screen { json: false }),
        ("json", None) => Ok(Target::Screen { json: true }),
        ("csv" | "xlsx" | "pdf", Some(out)) => Ok(Target::File { format: format.clone(), out: out.clone() }),
        ("csv" | "xlsx" | "pdf", None) => Err(Error::invalid("out", malaka_api::core::Reason::Required)),
        _ => Err(Error::invalid(
            "format",
            malaka_api::core::Reason::NotOneOf {
                value: format.clone(),
                allowed: ["table", "json", "csv", "xlsx", "pdf"].map(String::from).to_vec(),
            },
        )),
    }
}

pub(crate) async fn report(app: &Malaka, cmd: ReportCmd, json: bool) -> Result<(), Error> {
    use ReportCmd as Kind;
    let (Kind::Hours(scope)
    | Kind::Completion(scope)
    | Kind::Attendance(scope)
    | Kind::Certificates(scope)
    | Kind::Mobility(scope)
    | Kind::Trainers(scope)) = &cmd;
    let f = filter(app, scope).await?;
    match target(scope, json)? {
        Target::File { format, out } => {
            let columns =
                scope.columns.iter().map(|c| IdentityColumn::parse("columns", c)).collect::<Result<Vec<_>, _>>()?;
            let options = ReportFileOptions { format, locale: scope.locale.clone(), columns };
            let bytes = match cmd {
                Kind::Hours(_) => app.report_hours_file(&f, &options).await?,
                Kind::Completion(_) => app.report_completion_file(&f, &options).await?,
                Kind::Attendance(_) => app.report_attendance_file(&f, &options).await?,
                Kind::Certificates(_) => app.report_certificates_file(&f, &options).await?,
                Kind::Mobility(_) => app.report_mobility_file(&f, &options).await?,
                Kind::Trainers(_) => app.report_trainers_file(&f, &options).await?,
            };
            app.save_export(&out, &bytes)?;
            emit(json, &serde_json::json!({ "file": out, "bytes": bytes.len() }), |_| {
                format!("wrote {} ({} bytes)", out.display(), bytes.len())
            });
        }
        Target::Screen { json } => match cmd {
            Kind::Hours(_) => emit(json, &app.report_hours(&f).await?, |r| hours_table(r)),
            Kind::Completion(_) => emit(json, &app.report_completion(&f).await?, |r| completion_table(r)),
            Kind::Attendance(_) => emit(json, &app.report_attendance(&f).await?, |r| attendance_table(r)),
            Kind::Certificates(_) => emit(json, &app.report_certificates(&f).await?, |r| certificates_table(r)),
            Kind::Mobility(_) => emit(json, &app.report_mobility(&f).await?, |r| mobility_table(r)),
            Kind::Trainers(_) => emit(json, &app.report_trainers(&f).await?, |r| trainers_table(r)),
        },
    }
    Ok(())
}

fn completion_table(rows: &[CompletionRow]) -> String {
    let body = rows
        .iter()
        .map(|r| {
            let mut row = vec![if r.label.is_empty() { "—".into() } else { r.label.clone() }];
            row.extend(
                [r.enrolled, r.completed, r.not_completed, r.in_progress, r.upcoming, r.certified]
                    .map(|n| n.to_string()),
            );
            row.push(format!("{}", r.why.below_minimum));
            row
        })
        .collect();
    table(
        &["group", "enrolled", "completed", "not completed", "in progress", "upcoming", "certified", "below minimum"],
        body,
    )
}

fn attendance_table(rows: &[AttendanceRow]) -> String {
    let pct = |x: f64| format!("{x:.1}");
    let body = rows
        .iter()
        .map(|r| {
            vec![
                r.person_name.clone(),
                r.activity_title.clone(),
                format!("{}/{}", r.taken, r.sessions),
                r.rate_taken.map(pct).unwrap_or_else(|| "—".into()),
                pct(r.rate_all),
                pct(r.max_reachable),
                r.result.to_string(),
            ]
        })
        .collect();
    table(&["person", "activity", "taken/all", "% of taken", "% of all", "max %", "result"], body)
}

fn hours_table(rows: &[HoursRow]) -> String {
    let body = rows
        .iter()
        .map(|r| {
            vec![
                if r.label.is_empty() { "—".into() } else { r.label.clone() },
                r.people.to_string(),
                r.sessions.to_string(),
                format!("{:.1}", r.hours),
                format!("{:.1}", r.planned_hours),
            ]
        })
        .collect();
    table(&["group", "people", "sessions", "hours", "planned"], body)
}

fn certificates_table(rows: &[CertificateReportRow]) -> String {
    let body = rows
        .iter()
        .map(|r| {
            let mut row = vec![r.series.clone(), if r.label.is_empty() { "—".into() } else { r.label.clone() }];
            row.extend([r.issued, r.reissued, r.in_force, r.revoked].map(|n| n.to_string()));
            row
        })
        .collect();
    table(&["series", "group", "issued", "reissued", "in force", "revoked"], body)
}

fn mobility_table(rows: &[MobilityReportRow]) -> String {
    let body = rows
        .iter()
        .map(|r| {
            vec![
                r.kind.to_string(),
                r.direction.to_string(),
                r.country.clone(),
                r.partner.clone(),
                r.status.clone(),
                r.period.clone().unwrap_or_else(|| "—".into()),
                r.count.to_string(),
                r.people.to_string(),
                r.person_days.to_string(),
            ]
        })
        .collect();
    table(&["kind", "direction", "country", "partner", "status", "period", "number", "people", "person-days"], body)
}

fn trainers_table(rows: &[TrainerLoadRow]) -> String {
    let body = rows
        .iter()
        .map(|r| {
            vec![
                r.trainer.clone(),
                if r.label.is_empty() { "—".into() } else { r.label.clone() },
                r.activities.to_string(),
                r.sessions.to_string(),
                format!("{:.1}", r.hours),
                r.held.to_string(),
                r.unrecorded.to_string(),
                r.learners.to_string(),
            ]
        })
        .collect();
    table(&["trainer", "group", "activities", "sessions", "hours", "held", "unrecorded", "learners"], body)
}
