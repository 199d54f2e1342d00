//! Attendance marks: one current mark per (session, person), and its append-only history.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use malaka_core::model::{AttendanceChange, AttendanceMark, AttendanceStatus, NewMark};
use sqlx::Row;
use sqlx::sqlite::SqliteRow;

use super::codec::{instant, json_ids, parse_enum, parse_instant};
use super::{Conn, Error, Result, batch};
use crate::attendance::Outcome;

fn status(s: Option<&str>) -> Result<Option<AttendanceStatus>> {
    s.map(|s| parse_enum(AttendanceStatus::parse, s)).transpose()
}

fn mark_from_row(r: &SqliteRow) -> Result<AttendanceMark> {
    Ok(AttendanceMark {
        session_id: r.try_get("session_id")?,
        person_id: r.try_get("person_id")?,
        status: parse_enum(AttendanceStatus::parse, r.try_get("status")?)?,
        minutes_late: r.try_get("minutes_late")?,
        note: r.try_get("note")?,
        version: r.try_get("version")?,
        marked_by: r.try_get("marked_by")?,
        marked_at: parse_instant(r.try_get("marked_at")?)?,
    })
}

fn change_from_row(r: &SqliteRow) -> Result<AttendanceChange> {
    Ok(AttendanceChange {
        session_id: r.try_get("session_id")?,
        person_id: r.try_get("person_id")?,
        version: r.try_get("version")?,
        old_status: status(r.try_get("old_status")?)?,
        new_status: status(r.try_get("new_status")?)?,
        old_note: r.try_get("old_note")?,
        new_note: r.try_get("new_note")?,
        changed_by: r.try_get("changed_by")?,
        changed_at: parse_instant(r.try_get("changed_at")?)?,
        reason: r.try_get("reason")?,
    })
}

pub async fn get(conn: &mut Conn, session_id: &str, person_id: &str) -> Result<Option<AttendanceMark>> {
    let row = sqlx::query("SELECT * FROM attendance_mark WHERE session_id = ? AND person_id = ?")
        .bind(session_id)
        .bind(person_id)
        .fetch_optional(conn)
        .await?;
    row.as_ref().map(mark_from_row).transpose()
}

pub async fn save(conn: &mut Conn, m: &NewMark, actor: &str, now: DateTime<Utc>) -> Result<Outcome> {
    Ok(save_many(conn, std::slice::from_ref(m), actor, now).await?.pop().unwrap_or(Outcome::Unchanged))
}

/// One change to write: the mark after it (`None`: cleared) and before it.
struct Change<'a> {
    session_id: &'a str,
    person_id: &'a str,
    version: i64,
    after: Option<AttendanceMark>,
    before: Option<AttendanceMark>,
    reason: Option<&'a str>,
}

