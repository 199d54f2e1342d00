//! Moving a desk's register onto a team database: every table copied into an empty PostgreSQL
//! database in one transaction, then counted and checksummed on both sides; any difference
//! undoes the whole move. Rows keep their ids, numbers, hashes and signatures, so certificates
//! still verify and the audit chain still links.

use chrono::{DateTime, Utc};
use futures_util::TryStreamExt;
use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::Row;
use sqlx::postgres::PgRow;
use sqlx::sqlite::SqliteRow;

use crate::{Error, Result, Store};

/// The tables, parents before the rows that refer to them.
const TABLES: [&str; 33] = [
    "organisation",
    "person",
    "person_token",
    "trainer",
    "venue",
    "programme",
    "activity",
    "activity_partner",
    "session",
    "session_trainer",
    "enrolment",
    "attendance_mark",
    "attendance_history",
    "import_batch",
    "completion_rule",
    "assessment_result",
    "certificate_series",
    "certificate",
    "organisation_logo",
    "account",
    "account_token",
    "signing_key",
    "visit",
    "visit_member",
    "visit_member_papers",
    "visit_visa",
    "visit_amendment",
    "internship",
    "internship_week",
    "internship_day",
    "internship_amendment",
    "audit_log",
    "audit_seal",
];

/// Rows sent to the server per statement.
const CHUNK: usize = 5_000;

/// What was moved, table by table; both sides agreed on every count and checksum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableMoved {
    pub table: String,
    pub rows: i64,
    /// SHA-256 over the table's rows in a form both backends give alike (hex).
    pub checksum: String,
}

/// How a column is compared: by the type the server gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Instant,
    LocalTime,
    Number,
    /// `boolean` on the server, 0/1 in SQLite.
    Flag,
    Real,
    Bytes,
}

struct Column {
    name: String,
    kind: Kind,
}

/// Copies everything in `from` (a register file) into `to` (a prepared, empty team database).
pub async fn run(from: &Store, to: &Store) -> Result<Vec<TableMoved>> {
    let (Some(_), Some(_)) = (from.path(), to.server()) else {
        return Err(Error::Corrupt("a move goes from a register file to a team database".into()));
    };
    let mut source = from.read().await?;
    let source = source.as_sqlite().ok_or_else(|| Error::Corrupt("source is not a file".into()))?;
    let mut tx = to.begin().await?;
    let target = tx.as_postgres().ok_or_else(|| Error::Corrupt("target is not a server".into()))?;
    refuse_unless_empty(target).await?;
    // The server starts with its own administrator; the register brings its accounts.
    sqlx::query("DELETE FROM account").execute(&mut *target).await?;
    let mut moved = Vec::new();
    for table in TABLES {
        let columns = columns(target, table).await?;
        copy(source, target, table, &columns).await?;
        if matches!(table, "attendance_history" | "audit_log" | "audit_seal") {
            // Identity columns took the rows' ids as given: new rows continue after them.
            let sql = format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), coalesce(max(id), 0) + 1, false) FROM {table}"
            );
            sqlx::query(&sql).execute(&mut *target).await?;
        }
        let here = sqlite_digest(source, table, &columns).await?;
        let there = postgres_digest(target, table, &columns).await?;
        if here != there {
            return Err(Error::MoveMismatch {
                table: table.into(),
                detail: format!("{} rows here, {} there; checksums {} and {}", here.0, there.0, here.1, there.1),
            });
        }
        moved.push(TableMoved { table: table.into(), rows: here.0, checksum: here.1 });
    }
    tx.commit().await?;
    Ok(moved)
}

async fn refuse_unless_empty(target: &mut sqlx::PgConnection) -> Result<()> {
    for table in TABLES.iter().filter(|t| **t != "account") {
        let rows: i64 = sqlx::query_scalar(&format!("SELECT count(*) FROM {table}")).fetch_one(&mut *target).await?;
        if rows > 0 {
            return Err(Error::MoveMismatch {
                table: (*table).into(),
                detail: "the team database is not empty".into(),
            });
        }
    }
    Ok(())
}

/// The table's columns as the server types them.
async fn columns(target: &mut sqlx::PgConnection, table: &str) -> Result<Vec<Column>> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT column_name::text, data_type::text FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
    )
    .bind(table)
    .fetch_all(&mut *target)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(name, data_type)| {
            let kind = match data_type.as_str() {
                "timestamp with time zone" => Kind::Instant,
                "timestamp without time zone" => Kind::LocalTime,
                "integer" | "bigint" | "smallint" => Kind::Number,
                "boolean" => Kind::Flag,
                "double precision" | "real" => Kind::Real,
                "bytea" => Kind::Bytes,
                _ => Kind::Text,
            };
            Column { name, kind }
        })
        .collect())
}

