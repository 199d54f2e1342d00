//! Internships: propose a placement, move it through its states, its weekly log and placement
//! days, the mentor's evaluations (typed in, or typed back from the printed form), the intern's
//! report and the certificate of internship. Each placement is kept with an activity of its own
//! (kind `internship`, the intern enrolled), so that its certificate is issued, numbered, signed,
//! printed and verified like any other. Once agreed, every change to the plan is an amendment.

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc};
use malaka_core::access::Action;
use malaka_core::certificate::{self as certificates, Certificate, CertificateStatus, Snapshot};
use malaka_core::internship_lifecycle::{self as rules, Readiness};
use malaka_core::model::*;
use malaka_core::{Reason, validate as v};
use malaka_store::{WriteTx, activity, certificate, internship as store, organisation, person, visit};

use crate::mobility_print::language_of;
use crate::visit::{away_refused, not_found_as, trimmed};
use crate::{Error, Malaka, Result, new_id, now};

impl Malaka {
    /// Proposes a placement of a member of staff at a host centre; its activity is planned with
    /// it and the intern enrolled.
    pub async fn internship_create(&self, input: NewInternship) -> Result<Internship> {
        self.may(Action::MobilityEdit)?;
        let mut tx = self.store.begin().await?;
        let done = self.internship_create_in(&mut tx, input).await?;
        tx.commit().await?;
        Ok(done)
    }

    pub(crate) async fn internship_create_in(&self, tx: &mut WriteTx, input: NewInternship) -> Result<Internship> {
        let valid = input.validated()?;
        let intern = person::get(&mut *tx, &valid.intern_id).await.map_err(|e| not_found_as(e, "intern"))?;
        let host = organisation::get(&mut *tx, &valid.host_org_id).await.map_err(|e| not_found_as(e, "host_org"))?;
        if host.id == intern.organisation_id {
            return Err(Error::invalid("host_org", Reason::HostIsPartner));
        }
        let mentor = self.mentor_of(tx, valid.mentor.as_ref()).await?;
        let (id, at) = (new_id(), now());
        let title = valid.title.clone().unwrap_or_else(|| format!("{} · {}", intern.display_name(), host.name));
        let mut placement = Internship {
            id: id.clone(),
            title,
            intern_id: intern.id.clone(),
            sending_org_id: intern.organisation_id.clone(),
            host_org_id: host.id.clone(),
            units: valid.units,
            mentor,
            planned_start: valid.planned_start,
            planned_end: valid.planned_end,
            actual_start: valid.actual_start,
            actual_end: valid.actual_end,
            hours_per_week: valid.hours_per_week,
            objectives: valid.objectives,
            status: InternshipStatus::Proposed,
            status_reason: None,
            activity_id: None,
            version: 1,
            created_at: at,
            updated_at: at,
        };
        self.check_free(tx, &placement, &intern.display_name()).await?;
        let activity_id = new_id();
        activity::insert(&mut *tx, &activity_id, &activity_of(&placement, &host, &[]), at).await?;
        placement.activity_id = Some(activity_id.clone());
        store::insert(&mut *tx, &placement).await?;
        self.enrolment_create_in(tx, &activity_id, &intern.id, EnrolmentRole::Intern).await?;
        let summary = format!(
            "proposed internship {} of {} at {} ({} to {})",
            placement.title,
            intern.display_name(),
            host.name,
            placement.planned_start,
            placement.planned_end
        );
        self.audit(tx, at, "internship.create", "internship", Some(&id), summary).await?;
        Ok(placement)
    }

