//! Sessions of an activity on PostgreSQL, and the claims they make on trainers, venues and people.

use chrono::{DateTime, Duration, NaiveDateTime, Timelike, Utc};
use malaka_core::model::{ActivityKind, MAX_SESSION_HOURS, Session, SessionCard, SessionStatus, ValidSession};
use malaka_core::schedule::Claim;
use sqlx::Row;
use sqlx::postgres::PgRow;
use uuid::Uuid;

use super::codec::{get_id, get_opt_id, id as uuid, ids, opt_id, parse_enum};
use super::{Conn, Error, Result};
use crate::session::CardFilter;

/// The columns a [`Session`] is read from, for the session aliased `s`; its trainers in id order
/// (the order SQLite reads them in, along its primary key).
pub(crate) const COLUMNS: &str = "s.id, s.activity_id, s.title, s.starts_local, s.ends_local, s.time_zone, \
     s.starts_utc, s.ends_utc, s.venue_id, s.status, s.cancel_reason, \
     ARRAY(SELECT trainer_id FROM session_trainer WHERE session_id = s.id ORDER BY trainer_id) AS trainers";

/// Statuses of an enrolment that put a person in an activity's sessions.
const ACTIVE: &str = "('approved','enrolled','completed')";

/// Roles that are on a roll to be marked (those who learn; see `EnrolmentRole::takes_seat`).
const LEARNERS: &str = "('participant','delegate','intern')";

/// Rows per bulk statement.
const CHUNK: usize = 5_000;

/// The transaction-level advisory lock conflict checks take (see [`overlapping_claims`]).
const SCHEDULE_LOCK: i64 = i64::from_be_bytes(*b"mlk:plan");

pub(crate) fn from_row(r: &PgRow) -> Result<Session> {
    let trainers: Vec<Uuid> = r.try_get("trainers")?;
    Ok(Session {
        id: get_id(r, "id")?,
        activity_id: get_id(r, "activity_id")?,
        title: r.try_get("title")?,
        starts_local: r.try_get("starts_local")?,
        ends_local: r.try_get("ends_local")?,
        time_zone: r.try_get("time_zone")?,
        starts_utc: r.try_get("starts_utc")?,
        ends_utc: r.try_get("ends_utc")?,
        venue_id: get_opt_id(r, "venue_id")?,
        trainer_ids: trainers.into_iter().map(text).collect(),
        status: parse_enum(SessionStatus::parse, r.try_get("status")?)?,
        cancel_reason: r.try_get("cancel_reason")?,
    })
}

/// An id as the domain holds it.
pub(crate) fn text(u: Uuid) -> String {
    u.hyphenated().to_string()
}

/// A list filter's id: `Some(None)` for no filter, `None` for text that is no stored id, which
/// matches nothing (as on SQLite, which compares the text).
pub(crate) fn filter_id(v: Option<&str>) -> Option<Option<Uuid>> {
    match v {
        None => Some(None),
        Some(s) => Uuid::parse_str(s).ok().filter(|u| text(*u) == s).map(Some),
    }
}

/// A LIMIT as SQLite reads it: a negative one is no limit (PostgreSQL refuses it, and reads NULL
/// as no limit).
pub(crate) fn limit(n: i64) -> Option<i64> {
    (n >= 0).then_some(n)
}

/// A wall time as SQLite keeps it: to the minute (`LOCAL_FORMAT`), so both read back alike.
fn wall(t: NaiveDateTime) -> NaiveDateTime {
    t.with_second(0).and_then(|m| m.with_nanosecond(0)).unwrap_or(t)
}

/// Many new sessions' columns, one array each, bound to `unnest`.
#[derive(Default)]
struct Columns<'a> {
    id: Vec<Uuid>,
    activity_id: Vec<Uuid>,
    title: Vec<Option<&'a str>>,
    starts_local: Vec<NaiveDateTime>,
    ends_local: Vec<NaiveDateTime>,
    time_zone: Vec<&'a str>,
    starts_utc: Vec<DateTime<Utc>>,
    ends_utc: Vec<DateTime<Utc>>,
    venue_id: Vec<Option<Uuid>>,
}

