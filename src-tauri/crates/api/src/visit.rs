//! Study visits: create and edit a visit, move it through its states on each side, its
//! delegation and their travel papers, the programme, the journey and the report. Once both sides
//! have agreed on a visit, every change is kept as an amendment saying who, when and why.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use malaka_core::access::{self, Action};
use malaka_core::model::*;
use malaka_core::visit_lifecycle as rules;
use malaka_core::{Reason, time, validate as v};
use malaka_store::{WriteTx, organisation, person, visit as store};

use crate::{Error, Malaka, Result, new_id, now};

impl Malaka {
    pub async fn visit_create(&self, input: NewVisit) -> Result<Visit> {
        self.may(Action::MobilityEdit)?;
        let mut tx = self.store.begin().await?;
        let v = self.visit_create_in(&mut tx, input).await?;
        tx.commit().await?;
        Ok(v)
    }

    pub(crate) async fn visit_create_in(&self, tx: &mut WriteTx, mut input: NewVisit) -> Result<Visit> {
        let (sending, host) = sides(tx, &input.sending_org_id, &input.host_org_id).await?;
        // Towards a partner abroad is outgoing, from one incoming.
        input.direction = input.direction.or(match (sending.kind, host.kind) {
            (_, OrgKind::Partner) => Some(VisitDirection::Outgoing),
            (OrgKind::Partner, _) => Some(VisitDirection::Incoming),
            _ => None,
        });
        let at = now();
        let visit = visit_of(new_id(), input.validated()?, at);
        store::insert(tx, &visit).await?;
        let summary = format!(
            "added {} visit {} ({} to {}, {} to {})",
            visit.direction, visit.title, sending.name, host.name, visit.planned_start, visit.planned_end
        );
        self.audit(tx, at, "visit.create", "visit", Some(&visit.id), summary).await?;
        Ok(visit)
    }

    /// Edits a visit's details. `version` is the one the editor read; after confirmation the
    /// changes need a `reason` and are kept as amendments (recording a first actual date is a
    /// fact, not a change of plan, and needs none).
    pub async fn visit_update(&self, id: &str, input: NewVisit, version: i64, reason: Option<String>) -> Result<Visit> {
        self.may(Action::MobilityEdit)?;
        let id = v::id("visit", id)?;
        let mut tx = self.store.begin().await?;
        let before = store::get(&mut tx, &id).await?;
        if before.version != version {
            return Err(Error::Stale { entity: "visit" });
        }
        open(&before)?;
        let mut input = input;
        input.direction = input.direction.or(Some(before.direction));
        let valid = input.validated()?;
        sides(&mut tx, &valid.sending_org_id, &valid.host_org_id).await?;
        let at = now();
        // The new details over what the edit does not touch: states, version, creation.
        let after = Visit {
            id: id.clone(),
            status: before.status,
            host_status: before.host_status,
            status_reason: before.status_reason.clone(),
            version: before.version + 1,
            created_at: before.created_at,
            ..visit_of(id.clone(), valid, at)
        };
        let changes = changes(&before, &after);
        if changes.is_empty() {
            return Ok(before);
        }
        let amended: Vec<&Change> = changes.iter().filter(|c| !c.first_fact).collect();
        let reason = if amended.is_empty() { None } else { rules::amendment_reason(before.status, reason.as_deref())? };
        if after.span() != before.span() {
            self.check_span(&mut tx, &after).await?;
        }
        store::update(&mut tx, &after).await?;
        if let Some(reason) = &reason {
            for c in amended {
                self.amend(&mut tx, &id, at, c.what, c.before.clone(), c.after.clone(), reason).await?;
            }
        }
        let what: Vec<&str> = changes.iter().map(|c| c.what).collect();
        let summary = format!("edited visit {} ({})", after.title, what.join(", "));
        self.audit(&mut tx, at, "visit.update", "visit", Some(&id), summary).await?;
        tx.commit().await?;
        Ok(after)
    }

