//! `malaka visit …`: study visits — the delegation, its papers, programme, journey, states and
//! report. Programme items, legs and stays are given as `|`-separated fields, each flag once per
//! item; the whole list replaces the one kept.

use clap::Subcommand;
use malaka_api::core::model::*;
use malaka_api::{Error, Malaka};

use crate::organisation::org_id;
use crate::output::{emit, opt, table};

#[derive(Subcommand, Debug)]
pub(crate) enum VisitCmd {
    /// Plan a visit (a draft). Its direction follows from the sides when one is a partner abroad.
    Add {
        #[arg(long)]
        title: String,
        /// The sending organisation (id or short code).
        #[arg(long)]
        from: String,
        /// The host organisation (id or short code).
        #[arg(long)]
        to: String,
        #[arg(long)]
        start: String,
        #[arg(long)]
        end: String,
        /// outgoing or incoming (default: from the sides).
        #[arg(long)]
        direction: Option<String>,
        #[arg(long)]
        purpose: Option<String>,
        /// The agreement (memorandum) the visit serves.
        #[arg(long)]
        agreement: Option<String>,
        #[arg(long)]
        city: Option<String>,
        /// The host's IANA zone (the programme's clock).
        #[arg(long, default_value = "Asia/Baku")]
        host_tz: String,
        /// The visitors' IANA zone.
        #[arg(long, default_value = "Asia/Tashkent")]
        home_tz: String,
    },
    /// Change a visit's dates or details; after confirmation give --reason (kept as an amendment).
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
        purpose: Option<String>,
        #[arg(long)]
        agreement: Option<String>,
        #[arg(long)]
        city: Option<String>,
        #[arg(long)]
        reason: Option<String>,
    },
    /// Visits, latest first.
    List {
        #[arg(long)]
        direction: Option<String>,
        /// The partner's country (AZ, UZ…).
        #[arg(long)]
        country: Option<String>,
        /// A partner organisation on either side (id or short code).
        #[arg(long)]
        partner: Option<String>,
        #[arg(long)]
        status: Option<String>,
        #[arg(long)]
        year: Option<i32>,
        /// Visits this person took part in.
        #[arg(long)]
        person: Option<String>,
    },
    /// Everything about one visit.
    Show { id: String },
    /// The sender's step: proposed, confirmed, under_way, completed, cancelled (--reason), draft.
    Status {
        id: String,
        status: String,
        #[arg(long)]
        reason: Option<String>,
    },
    /// The host's answer: accepted, or declined (--reason).
    Host {
        id: String,
        answer: String,
        #[arg(long)]
        reason: Option<String>,
    },
    /// The delegation.
    #[command(subcommand)]
    Member(MemberCmd),
    /// Record a member's visa status on a day: not_needed, documents_requested, applied, issued,
    /// refused.
    Visa {
        id: String,
        member: String,
        status: String,
        #[arg(long)]
        on: String,
        #[arg(long)]
        note: Option<String>,
    },
    /// Replace the programme: each --item "START|END|TOPIC[|PLACE|INSTITUTION|CONTACT]", times
    /// `YYYY-MM-DDTHH:MM` on the host's clock.
    Programme {
        id: String,
        #[arg(long = "item", value_parser = programme_item)]
        items: Vec<Fields>,
        #[arg(long)]
        reason: Option<String>,
    },
    /// Replace the journey: each --leg "MODE|FROM|DEPARTS|DEPARTS_TZ|TO|ARRIVES|ARRIVES_TZ[|CARRIER|BOOKING]",
    /// each --stay "PLACE|CHECK_IN|CHECK_OUT[|ADDRESS]".
    Travel {
        id: String,
        #[arg(long = "leg", value_parser = leg)]
        legs: Vec<Fields>,
        #[arg(long = "stay", value_parser = stay)]
        stays: Vec<Fields>,
        #[arg(long)]
        reason: Option<String>,
    },
    /// Write the visits (with the list's filters) as XLSX or CSV, one row per member; passports
    /// and visas only with --papers.
    Export {
        #[arg(long)]
        direction: Option<String>,
        #[arg(long)]
        country: Option<String>,
        #[arg(long)]
        status: Option<String>,
        #[arg(long)]
        year: Option<i32>,
        #[arg(long)]
        papers: bool,
        /// xlsx or csv (default: from the file's extension).
        #[arg(long)]
        format: Option<String>,
        #[arg(long, default_value = "uz-Latn")]
        locale: String,
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Print the programme, the invitation letter or the delegation list as a PDF.
    Print {
        id: String,
        /// programme, letter or delegation.
        document: String,
        /// uz-Latn, uz-Cyrl, ru, az or en.
        #[arg(long, default_value = "uz-Latn")]
        locale: String,
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// The report after the visit: --learned, and each --follow-up "ACTION|OWNER[|DUE]".
    Report {
        id: String,
        #[arg(long)]
        learned: String,
        #[arg(long = "follow-up", value_parser = follow_up)]
        follow_ups: Vec<Fields>,
    },
}

#[derive(Subcommand, Debug)]
pub(crate) enum MemberCmd {
    /// Add a person from the register (--person) or from outside it (--name, --organisation).
    Add {
        id: String,
        #[arg(long, conflicts_with = "name")]
        person: Option<String>,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        organisation: Option<String>,
        /// head, member, interpreter or coordinator.
        #[arg(long, default_value = "member")]
        role: String,
        #[arg(long)]
        passport: Option<String>,
        #[arg(long)]
        invited: Option<String>,
        #[arg(long)]
        reason: Option<String>,
    },
    Remove {
        id: String,
        member: String,
        #[arg(long)]
        reason: Option<String>,
    },
}

/// One `|`-separated item, its fields trimmed; blanks are absent.
#[derive(Debug, Clone)]
pub(crate) struct Fields(Vec<String>);

impl Fields {
    pub(crate) fn at(&self, i: usize) -> String {
        self.0.get(i).cloned().unwrap_or_default()
    }
    pub(crate) fn opt(&self, i: usize) -> Option<String> {
        self.0.get(i).filter(|s| !s.is_empty()).cloned()
    }
}

pub(crate) fn fields(text: &str, min: usize, max: usize, shape: &str) -> Result<Fields, String> {
    let parts: Vec<String> = text.split('|').map(|s| s.trim().to_owned()).collect();
    if parts.len() < min || parts.len() > max {
        return Err(format!("expected {shape} ({} fields given)", parts.len()));
    }
    Ok(Fields(parts))
}

fn programme_item(text: &str) -> Result<Fields, String> {
    fields(text, 3, 6, "START|END|TOPIC[|PLACE|INSTITUTION|CONTACT]")
}

fn leg(text: &str) -> Result<Fields, String> {
    fields(text, 7, 9, "MODE|FROM|DEPARTS|DEPARTS_TZ|TO|ARRIVES|ARRIVES_TZ[|CARRIER|BOOKING]")
}

fn stay(text: &str) -> Result<Fields, String> {
    fields(text, 3, 4, "PLACE|CHECK_IN|CHECK_OUT[|ADDRESS]")
}

fn follow_up(text: &str) -> Result<Fields, String> {
    fields(text, 2, 3, "ACTION|OWNER[|DUE]")
}

pub(crate) async fn visit(app: &Malaka, cmd: VisitCmd, json: bool) -> Result<(), Error> {
    match cmd {
        VisitCmd::Add { title, from, to, start, end, direction, purpose, agreement, city, host_tz, home_tz } => {
            let input = NewVisit {
                title,
                direction: direction.map(|d| VisitDirection::parse("direction", &d)).transpose()?,
                purpose,
                agreement_ref: agreement,
                sending_org_id: org_id(app, &from).await?,
                host_org_id: org_id(app, &to).await?,
                host_city: city,
                host_time_zone: host_tz,
                home_time_zone: home_tz,
                planned_start: start,
                planned_end: end,
                actual_start: None,
                actual_end: None,
            };
            let v = app.visit_create(input).await?;
            emit(json, &v, |v| format!("added {} visit {} ({})", v.direction, v.title, v.id));
        }
        VisitCmd::Edit { id, title, start, end, actual_start, actual_end, purpose, agreement, city, reason } => {
            let now = app.visit_get(&id).await?.visit;
            let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string());
            let input = NewVisit {
                title: title.unwrap_or(now.title),
                direction: Some(now.direction),
                purpose: purpose.or(now.purpose),
                agreement_ref: agreement.or(now.agreement_ref),
                sending_org_id: now.sending_org_id,
                host_org_id: now.host_org_id,
                host_city: city.or(now.host_city),
                host_time_zone: now.host_time_zone,
                home_time_zone: now.home_time_zone,
                planned_start: start.unwrap_or(now.planned_start.to_string()),
                planned_end: end.unwrap_or(now.planned_end.to_string()),
                actual_start: actual_start.or(day(now.actual_start)),
                actual_end: actual_end.or(day(now.actual_end)),
            };
            let v = app.visit_update(&id, input, now.version, reason).await?;
            emit(json, &v, |v| format!("edited visit {} ({} to {})", v.title, v.planned_start, v.planned_end));
        }
        VisitCmd::List { direction, country, partner, status, year, person } => {
            let filter = VisitFilter {
                direction: direction.map(|d| VisitDirection::parse("direction", &d)).transpose()?,
                country,
                partner_org_id: match partner {
                    Some(p) => Some(org_id(app, &p).await?),
                    None => None,
                },
                status: status.map(|s| VisitStatus::parse("status", &s)).transpose()?,
                year,
                person_id: person,
                within: None,
            };
            let list = app.visit_list(filter).await?;
            emit(json, &list, |l| {
                let rows = l
                    .iter()
                    .map(|r| {
                        let v = &r.visit;
                        vec![
                            v.id.clone(),
                            v.title.clone(),
                            v.direction.to_string(),
                            format!("{} → {}", r.sending_org, r.host_org),
                            format!("{} – {}", v.planned_start, v.planned_end),
                            format!("{}/{}", v.status, v.host_status),
                            r.members.to_string(),
                        ]
                    })
                    .collect();
                table(&["id", "title", "direction", "sides", "planned", "status/host", "people"], rows)
            });
        }
        VisitCmd::Show { id } => {
            let d = app.visit_get(&id).await?;
            emit(json, &d, show);
        }
        VisitCmd::Status { id, status, reason } => {
            let v = app.visit_set_status(&id, VisitStatus::parse("status", &status)?, reason).await?;
            emit(json, &v, |v| format!("visit {} is {}", v.title, v.status));
        }
        VisitCmd::Host { id, answer, reason } => {
            let v = app.visit_host_answer(&id, HostStatus::parse("answer", &answer)?, reason).await?;
            emit(json, &v, |v| format!("the host of {} has {}", v.title, v.host_status));
        }
        VisitCmd::Member(MemberCmd::Add { id, person, name, organisation, role, passport, invited, reason }) => {
            let input = NewVisitMember {
                person_id: person,
                name,
                organisation,
                role: Some(DelegationRole::parse("role", &role)?),
                invitation_sent_on: invited,
                passport_valid_until: passport,
            };
            let m = app.visit_member_add(&id, input, reason).await?;
            emit(json, &m, |m| format!("added {} as {} ({})", m.name, m.role, m.id));
        }
        VisitCmd::Member(MemberCmd::Remove { id, member, reason }) => {
            app.visit_member_remove(&id, &member, reason).await?;
            emit(json, &serde_json::json!({ "removed": member }), |_| format!("removed member {member}"));
        }
        VisitCmd::Visa { id, member, status, on, note } => {
            let input = NewVisaEvent { status: Some(VisaStatus::parse("status", &status)?), on, note };
            let e = app.visit_visa_record(&id, &member, input).await?;
            emit(json, &e, |e| format!("visa {} on {}", e.status, e.on));
        }
        VisitCmd::Programme { id, items, reason } => {
            let items = items
                .iter()
                .map(|f| NewProgrammeItem {
                    starts_local: f.at(0),
                    ends_local: f.at(1),
                    topic: f.at(2),
                    place: f.opt(3),
                    institution: f.opt(4),
                    contact: f.opt(5),
                })
                .collect();
            let p = app.visit_programme_set(&id, items, reason).await?;
            emit(json, &p, |p| format!("the programme has {} items", p.len()));
        }
        VisitCmd::Travel { id, legs, stays, reason } => {
            let legs = legs
                .iter()
                .map(|f| {
                    Ok(NewTravelLeg {
                        mode: Some(TravelMode::parse("mode", &f.at(0))?),
                        from_place: f.at(1),
                        departs_local: f.at(2),
                        departs_zone: f.at(3),
                        to_place: f.at(4),
                        arrives_local: f.at(5),
                        arrives_zone: f.at(6),
                        carrier: f.opt(7),
                        booking_ref: f.opt(8),
                    })
                })
                .collect::<Result<Vec<_>, malaka_api::core::Error>>()?;
            let lodging = stays
                .iter()
                .map(|f| NewLodging { place: f.at(0), check_in: f.at(1), check_out: f.at(2), address: f.opt(3) })
                .collect();
            let t = app.visit_travel_set(&id, NewTravel { legs, lodging }, reason).await?;
            emit(json, &t, |t| format!("{} legs, {} stays", t.legs.len(), t.lodging.len()));
        }
        VisitCmd::Export { direction, country, status, year, papers, format, locale, out } => {
            let filter = VisitFilter {
                direction: direction.map(|d| VisitDirection::parse("direction", &d)).transpose()?,
                country,
                status: status.map(|s| VisitStatus::parse("status", &s)).transpose()?,
                year,
                ..Default::default()
            };
            let format = list_format(format.as_deref(), &out)?;
            let bytes = app.visits_file(filter, papers, format, &locale).await?;
            app.save_export(&out, &bytes)?;
            emit(json, &serde_json::json!({ "file": out, "bytes": bytes.len() }), |_| {
                format!("wrote {} ({} bytes)", out.display(), bytes.len())
            });
        }
        VisitCmd::Print { id, document, locale, out } => {
            let document = malaka_api::mobility_print::VisitDocument::parse("document", &document)?;
            let pdf = app.visit_print(&id, document, &locale).await?;
            app.save_export(&out, &pdf)?;
            emit(json, &serde_json::json!({ "file": out, "bytes": pdf.len() }), |_| {
                format!("wrote {} ({} bytes)", out.display(), pdf.len())
            });
        }
        VisitCmd::Report { id, learned, follow_ups } => {
            let follow_ups = follow_ups
                .iter()
                .map(|f| NewFollowUp { action: f.at(0), owner: f.at(1), due_on: f.opt(2), done: false })
                .collect();
            let r = app.visit_report_save(&id, NewVisitReport { learned, follow_ups }).await?;
            emit(json, &r, |r| format!("report saved with {} follow-ups", r.follow_ups.len()));
        }
    }
    Ok(())
}

