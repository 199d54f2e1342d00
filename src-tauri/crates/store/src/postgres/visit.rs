//! Study visits on PostgreSQL.

use chrono::{DateTime, NaiveDate, Utc};
use malaka_core::model::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use sqlx::Row;
use sqlx::postgres::PgRow;

use super::codec::{get_id, get_opt_id, id as uuid, opt_id, parse_enum};
use super::{Conn, Error, Result};
use crate::visit::Away;

const COLUMNS: &str = "v.id, v.title, v.direction, v.purpose, v.agreement_ref, v.sending_org_id, v.host_org_id, \
     v.host_city, v.host_time_zone, v.home_time_zone, v.planned_start, v.planned_end, v.actual_start, v.actual_end, \
     v.status, v.host_status, v.status_reason, v.version, v.created_at, v.updated_at";

fn opt_date(r: &PgRow, column: &str) -> Result<Option<NaiveDate>> {
    Ok(r.try_get(column)?)
}

fn from_row(r: &PgRow) -> Result<Visit> {
    Ok(Visit {
        id: get_id(r, "id")?,
        title: r.try_get("title")?,
        direction: parse_enum(VisitDirection::parse, r.try_get("direction")?)?,
        purpose: r.try_get("purpose")?,
        agreement_ref: r.try_get("agreement_ref")?,
        sending_org_id: get_id(r, "sending_org_id")?,
        host_org_id: get_id(r, "host_org_id")?,
        host_city: r.try_get("host_city")?,
        host_time_zone: r.try_get("host_time_zone")?,
        home_time_zone: r.try_get("home_time_zone")?,
        planned_start: r.try_get("planned_start")?,
        planned_end: r.try_get("planned_end")?,
        actual_start: opt_date(r, "actual_start")?,
        actual_end: opt_date(r, "actual_end")?,
        status: parse_enum(VisitStatus::parse, r.try_get("status")?)?,
        host_status: parse_enum(HostStatus::parse, r.try_get("host_status")?)?,
        status_reason: r.try_get("status_reason")?,
        version: i64::from(r.try_get::<i32, _>("version")?),
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
    })
}

type Query<'q> = sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments>;

/// Binds the visit's fields after its id, in [`COLUMNS`] order.
fn bind_fields<'q>(q: Query<'q>, v: &'q Visit) -> Result<Query<'q>> {
    Ok(q.bind(&v.title)
        .bind(v.direction.as_str())
        .bind(&v.purpose)
        .bind(&v.agreement_ref)
        .bind(uuid(&v.sending_org_id)?)
        .bind(uuid(&v.host_org_id)?)
        .bind(&v.host_city)
        .bind(&v.host_time_zone)
        .bind(&v.home_time_zone)
        .bind(v.planned_start)
        .bind(v.planned_end)
        .bind(v.actual_start)
        .bind(v.actual_end)
        .bind(v.status.as_str())
        .bind(v.host_status.as_str())
        .bind(&v.status_reason)
        .bind(i32::try_from(v.version).map_err(|_| Error::Corrupt(format!("visit version {}", v.version)))?)
        .bind(v.created_at)
        .bind(v.updated_at))
}

pub async fn insert(conn: &mut Conn, v: &Visit) -> Result<()> {
    let q = sqlx::query(
        "INSERT INTO visit (id, title, direction, purpose, agreement_ref, sending_org_id, host_org_id, host_city,
             host_time_zone, home_time_zone, planned_start, planned_end, actual_start, actual_end, status,
             host_status, status_reason, version, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)",
    );
    bind_fields(q.bind(uuid(&v.id)?), v)?.execute(conn).await?;
    Ok(())
}

pub async fn update(conn: &mut Conn, v: &Visit) -> Result<()> {
    let q = sqlx::query(
        "UPDATE visit SET title = $1, direction = $2, purpose = $3, agreement_ref = $4, sending_org_id = $5,
             host_org_id = $6, host_city = $7, host_time_zone = $8, home_time_zone = $9, planned_start = $10,
             planned_end = $11, actual_start = $12, actual_end = $13, status = $14, host_status = $15, status_reason = $16,
             version = $17, created_at = $18, updated_at = $19
         WHERE id = $20 AND version = $21",
    );
    let done = bind_fields(q, v)?
        .bind(uuid(&v.id)?)
        .bind(i32::try_from(v.version - 1).unwrap_or(i32::MAX))
        .execute(conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(Error::Stale("visit"));
    }
    Ok(())
}