    /// Moves the visit on the sending side: proposed, confirmed (once the host accepted), under
    /// way, completed, or cancelled with a reason.
    pub async fn visit_set_status(&self, id: &str, status: VisitStatus, reason: Option<String>) -> Result<Visit> {
        self.may(Action::MobilityEdit)?;
        let mut tx = self.store.begin().await?;
        let done = self.visit_set_status_in(&mut tx, id, status, reason).await?;
        tx.commit().await?;
        Ok(done)
    }

    pub(crate) async fn visit_set_status_in(
        &self,
        tx: &mut WriteTx,
        id: &str,
        status: VisitStatus,
        reason: Option<String>,
    ) -> Result<Visit> {
        let id = v::id("visit", id)?;
        let before = store::get(&mut *tx, &id).await?;
        rules::check(before.status, status, before.host_status, reason.as_deref())?;
        let at = now();
        let reason = trimmed(reason);
        let after = Visit {
            status,
            status_reason: if status == VisitStatus::Cancelled { reason.clone() } else { before.status_reason.clone() },
            version: before.version + 1,
            updated_at: at,
            ..before.clone()
        };
        store::update(&mut *tx, &after).await?;
        let mut summary = format!("visit {}: {} → {}", after.title, before.status, status);
        if let Some(r) = &reason {
            summary.push_str(&format!(" ({r})"));
        }
        self.audit(&mut *tx, at, "visit.status", "visit", Some(&id), summary).await?;
        Ok(after)
    }

    /// Records the host's answer to the proposal: accepted, or declined with a reason.
    pub async fn visit_host_answer(&self, id: &str, answer: HostStatus, reason: Option<String>) -> Result<Visit> {
        self.may(Action::MobilityEdit)?;
        let mut tx = self.store.begin().await?;
        let done = self.visit_host_answer_in(&mut tx, id, answer, reason).await?;
        tx.commit().await?;
        Ok(done)
    }

    pub(crate) async fn visit_host_answer_in(
        &self,
        tx: &mut WriteTx,
        id: &str,
        answer: HostStatus,
        reason: Option<String>,
    ) -> Result<Visit> {
        let id = v::id("visit", id)?;
        let before = store::get(&mut *tx, &id).await?;
        rules::check_host(before.status, before.host_status, answer, reason.as_deref())?;
        let at = now();
        let reason = trimmed(reason);
        let after = Visit {
            host_status: answer,
            status_reason: if answer == HostStatus::Declined { reason.clone() } else { before.status_reason.clone() },
            version: before.version + 1,
            updated_at: at,
            ..before.clone()
        };
        store::update(&mut *tx, &after).await?;
        let summary = format!("visit {}: host {} → {}", after.title, before.host_status, answer);
        self.audit(&mut *tx, at, "visit.host", "visit", Some(&id), summary).await?;
        Ok(after)
    }

    /// Everything about a visit; travel papers only for the roles that arrange travel.
    pub async fn visit_get(&self, id: &str) -> Result<VisitDetail> {
        let who = self.may(Action::Read)?;
        let id = v::id("visit", id)?;
        let papers = access::allows(who.role, Action::TravelDocuments);
        let mut conn = self.store.read().await?;
        let visit = store::get(&mut conn, &id).await?;
        let sending_org = organisation::get(&mut conn, &visit.sending_org_id).await?.name;
        let host_org = organisation::get(&mut conn, &visit.host_org_id).await?.name;
        let mut members = store::members(&mut conn, &id).await?;
        if papers {
            let passports = store::passports(&mut conn, &id).await?;
            let visas = store::visas(&mut conn, &id).await?;
            let returns_on = visit.span().1;
            for m in &mut members {
                let passport = passports.iter().find(|(mid, _)| *mid == m.id).and_then(|(_, d)| *d);
                let history: Vec<VisaEvent> =
                    visas.iter().filter(|(mid, _)| *mid == m.id).map(|(_, e)| e.clone()).collect();
                m.papers = Some(TravelPapers {
                    passport_valid_until: passport,
                    passport_warning: passport.is_some_and(|p| rules::passport_warning(p, returns_on)),
                    visa: history.last().map(|e| e.status),
                    visa_history: history,
                });
            }
        }
        let mut programme = store::programme(&mut conn, &id).await?;
        let host_zone = time::zone("host_time_zone", &visit.host_time_zone)?;
        let home_zone = time::zone("home_time_zone", &visit.home_time_zone)?;
        for item in &mut programme {
            item.starts_home = on_clock(item.starts_local, host_zone, home_zone);
            item.ends_home = on_clock(item.ends_local, host_zone, home_zone);
        }
        Ok(VisitDetail {
            travel: store::travel(&mut conn, &id).await?,
            report: store::report(&mut conn, &id).await?,
            amendments: store::amendments(&mut conn, &id).await?,
            visit,
            sending_org,
            host_org,
            members,
            programme,
        })
    }