    /// Edits a placement's plan. `version` is the one the editor read; once agreed, changes
    /// need a `reason` and are kept as amendments (a first actual date is a fact and needs none).
    pub async fn internship_update(
        &self,
        id: &str,
        input: NewInternship,
        version: i64,
        reason: Option<String>,
    ) -> Result<Internship> {
        self.may(Action::MobilityEdit)?;
        let id = v::id("internship", id)?;
        let mut tx = self.store.begin().await?;
        let before = store::get(&mut tx, &id).await?;
        if before.version != version {
            return Err(Error::Stale { entity: "internship" });
        }
        open(&before)?;
        let valid = input.validated()?;
        if valid.intern_id != before.intern_id {
            return Err(Error::invalid("intern", Reason::InternFixed));
        }
        let host = organisation::get(&mut tx, &valid.host_org_id).await.map_err(|e| not_found_as(e, "host_org"))?;
        if host.id == before.sending_org_id {
            return Err(Error::invalid("host_org", Reason::HostIsPartner));
        }
        let mentor = self.mentor_of(&mut tx, valid.mentor.as_ref()).await?;
        let at = now();
        let after = Internship {
            title: valid.title.clone().unwrap_or_else(|| before.title.clone()),
            host_org_id: host.id.clone(),
            units: valid.units,
            mentor,
            planned_start: valid.planned_start,
            planned_end: valid.planned_end,
            actual_start: valid.actual_start,
            actual_end: valid.actual_end,
            hours_per_week: valid.hours_per_week,
            objectives: valid.objectives,
            version: before.version + 1,
            updated_at: at,
            ..before.clone()
        };
        let changes = changes(&before, &after);
        if changes.is_empty() {
            return Ok(before);
        }
        let amended: Vec<&Change> = changes.iter().filter(|c| !c.first_fact).collect();
        let reason = if amended.is_empty() { None } else { rules::amendment_reason(before.status, reason.as_deref())? };
        if after.span() != before.span() {
            let intern = person::get(&mut tx, &after.intern_id).await?;
            self.check_free(&mut tx, &after, &intern.display_name()).await?;
            check_marks_within(&mut tx, &after).await?;
        }
        store::update(&mut tx, &after).await?;
        self.sync_activity(&mut tx, &after, &host, at).await?;
        if let Some(reason) = &reason {
            for c in amended {
                self.amend_internship(&mut tx, &id, at, c.what, c.before.clone(), c.after.clone(), reason).await?;
            }
        }
        let what: Vec<&str> = changes.iter().map(|c| c.what).collect();
        let summary = format!("edited internship {} ({})", after.title, what.join(", "));
        self.audit(&mut tx, at, "internship.update", "internship", Some(&id), summary).await?;
        tx.commit().await?;
        Ok(after)
    }

    /// Moves the placement: host accepted, agreed (with a mentor and objectives), under way,
    /// closed after its final evaluation, or withdrawn with a reason.
    pub async fn internship_set_status(
        &self,
        id: &str,
        status: InternshipStatus,
        reason: Option<String>,
    ) -> Result<Internship> {
        self.may(Action::MobilityEdit)?;
        let mut tx = self.store.begin().await?;
        let done = self.internship_set_status_in(&mut tx, id, status, reason).await?;
        tx.commit().await?;
        Ok(done)
    }

    pub(crate) async fn internship_set_status_in(
        &self,
        tx: &mut WriteTx,
        id: &str,
        status: InternshipStatus,
        reason: Option<String>,
    ) -> Result<Internship> {
        let id = v::id("internship", id)?;
        let before = store::get(&mut *tx, &id).await?;
        let ready = Readiness { has_mentor: before.mentor.is_some(), objectives: before.objectives.len() };
        rules::check(before.status, status, ready, reason.as_deref())?;
        let reason = trimmed(reason);
        let at = now();
        self.move_to(tx, &before, status, reason.clone(), at).await?;
        let mut summary = format!("internship {}: {} → {}", before.title, before.status, status);
        if let Some(r) = &reason {
            summary.push_str(&format!(" ({r})"));
        }
        self.audit(&mut *tx, at, "internship.status", "internship", Some(&id), summary).await?;
        store::get(&mut *tx, &id).await.map_err(Into::into)
    }

