//! Attendance marks: one current mark per (session, person), and its append-only history.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use malaka_core::model::{AttendanceChange, AttendanceMark, AttendanceStatus, NewMark};
use sqlx::Row;
use sqlx::sqlite::SqliteRow;

use crate::codec::{instant, json_ids, parse_enum, parse_instant};
use crate::{Conn, Error, Result, batch};

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

/// Records a mark and its history line; call inside a write transaction so both land or neither.
/// Returns `None` when the mark is already exactly as asked (nothing written).
pub async fn save(conn: &mut Conn, m: &NewMark, actor: &str, now: DateTime<Utc>) -> Result<Option<AttendanceMark>> {
    Ok(save_many(conn, std::slice::from_ref(m), actor, now).await?.pop().flatten())
}

/// Records marks as [`save`] would, one after another, but in a handful of statements whatever
/// their number: the current marks are read in one query per session, every mark is checked in
/// order (the first stale one refuses the call, as it would have), and the changed marks and their
/// history lines are written with multi-row statements. A roll of 40 is one round trip per step
/// instead of three per mark. Returns, for each mark, what was saved (`None`: already as asked).
pub async fn save_many(
    conn: &mut Conn,
    marks: &[NewMark],
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Vec<Option<AttendanceMark>>> {
    let mut current: HashMap<(String, String), AttendanceMark> = HashMap::new();
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
    }
    let mut saved = Vec::with_capacity(marks.len());
    let mut history: Vec<(AttendanceMark, Option<AttendanceMark>, Option<&str>)> = Vec::new();
    for m in marks {
        let key = (m.session_id.clone(), m.person_id.clone());
        let before = current.get(&key);
        let version = before.map_or(0, |c| c.version);
        if let Some(expected) = m.expected_version
            && expected != version
        {
            return Err(Error::Stale(format!("the mark of person {} in session {}", m.person_id, m.session_id)));
        }
        if let Some(c) = before
            && c.status == m.status
            && c.note == m.note
            && c.minutes_late == m.minutes_late
        {
            saved.push(None);
            continue;
        }
        let mark = AttendanceMark {
            session_id: m.session_id.clone(),
            person_id: m.person_id.clone(),
            status: m.status,
            minutes_late: m.minutes_late,
            note: m.note.clone(),
            version: version + 1,
            marked_by: actor.to_owned(),
            marked_at: now,
        };
        history.push((mark.clone(), current.insert(key, mark.clone()), m.reason.as_deref()));
        saved.push(Some(mark));
    }
    let at = instant(now);
    // The marks as they stand at the end (a person marked twice in one call: the later mark).
    let mut seen = HashSet::new();
    let last: Vec<&AttendanceMark> = history
        .iter()
        .rev()
        .map(|(mark, _, _)| mark)
        .filter(|m| seen.insert((m.session_id.as_str(), m.person_id.as_str())))
        .collect();
    for chunk in last.chunks(batch::rows_per_statement(8)) {
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
    for chunk in history.chunks(batch::rows_per_statement(10)) {
        let sql = batch::values_sql(HISTORY_INSERT, 10, chunk.len());
        let mut q = sqlx::query(&sql);
        for (mark, before, reason) in chunk {
            q = q
                .bind(&mark.session_id)
                .bind(&mark.person_id)
                .bind(mark.version)
                .bind(before.as_ref().map(|c| c.status.as_str()))
                .bind(mark.status.as_str())
                .bind(before.as_ref().and_then(|c| c.note.clone()))
                .bind(&mark.note)
                .bind(actor)
                .bind(&at)
                .bind(*reason);
        }
        q.execute(&mut *conn).await?;
    }
    Ok(saved)
}

const MARK_INSERT: &str =
    "INSERT INTO attendance_mark (session_id, person_id, status, minutes_late, note, version, marked_by, marked_at)";
const HISTORY_INSERT: &str = "INSERT INTO attendance_history (session_id, person_id, version, old_status, new_status,
        old_note, new_note, changed_by, changed_at, reason)";

/// Records first marks in bulk, each with its history line, in multi-row statements: what
/// [`save`] writes for a person with no mark yet, for a whole register of sign-in sheets at once.
/// Every mark must be new (a mark that exists already is refused as a duplicate) and is stored with
/// the version it carries. Call inside a write transaction so marks and history land together.
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

/// A session's marks, by the person's name.
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

/// Every change to one mark, oldest first.
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
