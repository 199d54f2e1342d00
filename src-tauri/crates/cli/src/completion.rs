//! `malaka completion …`: an activity's completion rule, assessment results, and who may receive
//! a certificate (and why not).

use clap::Subcommand;
use malaka_api::completion::AssessmentInput;
use malaka_api::core::Reason;
use malaka_api::core::completion::{AssessmentKind, CompletionBasis, CompletionRule, LateCounts, NotEligible};
use malaka_api::{Error, Malaka};

use crate::output::{emit, table};

#[derive(Subcommand, Debug)]
pub(crate) enum CompletionCmd {
    /// Each participant's attendance rate and whether they may receive a certificate (and why not).
    Show {
        #[arg(long)]
        activity: String,
    },
    /// Set an activity's completion rule.
    Rule {
        #[arg(long)]
        activity: String,
        /// sessions or hours.
        #[arg(long, default_value = "sessions")]
        basis: String,
        #[arg(long, default_value_t = 80.0)]
        min_percent: f64,
        /// How a late arrival counts: full, half or none.
        #[arg(long, default_value = "full")]
        late_counts: String,
        /// Excused absences count as attended.
        #[arg(long)]
        excused_counts: bool,
        /// none, pass_fail or score.
        #[arg(long, default_value = "none")]
        assessment: String,
        /// Lowest passing score (0–100) for a scored assessment.
        #[arg(long)]
        pass_mark: Option<f64>,
    },
    /// Record a participant's assessment result.
    Assess {
        #[arg(long)]
        activity: String,
        #[arg(long)]
        person: String,
        /// pass or fail (pass/fail assessments).
        #[arg(long, conflicts_with = "score")]
        result: Option<String>,
        #[arg(long)]
        score: Option<f64>,
    },
}

pub(crate) async fn completion(app: &Malaka, cmd: CompletionCmd, json: bool) -> Result<(), Error> {
    match cmd {
        CompletionCmd::Show { activity } => {
            let c = app.completion_show(&activity).await?;
            emit(json, &c, |c| {
                let rows = c
                    .participants
                    .iter()
                    .map(|p| {
                        vec![
                            p.person_id.clone(),
                            p.person_name.clone(),
                            format!("{}%", p.standing.rate),
                            if p.standing.eligible { "eligible".into() } else { "not eligible".into() },
                            p.standing.reasons.iter().map(reason_text).collect::<Vec<_>>().join("; "),
                        ]
                    })
                    .collect();
                format!(
                    "rule: {}% of {}, late counts {}, excused {}, assessment {}\n{}",
                    c.rule.min_percent,
                    c.rule.basis,
                    c.rule.late_counts,
                    if c.rule.excused_counts { "counts" } else { "does not count" },
                    c.rule.assessment,
                    table(&["person", "name", "attendance", "certificate", "why not"], rows)
                )
            });
        }
        CompletionCmd::Rule { activity, basis, min_percent, late_counts, excused_counts, assessment, pass_mark } => {
            let rule = CompletionRule {
                activity_id: activity,
                basis: CompletionBasis::parse("basis", &basis)?,
                min_percent,
                late_counts: LateCounts::parse("late_counts", &late_counts)?,
                excused_counts,
                assessment: AssessmentKind::parse("assessment", &assessment)?,
                pass_mark,
            };
            let saved = app.completion_rule_set(&rule).await?;
            emit(json, &saved, |r| format!("rule set: {}% of {}", r.min_percent, r.basis));
        }
        CompletionCmd::Assess { activity, person, result, score } => {
            let passed = match result.as_deref().map(str::trim) {
                None => None,
                Some("pass" | "passed") => Some(true),
                Some("fail" | "failed") => Some(false),
                Some(other) => {
                    return Err(Error::invalid(
                        "result",
                        Reason::NotOneOf { value: other.into(), allowed: vec!["pass".into(), "fail".into()] },
                    ));
                }
            };
            let input = AssessmentInput { activity_id: activity, person_id: person, passed, score };
            app.assessment_record(&input).await?;
            emit(json, &serde_json::json!({ "recorded": true }), |_| "result recorded".into());
        }
    }
    Ok(())
}

fn reason_text(r: &NotEligible) -> String {
    match r {
        NotEligible::BelowMinimum { rate, required } => format!("attendance {rate}% is below {required}%"),
        NotEligible::MarksMissing { count } => format!("{count} session(s) not marked"),
        NotEligible::NoSessions => "the activity has no sessions".into(),
        NotEligible::AssessmentMissing => "no assessment result".into(),
        NotEligible::AssessmentFailed { score: Some(s), pass_mark: Some(m) } => format!("score {s} below {m}"),
        NotEligible::AssessmentFailed { .. } => "assessment failed".into(),
    }
}
