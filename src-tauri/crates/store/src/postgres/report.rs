//! Reports as PostgreSQL aggregations.

use chrono::{DateTime, NaiveDate, Utc};
use malaka_core::completion::{Count, Tally};
use malaka_core::model::{ActivityKind, HoursRow, PersonIdentity, PlaceTally, ReportGrouping, ValidReportFilter};
use sqlx::Row;

use super::codec::{get_id, opt_id};
use super::transcript::rule_and_assessment;
use super::{Conn, Result};

/// The group a planned session falls in, as text, over `x` (the planned sessions) and `p` (the
/// person).
fn group_key(g: ReportGrouping) -> &'static str {
    match g {
        ReportGrouping::Person => "x.person_id::text",
        ReportGrouping::Unit => "coalesce(p.unit_id, p.organisation_id)::text",
        ReportGrouping::Organisation => "p.organisation_id::text",
        ReportGrouping::Programme => "x.programme_id::text",
        ReportGrouping::Activity => "x.activity_id::text",
        ReportGrouping::Month => "to_char(x.starts_local, 'YYYY-MM')",
        ReportGrouping::Year => "to_char(x.starts_local, 'YYYY')",
    }
}

/// The group's name and, by person, who they are: over `g` (the groups).
pub(super) fn group_names(g: ReportGrouping) -> (&'static str, &'static str) {
    match g {
        ReportGrouping::Person => (
            "trim(n.family_name || ' ' || n.given_name || coalesce(' ' || n.patronymic, '')) AS label,
             n.personnel_number, no.name AS person_org, nu.name AS person_unit, n.position",
            "LEFT JOIN person n ON n.id = g.key::uuid LEFT JOIN organisation no ON no.id = n.organisation_id
             LEFT JOIN organisation nu ON nu.id = n.unit_id",
        ),
        ReportGrouping::Unit | ReportGrouping::Organisation => {
            ("coalesce(o.name, '') AS label", "LEFT JOIN organisation o ON o.id = g.key::uuid")
        }
        ReportGrouping::Programme => {
            ("coalesce(pr.title, '') AS label", "LEFT JOIN programme pr ON pr.id = g.key::uuid")
        }
        ReportGrouping::Activity => ("coalesce(ga.title, '') AS label", "LEFT JOIN activity ga ON ga.id = g.key::uuid"),
        ReportGrouping::Month | ReportGrouping::Year => ("g.key AS label", ""),
    }
}

/// Grouped by person, who the row's person is (the columns `group_names` adds); else none.
pub(super) fn group_person(r: &sqlx::postgres::PgRow, by: ReportGrouping) -> Result<Option<PersonIdentity>> {
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

/// Groups in time order for periods, else by name (over `r`, the named groups).
pub(super) fn group_order(by: ReportGrouping) -> &'static str {
    match by {
        ReportGrouping::Month | ReportGrouping::Year => "r.key",
        _ => "lower(r.label), r.key",
    }
}

/// The organisation and its units, all the way down ($1; none when it is NULL).
pub(super) const SCOPE: &str = "scope(id) AS (
         SELECT id FROM organisation WHERE id = $1::uuid
         UNION SELECT o.id FROM organisation o JOIN scope s ON o.parent_id = s.id
     )";

pub async fn hours(conn: &mut Conn, f: &ValidReportFilter) -> Result<Vec<HoursRow>> {
    let (label, joins) = group_names(f.group_by);
    let order = group_order(f.group_by);
    // As on SQLite: planned is every session not cancelled of an activity the person is enrolled
    // in as a learner; attended is weighed by its mark.
    let sql = format!(
        "WITH RECURSIVE {SCOPE},
         planned AS (
             SELECT e.person_id, s.starts_local, a.programme_id, a.id AS activity_id,
                    (extract(epoch FROM s.ends_utc - s.starts_utc) / 3600.0)::float8 AS hours,
                    CASE m.status WHEN 'present' THEN 1.0
                         WHEN 'late' THEN CASE coalesce(r.late_counts, 'full')
                                          WHEN 'full' THEN 1.0 WHEN 'half' THEN 0.5 ELSE 0.0 END
                         ELSE 0.0 END::float8 AS weight
             FROM session s
             JOIN activity a ON a.id = s.activity_id
             JOIN enrolment e ON e.activity_id = a.id AND e.status IN ('enrolled', 'completed')
                              AND e.role IN ('participant', 'delegate', 'intern')
             LEFT JOIN attendance_mark m ON m.session_id = s.id AND m.person_id = e.person_id
             LEFT JOIN completion_rule r ON r.activity_id = a.id
             WHERE s.status = 'scheduled' AND s.starts_local >= $2::date AND s.starts_local < $3::date
               AND ($4::uuid IS NULL OR a.programme_id = $4) AND ($5::text IS NULL OR a.kind = $5)
         ),
         g AS (
             SELECT {key} AS key, count(DISTINCT x.person_id) AS people,
                    count(*) FILTER (WHERE x.weight > 0) AS sessions,
                    sum(x.hours * x.weight)::float8 AS hours, sum(x.hours)::float8 AS planned_hours
             FROM planned x JOIN person p ON p.id = x.person_id JOIN organisation po ON po.id = p.organisation_id
             WHERE ($1::uuid IS NULL OR p.organisation_id IN (SELECT id FROM scope)
                    OR p.unit_id IN (SELECT id FROM scope))
               AND ($6::text IS NULL OR po.country = $6)
             GROUP BY 1
         )
         SELECT * FROM (SELECT g.*, {label} FROM g {joins}) r ORDER BY {order}",
        key = group_key(f.group_by),
    );
    let rows = sqlx::query(&sql)
        .bind(opt_id(f.organisation_id.as_deref())?)
        .bind(f.from)
        .bind(f.to + chrono::Duration::days(1))
        .bind(opt_id(f.programme_id.as_deref())?)
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

/// The group a learner's place falls in, as text, over `e` (the place), `a` (its activity) and
/// `p` (the person): periods by the activity's last day.
fn place_key(g: ReportGrouping) -> &'static str {
    match g {
        ReportGrouping::Person => "e.person_id::text",
        ReportGrouping::Unit => "coalesce(p.unit_id, p.organisation_id)::text",
        ReportGrouping::Organisation => "p.organisation_id::text",
        ReportGrouping::Programme => "a.programme_id::text",
        ReportGrouping::Activity => "a.id::text",
        ReportGrouping::Month => "to_char(a.ends_on, 'YYYY-MM')",
        ReportGrouping::Year => "to_char(a.ends_on, 'YYYY')",
    }
}