pub async fn get(conn: &mut Conn, id: &str) -> Result<Visit> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM visit v WHERE v.id = $1"))
        .bind(uuid(id)?)
        .fetch_optional(conn)
        .await?;
    row.as_ref().map(from_row).transpose()?.ok_or_else(|| Error::NotFound { entity: "visit", id: id.into() })
}

pub async fn list(conn: &mut Conn, f: &VisitFilter) -> Result<Vec<VisitRow>> {
    let days = f.days();
    let sql = format!(
        "SELECT {COLUMNS}, s.name AS sending_name, h.name AS host_name,
                CASE v.direction WHEN 'outgoing' THEN h.country ELSE s.country END AS partner_country,
                (SELECT count(*) FROM visit_member m WHERE m.visit_id = v.id) AS members
         FROM visit v JOIN organisation s ON s.id = v.sending_org_id JOIN organisation h ON h.id = v.host_org_id
         WHERE ($1::text IS NULL OR v.direction = $1)
           AND ($2::text IS NULL OR CASE v.direction WHEN 'outgoing' THEN h.country ELSE s.country END = $2)
           AND ($3::uuid IS NULL OR v.sending_org_id = $3 OR v.host_org_id = $3)
           AND ($4::text IS NULL OR v.status = $4)
           AND ($5::date IS NULL OR (coalesce(v.actual_start, v.planned_start) <= $6
                               AND coalesce(v.actual_end, greatest(v.planned_end, coalesce(v.actual_start, v.planned_end))) >= $5))
           AND ($7::uuid IS NULL OR EXISTS (SELECT 1 FROM visit_member m WHERE m.visit_id = v.id AND m.person_id = $7))
         ORDER BY v.planned_start DESC, v.id"
    );
    sqlx::query(&sql)
        .bind(f.direction.map(|d| d.as_str()))
        .bind(&f.country)
        .bind(opt_id(f.partner_org_id.as_deref())?)
        .bind(f.status.map(|s| s.as_str()))
        .bind(days.map(|d| d.0))
        .bind(days.map(|d| d.1))
        .bind(opt_id(f.person_id.as_deref())?)
        .fetch_all(conn)
        .await?
        .iter()
        .map(|r| {
            Ok(VisitRow {
                visit: from_row(r)?,
                sending_org: r.try_get("sending_name")?,
                host_org: r.try_get("host_name")?,
                partner_country: r.try_get("partner_country")?,
                members: r.try_get("members")?,
            })
        })
        .collect()
}

/// Reads one of the visit's documents (`programme`, `travel`, `report`).
async fn document<T: DeserializeOwned>(conn: &mut Conn, id: &str, column: &str) -> Result<Option<T>> {
    let text: Option<Option<String>> = sqlx::query_scalar(&format!("SELECT {column} FROM visit WHERE id = $1"))
        .bind(uuid(id)?)
        .fetch_optional(conn)
        .await?;
    let text = text.ok_or_else(|| Error::NotFound { entity: "visit", id: id.into() })?;
    text.map(|t| serde_json::from_str(&t).map_err(|e| Error::Corrupt(format!("visit {column}: {e}")))).transpose()
}

async fn set_document<T: Serialize + ?Sized>(conn: &mut Conn, id: &str, column: &str, value: &T) -> Result<()> {
    let text = serde_json::to_string(value).map_err(|e| Error::Corrupt(e.to_string()))?;
    let done = sqlx::query(&format!("UPDATE visit SET {column} = $1 WHERE id = $2"))
        .bind(text)
        .bind(uuid(id)?)
        .execute(conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "visit", id: id.into() });
    }
    Ok(())
}

pub async fn programme(conn: &mut Conn, id: &str) -> Result<Vec<ProgrammeItem>> {
    Ok(document(conn, id, "programme").await?.unwrap_or_default())
}

pub async fn set_programme(conn: &mut Conn, id: &str, items: &[ProgrammeItem]) -> Result<()> {
    set_document(conn, id, "programme", items).await
}

pub async fn travel(conn: &mut Conn, id: &str) -> Result<Travel> {
    Ok(document(conn, id, "travel").await?.unwrap_or_default())
}