    pub async fn visit_list(&self, filter: VisitFilter) -> Result<Vec<VisitRow>> {
        self.may(Action::Read)?;
        let filter = filter.validated()?;
        Ok(store::list(&mut *self.store.read().await?, &filter).await?)
    }

    /// Replaces the programme; every item must fall on a day of the visit.
    pub async fn visit_programme_set(
        &self,
        id: &str,
        items: Vec<NewProgrammeItem>,
        reason: Option<String>,
    ) -> Result<Vec<ProgrammeItem>> {
        self.may(Action::MobilityEdit)?;
        let mut tx = self.store.begin().await?;
        let done = self.visit_programme_set_in(&mut tx, id, items, reason).await?;
        tx.commit().await?;
        Ok(done)
    }

    pub(crate) async fn visit_programme_set_in(
        &self,
        tx: &mut WriteTx,
        id: &str,
        items: Vec<NewProgrammeItem>,
        reason: Option<String>,
    ) -> Result<Vec<ProgrammeItem>> {
        let id = v::id("visit", id)?;
        let visit = store::get(&mut *tx, &id).await?;
        open(&visit)?;
        let reason = rules::amendment_reason(visit.status, reason.as_deref())?;
        let programme = programme_validated(&items, visit.span())?;
        let before = store::programme(&mut *tx, &id).await?;
        store::set_programme(&mut *tx, &id, &programme).await?;
        let at = now();
        if let Some(reason) = &reason {
            let (b, a) = (programme_text(&before), programme_text(&programme));
            self.amend(&mut *tx, &id, at, "programme", Some(b), Some(a), reason).await?;
        }
        let summary = format!("visit {}: programme of {} items (was {})", visit.title, programme.len(), before.len());
        self.audit(&mut *tx, at, "visit.programme", "visit", Some(&id), summary).await?;
        Ok(programme)
    }

    /// Replaces the journey: its legs (each arriving after it departs, in its own zones) and the
    /// lodging.
    pub async fn visit_travel_set(&self, id: &str, travel: NewTravel, reason: Option<String>) -> Result<Travel> {
        self.may(Action::MobilityEdit)?;
        let mut tx = self.store.begin().await?;
        let done = self.visit_travel_set_in(&mut tx, id, travel, reason).await?;
        tx.commit().await?;
        Ok(done)
    }

    pub(crate) async fn visit_travel_set_in(
        &self,
        tx: &mut WriteTx,
        id: &str,
        travel: NewTravel,
        reason: Option<String>,
    ) -> Result<Travel> {
        let id = v::id("visit", id)?;
        let visit = store::get(&mut *tx, &id).await?;
        open(&visit)?;
        let reason = rules::amendment_reason(visit.status, reason.as_deref())?;
        let travel = travel.validated()?;
        let before = store::travel(&mut *tx, &id).await?;
        store::set_travel(&mut *tx, &id, &travel).await?;
        let at = now();
        if let Some(reason) = &reason {
            let (b, a) = (travel_text(&before), travel_text(&travel));
            self.amend(&mut *tx, &id, at, "travel", Some(b), Some(a), reason).await?;
        }
        let summary = format!("visit {}: {} legs, {} lodgings", visit.title, travel.legs.len(), travel.lodging.len());
        self.audit(&mut *tx, at, "visit.travel", "visit", Some(&id), summary).await?;
        Ok(travel)
    }

