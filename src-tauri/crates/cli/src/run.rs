//! Runs one command over the `api` use cases and prints the outcome.

use std::process::ExitCode;

use chrono::NaiveDate;
use malaka_api::core::Reason;
use malaka_api::core::model::*;
use malaka_api::person_import::ImportOptions;
use malaka_api::{Error, Malaka};
use serde_json::json;

use crate::args::*;
use crate::output::{emit, opt, progress_job, table};

/// Exit code for a refused input or a failed action (clap uses 2 for a malformed command line).
const FAILED: u8 = 1;

pub async fn run(cli: Cli) -> ExitCode {
    let json = cli.json;
    match execute(cli).await {
        Ok(code) => code,
        Err(e) => {
            report(json, &e);
            ExitCode::from(FAILED)
        }
    }
}

fn report(json: bool, e: &Error) {
    if json {
        println!("{}", json!({ "error": e }));
    }
    eprintln!("error: {}", words(e));
    if let Error::ImportRejected { problems, .. } = e {
        for p in problems.iter().skip(1) {
            eprintln!("  {p}");
        }
    }
}

/// The English words for an error, with the options that resolve it on this command line (the
/// api names no option: the desktop offers the same choices as buttons).
fn words(e: &Error) -> String {
    match (e, e.reason()) {
        (Error::AlreadyImported { .. }, _) => format!("{e}; pass --force to import it again"),
        (Error::ImportRejected { problems, .. }, _)
            if problems.iter().any(|p| p.reason == Reason::OrganisationNeeded) =>
        {
            format!("{e} (--org)")
        }
        (_, Reason::NothingToSave) if e.field() == Some("marks") => {
            format!("{e}: give a file, or --rest for everyone unmarked")
        }
        (_, Reason::NoDataDirectory) => format!("{e} (--db FILE)"),
        _ => e.to_string(),
    }
}

fn actor(cli: &Cli) -> String {
    cli.actor
        .clone()
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("USERNAME").ok())
        .unwrap_or_else(|| "malaka-cli".into())
}

async fn open(cli: &Cli) -> Result<Malaka, Error> {
    let path = match &cli.db {
        Some(p) => p.clone(),
        None => malaka_api::paths::default_db_path().ok_or(Error::File(Reason::NoDataDirectory))?,
    };
    // Without a log the errors still say what failed, only not where the details are.
    let _ = malaka_api::log::init(&malaka_api::log::dir_for(&path));
    Malaka::open(&path, &actor(cli)).await
}

pub(crate) fn parse_day(field: &str, s: &str) -> Result<NaiveDate, Error> {
    Ok(malaka_api::core::validate::date(field, s)?)
}

async fn execute(cli: Cli) -> Result<ExitCode, Error> {
    let app = open(&cli).await?;
    let json = cli.json;
    let outcome = dispatch(&app, cli.command, json).await;
    app.close().await;
    outcome
}