pub async fn save_many(conn: &mut Conn, marks: &[NewMark], actor: &str, now: DateTime<Utc>) -> Result<Vec<Outcome>> {
    let mut current: HashMap<(String, String), AttendanceMark> = HashMap::new();
    // A cleared mark's next version continues its history, so versions never repeat.
    let mut last_version: HashMap<(String, String), i64> = HashMap::new();
    let mut sessions: Vec<&str> = marks.iter().map(|m| m.session_id.as_str()).collect();
    sessions.sort_unstable();
    sessions.dedup();
    for session in sessions {
        let people: Vec<&str> =
            marks.iter().filter(|m| m.session_id == session).map(|m| m.person_id.as_str()).collect();
        let rows = sqlx::query(
            "SELECT * FROM attendance_mark WHERE session_id = ? AND person_id IN (SELECT value FROM json_each(?))",
        )
        .bind(session)
        .bind(json_ids(&people))
        .fetch_all(&mut *conn)
        .await?;
        for r in &rows {
            let mark = mark_from_row(r)?;
            current.insert((mark.session_id.clone(), mark.person_id.clone()), mark);
        }
        let unmarked: Vec<&str> =
            people.into_iter().filter(|p| !current.contains_key(&(session.to_owned(), (*p).to_owned()))).collect();
        if !unmarked.is_empty() {
            let versions: Vec<(String, i64)> = sqlx::query_as(
                "SELECT person_id, max(version) FROM attendance_history
                 WHERE session_id = ? AND person_id IN (SELECT value FROM json_each(?)) GROUP BY person_id",
            )
            .bind(session)
            .bind(json_ids(&unmarked))
            .fetch_all(&mut *conn)
            .await?;
            for (person, v) in versions {
                last_version.insert((session.to_owned(), person), v);
            }
        }
    }
    let mut outcomes = Vec::with_capacity(marks.len());
    let mut changes: Vec<Change> = Vec::new();
    for m in marks {
        let key = (m.session_id.clone(), m.person_id.clone());
        let before = current.get(&key);
        let version = before.map_or(0, |c| c.version);
        if let Some(expected) = m.expected_version
            && expected != version
        {
            return Err(Error::Stale("mark"));
        }
        let unchanged = match (before, m.status) {
            (None, None) => true,
            (Some(c), Some(status)) => c.status == status && c.note == m.note && c.minutes_late == m.minutes_late,
            _ => false,
        };
        if unchanged {
            outcomes.push(Outcome::Unchanged);
            continue;
        }
        let next = version.max(last_version.get(&key).copied().unwrap_or(0)) + 1;
        last_version.insert(key.clone(), next);
        let after = m.status.map(|status| AttendanceMark {
            session_id: m.session_id.clone(),
            person_id: m.person_id.clone(),
            status,
            minutes_late: m.minutes_late,
            note: m.note.clone(),
            version: next,
            marked_by: actor.to_owned(),
            marked_at: now,
        });
        let before = match &after {
            Some(a) => current.insert(key, a.clone()),
            None => current.remove(&key),
        };
        outcomes.push(match &after {
            Some(a) => Outcome::Saved(a.clone()),
            None => Outcome::Cleared { session_id: m.session_id.clone(), person_id: m.person_id.clone() },
        });
        changes.push(Change {
            session_id: &m.session_id,
            person_id: &m.person_id,
            version: next,
            after,
            before,
            reason: m.reason.as_deref(),
        });
    }
    let at = instant(now);
    // The marks as they stand at the end (a person marked twice in one call: the later mark).
    let mut seen = HashSet::new();
    let last: Vec<&Change> = changes.iter().rev().filter(|c| seen.insert((c.session_id, c.person_id))).collect();
    let kept: Vec<&AttendanceMark> = last.iter().filter_map(|c| c.after.as_ref()).collect();
    let cleared: Vec<&&Change> = last.iter().filter(|c| c.after.is_none()).collect();
    for c in cleared {
        sqlx::query("DELETE FROM attendance_mark WHERE session_id = ? AND person_id = ?")
            .bind(c.session_id)
            .bind(c.person_id)
            .execute(&mut *conn)
            .await?;
    }
    for chunk in kept.chunks(batch::rows_per_statement(8)) {
        let sql = format!(
            "{} ON CONFLICT (session_id, person_id) DO UPDATE SET status = excluded.status,
                minutes_late = excluded.minutes_late, note = excluded.note, version = excluded.version,
                marked_by = excluded.marked_by, marked_at = excluded.marked_at",
            batch::values_sql(MARK_INSERT, 8, chunk.len())
        );
        let mut q = sqlx::query(&sql);
        for mark in chunk {
            q = q
                .bind(&mark.session_id)
                .bind(&mark.person_id)
                .bind(mark.status.as_str())
                .bind(mark.minutes_late)
                .bind(&mark.note)
                .bind(mark.version)
                .bind(&mark.marked_by)
                .bind(&at);
        }
        q.execute(&mut *conn).await?;
    }
    for chunk in changes.chunks(batch::rows_per_statement(10)) {
        let sql = batch::values_sql(HISTORY_INSERT, 10, chunk.len());
        let mut q = sqlx::query(&sql);
        for c in chunk {
            q = q
                .bind(c.session_id)
                .bind(c.person_id)
                .bind(c.version)
                .bind(c.before.as_ref().map(|b| b.status.as_str()))
                .bind(c.after.as_ref().map(|a| a.status.as_str()))
                .bind(c.before.as_ref().and_then(|b| b.note.clone()))
                .bind(c.after.as_ref().and_then(|a| a.note.clone()))
                .bind(actor)
                .bind(&at)
                .bind(c.reason);
        }
        q.execute(&mut *conn).await?;
    }
    Ok(outcomes)
}