impl<'a> Columns<'a> {
    fn push(&mut self, id: &str, s: &'a ValidSession) -> Result<()> {
        self.id.push(uuid(id)?);
        self.activity_id.push(uuid(&s.activity_id)?);
        self.title.push(s.title.as_deref());
        self.starts_local.push(wall(s.starts_local));
        self.ends_local.push(wall(s.ends_local));
        self.time_zone.push(&s.time_zone);
        self.starts_utc.push(s.starts_utc);
        self.ends_utc.push(s.ends_utc);
        self.venue_id.push(opt_id(s.venue_id.as_deref())?);
        Ok(())
    }

    /// Stores the sessions, scheduled.
    async fn insert(&self, conn: &mut Conn, now: DateTime<Utc>) -> Result<()> {
        sqlx::query(
            "INSERT INTO session (id, activity_id, title, starts_local, ends_local, time_zone, starts_utc, ends_utc,
                venue_id, status, created_at)
             SELECT u.*, $10, $11 FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamp[], $5::timestamp[],
                $6::text[], $7::timestamptz[], $8::timestamptz[], $9::uuid[]) AS u",
        )
        .bind(&self.id)
        .bind(&self.activity_id)
        .bind(&self.title)
        .bind(&self.starts_local)
        .bind(&self.ends_local)
        .bind(&self.time_zone)
        .bind(&self.starts_utc)
        .bind(&self.ends_utc)
        .bind(&self.venue_id)
        .bind(SessionStatus::Scheduled.as_str())
        .bind(now)
        .execute(&mut *conn)
        .await?;
        Ok(())
    }
}

pub async fn insert(conn: &mut Conn, id: &str, s: &ValidSession, now: DateTime<Utc>) -> Result<()> {
    insert_many(conn, &[(id.to_owned(), s.clone())], now).await
}

pub async fn insert_many(conn: &mut Conn, sessions: &[(String, ValidSession)], now: DateTime<Utc>) -> Result<()> {
    for chunk in sessions.chunks(CHUNK) {
        let mut columns = Columns::default();
        for (id, s) in chunk {
            columns.push(id, s)?;
        }
        columns.insert(conn, now).await?;
    }
    let mut pairs: Vec<(Uuid, Uuid)> = Vec::new();
    for (id, s) in sessions {
        let session = uuid(id)?;
        for trainer in &s.trainer_ids {
            pairs.push((session, uuid(trainer)?));
        }
    }
    for chunk in pairs.chunks(CHUNK) {
        let (sessions, trainers): (Vec<Uuid>, Vec<Uuid>) = chunk.iter().copied().unzip();
        sqlx::query(
            "INSERT INTO session_trainer (session_id, trainer_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])",
        )
        .bind(&sessions)
        .bind(&trainers)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

pub async fn get(conn: &mut Conn, id: &str) -> Result<Session> {
    let sql = format!("SELECT {COLUMNS} FROM session s WHERE s.id = $1");
    let row = sqlx::query(&sql).bind(uuid(id)?).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()?.ok_or_else(|| Error::NotFound { entity: "session", id: id.into() })
}

pub async fn list_for_activity(conn: &mut Conn, activity_id: &str) -> Result<Vec<Session>> {
    let sql = format!("SELECT {COLUMNS} FROM session s WHERE s.activity_id = $1 ORDER BY s.starts_utc, s.id");
    sqlx::query(&sql).bind(uuid(activity_id)?).fetch_all(conn).await?.iter().map(from_row).collect()
}

pub async fn list_between(conn: &mut Conn, from: DateTime<Utc>, to: DateTime<Utc>, limit: i64) -> Result<Vec<Session>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM session s WHERE s.starts_utc >= $1 AND s.starts_utc < $2
         ORDER BY s.starts_utc, s.id LIMIT $3"
    );
    let rows = sqlx::query(&sql).bind(from).bind(to).bind(self::limit(limit)).fetch_all(conn).await?;
    rows.iter().map(from_row).collect()
}

