//! Completion rules and assessment results, per activity, on PostgreSQL.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use malaka_core::completion::{Assessment, AssessmentKind, CompletionBasis, CompletionRule, LateCounts};
use sqlx::Row;

use super::codec::{get_id, id as uuid, parse_enum};
use super::{Conn, Result};

pub async fn rule(conn: &mut Conn, activity_id: &str) -> Result<Option<CompletionRule>> {
    let row = sqlx::query("SELECT * FROM completion_rule WHERE activity_id = $1")
        .bind(uuid(activity_id)?)
        .fetch_optional(conn)
        .await?;
    let Some(r) = row else { return Ok(None) };
    Ok(Some(CompletionRule {
        activity_id: get_id(&r, "activity_id")?,
        basis: parse_enum(CompletionBasis::parse, r.try_get("basis")?)?,
        min_percent: r.try_get("min_percent")?,
        late_counts: parse_enum(LateCounts::parse, r.try_get("late_counts")?)?,
        excused_counts: r.try_get("excused_counts")?,
        assessment: parse_enum(AssessmentKind::parse, r.try_get("assessment")?)?,
        pass_mark: r.try_get("pass_mark")?,
    }))
}

pub async fn set_rule(conn: &mut Conn, rule: &CompletionRule, actor: &str, now: DateTime<Utc>) -> Result<()> {
    sqlx::query(
        "INSERT INTO completion_rule (activity_id, basis, min_percent, late_counts, excused_counts, assessment,
            pass_mark, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (activity_id) DO UPDATE SET basis = excluded.basis, min_percent = excluded.min_percent,
            late_counts = excluded.late_counts, excused_counts = excluded.excused_counts,
            assessment = excluded.assessment, pass_mark = excluded.pass_mark,
            updated_by = excluded.updated_by, updated_at = excluded.updated_at",
    )
    .bind(uuid(&rule.activity_id)?)
    .bind(rule.basis.as_str())
    .bind(rule.min_percent)
    .bind(rule.late_counts.as_str())
    .bind(rule.excused_counts)
    .bind(rule.assessment.as_str())
    .bind(rule.pass_mark)
    .bind(actor)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn assessments(conn: &mut Conn, activity_id: &str) -> Result<HashMap<String, Assessment>> {
    let rows = sqlx::query("SELECT person_id, passed, score FROM assessment_result WHERE activity_id = $1")
        .bind(uuid(activity_id)?)
        .fetch_all(conn)
        .await?;
    rows.iter()
        .map(|r| Ok((get_id(r, "person_id")?, Assessment { passed: r.try_get("passed")?, score: r.try_get("score")? })))
        .collect()
}

pub async fn set_assessment(
    conn: &mut Conn,
    activity_id: &str,
    person_id: &str,
    a: &Assessment,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    if a.passed.is_none() && a.score.is_none() {
        sqlx::query("DELETE FROM assessment_result WHERE activity_id = $1 AND person_id = $2")
            .bind(uuid(activity_id)?)
            .bind(uuid(person_id)?)
            .execute(conn)
            .await?;
        return Ok(());
    }
    sqlx::query(
        "INSERT INTO assessment_result (activity_id, person_id, passed, score, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (activity_id, person_id) DO UPDATE SET passed = excluded.passed, score = excluded.score,
            recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at",
    )
    .bind(uuid(activity_id)?)
    .bind(uuid(person_id)?)
    .bind(a.passed)
    .bind(a.score)
    .bind(actor)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}
