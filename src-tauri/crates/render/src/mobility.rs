//! The Mobility documents: a study visit's programme, its delegation list and the host's
//! invitation letter, and an internship's evaluation form for the mentor to fill in by hand.
//! Each prints in one locale with the other side's language beside its labels (`second`); the
//! letter prints once per language.

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

use crate::mobility_labels::{self as labels, MobilityLabels};
use crate::world::DocWorld;
use crate::{Error, Locale, Result};

const COMMON: &str = include_str!("../templates/mobility-common.typ");
const PROGRAMME: &str = include_str!("../templates/visit-programme.typ");
const DELEGATION: &str = include_str!("../templates/visit-delegation.typ");
const LETTER: &str = include_str!("../templates/invitation-letter.typ");
const FORM: &str = include_str!("../templates/evaluation-form.typ");

/// A study visit as its documents print it.
#[derive(Debug, Clone)]
pub struct VisitPrint {
    pub title: String,
    pub sending_org: String,
    pub host_org: String,
    pub host_city: Option<String>,
    pub purpose: Option<String>,
    pub agreement: Option<String>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub host_zone: String,
    pub home_zone: String,
    pub programme: Vec<ProgrammeLine>,
    pub members: Vec<MemberLine>,
    /// The day the letter is dated.
    pub today: NaiveDate,
}

#[derive(Debug, Clone)]
pub struct ProgrammeLine {
    pub starts_local: NaiveDateTime,
    pub ends_local: NaiveDateTime,
    /// The same times on the visitors' clock.
    pub starts_home: Option<NaiveDateTime>,
    pub ends_home: Option<NaiveDateTime>,
    pub topic: String,
    pub place: Option<String>,
    pub institution: Option<String>,
    pub contact: Option<String>,
}

#[derive(Debug, Clone)]
pub struct MemberLine {
    pub name: String,
    pub organisation: Option<String>,
    /// As stored: head, member, interpreter, coordinator.
    pub role: String,
}

/// An internship as its evaluation form prints it.
#[derive(Debug, Clone)]
pub struct FormPrint {
    pub final_evaluation: bool,
    pub intern: String,
    pub sending_org: String,
    pub host_org: String,
    /// (unit, from, to)
    pub units: Vec<(String, NaiveDate, NaiveDate)>,
    pub mentor: Option<String>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub hours_per_week: f64,
    pub objectives: Vec<String>,
}

fn span(locale: Locale, from: NaiveDate, to: NaiveDate) -> String {
    format!("{} – {}", from.format(locale.date_format()), to.format(locale.date_format()))
}

/// The other side's labels, when its language differs from the print's.
fn second_labels(locale: Locale, second: Option<Locale>) -> Option<MobilityLabels> {
    second.filter(|s| *s != locale).map(labels::mobility)
}

#[derive(Serialize)]
struct VisitJson<'a> {
    lang: &'static str,
    l: MobilityLabels,
    s: Option<MobilityLabels>,
    footer: String,
    title: &'a str,
    sending: &'a str,
    host: &'a str,
    city: Option<&'a str>,
    purpose: Option<&'a str>,
    agreement: Option<&'a str>,
    dates: String,
    host_zone: &'a str,
    home_zone: &'a str,
    days: Vec<Day>,
    members: Vec<Member>,
}

#[derive(Serialize)]
struct Day {
    date: String,
    items: Vec<Item>,
}

#[derive(Serialize)]
struct Item {
    host: String,
    home: String,
    topic: String,
    place: Option<String>,
    contact: Option<String>,
}

#[derive(Serialize)]
struct Member {
    name: String,
    organisation: String,
    role: &'static str,
}

fn visit_json(v: &VisitPrint, locale: Locale, second: Option<Locale>) -> VisitJson<'_> {
    let l = labels::mobility(locale);
    let mut days: Vec<Day> = Vec::new();
    for i in &v.programme {
        let date = i.starts_local.format(locale.date_format()).to_string();
        let hours = |a: NaiveDateTime, b: NaiveDateTime| format!("{}–{}", a.format("%H:%M"), b.format("%H:%M"));
        let place = match (&i.place, &i.institution) {
            (Some(p), Some(inst)) => Some(format!("{p}, {inst}")),
            (p, inst) => p.clone().or(inst.clone()),
        };
        let item = Item {
            host: hours(i.starts_local, i.ends_local),
            home: match (i.starts_home, i.ends_home) {
                (Some(a), Some(b)) => hours(a, b),
                _ => "—".into(),
            },
            topic: i.topic.clone(),
            place,
            contact: i.contact.clone(),
        };
        match days.last_mut() {
            Some(d) if d.date == date => d.items.push(item),
            _ => days.push(Day { date, items: vec![item] }),
        }
    }
    let members = v
        .members
        .iter()
        .map(|m| Member {
            name: m.name.clone(),
            organisation: m.organisation.clone().unwrap_or_default(),
            role: labels::delegation_role(&l, &m.role),
        })
        .collect();
    VisitJson {
        lang: locale.lang(),
        s: second_labels(locale, second),
        footer: format!("{} · {}", v.title, v.host_org),
        title: &v.title,
        sending: &v.sending_org,
        host: &v.host_org,
        city: v.host_city.as_deref(),
        purpose: v.purpose.as_deref(),
        agreement: v.agreement.as_deref(),
        dates: span(locale, v.starts_on, v.ends_on),
        host_zone: &v.host_zone,
        home_zone: &v.home_zone,
        days,
        members,
        l,
    }
}

