//! People on the staff register on PostgreSQL, and the name index that finds them in any script.

use chrono::{DateTime, Utc};
use malaka_core::model::{Person, ValidPerson};
use sqlx::Row;
use sqlx::postgres::PgRow;
use uuid::Uuid;

use crate::person::Order;

use super::codec::{get_id, get_opt_id, id as uuid, ids, opt_id};
use super::{Conn, Error, Result, person_token};

const COLUMNS: &str = "p.id, p.family_name, p.given_name, p.patronymic, p.family_name_alt, p.given_name_alt, \
     p.patronymic_alt, p.organisation_id, p.unit_id, p.personnel_number, p.position, p.email, p.phone, \
     p.birth_date, p.hired_on, p.created_at";

fn from_row(r: &PgRow) -> Result<Person> {
    Ok(Person {
        id: get_id(r, "id")?,
        family_name: r.try_get("family_name")?,
        given_name: r.try_get("given_name")?,
        patronymic: r.try_get("patronymic")?,
        family_name_alt: r.try_get("family_name_alt")?,
        given_name_alt: r.try_get("given_name_alt")?,
        patronymic_alt: r.try_get("patronymic_alt")?,
        organisation_id: get_id(r, "organisation_id")?,
        unit_id: get_opt_id(r, "unit_id")?,
        personnel_number: r.try_get("personnel_number")?,
        position: r.try_get("position")?,
        email: r.try_get("email")?,
        phone: r.try_get("phone")?,
        birth_date: r.try_get("birth_date")?,
        hired_on: r.try_get("hired_on")?,
        created_at: r.try_get("created_at")?,
    })
}

/// The columns a person's details are stored in, with their array types for `unnest`, in the
/// order [`Columns`] holds them: one list for insert, bulk insert and update.
const STORED_COLUMNS: [(&str, &str); 15] = [
    ("family_name", "text"),
    ("given_name", "text"),
    ("patronymic", "text"),
    ("family_name_alt", "text"),
    ("given_name_alt", "text"),
    ("patronymic_alt", "text"),
    ("search_key", "text"),
    ("organisation_id", "uuid"),
    ("unit_id", "uuid"),
    ("personnel_number", "text"),
    ("position", "text"),
    ("email", "text"),
    ("phone", "text"),
    ("birth_date", "date"),
    ("hired_on", "date"),
];

/// Many people's stored columns, one array each, bound to `unnest`.
#[derive(Default)]
struct Columns<'a> {
    id: Vec<Uuid>,
    text: [Vec<Option<&'a str>>; 6],
    search_key: Vec<String>,
    organisation_id: Vec<Uuid>,
    unit_id: Vec<Option<Uuid>>,
    more_text: [Vec<Option<&'a str>>; 4],
    birth_date: Vec<Option<chrono::NaiveDate>>,
    hired_on: Vec<Option<chrono::NaiveDate>>,
}

impl<'a> Columns<'a> {
    fn push(&mut self, id: &str, p: &'a ValidPerson) -> Result<()> {
        self.id.push(uuid(id)?);
        let names = [
            Some(p.family_name.as_str()),
            Some(p.given_name.as_str()),
            p.patronymic.as_deref(),
            p.family_name_alt.as_deref(),
            p.given_name_alt.as_deref(),
            p.patronymic_alt.as_deref(),
        ];
        for (column, value) in self.text.iter_mut().zip(names) {
            column.push(value);
        }
        self.search_key.push(p.search_tokens.join(" "));
        self.organisation_id.push(uuid(&p.organisation_id)?);
        self.unit_id.push(opt_id(p.unit_id.as_deref())?);
        let more = [p.personnel_number.as_deref(), p.position.as_deref(), p.email.as_deref(), p.phone.as_deref()];
        for (column, value) in self.more_text.iter_mut().zip(more) {
            column.push(value);
        }
        self.birth_date.push(p.birth_date);
        self.hired_on.push(p.hired_on);
        Ok(())
    }

    async fn insert(&self, conn: &mut Conn, now: DateTime<Utc>) -> Result<()> {
        let names: Vec<&str> = STORED_COLUMNS.iter().map(|(c, _)| *c).collect();
        let arrays: Vec<String> =
            STORED_COLUMNS.iter().enumerate().map(|(i, (_, t))| format!("${}::{t}[]", i + 2)).collect();
        let sql = format!(
            "INSERT INTO person (id, {}, created_at, updated_at)
             SELECT u.*, $17, $17 FROM unnest($1::uuid[], {}) AS u",
            names.join(", "),
            arrays.join(", ")
        );
        let mut q = sqlx::query(&sql).bind(&self.id);
        for column in &self.text {
            q = q.bind(column);
        }
        q = q.bind(&self.search_key).bind(&self.organisation_id).bind(&self.unit_id);
        for column in &self.more_text {
            q = q.bind(column);
        }
        q.bind(&self.birth_date).bind(&self.hired_on).bind(now).execute(&mut *conn).await?;
        Ok(())
    }
}

/// Stores a validated person with their search tokens.
pub async fn insert(conn: &mut Conn, id: &str, p: &ValidPerson, now: DateTime<Utc>) -> Result<()> {
    insert_many(conn, &[(id.to_owned(), p.clone())], now).await
}

/// Stores many validated people with their search tokens, 5,000 rows a statement.
pub async fn insert_many(conn: &mut Conn, people: &[(String, ValidPerson)], now: DateTime<Utc>) -> Result<()> {
    insert_rows(conn, people, now).await?;
    index_names(conn, people).await
}

async fn insert_rows(conn: &mut Conn, people: &[(String, ValidPerson)], now: DateTime<Utc>) -> Result<()> {
    for chunk in people.chunks(5_000) {
        let mut columns = Columns::default();
        for (id, p) in chunk {
            columns.push(id, p)?;
        }
        columns.insert(conn, now).await?;
    }
    Ok(())
}

async fn index_names(conn: &mut Conn, people: &[(String, ValidPerson)]) -> Result<()> {
    person_token::insert_many(conn, people.iter().map(|(id, p)| (id.as_str(), p.search_tokens.as_slice()))).await
}

pub async fn get(conn: &mut Conn, id: &str) -> Result<Person> {
    let sql = format!("SELECT {COLUMNS} FROM person p WHERE p.id = $1");
    let row = sqlx::query(&sql).bind(uuid(id)?).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()?.ok_or_else(|| Error::NotFound { entity: "person", id: id.into() })
}

fn order_sql(order: Order) -> &'static str {
    match order {
        Order::Name => "p.family_name COLLATE \"C\", p.given_name COLLATE \"C\", p.id",
        Order::PersonnelNumber => {
            "p.personnel_number IS NULL, length(p.personnel_number), p.personnel_number COLLATE \"C\", p.id"
        }
        Order::Newest => "p.id DESC",
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
        "SELECT {COLUMNS} FROM person p WHERE ($1::uuid IS NULL OR p.organisation_id = $1 OR p.unit_id = $1)
         ORDER BY {} LIMIT $2 OFFSET $3",
        order_sql(order)
    );
    let rows = sqlx::query(&sql).bind(opt_id(organisation_id)?).bind(limit).bind(offset).fetch_all(conn).await?;
    rows.iter().map(from_row).collect()
}

