//! The name index on PostgreSQL (keys in `crate::name_index`): `person_token` rows with
//! `COLLATE "C"`, so a prefix is a range of the primary key's index, as on SQLite.

use uuid::Uuid;

use crate::name_index::{Pass, Search, Word, rows};

use super::codec::{id as uuid, opt_id};
use super::{Conn, Result};

/// Indexes one person's name (their old rows, if any, must be gone).
pub(crate) async fn insert(conn: &mut Conn, person_id: &str, tokens: &[String]) -> Result<()> {
    let person = uuid(person_id)?;
    insert_pairs(conn, rows(tokens).map(|t| (t, person)).collect()).await
}

/// Indexes many people's names in one statement per 10,000 rows.
pub(crate) async fn insert_many<'a>(
    conn: &mut Conn,
    people: impl Iterator<Item = (&'a str, &'a [String])>,
) -> Result<()> {
    let mut pairs = Vec::new();
    for (id, tokens) in people {
        let person = uuid(id)?;
        pairs.extend(rows(tokens).map(|t| (t, person)));
    }
    insert_pairs(conn, pairs).await
}

/// Person by person, as on SQLite (see there).
async fn insert_pairs(conn: &mut Conn, mut pairs: Vec<(String, Uuid)>) -> Result<()> {
    pairs.sort_unstable_by(|a, b| (a.1, &a.0).cmp(&(b.1, &b.0)));
    for chunk in pairs.chunks(10_000) {
        let (tokens, people): (Vec<&str>, Vec<Uuid>) = chunk.iter().map(|(t, p)| (t.as_str(), *p)).unzip();
        sqlx::query(
            "INSERT INTO person_token (token, person_id) SELECT * FROM unnest($1::text[], $2::uuid[])
             ON CONFLICT DO NOTHING",
        )
        .bind(&tokens)
        .bind(&people)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Removes one person's rows, before they are indexed again.
pub(crate) async fn delete(conn: &mut Conn, person_id: &str) -> Result<()> {
    sqlx::query("DELETE FROM person_token WHERE person_id = $1").bind(uuid(person_id)?).execute(&mut *conn).await?;
    Ok(())
}

/// People whose name words start with every one of `tokens`, up to `limit` ids
/// (`crate::name_index::Search`).
pub(crate) async fn search(
    conn: &mut Conn,
    tokens: &[String],
    organisation_id: Option<&str>,
    limit: usize,
) -> Result<Vec<String>> {
    let organisation = opt_id(organisation_id)?;
    let mut search = Search::new(tokens, limit);
    while let Some(pass) = search.next_pass() {
        let ids = matching(conn, &pass, search.rest(), organisation).await?;
        search.add(ids.into_iter().map(|id| id.hyphenated().to_string()));
    }
    Ok(search.found())
}

/// Person ids with a row in `lead` whose other words all match, in row order.
async fn matching(conn: &mut Conn, pass: &Pass, rest: &[Word], organisation: Option<Uuid>) -> Result<Vec<Uuid>> {
    let Pass { lead, loose, rows } = pass;
    let (loose, rows) = (*loose, *rows);
    let mut filters = String::new();
    let mut next = 5;
    let mut binds: Vec<String> = Vec::new();
    for word in rest {
        let ranges = word.ranges(loose);
        let any: Vec<String> = (0..ranges.len())
            .map(|i| format!("(o.token >= ${} AND o.token < ${})", next + 2 * i, next + 2 * i + 1))
            .collect();
        filters.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM person_token o WHERE o.person_id = t.person_id AND ({}))",
            any.join(" OR ")
        ));
        next += 2 * ranges.len();
        binds.extend(ranges.into_iter().flat_map(|(lo, hi)| [lo, hi]));
    }
    let sql = format!(
        "SELECT t.person_id FROM person_token t WHERE t.token >= $1 AND t.token < $2 {filters}
           AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM person p WHERE p.id = t.person_id
                AND (p.organisation_id = $4 OR p.unit_id = $4)))
         ORDER BY t.token, t.person_id LIMIT $3"
    );
    let mut q = sqlx::query_scalar::<_, Uuid>(&sql)
        .bind(lead.0.as_str())
        .bind(lead.1.as_str())
        .bind(rows as i64)
        .bind(organisation);
    for b in &binds {
        q = q.bind(b.as_str());
    }
    Ok(q.fetch_all(&mut *conn).await?)
}
