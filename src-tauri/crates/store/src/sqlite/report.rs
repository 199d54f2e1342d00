//! Reports as SQLite aggregations.

use chrono::{DateTime, Utc};
use malaka_core::completion::{Count, Tally};
use malaka_core::model::{ActivityKind, HoursRow, PersonIdentity, PlaceTally, ReportGrouping, ValidReportFilter};
use sqlx::Row;

use super::codec::{instant, parse_date};
use super::transcript::rule_and_assessment;
use super::{Conn, Result};

/// The part of a session's group that the session itself decides (its programme, activity or
/// period), over `s` (the session) and `a` (its activity); NULL when the person decides it.
fn session_key(g: ReportGrouping) -> &'static str {
    match g {
        ReportGrouping::Person | ReportGrouping::Unit | ReportGrouping::Organisation => "NULL",
        ReportGrouping::Programme => "a.programme_id",
        ReportGrouping::Activity => "a.id",
        ReportGrouping::Month => "substr(s.starts_local, 1, 7)",
        ReportGrouping::Year => "substr(s.starts_local, 1, 4)",
    }
}

/// The group, over `x` (a person's sums per session key) and `p` (the person).
fn group_key(g: ReportGrouping) -> &'static str {
    match g {
        ReportGrouping::Person => "x.person_id",
        ReportGrouping::Unit => "coalesce(p.unit_id, p.organisation_id)",
        ReportGrouping::Organisation => "p.organisation_id",
        _ => "x.inner",
    }
}

/// The group's name and, by person, who they are: over `g` (the groups).
pub(super) fn group_names(g: ReportGrouping) -> (&'static str, &'static str) {
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
        ReportGrouping::Activity => ("coalesce(ga.title, '') AS label", "LEFT JOIN activity ga ON ga.id = g.key"),
        ReportGrouping::Month | ReportGrouping::Year => ("g.key AS label", ""),
    }
}

/// Grouped by person, who the row's person is (the columns `group_names` adds); else none.
pub(super) fn group_person(r: &sqlx::sqlite::SqliteRow, by: ReportGrouping) -> Result<Option<PersonIdentity>> {
    if by != ReportGrouping::Person {
        return Ok(None);
    }
    Ok(Some(PersonIdentity {
        personnel_number: r.try_get("personnel_number")?,
        organisation: r.try_get::<Option<String>, _>("person_org")?.unwrap_or_default(),
        unit: r.try_get("person_unit")?,
        position: r.try_get("position")?,
    }))
}

/// Groups in time order for periods, else by name.
pub(super) fn group_order(by: ReportGrouping) -> &'static str {
    match by {
        ReportGrouping::Month | ReportGrouping::Year => "g.key",
        _ => "label COLLATE NOCASE, g.key",
    }
}

/// The organisation and its units, all the way down (?1; none when it is NULL).
pub(super) const SCOPE: &str = "scope(id) AS (
         SELECT id FROM organisation WHERE id = ?1
         UNION SELECT o.id FROM organisation o JOIN scope s ON o.parent_id = s.id
     )";

