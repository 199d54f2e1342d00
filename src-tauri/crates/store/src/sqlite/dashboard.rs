//! The dashboard's own reads on SQLite.

use chrono::{DateTime, NaiveDate, Utc};
use malaka_core::model::{ActivityKind, MonthCertificates, OpenActivity};
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
