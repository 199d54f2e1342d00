//! Physical limits: the same storage work done by the `sqlite3` program on the same database in
//! the same run, timed as a whole script, so each Malaka figure can be read as a ratio.
//!
//! The statements below restate what the store runs (`store/src/{person,session,activity,
//! attendance,enrolment}.rs`) with the values written in, as a person at the `sqlite3` prompt
//! would type them. Keep them in step when the store's queries change.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::{Error, Result};

/// The `sqlite3` program, or why it cannot be used.
#[derive(Debug, Clone)]
pub struct Sqlite3 {
    program: PathBuf,
    /// Starting the program and opening a database, subtracted from every script's time.
    startup: Duration,
    pub version: String,
}

impl Sqlite3 {
    /// Finds the program (`program` is a path or a name on PATH) and times its start-up on `db`.
    pub fn find(program: &Path, db: &Path) -> std::result::Result<Sqlite3, String> {
        let out = Command::new(program)
            .arg("-version")
            .output()
            .map_err(|e| format!("{} not available ({e}); install the Debian package sqlite3", program.display()))?;
        let version = String::from_utf8_lossy(&out.stdout).split_whitespace().next().unwrap_or("?").to_owned();
        let mut me = Sqlite3 { program: program.to_owned(), startup: Duration::ZERO, version };
        let mut best = Duration::MAX;
        for _ in 0..5 {
            let t = me.script(db, "SELECT 1;\n").map_err(|e| e.to_string())?;
            best = best.min(t);
        }
        me.startup = best;
        Ok(me)
    }

    /// Runs `sql` against `db` and returns what it printed.
    pub fn capture(&self, db: &Path, sql: &str) -> Result<String> {
        let mut child = Command::new(&self.program)
            .arg("-batch")
            .arg("-bail")
            .arg(db)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        child.stdin.take().ok_or_else(|| Error::Io("sqlite3: no stdin".into()))?.write_all(sql.as_bytes())?;
        let out = child.wait_with_output()?;
        let err = String::from_utf8_lossy(&out.stderr);
        if !out.status.success() || !err.trim().is_empty() {
            return Err(Error::Io(format!("sqlite3 failed on {}: {}", db.display(), err.trim())));
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// The time the program takes to start, open `db`, run `sql` and exit: what a user waits for
    /// when typing it at a shell, to compare with a whole `malaka` command.
    pub fn whole_run(&self, db: &Path, sql: &str) -> Result<Duration> {
        Ok(self.script(db, sql)? + self.startup)
    }

    /// Runs `sql` against `db` (output discarded) and returns its time without the start-up.
    /// Any message on stderr is an error: a limit measured on a failing script means nothing.
    pub fn script(&self, db: &Path, sql: &str) -> Result<Duration> {
        let t = Instant::now();
        let mut child = Command::new(&self.program)
            .arg("-batch")
            .arg("-bail")
            .arg(db)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()?;
        child.stdin.take().ok_or_else(|| Error::Io("sqlite3: no stdin".into()))?.write_all(sql.as_bytes())?;
        let out = child.wait_with_output()?;
        let elapsed = t.elapsed();
        let err = String::from_utf8_lossy(&out.stderr);
        if !out.status.success() || !err.trim().is_empty() {
            return Err(Error::Io(format!("sqlite3 failed on {}: {}", db.display(), err.trim())));
        }
        Ok(elapsed.saturating_sub(self.startup))
    }
}

/// A text value as an SQL literal.
pub fn lit(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

fn opt(s: Option<&str>) -> String {
    s.map(lit).unwrap_or_else(|| "NULL".into())
}

/// Settings every script starts with: those the app's connections use (DESIGN.md §5).
pub const PRELUDE: &str = ".timeout 5000\nPRAGMA foreign_keys = ON;\nPRAGMA synchronous = FULL;\n";

const PERSON_COLUMNS: &str = "p.id, p.family_name, p.given_name, p.patronymic, p.family_name_alt, p.given_name_alt, \
     p.patronymic_alt, p.organisation_id, p.unit_id, p.personnel_number, p.position, p.email, p.phone, \
     p.birth_date, p.hired_on, p.created_at";
const SESSION_COLUMNS: &str = "s.id, s.activity_id, s.title, s.starts_local, s.ends_local, s.time_zone, \
     s.starts_utc, s.ends_utc, s.venue_id, s.status, \
     (SELECT json_group_array(trainer_id) FROM session_trainer WHERE session_id = s.id) AS trainers";
const ACTIVITY_COLUMNS: &str = "a.id, a.kind, a.title, a.programme_id, a.status, a.starts_on, a.ends_on, \
     a.host_org_id, a.venue_id, a.capacity, a.language, a.planned_hours, a.description, a.created_at, \
     (SELECT json_group_array(organisation_id) FROM activity_partner WHERE activity_id = a.id) AS partners";

/// `store::person::search` for folded `tokens`, then fetching the people it found (`ids`).
pub fn person_search(tokens: &[String], limit: i64, ids: &[String]) -> String {
    let Some(lead) = tokens.iter().max_by_key(|t| t.len()) else { return String::new() };
    let end = |t: &str| lit(&format!("{t}{}", char::MAX));
    let mut filters = String::new();
    for t in tokens.iter().filter(|t| *t != lead) {
        filters.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM person_token o WHERE o.person_id = t.person_id AND o.token >= {} AND o.token < {})",
            lit(t),
            end(t)
        ));
    }
    let json = format!("[{}]", ids.iter().map(|i| format!("\"{i}\"")).collect::<Vec<_>>().join(","));
    format!(
        "SELECT t.person_id FROM person_token t WHERE t.token >= {} AND t.token < {}{filters} \
         ORDER BY t.token, t.person_id LIMIT {};\n\
         SELECT {PERSON_COLUMNS} FROM person p WHERE p.id IN (SELECT value FROM json_each({}));\n",
        lit(lead),
        end(lead),
        limit * 4,
        lit(&json)
    )
}

