//! `malaka internship …`: placements at a partner's centre — the plan (units, mentor, objectives),
//! its states, the weekly log, placement days, the mentor's evaluations, the intern's report and
//! the certificate. Units are given as `NAME|FROM|TO`, scores as `SCORE[|COMMENT]`, one flag each.

use clap::Subcommand;
use malaka_api::core::model::*;
use malaka_api::{Error, Malaka};

use crate::organisation::org_id;
use crate::output::{emit, opt, table};
use crate::visit::{Fields, fields};

#[derive(Subcommand, Debug)]
pub(crate) enum InternshipCmd {
    /// Propose a placement of a person (id) at a host organisation (id or short code).
    Add {
        #[arg(long)]
        intern: String,
        #[arg(long)]
        host: String,
        #[arg(long)]
        start: String,
        #[arg(long)]
        end: String,
        #[arg(long, default_value_t = 40.0)]
        hours_per_week: f64,
        /// Made from the intern and the host when left out.
        #[arg(long)]
        title: Option<String>,
        /// Each host unit in turn: "NAME|FROM|TO".
        #[arg(long = "unit", value_parser = unit)]
        units: Vec<Fields>,
        /// The mentor from the register (person id)…
        #[arg(long, conflicts_with = "mentor_name")]
        mentor: Option<String>,
        /// …or from outside it.
        #[arg(long)]
        mentor_name: Option<String>,
        #[arg(long)]
        mentor_position: Option<String>,
        #[arg(long)]
        mentor_email: Option<String>,
        /// A learning objective (repeat the flag for each).
        #[arg(long = "objective")]
        objectives: Vec<String>,
    },
    /// Change the plan; once agreed give --reason (kept as an amendment). Lists given replace
    /// the ones kept.
    Edit {
        id: String,
        #[arg(long)]
        title: Option<String>,
        #[arg(long)]
        start: Option<String>,
        #[arg(long)]
        end: Option<String>,
        #[arg(long)]
        actual_start: Option<String>,
        #[arg(long)]
        actual_end: Option<String>,
        #[arg(long)]
        hours_per_week: Option<f64>,
        #[arg(long = "unit", value_parser = unit)]
        units: Vec<Fields>,
        #[arg(long)]
        mentor: Option<String>,
        #[arg(long)]
        mentor_name: Option<String>,
        #[arg(long)]
        mentor_position: Option<String>,
        #[arg(long)]
        mentor_email: Option<String>,
        #[arg(long = "objective")]
        objectives: Vec<String>,
        #[arg(long)]
        reason: Option<String>,
    },
    /// Placements, latest first.
    List {
        /// outgoing (hosted abroad) or incoming.
        #[arg(long)]
        direction: Option<String>,
        #[arg(long)]
        country: Option<String>,
        #[arg(long)]
        partner: Option<String>,
        #[arg(long)]
        status: Option<String>,
        #[arg(long)]
        year: Option<i32>,
        /// Placements of this person.
        #[arg(long)]
        person: Option<String>,
    },
    /// Everything about one placement.
    Show { id: String },
    /// The next step: host_accepted, agreed, under_way, closed, withdrawn (--reason), proposed.
    Status {
        id: String,
        status: String,
        #[arg(long)]
        reason: Option<String>,
    },
    /// A week of the log (any day of the week): the intern's entry and the mentor's comment.
    Week {
        id: String,
        week: String,
        #[arg(long)]
        entry: Option<String>,
        #[arg(long)]
        comment: Option<String>,
    },
    /// Mark placement days: present, absent or excused, each day given as --day DATE (repeat).
    Days {
        id: String,
        status: String,
        #[arg(long = "day", required = true)]
        days: Vec<String>,
        #[arg(long)]
        note: Option<String>,
    },
    /// The mentor's evaluation (mid or final): one --score "SCORE[|COMMENT]" per objective in
    /// order; --paper when typed back from the printed form.
    Evaluate {
        id: String,
        kind: String,
        #[arg(long)]
        on: String,
        #[arg(long)]
        evaluator: String,
        #[arg(long = "score", value_parser = score)]
        scores: Vec<Fields>,
        #[arg(long)]
        comment: Option<String>,
        #[arg(long)]
        paper: bool,
    },
    /// The intern's report.
    Report {
        id: String,
        #[arg(long)]
        text: String,
        #[arg(long)]
        on: String,
    },
    /// Write the placements (with the list's filters) as XLSX or CSV.
    Export {
        #[arg(long)]
        direction: Option<String>,
        #[arg(long)]
        country: Option<String>,
        #[arg(long)]
        status: Option<String>,
        #[arg(long)]
        year: Option<i32>,
        /// xlsx or csv (default: from the file's extension).
        #[arg(long)]
        format: Option<String>,
        #[arg(long, default_value = "uz-Latn")]
        locale: String,
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Print the mentor's evaluation form (mid or final) as a PDF, to fill in by hand.
    Form {
        id: String,
        kind: String,
        /// uz-Latn, uz-Cyrl, ru, az or en.
        #[arg(long, default_value = "uz-Latn")]
        locale: String,
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Issue the certificate of internship (after the final evaluation).
    Certify { id: String },
}

fn unit(text: &str) -> Result<Fields, String> {
    fields(text, 3, 3, "NAME|FROM|TO")
}

fn score(text: &str) -> Result<Fields, String> {
    let f = fields(text, 1, 2, "SCORE[|COMMENT]")?;
    f.at(0).parse::<u8>().map_err(|_| format!("expected a score from 1 to 5, not \"{}\"", f.at(0)))?;
    Ok(f)
}

fn units_of(units: &[Fields]) -> Vec<NewHostUnit> {
    units.iter().map(|f| NewHostUnit { name: f.at(0), starts_on: f.at(1), ends_on: f.at(2) }).collect()
}

pub(crate) async fn internship(app: &Malaka, cmd: InternshipCmd, json: bool) -> Result<(), Error> {
    match cmd {
        InternshipCmd::Add {
            intern,
            host,
            start,
            end,
            hours_per_week,
            title,
            units,
            mentor,
            mentor_name,
            mentor_position,
            mentor_email,
            objectives,
        } => {
            let input = NewInternship {
                title,
                intern_id: intern,
                host_org_id: org_id(app, &host).await?,
                units: units_of(&units),
                mentor: Some(NewMentor {
                    person_id: mentor,
                    name: mentor_name,
                    position: mentor_position,
                    email: mentor_email,
                }),
                planned_start: start,
                planned_end: end,
                actual_start: None,
                actual_end: None,
                hours_per_week,
                objectives,
            };
            let p = app.internship_create(input).await?;
            emit(json, &p, |p| format!("proposed internship {} ({})", p.title, p.id));
        }
        InternshipCmd::Edit {
            id,
            title,
            start,
            end,
            actual_start,
            actual_end,
            hours_per_week,
            units,
            mentor,
            mentor_name,
            mentor_position,
            mentor_email,
            objectives,
            reason,
        } => {
            let now = app.internship_get(&id).await?.internship;
            let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string());
            let kept = now.mentor.clone();
            let changes_mentor =
                mentor.is_some() || mentor_name.is_some() || mentor_position.is_some() || mentor_email.is_some();
            let mentor = if changes_mentor {
                NewMentor {
                    person_id: mentor.or(if mentor_name.is_none() {
                        kept.as_ref().and_then(|m| m.person_id.clone())
                    } else {
                        None
                    }),
                    name: mentor_name.or(kept.as_ref().map(|m| m.name.clone())),
                    position: mentor_position.or(kept.as_ref().and_then(|m| m.position.clone())),
                    email: mentor_email.or(kept.as_ref().and_then(|m| m.email.clone())),
                }
            } else {
                kept.map(|m| NewMentor {
                    person_id: m.person_id,
                    name: Some(m.name),
                    position: m.position,
                    email: m.email,
                })
                .unwrap_or_default()
            };
            let input = NewInternship {
                title: Some(title.unwrap_or(now.title)),
                intern_id: now.intern_id,
                host_org_id: now.host_org_id,
                units: if units.is_empty() {
                    now.units
                        .iter()
                        .map(|u| NewHostUnit {
                            name: u.name.clone(),
                            starts_on: u.starts_on.to_string(),
                            ends_on: u.ends_on.to_string(),
                        })
                        .collect()
                } else {
                    units_of(&units)
                },
                mentor: Some(mentor),
                planned_start: start.unwrap_or(now.planned_start.to_string()),
                planned_end: end.unwrap_or(now.planned_end.to_string()),
                actual_start: actual_start.or(day(now.actual_start)),
                actual_end: actual_end.or(day(now.actual_end)),
                hours_per_week: hours_per_week.unwrap_or(now.hours_per_week),
                objectives: if objectives.is_empty() {
                    now.objectives.into_iter().map(|o| o.text).collect()
                } else {
                    objectives
                },
            };
            let p = app.internship_update(&id, input, now.version, reason).await?;
            emit(json, &p, |p| format!("edited internship {} ({} to {})", p.title, p.planned_start, p.planned_end));
        }
        InternshipCmd::List { direction, country, partner, status, year, person } => {
            let filter = InternshipFilter {
                direction: direction.map(|d| VisitDirection::parse("direction", &d)).transpose()?,
                country,
                partner_org_id: match partner {
                    Some(p) => Some(org_id(app, &p).await?),
                    None => None,
                },
                status: status.map(|s| InternshipStatus::parse("status", &s)).transpose()?,
                year,
                person_id: person,
                within: None,
            };
            let list = app.internship_list(filter).await?;
            emit(json, &list, |l| {
                let rows = l
                    .iter()
                    .map(|r| {
                        let p = &r.internship;
                        vec![
                            p.id.clone(),
                            p.title.clone(),
                            r.intern.clone(),
                            format!("{} → {}", r.sending_org, r.host_org),
                            format!("{} – {}", p.planned_start, p.planned_end),
                            p.status.to_string(),
                        ]
                    })
                    .collect();
                table(&["id", "title", "intern", "sides", "planned", "status"], rows)
            });
        }
        InternshipCmd::Show { id } => {
            let d = app.internship_get(&id).await?;
            emit(json, &d, show);
        }
        InternshipCmd::Status { id, status, reason } => {
            let p = app.internship_set_status(&id, InternshipStatus::parse("status", &status)?, reason).await?;
            emit(json, &p, |p| format!("internship {} is {}", p.title, p.status));
        }
        InternshipCmd::Week { id, week, entry, comment } => {
            let input = NewWeekLog { week_of: week, intern_entry: entry, mentor_comment: comment };
            let w = app.internship_week_save(&id, input).await?;
            emit(json, &w, |w| format!("saved the week of {}", w.week_of));
        }
        InternshipCmd::Days { id, status, days, note } => {
            let status = PlacementDayStatus::parse("status", &status)?;
            let days =
                days.into_iter().map(|day| NewPlacementDay { day, status: Some(status), note: note.clone() }).collect();
            let all = app.internship_days_mark(&id, days).await?;
            emit(json, &all, |all| {
                let present = all.iter().filter(|d| d.status == PlacementDayStatus::Present).count();
                format!("{} days marked, {present} present", all.len())
            });
        }
        InternshipCmd::Evaluate { id, kind, on, evaluator, scores, comment, paper } => {
            let scores = scores
                .iter()
                .map(|f| NewObjectiveScore { score: f.at(0).parse::<u8>().ok(), comment: f.opt(1) })
                .collect();
            let input = NewEvaluation {
                kind: Some(EvaluationKind::parse("kind", &kind)?),
                on,
                evaluator,
                scores,
                comment,
                from_paper: paper,
            };
            let e = app.internship_evaluation_record(&id, input).await?;
            emit(json, &e, |e| format!("{} evaluation of {} recorded", e.kind, e.on));
        }
        InternshipCmd::Report { id, text, on } => {
            let r = app.internship_report_save(&id, NewInternReport { text, submitted_on: on }).await?;
            emit(json, &r, |r| format!("report of {} saved", r.submitted_on));
        }
        InternshipCmd::Export { direction, country, status, year, format, locale, out } => {
            let filter = InternshipFilter {
                direction: direction.map(|d| VisitDirection::parse("direction", &d)).transpose()?,
                country,
                status: status.map(|s| InternshipStatus::parse("status", &s)).transpose()?,
                year,
                ..Default::default()
            };
            let format = crate::visit::list_format(format.as_deref(), &out)?;
            let bytes = app.internships_file(filter, format, &locale).await?;
            app.save_export(&out, &bytes)?;
            emit(json, &serde_json::json!({ "file": out, "bytes": bytes.len() }), |_| {
                format!("wrote {} ({} bytes)", out.display(), bytes.len())
            });
        }
        InternshipCmd::Form { id, kind, locale, out } => {
            let pdf = app.internship_form(&id, EvaluationKind::parse("kind", &kind)?, &locale).await?;
            app.save_export(&out, &pdf)?;
            emit(json, &serde_json::json!({ "file": out, "bytes": pdf.len() }), |_| {
                format!("wrote {} ({} bytes)", out.display(), pdf.len())
            });
        }
        InternshipCmd::Certify { id } => {
            let c = app.internship_certificate_issue(&id).await?;
            emit(json, &c, |c| format!("issued certificate {} ({} hours)", c.code, c.snapshot.hours));
        }
    }
    Ok(())
}

fn show(d: &InternshipDetail) -> String {
    let p = &d.internship;
    let mut out = vec![
        format!("{} ({})", p.title, p.id),
        format!("{}: {} → {}", d.intern, d.sending_org, d.host_org),
        format!("planned {} – {}, {} hours a week", p.planned_start, p.planned_end, p.hours_per_week),
        format!("status {}", p.status),
    ];
    if let (Some(s), e) = (p.actual_start, p.actual_end) {
        out.push(format!("actual {s} – {}", e.map(|e| e.to_string()).unwrap_or_default()));
    }
    if let Some(m) = &p.mentor {
        out.push(format!("mentor {}{}", m.name, m.position.as_ref().map(|x| format!(", {x}")).unwrap_or_default()));
    }
    for u in &p.units {
        out.push(format!("unit {} {} – {}", u.name, u.starts_on, u.ends_on));
    }
    for (i, o) in p.objectives.iter().enumerate() {
        out.push(format!("objective {}. {}", i + 1, o.text));
    }
    out.push(String::new());
    let rows =
        d.weeks.iter().map(|w| vec![w.week_of.to_string(), opt(&w.intern_entry), opt(&w.mentor_comment)]).collect();
    out.push(table(&["week of", "intern", "mentor"], rows));
    let present = d.days.iter().filter(|x| x.status == PlacementDayStatus::Present).count();
    out.push(format!("{} days marked, {present} present; {} hours", d.days.len(), d.hours));
    for e in [&d.mid, &d.final_].into_iter().flatten() {
        let scores: Vec<String> = e.scores.iter().map(|s| s.score.to_string()).collect();
        out.push(format!(
            "{} evaluation {} by {}: {}{}",
            e.kind,
            e.on,
            e.evaluator,
            scores.join(" "),
            if e.from_paper { " (from paper)" } else { "" }
        ));
    }
    if let Some(c) = &d.certificate {
        out.push(format!("certificate {c}"));
    }
    for a in &d.amendments {
        out.push(format!("amended {}: {} → {} ({}, {})", a.what, opt(&a.before), opt(&a.after), a.reason, a.by));
    }
    out.join("\n")
}