    /// Everything about a placement, as its page shows it.
    pub async fn internship_get(&self, id: &str) -> Result<InternshipDetail> {
        self.may(Action::Read)?;
        let id = v::id("internship", id)?;
        let mut conn = self.store.read().await?;
        let placement = store::get(&mut conn, &id).await?;
        let intern = person::get(&mut conn, &placement.intern_id).await?.display_name();
        let sending_org = organisation::get(&mut conn, &placement.sending_org_id).await?.name;
        let host_org = organisation::get(&mut conn, &placement.host_org_id).await?.name;
        let days = store::days(&mut conn, &id).await?;
        let certificate = match &placement.activity_id {
            Some(a) => certificate::list(&mut conn, Some(a), None, 50)
                .await?
                .into_iter()
                .find(|c| c.person_id == placement.intern_id && c.status == CertificateStatus::Issued)
                .map(|c| c.code),
            None => None,
        };
        Ok(InternshipDetail {
            hours: earned_hours(placement.hours_per_week, placement.span(), &days),
            weeks: store::weeks(&mut conn, &id).await?,
            mid: store::evaluation(&mut conn, &id, EvaluationKind::Mid).await?,
            final_: store::evaluation(&mut conn, &id, EvaluationKind::Final).await?,
            report: store::report(&mut conn, &id).await?,
            amendments: store::amendments(&mut conn, &id).await?,
            days,
            certificate,
            internship: placement,
            intern,
            sending_org,
            host_org,
        })
    }

    pub async fn internship_list(&self, filter: InternshipFilter) -> Result<Vec<InternshipRow>> {
        self.may(Action::Read)?;
        let filter = filter.validated()?;
        Ok(store::list(&mut *self.store.read().await?, &filter).await?)
    }

    /// Saves a week of the log: the intern's entry and the mentor's comment (either may come
    /// later). Kept under the week's Monday; only while the placement runs.
    pub async fn internship_week_save(&self, id: &str, input: NewWeekLog) -> Result<WeekLog> {
        self.may(Action::MobilityEdit)?;
        let mut tx = self.store.begin().await?;
        let done = self.internship_week_save_in(&mut tx, id, input).await?;
        tx.commit().await?;
        Ok(done)
    }

    pub(crate) async fn internship_week_save_in(
        &self,
        tx: &mut WriteTx,
        id: &str,
        input: NewWeekLog,
    ) -> Result<WeekLog> {
        let id = v::id("internship", id)?;
        let placement = store::get(&mut *tx, &id).await?;
        running(&placement, "week")?;
        let week = week_of(v::date("week_of", &input.week_of)?);
        let span = placement.span();
        if week > span.1 || week + Days::new(6) < span.0 {
            return Err(Error::invalid("week_of", outside(week, span)));
        }
        let intern_entry = v::optional("intern_entry", input.intern_entry.as_deref())?;
        let mentor_comment = v::optional("mentor_comment", input.mentor_comment.as_deref())?;
        if intern_entry.is_none() && mentor_comment.is_none() {
            return Err(Error::invalid("intern_entry", Reason::NothingToSave));
        }
        let log = WeekLog { week_of: week, intern_entry, mentor_comment, updated_by: self.actor(), updated_at: now() };
        store::week_save(&mut *tx, &id, &log).await?;
        let summary = format!("internship {}: log of the week of {}", placement.title, week);
        self.audit(&mut *tx, log.updated_at, "internship.week", "internship", Some(&id), summary).await?;
        Ok(log)
    }

    /// Marks placement days present, absent or excused; returns every day marked so far.
    pub async fn internship_days_mark(&self, id: &str, days: Vec<NewPlacementDay>) -> Result<Vec<PlacementDay>> {
        self.may(Action::MobilityEdit)?;
        let mut tx = self.store.begin().await?;
        let done = self.internship_days_mark_in(&mut tx, id, days).await?;
        tx.commit().await?;
        Ok(done)
    }

