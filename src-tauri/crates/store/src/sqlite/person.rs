//! People on the staff register, and the name index that finds them in any script.

use chrono::{DateTime, Utc};
use malaka_core::model::{Person, ValidPerson};
use sqlx::Row;
use sqlx::sqlite::SqliteRow;

use super::codec::{instant, json_ids, parse_date, parse_instant};
use super::{Conn, Error, Result, batch, person_token};
use crate::person::Order;

const COLUMNS: &str = "p.id, p.family_name, p.given_name, p.patronymic, p.family_name_alt, p.given_name_alt, \
     p.patronymic_alt, p.organisation_id, p.unit_id, p.personnel_number, p.position, p.email, p.phone, \
     p.birth_date, p.hired_on, p.created_at";

fn from_row(r: &SqliteRow) -> Result<Person> {
    Ok(Person {
        id: r.try_get("id")?,
        family_name: r.try_get("family_name")?,
        given_name: r.try_get("given_name")?,
        patronymic: r.try_get("patronymic")?,
        family_name_alt: r.try_get("family_name_alt")?,
        given_name_alt: r.try_get("given_name_alt")?,
        patronymic_alt: r.try_get("patronymic_alt")?,
        organisation_id: r.try_get("organisation_id")?,
        unit_id: r.try_get("unit_id")?,
        personnel_number: r.try_get("personnel_number")?,
        position: r.try_get("position")?,
        email: r.try_get("email")?,
        phone: r.try_get("phone")?,
        birth_date: r.try_get::<Option<&str>, _>("birth_date")?.map(parse_date).transpose()?,
        hired_on: r.try_get::<Option<&str>, _>("hired_on")?.map(parse_date).transpose()?,
        created_at: parse_instant(r.try_get("created_at")?)?,
    })
}

/// The columns a person's details are stored in, in the order [`bind_stored`] binds them: one list
/// for insert, bulk insert and update.
const STORED_COLUMNS: [&str; STORED] = [
    "family_name",
    "given_name",
    "patronymic",
    "family_name_alt",
    "given_name_alt",
    "patronymic_alt",
    "search_key",
    "organisation_id",
    "unit_id",
    "personnel_number",
    "position",
    "email",
    "phone",
    "birth_date",
    "hired_on",
];
const STORED: usize = 15;

type Query<'q> = sqlx::query::Query<'q, sqlx::Sqlite, sqlx::sqlite::SqliteArguments<'q>>;

/// Binds a person's details to the next [`STORED_COLUMNS`] parameters.
fn bind_stored<'q>(q: Query<'q>, p: &'q ValidPerson) -> Query<'q> {
    q.bind(&p.family_name)
        .bind(&p.given_name)
        .bind(&p.patronymic)
        .bind(&p.family_name_alt)
        .bind(&p.given_name_alt)
        .bind(&p.patronymic_alt)
        .bind(p.search_tokens.join(" "))
        .bind(&p.organisation_id)
        .bind(&p.unit_id)
        .bind(&p.personnel_number)
        .bind(&p.position)
        .bind(&p.email)
        .bind(&p.phone)
        .bind(p.birth_date.map(|d| d.to_string()))
        .bind(p.hired_on.map(|d| d.to_string()))
}

/// `INSERT INTO person (id, <stored columns>, created_at, updated_at)`.
fn insert_head() -> String {
    format!("INSERT INTO person (id, {}, created_at, updated_at)", STORED_COLUMNS.join(", "))
}

pub async fn insert(conn: &mut Conn, id: &str, p: &ValidPerson, now: DateTime<Utc>) -> Result<()> {
    let sql = batch::values_sql(&insert_head(), STORED + 3, 1);
    bind_stored(sqlx::query(&sql).bind(id), p).bind(instant(now)).bind(instant(now)).execute(&mut *conn).await?;
    person_token::insert(conn, id, &p.search_tokens).await
}

pub async fn insert_many(conn: &mut Conn, people: &[(String, ValidPerson)], now: DateTime<Utc>) -> Result<()> {
    insert_rows(conn, people, now).await?;
    index_names(conn, people).await
}

async fn insert_rows(conn: &mut Conn, people: &[(String, ValidPerson)], now: DateTime<Utc>) -> Result<()> {
    let head = insert_head();
    let at = instant(now);
    for chunk in people.chunks(batch::rows_per_statement(STORED + 3)) {
        let sql = batch::values_sql(&head, STORED + 3, chunk.len());
        let mut q = sqlx::query(&sql);
        for (id, p) in chunk {
            q = bind_stored(q.bind(id), p).bind(&at).bind(&at);
        }
        q.execute(&mut *conn).await?;
    }
    Ok(())
}