/// `store::session::list_between`: the calendar's month.
pub fn calendar(from_utc: &str, to_utc: &str, limit: i64) -> String {
    format!(
        "SELECT {SESSION_COLUMNS}, a.title, a.kind, a.status, a.host_org_id, v.name \
         FROM session s JOIN activity a ON a.id = s.activity_id LEFT JOIN venue v ON v.id = s.venue_id \
         WHERE s.starts_utc >= {} AND s.starts_utc < {} ORDER BY s.starts_utc LIMIT {limit};\n",
        lit(from_utc),
        lit(to_utc)
    )
}

/// `api::attendance_roll`: the session, its activity, its marks and the activity's people.
pub fn roll(session_id: &str, activity_id: &str) -> String {
    let (s, a) = (lit(session_id), lit(activity_id));
    format!(
        "SELECT {SESSION_COLUMNS} FROM session s WHERE s.id = {s};\n\
         SELECT {ACTIVITY_COLUMNS} FROM activity a WHERE a.id = {a};\n\
         SELECT m.* FROM attendance_mark m JOIN person p ON p.id = m.person_id \
         WHERE m.session_id = {s} ORDER BY p.family_name, p.given_name, p.id;\n\
         SELECT e.*, p.family_name || ' ' || p.given_name || coalesce(' ' || p.patronymic, '') AS person_name \
         FROM enrolment e JOIN person p ON p.id = e.person_id \
         WHERE e.activity_id = {a} ORDER BY p.family_name, p.given_name, p.id;\n"
    )
}

/// What eligibility reads: the activity, its rule, its sessions, every mark in them, the
/// enrolments with names, the assessment results and the certificates.
pub fn eligibility(activity_id: &str) -> String {
    let a = lit(activity_id);
    format!(
        "SELECT {ACTIVITY_COLUMNS} FROM activity a WHERE a.id = {a};\n\
         SELECT * FROM completion_rule WHERE activity_id = {a};\n\
         SELECT {SESSION_COLUMNS} FROM session s WHERE s.activity_id = {a} ORDER BY s.starts_utc;\n\
         SELECT m.* FROM attendance_mark m JOIN session s ON s.id = m.session_id \
         WHERE s.activity_id = {a} ORDER BY s.starts_utc, m.person_id;\n\
         SELECT person_id, passed, score FROM assessment_result WHERE activity_id = {a};\n\
         SELECT person_id, code FROM certificate WHERE activity_id = {a} AND status = 'issued';\n\
         SELECT e.*, p.family_name || ' ' || p.given_name || coalesce(' ' || p.patronymic, '') AS person_name \
         FROM enrolment e JOIN person p ON p.id = e.person_id \
         WHERE e.activity_id = {a} ORDER BY p.family_name, p.given_name, p.id;\n"
    )
}