async fn dispatch(app: &Malaka, command: Command, json: bool) -> Result<ExitCode, Error> {
    match command {
        Command::Init => {
            let h = app.check().await?;
            emit(json, &h, |h| format!("database ready: {}", h.path));
        }
        Command::Demo => {
            let s = app.demo_load().await?;
            emit(json, &s, |s| {
                format!(
                    "demo loaded: {} organisations, {} people, {} activities, {} sessions, {} attendance marks",
                    s.organisations, s.people, s.activities, s.sessions, s.marks
                )
            });
        }
        Command::Org(cmd) => org(app, cmd, json).await?,
        Command::Person(cmd) => return person(app, cmd, json).await,
        Command::Trainer(cmd) => trainer(app, cmd, json).await?,
        Command::Venue(cmd) => venue(app, cmd, json).await?,
        Command::Programme(cmd) => crate::plan::programme(app, cmd, json).await?,
        Command::Activity(cmd) => crate::plan::activity(app, cmd, json).await?,
        Command::Session(cmd) => crate::plan::session(app, cmd, json).await?,
        Command::Enrol(cmd) => crate::plan::enrol(app, cmd, json).await?,
        Command::Approve { activity, person, all } => crate::plan::approve(app, &activity, person, all, json).await?,
        Command::Decline { activity, person, reason } => {
            crate::plan::decline(app, &activity, person, &reason, json).await?
        }
        Command::Waitlist { activity } => crate::plan::waitlist(app, &activity, json).await?,
        Command::Calendar(args) => crate::plan::calendar(app, args, json).await?,
        Command::Export(cmd) => crate::plan::export(app, cmd, json).await?,
        Command::Attendance(cmd) => crate::attendance::attendance(app, cmd, json).await?,
        Command::Completion(cmd) => crate::attendance::completion(app, cmd, json).await?,
        Command::Cert(cmd) => crate::cert::cert(app, cmd, json).await?,
        Command::Audit { entity, limit } => {
            let entries = app.audit_list(entity.as_deref(), limit).await?;
            emit(json, &entries, |es| {
                let rows = es
                    .iter()
                    .map(|e| {
                        vec![
                            e.at.format("%Y-%m-%d %H:%M:%S").to_string(),
                            e.actor.clone(),
                            e.action.clone(),
                            e.summary.clone(),
                        ]
                    })
                    .collect();
                table(&["at (UTC)", "actor", "action", "summary"], rows)
            });
        }
        Command::Backup { out } => {
            let bytes = app.backup(&out).await?;
            emit(json, &json!({ "out": out, "bytes": bytes }), |_| {
                format!("backup written: {} ({bytes} bytes)", out.display())
            });
        }
        Command::Check => {
            let h = app.check().await?;
            emit(json, &h, |h| {
                let s = &h.stats;
                let verdict = if h.ok { "ok".to_owned() } else { format!("PROBLEMS:\n  {}", h.problems.join("\n  ")) };
                format!(
                    "{}: {verdict}\n{} organisations, {} people, {} activities, {} sessions, {} marks, {} audit entries",
                    h.path, s.organisations, s.people, s.activities, s.sessions, s.marks, s.audit_entries
                )
            });
            if !h.ok {
                return Ok(ExitCode::from(FAILED));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) async fn org_id(app: &Malaka, key: &str) -> Result<String, Error> {
    Ok(app.organisation_find(key).await?.id)
}

async fn org(app: &Malaka, cmd: OrgCmd, json: bool) -> Result<(), Error> {
    match cmd {
        OrgCmd::Add { name, country, kind, code, parent } => {
            let parent_id = match parent {
                Some(p) => Some(org_id(app, &p).await?),
                None => None,
            };
            let input =
                NewOrganisation { name, short_code: code, country, kind: OrgKind::parse("kind", &kind)?, parent_id };
            let o = app.organisation_create(input).await?;
            emit(json, &o, |o| format!("added organisation {} ({})", o.name, o.id));
        }
        OrgCmd::List => {
            let list = app.organisation_list().await?;
            emit(json, &list, |l| {
                let rows = l
                    .iter()
                    .map(|o| {
                        vec![o.id.clone(), opt(&o.short_code), o.country.clone(), o.kind.to_string(), o.name.clone()]
                    })
                    .collect();
                table(&["id", "code", "country", "kind", "name"], rows)
            });
        }
        OrgCmd::Logo { org, set, clear, out } => {
            if let Some(path) = set {
                let logo = app.organisation_logo_set(&org, &path).await?;
                emit(json, &logo, |l| format!("set the logo ({} bytes, {})", l.bytes, l.extension));
            } else if clear {
                let removed = app.organisation_logo_clear(&org).await?;
                emit(json, &removed, |r| if *r { "removed the logo".into() } else { "there was no logo".into() });
            } else {
                let Some(logo) = app.organisation_logo_raw(&org).await? else {
                    return Err(Error::NotFound { entity: "logo", id: org });
                };
                if let Some(out) = &out {
                    malaka_api::file::save(out, logo.bytes())?;
                }
                emit(json, &serde_json::json!({ "extension": logo.extension(), "bytes": logo.bytes().len() }), |_| {
                    format!("logo: {} bytes, {}", logo.bytes().len(), logo.extension())
                });
            }
        }
    }
    Ok(())
}

fn people_table(people: &[Person]) -> String {
    let rows = people
        .iter()
        .map(|p| vec![p.id.clone(), p.display_name(), opt(&p.personnel_number), opt(&p.position)])
        .collect();
    table(&["id", "name", "number", "position"], rows)
}

async fn person(app: &Malaka, cmd: PersonCmd, json: bool) -> Result<ExitCode, Error> {
    match cmd {
        PersonCmd::Add(f) => {
            let unit_id = match &f.unit {
                Some(u) => Some(org_id(app, u).await?),
                None => None,
            };
            let input = NewPerson {
                family_name: f.family,
                given_name: f.given,
                patronymic: f.patronymic,
                family_name_alt: f.family_alt,
                given_name_alt: f.given_alt,
                patronymic_alt: f.patronymic_alt,
                organisation_id: org_id(app, &f.org).await?,
                unit_id,
                personnel_number: f.number,
                position: f.position,
                email: f.email,
                phone: f.phone,
                birth_date: f.birth_date,
            };
            let p = app.person_create(input).await?;
            emit(json, &p, |p| format!("added {} ({})", p.display_name(), p.id));
        }
        PersonCmd::List { org, limit, offset } => {
            let org = match org {
                Some(o) => Some(org_id(app, &o).await?),
                None => None,
            };
            let people = app.person_list(org.as_deref(), limit, offset).await?;
            emit(json, &people, |p| people_table(p));
        }
        PersonCmd::Show { id } => {
            let d = app.person_get(&id).await?;
            emit(json, &d, |d| {
                let p = &d.person;
                let alt: Vec<&str> = [&p.family_name_alt, &p.given_name_alt, &p.patronymic_alt]
                    .iter()
                    .filter_map(|s| s.as_deref())
                    .collect();
                let mut lines = vec![
                    d.display_name.clone(),
                    format!("  also written: {}", alt.join(" ")),
                    format!(
                        "  organisation: {}{}",
                        d.organisation,
                        d.unit.as_ref().map(|u| format!(" / {u}")).unwrap_or_default()
                    ),
                    format!("  personnel number: {}", opt(&p.personnel_number)),
                    format!("  position: {}", opt(&p.position)),
                    format!("  email: {}  phone: {}", opt(&p.email), opt(&p.phone)),
                    format!("  enrolments: {}", d.enrolments.len()),
                    format!("  id: {}", p.id),
                ];
                lines.retain(|l| !l.ends_with(": "));
                lines.join("\n")
            });
        }
        PersonCmd::Search { query, limit } => {
            let found = app.person_search(&query.join(" "), limit).await?;
            emit(json, &found, |p| people_table(p));
        }
        PersonCmd::Import { file, org, dry_run, force } => {
            let default_org = match org {
                Some(o) => Some(org_id(app, &o).await?),
                None => None,
            };
            let report = app
                .person_import_job(
                    &file,
                    &ImportOptions { default_org, mapping: None, dry_run, force },
                    &progress_job(),
                )
                .await?;
            emit(json, &report, |r| r.to_text());
            if !report.problems.is_empty() {
                return Ok(ExitCode::from(FAILED));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn trainer(app: &Malaka, cmd: TrainerCmd, json: bool) -> Result<(), Error> {
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

async fn venue(app: &Malaka, cmd: VenueCmd, json: bool) -> Result<(), Error> {
    match cmd {
        VenueCmd::Add { name, city, country, tz, address, capacity } => {
            let v = app.venue_create(NewVenue { name, address, city, country, time_zone: tz, capacity }).await?;
            emit(json, &v, |v| format!("added venue {} ({})", v.name, v.id));
        }
        VenueCmd::List => {
            let list = app.venue_list().await?;
            emit(json, &list, |l| {
                let rows =
                    l.iter().map(|v| vec![v.id.clone(), v.name.clone(), v.city.clone(), v.time_zone.clone()]).collect();
                table(&["id", "name", "city", "time zone"], rows)
            });
        }
    }
    Ok(())
}
