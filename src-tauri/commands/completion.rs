//! Completion rules, assessment results and eligibility for certificates.

use malaka_api::completion::{ActivityCompletion, AssessmentInput};
use malaka_api::core::completion::CompletionRule;
use tauri::State;

use super::Reply;
use crate::AppState;

#[tauri::command]
pub async fn completion_show(state: State<'_, AppState>, activity_id: String) -> Reply<ActivityCompletion> {
    state.malaka().await?.completion_show(&activity_id).await
}

#[tauri::command]
pub async fn completion_rule_set(state: State<'_, AppState>, rule: CompletionRule) -> Reply<CompletionRule> {
    state.malaka().await?.completion_rule_set(&rule).await
}

#[tauri::command]
pub async fn assessment_record(state: State<'_, AppState>, input: AssessmentInput) -> Reply<()> {
    state.malaka().await?.assessment_record(&input).await
}
