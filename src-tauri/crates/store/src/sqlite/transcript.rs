//! A person's transcript rows on SQLite.

use malaka_core::completion::{Assessment, AssessmentKind, CompletionBasis, CompletionRule, LateCounts};
use malaka_core::model::{
    ActivityKind, AttendanceStatus, EnrolmentRole, EnrolmentStatus, TranscriptActivity, TranscriptCertificate,
    TranscriptSession,
};
use sqlx::Row;

use super::codec::{parse_date, parse_enum, parse_instant};
use super::{Conn, Result};

/// The person's learner enrolments in activities not cancelled (?1 the person): `FROM`, joins
/// of the caller's, then `WHERE`.
const FROM: &str = "FROM enrolment e JOIN activity a ON a.id = e.activity_id";
const LEARNER: &str = "WHERE e.person_id = ?1 AND e.status IN ('enrolled', 'completed')
       AND e.role IN ('participant', 'delegate', 'intern') AND a.status <> 'cancelled'";

/// The statement `activities` runs (the benchmarks give it to `sqlite3` too).
pub fn activities_sql() -> String {
    format!(
        "SELECT a.id, a.title, a.kind, a.starts_on, a.ends_on, e.role, e.status AS enrolment_status,
                p.code AS programme_code, p.title AS programme_title,
                r.basis, r.min_percent, r.late_counts, r.excused_counts, r.assessment, r.pass_mark,
                x.passed, x.score, x.activity_id IS NOT NULL AS assessed,
                c.code AS certificate, c.issued_at, c.status AS certificate_status
         {FROM}
         LEFT JOIN programme p ON p.id = a.programme_id
         LEFT JOIN completion_rule r ON r.activity_id = a.id
         LEFT JOIN assessment_result x ON x.activity_id = a.id AND x.person_id = e.person_id
         LEFT JOIN certificate c ON c.id = (
             SELECT c2.id FROM certificate c2 WHERE c2.activity_id = a.id AND c2.person_id = e.person_id
             ORDER BY c2.status = 'issued' DESC, c2.issued_at DESC LIMIT 1)
         {LEARNER}"
    )
}

pub async fn activities(conn: &mut Conn, person_id: &str) -> Result<Vec<TranscriptActivity>> {
    let sql = activities_sql();
    let rows = sqlx::query(&sql).bind(person_id).fetch_all(conn).await?;
    rows.iter()
        .map(|r| {
            let id: String = r.try_get("id")?;
            let (rule, assessment) = rule_and_assessment(r, &id)?;
            let certificate = match r.try_get::<Option<String>, _>("certificate")? {
                Some(code) => Some(TranscriptCertificate {
                    code,
                    issued_on: parse_instant(r.try_get("issued_at")?)?.date_naive(),
                    revoked: r.try_get::<String, _>("certificate_status")? == "revoked",
                }),
                None => None,
            };
            Ok(TranscriptActivity {
                title: r.try_get("title")?,
                kind: parse_enum(ActivityKind::parse, r.try_get("kind")?)?,
                programme_code: r.try_get("programme_code")?,
                programme_title: r.try_get("programme_title")?,
                starts_on: parse_date(r.try_get("starts_on")?)?,
                ends_on: parse_date(r.try_get("ends_on")?)?,
                role: parse_enum(EnrolmentRole::parse, r.try_get("role")?)?,
                enrolment_status: parse_enum(EnrolmentStatus::parse, r.try_get("enrolment_status")?)?,
                rule,
                assessment,
                certificate,
                activity_id: id,
            })
        })
        .collect()
}

/// The statement `sessions` runs.
pub fn sessions_sql() -> String {
    format!(
        "SELECT s.activity_id, (unixepoch(s.ends_utc) - unixepoch(s.starts_utc)) / 3600.0 AS hours, m.status
         {FROM}
         JOIN session s ON s.activity_id = a.id AND s.status = 'scheduled'
         LEFT JOIN attendance_mark m ON m.session_id = s.id AND m.person_id = e.person_id
         {LEARNER}"
    )
}

pub async fn sessions(conn: &mut Conn, person_id: &str) -> Result<Vec<TranscriptSession>> {
    let sql = sessions_sql();
    let rows = sqlx::query(&sql).bind(person_id).fetch_all(conn).await?;
    rows.iter()
        .map(|r| {
            let mark = match r.try_get::<Option<String>, _>("status")? {
                Some(m) => Some(parse_enum(AttendanceStatus::parse, &m)?),
                None => None,
            };
            Ok(TranscriptSession { activity_id: r.try_get("activity_id")?, hours: r.try_get("hours")?, mark })
        })
        .collect()
}

pub async fn busiest_learner(conn: &mut Conn) -> Result<Option<String>> {
    let row = sqlx::query(
        "SELECT person_id FROM enrolment WHERE status IN ('enrolled', 'completed')
           AND role IN ('participant', 'delegate', 'intern')
         GROUP BY person_id ORDER BY count(*) DESC, person_id LIMIT 1",
    )
    .fetch_optional(conn)
    .await?;
    row.map(|r| r.try_get::<String, _>("person_id").map_err(Into::into)).transpose()
}

/// The activity's own completion rule and the person's assessment, from the columns `r.*` and
/// `x.passed`, `x.score`, `assessed` of a learner's row (transcripts and reports read them alike).
pub(super) fn rule_and_assessment(
    r: &sqlx::sqlite::SqliteRow,
    id: &str,
) -> Result<(Option<CompletionRule>, Option<Assessment>)> {
    let rule = match r.try_get::<Option<String>, _>("basis")? {
        Some(basis) => Some(CompletionRule {
            activity_id: id.to_owned(),
            basis: parse_enum(CompletionBasis::parse, &basis)?,
            min_percent: r.try_get("min_percent")?,
            late_counts: parse_enum(LateCounts::parse, r.try_get("late_counts")?)?,
            excused_counts: r.try_get::<i64, _>("excused_counts")? == 1,
            assessment: parse_enum(AssessmentKind::parse, r.try_get("assessment")?)?,
            pass_mark: r.try_get("pass_mark")?,
        }),
        None => None,
    };
    let assessment = r.try_get::<bool, _>("assessed")?.then(|| -> Result<Assessment> {
        Ok(Assessment { passed: r.try_get::<Option<i64>, _>("passed")?.map(|p| p == 1), score: r.try_get("score")? })
    });
    Ok((rule, assessment.transpose()?))
}
