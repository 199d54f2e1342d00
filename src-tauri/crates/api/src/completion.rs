//! Completion: an activity's rule, assessment results, and each participant's standing —
//! attendance rate and whether they may receive a certificate, with the reasons when not.

use malaka_core::Reason;
use malaka_core::access::{self, Action};
use std::collections::HashMap;

use malaka_core::completion::{Assessment, AssessmentKind, Attended, CompletionRule, Standing, standing};
use malaka_core::model::{AttendanceStatus, EnrolmentRole, SessionStatus};
use malaka_core::validate;
use malaka_store::{Conn, activity, attendance, certificate, completion as store, enrolment, person, session};
use serde::{Deserialize, Serialize};

use crate::{Error, Malaka, Result, now};

/// Every participant's standing in one activity.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ActivityCompletion {
    pub rule: CompletionRule,
    /// False while the activity uses the default rule.
    pub rule_is_custom: bool,
    #[ts(type = "number")]
    pub sessions: i64,
    pub hours: f64,
    pub participants: Vec<ParticipantCompletion>,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ParticipantCompletion {
    pub person_id: String,
    pub person_name: String,
    pub role: EnrolmentRole,
    pub assessment: Option<Assessment>,
    pub standing: Standing,
    /// The issued certificate's number, once there is one.
    pub certificate: Option<String>,
}

/// One participant's assessment result to record; both fields empty removes it.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct AssessmentInput {
    pub activity_id: String,
    pub person_id: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub passed: Option<bool>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub score: Option<f64>,
}

impl Malaka {
    /// The activity's rule and every participant's standing against it.
    pub async fn completion_show(&self, activity_id: &str) -> Result<ActivityCompletion> {
        self.may(Action::Read)?;
        let id = validate::id("activity", activity_id)?;
        completion_of(&mut *self.store.read().await?, &id).await
    }

    /// Sets an activity's completion rule (replacing its default or earlier rule).
    pub async fn completion_rule_set(&self, rule: &CompletionRule) -> Result<CompletionRule> {
        self.may(Action::PlanEdit)?;
        let rule = rule.validated()?;
        let mut tx = self.store.begin().await?;
        let act = activity::get(&mut tx, &rule.activity_id).await?;
        let at = now();
        store::set_rule(&mut tx, &rule, &self.actor(), at).await?;
        let summary = format!(
            "completion rule of \"{}\": {}% of {}, late counts {}, excused {}, assessment {}",
            act.title,
            rule.min_percent,
            rule.basis,
            rule.late_counts,
            if rule.excused_counts { "counts" } else { "does not count" },
            rule.assessment
        );
        self.audit(&mut tx, at, "completion.rule", "activity", Some(&act.id), summary).await?;
        tx.commit().await?;
        Ok(rule)
    }