/// One mark to write in [`roll_save`].
pub struct Mark<'a> {
    pub session_id: &'a str,
    pub person_id: &'a str,
    pub status: &'a str,
    pub minutes_late: Option<i64>,
}

/// Saving a roll as one durable transaction, as few statements as SQL allows: the history lines
/// (old status and version read from the current marks), one multi-row upsert raising each
/// version, one audit entry, then COMMIT (synchronous = FULL).
pub fn roll_save(marks: &[Mark<'_>], actor: &str, at: &str) -> String {
    let (actor, at) = (lit(actor), lit(at));
    let values: Vec<String> = marks
        .iter()
        .map(|m| {
            let late = m.minutes_late.map(|v| v.to_string()).unwrap_or_else(|| "NULL".into());
            format!("({}, {}, {}, {late})", lit(m.session_id), lit(m.person_id), lit(m.status))
        })
        .collect();
    let values = values.join(", ");
    let upserts: Vec<String> = marks
        .iter()
        .map(|m| {
            let late = m.minutes_late.map(|v| v.to_string()).unwrap_or_else(|| "NULL".into());
            format!("({}, {}, {}, {late}, NULL, 1, {actor}, {at})", lit(m.session_id), lit(m.person_id), lit(m.status))
        })
        .collect();
    format!(
        "BEGIN IMMEDIATE;\n\
         INSERT INTO attendance_history (session_id, person_id, version, old_status, new_status, old_note, \
         new_note, changed_by, changed_at, reason) \
         SELECT v.column1, v.column2, coalesce(m.version, 0) + 1, m.status, v.column3, m.note, NULL, {actor}, {at}, NULL \
         FROM (VALUES {values}) v \
         LEFT JOIN attendance_mark m ON m.session_id = v.column1 AND m.person_id = v.column2;\n\
         INSERT INTO attendance_mark (session_id, person_id, status, minutes_late, note, version, marked_by, \
         marked_at) VALUES {} \
         ON CONFLICT (session_id, person_id) DO UPDATE SET status = excluded.status, \
         minutes_late = excluded.minutes_late, note = excluded.note, version = attendance_mark.version + 1, \
         marked_by = excluded.marked_by, marked_at = excluded.marked_at;\n\
         INSERT INTO audit_log (at, actor, action, entity, entity_id, summary) VALUES ({at}, {actor}, \
         'attendance.mark', 'session', {}, {});\nCOMMIT;\n",
        upserts.join(", "),
        opt(marks.first().map(|m| m.session_id)),
        lit(&format!("recorded {} mark(s)", marks.len())),
    )
}

/// `.import` of a CSV file into a plain table with one text column per file column, in a new
/// database with the app's settings (WAL, synchronous = FULL).
pub fn csv_import(csv: &Path, columns: usize) -> String {
    let cols: Vec<String> = (1..=columns).map(|i| format!("c{i} TEXT")).collect();
    format!(
        "PRAGMA journal_mode = WAL;\nPRAGMA synchronous = FULL;\nCREATE TABLE staff ({});\n.import --csv --skip 1 {} staff\n",
        cols.join(", "),
        csv.display()
    )
}

/// The tables whose rows an import of people writes, in the order they must be filled.
pub const IMPORTED_TABLES: [&str; 3] = ["organisation", "person", "person_token"];

/// The order the import writes each table's rows in (search tokens person by person).
fn import_order(table: &str) -> &'static str {
    if table == "person_token" { "person_id, token" } else { "rowid" }
}

/// Writes the rows of [`IMPORTED_TABLES`] from a database into CSV files in `dir`, in the order
/// the import wrote them.
pub fn export_rows(dir: &Path) -> String {
    let mut sql = String::from(".mode csv\n.headers off\n");
    for t in IMPORTED_TABLES {
        sql.push_str(&format!(
            ".once {}\nSELECT * FROM {t} ORDER BY {};\n",
            dir.join(format!("{t}.csv")).display(),
            import_order(t)
        ));
    }
    sql
}

/// Builds the schema `schema` in a new database with the app's settings (WAL, synchronous = FULL,
/// the writer's 64 MiB cache), then `.import`s the rows [`export_rows`] wrote, in one transaction:
/// the same rows in the same tables and indexes, read from text as the import reads its file.
/// Foreign keys are not checked (`.import` writes empty text for NULL, which a reference would
/// refuse).
pub fn same_rows_imported(schema: &str, dir: &Path) -> String {
    let mut sql = format!(
        "PRAGMA journal_mode = WAL;\nPRAGMA synchronous = FULL;\nPRAGMA cache_size = -65536;\n{schema}\nBEGIN IMMEDIATE;\n"
    );
    for t in IMPORTED_TABLES {
        sql.push_str(&format!(".import --csv {} {t}\n", dir.join(format!("{t}.csv")).display()));
    }
    sql.push_str("COMMIT;\n");
    sql
}

