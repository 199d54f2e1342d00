//! The certificates report on PostgreSQL.

use malaka_core::model::{ActivityKind, CertificateReportRow, ReportGrouping, ValidReportFilter};
use sqlx::Row;

use super::codec::opt_id;
use super::report::{SCOPE, group_names, group_order, group_person};
use super::{Conn, Result};

/// The group of an issue or a revocation, as text, over `ev`, `a` and `p` (as on SQLite).
fn event_key(g: ReportGrouping) -> &'static str {
    match g {
        ReportGrouping::Person => "ev.person_id::text",
        ReportGrouping::Unit => "coalesce(p.unit_id, p.organisation_id)::text",
        ReportGrouping::Organisation => "p.organisation_id::text",
        ReportGrouping::Programme => "a.programme_id::text",
        ReportGrouping::Activity => "a.id::text",
        ReportGrouping::Month => "to_char(ev.at AT TIME ZONE 'UTC', 'YYYY-MM')",
        ReportGrouping::Year => "to_char(ev.at AT TIME ZONE 'UTC', 'YYYY')",
    }
}

pub async fn rows(conn: &mut Conn, f: &ValidReportFilter) -> Result<Vec<CertificateReportRow>> {
    let (label, joins) = group_names(f.group_by);
    // Days are UTC days, whatever the server's time zone.
    let sql = format!(
        "WITH RECURSIVE {SCOPE},
         bounds AS (SELECT $2::timestamp AT TIME ZONE 'UTC' AS lo, $3::timestamp AT TIME ZONE 'UTC' AS hi),
         ev AS (
             SELECT c.series, c.person_id, c.activity_id, c.issued_at AS at, 1 AS issued,
                    (c.replaces_id IS NOT NULL)::int AS reissued, (c.status = 'issued')::int AS in_force, 0 AS revoked
             FROM certificate c, bounds b WHERE c.issued_at >= b.lo AND c.issued_at < b.hi
             UNION ALL
             SELECT c.series, c.person_id, c.activity_id, c.revoked_at, 0, 0, 0, 1
             FROM certificate c, bounds b WHERE c.revoked_at >= b.lo AND c.revoked_at < b.hi
         ),
         g AS (
             SELECT ev.series, {key} AS key, sum(ev.issued)::int8 AS issued, sum(ev.reissued)::int8 AS reissued,
                    sum(ev.in_force)::int8 AS in_force, sum(ev.revoked)::int8 AS revoked
             FROM ev JOIN activity a ON a.id = ev.activity_id
             JOIN person p ON p.id = ev.person_id JOIN organisation po ON po.id = p.organisation_id
             WHERE ($1::uuid IS NULL OR p.organisation_id IN (SELECT id FROM scope)
                    OR p.unit_id IN (SELECT id FROM scope))
               AND ($4::uuid IS NULL OR a.programme_id = $4) AND ($5::text IS NULL OR a.kind = $5)
               AND ($6::text IS NULL OR po.country = $6)
             GROUP BY ev.series, 2
         )
         SELECT * FROM (SELECT g.*, {label} FROM g {joins}) r ORDER BY r.series, {order}",
        key = event_key(f.group_by),
        order = group_order(f.group_by),
    );
    let rows = sqlx::query(&sql)
        .bind(opt_id(f.organisation_id.as_deref())?)
        .bind(f.from.and_hms_opt(0, 0, 0).expect("midnight"))
        .bind((f.to + chrono::Duration::days(1)).and_hms_opt(0, 0, 0).expect("midnight"))
        .bind(opt_id(f.programme_id.as_deref())?)
        .bind(f.kind.map(ActivityKind::as_str))
        .bind(&f.country)
        .fetch_all(conn)
        .await?;
    rows.iter()
        .map(|r| {
            let person = group_person(r, f.group_by)?;
            Ok(CertificateReportRow {
                series: r.try_get("series")?,
                key: r.try_get("key")?,
                label: r.try_get::<Option<String>, _>("label")?.unwrap_or_default(),
                person,
                issued: r.try_get("issued")?,
                reissued: r.try_get("reissued")?,
                in_force: r.try_get("in_force")?,
                revoked: r.try_get("revoked")?,
            })
        })
        .collect()
}
