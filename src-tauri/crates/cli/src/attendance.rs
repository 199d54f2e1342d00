//! `malaka attendance …` and `malaka completion …`.

use malaka_api::attendance::Roll;
use malaka_api::attendance_bulk::BulkMarks;
use malaka_api::completion::AssessmentInput;
use malaka_api::core::Reason;
use malaka_api::core::completion::{AssessmentKind, CompletionBasis, CompletionRule, LateCounts, NotEligible};
use malaka_api::core::model::{AttendanceStatus, NewMark, SessionCard};
use malaka_api::{Error, Malaka};

use crate::args::{AttendanceCmd, CompletionCmd};
use crate::output::{emit, opt, table};

pub async fn attendance(app: &Malaka, cmd: AttendanceCmd, json: bool) -> Result<(), Error> {
    match cmd {
        AttendanceCmd::Mark { session, person, status, minutes_late, note, reason } => {
            let status = match status.trim() {
                "clear" => None,
                s => Some(AttendanceStatus::parse("status", s)?),
            };
            let marks: Vec<NewMark> = person
                .into_iter()
                .map(|p| NewMark {
                    session_id: session.clone(),
                    person_id: p,
                    status,
                    minutes_late,
                    note: note.clone(),
                    reason: reason.clone(),
                    expected_version: None,
                })
                .collect();
            let saved = app.attendance_mark(&marks).await?;
            emit(json, &saved, |s| format!("{} mark(s) saved, {} unchanged", s.len(), marks.len() - s.len()));
        }
        AttendanceCmd::Bulk { session, file, rest, reason } => {
            let rest = rest.map(|r| AttendanceStatus::parse("rest", &r)).transpose()?;
            let report = app.attendance_bulk(&BulkMarks { session_id: session, file, rest, reason }).await?;
            emit(json, &report, |r| {
                format!("{} mark(s) saved ({} for everyone else), {} unchanged", r.saved, r.rest, r.unchanged)
            });
        }
        AttendanceCmd::Show { session, activity } => {
            let roll = match (session, activity) {
                (Some(s), _) => app.attendance_roll(&s).await?,
                (None, Some(a)) => app.attendance_grid(&a).await?,
                (None, None) => return Err(Error::invalid("session", Reason::Required)),
            };
            emit(json, &roll, roll_text);
        }
        AttendanceCmd::History { session, person } => {
            let h = app.attendance_history(&session, &person).await?;
            emit(json, &h, |h| {
                let rows = h
                    .iter()
                    .map(|c| {
                        vec![
                            c.version.to_string(),
                            c.changed_at.format("%Y-%m-%d %H:%M:%S").to_string(),
                            c.changed_by.clone(),
                            c.old_status.map(|s| s.to_string()).unwrap_or_else(|| "—".into()),
                            c.new_status.map(|s| s.to_string()).unwrap_or_else(|| "—".into()),
                            opt(&c.reason),
                        ]
                    })
                    .collect();
                table(&["version", "at (UTC)", "by", "from", "to", "reason"], rows)
            });
        }
        AttendanceCmd::Sessions { trainer, time_zone } => {
            let q = malaka_api::attendance::SessionsQuery { trainer_id: trainer, time_zone };
            let s = app.attendance_sessions(&q).await?;
            emit(json, &s, |s| {
                format!("Today\n{}\nUpcoming\n{}\nPast\n{}", cards(&s.today), cards(&s.upcoming), cards(&s.past))
            });
        }
        AttendanceCmd::Sheet { session, locale, out } => {
            let pdf = app.attendance_sheet(&session, &locale).await?;
            malaka_api::file::save(&out, &pdf)?;
            emit(json, &serde_json::json!({ "file": out, "bytes": pdf.len() }), |_| {
                format!("wrote {} ({} bytes)", out.display(), pdf.len())
            });
        }
    }
    Ok(())
}

fn cards(cards: &[SessionCard]) -> String {
    let rows = cards
        .iter()
        .map(|c| {
            vec![
                c.session.id.clone(),
                format!("{} ({})", c.session.starts_local.format("%Y-%m-%d %H:%M"), c.session.time_zone),
                c.activity_title.clone(),
                format!("{}/{}", c.marked, c.expected),
                if c.missing() > 0 { format!("{} missing", c.missing()) } else { String::new() },
            ]
        })
        .collect();
    table(&["session", "starts", "activity", "marked", ""], rows)
}

fn roll_text(r: &Roll) -> String {
    let mut header = vec!["person", "name"];
    let times: Vec<String> =
        r.sessions.iter().map(|s| s.session.starts_local.format("%m-%d %H:%M").to_string()).collect();
    header.extend(times.iter().map(String::as_str));
    let rows = r
        .people
        .iter()
        .map(|p| {
            let mut row = vec![p.person_id.clone(), p.person_name.clone()];
            for s in &r.sessions {
                let mark = r.marks.iter().find(|m| m.person_id == p.person_id && m.session_id == s.session.id);
                row.push(mark.map_or_else(|| "—".into(), |m| m.status.to_string()));
            }
            row
        })
        .collect();
    format!("{} — {} session(s)\n{}", r.activity.title, r.sessions.len(), table(&header, rows))
}

pub async fn completion(app: &Malaka, cmd: CompletionCmd, json: bool) -> Result<(), Error> {
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
