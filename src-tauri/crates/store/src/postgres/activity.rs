//! Activities on PostgreSQL: trainings, seminars, study visits, internships and the rest.

use chrono::{DateTime, NaiveDate, Utc};
use malaka_core::model::{Activity, ActivityKind, ActivityStatus, ValidActivity};
use sqlx::Row;
use sqlx::postgres::PgRow;
use uuid::Uuid;

use super::codec::{get_id, get_opt_id, id as uuid, opt_id, parse_enum};
use super::session::{filter_id, text};
use super::{Conn, Error, Result};
use crate::activity::Filter;

/// The columns an [`Activity`] is read from; its partners in id order (the order SQLite reads
/// them in, along its primary key).
const COLUMNS: &str = "a.id, a.kind, a.title, a.programme_id, a.status, a.starts_on, a.ends_on, a.host_org_id, \
     a.venue_id, a.capacity, a.language, a.planned_hours, a.description, a.cancel_reason, a.created_at, \
     ARRAY(SELECT organisation_id FROM activity_partner WHERE activity_id = a.id ORDER BY organisation_id) AS partners";

/// Rows per bulk statement.
const CHUNK: usize = 5_000;

fn from_row(r: &PgRow) -> Result<Activity> {
    let partners: Vec<Uuid> = r.try_get("partners")?;
    Ok(Activity {
        id: get_id(r, "id")?,
        kind: parse_enum(ActivityKind::parse, r.try_get("kind")?)?,
        title: r.try_get("title")?,
        programme_id: get_opt_id(r, "programme_id")?,
        status: parse_enum(ActivityStatus::parse, r.try_get("status")?)?,
        starts_on: r.try_get("starts_on")?,
        ends_on: r.try_get("ends_on")?,
        host_org_id: get_id(r, "host_org_id")?,
        partner_org_ids: partners.into_iter().map(text).collect(),
        venue_id: get_opt_id(r, "venue_id")?,
        capacity: r.try_get::<Option<i32>, _>("capacity")?.map(i64::from),
        language: r.try_get("language")?,
        planned_hours: r.try_get("planned_hours")?,
        description: r.try_get("description")?,
        cancel_reason: r.try_get("cancel_reason")?,
        created_at: r.try_get("created_at")?,
    })
}

/// The columns a new activity is stored in (but its times), with their array types for `unnest`,
/// in the order [`Columns`] holds them: id and status, then from [`PLAN`] on its plan, which
/// [`update`] replaces (the status changes through its own query). Capacity goes as a bigint,
/// which the `integer` column takes by assignment.
const STORED_COLUMNS: [(&str, &str); 13] = [
    ("id", "uuid"),
    ("status", "text"),
    ("kind", "text"),
    ("title", "text"),
    ("programme_id", "uuid"),
    ("starts_on", "date"),
    ("ends_on", "date"),
    ("host_org_id", "uuid"),
    ("venue_id", "uuid"),
    ("capacity", "bigint"),
    ("language", "text"),
    ("planned_hours", "double precision"),
    ("description", "text"),
];
const PLAN: usize = 2;

/// Many activities' stored columns, one array each, bound to `unnest`.
#[derive(Default)]
struct Columns<'a> {
    id: Vec<Uuid>,
    status: Vec<&'a str>,
    kind: Vec<&'a str>,
    title: Vec<&'a str>,
    programme_id: Vec<Option<Uuid>>,
    starts_on: Vec<NaiveDate>,
    ends_on: Vec<NaiveDate>,
    host_org_id: Vec<Uuid>,
    venue_id: Vec<Option<Uuid>>,
    capacity: Vec<Option<i64>>,
    language: Vec<&'a str>,
    planned_hours: Vec<Option<f64>>,
    description: Vec<Option<&'a str>>,
}

impl<'a> Columns<'a> {
    fn push(&mut self, id: &str, a: &'a ValidActivity) -> Result<()> {
        self.id.push(uuid(id)?);
        self.status.push(a.status.as_str());
        self.kind.push(a.kind.as_str());
        self.title.push(&a.title);
        self.programme_id.push(opt_id(a.programme_id.as_deref())?);
        self.starts_on.push(a.starts_on);
        self.ends_on.push(a.ends_on);
        self.host_org_id.push(uuid(&a.host_org_id)?);
        self.venue_id.push(opt_id(a.venue_id.as_deref())?);
        self.capacity.push(a.capacity);
        self.language.push(&a.language);
        self.planned_hours.push(a.planned_hours);
        self.description.push(a.description.as_deref());
        Ok(())
    }

    async fn insert(&self, conn: &mut Conn, now: DateTime<Utc>) -> Result<()> {
        let names: Vec<&str> = STORED_COLUMNS.iter().map(|(c, _)| *c).collect();
        let arrays: Vec<String> =
            STORED_COLUMNS.iter().enumerate().map(|(i, (_, t))| format!("${}::{t}[]", i + 1)).collect();
        let at = STORED_COLUMNS.len() + 1;
        let sql = format!(
            "INSERT INTO activity ({}, created_at, updated_at) SELECT u.*, ${at}, ${at} FROM unnest({}) AS u",
            names.join(", "),
            arrays.join(", ")
        );
        sqlx::query(&sql)
            .bind(&self.id)
            .bind(&self.status)
            .bind(&self.kind)
            .bind(&self.title)
            .bind(&self.programme_id)
            .bind(&self.starts_on)
            .bind(&self.ends_on)
            .bind(&self.host_org_id)
            .bind(&self.venue_id)
            .bind(&self.capacity)
            .bind(&self.language)
            .bind(&self.planned_hours)
            .bind(&self.description)
            .bind(now)
            .execute(&mut *conn)
            .await?;
        Ok(())
    }
}

