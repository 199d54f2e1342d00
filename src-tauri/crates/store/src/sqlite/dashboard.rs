//! The dashboard's own reads on SQLite.

use chrono::{DateTime, NaiveDate, Utc};
use malaka_core::model::{ActivityKind, HoursGlance, MonthCertificates, OpenActivity, ProgrammeHours};
use sqlx::Row;

use super::codec::{instant, parse_date, parse_enum};
use super::{Conn, Result};

pub async fn open_activities(conn: &mut Conn, today: NaiveDate, limit: i64) -> Result<Vec<OpenActivity>> {
    let rows = sqlx::query(
        "SELECT * FROM (
             SELECT a.id, a.title, a.kind, a.starts_on, a.ends_on, a.capacity,
                    (SELECT count(*) FROM enrolment e WHERE e.activity_id = a.id AND e.status = 'enrolled'
                       AND e.role IN ('participant', 'delegate', 'intern')) AS enrolled
             FROM activity a
             WHERE a.starts_on >= ?1 AND a.status NOT IN ('cancelled', 'draft', 'completed')
         ) WHERE capacity IS NULL OR enrolled < capacity
         ORDER BY starts_on, title COLLATE NOCASE, id LIMIT ?2",
    )
    .bind(today.to_string())
    .bind(limit)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            let capacity: Option<i64> = r.try_get("capacity")?;
            let enrolled: i64 = r.try_get("enrolled")?;
            Ok(OpenActivity {
                id: r.try_get("id")?,
                title: r.try_get("title")?,
                kind: parse_enum(ActivityKind::parse, r.try_get("kind")?)?,
                starts_on: parse_date(r.try_get("starts_on")?)?,
                ends_on: parse_date(r.try_get("ends_on")?)?,
                capacity,
                enrolled,
                free: capacity.map(|c| c - enrolled),
            })
        })
        .collect()
}

pub async fn certificates_by_month(
    conn: &mut Conn,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<MonthCertificates>> {
    let rows = sqlx::query(
        "SELECT month, sum(issued) AS issued, sum(revoked) AS revoked FROM (
             SELECT substr(issued_at, 1, 7) AS month, 1 AS issued, 0 AS revoked FROM certificate
             WHERE issued_at >= ?1 AND issued_at < ?2
             UNION ALL
             SELECT substr(revoked_at, 1, 7), 0, 1 FROM certificate WHERE revoked_at >= ?1 AND revoked_at < ?2
         ) GROUP BY month ORDER BY month",
    )
    .bind(instant(from))
    .bind(instant(to))
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(MonthCertificates {
                month: r.try_get("month")?,
                issued: r.try_get("issued")?,
                revoked: r.try_get("revoked")?,
            })
        })
        .collect()
}

/// Each session's length and late weight worked out once, each learner's sessions of the year
/// summed per month and programme once (both materialised), then cut three ways: the year
/// (learners and hours), its months and its programmes. Hours weigh marks as the hours report
/// does (`report::hours_sql`).
pub const HOURS_GLANCE: &str = "WITH ses AS MATERIALIZED (
         SELECT s.id, s.activity_id, substr(s.starts_local, 1, 7) AS month, a.programme_id AS programme,
                (unixepoch(s.ends_utc) - unixepoch(s.starts_utc)) / 3600.0 AS length,
                CASE coalesce(r.late_counts, 'full') WHEN 'full' THEN 1.0 WHEN 'half' THEN 0.5 ELSE 0.0 END AS late
         FROM session s JOIN activity a ON a.id = s.activity_id LEFT JOIN completion_rule r ON r.activity_id = a.id
         WHERE s.status = 'scheduled' AND s.starts_local >= ?1 AND s.starts_local < ?2
     ),
     per AS MATERIALIZED (
         SELECT e.person_id, ses.month, ses.programme,
                total(ses.length * CASE m.status WHEN 'present' THEN 1.0 WHEN 'late' THEN ses.late ELSE 0.0 END)
                    AS hours
         FROM ses
         JOIN enrolment e ON e.activity_id = ses.activity_id AND e.status IN ('enrolled', 'completed')
                          AND e.role IN ('participant', 'delegate', 'intern')
         LEFT JOIN attendance_mark m ON m.session_id = ses.id AND m.person_id = e.person_id
         GROUP BY e.person_id, ses.month, ses.programme
     )
     SELECT 'year' AS cut, substr(month, 1, 4) AS key, NULL AS title, count(DISTINCT person_id) AS people,
            total(hours) AS hours
     FROM per GROUP BY 2
     UNION ALL
     SELECT 'month', month, NULL, 0, total(hours) FROM per GROUP BY month
     UNION ALL
     SELECT 'programme', per.programme, pr.title, count(DISTINCT per.person_id), total(per.hours)
     FROM per JOIN programme pr ON pr.id = per.programme GROUP BY per.programme";

pub async fn hours_glance(conn: &mut Conn, year: i32) -> Result<HoursGlance> {
    let rows = sqlx::query(HOURS_GLANCE)
        .bind(format!("{year:04}-01-01"))
        .bind(format!("{:04}-01-01", year + 1))
        .fetch_all(conn)
        .await?;
    let mut glance = HoursGlance::default();
    for r in &rows {
        let (cut, key): (String, String) = (r.try_get("cut")?, r.try_get("key")?);
        let (people, hours): (i64, f64) = (r.try_get("people")?, r.try_get("hours")?);
        match cut.as_str() {
            "year" => glance.years.push((key, people, hours)),
            "month" => glance.months.push((key, hours)),
            _ => glance.programmes.push(ProgrammeHours { id: key, title: r.try_get("title")?, hours, people }),
        }
    }
    Ok(glance)
}
