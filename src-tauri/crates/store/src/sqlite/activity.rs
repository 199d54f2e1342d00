//! Activities: trainings, seminars, study visits, internships and the rest.

use chrono::{DateTime, Utc};
use malaka_core::model::{Activity, ActivityKind, ActivityStatus, ValidActivity};
use sqlx::Row;
use sqlx::sqlite::SqliteRow;

use super::codec::{instant, parse_date, parse_enum, parse_instant};
use super::{Conn, Error, Result, batch};
use crate::activity::Filter;

const COLUMNS: &str = "a.id, a.kind, a.title, a.programme_id, a.status, a.starts_on, a.ends_on, a.host_org_id, \
     a.venue_id, a.capacity, a.language, a.planned_hours, a.description, a.cancel_reason, a.created_at, \
     (SELECT json_group_array(organisation_id) FROM activity_partner WHERE activity_id = a.id) AS partners";

fn from_row(r: &SqliteRow) -> Result<Activity> {
    let partners: String = r.try_get("partners")?;
    Ok(Activity {
        id: r.try_get("id")?,
        kind: parse_enum(ActivityKind::parse, r.try_get("kind")?)?,
        title: r.try_get("title")?,
        programme_id: r.try_get("programme_id")?,
        status: parse_enum(ActivityStatus::parse, r.try_get("status")?)?,
        starts_on: parse_date(r.try_get("starts_on")?)?,
        ends_on: parse_date(r.try_get("ends_on")?)?,
        host_org_id: r.try_get("host_org_id")?,
        partner_org_ids: serde_json::from_str(&partners).map_err(|e| Error::Corrupt(e.to_string()))?,
        venue_id: r.try_get("venue_id")?,
        capacity: r.try_get("capacity")?,
        language: r.try_get("language")?,
        planned_hours: r.try_get("planned_hours")?,
        description: r.try_get("description")?,
        cancel_reason: r.try_get("cancel_reason")?,
        created_at: parse_instant(r.try_get("created_at")?)?,
    })
}

/// The columns an activity's plan is stored in, in the order [`bind_plan`] binds them: one list
/// for insert, bulk insert and update (the status changes through its own query).
const PLAN_COLUMNS: [&str; 11] = [
    "kind",
    "title",
    "programme_id",
    "starts_on",
    "ends_on",
    "host_org_id",
    "venue_id",
    "capacity",
    "language",
    "planned_hours",
    "description",
];
/// id, status, the plan, created_at, updated_at.
const INSERT_COLUMNS: usize = PLAN_COLUMNS.len() + 4;

type Query<'q> = sqlx::query::Query<'q, sqlx::Sqlite, sqlx::sqlite::SqliteArguments<'q>>;

/// Binds an activity's plan to the next [`PLAN_COLUMNS`] parameters.
fn bind_plan<'q>(q: Query<'q>, a: &'q ValidActivity) -> Query<'q> {
    q.bind(a.kind.as_str())
        .bind(&a.title)
        .bind(&a.programme_id)
        .bind(a.starts_on.to_string())
        .bind(a.ends_on.to_string())
        .bind(&a.host_org_id)
        .bind(&a.venue_id)
        .bind(a.capacity)
        .bind(&a.language)
        .bind(a.planned_hours)
        .bind(&a.description)
}

/// `INSERT INTO activity (id, status, <plan columns>, created_at, updated_at)`.
fn insert_head() -> String {
    format!("INSERT INTO activity (id, status, {}, created_at, updated_at)", PLAN_COLUMNS.join(", "))
}

/// Binds one new activity to the next [`insert_head`] parameters: one place for insert and bulk.
fn bind_new<'q>(q: Query<'q>, id: &'q str, a: &'q ValidActivity, at: &'q str) -> Query<'q> {
    bind_plan(q.bind(id).bind(a.status.as_str()), a).bind(at).bind(at)
}