/// The hours statement for a grouping; its parameters: ?1 the organisation (or NULL), ?2 the
/// first day, ?3 the day after the last, ?4 the programme, ?5 the kind, ?6 the country.
pub fn hours_sql(by: ReportGrouping) -> String {
    let (label, joins) = group_names(by);
    let order = group_order(by);
    // Planned: every session not cancelled of an activity the person is enrolled in as a
    // learner; attended: weighed by its mark, a late arrival as the activity's rule counts it.
    // Each session's length and late weight are worked out once (not per learner), and hours are
    // summed per person first, so the person and their organisation are read once each.
    format!(
        "WITH RECURSIVE {SCOPE},
         ses AS MATERIALIZED (
             SELECT s.id, s.activity_id, {inner} AS inner,
                    (unixepoch(s.ends_utc) - unixepoch(s.starts_utc)) / 3600.0 AS length,
                    CASE coalesce(r.late_counts, 'full') WHEN 'full' THEN 1.0 WHEN 'half' THEN 0.5 ELSE 0.0 END
                        AS late
             FROM session s
             JOIN activity a ON a.id = s.activity_id
             LEFT JOIN completion_rule r ON r.activity_id = a.id
             WHERE s.status = 'scheduled' AND s.starts_local >= ?2 AND s.starts_local < ?3
               AND (?4 IS NULL OR a.programme_id = ?4) AND (?5 IS NULL OR a.kind = ?5)
         ),
         planned AS (
             SELECT e.person_id, ses.inner,
                    total(ses.length * CASE m.status WHEN 'present' THEN 1.0 WHEN 'late' THEN ses.late ELSE 0.0 END)
                        AS hours,
                    sum(m.status = 'present' OR (m.status = 'late' AND ses.late > 0)) AS sessions,
                    total(ses.length) AS planned_hours
             FROM ses
             JOIN enrolment e ON e.activity_id = ses.activity_id AND e.status IN ('enrolled', 'completed')
                              AND e.role IN ('participant', 'delegate', 'intern')
             LEFT JOIN attendance_mark m ON m.session_id = ses.id AND m.person_id = e.person_id
             GROUP BY e.person_id, ses.inner
         ),
         g AS (
             SELECT {key} AS key, count(DISTINCT x.person_id) AS people, coalesce(sum(x.sessions), 0) AS sessions,
                    total(x.hours) AS hours, total(x.planned_hours) AS planned_hours
             FROM planned x JOIN person p ON p.id = x.person_id JOIN organisation po ON po.id = p.organisation_id
             WHERE (?1 IS NULL OR p.organisation_id IN (SELECT id FROM scope) OR p.unit_id IN (SELECT id FROM scope))
               AND (?6 IS NULL OR po.country = ?6)
             GROUP BY 1
         )
         SELECT g.*, {label} FROM g {joins} ORDER BY {order}",
        inner = session_key(by),
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
            let person = group_person(r, f.group_by)?;
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

/// The group a learner's place falls in, over `e` (the place), `a` (its activity) and `p` (the
/// person): periods by the activity's last day.
fn place_key(g: ReportGrouping) -> &'static str {
    match g {
        ReportGrouping::Person => "e.person_id",
        ReportGrouping::Unit => "coalesce(p.unit_id, p.organisation_id)",
        ReportGrouping::Organisation => "p.organisation_id",
        ReportGrouping::Programme => "a.programme_id",
        ReportGrouping::Activity => "a.id",
        ReportGrouping::Month => "substr(a.ends_on, 1, 7)",
        ReportGrouping::Year => "substr(a.ends_on, 1, 4)",
    }
}

/// Sums of one mark's sessions and hours over `s` and `m`, as `{name}_n`, `{name}_h`.
fn by_mark(name: &str, when: &str) -> String {
    format!(
        "sum(CASE WHEN {when} THEN 1 ELSE 0 END) AS {name}_n,
         total(CASE WHEN {when} THEN (unixepoch(s.ends_utc) - unixepoch(s.starts_utc)) / 3600.0 END) AS {name}_h"
    )
}

/// The places statement for a grouping; parameters as `hours_sql`'s (?3 is the last day here:
/// activities overlapping the period), and ?7 now.
pub fn places_sql(by: ReportGrouping) -> String {
    let (label, joins) = group_names(by);
    let marks = [
        by_mark("present", "m.status = 'present'"),
        by_mark("late", "m.status = 'late'"),
        by_mark("excused", "m.status = 'excused'"),
        by_mark("absent", "m.status = 'absent'"),
        by_mark("unmarked", "s.id IS NOT NULL AND m.status IS NULL"),
        by_mark("taken", "s.starts_utc < ?7 OR m.status IS NOT NULL"),
    ]
    .join(",\n");
    format!(
        "WITH RECURSIVE {SCOPE},
         pl AS (
             SELECT {key} AS key, e.activity_id, e.person_id, e.status AS place_status
             FROM enrolment e JOIN activity a ON a.id = e.activity_id
             JOIN person p ON p.id = e.person_id JOIN organisation po ON po.id = p.organisation_id
             WHERE e.status IN ('enrolled', 'completed') AND e.role IN ('participant', 'delegate', 'intern')
               AND a.status <> 'cancelled' AND a.starts_on <= ?3 AND a.ends_on >= ?2
               AND (?4 IS NULL OR a.programme_id = ?4) AND (?5 IS NULL OR a.kind = ?5)
               AND (?1 IS NULL OR p.organisation_id IN (SELECT id FROM scope) OR p.unit_id IN (SELECT id FROM scope))
               AND (?6 IS NULL OR po.country = ?6)
         ),
         g AS (
             SELECT pl.key, pl.activity_id, pl.person_id, pl.place_status, {marks}
             FROM pl LEFT JOIN session s ON s.activity_id = pl.activity_id AND s.status = 'scheduled'
             LEFT JOIN attendance_mark m ON m.session_id = s.id AND m.person_id = pl.person_id
             GROUP BY pl.activity_id, pl.person_id
         )
         SELECT g.*, {label},
                trim(q.family_name || ' ' || q.given_name || coalesce(' ' || q.patronymic, '')) AS person_name,
                q.personnel_number AS q_personnel_number, qo.name AS q_org, qu.name AS q_unit, q.position AS q_position,
                ac.title AS activity_title, ac.starts_on, ac.ends_on,
                r.basis, r.min_percent, r.late_counts, r.excused_counts, r.assessment, r.pass_mark,
                x.passed, x.score, x.activity_id IS NOT NULL AS assessed,
                EXISTS (SELECT 1 FROM certificate c WHERE c.activity_id = g.activity_id
                          AND c.person_id = g.person_id AND c.status = 'issued') AS certified
         FROM g JOIN person q ON q.id = g.person_id JOIN organisation qo ON qo.id = q.organisation_id
         LEFT JOIN organisation qu ON qu.id = q.unit_id
         JOIN activity ac ON ac.id = g.activity_id
         LEFT JOIN completion_rule r ON r.activity_id = g.activity_id
         LEFT JOIN assessment_result x ON x.activity_id = g.activity_id AND x.person_id = g.person_id
         {joins}
         ORDER BY {order}, person_name COLLATE NOCASE, ac.starts_on, g.activity_id, g.person_id",
        key = place_key(by),
        order = group_order(by),
    )
}

pub async fn places(conn: &mut Conn, f: &ValidReportFilter, now: DateTime<Utc>) -> Result<Vec<PlaceTally>> {
    let sql = places_sql(f.group_by);
    let rows = sqlx::query(&sql)
        .bind(&f.organisation_id)
        .bind(f.from.to_string())
        .bind(f.to.to_string())
        .bind(&f.programme_id)
        .bind(f.kind.map(ActivityKind::as_str))
        .bind(&f.country)
        .bind(instant(now))
        .fetch_all(conn)
        .await?;
    rows.iter()
        .map(|r| {
            let count = |name: &str| -> Result<Count> {
                Ok(Count {
                    sessions: r.try_get(format!("{name}_n").as_str())?,
                    hours: r.try_get(format!("{name}_h").as_str())?,
                })
            };
            let activity_id: String = r.try_get("activity_id")?;
            let (rule, assessment) = rule_and_assessment(r, &activity_id)?;
            let certified: bool = r.try_get("certified")?;
            let taken = count("taken")?;
            Ok(PlaceTally {
                key: r.try_get("key")?,
                label: r.try_get::<Option<String>, _>("label")?.unwrap_or_default(),
                person_id: r.try_get("person_id")?,
                person_name: r.try_get("person_name")?,
                person: PersonIdentity {
                    personnel_number: r.try_get("q_personnel_number")?,
                    organisation: r.try_get("q_org")?,
                    unit: r.try_get("q_unit")?,
                    position: r.try_get("q_position")?,
                },
                activity_title: r.try_get("activity_title")?,
                starts_on: parse_date(r.try_get("starts_on")?)?,
                ends_on: parse_date(r.try_get("ends_on")?)?,
                settled: certified || r.try_get::<String, _>("place_status")? == "completed",
                certified,
                rule,
                assessment,
                marks: Tally {
                    present: count("present")?,
                    late: count("late")?,
                    excused: count("excused")?,
                    absent: count("absent")?,
                    unmarked: count("unmarked")?,
                },
                taken: taken.sessions,
                taken_hours: taken.hours,
                activity_id,
            })
        })
        .collect()
}
