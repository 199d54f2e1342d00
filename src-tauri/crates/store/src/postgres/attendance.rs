//! Attendance marks on PostgreSQL: one current mark per (session, person), and its append-only
//! history. Two desks may save the same roll at once here, so a save takes its sessions' row
//! locks before it reads the marks it checks versions against.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use malaka_core::model::{AttendanceChange, AttendanceMark, AttendanceStatus, NewMark};
use sqlx::Row;
use sqlx::postgres::PgRow;
use uuid::Uuid;

use super::codec::{get_id, id as uuid, parse_enum};
use super::{Conn, Error, Result};
use crate::attendance::Outcome;

/// A mark's (session, person).
type Key = (Uuid, Uuid);

fn status(s: Option<&str>) -> Result<Option<AttendanceStatus>> {
    s.map(|s| parse_enum(AttendanceStatus::parse, s)).transpose()
}

fn mark_from_row(r: &PgRow) -> Result<AttendanceMark> {
    Ok(AttendanceMark {
        session_id: get_id(r, "session_id")?,
        person_id: get_id(r, "person_id")?,
        status: parse_enum(AttendanceStatus::parse, r.try_get("status")?)?,
        minutes_late: r.try_get::<Option<i32>, _>("minutes_late")?.map(i64::from),
        note: r.try_get("note")?,
        version: i64::from(r.try_get::<i32, _>("version")?),
        marked_by: r.try_get("marked_by")?,
        marked_at: r.try_get("marked_at")?,
    })
}

fn change_from_row(r: &PgRow) -> Result<AttendanceChange> {
    Ok(AttendanceChange {
        session_id: get_id(r, "session_id")?,
        person_id: get_id(r, "person_id")?,
        version: i64::from(r.try_get::<i32, _>("version")?),
        old_status: status(r.try_get("old_status")?)?,
        new_status: status(r.try_get("new_status")?)?,
        old_note: r.try_get("old_note")?,
        new_note: r.try_get("new_note")?,
        changed_by: r.try_get("changed_by")?,
        changed_at: r.try_get("changed_at")?,
        reason: r.try_get("reason")?,
    })
}

fn key_of(session_id: &str, person_id: &str) -> Result<Key> {
    Ok((uuid(session_id)?, uuid(person_id)?))
}

/// The sessions and the people of `keys`, as two arrays for `unnest`.
fn split(keys: &[Key]) -> (Vec<Uuid>, Vec<Uuid>) {
    keys.iter().copied().unzip()
}

/// The class of the advisory locks that order saves to one session's roll (the two-key form; the
/// audit chain's and the schedule's single-key locks are another key space).
const ROLL_LOCK: i32 = 0x6d61_6c01;

/// Takes each session's roll lock, in one order, held until the transaction ends. On SQLite the
/// one writer made read-check-write safe; here two desks saving the same roll would both read
/// version n and both write n + 1, one change lost. With the lock the second waits, then reads
/// what the first committed: a save naming the old version is refused as stale, exactly as on
/// SQLite. Advisory locks, not row locks: locking a session row needs the right to update it,
/// which a trainer's login has not (and should not have).
async fn lock_sessions(conn: &mut Conn, keys: &[Key]) -> Result<()> {
    let mut locks: Vec<i32> = keys.iter().map(|k| roll_lock_key(&k.0)).collect();
    locks.sort_unstable();
    locks.dedup();
    for key in locks {
        sqlx::query("SELECT pg_advisory_xact_lock($1, $2)").bind(ROLL_LOCK).bind(key).execute(&mut *conn).await?;
    }
    Ok(())
}

/// A session's lock key: its id folded to 32 bits (two sessions sharing one only take turns).
fn roll_lock_key(session: &Uuid) -> i32 {
    let b = session.as_bytes();
    let fold =
        (0..4).fold(0u32, |acc, i| acc ^ u32::from_be_bytes([b[i * 4], b[i * 4 + 1], b[i * 4 + 2], b[i * 4 + 3]]));
    fold as i32
}

pub async fn get(conn: &mut Conn, session_id: &str, person_id: &str) -> Result<Option<AttendanceMark>> {
    let row = sqlx::query("SELECT * FROM attendance_mark WHERE session_id = $1 AND person_id = $2")
        .bind(uuid(session_id)?)
        .bind(uuid(person_id)?)
        .fetch_optional(conn)
        .await?;
    row.as_ref().map(mark_from_row).transpose()
}

pub async fn save(conn: &mut Conn, m: &NewMark, actor: &str, now: DateTime<Utc>) -> Result<Outcome> {
    Ok(save_many(conn, std::slice::from_ref(m), actor, now).await?.pop().unwrap_or(Outcome::Unchanged))
}

/// One change to write: the mark after it (`None`: cleared) and before it.
struct Change<'a> {
    key: Key,
    version: i64,
    after: Option<AttendanceMark>,
    before: Option<AttendanceMark>,
    reason: Option<&'a str>,
}