    pub(crate) async fn internship_days_mark_in(
        &self,
        tx: &mut WriteTx,
        id: &str,
        days: Vec<NewPlacementDay>,
    ) -> Result<Vec<PlacementDay>> {
        let id = v::id("internship", id)?;
        if days.is_empty() {
            return Err(Error::invalid("days", Reason::NothingSelected));
        }
        if days.len() > MAX_DAYS_AT_ONCE {
            return Err(Error::invalid("days", Reason::TooManyAtOnce { max: MAX_DAYS_AT_ONCE as u32 }));
        }
        let placement = store::get(&mut *tx, &id).await?;
        running(&placement, "days")?;
        let span = placement.span();
        let marks = days
            .iter()
            .enumerate()
            .map(|(i, d)| d.validated(span).map_err(|e| nested("days", i, e)))
            .collect::<malaka_core::Result<Vec<_>>>()?;
        store::days_save(&mut *tx, &id, &marks).await?;
        let at = now();
        let summary = format!("internship {}: {} day(s) marked", placement.title, marks.len());
        self.audit(&mut *tx, at, "internship.days", "internship", Some(&id), summary).await?;
        Ok(store::days(&mut *tx, &id).await?)
    }

    /// Records the mentor's evaluation (typed in, or typed back from the printed form). The final
    /// one makes a running placement `evaluated`; it may be corrected until the placement closes.
    pub async fn internship_evaluation_record(&self, id: &str, input: NewEvaluation) -> Result<Evaluation> {
        self.may(Action::MobilityEdit)?;
        let mut tx = self.store.begin().await?;
        let done = self.internship_evaluation_record_in(&mut tx, id, input).await?;
        tx.commit().await?;
        Ok(done)
    }

    pub(crate) async fn internship_evaluation_record_in(
        &self,
        tx: &mut WriteTx,
        id: &str,
        input: NewEvaluation,
    ) -> Result<Evaluation> {
        let id = v::id("internship", id)?;
        let placement = store::get(&mut *tx, &id).await?;
        let started = placement.actual_start.unwrap_or(placement.planned_start);
        let valid = input.validated(started, placement.objectives.len())?;
        let allowed = match valid.kind {
            EvaluationKind::Mid => placement.status == InternshipStatus::UnderWay,
            EvaluationKind::Final => rules::is_running(placement.status),
        };
        if !allowed {
            return Err(Error::invalid(
                "status",
                Reason::StatusChange { from: placement.status.to_string(), to: format!("{} evaluation", valid.kind) },
            ));
        }
        let at = now();
        let evaluation = Evaluation {
            kind: valid.kind,
            on: valid.on,
            evaluator: valid.evaluator,
            scores: valid.scores,
            comment: valid.comment,
            from_paper: valid.from_paper,
            recorded_by: self.actor(),
            recorded_at: at,
        };
        store::set_evaluation(&mut *tx, &id, &evaluation).await?;
        if evaluation.kind == EvaluationKind::Final && placement.status == InternshipStatus::UnderWay {
            self.move_to(tx, &placement, InternshipStatus::Evaluated, None, at).await?;
        }
        let mean =
            evaluation.scores.iter().map(|s| f64::from(s.score)).sum::<f64>() / evaluation.scores.len().max(1) as f64;
        let summary = format!(
            "internship {}: {} evaluation by {} on {} (mean {mean:.1}{})",
            placement.title,
            evaluation.kind,
            evaluation.evaluator,
            evaluation.on,
            if evaluation.from_paper { ", typed from paper" } else { "" }
        );
        self.audit(&mut *tx, at, "internship.evaluation", "internship", Some(&id), summary).await?;
        Ok(evaluation)
    }

    /// Saves the intern's report on the placement.
    pub async fn internship_report_save(&self, id: &str, input: NewInternReport) -> Result<InternReport> {
        self.may(Action::MobilityEdit)?;
        let mut tx = self.store.begin().await?;
        let done = self.internship_report_save_in(&mut tx, id, input).await?;
        tx.commit().await?;
        Ok(done)
    }

