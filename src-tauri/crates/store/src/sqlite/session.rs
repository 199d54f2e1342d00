//! Sessions of an activity, and the claims they make on trainers, venues and people.

use chrono::{DateTime, Duration, Utc};
use malaka_core::model::{ActivityKind, MAX_SESSION_HOURS, Session, SessionCard, SessionStatus, ValidSession};
use malaka_core::schedule::Claim;
use sqlx::Row;
use sqlx::sqlite::SqliteRow;

use super::codec::{instant, json_ids, parse_enum, parse_instant, parse_wall, wall};
use super::{Conn, Error, Result, batch};
use crate::session::CardFilter;

const COLUMNS: &str = "s.id, s.activity_id, s.title, s.starts_local, s.ends_local, s.time_zone, s.starts_utc, \
     s.ends_utc, s.venue_id, s.status, s.cancel_reason, \
     (SELECT json_group_array(trainer_id) FROM session_trainer WHERE session_id = s.id) AS trainers";

/// Statuses of an enrolment that put a person in an activity's sessions.
const ACTIVE: &str = "('approved','enrolled','completed')";

/// Roles that are on a roll to be marked (those who learn; see `EnrolmentRole::takes_seat`).
const LEARNERS: &str = "('participant','delegate','intern')";

fn from_row(r: &SqliteRow) -> Result<Session> {
    let trainers: String = r.try_get("trainers")?;
    Ok(Session {
        id: r.try_get("id")?,
        activity_id: r.try_get("activity_id")?,
        title: r.try_get("title")?,
        starts_local: parse_wall(r.try_get("starts_local")?)?,
        ends_local: parse_wall(r.try_get("ends_local")?)?,
        time_zone: r.try_get("time_zone")?,
        starts_utc: parse_instant(r.try_get("starts_utc")?)?,
        ends_utc: parse_instant(r.try_get("ends_utc")?)?,
        venue_id: r.try_get("venue_id")?,
        trainer_ids: serde_json::from_str(&trainers).map_err(|e| Error::Corrupt(e.to_string()))?,
        status: parse_enum(SessionStatus::parse, r.try_get("status")?)?,
        cancel_reason: r.try_get("cancel_reason")?,
    })
}

const INSERT_HEAD: &str = "INSERT INTO session (id, activity_id, title, starts_local, ends_local, time_zone,
    starts_utc, ends_utc, venue_id, status, created_at)";
const INSERT_COLUMNS: usize = 11;

type Query<'q> = sqlx::query::Query<'q, sqlx::Sqlite, sqlx::sqlite::SqliteArguments<'q>>;

/// Binds one new (scheduled) session to the next [`INSERT_HEAD`] parameters: one place for insert
/// and bulk.
fn bind_new<'q>(q: Query<'q>, id: &'q str, s: &'q ValidSession, at: &'q str) -> Query<'q> {
    q.bind(id)
        .bind(&s.activity_id)
        .bind(&s.title)
        .bind(wall(s.starts_local))
        .bind(wall(s.ends_local))
        .bind(&s.time_zone)
        .bind(instant(s.starts_utc))
        .bind(instant(s.ends_utc))
        .bind(&s.venue_id)
        .bind(SessionStatus::Scheduled.as_str())
        .bind(at)
}