fn render(name: &str, template: &str, json: &impl Serialize) -> Result<Vec<u8>> {
    let bytes = serde_json::to_vec(json).map_err(|e| Error::Pdf(e.to_string()))?;
    DocWorld::new(name, template, bytes).pdf()
}

/// The visit's programme, day by day, on both clocks.
pub fn visit_programme(v: &VisitPrint, locale: Locale, second: Option<Locale>) -> Result<Vec<u8>> {
    render("visit-programme.typ", &format!("{COMMON}\n{PROGRAMME}"), &visit_json(v, locale, second))
}

/// The delegation: members and their roles.
pub fn delegation_list(v: &VisitPrint, locale: Locale, second: Option<Locale>) -> Result<Vec<u8>> {
    render("visit-delegation.typ", &format!("{COMMON}\n{DELEGATION}"), &visit_json(v, locale, second))
}

#[derive(Serialize)]
struct LetterJson<'a> {
    title: &'a str,
    host: &'a str,
    sending: &'a str,
    purpose: Option<&'a str>,
    agreement: Option<&'a str>,
    members: usize,
    letters: Vec<Letter>,
}

#[derive(Serialize)]
struct Letter {
    lang: &'static str,
    l: MobilityLabels,
    date: String,
    body: String,
    members: Vec<Member>,
}

/// The host's letter of invitation, one page for each of `languages` (in that order, each once).
pub fn invitation_letter(v: &VisitPrint, languages: &[Locale]) -> Result<Vec<u8>> {
    let mut seen: Vec<Locale> = Vec::new();
    for l in languages {
        if !seen.contains(l) {
            seen.push(*l);
        }
    }
    let letters = seen
        .into_iter()
        .map(|locale| {
            let l = labels::mobility(locale);
            let template = if v.host_city.is_some() { l.letter_body } else { l.letter_body_no_city };
            let body = template
                .replace("{host}", &v.host_org)
                .replace("{sender}", &v.sending_org)
                .replace("{title}", &v.title)
                .replace("{city}", v.host_city.as_deref().unwrap_or_default())
                .replace("{from}", &v.starts_on.format(locale.date_format()).to_string())
                .replace("{to}", &v.ends_on.format(locale.date_format()).to_string());
            let members = v
                .members
                .iter()
                .map(|m| Member {
                    name: m.name.clone(),
                    organisation: m.organisation.clone().unwrap_or_default(),
                    role: labels::delegation_role(&l, &m.role),
                })
                .collect();
            Letter { lang: locale.lang(), date: v.today.format(locale.date_format()).to_string(), body, members, l }
        })
        .collect();
    let json = LetterJson {
        title: &v.title,
        host: &v.host_org,
        sending: &v.sending_org,
        purpose: v.purpose.as_deref(),
        agreement: v.agreement.as_deref(),
        members: v.members.len(),
        letters,
    };
    render("invitation-letter.typ", LETTER, &json)
}

#[derive(Serialize)]
struct FormJson<'a> {
    lang: &'static str,
    l: MobilityLabels,
    s: Option<MobilityLabels>,
    footer: String,
    heading: &'static str,
    heading_second: Option<&'static str>,
    intern: &'a str,
    sending: &'a str,
    host: &'a str,
    units: Option<String>,
    mentor: Option<&'a str>,
    period: String,
    hours: String,
    objectives: &'a [String],
}

/// The mentor's evaluation form: a score box per objective, comments, date and signature.
pub fn evaluation_form(f: &FormPrint, locale: Locale, second: Option<Locale>) -> Result<Vec<u8>> {
    let l = labels::mobility(locale);
    let s = second_labels(locale, second);
    let heading_of = |l: &MobilityLabels| if f.final_evaluation { l.form_final } else { l.form_mid };
    let units: Vec<String> =
        f.units.iter().map(|(name, from, to)| format!("{name} ({})", span(locale, *from, *to))).collect();
    let json = FormJson {
        lang: locale.lang(),
        footer: format!("{} · {}", f.intern, f.host_org),
        heading: heading_of(&l),
        heading_second: s.as_ref().map(heading_of),
        intern: &f.intern,
        sending: &f.sending_org,
        host: &f.host_org,
        units: (!units.is_empty()).then(|| units.join("; ")),
        mentor: f.mentor.as_deref(),
        period: span(locale, f.starts_on, f.ends_on),
        hours: format!("{}", f.hours_per_week),
        objectives: &f.objectives,
        l,
        s,
    };
    render("evaluation-form.typ", &format!("{COMMON}\n{FORM}"), &json)
}
