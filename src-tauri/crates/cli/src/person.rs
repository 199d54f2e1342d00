//! `malaka person …`: the staff register, and importing it from CSV or XLSX.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};
use malaka_api::core::Reason;
use malaka_api::core::model::{NewPerson, Person};
use malaka_api::person_import::ImportOptions;
use malaka_api::{Error, Malaka};

use crate::organisation::org_id;
use crate::output::{emit, opt, progress_job, table};
use crate::run::FAILED;

/// The details a person may have besides the names and organisation every person has.
#[derive(Args, Debug)]
pub(crate) struct PersonDetails {
    #[arg(long)]
    pub patronymic: Option<String>,
    /// The family name in the other script.
    #[arg(long)]
    pub family_alt: Option<String>,
    #[arg(long)]
    pub given_alt: Option<String>,
    #[arg(long)]
    pub patronymic_alt: Option<String>,
    /// Unit within the organisation (id or short code).
    #[arg(long)]
    pub unit: Option<String>,
    /// Personnel number, unique within the organisation.
    #[arg(long)]
    pub number: Option<String>,
    #[arg(long)]
    pub position: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    /// YYYY-MM-DD
    #[arg(long)]
    pub birth_date: Option<String>,
    /// The day the person was hired, YYYY-MM-DD.
    #[arg(long)]
    pub hired_on: Option<String>,
}

#[derive(Args, Debug)]
pub(crate) struct PersonFields {
    #[arg(long)]
    pub family: String,
    #[arg(long)]
    pub given: String,
    /// Organisation (id or short code).
    #[arg(long)]
    pub org: String,
    #[command(flatten)]
    pub details: PersonDetails,
}

/// A change to a person: only the options given change; an empty value clears an optional one
/// (an empty `--unit` takes them out of their unit; another `--org` does too unless `--unit` names one).
#[derive(Args, Debug)]
pub(crate) struct PersonEdit {
    pub id: String,
    #[arg(long)]
    pub family: Option<String>,
    #[arg(long)]
    pub given: Option<String>,
    #[arg(long)]
    pub org: Option<String>,
    #[command(flatten)]
    pub details: PersonDetails,
}

/// An optional field after an edit: unchanged when not given, cleared when given empty.
fn edited(given: Option<String>, current: Option<String>) -> Option<String> {
    match given {
        None => current,
        Some(v) if v.trim().is_empty() => None,
        Some(v) => Some(v),
    }
}

#[derive(Subcommand, Debug)]
pub(crate) enum PersonCmd {
    Add(Box<PersonFields>),
    /// Change a person's details, with the same checks as adding and an audit entry.
    Edit(Box<PersonEdit>),
    List {
        /// Only this organisation or unit (id or short code).
        #[arg(long)]
        org: Option<String>,
        #[arg(long, default_value_t = 100)]
        limit: i64,
        #[arg(long, default_value_t = 0)]
        offset: i64,
    },
    Show {
        id: String,
    },
    /// A person's record of learning: every activity with its dates, hours, result and
    /// certificate; with --out, the signed PDF (its QR verifies with `malaka cert verify --file`).
    Transcript {
        id: String,
        /// Write the transcript as PDF, signed with the issuer's key.
        #[arg(long)]
        out: Option<PathBuf>,
        /// uz-Latn, uz-Cyrl, ru, az or en.
        #[arg(long, default_value = "uz-Latn")]
        locale: String,
        /// A second language beside the first (a bilingual transcript), e.g. en.
        #[arg(long)]
        also: Option<String>,
    },
    /// Find people by the start of their names, in Latin or Cyrillic.
    Search {
        #[arg(required = true)]
        query: Vec<String>,
        #[arg(long, default_value_t = 20)]
        limit: i64,
    },
    /// Import people from CSV (UTF-8, UTF-8 with BOM, Windows-1251; `,` or `;`) or XLSX.
    Import {
        file: PathBuf,
        /// Organisation for rows without an organisation column (id or short code).
        #[arg(long)]
        org: Option<String>,
        /// Check the file and list every problem; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Import a file even though the same file was imported before.
        #[arg(long)]
        force: bool,
        /// Create the units the file names that their organisation does not have yet.
        #[arg(long)]
        create_units: bool,
    },
}

fn people_table(people: &[Person]) -> String {
    let rows = people
        .iter()
        .map(|p| vec![p.id.clone(), p.display_name(), opt(&p.personnel_number), opt(&p.position)])
        .collect();
    table(&["id", "name", "number", "position"], rows)
}