    /// Records one participant's assessment result, checked against the activity's rule.
    pub async fn assessment_record(&self, input: &AssessmentInput) -> Result<()> {
        let who = self.may(Action::Attend)?;
        let activity_id = validate::id("activity", &input.activity_id)?;
        let person_id = validate::id("person", &input.person_id)?;
        if let Some(s) = input.score
            && !(0.0..=100.0).contains(&s)
        {
            return Err(Error::invalid("score", Reason::OutOfRange { value: s, min: 0.0, max: 100.0 }));
        }
        let mut tx = self.store.begin().await?;
        let act = activity::get(&mut tx, &activity_id).await?;
        if access::only_own_sessions(who.role) {
            let sessions = malaka_store::session::list_for_activity(&mut tx, &activity_id).await?;
            // A trainer notes results in activities where they give at least one session.
            let gives =
                |s: &&malaka_core::model::Session| who.trainer_id.as_ref().is_some_and(|t| s.trainer_ids.contains(t));
            if !sessions.iter().any(|s| gives(&s)) {
                return Err(Error::Forbidden(Reason::NotYourSession));
            }
        }
        let rule = store::rule(&mut tx, &activity_id).await?.unwrap_or_else(|| CompletionRule::default_for(&act.id));
        match rule.assessment {
            AssessmentKind::Nothing => {
                return Err(Error::invalid("assessment", Reason::NoAssessment));
            }
            AssessmentKind::PassFail if input.score.is_some() => {
                return Err(Error::invalid("score", Reason::AssessmentIsPassFail));
            }
            AssessmentKind::Score if input.passed.is_some() => {
                return Err(Error::invalid("passed", Reason::AssessmentIsScore));
            }
            _ => {}
        }
        if enrolment::active_people(&mut tx, &activity_id, &[&person_id]).await?.is_empty() {
            let who = person::get(&mut tx, &person_id).await?.display_name();
            return Err(Error::invalid("person", Reason::NotEnrolled { person: who }));
        }
        if let Some((_, code)) = certificate::holders(&mut tx, &activity_id, &[&person_id]).await?.into_iter().next() {
            return Err(Error::Locked(Reason::LockedByCertificate { code }));
        }
        let at = now();
        let a = Assessment { passed: input.passed, score: input.score };
        store::set_assessment(&mut tx, &activity_id, &person_id, &a, &self.actor(), at).await?;
        let result = match (a.passed, a.score) {
            (Some(true), _) => "passed".to_owned(),
            (Some(false), _) => "failed".to_owned(),
            (None, Some(s)) => format!("score {s}"),
            (None, None) => "cleared".to_owned(),
        };
        let who = person::get(&mut tx, &person_id).await?.display_name();
        let summary = format!("assessment of {who} in \"{}\": {result}", act.title);
        self.audit(&mut tx, at, "completion.assessment", "activity", Some(&act.id), summary).await?;
        tx.commit().await?;
        Ok(())
    }
}

/// Every participant's standing, read on `c` (a read connection, or the issuing transaction so
/// that issuance sees exactly what it decides on).
pub(crate) async fn completion_of(c: &mut Conn, id: &str) -> Result<ActivityCompletion> {
    activity::get(c, id).await?;

    let custom = store::rule(c, id).await?;
    let rule_is_custom = custom.is_some();
    let rule = custom.unwrap_or_else(|| CompletionRule::default_for(id));
    let sessions: Vec<_> =
        session::list_for_activity(c, id).await?.into_iter().filter(|s| s.status == SessionStatus::Scheduled).collect();
    let hours: HashMap<&str, f64> =
        sessions.iter().map(|s| (s.id.as_str(), (s.ends_utc - s.starts_utc).num_minutes() as f64 / 60.0)).collect();
    let mut marks: HashMap<(String, String), AttendanceStatus> = HashMap::new();
    for m in attendance::list_for_activity(c, id).await? {
        marks.insert((m.person_id, m.session_id), m.status);
    }
    let assessments = store::assessments(c, id).await?;
    let certificates: HashMap<String, String> = certificate::all_holders(c, id).await?.into_iter().collect();
    let participants = enrolment::list_for_activity(c, id)
        .await?
        .into_iter()
        .filter(|(e, _)| e.status.is_active() && e.role.takes_seat())
        .map(|(e, person_name)| {
            let attended: Vec<Attended> = sessions
                .iter()
                .map(|s| Attended {
                    hours: hours[s.id.as_str()],
                    mark: marks.get(&(e.person_id.clone(), s.id.clone())).copied(),
                })
                .collect();
            let assessment = assessments.get(&e.person_id).cloned();
            ParticipantCompletion {
                standing: standing(&rule, &attended, assessment.as_ref()),
                certificate: certificates.get(&e.person_id).cloned(),
                assessment,
                person_id: e.person_id,
                person_name,
                role: e.role,
            }
        })
        .collect();
    let total_hours = (hours.values().sum::<f64>() * 100.0).round() / 100.0;
    Ok(ActivityCompletion { rule, rule_is_custom, sessions: sessions.len() as i64, hours: total_hours, participants })
}
