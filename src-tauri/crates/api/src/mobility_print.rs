//! Printing for Mobility: a study visit's programme, delegation list and invitation letter, and
//! an internship's evaluation form. Each prints in the reader's locale with the other side's
//! language beside its labels; the letter has a page in the host's and the visitors' language.

use malaka_core::access::Action;
use malaka_core::model::EvaluationKind;
use malaka_core::validate as v;
use malaka_render::Locale;
use malaka_render::mobility::{self as docs, FormPrint, MemberLine, ProgrammeLine, VisitPrint};
use malaka_store::{internship, organisation};
use serde::Deserialize;

use crate::certificate_template::{parse_locale, stopped, template_error};
use crate::{Malaka, Result, now};

/// Which of a visit's documents to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum VisitDocument {
    Programme,
    Letter,
    Delegation,
}

impl VisitDocument {
    pub fn parse(field: &str, s: &str) -> Result<Self> {
        match s.trim() {
            "programme" => Ok(Self::Programme),
            "letter" => Ok(Self::Letter),
            "delegation" => Ok(Self::Delegation),
            other => Err(crate::Error::invalid(
                field,
                malaka_core::Reason::NotOneOf {
                    value: other.into(),
                    allowed: vec!["programme".into(), "letter".into(), "delegation".into()],
                },
            )),
        }
    }
}

/// The language a side of an exchange reads, by its country.
pub(crate) fn language_of(country: &str) -> Locale {
    match country {
        "AZ" => Locale::Az,
        "UZ" => Locale::UzLatn,
        "RU" | "KZ" | "KG" | "TJ" | "BY" => Locale::Ru,
        _ => Locale::En,
    }
}

/// The first of `sides` whose language is not the print's own.
fn other_language(locale: Locale, sides: &[Locale]) -> Option<Locale> {
    sides.iter().copied().find(|s| *s != locale)
}

impl Malaka {
    /// One of a visit's documents as a PDF in `locale`.
    pub async fn visit_print(&self, id: &str, document: VisitDocument, locale: &str) -> Result<Vec<u8>> {
        self.may(Action::Export)?;
        let locale = parse_locale("locale", locale)?;
        let d = self.visit_get(id).await?;
        let (host, sending) = {
            let mut conn = self.store.read().await?;
            let host = organisation::get(&mut conn, &d.visit.host_org_id).await?;
            let sending = organisation::get(&mut conn, &d.visit.sending_org_id).await?;
            (host, sending)
        };
        let sides = [language_of(&host.country), language_of(&sending.country)];
        let (from, to) = d.visit.span();
        let print = VisitPrint {
            title: d.visit.title.clone(),
            sending_org: d.sending_org.clone(),
            host_org: d.host_org.clone(),
            host_city: d.visit.host_city.clone(),
            purpose: d.visit.purpose.clone(),
            agreement: d.visit.agreement_ref.clone(),
            starts_on: from,
            ends_on: to,
            host_zone: d.visit.host_time_zone.clone(),
            home_zone: d.visit.home_time_zone.clone(),
            programme: d
                .programme
                .iter()
                .map(|i| ProgrammeLine {
                    starts_local: i.starts_local,
                    ends_local: i.ends_local,
                    starts_home: i.starts_home,
                    ends_home: i.ends_home,
                    topic: i.topic.clone(),
                    place: i.place.clone(),
                    institution: i.institution.clone(),
                    contact: i.contact.clone(),
                })
                .collect(),
            members: d
                .members
                .iter()
                .map(|m| MemberLine {
                    name: m.name.clone(),
                    organisation: m.organisation.clone(),
                    role: m.role.to_string(),
                })
                .collect(),
            today: now().date_naive(),
        };
        let second = other_language(locale, &sides);
        let pdf = tokio::task::spawn_blocking(move || match document {
            VisitDocument::Programme => docs::visit_programme(&print, locale, second),
            VisitDocument::Delegation => docs::delegation_list(&print, locale, second),
            // The host writes in its language, the visitors read theirs, and the printer keeps
            // one in their own.
            VisitDocument::Letter => docs::invitation_letter(&print, &[sides[0], sides[1], locale]),
        })
        .await
        .map_err(stopped)?
        .map_err(template_error)?;
        let what = match document {
            VisitDocument::Programme => "programme",
            VisitDocument::Letter => "invitation letter",
            VisitDocument::Delegation => "delegation list",
        };
        let summary = format!("printed the {what} of visit \"{}\"", d.visit.title);
        self.audit_export("print.visit", "visit", Some(&d.visit.id), summary).await?;
        Ok(pdf)
    }

    /// The mentor's evaluation form for a placement, to fill in by hand, in `locale` with the
    /// host's language beside it.
    pub async fn internship_form(&self, id: &str, kind: EvaluationKind, locale: &str) -> Result<Vec<u8>> {
        self.may(Action::Export)?;
        let locale = parse_locale("locale", locale)?;
        let id = v::id("internship", id)?;
        let d = self.internship_get(&id).await?;
        let (host, sending) = {
            let mut conn = self.store.read().await?;
            let p = internship::get(&mut conn, &id).await?;
            let host = organisation::get(&mut conn, &p.host_org_id).await?;
            let sending = organisation::get(&mut conn, &p.sending_org_id).await?;
            (host, sending)
        };
        // The mentor reads the host's language first; the sending side reads the form too.
        let sides = [language_of(&host.country), language_of(&sending.country)];
        let p = &d.internship;
        let (from, to) = p.span();
        let print = FormPrint {
            final_evaluation: kind == EvaluationKind::Final,
            intern: d.intern.clone(),
            sending_org: d.sending_org.clone(),
            host_org: d.host_org.clone(),
            units: p.units.iter().map(|u| (u.name.clone(), u.starts_on, u.ends_on)).collect(),
            mentor: p.mentor.as_ref().map(|m| m.name.clone()),
            starts_on: from,
            ends_on: to,
            hours_per_week: p.hours_per_week,
            objectives: p.objectives.iter().map(|o| o.text.clone()).collect(),
        };
        let second = other_language(locale, &sides);
        let pdf = tokio::task::spawn_blocking(move || docs::evaluation_form(&print, locale, second))
            .await
            .map_err(stopped)?
            .map_err(template_error)?;
        let summary = format!("printed the {kind} evaluation form of internship \"{}\"", p.title);
        self.audit_export("print.evaluation_form", "internship", Some(&id), summary).await?;
        Ok(pdf)
    }
}
