//! The planning commands' options: programmes, activities, sessions, enrolment, exports.

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Args, Debug)]
pub struct ProgrammeFields {
    #[arg(long)]
    pub code: String,
    #[arg(long)]
    pub title: String,
    #[arg(long)]
    pub hours: f64,
    /// uz-Latn, uz-Cyrl, ru, az or en.
    #[arg(long)]
    pub language: String,
    #[arg(long)]
    pub objectives: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum ProgrammeCmd {
    Add(ProgrammeFields),
    /// Replace a programme's fields (id or code).
    Edit {
        id: String,
        #[command(flatten)]
        fields: ProgrammeFields,
    },
    /// Archive a programme: no new activities from it.
    Archive {
        id: String,
    },
    /// Bring an archived programme back.
    Restore {
        id: String,
    },
    List {
        /// Include archived programmes.
        #[arg(long)]
        all: bool,
    },
}

#[derive(Args, Debug)]
pub struct ActivityFields {
    /// training, seminar, workshop, round_table, conference, study_visit, internship, consultation.
    #[arg(long)]
    pub kind: String,
    /// Title (default: the programme's).
    #[arg(long, default_value = "")]
    pub title: String,
    /// First day, YYYY-MM-DD.
    #[arg(long)]
    pub from: String,
    /// Last day, YYYY-MM-DD.
    #[arg(long)]
    pub to: String,
    /// Host organisation (id or short code).
    #[arg(long)]
    pub host: String,
    /// Partner organisations (id or short code); repeat for several.
    #[arg(long)]
    pub partner: Vec<String>,
    /// Programme (id or code) it is planned from: title, hours and objectives carry over.
    #[arg(long)]
    pub programme: Option<String>,
    #[arg(long)]
    pub venue: Option<String>,
    #[arg(long)]
    pub capacity: Option<i64>,
    #[arg(long, default_value = "uz-Latn")]
    pub language: String,
    #[arg(long)]
    pub hours: Option<f64>,
    #[arg(long)]
    pub description: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum ActivityCmd {
    Add {
        #[command(flatten)]
        fields: ActivityFields,
        /// draft or planned (default planned).
        #[arg(long)]
        status: Option<String>,
    },
    /// Replace an activity's planned fields.
    Edit {
        id: String,
        #[command(flatten)]
        fields: ActivityFields,
    },
    /// Move an activity along draft → planned → confirmed → in_progress → completed, or cancel it.
    Status {
        id: String,
        status: String,
        /// Required to cancel.
        #[arg(long)]
        reason: Option<String>,
    },
    List {
        /// Activities still running on or after this day (YYYY-MM-DD).
        #[arg(long)]
        from: Option<String>,
        /// Activities starting on or before this day (YYYY-MM-DD).
        #[arg(long)]
        to: Option<String>,
        #[arg(long)]
        kind: Option<String>,
        #[arg(long)]
        status: Option<String>,
        /// Host or partner organisation (id or short code).
        #[arg(long)]
        org: Option<String>,
        #[arg(long)]
        venue: Option<String>,
        #[arg(long)]
        trainer: Option<String>,
        #[arg(long, default_value_t = 0)]
        limit: i64,
    },
    Show {
        id: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum SessionCmd {
    /// Add a session, or a series with --weekdays and --until/--weeks.
    Add {
        #[arg(long)]
        activity: String,
        /// Local start at the venue, YYYY-MM-DDTHH:MM (the first session's).
        #[arg(long)]
        start: String,
        /// Local end, YYYY-MM-DDTHH:MM.
        #[arg(long)]
        end: String,
        /// IANA time zone (default: the venue's).
        #[arg(long)]
        tz: Option<String>,
        /// Venue (default: the activity's).
        #[arg(long)]
        venue: Option<String>,
        /// Trainer id; repeat for several.
        #[arg(long)]
        trainer: Vec<String>,
        #[arg(long)]
        title: Option<String>,
        /// Repeat on these weekdays: mon,tue,… or 1-7 (1 = Monday).
        #[arg(long, value_delimiter = ',')]
        weekdays: Vec<String>,
        /// Repeat up to and including this day (YYYY-MM-DD).
        #[arg(long, conflicts_with = "weeks")]
        until: Option<String>,
        /// Repeat for this many weeks from the first day.
        #[arg(long)]
        weeks: Option<u32>,
        /// Leave out these days (YYYY-MM-DD); repeat or separate by commas.
        #[arg(long, value_delimiter = ',')]
        skip: Vec<String>,
        /// Only show what would be created and any conflicts.
        #[arg(long)]
        check: bool,
        /// Save even if a trainer, venue or participant is booked elsewhere at that time.
        #[arg(long)]
        allow_conflict: bool,
    },
    /// Move or resize a session (new local times in its zone).
    Move {
        id: String,
        #[arg(long)]
        start: String,
        #[arg(long)]
        end: String,
        #[arg(long)]
        allow_conflict: bool,
    },
    /// Cancel one session.
    Cancel {
        id: String,
        #[arg(long)]
        reason: String,
    },
    List {
        #[arg(long, conflicts_with_all = ["from", "to"])]
        activity: Option<String>,
        /// From this day (YYYY-MM-DD, UTC).
        #[arg(long, requires = "to")]
        from: Option<String>,
        /// Until this day, exclusive (YYYY-MM-DD, UTC).
        #[arg(long, requires = "from")]
        to: Option<String>,
    },
}

#[derive(Subcommand, Debug)]
pub enum EnrolCmd {
    /// Enrol a person directly: a seat if one is free, else the waitlist.
    Add {
        #[arg(long)]
        activity: String,
        #[arg(long)]
        person: String,
        /// participant, trainer, speaker, delegate or intern.
        #[arg(long, default_value = "participant")]
        role: String,
    },
    /// Nominate people (or a whole unit) for a manager's approval.
    Nominate {
        #[arg(long)]
        activity: String,
        /// Person id; repeat for several.
        #[arg(long, required_unless_present = "unit")]
        person: Vec<String>,
        /// Everyone in this organisation unit and the units under it (id or short code).
        #[arg(long)]
        unit: Option<String>,
        #[arg(long, default_value = "participant")]
        role: String,
    },
    /// Cancel an enrolment; the first on the waitlist moves up.
    Cancel {
        #[arg(long)]
        activity: String,
        #[arg(long)]
        person: String,
        #[arg(long)]
        reason: Option<String>,
    },
    /// Who is in an activity.
    List {
        #[arg(long)]
        activity: String,
    },
}

#[derive(Args, Debug)]
pub struct CalendarArgs {
    /// First day (YYYY-MM-DD), in --tz.
    #[arg(long)]
    pub from: String,
    /// Day after the last (YYYY-MM-DD), in --tz.
    #[arg(long)]
    pub to: String,
    /// The viewer's IANA time zone.
    #[arg(long, default_value = "Asia/Tashkent")]
    pub tz: String,
    /// Host or partner organisation (id or short code).
    #[arg(long)]
    pub org: Option<String>,
    #[arg(long)]
    pub trainer: Option<String>,
    #[arg(long)]
    pub venue: Option<String>,
    #[arg(long)]
    pub kind: Option<String>,
    #[arg(long)]
    pub limit: Option<i64>,
}

#[derive(Subcommand, Debug)]
pub enum ExportCmd {
    /// A schedule as an iCalendar file: an activity's, or a person's.
    Ics {
        #[arg(long, required_unless_present = "person")]
        activity: Option<String>,
        #[arg(long)]
        person: Option<String>,
        #[arg(long)]
        out: PathBuf,
    },
    /// An activity's participant list as an Excel workbook.
    Xlsx {
        #[arg(long)]
        activity: String,
        #[arg(long)]
        out: PathBuf,
        /// Language of the headings: uz-Latn, uz-Cyrl, ru, az, en.
        #[arg(long, default_value = "uz-Latn")]
        locale: String,
    },
    /// An activity's participant list as CSV (UTF-8 with BOM).
    Csv {
        #[arg(long)]
        activity: String,
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value = "uz-Latn")]
        locale: String,
    },
}
