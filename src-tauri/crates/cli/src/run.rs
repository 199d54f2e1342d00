//! Runs one command: opens the database, hands the command to its area's module, and reports
//! a failure (in English, with the options that resolve it) and the exit code.

use std::process::ExitCode;

use malaka_api::core::Reason;
use malaka_api::{Error, Location, Malaka};
use serde_json::json;

use crate::cli::{Cli, Command};
use crate::secret::Secrets;
use crate::{
    account, activity, attendance, calendar, certificate, completion, enrolment, internship, maintenance, organisation,
    person, plan_export, programme, report, session, team, trainer, venue, visit,
};

/// Exit code for a refused input or a failed action (clap uses 2 for a malformed command line).
pub(crate) const FAILED: u8 = 1;

pub(crate) async fn run(cli: Cli) -> ExitCode {
    let json = cli.json;
    match execute(cli).await {
        Ok(code) => code,
        Err(e) => {
            report(json, &e);
            ExitCode::from(FAILED)
        }
    }
}

fn report(json: bool, e: &Error) {
    if json {
        println!("{}", json!({ "error": e }));
    }
    eprintln!("error: {}", words(e));
    if let Error::ImportRejected { problems, .. } = e {
        for p in problems.iter().skip(1) {
            eprintln!("  {p}");
        }
    }
}

/// The English words for an error, with the options that resolve it on this command line (the
/// api names no option: the desktop offers the same choices as buttons).
fn words(e: &Error) -> String {
    match (e, e.reason()) {
        (Error::AlreadyImported { .. }, _) => format!("{e}; pass --force to import it again"),
        (Error::ImportRejected { problems, .. }, _)
            if problems.iter().any(|p| p.reason == Reason::OrganisationNeeded) =>
        {
            format!("{e} (--org)")
        }
        (Error::ImportRejected { problems, .. }, _)
            if problems.iter().any(|p| matches!(p.reason, Reason::UnitUnknown { .. })) =>
        {
            format!("{e}; pass --create-units to create the units the file names")
        }
        (_, Reason::NothingToSave) if e.field() == Some("marks") => {
            format!("{e}: give a file, or --rest for everyone unmarked")
        }
        (_, Reason::NoDataDirectory) => format!("{e} (--db FILE)"),
        (_, Reason::SignInRequired) => format!("{e}: --account LOGIN (or --token, MALAKA_TOKEN)"),
        _ => e.to_string(),
    }
}

/// Signs in as the options say; with none, a register that asks nobody to sign in is already
/// signed in as its administrator, and any other refuses the command with `SignInRequired`.
async fn sign_in(app: &Malaka, cli: &Cli, secrets: &Secrets) -> Result<(), Error> {
    if let Some(token) = &cli.sign_in_token {
        app.sign_in_token(token).await?;
    } else if let Some(login) = &cli.account {
        let password = secrets.ask(&format!("Password for {login}: "))?;
        app.sign_in(login, &password).await?;
    }
    Ok(())
}

/// Commands that sign: certificates issued or reissued, the revocation list, a transcript
/// printed, and backups (the audit log's head is signed into each).
fn needs_signing_key(command: &Command) -> bool {
    use crate::certificate::CertCmd;
    matches!(
        command,
        Command::Cert(CertCmd::Issue { .. } | CertCmd::Reissue { .. } | CertCmd::Revocations { .. })
            | Command::Backup(_)
            | Command::Internship(crate::internship::InternshipCmd::Certify { .. })
            | Command::Person(crate::person::PersonCmd::Transcript { out: Some(_), .. })
    )
}

/// Asks for the signing key's passphrase when the key in use is sealed (each run of the command
/// is a session of its own); a script may give it in `MALAKA_KEY_PASSPHRASE`, as restic and
/// PostgreSQL's tools take theirs.
async fn unlock_signing_key(app: &Malaka, secrets: &Secrets) -> Result<(), Error> {
    let sealed_in_use = app.key_list().await?.iter().any(|k| k.in_use && k.protected);
    if sealed_in_use {
        let passphrase = match std::env::var("MALAKA_KEY_PASSPHRASE") {
            Ok(p) if !p.is_empty() => p,
            _ => secrets.ask("Signing key passphrase: ")?,
        };
        app.key_unlock(&passphrase).await?;
    }
    Ok(())
}