/// The current marks of `keys`, and for those without one the last version their history reached
/// (a cleared mark's next version continues its history, so versions never repeat).
async fn read_current(conn: &mut Conn, keys: &[Key]) -> Result<(HashMap<Key, AttendanceMark>, HashMap<Key, i64>)> {
    let (sessions, people) = split(keys);
    let rows = sqlx::query(
        "SELECT * FROM attendance_mark
         WHERE (session_id, person_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))",
    )
    .bind(&sessions)
    .bind(&people)
    .fetch_all(&mut *conn)
    .await?;
    let mut current = HashMap::new();
    for r in &rows {
        let mark = mark_from_row(r)?;
        current.insert(key_of(&mark.session_id, &mark.person_id)?, mark);
    }
    let unmarked: Vec<Key> = keys.iter().copied().filter(|k| !current.contains_key(k)).collect();
    let mut last_version = HashMap::new();
    if !unmarked.is_empty() {
        let (sessions, people) = split(&unmarked);
        let versions: Vec<(Uuid, Uuid, i32)> = sqlx::query_as(
            "SELECT session_id, person_id, max(version) FROM attendance_history
             WHERE (session_id, person_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))
             GROUP BY session_id, person_id",
        )
        .bind(&sessions)
        .bind(&people)
        .fetch_all(&mut *conn)
        .await?;
        for (session, person, v) in versions {
            last_version.insert((session, person), i64::from(v));
        }
    }
    Ok((current, last_version))
}

pub async fn save_many(conn: &mut Conn, marks: &[NewMark], actor: &str, now: DateTime<Utc>) -> Result<Vec<Outcome>> {
    if marks.is_empty() {
        return Ok(Vec::new());
    }
    let keys: Vec<Key> = marks.iter().map(|m| key_of(&m.session_id, &m.person_id)).collect::<Result<_>>()?;
    lock_sessions(conn, &keys).await?;
    let (mut current, mut last_version) = read_current(conn, &keys).await?;
    let mut outcomes = Vec::with_capacity(marks.len());
    let mut changes: Vec<Change> = Vec::new();
    for (m, &key) in marks.iter().zip(&keys) {
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
        last_version.insert(key, next);
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
        changes.push(Change { key, version: next, after, before, reason: m.reason.as_deref() });
    }
    // The marks as they stand at the end (a person marked twice in one call: the later mark).
    let mut seen = HashSet::new();
    let last: Vec<&Change> = changes.iter().rev().filter(|c| seen.insert(c.key)).collect();
    let cleared: Vec<Key> = last.iter().filter(|c| c.after.is_none()).map(|c| c.key).collect();
    if !cleared.is_empty() {
        let (sessions, people) = split(&cleared);
        sqlx::query(
            "DELETE FROM attendance_mark
             WHERE (session_id, person_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))",
        )
        .bind(&sessions)
        .bind(&people)
        .execute(&mut *conn)
        .await?;
    }
    let kept: Vec<&AttendanceMark> = last.iter().filter_map(|c| c.after.as_ref()).collect();
    write_marks(
        conn,
        &kept,
        "ON CONFLICT (session_id, person_id) DO UPDATE SET status = excluded.status,
            minutes_late = excluded.minutes_late, note = excluded.note, version = excluded.version,
            marked_by = excluded.marked_by, marked_at = excluded.marked_at",
    )
    .await?;
    let mut history = History::default();
    for c in &changes {
        history.push(
            c.key,
            c.version,
            c.before.as_ref().map(|b| (b.status, b.note.as_deref())),
            c.after.as_ref().map(|a| (a.status, a.note.as_deref())),
            actor,
            now,
            c.reason,
        );
    }
    history.insert(conn).await?;
    Ok(outcomes)
}

/// Rows per statement: `unnest` takes one array per column, so only the arrays grow.
const ROWS: usize = 5_000;

/// Writes marks in multi-row statements; `on_conflict` is what an existing mark does (nothing
/// given: it refuses the write as a duplicate).
async fn write_marks(conn: &mut Conn, marks: &[&AttendanceMark], on_conflict: &str) -> Result<()> {
    for chunk in marks.chunks(ROWS) {
        let mut sessions = Vec::with_capacity(chunk.len());
        let mut people = Vec::with_capacity(chunk.len());
        for m in chunk {
            sessions.push(uuid(&m.session_id)?);
            people.push(uuid(&m.person_id)?);
        }
        let sql = format!(
            "INSERT INTO attendance_mark (session_id, person_id, status, minutes_late, note, version, marked_by,
                marked_at)
             SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::bigint[], $5::text[], $6::bigint[],
                $7::text[], $8::timestamptz[])
             {on_conflict}"
        );
        sqlx::query(&sql)
            .bind(sessions)
            .bind(people)
            .bind(chunk.iter().map(|m| m.status.as_str()).collect::<Vec<_>>())
            .bind(chunk.iter().map(|m| m.minutes_late).collect::<Vec<_>>())
            .bind(chunk.iter().map(|m| m.note.as_deref()).collect::<Vec<_>>())
            .bind(chunk.iter().map(|m| m.version).collect::<Vec<_>>())
            .bind(chunk.iter().map(|m| m.marked_by.as_str()).collect::<Vec<_>>())
            .bind(chunk.iter().map(|m| m.marked_at).collect::<Vec<_>>())
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// History lines, one array per column, in the order they happened.
#[derive(Default)]
struct History<'a> {
    session_id: Vec<Uuid>,
    person_id: Vec<Uuid>,
    version: Vec<i64>,
    old_status: Vec<Option<&'static str>>,
    new_status: Vec<Option<&'static str>>,
    old_note: Vec<Option<&'a str>>,
    new_note: Vec<Option<&'a str>>,
    changed_by: Vec<&'a str>,
    changed_at: Vec<DateTime<Utc>>,
    reason: Vec<Option<&'a str>>,
}