const MARK_INSERT: &str =
    "INSERT INTO attendance_mark (session_id, person_id, status, minutes_late, note, version, marked_by, marked_at)";
const HISTORY_INSERT: &str = "INSERT INTO attendance_history (session_id, person_id, version, old_status, new_status,
        old_note, new_note, changed_by, changed_at, reason)";

pub async fn insert_new(conn: &mut Conn, marks: &[AttendanceMark]) -> Result<()> {
    for chunk in marks.chunks(batch::rows_per_statement(10)) {
        let times: Vec<String> = chunk.iter().map(|m| instant(m.marked_at)).collect();
        let sql = batch::values_sql(MARK_INSERT, 8, chunk.len());
        let mut q = sqlx::query(&sql);
        for (m, at) in chunk.iter().zip(&times) {
            q = q
                .bind(&m.session_id)
                .bind(&m.person_id)
                .bind(m.status.as_str())
                .bind(m.minutes_late)
                .bind(&m.note)
                .bind(m.version)
                .bind(&m.marked_by)
                .bind(at);
        }
        q.execute(&mut *conn).await?;
        let sql = batch::values_sql(HISTORY_INSERT, 10, chunk.len());
        let mut q = sqlx::query(&sql);
        for (m, at) in chunk.iter().zip(&times) {
            q = q
                .bind(&m.session_id)
                .bind(&m.person_id)
                .bind(m.version)
                .bind(None::<&str>)
                .bind(m.status.as_str())
                .bind(None::<&str>)
                .bind(&m.note)
                .bind(&m.marked_by)
                .bind(at)
                .bind(None::<&str>);
        }
        q.execute(&mut *conn).await?;
    }
    Ok(())
}

pub async fn list_for_session(conn: &mut Conn, session_id: &str) -> Result<Vec<AttendanceMark>> {
    sqlx::query(
        "SELECT m.* FROM attendance_mark m JOIN person p ON p.id = m.person_id
         WHERE m.session_id = ? ORDER BY p.family_name, p.given_name, p.id",
    )
    .bind(session_id)
    .fetch_all(conn)
    .await?
    .iter()
    .map(mark_from_row)
    .collect()
}

pub async fn list_for_activity(conn: &mut Conn, activity_id: &str) -> Result<Vec<AttendanceMark>> {
    sqlx::query(
        "SELECT m.* FROM attendance_mark m JOIN session s ON s.id = m.session_id
         WHERE s.activity_id = ? ORDER BY s.starts_utc, m.person_id",
    )
    .bind(activity_id)
    .fetch_all(conn)
    .await?
    .iter()
    .map(mark_from_row)
    .collect()
}

pub async fn history(conn: &mut Conn, session_id: &str, person_id: &str) -> Result<Vec<AttendanceChange>> {
    sqlx::query("SELECT * FROM attendance_history WHERE session_id = ? AND person_id = ? ORDER BY version, id")
        .bind(session_id)
        .bind(person_id)
        .fetch_all(conn)
        .await?
        .iter()
        .map(change_from_row)
        .collect()
}

pub async fn count(conn: &mut Conn) -> Result<i64> {
    Ok(sqlx::query_scalar("SELECT count(*) FROM attendance_mark").fetch_one(conn).await?)
}