/// Where the register lives and the folder this desk keeps its own files in, with the log started
/// there: beside a database file, or in the data directory for a team database.
fn database(cli: &Cli) -> Result<(Location, std::path::PathBuf), Error> {
    let no_data_dir = || Error::File(Reason::NoDataDirectory);
    let register = match &cli.command {
        Command::Team(cmd) => cmd.register(),
        _ => None,
    };
    let at = match register.as_ref().or(cli.db.as_ref()) {
        Some(text) => Location::parse(text),
        None => Location::File(malaka_api::paths::default_db_path().ok_or_else(no_data_dir)?),
    };
    let home = match &at {
        Location::File(path) => path.parent().unwrap_or(std::path::Path::new(".")).to_path_buf(),
        Location::Server(_) => malaka_api::paths::data_dir().ok_or_else(no_data_dir)?,
    };
    // Without a log the errors still say what failed, only not where the details are.
    let _ = malaka_api::log::init(&home.join("logs"));
    Ok((at, home))
}

async fn execute(cli: Cli) -> Result<ExitCode, Error> {
    let (at, home) = database(&cli)?;
    if let Command::Team(crate::team::TeamCmd::Init) = &cli.command {
        // Before anyone can sign in: this makes the schema, the roles and the first administrator.
        return team::init(&at, cli.json).await.map(|()| ExitCode::SUCCESS);
    }
    let app = Malaka::open_at(&at, &home).await?;
    let secrets = Secrets::new(cli.password_stdin);
    if let Err(e) = sign_in(&app, &cli, &secrets).await {
        app.close().await;
        return Err(e);
    }
    if let Command::Restore(args) = cli.command {
        // Restoring closes the database itself.
        maintenance::restore(app, args, cli.json).await?;
        return Ok(ExitCode::SUCCESS);
    }
    let json = cli.json;
    if needs_signing_key(&cli.command)
        && let Err(e) = unlock_signing_key(&app, &secrets).await
    {
        app.close().await;
        return Err(e);
    }
    let outcome = dispatch(&app, cli.command, &secrets, json).await;
    app.close().await;
    outcome
}

async fn dispatch(app: &Malaka, command: Command, secrets: &Secrets, json: bool) -> Result<ExitCode, Error> {
    match command {
        Command::Init => maintenance::init(app, json).await?,
        Command::Demo => maintenance::demo(app, json).await?,
        Command::Account(cmd) => account::account(app, cmd, secrets, json).await?,
        Command::Org(cmd) => organisation::org(app, cmd, json).await?,
        Command::Person(cmd) => return person::person(app, cmd, json).await,
        Command::Trainer(cmd) => trainer::trainer(app, cmd, json).await?,
        Command::Venue(cmd) => venue::venue(app, cmd, json).await?,
        Command::Visit(cmd) => visit::visit(app, cmd, json).await?,
        Command::Internship(cmd) => internship::internship(app, cmd, json).await?,
        Command::Programme(cmd) => programme::programme(app, cmd, json).await?,
        Command::Activity(cmd) => activity::activity(app, cmd, json).await?,
        Command::Session(cmd) => session::session(app, cmd, json).await?,
        Command::Enrol(cmd) => enrolment::enrol(app, cmd, json).await?,
        Command::Approve(args) => enrolment::approve(app, args, json).await?,
        Command::Decline(args) => enrolment::decline(app, args, json).await?,
        Command::Waitlist(args) => enrolment::waitlist(app, args, json).await?,
        Command::Calendar(args) => calendar::calendar(app, args, json).await?,
        Command::Export(cmd) => plan_export::export(app, cmd, json).await?,
        Command::Attendance(cmd) => attendance::attendance(app, cmd, json).await?,
        Command::Completion(cmd) => completion::completion(app, cmd, json).await?,
        Command::Cert(cmd) => certificate::cert(app, cmd, secrets, json).await?,
        Command::Report(cmd) => report::report(app, cmd, json).await?,
        Command::Audit(args) => maintenance::audit(app, args, json).await?,
        Command::Backup(args) => maintenance::backup(app, args, json).await?,
        Command::Team(cmd) => team::team(app, cmd, secrets, json).await?,
        Command::Restore(_) => unreachable!("restore is run before dispatching"),
        Command::Check => return maintenance::check(app, json).await,
    }
    Ok(ExitCode::SUCCESS)
}
