//! The limits on a team database: the statements the PostgreSQL backend runs
//! (`store/src/postgres/{person_token,person,calendar,session,attendance,audit}.rs`), with the
//! values written in, run by `psql` over the same kind of connection, its start-up subtracted.
//! Keep them in step when the backend's queries change.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::limits::{Mark, lit};
use crate::run::{Client, Limit};
use crate::{Error, Result};

const PERSON_COLUMNS: &str = "p.id, p.family_name, p.given_name, p.patronymic, p.family_name_alt, p.given_name_alt, \
     p.patronymic_alt, p.organisation_id, p.unit_id, p.personnel_number, p.position, p.email, p.phone, \
     p.birth_date, p.hired_on, p.created_at";
const SESSION_COLUMNS: &str = "s.id, s.activity_id, s.title, s.starts_local, s.ends_local, s.time_zone, \
     s.starts_utc, s.ends_utc, s.venue_id, s.status, s.cancel_reason, \
     ARRAY(SELECT trainer_id FROM session_trainer WHERE session_id = s.id ORDER BY trainer_id) AS trainers";

/// `psql` on one team database.
pub struct Psql {
    url: String,
    startup: Duration,
    pub version: String,
}

impl Psql {
    /// Finds `psql` and times its start-up (connecting included) on `url`.
    pub fn find(url: &str) -> std::result::Result<Psql, String> {
        let out = Command::new("psql")
            .arg("--version")
            .output()
            .map_err(|e| format!("psql not available ({e}); install the Debian package postgresql-client"))?;
        let version = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        let mut me = Psql { url: url.to_owned(), startup: Duration::ZERO, version };
        let mut best = Duration::MAX;
        for _ in 0..5 {
            best = best.min(me.script("SELECT 1;\n").map_err(|e| e.to_string())?);
        }
        me.startup = best;
        Ok(me)
    }

    /// Runs `sql` (output discarded, stopping at the first error) and returns its time without
    /// the start-up.
    pub fn script(&self, sql: &str) -> Result<Duration> {
        let t = Instant::now();
        let mut child = Command::new("psql")
            .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", &self.url])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()?;
        child.stdin.take().ok_or_else(|| Error::Io("psql: no stdin".into()))?.write_all(sql.as_bytes())?;
        let out = child.wait_with_output()?;
        let elapsed = t.elapsed();
        let err = String::from_utf8_lossy(&out.stderr);
        if !out.status.success() || !err.trim().is_empty() {
            return Err(Error::Io(format!("psql failed: {}", err.trim())));
        }
        Ok(elapsed.saturating_sub(self.startup))
    }
}

fn uuid_array(ids: &[String]) -> String {
    lit(&format!("{{{}}}", ids.join(",")))
}

impl Client for Psql {
    fn person_search(&self, tokens: &[String], limit: i64, ids: &[String]) -> String {
        let Some(lead) = tokens.iter().max_by_key(|t| t.len()) else { return String::new() };
        let end = |t: &str| lit(&format!("{t}{}", char::MAX));
        let mut filters = String::new();
        for t in tokens.iter().filter(|t| *t != lead) {
            filters.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM person_token o WHERE o.person_id = t.person_id AND (o.token >= {} AND o.token < {}))",
                lit(t),
                end(t)
            ));
        }
        format!(
            "SELECT t.person_id FROM person_token t WHERE t.token >= {} AND t.token < {}{filters} \
             ORDER BY t.token, t.person_id LIMIT {};\n\
             SELECT {PERSON_COLUMNS} FROM person p WHERE p.id = ANY({}::uuid[]);\n",
            lit(lead),
            end(lead),
            limit * 4,
            uuid_array(ids)
        )
    }

    fn calendar(&self, from_utc: &str, to_utc: &str, limit: i64) -> String {
        format!(
            "SELECT {SESSION_COLUMNS}, a.title, a.kind, a.status, a.host_org_id, v.name \
             FROM session s CROSS JOIN LATERAL (SELECT id, title, kind, status, host_org_id FROM activity \
             WHERE id = s.activity_id OFFSET 0) a LEFT JOIN venue v ON v.id = s.venue_id \
             WHERE s.starts_utc >= {} AND s.starts_utc < {} ORDER BY s.starts_utc, s.id LIMIT {limit};\n\
             SELECT id, name FROM trainer WHERE id IN (SELECT st.trainer_id FROM session_trainer st \
             JOIN session s ON s.id = st.session_id WHERE s.starts_utc >= {0} AND s.starts_utc < {1});\n",
            lit(from_utc),
            lit(to_utc)
        )
    }

    fn roll_save(&self, marks: &[Mark<'_>], actor: &str, at: &str) -> String {
        let (actor, at) = (lit(actor), lit(at));
        let rows: Vec<String> = marks
            .iter()
            .map(|m| {
                let late = m.minutes_late.map(|v| v.to_string()).unwrap_or_else(|| "NULL".into());
                format!("({}::uuid, {}::uuid, {}, {late})", lit(m.session_id), lit(m.person_id), lit(m.status))
            })
            .collect();
        let session = marks.first().map(|m| lit(m.session_id)).unwrap_or_else(|| "NULL".into());
        let values = rows.join(", ");
        format!(
            "BEGIN;\n\
             SELECT 1 FROM session WHERE id = {session}::uuid FOR NO KEY UPDATE;\n\
             INSERT INTO attendance_history (session_id, person_id, version, old_status, new_status, old_note, \
             new_note, changed_by, changed_at, reason) \
             SELECT v.s, v.p, coalesce(m.version, 0) + 1, m.status, v.st, m.note, NULL, {actor}, {at}, NULL \
             FROM (VALUES {values}) v (s, p, st, late) \
             LEFT JOIN attendance_mark m ON m.session_id = v.s AND m.person_id = v.p;\n\
             INSERT INTO attendance_mark (session_id, person_id, status, minutes_late, note, version, marked_by, \
             marked_at) SELECT v.s, v.p, v.st, v.late, NULL, 1, {actor}, {at} FROM (VALUES {values}) v (s, p, st, late) \
             ON CONFLICT (session_id, person_id) DO UPDATE SET status = excluded.status, \
             minutes_late = excluded.minutes_late, note = excluded.note, version = attendance_mark.version + 1, \
             marked_by = excluded.marked_by, marked_at = excluded.marked_at;\n\
             SELECT pg_advisory_xact_lock(1);\n\
             SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1;\n\
             INSERT INTO audit_log (at, actor, action, entity, entity_id, summary, hash) VALUES ({at}, {actor}, \
             'attendance.mark', 'session', {session}, {}, decode(repeat('00', 32), 'hex'));\nCOMMIT;\n",
            lit(&format!("recorded {} mark(s)", marks.len())),
        )
    }

    fn limit(&self, script: &str, operations: usize, what: &str) -> Result<Limit> {
        let t = self.script(script)?;
        Ok(Limit::Psql { mean_ms: t.as_secs_f64() * 1000.0 / operations.max(1) as f64, what: what.into() })
    }
}