/// Copies the rows of [`IMPORTED_TABLES`] from the database an import wrote into the database the
/// script runs on, in the order the import wrote them, NULLs kept.
pub fn stage_rows(written: &Path) -> String {
    let mut sql = format!("ATTACH {} AS written;\n", lit(&written.display().to_string()));
    for t in IMPORTED_TABLES {
        sql.push_str(&format!("CREATE TABLE {t} AS SELECT * FROM written.{t} ORDER BY {};\n", import_order(t)));
    }
    sql
}

/// Builds the schema `schema` in a new database with the app's settings (WAL, synchronous = FULL,
/// foreign keys on, the writer's 64 MiB cache), then inserts the rows [`stage_rows`] copied into
/// `staging` with `INSERT … SELECT`, in one transaction: SQLite's floor for storing the same rows
/// in the same tables, indexes and references, with no text to read.
pub fn same_rows_inserted(schema: &str, staging: &Path) -> String {
    let mut sql = format!(
        "PRAGMA journal_mode = WAL;\n{PRELUDE}PRAGMA cache_size = -65536;\n{schema}\nATTACH {} AS staged;\nBEGIN IMMEDIATE;\n",
        lit(&staging.display().to_string())
    );
    for t in IMPORTED_TABLES {
        sql.push_str(&format!("INSERT INTO main.{t} SELECT * FROM staged.{t};\n"));
    }
    sql.push_str("COMMIT;\n");
    sql
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_are_quoted() {
        assert_eq!(lit("Gʻulomova"), "'Gʻulomova'");
        assert_eq!(lit("O'tkir"), "'O''tkir'");
        assert_eq!(opt(None), "NULL");
    }

    #[test]
    fn search_script_restates_the_store_query() {
        let sql = person_search(&["karimov".into(), "s".into()], 50, &["id-1".into()]);
        assert!(sql.contains("t.token >= 'karimov'"), "{sql}");
        assert!(sql.contains("o.token >= 's'"), "{sql}");
        assert!(sql.contains("LIMIT 200"), "{sql}");
        assert!(sql.contains(r#"json_each('["id-1"]')"#), "{sql}");
        assert_eq!(person_search(&[], 50, &[]), "");
    }

    #[test]
    fn same_rows_checks_references_and_keeps_the_import_order() {
        let staged = stage_rows(Path::new("/tmp/import-0.db"));
        assert!(staged.starts_with("ATTACH '/tmp/import-0.db' AS written;"), "{staged}");
        assert!(staged.contains("SELECT * FROM written.person_token ORDER BY person_id, token;"), "{staged}");
        let exported = export_rows(Path::new("/tmp"));
        assert!(exported.contains("SELECT * FROM person_token ORDER BY person_id, token;"), "{exported}");
        let sql = same_rows_inserted("CREATE TABLE person (id TEXT);", Path::new("/tmp/staging.db"));
        assert!(sql.contains("PRAGMA foreign_keys = ON;"), "{sql}");
        let order: Vec<usize> =
            IMPORTED_TABLES.iter().map(|t| sql.find(&format!("INSERT INTO main.{t} ")).unwrap()).collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{sql}");
        assert!(sql.trim_end().ends_with("COMMIT;"));
    }

    #[test]
    fn roll_save_is_one_transaction_with_history_and_audit() {
        let marks = [
            Mark { session_id: "s", person_id: "p1", status: "present", minutes_late: None },
            Mark { session_id: "s", person_id: "p2", status: "late", minutes_late: Some(5) },
        ];
        let sql = roll_save(&marks, "bench", "2026-01-01T00:00:00Z");
        assert!(sql.starts_with("BEGIN IMMEDIATE;"));
        assert!(sql.trim_end().ends_with("COMMIT;"));
        assert_eq!(sql.matches("INSERT INTO attendance_history").count(), 1);
        assert_eq!(sql.matches("INSERT INTO attendance_mark").count(), 1);
        assert_eq!(sql.matches("INSERT INTO audit_log").count(), 1);
        assert!(sql.contains("('s', 'p2', 'late', 5)"), "{sql}");
    }
}