pub async fn set_travel(conn: &mut Conn, id: &str, travel: &Travel) -> Result<()> {
    set_document(conn, id, "travel", travel).await
}

pub async fn report(conn: &mut Conn, id: &str) -> Result<Option<VisitReport>> {
    document(conn, id, "report").await
}

pub async fn set_report(conn: &mut Conn, id: &str, report: &VisitReport) -> Result<()> {
    set_document(conn, id, "report", report).await
}

pub async fn members(conn: &mut Conn, visit_id: &str) -> Result<Vec<VisitMember>> {
    sqlx::query(
        "SELECT m.id, m.visit_id, m.person_id, m.role, m.invitation_sent_on,
                coalesce(m.name, p.family_name || ' ' || p.given_name) AS name,
                coalesce(m.organisation, o.name) AS organisation
         FROM visit_member m LEFT JOIN person p ON p.id = m.person_id
              LEFT JOIN organisation o ON o.id = p.organisation_id
         WHERE m.visit_id = $1 ORDER BY m.position",
    )
    .bind(uuid(visit_id)?)
    .fetch_all(conn)
    .await?
    .iter()
    .map(|r| {
        Ok(VisitMember {
            id: get_id(r, "id")?,
            visit_id: get_id(r, "visit_id")?,
            person_id: get_opt_id(r, "person_id")?,
            name: r.try_get("name")?,
            organisation: r.try_get("organisation")?,
            role: parse_enum(DelegationRole::parse, r.try_get("role")?)?,
            invitation_sent_on: opt_date(r, "invitation_sent_on")?,
            papers: None,
        })
    })
    .collect()
}

pub async fn member_insert(conn: &mut Conn, m: &VisitMember, now: DateTime<Utc>) -> Result<()> {
    sqlx::query(
        "INSERT INTO visit_member (id, visit_id, person_id, name, organisation, role, invitation_sent_on, position, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, (SELECT coalesce(max(position), 0) + 1 FROM visit_member WHERE visit_id = $8), $9)",
    )
    .bind(uuid(&m.id)?)
    .bind(uuid(&m.visit_id)?)
    .bind(opt_id(m.person_id.as_deref())?)
    .bind(m.person_id.is_none().then_some(&m.name))
    .bind(m.organisation.as_ref().filter(|_| m.person_id.is_none()))
    .bind(m.role.as_str())
    .bind(m.invitation_sent_on)
    .bind(uuid(&m.visit_id)?)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn member_update(conn: &mut Conn, m: &VisitMember) -> Result<()> {
    let done = sqlx::query(
        "UPDATE visit_member SET name = $1, organisation = $2, role = $3, invitation_sent_on = $4 WHERE id = $5",
    )
    .bind(m.person_id.is_none().then_some(&m.name))
    .bind(m.organisation.as_ref().filter(|_| m.person_id.is_none()))
    .bind(m.role.as_str())
    .bind(m.invitation_sent_on)
    .bind(uuid(&m.id)?)
    .execute(conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "visit member", id: m.id.clone() });
    }
    Ok(())
}

pub async fn member_delete(conn: &mut Conn, id: &str) -> Result<()> {
    let done = sqlx::query("DELETE FROM visit_member WHERE id = $1").bind(uuid(id)?).execute(conn).await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "visit member", id: id.into() });
    }
    Ok(())
}

pub async fn passports(conn: &mut Conn, visit_id: &str) -> Result<Vec<(String, Option<NaiveDate>)>> {
    sqlx::query(
        "SELECT p.member_id, p.passport_valid_until FROM visit_member_papers p
         JOIN visit_member m ON m.id = p.member_id WHERE m.visit_id = $1",
    )
    .bind(uuid(visit_id)?)
    .fetch_all(conn)
    .await?
    .iter()
    .map(|r| Ok((get_id(r, "member_id")?, opt_date(r, "passport_valid_until")?)))
    .collect()
}