async fn index_names(conn: &mut Conn, people: &[(String, ValidPerson)]) -> Result<()> {
    person_token::insert_many(conn, people.iter().map(|(id, p)| (id.as_str(), p.search_tokens.as_slice()))).await
}

pub async fn get(conn: &mut Conn, id: &str) -> Result<Person> {
    let sql = format!("SELECT {COLUMNS} FROM person p WHERE p.id = ?");
    let row = sqlx::query(&sql).bind(id).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()?.ok_or_else(|| Error::NotFound { entity: "person", id: id.into() })
}

impl Order {
    fn sql(self) -> &'static str {
        match self {
            Order::Name => "p.family_name, p.given_name, p.id",
            Order::PersonnelNumber => {
                "p.personnel_number IS NULL, length(p.personnel_number), p.personnel_number, p.id"
            }
            Order::Newest => "p.id DESC",
        }
    }
}

pub async fn list(
    conn: &mut Conn,
    organisation_id: Option<&str>,
    order: Order,
    limit: i64,
    offset: i64,
) -> Result<Vec<Person>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM person p WHERE (?1 IS NULL OR p.organisation_id = ?1 OR p.unit_id = ?1)
         ORDER BY {} LIMIT ?2 OFFSET ?3",
        order.sql()
    );
    let rows = sqlx::query(&sql).bind(organisation_id).bind(limit).bind(offset).fetch_all(conn).await?;
    rows.iter().map(from_row).collect()
}

pub async fn count_in(conn: &mut Conn, organisation_id: Option<&str>) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "SELECT count(*) FROM person p WHERE (?1 IS NULL OR p.organisation_id = ?1 OR p.unit_id = ?1)",
    )
    .bind(organisation_id)
    .fetch_one(conn)
    .await?)
}

pub async fn update(conn: &mut Conn, id: &str, p: &ValidPerson, now: DateTime<Utc>) -> Result<()> {
    let assignments: Vec<String> = STORED_COLUMNS.iter().map(|c| format!("{c} = ?")).collect();
    let sql = format!("UPDATE person SET {}, updated_at = ? WHERE id = ?", assignments.join(", "));
    let done = bind_stored(sqlx::query(&sql), p).bind(instant(now)).bind(id).execute(&mut *conn).await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound { entity: "person", id: id.into() });
    }
    person_token::delete(conn, id).await?;
    person_token::insert(conn, id, &p.search_tokens).await
}

pub async fn search(
    conn: &mut Conn,
    tokens: &[String],
    organisation_id: Option<&str>,
    limit: i64,
) -> Result<Vec<Person>> {
    let ids = person_token::search(conn, tokens, organisation_id, usize::try_from(limit).unwrap_or(0)).await?;
    by_ids(conn, &ids).await
}

pub async fn by_ids(conn: &mut Conn, ids: &[String]) -> Result<Vec<Person>> {
    let sql = format!("SELECT {COLUMNS} FROM person p WHERE p.id IN (SELECT value FROM json_each(?))");
    let rows = sqlx::query(&sql).bind(json_ids(ids)).fetch_all(conn).await?;
    let mut people: Vec<Person> = rows.iter().map(from_row).collect::<Result<_>>()?;
    people.sort_by_key(|p| ids.iter().position(|i| *i == p.id));
    Ok(people)
}

pub async fn personnel_numbers_taken(
    conn: &mut Conn,
    organisation_id: &str,
    numbers: &[String],
) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT personnel_number FROM person WHERE organisation_id = ?
         AND personnel_number IN (SELECT value FROM json_each(?))",
    )
    .bind(organisation_id)
    .bind(json_ids(numbers))
    .fetch_all(conn)
    .await?)
}

pub async fn count(conn: &mut Conn) -> Result<i64> {
    Ok(sqlx::query_scalar("SELECT count(*) FROM person").fetch_one(conn).await?)
}

pub async fn in_unit_tree(conn: &mut Conn, org_id: &str) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar(
        "WITH RECURSIVE tree(id) AS (SELECT ?1 UNION SELECT o.id FROM organisation o JOIN tree ON o.parent_id = tree.id)
         SELECT p.id FROM person p
         WHERE p.unit_id IN (SELECT id FROM tree) OR p.organisation_id IN (SELECT id FROM tree)
         ORDER BY p.family_name, p.given_name, p.id",
    )
    .bind(org_id)
    .fetch_all(conn)
    .await?)
}