    pub(crate) async fn internship_report_save_in(
        &self,
        tx: &mut WriteTx,
        id: &str,
        input: NewInternReport,
    ) -> Result<InternReport> {
        let id = v::id("internship", id)?;
        let placement = store::get(&mut *tx, &id).await?;
        running(&placement, "report")?;
        let started = placement.actual_start.unwrap_or(placement.planned_start);
        let submitted_on = v::date("submitted_on", &input.submitted_on)?;
        if submitted_on < started {
            return Err(Error::invalid("submitted_on", Reason::EvaluationBeforeStart { start: started.to_string() }));
        }
        let report = InternReport { text: v::required("text", &input.text)?, submitted_on };
        store::set_report(&mut *tx, &id, &report).await?;
        let at = now();
        let summary = format!("internship {}: the intern's report of {}", placement.title, submitted_on);
        self.audit(&mut *tx, at, "internship.report", "internship", Some(&id), summary).await?;
        Ok(report)
    }

    /// Issues the certificate of internship: numbered in the series of this register's side
    /// (the host, or the sending agency for a placement abroad), signed, for the hours served.
    pub async fn internship_certificate_issue(&self, id: &str) -> Result<Certificate> {
        self.may(Action::CertificateIssue)?;
        let mut tx = self.store.begin().await?;
        let done = self.internship_certificate_issue_in(&mut tx, id).await?;
        tx.commit().await?;
        Ok(done)
    }

    pub(crate) async fn internship_certificate_issue_in(&self, tx: &mut WriteTx, id: &str) -> Result<Certificate> {
        let id = v::id("internship", id)?;
        let placement = store::get(&mut *tx, &id).await?;
        if !matches!(placement.status, InternshipStatus::Evaluated | InternshipStatus::Closed) {
            return Err(Error::invalid(
                "status",
                Reason::StatusChange { from: placement.status.to_string(), to: "certificate".into() },
            ));
        }
        if store::evaluation(&mut *tx, &id, EvaluationKind::Final).await?.is_none() {
            return Err(Error::Refused(Reason::FinalEvaluationRequired));
        }
        let activity_id = placement.activity_id.clone().ok_or_else(|| Error::storage("internship without activity"))?;
        let intern = person::get(&mut *tx, &placement.intern_id).await?;
        if let Some(held) = certificate::list(&mut *tx, Some(&activity_id), None, 50)
            .await?
            .into_iter()
            .find(|c| c.person_id == intern.id && c.status == CertificateStatus::Issued)
        {
            return Err(Error::Duplicate {
                field: "internship".into(),
                reason: Reason::AlreadyHolds { person: intern.display_name(), code: held.code },
            });
        }
        let host = organisation::get(&mut *tx, &placement.host_org_id).await?;
        let issuer = if host.kind == OrgKind::Partner {
            organisation::get(&mut *tx, &placement.sending_org_id).await?
        } else {
            host.clone()
        };
        let Some(code) = issuer.short_code.as_deref() else {
            return Err(Error::invalid("short_code", Reason::NoShortCode { organisation: issuer.name.clone() }));
        };
        let at = now();
        let days = store::days(&mut *tx, &id).await?;
        let act = activity::get(&mut *tx, &activity_id).await?;
        let snapshot = Snapshot {
            person_name: intern.display_name(),
            activity_title: placement.title.clone(),
            activity_kind: ActivityKind::Internship.to_string(),
            starts_on: placement.span().0,
            ends_on: placement.span().1,
            hours: earned_hours(placement.hours_per_week, placement.span(), &days),
            organisation: host.name.clone(),
            trainers: placement.mentor.iter().map(|m| m.name.clone()).collect(),
            course: activity_id.rsplit('-').next().unwrap_or(&activity_id).to_uppercase(),
            language: act.language,
        };
        let seed = self.signing_seed(tx).await?;
        let series = certificates::series(&issuer.country, code, at.date_naive().year())?;
        let issued = self.issue_one(tx, &seed, &series, &activity_id, &intern.id, snapshot, None).await?;
        let summary = format!("issued certificate {} for internship {}", issued.code, placement.title);
        self.audit(&mut *tx, at, "certificate.issue", "internship", Some(&id), summary).await?;
        Ok(issued)
    }