fn show(d: &VisitDetail) -> String {
    let v = &d.visit;
    let mut out = vec![
        format!("{} ({}, {})", v.title, v.direction, v.id),
        format!(
            "{} → {}{}",
            d.sending_org,
            d.host_org,
            v.host_city.as_ref().map(|c| format!(", {c}")).unwrap_or_default()
        ),
        format!("planned {} – {}", v.planned_start, v.planned_end),
        format!("status {}, host {}", v.status, v.host_status),
    ];
    if let (Some(s), e) = (v.actual_start, v.actual_end) {
        out.push(format!("actual {s} – {}", e.map(|e| e.to_string()).unwrap_or_default()));
    }
    out.push(String::new());
    let rows = d
        .members
        .iter()
        .map(|m| {
            let papers = m.papers.as_ref();
            let passport = papers.and_then(|p| p.passport_valid_until).map(|d| d.to_string()).unwrap_or_default();
            let warning = if papers.is_some_and(|p| p.passport_warning) { " (!)" } else { "" };
            vec![
                m.id.clone(),
                m.name.clone(),
                opt(&m.organisation),
                m.role.to_string(),
                format!("{passport}{warning}"),
                papers.and_then(|p| p.visa).map(|s| s.to_string()).unwrap_or_default(),
            ]
        })
        .collect();
    out.push(table(&["member", "name", "organisation", "role", "passport until", "visa"], rows));
    out.push(String::new());
    let rows = d
        .programme
        .iter()
        .map(|i| {
            let home = i.starts_home.map(|t| t.format("%H:%M").to_string()).unwrap_or_default();
            vec![
                i.starts_local.format("%Y-%m-%d %H:%M").to_string(),
                i.ends_local.format("%H:%M").to_string(),
                home,
                i.topic.clone(),
                opt(&i.place),
            ]
        })
        .collect();
    out.push(table(&["starts (host)", "ends", "home clock", "topic", "place"], rows));
    for a in &d.amendments {
        out.push(format!(
            "amended {}: {} → {} ({}, {} {})",
            a.what,
            opt(&a.before),
            opt(&a.after),
            a.reason,
            a.by,
            a.at.format("%Y-%m-%d %H:%M")
        ));
    }
    out.join("\n")
}

/// The list format asked for, or the one the file's name ends in.
pub(crate) fn list_format(
    format: Option<&str>,
    out: &std::path::Path,
) -> Result<malaka_api::plan_export::ListFormat, Error> {
    let by_name = out.extension().and_then(|e| e.to_str()).unwrap_or("xlsx").to_owned();
    malaka_api::plan_export::ListFormat::parse(format.unwrap_or(&by_name))
}
