//! The command line: the global options and the commands, each area's options in its own module.

use clap::{Parser, Subcommand};

use crate::account::AccountCmd;
use crate::activity::ActivityCmd;
use crate::attendance::AttendanceCmd;
use crate::calendar::CalendarArgs;
use crate::certificate::CertCmd;
use crate::completion::CompletionCmd;
use crate::enrolment::{ApproveArgs, DeclineArgs, EnrolCmd, WaitlistArgs};
use crate::internship::InternshipCmd;
use crate::maintenance::{AuditArgs, BackupArgs, RestoreArgs};
use crate::organisation::OrgCmd;
use crate::person::PersonCmd;
use crate::plan_export::ExportCmd;
use crate::programme::ProgrammeCmd;
use crate::report::ReportCmd;
use crate::session::SessionCmd;
use crate::team::TeamCmd;
use crate::trainer::TrainerCmd;
use crate::venue::VenueCmd;
use crate::visit::VisitCmd;

#[derive(Parser, Debug)]
#[command(name = "malaka", version, about = "Malaka: staff development for public-service agencies")]
pub(crate) struct Cli {
    /// Database file, or a team database's `postgres://user@host/database` address (default: the
    /// desktop app's database in your data directory). The address's password may be given in
    /// `PGPASSWORD` instead of the address.
    #[arg(long, global = true, env = "MALAKA_DB")]
    pub db: Option<String>,
    /// Print JSON instead of text.
    #[arg(long, global = true)]
    pub json: bool,
    /// Sign in as this account (its password is asked for). Not needed while the register has a
    /// single administrator without a password.
    #[arg(long, global = true, env = "MALAKA_ACCOUNT")]
    pub account: Option<String>,
    /// Sign in with a token an administrator made (`malaka account token create`). (Not named
    /// `token`: `cert verify TOKEN` has that name.)
    #[arg(long = "token", global = true, env = "MALAKA_TOKEN", hide_env_values = true, conflicts_with = "account")]
    pub sign_in_token: Option<String>,
    /// Read passwords from standard input, one line each, instead of the terminal.
    #[arg(long, global = true)]
    pub password_stdin: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub(crate) enum Command {
    /// Create the database (or bring it up to date) and print where it is.
    Init,
    /// Load the demo dataset into an empty database.
    Demo,
    /// Accounts and roles, passwords, automation tokens.
    #[command(subcommand)]
    Account(AccountCmd),
    /// Organisations: agencies, centres, units, partners.
    #[command(subcommand)]
    Org(OrgCmd),
    /// People on the staff register.
    #[command(subcommand)]
    Person(PersonCmd),
    /// Trainers: staff or external.
    #[command(subcommand)]
    Trainer(TrainerCmd),
    /// Venues, each with its time zone.
    #[command(subcommand)]
    Venue(VenueCmd),
    /// Study visits: delegations, programmes, travel, visas, amendments, reports.
    #[command(subcommand)]
    Visit(VisitCmd),
    /// Internships: placements at a partner's centre, weekly logs, days, evaluations, certificates.
    #[command(subcommand)]
    Internship(InternshipCmd),
    /// The programme catalogue.
    #[command(subcommand)]
    Programme(ProgrammeCmd),
    /// Trainings, seminars, study visits, internships, round tables…
    #[command(subcommand)]
    Activity(ActivityCmd),
    /// Sessions of an activity.
    #[command(subcommand)]
    Session(SessionCmd),
    /// Enrol people: nominate (one, several, a whole unit), enrol directly, cancel.
    #[command(subcommand)]
    Enrol(EnrolCmd),
    /// Approve nominations: each gets a free seat or joins the waitlist.
    Approve(ApproveArgs),
    /// Decline nominations with a reason.
    Decline(DeclineArgs),
    /// An activity's waitlist, the next to be promoted first.
    Waitlist(WaitlistArgs),
    /// Sessions as the planning calendar shows them.
    Calendar(CalendarArgs),
    /// Schedules as iCalendar files, participant lists as XLSX or CSV.
    #[command(subcommand)]
    Export(ExportCmd),
    /// Attendance marks.
    #[command(subcommand)]
    Attendance(AttendanceCmd),
    /// Completion rules and eligibility for certificates.
    #[command(subcommand)]
    Completion(CompletionCmd),
    /// Certificates: issue, the register, revoke, reissue, verify.
    #[command(subcommand)]
    Cert(CertCmd),
    /// Reports: training hours.
    #[command(subcommand)]
    Report(ReportCmd),
    /// The audit log.
    Audit(AuditArgs),
    /// Write a checked copy of the database to a new file.
    Backup(BackupArgs),
    /// Team mode: a register shared by an agency's desks on a PostgreSQL server.
    #[command(subcommand)]
    Team(TeamCmd),
    /// Replace the database with a backup (checked first; the replaced file is kept beside it).
    Restore(RestoreArgs),
    /// Check the database's integrity and show what it holds.
    Check,
}