pub async fn insert(conn: &mut Conn, id: &str, s: &ValidSession, now: DateTime<Utc>) -> Result<()> {
    let (sql, at) = (batch::values_sql(INSERT_HEAD, INSERT_COLUMNS, 1), instant(now));
    bind_new(sqlx::query(&sql), id, s, &at).execute(&mut *conn).await?;
    for trainer in &s.trainer_ids {
        sqlx::query("INSERT INTO session_trainer (session_id, trainer_id) VALUES (?, ?)")
            .bind(id)
            .bind(trainer)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

pub async fn insert_many(conn: &mut Conn, sessions: &[(String, ValidSession)], now: DateTime<Utc>) -> Result<()> {
    let at = instant(now);
    for chunk in sessions.chunks(batch::rows_per_statement(INSERT_COLUMNS)) {
        let sql = batch::values_sql(INSERT_HEAD, INSERT_COLUMNS, chunk.len());
        let mut q = sqlx::query(&sql);
        for (id, s) in chunk {
            q = bind_new(q, id, s, &at);
        }
        q.execute(&mut *conn).await?;
    }
    let trainers: Vec<(&str, &str)> =
        sessions.iter().flat_map(|(id, s)| s.trainer_ids.iter().map(move |t| (id.as_str(), t.as_str()))).collect();
    for chunk in trainers.chunks(batch::rows_per_statement(2)) {
        let sql = batch::values_sql("INSERT INTO session_trainer (session_id, trainer_id)", 2, chunk.len());
        let mut q = sqlx::query(&sql);
        for (session, trainer) in chunk {
            q = q.bind(*session).bind(*trainer);
        }
        q.execute(&mut *conn).await?;
    }
    Ok(())
}

pub async fn get(conn: &mut Conn, id: &str) -> Result<Session> {
    let sql = format!("SELECT {COLUMNS} FROM session s WHERE s.id = ?");
    let row = sqlx::query(&sql).bind(id).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()?.ok_or_else(|| Error::NotFound { entity: "session", id: id.into() })
}

pub async fn list_for_activity(conn: &mut Conn, activity_id: &str) -> Result<Vec<Session>> {
    let sql = format!("SELECT {COLUMNS} FROM session s WHERE s.activity_id = ? ORDER BY s.starts_utc");
    sqlx::query(&sql).bind(activity_id).fetch_all(conn).await?.iter().map(from_row).collect()
}

/// A session as SQLite hands it over inside a JSON array: [`JSON_FIELDS`], in that order.
#[derive(serde::Deserialize)]
pub(crate) struct SessionJson(
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
);

/// The `json_array(…)` arguments that make a [`SessionJson`] of the session aliased `s`.
pub(crate) const JSON_FIELDS: &str = "s.id, s.activity_id, s.title, s.starts_local, s.ends_local, s.time_zone, \
     s.starts_utc, s.ends_utc, s.venue_id, s.status, s.cancel_reason, \
     (SELECT group_concat(trainer_id, ',') FROM session_trainer WHERE session_id = s.id)";

impl SessionJson {
    pub(crate) fn session(self) -> Result<Session> {
        let SessionJson(
            id,
            activity_id,
            title,
            starts_local,
            ends_local,
            time_zone,
            starts_utc,
            ends_utc,
            venue_id,
            status,
            cancel_reason,
            trainers,
        ) = self;
        Ok(Session {
            id,
            activity_id,
            title,
            starts_local: parse_wall(&starts_local)?,
            ends_local: parse_wall(&ends_local)?,
            time_zone,
            starts_utc: parse_instant(&starts_utc)?,
            ends_utc: parse_instant(&ends_utc)?,
            venue_id,
            trainer_ids: trainers.map(|t| t.split(',').map(str::to_owned).collect()).unwrap_or_default(),
            status: parse_enum(SessionStatus::parse, &status)?,
            cancel_reason,
        })
    }
}

pub async fn list_between(conn: &mut Conn, from: DateTime<Utc>, to: DateTime<Utc>, limit: i64) -> Result<Vec<Session>> {
    let sql = format!(
        "SELECT json_group_array(json_array({JSON_FIELDS}))
         FROM (SELECT * FROM session WHERE starts_utc >= ? AND starts_utc < ? ORDER BY starts_utc LIMIT ?) s"
    );
    let json: String =
        sqlx::query_scalar(&sql).bind(instant(from)).bind(instant(to)).bind(limit).fetch_one(conn).await?;
    let rows: Vec<SessionJson> = serde_json::from_str(&json).map_err(|e| Error::Corrupt(e.to_string()))?;
    let mut sessions = rows.into_iter().map(SessionJson::session).collect::<Result<Vec<Session>>>()?;
    // The array follows the ordered subquery; a stable sort keeps that order and guarantees it.
    sessions.sort_by_key(|s| s.starts_utc);
    Ok(sessions)
}

pub async fn set_times(conn: &mut Conn, id: &str, s: &ValidSession) -> Result<()> {
    let done =
        sqlx::query("UPDATE session SET starts_local = ?, ends_local = ?, starts_utc = ?, ends_utc = ? WHERE id = ?")
            .bind(wall(s.starts_local))
            .bind(wall(s.ends_local))
            .bind(instant(s.starts_utc))
            .bind(instant(s.ends_utc))
            .bind(id)
            .execute(conn)
            .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "session", id: id.into() });
    }
    Ok(())
}

pub async fn cancel(conn: &mut Conn, id: &str, reason: &str) -> Result<()> {
    let done = sqlx::query("UPDATE session SET status = 'cancelled', cancel_reason = ? WHERE id = ?")
        .bind(reason)
        .bind(id)
        .execute(conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "session", id: id.into() });
    }
    Ok(())
}

pub async fn activity_people(conn: &mut Conn, activity_id: &str) -> Result<Vec<String>> {
    let sql =
        format!("SELECT person_id FROM enrolment WHERE activity_id = ? AND status IN {ACTIVE} ORDER BY person_id");
    Ok(sqlx::query_scalar(&sql).bind(activity_id).fetch_all(conn).await?)
}