    /// Adds a member to the delegation: a person from the register (not away on another visit
    /// then) or someone from outside it. A passport date needs the right to see travel papers.
    pub async fn visit_member_add(
        &self,
        visit_id: &str,
        input: NewVisitMember,
        reason: Option<String>,
    ) -> Result<VisitMember> {
        self.may(Action::MobilityEdit)?;
        let mut tx = self.store.begin().await?;
        let done = self.visit_member_add_in(&mut tx, visit_id, input, reason).await?;
        tx.commit().await?;
        Ok(done)
    }

    pub(crate) async fn visit_member_add_in(
        &self,
        tx: &mut WriteTx,
        visit_id: &str,
        input: NewVisitMember,
        reason: Option<String>,
    ) -> Result<VisitMember> {
        let visit_id = v::id("visit", visit_id)?;
        let m = input.validated()?;
        if m.passport_valid_until.is_some() {
            self.may(Action::TravelDocuments)?;
        }
        let visit = store::get(&mut *tx, &visit_id).await?;
        open(&visit)?;
        let reason = rules::amendment_reason(visit.status, reason.as_deref())?;
        let name = match &m.person_id {
            Some(pid) => {
                let p = person::get(&mut *tx, pid).await.map_err(|e| not_found_as(e, "person"))?;
                let name = format!("{} {}", p.family_name, p.given_name);
                let members = store::members(&mut *tx, &visit_id).await?;
                if members.iter().any(|x| x.person_id.as_deref() == Some(pid)) {
                    return Err(Error::invalid("person", Reason::AlreadyMember { person: name }));
                }
                self.check_not_away(&mut *tx, pid, &name, visit.span(), &visit_id).await?;
                name
            }
            None => m.name.clone().unwrap_or_default(),
        };
        let member = VisitMember {
            id: new_id(),
            visit_id: visit_id.clone(),
            person_id: m.person_id.clone(),
            name: name.clone(),
            organisation: m.organisation.clone(),
            role: m.role,
            invitation_sent_on: m.invitation_sent_on,
            papers: None,
        };
        let at = now();
        store::member_insert(&mut *tx, &member, at).await?;
        if m.passport_valid_until.is_some() {
            store::set_passport(&mut *tx, &member.id, m.passport_valid_until).await?;
        }
        if let Some(reason) = &reason {
            let after = format!("{name} ({})", member.role);
            self.amend(&mut *tx, &visit_id, at, "members", None, Some(after), reason).await?;
        }
        let summary = format!("visit {}: added {name} as {}", visit.title, member.role);
        self.audit(&mut *tx, at, "visit.member_add", "visit", Some(&visit_id), summary).await?;
        Ok(member)
    }

    /// Changes a member's role, invitation date, outsider's name or organisation, and (for the
    /// roles that arrange travel) passport date.
    pub async fn visit_member_update(
        &self,
        visit_id: &str,
        member_id: &str,
        input: NewVisitMember,
        reason: Option<String>,
    ) -> Result<VisitMember> {
        let who = self.may(Action::MobilityEdit)?;
        let papers = access::allows(who.role, Action::TravelDocuments);
        let visit_id = v::id("visit", visit_id)?;
        let member_id = v::id("member", member_id)?;
        let mut tx = self.store.begin().await?;
        let visit = store::get(&mut tx, &visit_id).await?;
        open(&visit)?;
        let before = member_of(&mut tx, &visit_id, &member_id).await?;
        let m = NewVisitMember { person_id: before.person_id.clone(), ..input }.validated()?;
        if m.passport_valid_until.is_some() && !papers {
            self.may(Action::TravelDocuments)?;
        }
        let after = VisitMember {
            name: m.name.clone().unwrap_or_else(|| before.name.clone()),
            organisation: if before.person_id.is_some() { before.organisation.clone() } else { m.organisation.clone() },
            role: m.role,
            invitation_sent_on: m.invitation_sent_on,
            ..before.clone()
        };
        let changed =
            (after.name != before.name || after.organisation != before.organisation || after.role != before.role)
                .then(|| (format!("{} ({})", before.name, before.role), format!("{} ({})", after.name, after.role)));
        let reason = if changed.is_some() { rules::amendment_reason(visit.status, reason.as_deref())? } else { None };
        store::member_update(&mut tx, &after).await?;
        if papers {
            store::set_passport(&mut tx, &member_id, m.passport_valid_until).await?;
        }
        let at = now();
        if let (Some(reason), Some((b, a))) = (&reason, changed) {
            self.amend(&mut tx, &visit_id, at, "members", Some(b), Some(a), reason).await?;
        }
        let summary = format!("visit {}: edited member {}", visit.title, after.name);
        self.audit(&mut tx, at, "visit.member_update", "visit", Some(&visit_id), summary).await?;
        tx.commit().await?;
        Ok(after)
    }

