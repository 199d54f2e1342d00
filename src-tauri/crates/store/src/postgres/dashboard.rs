//! The dashboard's own reads on PostgreSQL.

use chrono::{DateTime, NaiveDate, Utc};
use malaka_core::model::{ActivityKind, HoursGlance, MonthCertificates, OpenActivity, ProgrammeHours};
use sqlx::Row;

use super::codec::{get_id, parse_enum};
use super::{Conn, Result};

pub async fn open_activities(conn: &mut Conn, today: NaiveDate, limit: i64) -> Result<Vec<OpenActivity>> {
    let rows = sqlx::query(
        "SELECT * FROM (
             SELECT a.id, a.title, a.kind, a.starts_on, a.ends_on, a.capacity::int8 AS capacity,
                    (SELECT count(*) FROM enrolment e WHERE e.activity_id = a.id AND e.status = 'enrolled'
                       AND e.role IN ('participant', 'delegate', 'intern')) AS enrolled
             FROM activity a
             WHERE a.starts_on >= $1 AND a.status NOT IN ('cancelled', 'draft', 'completed')
         ) o WHERE capacity IS NULL OR enrolled < capacity
         ORDER BY starts_on, lower(title), id LIMIT $2",
    )
    .bind(today)
    .bind(limit)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            let capacity: Option<i64> = r.try_get("capacity")?;
            let enrolled: i64 = r.try_get("enrolled")?;
            Ok(OpenActivity {
                id: get_id(r, "id")?,
                title: r.try_get("title")?,
                kind: parse_enum(ActivityKind::parse, r.try_get("kind")?)?,
                starts_on: r.try_get("starts_on")?,
                ends_on: r.try_get("ends_on")?,
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
        "SELECT month, sum(issued)::int8 AS issued, sum(revoked)::int8 AS revoked FROM (
             SELECT to_char(issued_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, 1 AS issued, 0 AS revoked
             FROM certificate WHERE issued_at >= $1 AND issued_at < $2
             UNION ALL
             SELECT to_char(revoked_at AT TIME ZONE 'UTC', 'YYYY-MM'), 0, 1
             FROM certificate WHERE revoked_at >= $1 AND revoked_at < $2
         ) c GROUP BY month ORDER BY month",
    )
    .bind(from)
    .bind(to)
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

pub async fn hours_glance(conn: &mut Conn, year: i32) -> Result<HoursGlance> {
    // As on SQLite: each learner's sessions of the year summed per month and programme once, cut
    // three ways.
    let rows = sqlx::query(
        "WITH per AS MATERIALIZED (
             SELECT e.person_id, to_char(s.starts_local, 'YYYY-MM') AS month, a.programme_id AS programme,
                    sum((extract(epoch FROM s.ends_utc - s.starts_utc) / 3600.0) * (
                        CASE m.status WHEN 'present' THEN 1.0
                             WHEN 'late' THEN CASE coalesce(r.late_counts, 'full')
                                              WHEN 'full' THEN 1.0 WHEN 'half' THEN 0.5 ELSE 0.0 END
                             ELSE 0.0 END))::float8 AS hours
             FROM session s
             JOIN activity a ON a.id = s.activity_id
             JOIN enrolment e ON e.activity_id = a.id AND e.status IN ('enrolled', 'completed')
                              AND e.role IN ('participant', 'delegate', 'intern')
             LEFT JOIN attendance_mark m ON m.session_id = s.id AND m.person_id = e.person_id
             LEFT JOIN completion_rule r ON r.activity_id = a.id
             WHERE s.status = 'scheduled' AND s.starts_local >= $1::date AND s.starts_local < $2::date
             GROUP BY e.person_id, 2, a.programme_id
         )
         SELECT 'year' AS cut, substr(month, 1, 4) AS key, NULL::text AS title, count(DISTINCT person_id) AS people,
                coalesce(sum(hours), 0)::float8 AS hours
         FROM per GROUP BY 2
         UNION ALL
         SELECT 'month', month, NULL, 0, coalesce(sum(hours), 0)::float8 FROM per GROUP BY month
         UNION ALL
         SELECT 'programme', per.programme::text, pr.title, count(DISTINCT per.person_id), coalesce(sum(per.hours), 0)::float8
         FROM per JOIN programme pr ON pr.id = per.programme GROUP BY per.programme, pr.title",
    )
    .bind(NaiveDate::from_ymd_opt(year, 1, 1))
    .bind(NaiveDate::from_ymd_opt(year + 1, 1, 1))
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