/// Streams the table's rows out of SQLite as JSON objects and into the server through
/// `jsonb_populate_recordset`, which reads each value with its column's own type.
async fn copy(
    source: &mut sqlx::SqliteConnection,
    target: &mut sqlx::PgConnection,
    table: &str,
    columns: &[Column],
) -> Result<()> {
    let fields: Vec<String> = columns
        .iter()
        .map(|c| match c.kind {
            // The server reads `\x…` as bytes.
            Kind::Bytes => format!("'{0}', CASE WHEN t.{0} IS NOT NULL THEN '\\x' || hex(t.{0}) END", c.name),
            _ => format!("'{0}', t.{0}", c.name),
        })
        .collect();
    let order = if table == "organisation" {
        // Parents before their units, however the tree was edited.
        "JOIN (WITH RECURSIVE d(id, depth) AS (SELECT id, 0 FROM organisation WHERE parent_id IS NULL
               UNION ALL SELECT o.id, d.depth + 1 FROM organisation o JOIN d ON o.parent_id = d.id)
               SELECT id, depth FROM d) d ON d.id = t.id ORDER BY d.depth, t.rowid"
    } else if table == "certificate" {
        // A replacement after the certificate it replaces.
        "ORDER BY t.issued_at, t.rowid"
    } else {
        ""
    };
    let sql = format!("SELECT json_object({}) FROM {table} t {order}", fields.join(", "));
    let insert = format!("INSERT INTO {table} SELECT * FROM jsonb_populate_recordset(NULL::{table}, $1::jsonb)");
    let mut rows = sqlx::query_scalar::<_, String>(&sql).fetch(&mut *source);
    let mut chunk: Vec<String> = Vec::with_capacity(CHUNK);
    while let Some(row) = rows.try_next().await? {
        chunk.push(row);
        if chunk.len() == CHUNK {
            send(target, &insert, &mut chunk).await?;
        }
    }
    send(target, &insert, &mut chunk).await
}

async fn send(target: &mut sqlx::PgConnection, insert: &str, chunk: &mut Vec<String>) -> Result<()> {
    if chunk.is_empty() {
        return Ok(());
    }
    let array = format!("[{}]", chunk.join(","));
    sqlx::query(insert).bind(array).execute(&mut *target).await?;
    chunk.clear();
    Ok(())
}

/// One value as both sides must agree on it.
fn canonical(kind: Kind, value: Option<String>) -> Result<String> {
    let Some(v) = value else { return Ok("\u{0}".into()) };
    Ok(match kind {
        Kind::Instant => {
            let t = DateTime::parse_from_rfc3339(&v)
                .map_err(|_| Error::Corrupt(format!("instant '{v}'")))?
                .with_timezone(&Utc);
            malaka_core::time::utc_text(t)
        }
        Kind::Real => v.parse::<f64>().map(|f| f.to_string()).map_err(|_| Error::Corrupt(format!("number '{v}'")))?,
        Kind::Bytes => v.to_ascii_lowercase(),
        Kind::Text | Kind::LocalTime | Kind::Number | Kind::Flag => v,
    })
}

/// The row count and a checksum independent of row order: the sorted hashes of the rows (32 bytes
/// a row in memory, the rows themselves streamed past).
fn digest(mut rows: Vec<[u8; 32]>) -> (i64, String) {
    rows.sort_unstable();
    let mut all = Sha256::new();
    for r in &rows {
        all.update(r);
    }
    (rows.len() as i64, hex::encode(all.finalize()))
}

fn row_hash(values: impl Iterator<Item = Result<String>>) -> Result<[u8; 32]> {
    let mut h = Sha256::new();
    for v in values {
        let v = v?;
        h.update((v.len() as u64).to_le_bytes());
        h.update(v.as_bytes());
    }
    Ok(h.finalize().into())
}

async fn sqlite_digest(source: &mut sqlx::SqliteConnection, table: &str, columns: &[Column]) -> Result<(i64, String)> {
    let select: Vec<String> = columns
        .iter()
        .map(|c| match c.kind {
            Kind::Bytes => format!("CASE WHEN {0} IS NOT NULL THEN hex({0}) END", c.name),
            _ => format!("CAST({} AS TEXT)", c.name),
        })
        .collect();
    let sql = format!("SELECT {} FROM {table}", select.join(", "));
    let mut rows = sqlx::query(&sql).fetch(&mut *source);
    let mut hashes = Vec::new();
    while let Some(r) = rows.try_next().await? {
        let r: SqliteRow = r;
        hashes.push(row_hash(
            columns.iter().enumerate().map(|(i, c)| canonical(c.kind, r.try_get::<Option<String>, _>(i)?)),
        )?);
    }
    Ok(digest(hashes))
}

async fn postgres_digest(target: &mut sqlx::PgConnection, table: &str, columns: &[Column]) -> Result<(i64, String)> {
    let select: Vec<String> = columns
        .iter()
        .map(|c| match c.kind {
            Kind::Instant => format!("to_char({} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')", c.name),
            Kind::LocalTime => format!("to_char({}, 'YYYY-MM-DD\"T\"HH24:MI')", c.name),
            Kind::Bytes => format!("encode({}, 'hex')", c.name),
            Kind::Flag => format!("({}::int)::text", c.name),
            _ => format!("{}::text", c.name),
        })
        .collect();
    let sql = format!("SELECT {} FROM {table}", select.join(", "));
    let mut rows = sqlx::query(&sql).fetch(&mut *target);
    let mut hashes = Vec::new();
    while let Some(r) = rows.try_next().await? {
        let r: PgRow = r;
        hashes.push(row_hash(
            columns.iter().enumerate().map(|(i, c)| canonical(c.kind, r.try_get::<Option<String>, _>(i)?)),
        )?);
    }
    Ok(digest(hashes))
}