/// A mark's status and note, before or after a change.
type State<'a> = Option<(AttendanceStatus, Option<&'a str>)>;

impl<'a> History<'a> {
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        key: Key,
        version: i64,
        old: State<'a>,
        new: State<'a>,
        by: &'a str,
        at: DateTime<Utc>,
        reason: Option<&'a str>,
    ) {
        self.session_id.push(key.0);
        self.person_id.push(key.1);
        self.version.push(version);
        self.old_status.push(old.map(|(s, _)| s.as_str()));
        self.new_status.push(new.map(|(s, _)| s.as_str()));
        self.old_note.push(old.and_then(|(_, n)| n));
        self.new_note.push(new.and_then(|(_, n)| n));
        self.changed_by.push(by);
        self.changed_at.push(at);
        self.reason.push(reason);
    }

    async fn insert(&self, conn: &mut Conn) -> Result<()> {
        let mut start = 0;
        while start < self.version.len() {
            let end = (start + ROWS).min(self.version.len());
            sqlx::query(
                "INSERT INTO attendance_history (session_id, person_id, version, old_status, new_status,
                    old_note, new_note, changed_by, changed_at, reason)
                 SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::bigint[], $4::text[], $5::text[],
                    $6::text[], $7::text[], $8::text[], $9::timestamptz[], $10::text[])",
            )
            .bind(&self.session_id[start..end])
            .bind(&self.person_id[start..end])
            .bind(&self.version[start..end])
            .bind(&self.old_status[start..end])
            .bind(&self.new_status[start..end])
            .bind(&self.old_note[start..end])
            .bind(&self.new_note[start..end])
            .bind(&self.changed_by[start..end])
            .bind(&self.changed_at[start..end])
            .bind(&self.reason[start..end])
            .execute(&mut *conn)
            .await?;
            start = end;
        }
        Ok(())
    }
}

pub async fn insert_new(conn: &mut Conn, marks: &[AttendanceMark]) -> Result<()> {
    if marks.is_empty() {
        return Ok(());
    }
    let keys: Vec<Key> = marks.iter().map(|m| key_of(&m.session_id, &m.person_id)).collect::<Result<_>>()?;
    // The same turns as a save: a first mark written here never slips under a save that read none.
    lock_sessions(conn, &keys).await?;
    let all: Vec<&AttendanceMark> = marks.iter().collect();
    write_marks(conn, &all, "").await?;
    let mut history = History::default();
    for (m, &key) in marks.iter().zip(&keys) {
        history.push(key, m.version, None, Some((m.status, m.note.as_deref())), &m.marked_by, m.marked_at, None);
    }
    history.insert(conn).await
}

pub async fn list_for_session(conn: &mut Conn, session_id: &str) -> Result<Vec<AttendanceMark>> {
    sqlx::query(
        "SELECT m.* FROM attendance_mark m JOIN person p ON p.id = m.person_id
         WHERE m.session_id = $1 ORDER BY p.family_name COLLATE \"C\", p.given_name COLLATE \"C\", p.id",
    )
    .bind(uuid(session_id)?)
    .fetch_all(conn)
    .await?
    .iter()
    .map(mark_from_row)
    .collect()
}

pub async fn list_for_activity(conn: &mut Conn, activity_id: &str) -> Result<Vec<AttendanceMark>> {
    sqlx::query(
        "SELECT m.* FROM attendance_mark m JOIN session s ON s.id = m.session_id
         WHERE s.activity_id = $1 ORDER BY s.starts_utc, m.person_id",
    )
    .bind(uuid(activity_id)?)
    .fetch_all(conn)
    .await?
    .iter()
    .map(mark_from_row)
    .collect()
}

pub async fn history(conn: &mut Conn, session_id: &str, person_id: &str) -> Result<Vec<AttendanceChange>> {
    sqlx::query("SELECT * FROM attendance_history WHERE session_id = $1 AND person_id = $2 ORDER BY version, id")
        .bind(uuid(session_id)?)
        .bind(uuid(person_id)?)
        .fetch_all(conn)
        .await?
        .iter()
        .map(change_from_row)
        .collect()
}

pub async fn count(conn: &mut Conn) -> Result<i64> {
    Ok(sqlx::query_scalar("SELECT count(*) FROM attendance_mark").fetch_one(conn).await?)
}