    /// Writes the new status, and the activity's with it.
    async fn move_to(
        &self,
        tx: &mut WriteTx,
        before: &Internship,
        status: InternshipStatus,
        reason: Option<String>,
        at: DateTime<Utc>,
    ) -> Result<()> {
        let after = Internship {
            status,
            status_reason: if status == InternshipStatus::Withdrawn {
                reason.clone()
            } else {
                before.status_reason.clone()
            },
            version: before.version + 1,
            updated_at: at,
            ..before.clone()
        };
        store::update(&mut *tx, &after).await?;
        if let Some(a) = &after.activity_id {
            let why = reason.as_deref().filter(|_| status == InternshipStatus::Withdrawn);
            activity::set_status(&mut *tx, a, activity_status(status), why, at).await?;
        }
        Ok(())
    }

    /// The activity follows the placement's title, days, host and hours.
    async fn sync_activity(
        &self,
        tx: &mut WriteTx,
        p: &Internship,
        host: &Organisation,
        at: DateTime<Utc>,
    ) -> Result<()> {
        let Some(a) = &p.activity_id else { return Ok(()) };
        let current = activity::get(&mut *tx, a).await?;
        activity::update(&mut *tx, a, &activity_of(p, host, &current.partner_org_ids), at).await?;
        Ok(())
    }

    /// The mentor as kept: a register person named as the register has them, or the outsider.
    async fn mentor_of(&self, tx: &mut WriteTx, m: Option<&ValidMentor>) -> Result<Option<Mentor>> {
        let Some(m) = m else { return Ok(None) };
        let (name, position) = match &m.person_id {
            Some(pid) => {
                let p = person::get(&mut *tx, pid).await.map_err(|e| not_found_as(e, "mentor.person"))?;
                (p.display_name(), m.position.clone().or(p.position))
            }
            None => (m.name.clone().unwrap_or_default(), m.position.clone()),
        };
        Ok(Some(Mentor { person_id: m.person_id.clone(), name, position, email: m.email.clone() }))
    }