/// Stores (activity, partner) pairs, [`CHUNK`] rows a statement.
async fn insert_partners(conn: &mut Conn, pairs: &[(Uuid, Uuid)]) -> Result<()> {
    for chunk in pairs.chunks(CHUNK) {
        let (activities, partners): (Vec<Uuid>, Vec<Uuid>) = chunk.iter().copied().unzip();
        sqlx::query(
            "INSERT INTO activity_partner (activity_id, organisation_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])",
        )
        .bind(&activities)
        .bind(&partners)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// An activity's (activity, partner) pairs.
fn partner_pairs(id: &str, a: &ValidActivity) -> Result<Vec<(Uuid, Uuid)>> {
    let activity = uuid(id)?;
    a.partner_org_ids.iter().map(|p| uuid(p).map(|partner| (activity, partner))).collect()
}

pub async fn insert(conn: &mut Conn, id: &str, a: &ValidActivity, now: DateTime<Utc>) -> Result<()> {
    insert_many(conn, &[(id.to_owned(), a.clone())], now).await
}

pub async fn insert_many(conn: &mut Conn, activities: &[(String, ValidActivity)], now: DateTime<Utc>) -> Result<()> {
    for chunk in activities.chunks(CHUNK) {
        let mut columns = Columns::default();
        for (id, a) in chunk {
            columns.push(id, a)?;
        }
        columns.insert(conn, now).await?;
    }
    let mut pairs = Vec::new();
    for (id, a) in activities {
        pairs.extend(partner_pairs(id, a)?);
    }
    insert_partners(conn, &pairs).await
}

pub async fn get(conn: &mut Conn, id: &str) -> Result<Activity> {
    let sql = format!("SELECT {COLUMNS} FROM activity a WHERE a.id = $1");
    let row = sqlx::query(&sql).bind(uuid(id)?).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()?.ok_or_else(|| Error::NotFound { entity: "activity", id: id.into() })
}

pub async fn list(conn: &mut Conn, f: &Filter) -> Result<Vec<Activity>> {
    let wanted =
        (filter_id(f.organisation_id.as_deref()), filter_id(f.venue_id.as_deref()), filter_id(f.trainer_id.as_deref()));
    let (Some(organisation), Some(venue), Some(trainer)) = wanted else { return Ok(Vec::new()) };
    let sql = format!(
        "SELECT {COLUMNS} FROM activity a
         WHERE ($1::date IS NULL OR a.ends_on >= $1) AND ($2::date IS NULL OR a.starts_on <= $2)
           AND ($3::text IS NULL OR a.kind = $3) AND ($4::text IS NULL OR a.status = $4)
           AND ($5::uuid IS NULL OR a.host_org_id = $5
                OR EXISTS (SELECT 1 FROM activity_partner p WHERE p.activity_id = a.id AND p.organisation_id = $5))
           AND ($7::uuid IS NULL OR a.venue_id = $7
                OR EXISTS (SELECT 1 FROM session s WHERE s.activity_id = a.id AND s.venue_id = $7))
           AND ($8::uuid IS NULL OR EXISTS (SELECT 1 FROM session s JOIN session_trainer st ON st.session_id = s.id
                                            WHERE s.activity_id = a.id AND st.trainer_id = $8))
         ORDER BY a.starts_on, a.title COLLATE \"C\", a.id LIMIT $6"
    );
    sqlx::query(&sql)
        .bind(f.from)
        .bind(f.to)
        .bind(f.kind.map(ActivityKind::as_str))
        .bind(f.status.map(ActivityStatus::as_str))
        .bind(organisation)
        .bind(if f.limit > 0 { f.limit } else { i64::MAX })
        .bind(venue)
        .bind(trainer)
        .fetch_all(conn)
        .await?
        .iter()
        .map(from_row)
        .collect()
}

pub async fn update(conn: &mut Conn, id: &str, a: &ValidActivity, now: DateTime<Utc>) -> Result<()> {
    let plan = &STORED_COLUMNS[PLAN..];
    let assignments: Vec<String> = plan.iter().enumerate().map(|(i, (c, _))| format!("{c} = ${}", i + 1)).collect();
    let sql = format!(
        "UPDATE activity SET {}, updated_at = ${} WHERE id = ${}",
        assignments.join(", "),
        plan.len() + 1,
        plan.len() + 2
    );
    let done = sqlx::query(&sql)
        .bind(a.kind.as_str())
        .bind(&a.title)
        .bind(opt_id(a.programme_id.as_deref())?)
        .bind(a.starts_on)
        .bind(a.ends_on)
        .bind(uuid(&a.host_org_id)?)
        .bind(opt_id(a.venue_id.as_deref())?)
        .bind(a.capacity)
        .bind(&a.language)
        .bind(a.planned_hours)
        .bind(&a.description)
        .bind(now)
        .bind(uuid(id)?)
        .execute(&mut *conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "activity", id: id.into() });
    }
    sqlx::query("DELETE FROM activity_partner WHERE activity_id = $1").bind(uuid(id)?).execute(&mut *conn).await?;
    insert_partners(conn, &partner_pairs(id, a)?).await
}

pub async fn set_status(
    conn: &mut Conn,
    id: &str,
    status: ActivityStatus,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> Result<()> {
    let done = sqlx::query("UPDATE activity SET status = $1, cancel_reason = $2, updated_at = $3 WHERE id = $4")
        .bind(status.as_str())
        .bind(reason)
        .bind(now)
        .bind(uuid(id)?)
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