pub async fn set_times(conn: &mut Conn, id: &str, s: &ValidSession) -> Result<()> {
    let done = sqlx::query(
        "UPDATE session SET starts_local = $1, ends_local = $2, starts_utc = $3, ends_utc = $4 WHERE id = $5",
    )
    .bind(wall(s.starts_local))
    .bind(wall(s.ends_local))
    .bind(s.starts_utc)
    .bind(s.ends_utc)
    .bind(uuid(id)?)
    .execute(conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "session", id: id.into() });
    }
    Ok(())
}

pub async fn cancel(conn: &mut Conn, id: &str, reason: &str) -> Result<()> {
    let done = sqlx::query("UPDATE session SET status = 'cancelled', cancel_reason = $1 WHERE id = $2")
        .bind(reason)
        .bind(uuid(id)?)
        .execute(conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "session", id: id.into() });
    }
    Ok(())
}

pub async fn activity_people(conn: &mut Conn, activity_id: &str) -> Result<Vec<String>> {
    let sql =
        format!("SELECT person_id FROM enrolment WHERE activity_id = $1 AND status IN {ACTIVE} ORDER BY person_id");
    let people: Vec<Uuid> = sqlx::query_scalar(&sql).bind(uuid(activity_id)?).fetch_all(conn).await?;
    Ok(people.into_iter().map(text).collect())
}

pub async fn overlapping_claims(
    conn: &mut Conn,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    exclude: Option<&str>,
    people: &[String],
) -> Result<Vec<Claim>> {
    // On SQLite the one writer kept a conflict check and the session it clears apart from another
    // desk's; here two desks could each miss the other's overlapping session, not yet committed.
    // So checks take turns: a write transaction holds this lock from its first check until it
    // ends (a read connection's check, a preview, holds it only for this statement).
    sqlx::query("SELECT pg_advisory_xact_lock($1)").bind(SCHEDULE_LOCK).execute(&mut *conn).await?;
    // Sessions last at most MAX_SESSION_HOURS, so an index range on the start bounds the search.
    let earliest = start - Duration::hours(MAX_SESSION_HOURS);
    let rows = sqlx::query(
        "SELECT s.id, s.activity_id, a.title, s.starts_local, s.time_zone, s.starts_utc, s.ends_utc, s.venue_id
         FROM session s JOIN activity a ON a.id = s.activity_id
         WHERE s.status = 'scheduled' AND a.status <> 'cancelled'
           AND s.starts_utc >= $1 AND s.starts_utc < $2 AND s.ends_utc > $3 AND ($4::uuid IS NULL OR s.id <> $4)
         ORDER BY s.starts_utc, s.id",
    )
    .bind(earliest)
    .bind(end)
    .bind(start)
    .bind(opt_id(exclude)?)
    .fetch_all(&mut *conn)
    .await?;
    let mut claims = Vec::with_capacity(rows.len());
    let mut session_of: Vec<Uuid> = Vec::with_capacity(rows.len());
    let mut activity_of: Vec<Uuid> = Vec::with_capacity(rows.len());
    for r in &rows {
        let title: String = r.try_get("title")?;
        let local: NaiveDateTime = r.try_get("starts_local")?;
        let zone: String = r.try_get("time_zone")?;
        claims.push(Claim {
            session_id: get_id(r, "id")?,
            label: format!("{title}, {} ({zone})", local.format("%Y-%m-%d %H:%M")),
            starts_utc: r.try_get("starts_utc")?,
            ends_utc: r.try_get("ends_utc")?,
            venue_id: get_opt_id(r, "venue_id")?,
            trainer_ids: Vec::new(),
            person_ids: Vec::new(),
        });
        session_of.push(r.try_get("id")?);
        activity_of.push(r.try_get("activity_id")?);
    }
    if claims.is_empty() {
        return Ok(claims);
    }
    let trainers: Vec<(Uuid, Uuid)> = sqlx::query_as(
        "SELECT session_id, trainer_id FROM session_trainer WHERE session_id = ANY($1) ORDER BY session_id, trainer_id",
    )
    .bind(&session_of)
    .fetch_all(&mut *conn)
    .await?;
    let sql = format!(
        "SELECT activity_id, person_id FROM enrolment
         WHERE status IN {ACTIVE} AND activity_id = ANY($1) AND person_id = ANY($2)
         ORDER BY activity_id, person_id"
    );
    let enrolled: Vec<(Uuid, Uuid)> =
        sqlx::query_as(&sql).bind(&activity_of).bind(ids(people)?).fetch_all(&mut *conn).await?;
    for ((claim, session), activity) in claims.iter_mut().zip(&session_of).zip(&activity_of) {
        claim.trainer_ids = trainers.iter().filter(|(s, _)| s == session).map(|(_, t)| text(*t)).collect();
        claim.person_ids = enrolled.iter().filter(|(a, _)| a == activity).map(|(_, p)| text(*p)).collect();
    }
    Ok(claims)
}

