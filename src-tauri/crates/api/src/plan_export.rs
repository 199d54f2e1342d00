//! What planning hands to other programs: schedules as iCalendar files and participant lists as
//! XLSX or CSV.

use crate::certificate_template::parse_locale;
use crate::error::file_error;
use malaka_core::Reason;
use malaka_core::access::Action;
use std::collections::HashMap;

use malaka_core::model::{EnrolmentStatus, Session};
use malaka_core::validate;
use malaka_exchange::ics::{Event, calendar};
use malaka_exchange::roster::{Sheet, csv_bytes, xlsx_bytes};
use malaka_render::labels;
use malaka_store::{Conn, activity, enrolment, organisation, person, session, venue};

use crate::{Error, Malaka, Result, now};

/// Whose schedule to export.
#[derive(Debug, Clone)]
pub enum ScheduleOf {
    Activity(String),
    Person(String),
}

/// A participant list's file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListFormat {
    Xlsx,
    Csv,
}

impl ListFormat {
    pub fn parse(text: &str) -> Result<ListFormat> {
        match text.trim().to_lowercase().as_str() {
            "xlsx" => Ok(ListFormat::Xlsx),
            "csv" => Ok(ListFormat::Csv),
            other => Err(Error::invalid(
                "format",
                Reason::NotOneOf { value: other.into(), allowed: vec!["xlsx".into(), "csv".into()] },
            )),
        }
    }
}

impl Malaka {
    /// The sessions of an activity, or of everything a person takes part in or teaches, as an
    /// iCalendar file; cancelled sessions are included as cancelled, so calendars drop them.
    pub async fn schedule_ics(&self, of: &ScheduleOf) -> Result<String> {
        self.may(Action::Export)?;
        let mut c = self.store.read().await?;
        let (name, sessions) = match of {
            ScheduleOf::Activity(id) => {
                let a = activity::get(&mut c, &validate::id("activity", id)?).await?;
                let list = session::list_for_activity(&mut c, &a.id).await?;
                (a.title, list)
            }
            ScheduleOf::Person(id) => {
                let p = person::get(&mut c, &validate::id("person", id)?).await?;
                let list = session::list_for_person(&mut c, &p.id).await?;
                (p.display_name(), list)
            }
        };
        let mut events = Vec::with_capacity(sessions.len());
        let mut titles: HashMap<String, String> = HashMap::new();
        for s in sessions {
            events.push(self.event(&mut c, &mut titles, s).await?);
        }
        drop(c);
        let ics = calendar(&name, &events, now()).map_err(file_error)?;
        let (entity, id) = match of {
            ScheduleOf::Activity(id) => ("activity", id),
            ScheduleOf::Person(id) => ("person", id),
        };
        let summary = format!("exported the schedule of {name} ({} sessions) as iCalendar", events.len());
        self.audit_export("export.schedule", entity, Some(id), summary).await?;
        Ok(ics)
    }

    async fn event(&self, c: &mut Conn, titles: &mut HashMap<String, String>, s: Session) -> Result<Event> {
        if !titles.contains_key(&s.activity_id) {
            let title = activity::get(c, &s.activity_id).await?.title;
            titles.insert(s.activity_id.clone(), title);
        }
        let title = titles[&s.activity_id].clone();
        let location = match &s.venue_id {
            Some(v) => {
                let v = venue::get(c, v).await?;
                Some([Some(v.name), v.address, Some(v.city)].into_iter().flatten().collect::<Vec<_>>().join(", "))
            }
            None => None,
        };
        Ok(Event {
            uid: format!("{}@malaka", s.id),
            summary: s.title.as_ref().map(|t| format!("{title}: {t}")).unwrap_or(title),
            location,
            description: s.cancel_reason.clone(),
            starts_local: s.starts_local,
            ends_local: s.ends_local,
            time_zone: s.time_zone,
            cancelled: s.status == malaka_core::model::SessionStatus::Cancelled,
        })
    }

    /// An activity's participant list (everyone not cancelled or declined: enrolled, waiting,
    /// nominated, trainers and speakers) with headers in `locale`.
    pub async fn participants(&self, activity_id: &str, locale: &str) -> Result<Sheet> {
        self.may(Action::Export)?;
        let locale = parse_locale("locale", locale)?;
        let mut c = self.store.read().await?;
        let act = activity::get(&mut c, &validate::id("activity", activity_id)?).await?;
        let mut orgs: HashMap<String, String> = HashMap::new();
        let mut rows = Vec::new();
        let lines = enrolment::list_for_activity(&mut c, &act.id).await?;
        for (e, _) in
            lines.iter().filter(|(e, _)| !matches!(e.status, EnrolmentStatus::Cancelled | EnrolmentStatus::Declined))
        {
            let p = person::get(&mut c, &e.person_id).await?;
            let mut org_name = async |id: &Option<String>| -> Result<String> {
                let Some(id) = id else { return Ok(String::new()) };
                if !orgs.contains_key(id) {
                    orgs.insert(id.clone(), organisation::get(&mut c, id).await?.name);
                }
                Ok(orgs[id].clone())
            };
            let org = org_name(&Some(p.organisation_id.clone())).await?;
            let unit = org_name(&p.unit_id).await?;
            rows.push(vec![
                (rows.len() + 1).to_string(),
                p.family_name,
                p.given_name,
                p.patronymic.unwrap_or_default(),
                org,
                unit,
                p.position.unwrap_or_default(),
                p.personnel_number.unwrap_or_default(),
                labels::role(locale, e.role.as_str()).to_owned(),
                labels::enrolment_status(locale, e.status.as_str()).to_owned(),
            ]);
        }
        let headers = labels::participant_headings(locale).iter().map(|h| h.to_string()).collect();
        Ok(Sheet { title: act.title, headers, rows })
    }

    /// The participant list as file bytes.
    pub async fn participants_file(&self, activity_id: &str, format: ListFormat, locale: &str) -> Result<Vec<u8>> {
        self.may(Action::Export)?;
        let sheet = self.participants(activity_id, locale).await?;
        let (bytes, kind) = match format {
            ListFormat::Xlsx => (xlsx_bytes(&sheet), "XLSX"),
            ListFormat::Csv => (csv_bytes(&sheet), "CSV"),
        };
        let bytes = bytes.map_err(file_error)?;
        let summary =
            format!("exported the participant list of \"{}\" ({} rows) as {kind}", sheet.title, sheet.rows.len());
        self.audit_export("export.participants", "activity", Some(activity_id), summary).await?;
        Ok(bytes)
    }
}

#[cfg(test)]
mod tests {
    use malaka_core::model::{EnrolmentRole, EnrolmentStatus};
    use malaka_render::{Locale, labels};

    #[test]
    fn every_role_and_status_has_words_in_every_locale() {
        for locale in Locale::ALL {
            for s in EnrolmentStatus::ALL {
                assert!(!labels::enrolment_status(locale, s.as_str()).is_empty(), "{s} in {locale:?}");
            }
            let roles: Vec<&str> = EnrolmentRole::ALL.iter().map(|r| labels::role(locale, r.as_str())).collect();
            let mut distinct = roles.clone();
            distinct.dedup();
            assert_eq!(distinct.len(), EnrolmentRole::ALL.len(), "{roles:?}");
        }
    }
}