pub async fn set_passport(conn: &mut Conn, member_id: &str, valid_until: Option<NaiveDate>) -> Result<()> {
    sqlx::query(
        "INSERT INTO visit_member_papers (member_id, passport_valid_until) VALUES ($1, $2)
         ON CONFLICT (member_id) DO UPDATE SET passport_valid_until = excluded.passport_valid_until",
    )
    .bind(uuid(member_id)?)
    .bind(valid_until)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn visas(conn: &mut Conn, visit_id: &str) -> Result<Vec<(String, VisaEvent)>> {
    sqlx::query(
        "SELECT a.member_id, a.status, a.on_date, a.note, a.recorded_by, a.recorded_at FROM visit_visa a
         JOIN visit_member m ON m.id = a.member_id WHERE m.visit_id = $1 ORDER BY a.recorded_at, a.id",
    )
    .bind(uuid(visit_id)?)
    .fetch_all(conn)
    .await?
    .iter()
    .map(|r| {
        Ok((
            get_id(r, "member_id")?,
            VisaEvent {
                status: parse_enum(VisaStatus::parse, r.try_get("status")?)?,
                on: r.try_get("on_date")?,
                note: r.try_get("note")?,
                recorded_by: r.try_get("recorded_by")?,
                recorded_at: r.try_get("recorded_at")?,
            },
        ))
    })
    .collect()
}

pub async fn visa_insert(conn: &mut Conn, id: &str, member_id: &str, e: &VisaEvent) -> Result<()> {
    sqlx::query(
        "INSERT INTO visit_visa (id, member_id, status, on_date, note, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(uuid(id)?)
    .bind(uuid(member_id)?)
    .bind(e.status.as_str())
    .bind(e.on)
    .bind(&e.note)
    .bind(&e.recorded_by)
    .bind(e.recorded_at)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn amendment_insert(conn: &mut Conn, id: &str, visit_id: &str, a: &Amendment) -> Result<()> {
    sqlx::query(
        "INSERT INTO visit_amendment (id, visit_id, what, before, after, reason, by, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(uuid(id)?)
    .bind(uuid(visit_id)?)
    .bind(&a.what)
    .bind(&a.before)
    .bind(&a.after)
    .bind(&a.reason)
    .bind(&a.by)
    .bind(a.at)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn amendments(conn: &mut Conn, visit_id: &str) -> Result<Vec<Amendment>> {
    sqlx::query("SELECT what, before, after, reason, by, at FROM visit_amendment WHERE visit_id = $1 ORDER BY at, id")
        .bind(uuid(visit_id)?)
        .fetch_all(conn)
        .await?
        .iter()
        .map(|r| {
            Ok(Amendment {
                what: r.try_get("what")?,
                before: r.try_get("before")?,
                after: r.try_get("after")?,
                reason: r.try_get("reason")?,
                by: r.try_get("by")?,
                at: r.try_get("at")?,
            })
        })
        .collect()
}

pub async fn away(
    conn: &mut Conn,
    person_id: &str,
    span: (NaiveDate, NaiveDate),
    except: &str,
) -> Result<Option<Away>> {
    let row = sqlx::query(
        "SELECT v.title, coalesce(v.actual_start, v.planned_start) AS from_day,
                coalesce(v.actual_end, greatest(v.planned_end, coalesce(v.actual_start, v.planned_end))) AS to_day
         FROM visit_member m JOIN visit v ON v.id = m.visit_id
         WHERE m.person_id = $1 AND v.id IS DISTINCT FROM $2::uuid AND v.status <> 'cancelled'
           AND coalesce(v.actual_start, v.planned_start) <= $3
           AND coalesce(v.actual_end, greatest(v.planned_end, coalesce(v.actual_start, v.planned_end))) >= $4
         UNION ALL
         SELECT i.title, coalesce(i.actual_start, i.planned_start),
                coalesce(i.actual_end, greatest(i.planned_end, coalesce(i.actual_start, i.planned_end)))
         FROM internship i
         WHERE i.intern_id = $1 AND i.id IS DISTINCT FROM $2::uuid AND i.status <> 'withdrawn'
           AND coalesce(i.actual_start, i.planned_start) <= $3
           AND coalesce(i.actual_end, greatest(i.planned_end, coalesce(i.actual_start, i.planned_end))) >= $4
         ORDER BY 2 LIMIT 1",
    )
    .bind(uuid(person_id)?)
    .bind(opt_id(Some(except).filter(|e| !e.is_empty()))?)
    .bind(span.1)
    .bind(span.0)
    .fetch_optional(conn)
    .await?;
    row.map(|r| Ok(Away { title: r.try_get("title")?, from: r.try_get("from_day")?, to: r.try_get("to_day")? }))
        .transpose()
}