pub async fn insert(conn: &mut Conn, id: &str, a: &ValidActivity, now: DateTime<Utc>) -> Result<()> {
    let (sql, at) = (batch::values_sql(&insert_head(), INSERT_COLUMNS, 1), instant(now));
    bind_new(sqlx::query(&sql), id, a, &at).execute(&mut *conn).await?;
    for partner in &a.partner_org_ids {
        sqlx::query("INSERT INTO activity_partner (activity_id, organisation_id) VALUES (?, ?)")
            .bind(id)
            .bind(partner)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

pub async fn insert_many(conn: &mut Conn, activities: &[(String, ValidActivity)], now: DateTime<Utc>) -> Result<()> {
    let (head, at) = (insert_head(), instant(now));
    for chunk in activities.chunks(batch::rows_per_statement(INSERT_COLUMNS)) {
        let sql = batch::values_sql(&head, INSERT_COLUMNS, chunk.len());
        let mut q = sqlx::query(&sql);
        for (id, a) in chunk {
            q = bind_new(q, id, a, &at);
        }
        q.execute(&mut *conn).await?;
    }
    let partners: Vec<(&str, &str)> = activities
        .iter()
        .flat_map(|(id, a)| a.partner_org_ids.iter().map(move |p| (id.as_str(), p.as_str())))
        .collect();
    for chunk in partners.chunks(batch::rows_per_statement(2)) {
        let sql = batch::values_sql("INSERT INTO activity_partner (activity_id, organisation_id)", 2, chunk.len());
        let mut q = sqlx::query(&sql);
        for (activity, partner) in chunk {
            q = q.bind(*activity).bind(*partner);
        }
        q.execute(&mut *conn).await?;
    }
    Ok(())
}

pub async fn get(conn: &mut Conn, id: &str) -> Result<Activity> {
    let sql = format!("SELECT {COLUMNS} FROM activity a WHERE a.id = ?");
    let row = sqlx::query(&sql).bind(id).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()?.ok_or_else(|| Error::NotFound { entity: "activity", id: id.into() })
}

pub async fn list(conn: &mut Conn, f: &Filter) -> Result<Vec<Activity>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM activity a
         WHERE (?1 IS NULL OR a.ends_on >= ?1) AND (?2 IS NULL OR a.starts_on <= ?2)
           AND (?3 IS NULL OR a.kind = ?3) AND (?4 IS NULL OR a.status = ?4)
           AND (?5 IS NULL OR a.host_org_id = ?5
                OR EXISTS (SELECT 1 FROM activity_partner p WHERE p.activity_id = a.id AND p.organisation_id = ?5))
           AND (?7 IS NULL OR a.venue_id = ?7
                OR EXISTS (SELECT 1 FROM session s WHERE s.activity_id = a.id AND s.venue_id = ?7))
           AND (?8 IS NULL OR EXISTS (SELECT 1 FROM session s JOIN session_trainer st ON st.session_id = s.id
                                      WHERE s.activity_id = a.id AND st.trainer_id = ?8))
         ORDER BY a.starts_on, a.title LIMIT ?6"
    );
    sqlx::query(&sql)
        .bind(f.from.map(|d| d.to_string()))
        .bind(f.to.map(|d| d.to_string()))
        .bind(f.kind.map(|k| k.as_str()))
        .bind(f.status.map(|s| s.as_str()))
        .bind(&f.organisation_id)
        .bind(if f.limit > 0 { f.limit } else { i64::MAX })
        .bind(&f.venue_id)
        .bind(&f.trainer_id)
        .fetch_all(conn)
        .await?
        .iter()
        .map(from_row)
        .collect()
}

pub async fn update(conn: &mut Conn, id: &str, a: &ValidActivity, now: DateTime<Utc>) -> Result<()> {
    let assignments: Vec<String> = PLAN_COLUMNS.iter().map(|c| format!("{c} = ?")).collect();
    let sql = format!("UPDATE activity SET {}, updated_at = ? WHERE id = ?", assignments.join(", "));
    let done = bind_plan(sqlx::query(&sql), a).bind(instant(now)).bind(id).execute(&mut *conn).await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "activity", id: id.into() });
    }
    sqlx::query("DELETE FROM activity_partner WHERE activity_id = ?").bind(id).execute(&mut *conn).await?;
    for partner in &a.partner_org_ids {
        sqlx::query("INSERT INTO activity_partner (activity_id, organisation_id) VALUES (?, ?)")
            .bind(id)
            .bind(partner)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

pub async fn set_status(
    conn: &mut Conn,
    id: &str,
    status: ActivityStatus,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> Result<()> {
    let done = sqlx::query("UPDATE activity SET status = ?, cancel_reason = ?, updated_at = ? WHERE id = ?")
        .bind(status.as_str())
        .bind(reason)
        .bind(instant(now))
        .bind(id)
        .execute(conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "activity", id: id.into() });
    }
    Ok(())
}

pub async fn count(conn: &mut Conn) -> Result<i64> {
    Ok(sqlx::query_scalar("SELECT count(*) FROM activity").fetch_one(conn).await?)
}
