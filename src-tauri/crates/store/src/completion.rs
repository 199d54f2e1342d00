//! Completion rules and assessment results, per activity.

use chrono::{DateTime, Utc};
use malaka_core::completion::{Assessment, CompletionRule};
use std::collections::HashMap;

use crate::Result;
use crate::conn::seam;

seam! { completion;
    /// The activity's own rule, if it has one.
    pub async fn rule(activity_id: &str) -> Result<Option<CompletionRule>>;
    pub async fn set_rule(rule: &CompletionRule, actor: &str, now: DateTime<Utc>) -> Result<()>;
    /// The assessment results recorded for an activity, by person.
    pub async fn assessments(activity_id: &str) -> Result<HashMap<String, Assessment>>;
    /// Records (or replaces) one person's result; a result with neither field removes it.
    pub async fn set_assessment(activity_id: &str, person_id: &str, a: &Assessment, actor: &str, now: DateTime<Utc>) -> Result<()>;
}