/// An import with problems fails (exit code 1) though it reports rather than errs.
pub(crate) async fn person(app: &Malaka, cmd: PersonCmd, json: bool) -> Result<ExitCode, Error> {
    match cmd {
        PersonCmd::Add(f) => {
            let d = f.details;
            let unit_id = match &d.unit {
                Some(u) => Some(org_id(app, u).await?),
                None => None,
            };
            let input = NewPerson {
                family_name: f.family,
                given_name: f.given,
                patronymic: d.patronymic,
                family_name_alt: d.family_alt,
                given_name_alt: d.given_alt,
                patronymic_alt: d.patronymic_alt,
                organisation_id: org_id(app, &f.org).await?,
                unit_id,
                personnel_number: d.number,
                position: d.position,
                email: d.email,
                phone: d.phone,
                birth_date: d.birth_date,
                hired_on: d.hired_on,
            };
            let p = app.person_create(input).await?;
            emit(json, &p, |p| format!("added {} ({})", p.display_name(), p.id));
        }
        PersonCmd::Edit(e) => {
            let now = app.person_get(&e.id).await?.person;
            let organisation_id = match &e.org {
                Some(o) => org_id(app, o).await?,
                None => now.organisation_id.clone(),
            };
            let moved = organisation_id != now.organisation_id;
            let d = e.details;
            let unit_id = match d.unit.as_deref().map(str::trim) {
                Some("") => None,
                Some(u) => Some(org_id(app, u).await?),
                None if moved => None,
                None => now.unit_id.clone(),
            };
            let input = NewPerson {
                family_name: e.family.unwrap_or(now.family_name),
                given_name: e.given.unwrap_or(now.given_name),
                patronymic: edited(d.patronymic, now.patronymic),
                family_name_alt: edited(d.family_alt, now.family_name_alt),
                given_name_alt: edited(d.given_alt, now.given_name_alt),
                patronymic_alt: edited(d.patronymic_alt, now.patronymic_alt),
                organisation_id,
                unit_id,
                personnel_number: edited(d.number, now.personnel_number),
                position: edited(d.position, now.position),
                email: edited(d.email, now.email),
                phone: edited(d.phone, now.phone),
                birth_date: edited(d.birth_date, now.birth_date.map(|d| d.to_string())),
                hired_on: edited(d.hired_on, now.hired_on.map(|d| d.to_string())),
            };
            let p = app.person_update(&now.id, input).await?;
            emit(json, &p, |p| format!("edited {} ({})", p.display_name(), p.id));
        }
        PersonCmd::List { org, limit, offset } => {
            let org = match org {
                Some(o) => Some(org_id(app, &o).await?),
                None => None,
            };
            let people = app.person_list(org.as_deref(), limit, offset).await?;
            emit(json, &people, |p| people_table(p));
        }
        PersonCmd::Transcript { id, out, locale, also } => {
            if let Some(out) = out {
                let pdf = app.person_transcript_pdf(&id, &locale, also.as_deref()).await?;
                app.save_export(&out, &pdf)?;
                emit(json, &serde_json::json!({ "file": out }), |_| {
                    format!("wrote the transcript to {}", out.display())
                });
            } else {
                let t = app.person_transcript(&id).await?;
                emit(json, &t, transcript_table);
            }
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
        PersonCmd::Import { file, org, dry_run, force, create_units } => {
            let default_org = match org {
                Some(o) => Some(org_id(app, &o).await?),
                None => None,
            };
            let report = app
                .person_import_job(
                    &file,
                    &ImportOptions { default_org, dry_run, force, create_units, ..Default::default() },
                    &progress_job(),
                )
                .await?;
            emit(json, &report, |r| r.to_text());
            if !json && report.problems.iter().any(|p| matches!(p.reason, Reason::UnitUnknown { .. })) {
                eprintln!("to create the units the file names, import it again with --create-units");
            }
            if !report.problems.is_empty() {
                return Ok(ExitCode::from(FAILED));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn transcript_table(t: &malaka_api::core::model::Transcript) -> String {
    let rows = t
        .entries
        .iter()
        .map(|e| {
            vec![
                e.starts_on.to_string(),
                e.ends_on.to_string(),
                e.title.clone(),
                format!("{}", e.hours),
                e.result.to_string(),
                e.certificate.as_ref().map_or(String::new(), |c| {
                    if c.revoked { format!("{} (revoked)", c.code) } else { c.code.clone() }
                }),
            ]
        })
        .collect();
    let head =
        format!("{} — {} activities, {} h attended, {} completed", t.name, t.entries.len(), t.hours, t.completed);
    format!("{head}\n{}", table(&["from", "to", "activity", "hours", "result", "certificate"], rows))
}