pub async fn count(conn: &mut Conn) -> Result<i64> {
    Ok(sqlx::query_scalar("SELECT count(*) FROM session").fetch_one(conn).await?)
}

pub async fn cards(conn: &mut Conn, f: &CardFilter<'_>) -> Result<Vec<SessionCard>> {
    let Some(trainer) = filter_id(f.trainer_id) else { return Ok(Vec::new()) };
    let order = if f.newest_first { "DESC" } else { "ASC" };
    let sql = format!(
        "SELECT {COLUMNS}, a.title AS activity_title, a.kind AS activity_kind, v.name AS venue_name,
            ARRAY(SELECT t.name FROM session_trainer st JOIN trainer t ON t.id = st.trainer_id
                   WHERE st.session_id = s.id ORDER BY st.trainer_id) AS trainer_names,
            (SELECT count(*) FROM enrolment e WHERE e.activity_id = s.activity_id AND e.status IN {ACTIVE}
                AND e.role IN {LEARNERS}) AS expected,
            (SELECT count(*) FROM attendance_mark m JOIN enrolment e
                ON e.activity_id = s.activity_id AND e.person_id = m.person_id AND e.status IN {ACTIVE}
                AND e.role IN {LEARNERS}
              WHERE m.session_id = s.id) AS marked
         FROM session s JOIN activity a ON a.id = s.activity_id LEFT JOIN venue v ON v.id = s.venue_id
         WHERE s.starts_utc >= $1 AND s.starts_utc < $2 AND s.status = 'scheduled'
           AND ($3::uuid IS NULL OR s.id IN (SELECT session_id FROM session_trainer WHERE trainer_id = $3))
         ORDER BY s.starts_utc {order}, s.id {order} LIMIT $4"
    );
    let rows = sqlx::query(&sql).bind(f.from).bind(f.to).bind(trainer).bind(limit(f.limit)).fetch_all(conn).await?;
    rows.iter()
        .map(|r| {
            Ok(SessionCard {
                session: from_row(r)?,
                activity_title: r.try_get("activity_title")?,
                activity_kind: parse_enum(ActivityKind::parse, r.try_get("activity_kind")?)?,
                venue_name: r.try_get("venue_name")?,
                trainer_names: r.try_get("trainer_names")?,
                expected: r.try_get("expected")?,
                marked: r.try_get("marked")?,
            })
        })
        .collect()
}

pub async fn list_for_person(conn: &mut Conn, person_id: &str) -> Result<Vec<Session>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM session s
         WHERE s.activity_id IN (SELECT activity_id FROM enrolment WHERE person_id = $1 AND status IN {ACTIVE})
            OR s.id IN (SELECT st.session_id FROM session_trainer st JOIN trainer t ON t.id = st.trainer_id
                        WHERE t.person_id = $1)
         ORDER BY s.starts_utc, s.id"
    );
    sqlx::query(&sql).bind(uuid(person_id)?).fetch_all(conn).await?.iter().map(from_row).collect()
}