pub async fn count_in(conn: &mut Conn, organisation_id: Option<&str>) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "SELECT count(*) FROM person p WHERE ($1::uuid IS NULL OR p.organisation_id = $1 OR p.unit_id = $1)",
    )
    .bind(opt_id(organisation_id)?)
    .fetch_one(conn)
    .await?)
}

pub async fn update(conn: &mut Conn, id: &str, p: &ValidPerson, now: DateTime<Utc>) -> Result<()> {
    let assignments: Vec<String> =
        STORED_COLUMNS.iter().enumerate().map(|(i, (c, _))| format!("{c} = ${}", i + 1)).collect();
    let sql = format!("UPDATE person SET {}, updated_at = $16 WHERE id = $17", assignments.join(", "));
    let done = sqlx::query(&sql)
        .bind(&p.family_name)
        .bind(&p.given_name)
        .bind(&p.patronymic)
        .bind(&p.family_name_alt)
        .bind(&p.given_name_alt)
        .bind(&p.patronymic_alt)
        .bind(p.search_tokens.join(" "))
        .bind(uuid(&p.organisation_id)?)
        .bind(opt_id(p.unit_id.as_deref())?)
        .bind(&p.personnel_number)
        .bind(&p.position)
        .bind(&p.email)
        .bind(&p.phone)
        .bind(p.birth_date)
        .bind(p.hired_on)
        .bind(now)
        .bind(uuid(id)?)
        .execute(&mut *conn)
        .await?;
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

pub async fn by_ids(conn: &mut Conn, wanted: &[String]) -> Result<Vec<Person>> {
    let sql = format!("SELECT {COLUMNS} FROM person p WHERE p.id = ANY($1)");
    let rows = sqlx::query(&sql).bind(ids(wanted)?).fetch_all(conn).await?;
    let mut people: Vec<Person> = rows.iter().map(from_row).collect::<Result<_>>()?;
    people.sort_by_key(|p| wanted.iter().position(|i| *i == p.id));
    Ok(people)
}

pub async fn personnel_numbers_taken(
    conn: &mut Conn,
    organisation_id: &str,
    numbers: &[String],
) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT personnel_number FROM person WHERE organisation_id = $1 AND personnel_number = ANY($2)",
    )
    .bind(uuid(organisation_id)?)
    .bind(numbers)
    .fetch_all(conn)
    .await?)
}

pub async fn count(conn: &mut Conn) -> Result<i64> {
    Ok(sqlx::query_scalar("SELECT count(*) FROM person").fetch_one(conn).await?)
}

pub async fn in_unit_tree(conn: &mut Conn, org_id: &str) -> Result<Vec<String>> {
    let found: Vec<Uuid> = sqlx::query_scalar(
        "WITH RECURSIVE tree(id) AS (SELECT $1::uuid UNION SELECT o.id FROM organisation o JOIN tree ON o.parent_id = tree.id)
         SELECT p.id FROM person p
         WHERE p.unit_id IN (SELECT id FROM tree) OR p.organisation_id IN (SELECT id FROM tree)
         ORDER BY p.family_name COLLATE \"C\", p.given_name COLLATE \"C\", p.id",
    )
    .bind(uuid(org_id)?)
    .fetch_all(conn)
    .await?;
    Ok(found.into_iter().map(|u| u.hyphenated().to_string()).collect())
}
