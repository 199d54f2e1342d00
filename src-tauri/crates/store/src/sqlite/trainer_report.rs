//! The trainers' load report on SQLite.

use chrono::{DateTime, Utc};
use malaka_core::model::{ActivityKind, ReportGrouping, TrainerLoadRow, ValidReportFilter};
use sqlx::Row;

use super::codec::instant;
use super::report::{SCOPE, group_names, group_order};
use super::{Conn, Result};

/// A trainer's session's group, over `s` and `a`: none when the grouping is by staff (one row a
/// trainer).
fn session_group(g: ReportGrouping) -> &'static str {
    match g {
        ReportGrouping::Programme => "a.programme_id",
        ReportGrouping::Activity => "a.id",
        ReportGrouping::Month => "substr(s.starts_local, 1, 7)",
        ReportGrouping::Year => "substr(s.starts_local, 1, 4)",
        ReportGrouping::Person | ReportGrouping::Unit | ReportGrouping::Organisation => "NULL",
    }
}

/// The group's name (see `session_group`).
fn names(g: ReportGrouping) -> (&'static str, &'static str, &'static str) {
    match g {
        ReportGrouping::Person | ReportGrouping::Unit | ReportGrouping::Organisation => ("'' AS label", "", "g.key"),
        _ => {
            let (label, joins) = group_names(g);
            (label, joins, group_order(g))
        }
    }
}

/// The statement `rows` runs for a grouping (the benchmarks run it through `sqlite3` too): ?1 the
/// organisation, ?2 the first day, ?3 the day after the last, ?4 the programme, ?5 the kind, ?6 the
/// country, ?7 now.
pub fn rows_sql(by: ReportGrouping) -> String {
    let (label, joins, order) = names(by);
    format!(
        "WITH RECURSIVE {SCOPE},
         ts AS (
             SELECT t.trainer_id, s.activity_id, {key} AS key,
                    (unixepoch(s.ends_utc) - unixepoch(s.starts_utc)) / 3600.0 AS hours,
                    s.ends_utc <= ?7 AS held,
                    s.ends_utc <= ?7 AND NOT EXISTS (SELECT 1 FROM attendance_mark m WHERE m.session_id = s.id)
                        AS unrecorded
             FROM session s JOIN session_trainer t ON t.session_id = s.id
             JOIN activity a ON a.id = s.activity_id JOIN organisation ho ON ho.id = a.host_org_id
             WHERE s.status = 'scheduled' AND s.starts_local >= ?2 AND s.starts_local < ?3
               AND a.status <> 'cancelled'
               AND (?1 IS NULL OR a.host_org_id IN (SELECT id FROM scope))
               AND (?4 IS NULL OR a.programme_id = ?4) AND (?5 IS NULL OR a.kind = ?5)
               AND (?6 IS NULL OR ho.country = ?6)
         ),
         g AS (
             SELECT trainer_id, key, count(DISTINCT activity_id) AS activities, count(*) AS sessions,
                    total(hours) AS hours, sum(held) AS held, total(CASE WHEN held THEN hours END) AS held_hours,
                    sum(unrecorded) AS unrecorded
             FROM ts GROUP BY trainer_id, key
         ),
         l AS (
             SELECT x.trainer_id, x.key, count(DISTINCT e.person_id) AS learners
             FROM (SELECT DISTINCT trainer_id, key, activity_id FROM ts) x
             JOIN enrolment e ON e.activity_id = x.activity_id AND e.status IN ('enrolled', 'completed')
                             AND e.role IN ('participant', 'delegate', 'intern')
             GROUP BY x.trainer_id, x.key
         )
         SELECT g.*, coalesce(l.learners, 0) AS learners, tr.name AS trainer, tr.affiliation, {label}
         FROM g JOIN trainer tr ON tr.id = g.trainer_id
         LEFT JOIN l ON l.trainer_id = g.trainer_id AND l.key IS g.key
         {joins}
         ORDER BY tr.name COLLATE NOCASE, tr.id, {order}",
        key = session_group(by),
    )
}

pub async fn rows(conn: &mut Conn, f: &ValidReportFilter, now: DateTime<Utc>) -> Result<Vec<TrainerLoadRow>> {
    let sql = rows_sql(f.group_by);
    let rows = sqlx::query(&sql)
        .bind(&f.organisation_id)
        .bind(f.from.to_string())
        .bind((f.to + chrono::Duration::days(1)).to_string())
        .bind(&f.programme_id)
        .bind(f.kind.map(ActivityKind::as_str))
        .bind(&f.country)
        .bind(instant(now))
        .fetch_all(conn)
        .await?;
    rows.iter()
        .map(|r| {
            Ok(TrainerLoadRow {
                trainer_id: r.try_get("trainer_id")?,
                trainer: r.try_get("trainer")?,
                affiliation: r.try_get("affiliation")?,
                key: r.try_get("key")?,
                label: r.try_get::<Option<String>, _>("label")?.unwrap_or_default(),
                activities: r.try_get("activities")?,
                sessions: r.try_get("sessions")?,
                hours: r.try_get("hours")?,
                held: r.try_get("held")?,
                held_hours: r.try_get("held_hours")?,
                unrecorded: r.try_get("unrecorded")?,
                learners: r.try_get("learners")?,
            })
        })
        .collect()
}
