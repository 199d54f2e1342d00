//! The planning calendar's query: sessions in a time range, filtered, with their activity named.

use std::collections::HashMap;

use malaka_core::model::{ActivityKind, ActivityStatus, CalendarEntry};
use serde::Deserialize;

use super::codec::{instant, json_ids, parse_enum};
use super::session::{JSON_FIELDS, SessionJson};
use super::{Conn, Error, Result};
use crate::calendar::Filter;

/// One entry as SQLite hands it over: the session, then its activity's title, kind, status and
/// host, and the venue's name.
#[derive(Deserialize)]
struct Row(SessionJson, String, String, String, String, Option<String>);

pub async fn entries(conn: &mut Conn, f: &Filter) -> Result<Vec<CalendarEntry>> {
    let sql = format!(
        "SELECT json_group_array(json_array(json_array({JSON_FIELDS}), s.a_title, s.a_kind, s.a_status, s.host_org_id, v.name))
         FROM (SELECT s.*, a.title AS a_title, a.kind AS a_kind, a.status AS a_status, a.host_org_id
               FROM session s JOIN activity a ON a.id = s.activity_id
               WHERE s.starts_utc >= ?1 AND s.starts_utc < ?2
                 AND (?3 IS NULL OR a.host_org_id = ?3
                      OR EXISTS (SELECT 1 FROM activity_partner p WHERE p.activity_id = a.id AND p.organisation_id = ?3))
                 AND (?4 IS NULL OR s.id IN (SELECT session_id FROM session_trainer WHERE trainer_id = ?4))
                 AND (?5 IS NULL OR s.venue_id = ?5)
                 AND (?6 IS NULL OR a.kind = ?6)
               ORDER BY s.starts_utc LIMIT ?7) s
         LEFT JOIN venue v ON v.id = s.venue_id"
    );
    let json: String = sqlx::query_scalar(&sql)
        .bind(instant(f.from))
        .bind(instant(f.to))
        .bind(&f.organisation_id)
        .bind(&f.trainer_id)
        .bind(&f.venue_id)
        .bind(f.kind.map(ActivityKind::as_str))
        .bind(f.limit)
        .fetch_one(&mut *conn)
        .await?;
    let rows: Vec<Row> = serde_json::from_str(&json).map_err(|e| Error::Corrupt(e.to_string()))?;
    let mut list = Vec::with_capacity(rows.len());
    for Row(session, title, kind, status, host, venue) in rows {
        list.push(CalendarEntry {
            session: session.session()?,
            activity_title: title,
            activity_kind: parse_enum(ActivityKind::parse, &kind)?,
            activity_status: parse_enum(ActivityStatus::parse, &status)?,
            host_org_id: host,
            venue_name: venue,
            trainer_names: Vec::new(),
        });
    }
    let mut ids: Vec<&str> = list.iter().flat_map(|e| e.session.trainer_ids.iter().map(String::as_str)).collect();
    ids.sort_unstable();
    ids.dedup();
    let names: HashMap<String, String> =
        sqlx::query_as("SELECT id, name FROM trainer WHERE id IN (SELECT value FROM json_each(?))")
            .bind(json_ids(&ids))
            .fetch_all(&mut *conn)
            .await?
            .into_iter()
            .collect();
    for e in &mut list {
        e.trainer_names = e.session.trainer_ids.iter().filter_map(|t| names.get(t).cloned()).collect();
    }
    // The array follows the ordered subquery; a stable sort guarantees it.
    list.sort_by_key(|e| e.session.starts_utc);
    Ok(list)
}