/// Counts of one mark's sessions and hours over `s` and `m`, as `{name}_n`, `{name}_h`.
fn by_mark(name: &str, when: &str) -> String {
    format!(
        "count(*) FILTER (WHERE {when}) AS {name}_n,
         coalesce(sum(extract(epoch FROM s.ends_utc - s.starts_utc) / 3600.0) FILTER (WHERE {when}), 0)::float8
             AS {name}_h"
    )
}

pub async fn places(conn: &mut Conn, f: &ValidReportFilter, now: DateTime<Utc>) -> Result<Vec<PlaceTally>> {
    let (label, joins) = group_names(f.group_by);
    let marks = [
        by_mark("present", "m.status = 'present'"),
        by_mark("late", "m.status = 'late'"),
        by_mark("excused", "m.status = 'excused'"),
        by_mark("absent", "m.status = 'absent'"),
        by_mark("unmarked", "s.id IS NOT NULL AND m.status IS NULL"),
        by_mark("taken", "s.starts_utc < $7 OR m.status IS NOT NULL"),
    ]
    .join(",\n");
    // As on SQLite: each place's sessions counted by mark, then named.
    let sql = format!(
        "WITH RECURSIVE {SCOPE},
         pl AS (
             SELECT {key} AS key, e.activity_id, e.person_id, e.status AS place_status
             FROM enrolment e JOIN activity a ON a.id = e.activity_id
             JOIN person p ON p.id = e.person_id JOIN organisation po ON po.id = p.organisation_id
             WHERE e.status IN ('enrolled', 'completed') AND e.role IN ('participant', 'delegate', 'intern')
               AND a.status <> 'cancelled' AND a.starts_on <= $3 AND a.ends_on >= $2
               AND ($4::uuid IS NULL OR a.programme_id = $4) AND ($5::text IS NULL OR a.kind = $5)
               AND ($1::uuid IS NULL OR p.organisation_id IN (SELECT id FROM scope)
                    OR p.unit_id IN (SELECT id FROM scope))
               AND ($6::text IS NULL OR po.country = $6)
         ),
         g AS (
             SELECT pl.key, pl.activity_id, pl.person_id, pl.place_status, {marks}
             FROM pl LEFT JOIN session s ON s.activity_id = pl.activity_id AND s.status = 'scheduled'
             LEFT JOIN attendance_mark m ON m.session_id = s.id AND m.person_id = pl.person_id
             GROUP BY pl.key, pl.activity_id, pl.person_id, pl.place_status
         )
         SELECT * FROM (
             SELECT g.*, {label},
                    trim(q.family_name || ' ' || q.given_name || coalesce(' ' || q.patronymic, '')) AS person_name,
                    q.personnel_number AS q_personnel_number, qo.name AS q_org, qu.name AS q_unit,
                    q.position AS q_position, ac.title AS activity_title, ac.starts_on, ac.ends_on,
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
         ) r
         ORDER BY {order}, lower(r.person_name), r.starts_on, r.activity_id, r.person_id",
        key = place_key(f.group_by),
        order = group_order(f.group_by),
    );
    let rows = sqlx::query(&sql)
        .bind(opt_id(f.organisation_id.as_deref())?)
        .bind(f.from)
        .bind(f.to)
        .bind(opt_id(f.programme_id.as_deref())?)
        .bind(f.kind.map(ActivityKind::as_str))
        .bind(&f.country)
        .bind(now)
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
            let activity_id = get_id(r, "activity_id")?;
            let (rule, assessment) = rule_and_assessment(r, &activity_id)?;
            let certified: bool = r.try_get("certified")?;
            let taken = count("taken")?;
            Ok(PlaceTally {
                key: r.try_get("key")?,
                label: r.try_get::<Option<String>, _>("label")?.unwrap_or_default(),
                person_id: get_id(r, "person_id")?,
                person_name: r.try_get("person_name")?,
                person: PersonIdentity {
                    personnel_number: r.try_get("q_personnel_number")?,
                    organisation: r.try_get("q_org")?,
                    unit: r.try_get("q_unit")?,
                    position: r.try_get("q_position")?,
                },
                activity_title: r.try_get("activity_title")?,
                starts_on: r.try_get::<NaiveDate, _>("starts_on")?,
                ends_on: r.try_get::<NaiveDate, _>("ends_on")?,
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
