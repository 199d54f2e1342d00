//! The certificates report on SQLite.

use malaka_core::model::{ActivityKind, CertificateReportRow, ReportGrouping, ValidReportFilter};
use sqlx::Row;

use super::report::{SCOPE, group_names, group_order, group_person};
use super::{Conn, Result};

/// The group of an issue or a revocation, over `ev` (the event), `a` (the activity) and `p` (the
/// holder).
fn event_key(g: ReportGrouping) -> &'static str {
    match g {
        ReportGrouping::Person => "ev.person_id",
        ReportGrouping::Unit => "coalesce(p.unit_id, p.organisation_id)",
        ReportGrouping::Organisation => "p.organisation_id",
        ReportGrouping::Programme => "a.programme_id",
        ReportGrouping::Activity => "a.id",
        ReportGrouping::Month => "substr(ev.at, 1, 7)",
        ReportGrouping::Year => "substr(ev.at, 1, 4)",
    }
}

/// The statement `rows` runs for a grouping (the benchmarks run it through `sqlite3` too): ?1 the
/// organisation, ?2 the first day, ?3 the day after the last, ?4 the programme, ?5 the kind, ?6 the
/// country.
pub fn rows_sql(by: ReportGrouping) -> String {
    let (label, joins) = group_names(by);
    // Instants are stored as RFC 3339 UTC text, so a day's bounds compare as text.
    format!(
        "WITH RECURSIVE {SCOPE},
         ev AS (
             SELECT c.series, c.person_id, c.activity_id, c.issued_at AS at, 1 AS issued,
                    c.replaces_id IS NOT NULL AS reissued, c.status = 'issued' AS in_force, 0 AS revoked
             FROM certificate c WHERE c.issued_at >= ?2 AND c.issued_at < ?3
             UNION ALL
             SELECT c.series, c.person_id, c.activity_id, c.revoked_at, 0, 0, 0, 1
             FROM certificate c WHERE c.revoked_at >= ?2 AND c.revoked_at < ?3
         ),
         g AS (
             SELECT ev.series, {key} AS key, sum(ev.issued) AS issued, sum(ev.reissued) AS reissued,
                    sum(ev.in_force) AS in_force, sum(ev.revoked) AS revoked
             FROM ev JOIN activity a ON a.id = ev.activity_id
             JOIN person p ON p.id = ev.person_id JOIN organisation po ON po.id = p.organisation_id
             WHERE (?1 IS NULL OR p.organisation_id IN (SELECT id FROM scope) OR p.unit_id IN (SELECT id FROM scope))
               AND (?4 IS NULL OR a.programme_id = ?4) AND (?5 IS NULL OR a.kind = ?5)
               AND (?6 IS NULL OR po.country = ?6)
             GROUP BY ev.series, 2
         )
         SELECT g.*, {label} FROM g {joins} ORDER BY g.series, {order}",
        key = event_key(by),
        order = group_order(by),
    )
}

pub async fn rows(conn: &mut Conn, f: &ValidReportFilter) -> Result<Vec<CertificateReportRow>> {
    let sql = rows_sql(f.group_by);
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
