//! Roles the database itself enforces: one PostgreSQL group role per Malaka role, granted exactly
//! what `core::access` lets that role do, and row-level policies for what depends on the row (a
//! trainer marks only the sessions they give). Each person signs in with their own login, a
//! member of one group; connecting with `psql` gains them nothing the app would not allow.

use malaka_core::access::{self, Action};
use malaka_core::model::Role;

use super::{Conn, Error, Result};

/// The group role a Malaka role maps to.
pub fn group(role: Role) -> String {
    format!("malaka_{}", role.as_str())
}

/// Tables and privileges each action needs, beyond reading (every role reads everything).
fn privileges(action: Action) -> &'static [(&'static str, &'static str)] {
    match action {
        Action::Read | Action::Export | Action::CertificatePrint => &[],
        Action::PersonEdit => {
            &[("person", "INSERT, UPDATE"), ("person_token", "INSERT, DELETE"), ("import_batch", "INSERT")]
        }
        Action::OrganisationEdit => {
            &[("organisation", "INSERT, UPDATE"), ("organisation_logo", "INSERT, UPDATE, DELETE")]
        }
        Action::PlanEdit => &[
            ("programme", "INSERT, UPDATE"),
            ("activity", "INSERT, UPDATE"),
            ("activity_partner", "INSERT, DELETE"),
            ("session", "INSERT, UPDATE"),
            ("session_trainer", "INSERT, DELETE"),
            ("venue", "INSERT, UPDATE"),
            ("trainer", "INSERT, UPDATE"),
            ("completion_rule", "INSERT, UPDATE"),
            // Confirming or cancelling an activity moves its enrolments (waitlist, cancellations).
            ("enrolment", "UPDATE"),
        ],
        Action::Nominate => &[("enrolment", "INSERT, UPDATE")],
        Action::Approve => &[("enrolment", "INSERT, UPDATE")],
        Action::Attend => &[
            ("attendance_mark", "INSERT, UPDATE, DELETE"),
            ("attendance_history", "INSERT"),
            ("assessment_result", "INSERT, UPDATE"),
        ],
        Action::CertificateIssue => &[("certificate", "INSERT"), ("certificate_series", "INSERT, UPDATE")],
        Action::CertificateRevoke => &[("certificate", "UPDATE")],
        Action::AccountManage => &[("account", "INSERT, UPDATE"), ("account_token", "INSERT, UPDATE")],
        Action::KeyManage => &[("signing_key", "INSERT, UPDATE")],
        Action::Maintain => &[("audit_seal", "INSERT"), ("store_rebuild", "DELETE")],
        // An internship is kept with an activity of its own (its certificate's), the intern enrolled.
        Action::MobilityEdit => &[
            ("visit", "INSERT, UPDATE"),
            ("visit_member", "INSERT, UPDATE, DELETE"),
            ("visit_amendment", "INSERT"),
            ("internship", "INSERT, UPDATE"),
            ("internship_week", "INSERT, UPDATE"),
            ("internship_day", "INSERT, UPDATE"),
            ("internship_amendment", "INSERT"),
            ("activity", "INSERT, UPDATE"),
            ("enrolment", "INSERT, UPDATE"),
        ],
        Action::TravelDocuments => {
            &[("visit_member_papers", "SELECT, INSERT, UPDATE, DELETE"), ("visit_visa", "SELECT, INSERT, DELETE")]
        }
    }
}

/// Tables not every role reads: the travellers' passports and visas.
const PAPERS: [&str; 2] = ["visit_member_papers", "visit_visa"];

/// The tables whose rows a trainer may change only in the sessions (or activities) they give.
const TRAINER_ROWS: [(&str, &str); 3] = [
    ("attendance_mark", "malaka_gives_session(session_id)"),
    ("attendance_history", "malaka_gives_session(session_id)"),
    ("assessment_result", "malaka_gives_activity(activity_id)"),
];

