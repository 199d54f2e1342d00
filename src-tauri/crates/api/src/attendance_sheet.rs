//! The paper sign-in sheet of a session, for venues where marks are taken on paper.

use crate::certificate_template::{parse_locale, stopped, template_error};
use malaka_core::Reason;
use malaka_core::access::Action;

use malaka_render::sheet::{SheetData, sign_in_sheet};
use malaka_store::organisation;

use crate::{Error, Malaka, Result};

impl Malaka {
    /// The session's sign-in sheet as a PDF in `locale` (uz-Latn, uz-Cyrl, ru, az or en):
    /// everyone on the roll by name, a signature column, session and trainers on every page.
    pub async fn attendance_sheet(&self, session_id: &str, locale: &str) -> Result<Vec<u8>> {
        self.may(Action::Export)?;
        let locale = parse_locale("locale", locale)?;
        let roll = self.attendance_roll(session_id).await?;
        let (title, people) = (roll.activity.title.clone(), roll.people.len());
        let org = organisation::get(&mut *self.store.read().await?, &roll.activity.host_org_id).await?;
        let Some(s) = roll.sessions.into_iter().next() else {
            return Err(Error::invalid("session", Reason::NoRoll));
        };
        let data = SheetData {
            organisation: org.name,
            activity: roll.activity.title,
            starts_local: s.session.starts_local,
            ends_local: s.session.ends_local,
            time_zone: s.session.time_zone,
            venue: s.venue_name,
            trainers: s.trainer_names,
            people: roll.people.into_iter().map(|p| (p.person_name, p.role.to_string())).collect(),
        };
        // Layout is CPU work: keep it off the async threads that serve the UI.
        let pdf = tokio::task::spawn_blocking(move || sign_in_sheet(&data, locale))
            .await
            .map_err(stopped)?
            .map_err(template_error)?;
        let summary = format!("printed the sign-in sheet of a session of \"{title}\" ({people} people)");
        self.audit_export("print.sign_in_sheet", "session", Some(session_id), summary).await?;
        Ok(pdf)
    }
}
