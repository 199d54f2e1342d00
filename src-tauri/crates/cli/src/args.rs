//! The command line: every command and its options.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

pub use crate::plan_args::*;

#[derive(Parser, Debug)]
#[command(name = "malaka", version, about = "Malaka: staff development for public-service agencies")]
pub struct Cli {
    /// Database file (default: the desktop app's database in your data directory).
    #[arg(long, global = true, env = "MALAKA_DB")]
    pub db: Option<PathBuf>,
    /// Print JSON instead of text.
    #[arg(long, global = true)]
    pub json: bool,
    /// Who is acting, for the audit log (default: your user name).
    #[arg(long, global = true, env = "MALAKA_ACTOR")]
    pub actor: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Create the database (or bring it up to date) and print where it is.
    Init,
    /// Load the demo dataset into an empty database.
    Demo,
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
    Approve {
        #[arg(long)]
        activity: String,
        /// Person id; repeat for several.
        #[arg(long, required_unless_present = "all")]
        person: Vec<String>,
        /// Every nomination awaiting approval.
        #[arg(long)]
        all: bool,
    },
    /// Decline nominations with a reason.
    Decline {
        #[arg(long)]
        activity: String,
        /// Person id; repeat for several.
        #[arg(long, required = true)]
        person: Vec<String>,
        #[arg(long)]
        reason: String,
    },
    /// An activity's waitlist, the next to be promoted first.
    Waitlist {
        #[arg(long)]
        activity: String,
    },
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
    /// The audit log.
    Audit {
        /// Only entries about this record.
        #[arg(long)]
        entity: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: i64,
    },
    /// Write a checked copy of the database to a new file.
    Backup {
        #[arg(long)]
        out: PathBuf,
    },
    /// Check the database's integrity and show what it holds.
    Check,
}