/// Creates the group roles (once per server) and grants them, in this database, what their role
/// allows; enables the row policies. Safe to run again: it brings an older setup up to date.
pub async fn install(conn: &mut Conn) -> Result<()> {
    for role in Role::ALL {
        let name = group(*role);
        // Another database on the server may be creating the same group right now.
        sqlx::query(&format!(
            "DO $$ BEGIN CREATE ROLE {name} NOLOGIN;
                 EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
        ))
        .execute(&mut *conn)
        .await?;
    }
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_sqlx_migrations'",
    )
    .fetch_all(&mut *conn)
    .await?;
    let groups: Vec<String> = Role::ALL.iter().map(|r| group(*r)).collect();
    let everyone = groups.join(", ");
    let mut statements = vec![
        format!("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {everyone}"),
        format!("GRANT USAGE ON SCHEMA public TO {everyone}"),
        format!("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {everyone}"),
        // Every change is audited, by whoever makes it; the log's own triggers keep it append-only.
        format!("GRANT INSERT ON audit_log TO {everyone}"),
        format!("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {everyone}"),
        "CREATE OR REPLACE FUNCTION malaka_gives_session(s uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
             SELECT EXISTS (SELECT 1 FROM session_trainer st JOIN account a ON a.trainer_id = st.trainer_id
                             WHERE st.session_id = s AND a.login = current_user AND a.disabled_at IS NULL) $$"
            .into(),
        "CREATE OR REPLACE FUNCTION malaka_gives_activity(act uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
             SELECT EXISTS (SELECT 1 FROM session s JOIN session_trainer st ON st.session_id = s.id
                             JOIN account a ON a.trainer_id = st.trainer_id
                             WHERE s.activity_id = act AND a.login = current_user AND a.disabled_at IS NULL) $$"
            .into(),
    ];
    // Travel papers are read only by the roles that arrange travel.
    for table in PAPERS.iter().filter(|p| tables.iter().any(|t| t == *p)) {
        statements.push(format!("REVOKE SELECT ON {table} FROM {everyone}"));
    }
    for role in Role::ALL {
        for action in access::allowed(*role) {
            for (table, what) in privileges(action) {
                if tables.iter().any(|t| t == table) {
                    statements.push(format!("GRANT {what} ON {table} TO {}", group(*role)));
                }
            }
        }
    }
    let others: Vec<String> = Role::ALL.iter().filter(|r| !access::only_own_sessions(**r)).map(|r| group(*r)).collect();
    let trainers: Vec<String> =
        Role::ALL.iter().filter(|r| access::only_own_sessions(**r)).map(|r| group(*r)).collect();
    for (table, own) in TRAINER_ROWS {
        statements.push(format!("ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"));
        for policy in ["malaka_read", "malaka_any_row", "malaka_own_rows"] {
            statements.push(format!("DROP POLICY IF EXISTS {policy} ON {table}"));
        }
        statements.push(format!("CREATE POLICY malaka_read ON {table} FOR SELECT USING (true)"));
        statements.push(format!(
            "CREATE POLICY malaka_any_row ON {table} FOR ALL TO {} USING (true) WITH CHECK (true)",
            others.join(", ")
        ));
        if !trainers.is_empty() {
            statements.push(format!(
                "CREATE POLICY malaka_own_rows ON {table} FOR ALL TO {} USING ({own}) WITH CHECK ({own})",
                trainers.join(", ")
            ));
        }
    }
    for sql in statements {
        sqlx::query(&sql).execute(&mut *conn).await?;
    }
    Ok(())
}

/// A login for a person: a PostgreSQL role that may connect, a member of its Malaka role's group.
/// Administrators' logins may create and change other logins (`CREATEROLE`).
pub async fn create_login(conn: &mut Conn, login: &str, password: &str, role: Role) -> Result<()> {
    let login = quoted(login)?;
    let password = password.replace('\'', "''");
    sqlx::query(&format!("CREATE ROLE {login} LOGIN PASSWORD '{password}' IN ROLE {}", group(role)))
        .execute(&mut *conn)
        .await?;
    set_manages_logins(conn, &login, role).await
}

async fn set_manages_logins(conn: &mut Conn, quoted_login: &str, role: Role) -> Result<()> {
    let attribute = if access::allows(role, Action::AccountManage) { "CREATEROLE" } else { "NOCREATEROLE" };
    sqlx::query(&format!("ALTER ROLE {quoted_login} {attribute}")).execute(&mut *conn).await?;
    Ok(())
}

/// Moves a login to another Malaka role's group.
pub async fn set_role(conn: &mut Conn, login: &str, role: Role) -> Result<()> {
    let name = quoted(login)?;
    for other in Role::ALL.iter().filter(|r| **r != role) {
        sqlx::query(&format!("REVOKE {} FROM {name}", group(*other))).execute(&mut *conn).await?;
    }
    sqlx::query(&format!("GRANT {} TO {name}", group(role))).execute(&mut *conn).await?;
    set_manages_logins(conn, &name, role).await
}

/// A new password for a login (the server keeps only its SCRAM verifier).
pub async fn set_password(conn: &mut Conn, login: &str, password: &str) -> Result<()> {
    let name = quoted(login)?;
    let password = password.replace('\'', "''");
    sqlx::query(&format!("ALTER ROLE {name} PASSWORD '{password}'")).execute(&mut *conn).await?;
    Ok(())
}

/// Lets a login connect, or stops it (its open connections end at their next statement's check).
pub async fn set_can_log_in(conn: &mut Conn, login: &str, can: bool) -> Result<()> {
    let name = quoted(login)?;
    let attribute = if can { "LOGIN" } else { "NOLOGIN" };
    sqlx::query(&format!("ALTER ROLE {name} {attribute}")).execute(&mut *conn).await?;
    Ok(())
}

/// The login this connection signed in with.
pub async fn current_login(conn: &mut Conn) -> Result<String> {
    Ok(sqlx::query_scalar("SELECT current_user::text").fetch_one(&mut *conn).await?)
}

/// A login as an SQL identifier. Malaka's logins are already plain (`core::model::account`);
/// anything else is refused rather than quoted into a statement.
fn quoted(login: &str) -> Result<String> {
    let plain = !login.is_empty()
        && login.len() <= 63
        && login.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '.' | '-'));
    if plain { Ok(format!("\"{login}\"")) } else { Err(Error::Corrupt(format!("login '{login}'"))) }
}