pub async fn overlapping_claims(
    conn: &mut Conn,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    exclude: Option<&str>,
    people: &[String],
) -> Result<Vec<Claim>> {
    // Sessions last at most MAX_SESSION_HOURS, so an index range on the start bounds the search.
    let earliest = start - Duration::hours(MAX_SESSION_HOURS);
    let rows = sqlx::query(
        "SELECT s.id, s.activity_id, a.title, s.starts_local, s.time_zone, s.starts_utc, s.ends_utc, s.venue_id
         FROM session s JOIN activity a ON a.id = s.activity_id
         WHERE s.status = 'scheduled' AND a.status <> 'cancelled'
           AND s.starts_utc >= ? AND s.starts_utc < ? AND s.ends_utc > ? AND (? IS NULL OR s.id <> ?)
         ORDER BY s.starts_utc",
    )
    .bind(instant(earliest))
    .bind(instant(end))
    .bind(instant(start))
    .bind(exclude)
    .bind(exclude)
    .fetch_all(&mut *conn)
    .await?;
    let mut claims = Vec::with_capacity(rows.len());
    let mut activity_of = Vec::with_capacity(rows.len());
    for r in &rows {
        let title: String = r.try_get("title")?;
        let local: String = r.try_get("starts_local")?;
        let zone: String = r.try_get("time_zone")?;
        claims.push(Claim {
            session_id: r.try_get("id")?,
            label: format!("{title}, {} ({zone})", local.replace('T', " ")),
            starts_utc: parse_instant(r.try_get("starts_utc")?)?,
            ends_utc: parse_instant(r.try_get("ends_utc")?)?,
            venue_id: r.try_get("venue_id")?,
            trainer_ids: Vec::new(),
            person_ids: Vec::new(),
        });
        activity_of.push(r.try_get::<String, _>("activity_id")?);
    }
    if claims.is_empty() {
        return Ok(claims);
    }
    let ids: Vec<&str> = claims.iter().map(|c| c.session_id.as_str()).collect();
    let trainers: Vec<(String, String)> = sqlx::query_as(
        "SELECT session_id, trainer_id FROM session_trainer WHERE session_id IN (SELECT value FROM json_each(?))",
    )
    .bind(json_ids(&ids))
    .fetch_all(&mut *conn)
    .await?;
    let sql = format!(
        "SELECT activity_id, person_id FROM enrolment WHERE status IN {ACTIVE}
           AND activity_id IN (SELECT value FROM json_each(?)) AND person_id IN (SELECT value FROM json_each(?))"
    );
    let enrolled: Vec<(String, String)> =
        sqlx::query_as(&sql).bind(json_ids(&activity_of)).bind(json_ids(people)).fetch_all(&mut *conn).await?;
    for (claim, activity) in claims.iter_mut().zip(&activity_of) {
        claim.trainer_ids = trainers.iter().filter(|(s, _)| *s == claim.session_id).map(|(_, t)| t.clone()).collect();
        claim.person_ids = enrolled.iter().filter(|(a, _)| a == activity).map(|(_, p)| p.clone()).collect();
    }
    Ok(claims)
}

pub async fn count(conn: &mut Conn) -> Result<i64> {
    Ok(sqlx::query_scalar("SELECT count(*) FROM session").fetch_one(conn).await?)
}

pub async fn cards(conn: &mut Conn, f: &CardFilter<'_>) -> Result<Vec<SessionCard>> {
    let order = if f.newest_first { "DESC" } else { "ASC" };
    let sql = format!(
        "SELECT {COLUMNS}, a.title AS activity_title, a.kind AS activity_kind, v.name AS venue_name,
            (SELECT json_group_array(t.name) FROM session_trainer st JOIN trainer t ON t.id = st.trainer_id
              WHERE st.session_id = s.id) AS trainer_names,
            (SELECT count(*) FROM enrolment e WHERE e.activity_id = s.activity_id AND e.status IN {ACTIVE}
                AND e.role IN {LEARNERS}) AS expected,
            (SELECT count(*) FROM attendance_mark m JOIN enrolment e
                ON e.activity_id = s.activity_id AND e.person_id = m.person_id AND e.status IN {ACTIVE}
                AND e.role IN {LEARNERS}
              WHERE m.session_id = s.id) AS marked
         FROM session s JOIN activity a ON a.id = s.activity_id LEFT JOIN venue v ON v.id = s.venue_id
         WHERE s.starts_utc >= ? AND s.starts_utc < ? AND s.status = 'scheduled'
           AND (? IS NULL OR s.id IN (SELECT session_id FROM session_trainer WHERE trainer_id = ?))
         ORDER BY s.starts_utc {order} LIMIT ?"
    );
    let rows = sqlx::query(&sql)
        .bind(instant(f.from))
        .bind(instant(f.to))
        .bind(f.trainer_id)
        .bind(f.trainer_id)
        .bind(f.limit)
        .fetch_all(conn)
        .await?;
    rows.iter()
        .map(|r| {
            let names: String = r.try_get("trainer_names")?;
            Ok(SessionCard {
                session: from_row(r)?,
                activity_title: r.try_get("activity_title")?,
                activity_kind: parse_enum(ActivityKind::parse, r.try_get("activity_kind")?)?,
                venue_name: r.try_get("venue_name")?,
                trainer_names: serde_json::from_str(&names).map_err(|e| Error::Corrupt(e.to_string()))?,
                expected: r.try_get("expected")?,
                marked: r.try_get("marked")?,
            })
        })
        .collect()
}

pub async fn list_for_person(conn: &mut Conn, person_id: &str) -> Result<Vec<Session>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM session s
         WHERE s.activity_id IN (SELECT activity_id FROM enrolment WHERE person_id = ?1 AND status IN {ACTIVE})
            OR s.id IN (SELECT st.session_id FROM session_trainer st JOIN trainer t ON t.id = st.trainer_id
                        WHERE t.person_id = ?1)
         ORDER BY s.starts_utc"
    );
    sqlx::query(&sql).bind(person_id).fetch_all(conn).await?.iter().map(from_row).collect()
}
