//! The planning calendar's query: sessions in a time range, filtered, with their activity named.

use chrono::{DateTime, Utc};
use malaka_core::model::{ActivityKind, ActivityStatus, CalendarEntry, Session, SessionStatus};
use serde::Deserialize;

use crate::codec::{instant, parse_enum, parse_instant, parse_wall};
use crate::{Conn, Error, Result};

/// Which sessions the calendar shows; every field set narrows the list.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    /// Activities hosted by this organisation or with it as a partner.
    pub organisation_id: Option<String>,
    pub trainer_id: Option<String>,
    pub venue_id: Option<String>,
    pub kind: Option<ActivityKind>,
    pub limit: i64,
}

/// One entry as SQLite hands it over: an element of a JSON array.
#[derive(Deserialize)]
struct Row(
    String,
    String,
    Option<String>,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    String,
    Option<String>,
    Option<String>,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
);

/// Separates trainer names inside one text value (names may hold commas, never this).
const UNIT_SEPARATOR: char = '\u{1f}';

/// Sessions starting in `[from, to)` that match the filter, in time order, at most `limit`.
///
/// Like `session::list_between`, the rows come as one JSON array: a busy month is over a
/// thousand sessions.
pub async fn entries(conn: &mut Conn, f: &Filter) -> Result<Vec<CalendarEntry>> {
    let json: String = sqlx::query_scalar(
        "SELECT json_group_array(json_array(s.id, s.activity_id, s.title, s.starts_local, s.ends_local, s.time_zone,
                s.starts_utc, s.ends_utc, s.venue_id, s.status, s.cancel_reason,
                (SELECT group_concat(trainer_id, ',') FROM session_trainer WHERE session_id = s.id),
                a.title, a.kind, a.status, a.host_org_id, v.name,
                (SELECT group_concat(t.name, char(31)) FROM session_trainer st JOIN trainer t ON t.id = st.trainer_id
                  WHERE st.session_id = s.id)))
         FROM (SELECT s.* FROM session s JOIN activity a ON a.id = s.activity_id
               WHERE s.starts_utc >= ?1 AND s.starts_utc < ?2
                 AND (?3 IS NULL OR a.host_org_id = ?3
                      OR EXISTS (SELECT 1 FROM activity_partner p WHERE p.activity_id = a.id AND p.organisation_id = ?3))
                 AND (?4 IS NULL OR s.id IN (SELECT session_id FROM session_trainer WHERE trainer_id = ?4))
                 AND (?5 IS NULL OR s.venue_id = ?5)
                 AND (?6 IS NULL OR a.kind = ?6)
               ORDER BY s.starts_utc LIMIT ?7) s
         JOIN activity a ON a.id = s.activity_id LEFT JOIN venue v ON v.id = s.venue_id",
    )
    .bind(instant(f.from))
    .bind(instant(f.to))
    .bind(&f.organisation_id)
    .bind(&f.trainer_id)
    .bind(&f.venue_id)
    .bind(f.kind.map(ActivityKind::as_str))
    .bind(f.limit)
    .fetch_one(conn)
    .await?;
    let rows: Vec<Row> = serde_json::from_str(&json).map_err(|e| Error::Corrupt(e.to_string()))?;
    let mut list = rows.into_iter().map(entry).collect::<Result<Vec<_>>>()?;
    // The array follows the ordered subquery; a stable sort guarantees it.
    list.sort_by_key(|e| e.session.starts_utc);
    Ok(list)
}

fn entry(r: Row) -> Result<CalendarEntry> {
    let split = |text: Option<String>, by: char| -> Vec<String> {
        text.map(|t| t.split(by).map(str::to_owned).collect()).unwrap_or_default()
    };
    Ok(CalendarEntry {
        session: Session {
            id: r.0,
            activity_id: r.1,
            title: r.2,
            starts_local: parse_wall(&r.3)?,
            ends_local: parse_wall(&r.4)?,
            time_zone: r.5,
            starts_utc: parse_instant(&r.6)?,
            ends_utc: parse_instant(&r.7)?,
            venue_id: r.8,
            status: parse_enum(SessionStatus::parse, &r.9)?,
            cancel_reason: r.10,
            trainer_ids: split(r.11, ','),
        },
        activity_title: r.12,
        activity_kind: parse_enum(ActivityKind::parse, &r.13)?,
        activity_status: parse_enum(ActivityStatus::parse, &r.14)?,
        host_org_id: r.15,
        venue_name: r.16,
        trainer_names: split(r.17, UNIT_SEPARATOR),
    })
}