    pub async fn visit_member_remove(&self, visit_id: &str, member_id: &str, reason: Option<String>) -> Result<()> {
        self.may(Action::MobilityEdit)?;
        let visit_id = v::id("visit", visit_id)?;
        let member_id = v::id("member", member_id)?;
        let mut tx = self.store.begin().await?;
        let visit = store::get(&mut tx, &visit_id).await?;
        open(&visit)?;
        let reason = rules::amendment_reason(visit.status, reason.as_deref())?;
        let member = member_of(&mut tx, &visit_id, &member_id).await?;
        store::member_delete(&mut tx, &member_id).await?;
        let at = now();
        if let Some(reason) = &reason {
            let before = format!("{} ({})", member.name, member.role);
            self.amend(&mut tx, &visit_id, at, "members", Some(before), None, reason).await?;
        }
        let summary = format!("visit {}: removed {}", visit.title, member.name);
        self.audit(&mut tx, at, "visit.member_remove", "visit", Some(&visit_id), summary).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records a member's visa status as of a day (requested, applied, issued, refused…); every
    /// status is kept, so a refusal and the application after it both show.
    pub async fn visit_visa_record(&self, visit_id: &str, member_id: &str, input: NewVisaEvent) -> Result<VisaEvent> {
        self.may(Action::MobilityEdit)?;
        self.may(Action::TravelDocuments)?;
        let mut tx = self.store.begin().await?;
        let done = self.visit_visa_record_in(&mut tx, visit_id, member_id, input).await?;
        tx.commit().await?;
        Ok(done)
    }

    pub(crate) async fn visit_visa_record_in(
        &self,
        tx: &mut WriteTx,
        visit_id: &str,
        member_id: &str,
        input: NewVisaEvent,
    ) -> Result<VisaEvent> {
        let visit_id = v::id("visit", visit_id)?;
        let member_id = v::id("member", member_id)?;
        let event = VisaEvent {
            status: input.status.ok_or_else(|| Error::invalid("status", Reason::Required))?,
            on: v::date("on", &input.on)?,
            note: v::optional("note", input.note.as_deref())?,
            recorded_by: self.actor(),
            recorded_at: now(),
        };
        let visit = store::get(&mut *tx, &visit_id).await?;
        open(&visit)?;
        let member = member_of(&mut *tx, &visit_id, &member_id).await?;
        store::visa_insert(&mut *tx, &new_id(), &member_id, &event).await?;
        let summary = format!("visit {}: visa of {} {} on {}", visit.title, member.name, event.status, event.on);
        self.audit(&mut *tx, event.recorded_at, "visit.visa", "visit", Some(&visit_id), summary).await?;
        Ok(event)
    }

    /// Saves the report written after the visit: what was learned, and the follow-up actions
    /// with their owners and due dates. Only a visit under way or completed has one.
    pub async fn visit_report_save(&self, id: &str, input: NewVisitReport) -> Result<VisitReport> {
        self.may(Action::MobilityEdit)?;
        let mut tx = self.store.begin().await?;
        let done = self.visit_report_save_in(&mut tx, id, input).await?;
        tx.commit().await?;
        Ok(done)
    }

    pub(crate) async fn visit_report_save_in(
        &self,
        tx: &mut WriteTx,
        id: &str,
        input: NewVisitReport,
    ) -> Result<VisitReport> {
        let id = v::id("visit", id)?;
        let report = input.validated()?;
        let visit = store::get(&mut *tx, &id).await?;
        if !matches!(visit.status, VisitStatus::UnderWay | VisitStatus::Completed) {
            return Err(Error::invalid(
                "status",
                Reason::StatusChange { from: visit.status.to_string(), to: "report".into() },
            ));
        }
        store::set_report(&mut *tx, &id, &report).await?;
        let at = now();
        let summary = format!("visit {}: report with {} follow-ups", visit.title, report.follow_ups.len());
        self.audit(&mut *tx, at, "visit.report", "visit", Some(&id), summary).await?;
        Ok(report)
    }

    /// Checks a visit's new days: its programme still falls within them and none of its
    /// people is away on another visit then.
    async fn check_span(&self, tx: &mut WriteTx, visit: &Visit) -> Result<()> {
        let span = visit.span();
        for item in store::programme(tx, &visit.id).await? {
            let day = item.starts_local.date();
            if day < span.0 || day > span.1 {
                let when = item.starts_local.format(time::LOCAL_FORMAT).to_string();
                let (from, to) = (span.0.to_string(), span.1.to_string());
                let field = if day < span.0 { "planned_start" } else { "planned_end" };
                return Err(Error::invalid(field, Reason::OutsideVisitDates { when, from, to }));
            }
        }
        for m in store::members(tx, &visit.id).await? {
            if let Some(pid) = &m.person_id {
                self.check_not_away(tx, pid, &m.name, span, &visit.id).await?;
            }
        }
        Ok(())
    }

    async fn check_not_away(
        &self,
        tx: &mut WriteTx,
        person_id: &str,
        name: &str,
        span: (NaiveDate, NaiveDate),
        visit_id: &str,
    ) -> Result<()> {
        if let Some(away) = store::away(tx, person_id, span, visit_id).await? {
            return Err(away_refused("person", name, away));
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    async fn amend(
        &self,
        tx: &mut WriteTx,
        visit_id: &str,
        at: DateTime<Utc>,
        what: &str,
        before: Option<String>,
        after: Option<String>,
        reason: &str,
    ) -> Result<()> {
        let a = Amendment { what: what.into(), before, after, reason: reason.into(), by: self.actor(), at };
        Ok(store::amendment_insert(tx, &new_id(), visit_id, &a).await?)
    }
}

/// A cancelled visit is closed: nothing about it changes any more.
fn open(visit: &Visit) -> Result<()> {
    if rules::is_closed(visit.status) {
        return Err(Error::invalid("status", Reason::ActivityCancelled { title: visit.title.clone() }));
    }
    Ok(())
}

/// Both sides of a visit, each named at its field when it does not exist.
async fn sides(tx: &mut WriteTx, sending: &str, host: &str) -> Result<(Organisation, Organisation)> {
    let (sending, host) = (v::id("sending_org", sending)?, v::id("host_org", host)?);
    let sending = organisation::get(tx, &sending).await.map_err(|e| not_found_as(e, "sending_org"))?;
    let host = organisation::get(tx, &host).await.map_err(|e| not_found_as(e, "host_org"))?;
    Ok((sending, host))
}

/// A new visit's record from validated input: a draft the host has not answered yet.
fn visit_of(id: String, v: ValidVisit, at: DateTime<Utc>) -> Visit {
    Visit {
        id,
        title: v.title,
        direction: v.direction,
        purpose: v.purpose,
        agreement_ref: v.agreement_ref,
        sending_org_id: v.sending_org_id,
        host_org_id: v.host_org_id,
        host_city: v.host_city,
        host_time_zone: v.host_time_zone,
        home_time_zone: v.home_time_zone,
        planned_start: v.planned_start,
        planned_end: v.planned_end,
        actual_start: v.actual_start,
        actual_end: v.actual_end,
        status: VisitStatus::Draft,
        host_status: HostStatus::Pending,
        status_reason: None,
        version: 1,
        created_at: at,
        updated_at: at,
    }
}

/// The refusal of a person who is away on another visit or placement then, at `field`.
pub(crate) fn away_refused(field: &str, name: &str, away: store::Away) -> Error {
    let when = format!("{} – {}", away.from, away.to);
    Error::invalid(field, Reason::AlreadyAway { person: name.into(), title: away.title, when })
}

/// A reason as typed, without surrounding blanks; blank is none.
pub(crate) fn trimmed(reason: Option<String>) -> Option<String> {
    reason.map(|r| r.trim().to_owned()).filter(|r| !r.is_empty())
}

/// A missing record the input named, refused at its field.
pub(crate) fn not_found_as(e: malaka_store::Error, field: &str) -> Error {
    match e {
        malaka_store::Error::NotFound { entity, id } => {
            Error::invalid(field, Reason::NotFound { entity: entity.into(), id })
        }
        other => other.into(),
    }
}

async fn member_of(tx: &mut WriteTx, visit_id: &str, member_id: &str) -> Result<VisitMember> {
    store::members(tx, visit_id)
        .await?
        .into_iter()
        .find(|m| m.id == member_id)
        .ok_or_else(|| Error::NotFound { entity: "visit member", id: member_id.into() })
}

/// A wall time on the host's clock read on the visitors' clock.
fn on_clock(t: NaiveDateTime, from: chrono_tz::Tz, to: chrono_tz::Tz) -> Option<NaiveDateTime> {
    time::to_utc("time", t, from).ok().map(|u| u.with_timezone(&to).naive_local())
}

/// One changed field of a visit's details.
struct Change {
    what: &'static str,
    before: Option<String>,
    after: Option<String>,
    /// An actual date recorded for the first time: a fact, not an amendment of the plan.
    first_fact: bool,
}

fn changes(a: &Visit, b: &Visit) -> Vec<Change> {
    let text = |s: &Option<String>| s.clone();
    let day = |d: Option<NaiveDate>| d.map(|d| d.to_string());
    let fields: [(&'static str, Option<String>, Option<String>); 13] = [
        ("title", Some(a.title.clone()), Some(b.title.clone())),
        ("direction", Some(a.direction.to_string()), Some(b.direction.to_string())),
        ("purpose", text(&a.purpose), text(&b.purpose)),
        ("agreement_ref", text(&a.agreement_ref), text(&b.agreement_ref)),
        ("sending_org", Some(a.sending_org_id.clone()), Some(b.sending_org_id.clone())),
        ("host_org", Some(a.host_org_id.clone()), Some(b.host_org_id.clone())),
        ("host_city", text(&a.host_city), text(&b.host_city)),
        ("host_time_zone", Some(a.host_time_zone.clone()), Some(b.host_time_zone.clone())),
        ("home_time_zone", Some(a.home_time_zone.clone()), Some(b.home_time_zone.clone())),
        ("planned_start", day(Some(a.planned_start)), day(Some(b.planned_start))),
        ("planned_end", day(Some(a.planned_end)), day(Some(b.planned_end))),
        ("actual_start", day(a.actual_start), day(b.actual_start)),
        ("actual_end", day(a.actual_end), day(b.actual_end)),
    ];
    fields
        .into_iter()
        .filter(|(_, x, y)| x != y)
        .map(|(what, before, after)| Change {
            first_fact: what.starts_with("actual_") && before.is_none(),
            what,
            before,
            after,
        })
        .collect()
}

fn programme_text(items: &[ProgrammeItem]) -> String {
    let lines: Vec<String> = items
        .iter()
        .map(|i| format!("{}–{} {}", i.starts_local.format(time::LOCAL_FORMAT), i.ends_local.format("%H:%M"), i.topic))
        .collect();
    lines.join("\n")
}

fn travel_text(t: &Travel) -> String {
    let legs = t.legs.iter().map(|l| {
        format!(
            "{} {} {} → {} {}",
            l.mode,
            l.from_place,
            l.departs_local.format(time::LOCAL_FORMAT),
            l.to_place,
            l.arrives_local.format(time::LOCAL_FORMAT)
        )
    });
    let lodging = t.lodging.iter().map(|l| format!("{} {}–{}", l.place, l.check_in, l.check_out));
    legs.chain(lodging).collect::<Vec<_>>().join("\n")
}
