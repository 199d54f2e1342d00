//! `malaka init|demo|audit|backup|check`: the database as a whole.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use malaka_api::core::model::{AuditFilter, MAX_AUDIT_PAGE};
use malaka_api::{Error, Malaka};
use serde_json::json;

use crate::output::{emit, table};
use crate::run::FAILED;

#[derive(Args, Debug)]
pub(crate) struct AuditArgs {
    /// Only entries about this record (its id).
    #[arg(long)]
    pub entity: Option<String>,
    /// Only entries of this kind of record (person, session, certificate, …).
    #[arg(long)]
    pub kind: Option<String>,
    /// Only what this account (its name as recorded) did.
    #[arg(long)]
    pub actor: Option<String>,
    /// Only this action (person.update, certificate.revoke, …).
    #[arg(long)]
    pub action: Option<String>,
    /// Only entries whose summary contains these words.
    #[arg(long)]
    pub text: Option<String>,
    /// From this day (YYYY-MM-DD) on the --time-zone clock.
    #[arg(long)]
    pub from: Option<String>,
    /// To this day (YYYY-MM-DD), included.
    #[arg(long)]
    pub to: Option<String>,
    /// The clock days and times are read and written on (IANA name; UTC when none).
    #[arg(long)]
    pub time_zone: Option<String>,
    #[arg(long, default_value_t = 50)]
    pub limit: i64,
    /// Write every matching entry to this file (csv or xlsx, by its extension).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// The language of the file's headings.
    #[arg(long, default_value = "uz-Latn")]
    pub locale: String,
}

#[derive(Args, Debug)]
pub(crate) struct BackupArgs {
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(Args, Debug)]
pub(crate) struct RestoreArgs {
    /// The backup file (written by `malaka backup` or the desktop).
    pub file: PathBuf,
}

/// Closes the database (nothing may hold it while its file is replaced) and restores it.
pub(crate) async fn restore(app: Malaka, args: RestoreArgs, json: bool) -> Result<(), Error> {
    let db = app.location();
    let done = app.restore(&args.file).await?;
    emit(json, &done, |d| {
        format!("restored {db} from {}; the replaced file is kept as {}", args.file.display(), d.kept)
    });
    Ok(())
}

pub(crate) async fn init(app: &Malaka, json: bool) -> Result<(), Error> {
    let h = app.check().await?;
    emit(json, &h, |h| format!("database ready: {}", h.path));
    Ok(())
}

pub(crate) async fn demo(app: &Malaka, json: bool) -> Result<(), Error> {
    let s = app.demo_load().await?;
    emit(json, &s, |s| {
        format!(
            "demo loaded: {} organisations, {} people, {} activities, {} sessions, {} attendance marks, {} study visits, {} internships",
            s.organisations, s.people, s.activities, s.sessions, s.marks, s.visits, s.internships
        )
    });
    Ok(())
}

pub(crate) async fn audit(app: &Malaka, args: AuditArgs, json: bool) -> Result<(), Error> {
    let filter = AuditFilter {
        actor: args.actor,
        action: args.action,
        entity: args.kind,
        entity_id: args.entity,
        text: args.text,
        from: args.from,
        to: args.to,
        time_zone: args.time_zone.clone(),
        before_id: None,
        limit: Some(args.limit.clamp(1, MAX_AUDIT_PAGE)),
    };
    if let Some(out) = args.out {
        let format = out.extension().and_then(|e| e.to_str()).unwrap_or_default().to_lowercase();
        let bytes = app.audit_file(&filter, &format, &args.locale).await?;
        app.save_export(&out, &bytes)?;
        emit(json, &json!({ "file": out, "bytes": bytes.len() }), |_| {
            format!("wrote {} ({} bytes)", out.display(), bytes.len())
        });
        return Ok(());
    }
    let zone: chrono_tz::Tz = args.time_zone.as_deref().and_then(|z| z.parse().ok()).unwrap_or(chrono_tz::UTC);
    let page = app.audit_page(&filter).await?;
    emit(json, &page.rows, |es| {
        let rows = es
            .iter()
            .map(|e| {
                let at = e.at.with_timezone(&zone).format("%Y-%m-%d %H:%M:%S").to_string();
                vec![at, e.actor.clone(), e.action.clone(), e.summary.clone()]
            })
            .collect();
        let more = if page.more { "\n(older entries match too: raise --limit or narrow the filter)" } else { "" };
        format!("{}{more}", table(&[&format!("at ({zone})"), "actor", "action", "summary"], rows))
    });
    Ok(())
}

pub(crate) async fn backup(app: &Malaka, BackupArgs { out }: BackupArgs, json: bool) -> Result<(), Error> {
    let bytes = app.backup(&out).await?;
    emit(json, &json!({ "out": out, "bytes": bytes }), |_| {
        format!("backup written: {} ({bytes} bytes)", out.display())
    });
    Ok(())
}

/// Fails (exit code 1) when the database has problems, so a script can tell.
pub(crate) async fn check(app: &Malaka, json: bool) -> Result<ExitCode, Error> {
    let h = app.check().await?;
    emit(json, &h, |h| {
        let s = &h.stats;
        let mut problems = h.problems.clone();
        if let Some(id) = h.audit.first_broken {
            problems.push(format!(
                "audit log entry {id} does not follow from the entries before it (changed, or one before it removed)"
            ));
        }
        for id in &h.audit.broken_seals {
            problems.push(format!(
                "the audit log sealed at entry {id} was changed since (or the seal is not the issuer's)"
            ));
        }
        let verdict = if h.ok { "ok".to_owned() } else { format!("PROBLEMS:\n  {}", problems.join("\n  ")) };
        format!(
            "{}: {verdict}\n{} organisations, {} people, {} activities, {} sessions, {} marks, {} audit entries \
             (chain holds: {}; {} signed head(s))",
            h.path,
            s.organisations,
            s.people,
            s.activities,
            s.sessions,
            s.marks,
            s.audit_entries,
            if h.audit.first_broken.is_none() { "yes" } else { "NO" },
            h.audit.seals
        )
    });
    if !h.ok {
        return Ok(ExitCode::from(FAILED));
    }
    Ok(ExitCode::SUCCESS)
}
