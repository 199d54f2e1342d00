//! Reports as SQLite aggregations.

use malaka_core::model::{ActivityKind, HoursRow, PersonIdentity, ReportGrouping, ValidReportFilter};
use sqlx::Row;

use super::{Conn, Result};

/// The group a planned session falls in, by grouping, over `x` (the planned sessions) and `p`
/// (the person).
fn group_key(g: ReportGrouping) -> &'static str {
    match g {
        ReportGrouping::Person => "x.person_id",
        ReportGrouping::Unit => "coalesce(p.unit_id, p.organisation_id)",
        ReportGrouping::Organisation => "p.organisation_id",
        ReportGrouping::Programme => "x.programme_id",
        ReportGrouping::Month => "substr(x.starts_local, 1, 7)",
        ReportGrouping::Year => "substr(x.starts_local, 1, 4)",
    }
}

/// The group's name and, by person, who they are: over `g` (the groups).
fn group_names(g: ReportGrouping) -> (&'static str, &'static str) {
    match g {
        ReportGrouping::Person => (
            "trim(n.family_name || ' ' || n.given_name || coalesce(' ' || n.patronymic, '')) AS label,
             n.personnel_number, no.name AS person_org, nu.name AS person_unit, n.position",
            "LEFT JOIN person n ON n.id = g.key LEFT JOIN organisation no ON no.id = n.organisation_id
             LEFT JOIN organisation nu ON nu.id = n.unit_id",
        ),
        ReportGrouping::Unit | ReportGrouping::Organisation => {
            ("coalesce(o.name, '') AS label", "LEFT JOIN organisation o ON o.id = g.key")
        }
        ReportGrouping::Programme => ("coalesce(pr.title, '') AS label", "LEFT JOIN programme pr ON pr.id = g.key"),
        ReportGrouping::Month | ReportGrouping::Year => ("g.key AS label", ""),
    }
}

/// The hours statement for a grouping; its parameters: ?1 the organisation (or NULL), ?2 the
/// first day, ?3 the day after the last, ?4 the programme, ?5 the kind, ?6 the country.
pub fn hours_sql(by: ReportGrouping) -> String {
    let (label, joins) = group_names(by);
    let order = match by {
        ReportGrouping::Month | ReportGrouping::Year => "g.key",
        _ => "label COLLATE NOCASE, g.key",
    };
    // Planned: every session not cancelled of an activity the person is enrolled in as a
    // learner; attended: weighed by its mark, a late arrival as the activity's rule counts it.
    format!(
        "WITH RECURSIVE scope(id) AS (
             SELECT id FROM organisation WHERE id = ?1
             UNION SELECT o.id FROM organisation o JOIN scope s ON o.parent_id = s.id
         ),
         planned AS (
             SELECT e.person_id, s.starts_local, a.programme_id,
                    (unixepoch(s.ends_utc) - unixepoch(s.starts_utc)) / 3600.0 AS hours,
                    CASE m.status WHEN 'present' THEN 1.0
                         WHEN 'late' THEN CASE coalesce(r.late_counts, 'full')
                                          WHEN 'full' THEN 1.0 WHEN 'half' THEN 0.5 ELSE 0.0 END
                         ELSE 0.0 END AS weight
             FROM session s
             JOIN activity a ON a.id = s.activity_id
             JOIN enrolment e ON e.activity_id = a.id AND e.status IN ('enrolled', 'completed')
                              AND e.role IN ('participant', 'delegate', 'intern')
             LEFT JOIN attendance_mark m ON m.session_id = s.id AND m.person_id = e.person_id
             LEFT JOIN completion_rule r ON r.activity_id = a.id
             WHERE s.status = 'scheduled' AND s.starts_local >= ?2 AND s.starts_local < ?3
               AND (?4 IS NULL OR a.programme_id = ?4) AND (?5 IS NULL OR a.kind = ?5)
         ),
         g AS (
             SELECT {key} AS key, count(DISTINCT x.person_id) AS people, sum(x.weight > 0) AS sessions,
                    sum(x.hours * x.weight) AS hours, sum(x.hours) AS planned_hours
             FROM planned x JOIN person p ON p.id = x.person_id JOIN organisation po ON po.id = p.organisation_id
             WHERE (?1 IS NULL OR p.organisation_id IN (SELECT id FROM scope) OR p.unit_id IN (SELECT id FROM scope))
               AND (?6 IS NULL OR po.country = ?6)
             GROUP BY 1
         )
         SELECT g.*, {label} FROM g {joins} ORDER BY {order}",
        key = group_key(by),
    )
}

pub async fn hours(conn: &mut Conn, f: &ValidReportFilter) -> Result<Vec<HoursRow>> {
    let sql = hours_sql(f.group_by);
    let rows = sqlx::query(&sql)
        .bind(&f.organisation_id)
        .bind(f.from.to_string())
        .bind((f.to + chrono::Duration::days(1)).to_string())
        .bind(&f.programme_id)
        .bind(f.kind.map(ActivityKind::as_str))
        .bind(&f.country)
        .fetch_all(conn)
        .await?;
    rows.iter()
        .map(|r| {
            let person = match f.group_by {
                ReportGrouping::Person => Some(PersonIdentity {
                    personnel_number: r.try_get("personnel_number")?,
                    organisation: r.try_get::<Option<String>, _>("person_org")?.unwrap_or_default(),
                    unit: r.try_get("person_unit")?,
                    position: r.try_get("position")?,
                }),
                _ => None,
            };
            Ok(HoursRow {
                key: r.try_get("key")?,
                label: r.try_get::<Option<String>, _>("label")?.unwrap_or_default(),
                person,
                people: r.try_get("people")?,
                sessions: r.try_get("sessions")?,
                hours: r.try_get("hours")?,
                planned_hours: r.try_get("planned_hours")?,
            })
        })
        .collect()
}