    /// The intern is not away on a visit or another placement on any of its days.
    async fn check_free(&self, tx: &mut WriteTx, p: &Internship, name: &str) -> Result<()> {
        if let Some(away) = visit::away(&mut *tx, &p.intern_id, p.span(), &p.id).await? {
            return Err(away_refused("intern", name, away));
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    async fn amend_internship(
        &self,
        tx: &mut WriteTx,
        internship_id: &str,
        at: DateTime<Utc>,
        what: &str,
        before: Option<String>,
        after: Option<String>,
        reason: &str,
    ) -> Result<()> {
        let a = Amendment { what: what.into(), before, after, reason: reason.into(), by: self.actor(), at };
        Ok(store::amendment_insert(tx, &new_id(), internship_id, &a).await?)
    }
}

/// A closed or withdrawn placement no longer changes.
fn open(p: &Internship) -> Result<()> {
    if !rules::is_open(p.status) {
        return Err(Error::invalid("status", Reason::StatusChange { from: p.status.to_string(), to: "edit".into() }));
    }
    Ok(())
}

/// Weeks, days, evaluations and the report are recorded while the placement runs.
fn running(p: &Internship, what: &str) -> Result<()> {
    if !rules::is_running(p.status) {
        return Err(Error::invalid("status", Reason::StatusChange { from: p.status.to_string(), to: what.into() }));
    }
    Ok(())
}

fn outside(day: NaiveDate, span: (NaiveDate, NaiveDate)) -> Reason {
    Reason::OutsidePlacementDates { when: day.to_string(), from: span.0.to_string(), to: span.1.to_string() }
}

/// Days already marked must stay within new dates.
async fn check_marks_within(tx: &mut WriteTx, p: &Internship) -> Result<()> {
    let span = p.span();
    if let Some(d) = store::days(&mut *tx, &p.id).await?.into_iter().find(|d| d.day < span.0 || d.day > span.1) {
        let field = if d.day < span.0 { "planned_start" } else { "planned_end" };
        return Err(Error::invalid(field, outside(d.day, span)));
    }
    Ok(())
}

/// The placement's activity: its certificate's, in the host's language.
fn activity_of(p: &Internship, host: &Organisation, partners: &[String]) -> ValidActivity {
    let span = p.span();
    let language = language_of(&host.country).tag();
    let mut partner_org_ids: Vec<String> = partners.to_vec();
    if !partner_org_ids.contains(&p.sending_org_id) && p.sending_org_id != host.id {
        partner_org_ids.push(p.sending_org_id.clone());
    }
    partner_org_ids.retain(|o| *o != host.id);
    let objectives: Vec<String> = p.objectives.iter().map(|o| format!("• {}", o.text)).collect();
    ValidActivity {
        kind: ActivityKind::Internship,
        title: p.title.clone(),
        programme_id: None,
        status: activity_status(p.status),
        starts_on: span.0,
        ends_on: span.1,
        host_org_id: host.id.clone(),
        partner_org_ids,
        venue_id: None,
        capacity: Some(1),
        language: language.into(),
        planned_hours: Some(earned_hours(p.hours_per_week, span, &[])),
        description: (!objectives.is_empty()).then(|| objectives.join("\n")),
    }
}

fn activity_status(s: InternshipStatus) -> ActivityStatus {
    use InternshipStatus::*;
    match s {
        Proposed | HostAccepted => ActivityStatus::Draft,
        Agreed => ActivityStatus::Confirmed,
        UnderWay => ActivityStatus::InProgress,
        Evaluated | Closed => ActivityStatus::Completed,
        Withdrawn => ActivityStatus::Cancelled,
    }
}

/// One changed part of a placement's plan.
struct Change {
    what: &'static str,
    before: Option<String>,
    after: Option<String>,
    /// An actual date recorded for the first time: a fact, not an amendment of the plan.
    first_fact: bool,
}

fn changes(a: &Internship, b: &Internship) -> Vec<Change> {
    let day = |d: Option<NaiveDate>| d.map(|d| d.to_string());
    let units = |p: &Internship| {
        let lines: Vec<String> = p.units.iter().map(|u| format!("{} {}–{}", u.name, u.starts_on, u.ends_on)).collect();
        Some(lines.join("\n")).filter(|s| !s.is_empty())
    };
    let mentor = |p: &Internship| {
        p.mentor.as_ref().map(|m| match &m.position {
            Some(pos) => format!("{} ({pos})", m.name),
            None => m.name.clone(),
        })
    };
    let objectives = |p: &Internship| {
        let lines: Vec<String> =
            p.objectives.iter().enumerate().map(|(i, o)| format!("{}. {}", i + 1, o.text)).collect();
        Some(lines.join("\n")).filter(|s| !s.is_empty())
    };
    let fields: [(&'static str, Option<String>, Option<String>); 10] = [
        ("title", Some(a.title.clone()), Some(b.title.clone())),
        ("host_org", Some(a.host_org_id.clone()), Some(b.host_org_id.clone())),
        ("units", units(a), units(b)),
        ("mentor", mentor(a), mentor(b)),
        ("planned_start", day(Some(a.planned_start)), day(Some(b.planned_start))),
        ("planned_end", day(Some(a.planned_end)), day(Some(b.planned_end))),
        ("actual_start", day(a.actual_start), day(b.actual_start)),
        ("actual_end", day(a.actual_end), day(b.actual_end)),
        ("hours_per_week", Some(a.hours_per_week.to_string()), Some(b.hours_per_week.to_string())),
        ("objectives", objectives(a), objectives(b)),
    ];
    let mut out: Vec<Change> = fields
        .into_iter()
        .filter(|(_, x, y)| x != y)
        .map(|(what, before, after)| Change {
            first_fact: what.starts_with("actual_") && before.is_none(),
            what,
            before,
            after,
        })
        .collect();
    // A mentor's e-mail is a contact detail, not a change of plan; it is saved all the same.
    if out.is_empty() && a.mentor != b.mentor {
        out.push(Change { what: "mentor", before: mentor(a), after: mentor(b), first_fact: true });
    }
    out
}