#[derive(Subcommand, Debug)]
pub enum OrgCmd {
    Add {
        #[arg(long)]
        name: String,
        /// Two-letter country code (UZ, AZ, …).
        #[arg(long)]
        country: String,
        /// agency, service_centre, ministry, partner, unit or other.
        #[arg(long)]
        kind: String,
        /// Short code, e.g. ASAN (used in certificate numbers).
        #[arg(long)]
        code: Option<String>,
        /// Parent organisation (id or short code).
        #[arg(long)]
        parent: Option<String>,
    },
    List,
    /// The logo printed on the organisation's certificates: --set a PNG, JPEG or SVG file
    /// (at most 1 MiB), --clear it, or --out to save the one it has.
    Logo {
        /// The organisation (id or short code).
        org: String,
        #[arg(long, conflicts_with_all = ["clear", "out"])]
        set: Option<PathBuf>,
        #[arg(long, conflicts_with = "out")]
        clear: bool,
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

#[derive(Args, Debug)]
pub struct PersonFields {
    #[arg(long)]
    pub family: String,
    #[arg(long)]
    pub given: String,
    #[arg(long)]
    pub patronymic: Option<String>,
    /// The family name in the other script.
    #[arg(long)]
    pub family_alt: Option<String>,
    #[arg(long)]
    pub given_alt: Option<String>,
    #[arg(long)]
    pub patronymic_alt: Option<String>,
    /// Organisation (id or short code).
    #[arg(long)]
    pub org: String,
    /// Unit within the organisation (id or short code).
    #[arg(long)]
    pub unit: Option<String>,
    /// Personnel number, unique within the organisation.
    #[arg(long)]
    pub number: Option<String>,
    #[arg(long)]
    pub position: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    /// YYYY-MM-DD
    #[arg(long)]
    pub birth_date: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum PersonCmd {
    Add(Box<PersonFields>),
    List {
        /// Only this organisation or unit (id or short code).
        #[arg(long)]
        org: Option<String>,
        #[arg(long, default_value_t = 100)]
        limit: i64,
        #[arg(long, default_value_t = 0)]
        offset: i64,
    },
    Show {
        id: String,
    },
    /// Find people by the start of their names, in Latin or Cyrillic.
    Search {
        #[arg(required = true)]
        query: Vec<String>,
        #[arg(long, default_value_t = 20)]
        limit: i64,
    },
    /// Import people from CSV (UTF-8, UTF-8 with BOM, Windows-1251; `,` or `;`) or XLSX.
    Import {
        file: PathBuf,
        /// Organisation for rows without an organisation column (id or short code).
        #[arg(long)]
        org: Option<String>,
        /// Check the file and list every problem; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Import a file even though the same file was imported before.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum TrainerCmd {
    Add {
        /// A person on the register (id).
        #[arg(long)]
        person: Option<String>,
        /// An external trainer's name.
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        affiliation: Option<String>,
        #[arg(long)]
        expertise: Option<String>,
    },
    List,
}

#[derive(Subcommand, Debug)]
pub enum VenueCmd {
    Add {
        #[arg(long)]
        name: String,
        #[arg(long)]
        city: String,
        #[arg(long)]
        country: String,
        /// IANA time zone, e.g. Asia/Tashkent.
        #[arg(long)]
        tz: String,
        #[arg(long)]
        address: Option<String>,
        #[arg(long)]
        capacity: Option<i64>,
    },
    List,
}

#[derive(Subcommand, Debug)]
pub enum AttendanceCmd {
    /// Mark one or more people in a session (one transaction).
    Mark {
        #[arg(long)]
        session: String,
        /// Person id; repeat for several with the same mark.
        #[arg(long, required = true)]
        person: Vec<String>,
        /// present, late, absent or excused; `clear` removes the mark (its history stays).
        #[arg(long)]
        status: String,
        #[arg(long)]
        minutes_late: Option<i64>,
        #[arg(long)]
        note: Option<String>,
        /// Why a recorded mark changes.
        #[arg(long)]
        reason: Option<String>,
    },
    /// Enter a session's marks at once: from a file typed up from the sign-in sheet (columns
    /// person — id or personnel number —, status, minutes_late, note) and/or for everyone unmarked.
    Bulk {
        #[arg(long)]
        session: String,
        /// CSV or spreadsheet; any problem refuses the whole file, naming row and column.
        #[arg(long)]
        file: Option<PathBuf>,
        /// The mark for everyone on the roll with no mark who is not in the file.
        #[arg(long)]
        rest: Option<String>,
        #[arg(long)]
        reason: Option<String>,
    },
    /// A session's roll, or a whole activity's (people × sessions), with the current marks.
    Show {
        #[arg(long, required_unless_present = "activity", conflicts_with = "activity")]
        session: Option<String>,
        #[arg(long)]
        activity: Option<String>,
    },
    /// Every change to one person's mark.
    History {
        #[arg(long)]
        session: String,
        #[arg(long)]
        person: String,
    },
    /// Today's, upcoming and recent sessions (one trainer's, or everyone's), with marks missing.
    Sessions {
        #[arg(long)]
        trainer: Option<String>,
        /// IANA zone that decides where today begins.
        #[arg(long)]
        time_zone: Option<String>,
    },
    /// Print a session's sign-in sheet as a PDF.
    Sheet {
        #[arg(long)]
        session: String,
        /// uz-Latn, uz-Cyrl, ru, az or en.
        #[arg(long, default_value = "uz-Latn")]
        locale: String,
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Subcommand, Debug)]
pub enum CompletionCmd {
    /// Each participant's attendance rate and whether they may receive a certificate (and why not).
    Show {
        #[arg(long)]
        activity: String,
    },
    /// Set an activity's completion rule.
    Rule {
        #[arg(long)]
        activity: String,
        /// sessions or hours.
        #[arg(long, default_value = "sessions")]
        basis: String,
        #[arg(long, default_value_t = 80.0)]
        min_percent: f64,
        /// How a late arrival counts: full, half or none.
        #[arg(long, default_value = "full")]
        late_counts: String,
        /// Excused absences count as attended.
        #[arg(long)]
        excused_counts: bool,
        /// none, pass_fail or score.
        #[arg(long, default_value = "none")]
        assessment: String,
        /// Lowest passing score (0–100) for a scored assessment.
        #[arg(long)]
        pass_mark: Option<f64>,
    },
    /// Record a participant's assessment result.
    Assess {
        #[arg(long)]
        activity: String,
        #[arg(long)]
        person: String,
        /// pass or fail (pass/fail assessments).
        #[arg(long, conflicts_with = "score")]
        result: Option<String>,
        #[arg(long)]
        score: Option<f64>,
    },
}

#[derive(Subcommand, Debug)]
pub enum CertCmd {
    /// Issue certificates to an activity's eligible participants (all, or those named); never twice.
    Issue {
        #[arg(long)]
        activity: String,
        /// Only these people (each must be eligible); repeat for several.
        #[arg(long)]
        person: Vec<String>,
    },
    /// The register of issued certificates, newest first.
    List {
        #[arg(long)]
        activity: Option<String>,
        /// Part of a certificate number or a holder's name.
        #[arg(long)]
        search: Option<String>,
        #[arg(long, default_value_t = 100)]
        limit: i64,
    },
    /// One certificate, by id or number.
    Show { certificate: String },
    /// Revoke a certificate; the reason is kept and its marks unlock.
    Revoke {
        certificate: String,
        #[arg(long)]
        reason: String,
    },
    /// Issue a new certificate in place of a revoked one (new number, pointing to the old).
    Reissue { certificate: String },
    /// Print certificates as PDF: an activity's (those in force) or the ones named, in one
    /// document for the printer, or one file per person with --each.
    Print {
        #[arg(long, required_unless_present = "certificate")]
        activity: Option<String>,
        /// A certificate id or number; repeat for several.
        #[arg(long)]
        certificate: Vec<String>,
        /// uz-Latn, uz-Cyrl, ru, az or en.
        #[arg(long, default_value = "uz-Latn")]
        locale: String,
        /// A second language printed under the first (a bilingual certificate), e.g. en.
        #[arg(long)]
        also: Option<String>,
        /// The merged PDF, or with --each the directory for one PDF per certificate.
        #[arg(long)]
        out: PathBuf,
        #[arg(long)]
        each: bool,
    },
    /// Check a certificate token (from its QR code): against this issuer's keys and register, or —
    /// with --public-key — offline with another issuer's published key and revocation list.
    Verify {
        /// The token; or give --file.
        #[arg(required_unless_present = "file")]
        token: Option<String>,
        /// The certificate as a PDF (printed, or scanned to PDF) or a PNG/JPEG picture of its QR.
        #[arg(long, alias = "image", conflicts_with = "token")]
        file: Option<PathBuf>,
        /// The issuer's public key, 64 hex digits (from `malaka cert public-key`).
        #[arg(long)]
        public_key: Option<String>,
        /// The issuer's signed revocation list (from `malaka cert revocations`).
        #[arg(long, requires = "public_key")]
        revocations: Option<PathBuf>,
    },
    /// Write the signed list of revoked certificates, to publish beside the public key.
    Revocations {
        #[arg(long)]
        out: PathBuf,
    },
    /// The public key to publish, so anyone can verify this issuer's certificates offline.
    PublicKey,
    /// An organisation's own certificate template: where it is, --copy the default there to edit
    /// it, --preview a sample certificate printed with it (a template error names line and column).
    Template {
        #[arg(long)]
        org: String,
        #[arg(long)]
        copy: bool,
        /// Write a sample certificate printed with it: a PDF, or a picture if the name ends .png.
        #[arg(long)]
        preview: Option<PathBuf>,
        #[arg(long, default_value = "uz-Latn")]
        locale: String,
        /// A second locale for a bilingual preview.
        #[arg(long)]
        also: Option<String>,
    },
}
