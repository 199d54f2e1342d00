//! Why something was refused: a stable key with typed parameters, never prose. Front ends word a
//! reason in the user's language (the UI through its catalogue, key `reason.<key>`); the English
//! [`Display`](std::fmt::Display) here is the CLI's wording and the log's.
//!
//! A key, once shipped, keeps its meaning: add a variant rather than change one.

use serde::Serialize;

/// One reason, serialised as `{"key": "too_long", "max": 500}`.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(tag = "key", rename_all = "snake_case")]
#[ts(export)]
pub enum Reason {
    // --- A value in a field ---
    Required,
    TooLong {
        max: u32,
    },
    ControlCharacters,
    NotAnId {
        value: String,
    },
    NotAnEmail {
        value: String,
    },
    /// A server's name or address with characters no host name has.
    NotAHost {
        value: String,
    },
    NotAPhone {
        value: String,
    },
    NotACountry {
        value: String,
    },
    NotADate {
        value: String,
    },
    /// A value outside a closed list; `allowed` are the stored forms (the UI words them).
    NotOneOf {
        value: String,
        allowed: Vec<String>,
    },
    NotPositive {
        value: f64,
    },
    OutOfRange {
        value: f64,
        min: f64,
        max: f64,
    },
    BadShortCode {
        value: String,
    },
    BadProgrammeCode {
        value: String,
    },
    NotATimeZone {
        value: String,
    },
    NotALocalTime {
        value: String,
    },
    /// A wall time skipped by a clock change in `zone`.
    ClockChangeGap {
        value: String,
        zone: String,
    },
    NotAWeekday {
        value: u32,
    },
    UnknownLocale {
        value: String,
    },
    NotAPersonField {
        value: String,
    },
    NotMinutes {
        value: String,
    },

    // --- Rules between fields ---
    EndsBeforeStart {
        start: String,
    },
    EndNotAfterStart,
    SessionTooLong {
        max_hours: u32,
    },
    HostIsPartner,
    ExternalTrainerNeedsName,
    TimeZoneWithoutVenue,
    ClearedMarkHasNote,
    OnlyLateHasMinutes,
    NeedsPassMark,
    StatusChange {
        from: String,
        to: String,
    },
    CancelReasonRequired,
    UntilBeforeFirst {
        first: String,
    },
    TooManySessions {
        max: u32,
    },
    NoChosenWeekday,
    SessionOutsideDates {
        when: String,
    },
    /// A programme item on a day the visit does not take.
    OutsideVisitDates {
        when: String,
        from: String,
        to: String,
    },
    /// A leg of a journey that arrives (in its zone) no later than it departs (in its own).
    ArrivesBeforeDeparture {
        departs: String,
    },
    /// A visit is confirmed only after its host has accepted it.
    HostNotAccepted {
        host: String,
    },
    /// A change to a visit both sides agreed on is an amendment and says why.
    AmendmentReasonRequired {
        status: String,
    },
    /// A delegation member who is not in the register needs a name.
    MemberNeedsName,
    /// The person is away on another visit or internship on some of these days.
    AlreadyAway {
        person: String,
        title: String,
        /// The other visit's days, `2027-04-12 – 2027-04-16`.
        when: String,
    },
    /// The person is already in this delegation.
    AlreadyMember {
        person: String,
    },
    /// A day (of a host unit, an attendance mark) outside the placement's days.
    OutsidePlacementDates {
        when: String,
        from: String,
        to: String,
    },
    /// The mentor evaluates once the placement has started.
    EvaluationBeforeStart {
        start: String,
    },
    /// An evaluation scores each agreed objective once.
    ScoresPerObjective {
        objectives: u32,
        scores: u32,
    },
    /// A placement is agreed only with a mentor.
    MentorRequired,
    /// A placement is agreed only on its learning objectives.
    ObjectivesRequired,
    /// A certificate of internship needs the mentor's final evaluation.
    FinalEvaluationRequired,
    /// A placement keeps its intern: another intern is another placement.
    InternFixed,
    OutsideActivityDates {
        when: String,
        from: String,
        to: String,
    },
    CalendarTooLong {
        max_days: u32,
    },
    MappingColumns {
        mapped: u32,
        columns: u32,
    },

    // --- Batches and selections ---
    NothingSelected,
    TooManyAtOnce {
        max: u32,
    },
    NothingToSave,
    UnitHasNobody {
        unit: String,
    },
    UnitTooLarge {
        unit: String,
        max: u32,
    },
    UnitNotOfOrganisation {
        unit: String,
        organisation: String,
    },
    /// An organisation cannot move under itself or one of its own units.
    ParentWithin {
        organisation: String,
    },
    /// An imported row names a unit its organisation does not have yet: create it or pick one.
    UnitUnknown {
        unit: String,
        organisation: String,
    },

    // --- Records and their state ---
    NotFound {
        entity: String,
        id: String,
    },
    /// Someone changed the record since it was read.
    Stale {
        entity: String,
    },
    /// A mark someone else saved since the roll was read: who and when (UTC).
    MarkChangedBy {
        person: String,
        by: String,
        at: String,
    },
    /// A personnel number another person of the same organisation has.
    PersonnelNumberUsed,
    /// A short code another organisation has.
    ShortCodeUsed,
    /// A code another programme has.
    ProgrammeCodeUsed,
    /// A personnel number another person of the organisation has.
    NumberTaken {
        value: String,
    },
    AlreadyEnrolled,
    AlreadyTrainer,
    AlreadyExists,
    MissingReference,
    ProgrammeArchived {
        code: String,
    },
    ActivityCancelled {
        title: String,
    },
    ActivityNotOpen {
        title: String,
        status: String,
    },
    SessionCancelled,
    SessionAlreadyCancelled,
    CancelledSessionCannotMove,
    NotEnrolled {
        person: String,
    },
    NotAParticipant {
        person: String,
    },
    NotAwaitingApproval {
        person: String,
        status: String,
    },
    EnrolmentAlready {
        status: String,
    },
    NoRoll,
    NoMidnight,
    NoAssessment,
    AssessmentIsPassFail,
    AssessmentIsScore,
    /// A mark or result an issued certificate rests on.
    LockedByCertificate {
        code: String,
    },
    MarksLocked {
        person: String,
        code: String,
    },
    AlreadyInActivity {
        person: String,
        title: String,
        status: String,
    },
    DatabaseNotEmpty,

    // --- Certificates ---
    CannotNumberCertificates {
        value: String,
    },
    NoShortCode {
        organisation: String,
    },
    OneOrganisationPerDocument,
    RevocationListForeign,
    YearOutOfRange {
        min: u32,
        max: u32,
    },
    TooLongForToken {
        max: u32,
    },
    AlreadyRevoked {
        code: String,
    },
    CertificateInForce {
        code: String,
    },
    NoLongerParticipant {
        person: String,
    },
    AlreadyHolds {
        person: String,
        code: String,
    },
    NoLongerEligible {
        person: String,
    },
    RevokedNotPrinted {
        code: String,
    },
    NothingToPrint,
    TokenMalformed,
    UnknownKey {
        key_id: String,
    },
    BadSignature,
    PublicKeyFormat,
    RevocationListSignature,
    /// No signing key yet: an administrator sets one up with a passphrase.
    SigningKeyNotSetUp,
    /// The signing key is sealed: its passphrase unlocks it for this session.
    SigningKeyLocked,
    WrongPassphrase,
    /// A token dated after its key was retired.
    SignedAfterRetirement {
        key_id: String,
        retired_on: String,
    },
    /// An entry of a revocation list that is not a certificate number.
    RevokedNumberMalformed {
        value: String,
    },
    /// A revocation list in a format this version does not know.
    RevocationListVersion {
        version: u32,
    },
    NotAMalakaQr {
        file: String,
    },
    /// A template the organisation edited does not compile; `detail` is typst's own words,
    /// file:line:column, which the template's author needs verbatim.
    Template {
        detail: String,
    },
    RenderingStopped,
    /// A user's template that did not lay out within the time limit.
    TemplateTooSlow {
        seconds: u32,
    },
    /// A user's template that asked for more memory than its layout may have.
    TemplateTooBig {
        megabytes: u32,
    },
    /// A report too long to print: narrow it, or save it as a spreadsheet.
    TooManyRowsToPrint {
        rows: u32,
        max: u32,
    },
    NotAPicture {
        file: String,
    },
    PictureTooLarge {
        kib: u32,
        max_kib: u32,
    },
    PictureCannotPrint {
        file: String,
    },
    TemplateExists {
        path: String,
    },

    // --- Files ---
    /// A hire date on or before the person's birth date.
    HiredBeforeBorn,

    FileNotFound {
        file: String,
    },
    /// A command was given a file the user did not choose in one of the app's dialogs.
    FileNotPicked,
    FileUnreadable {
        file: String,
    },
    FileExists {
        file: String,
    },
    BackupOverDatabase,
    /// An export aimed at the register's database or a file beside it.
    ExportOverRegister {
        file: String,
    },
    /// A file offered as a backup that is not a Malaka register.
    NotABackup {
        file: String,
    },
    /// A backup written by a newer version of Malaka than this one.
    BackupFromNewerVersion {
        file: String,
    },
    /// Another program (a second window, a `malaka` command) has the database open.
    DatabaseInUse {
        file: String,
    },
    NoDataDirectory,
    /// What the team database (PostgreSQL) does not serve from a desk yet; `area` names it.
    TeamModeLacks {
        area: String,
    },
    /// Backups and restores of a team database happen on its server (`pg_dump`, `pg_restore`).
    ServerKeepsBackups,
    /// The team database's server could not be reached or refused the connection.
    ServerUnreachable {
        server: String,
        why: String,
    },
    /// The server login a desk connected with has no (enabled) account in the team database.
    NoAccountForLogin {
        login: String,
    },
    /// The team database's schema is older than this version; its owner updates it.
    TeamSchemaBehind {
        server: String,
    },
    /// A move to a team database found a difference (or a non-empty target) and was undone.
    TeamMoveDiffers {
        table: String,
        detail: String,
    },
    UnsupportedFormat {
        file: String,
        extension: String,
    },
    FileEmpty {
        file: String,
    },
    HeaderOnly {
        file: String,
    },
    Ragged {
        file: String,
        row: u32,
        found: u32,
        expected: u32,
    },
    UnsupportedEncoding {
        file: String,
        encoding: String,
    },
    BinaryData {
        file: String,
        row: u32,
        column: String,
    },
    CsvBroken {
        file: String,
        row: u32,
    },
    WorkbookUnreadable {
        file: String,
    },
    CellError {
        file: String,
        row: u32,
        column: String,
        error: String,
    },
    NoQrCode {
        file: String,
    },
    SheetTooLarge {
        file: String,
        rows: u32,
        columns: u32,
        max_rows: u32,
        max_columns: u32,
    },
    CellTooLong {
        file: String,
        row: u32,
        column: u32,
        max: u32,
    },
    /// A file larger than any of its kind should be; refused before it is read.
    FileTooLarge {
        file: String,
        mib: u32,
        max_mib: u32,
    },
    /// A picture stating a size beyond any scan, photo or logo; refused before it is decoded.
    PictureDimensions {
        file: String,
        width: u64,
        height: u64,
    },
    TooManyRows {
        file: String,
        rows: u32,
        max: u32,
    },
    NotARevocationList {
        file: String,
    },
    NeedsColumns {
        columns: Vec<String>,
    },
    AlreadyImported {
        file: String,
        at: String,
        rows: u32,
    },
    ImportRejected {
        file: String,
        problems: u32,
    },

    // --- One cell of an imported file ---
    MissingColumn {
        field: String,
    },
    MissingValue {
        field: String,
    },
    NotADateCell {
        value: String,
    },
    DuplicateInFile {
        value: String,
        first_row: u32,
    },
    NoSuchOrganisation {
        value: String,
    },
    OrganisationNeeded,
    StatusUnknown {
        value: String,
    },
    NotOnRoll {
        value: String,
    },

    // --- Accounts and sign-in ---
    LoginFormat {
        value: String,
    },
    PasswordTooShort {
        min: u32,
    },
    TrainerAccountNeedsTrainer,
    LoginTaken {
        login: String,
    },
    /// This register asks everyone to sign in, and nobody has.
    SignInRequired,
    /// The login or the password is wrong (which one is not said).
    WrongSignIn,
    AccountLocked {
        until: String,
    },
    /// The signed-in account's role does not allow `action` (an [`crate::access::Action`]).
    NotAllowed {
        action: String,
    },
    /// A trainer's account records attendance only in sessions the trainer gives.
    NotYourSession,
    /// A second account makes everyone sign in: the administrator needs a password first.
    OwnPasswordFirst,
    /// The register would be left without an administrator who can sign in.
    LastAdministrator,
    WrongPassword,
    PasswordsDiffer,

    // --- Other kinds of error ---
    /// A request a front end could not even deliver (its own failure, before any rule ran).
    MalformedInput,
    /// A failure with no better words; a front end's last resort.
    Unexpected,
    ScheduleConflict {
        count: u32,
    },
    /// Storage failed; the details are in the log file at `log` (empty when there is none).
    Storage {
        log: String,
    },
    /// The database file failed its integrity check; SQLite's findings are in the log at `log`.
    DatabaseDamaged {
        file: String,
        log: String,
    },
    Cancelled,
}

/// Turns a count into a parameter; counts over `u32::MAX` cannot happen in one register.
pub fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use Reason as R;
        match self {
            R::Required => write!(f, "is required"),
            R::TooLong { max } => write!(f, "is longer than {max} characters"),
            R::ControlCharacters => write!(f, "contains control characters"),
            R::NotAnId { value } => write!(f, "'{value}' is not a valid id"),
            R::NotAnEmail { value } => write!(f, "'{value}' is not an e-mail address"),
            R::NotAHost { value } => write!(f, "'{value}' is not a server name or address"),
            R::NotAPhone { value } => write!(f, "'{value}' is not a phone number"),
            R::NotACountry { value } => write!(f, "'{value}' is not a two-letter country code"),
            R::NotADate { value } => write!(f, "'{value}' is not a date (YYYY-MM-DD)"),
            R::NotOneOf { value, allowed } => write!(f, "'{value}' is not one of {}", allowed.join(", ")),
            R::NotPositive { value } => write!(f, "must be a positive number, got {value}"),
            R::OutOfRange { value, min, max } => write!(f, "must be {min} to {max}, got {value}"),
            R::BadShortCode { value } => write!(f, "'{value}' must be up to 12 letters, digits or '-'"),
            R::BadProgrammeCode { value } => write!(f, "'{value}' must be up to 24 letters, digits, '-', '_' or '.'"),
            R::NotATimeZone { value } => write!(f, "'{value}' is not an IANA time zone"),
            R::NotALocalTime { value } => write!(f, "'{value}' is not a local time (YYYY-MM-DDTHH:MM)"),
            R::ClockChangeGap { value, zone } => write!(f, "{value} does not exist in {zone} (clock change)"),
            R::NotAWeekday { value } => write!(f, "{value} is not a weekday (1 = Monday … 7 = Sunday)"),
            R::UnknownLocale { value } => write!(f, "'{value}' is not one of uz-Latn, uz-Cyrl, ru, az, en"),
            R::NotAPersonField { value } => write!(f, "'{value}' is not a person field"),
            R::NotMinutes { value } => write!(f, "'{value}' is not a number of minutes"),
            R::EndsBeforeStart { start } => write!(f, "is before the start {start}"),
            R::EndNotAfterStart => write!(f, "must be after the start"),
            R::SessionTooLong { max_hours } => write!(f, "a session lasts at most {max_hours} hours"),
            R::HostIsPartner => write!(f, "the host cannot also be a partner"),
            R::ExternalTrainerNeedsName => write!(f, "an external trainer needs a name (or give a person)"),
            R::TimeZoneWithoutVenue => write!(f, "is required when the session has no venue"),
            R::ClearedMarkHasNote => write!(f, "a cleared mark has no note"),
            R::OnlyLateHasMinutes => write!(f, "only a late mark has minutes late"),
            R::NeedsPassMark => write!(f, "a scored assessment needs a pass mark"),
            R::StatusChange { from, to } => write!(f, "an activity that is {from} cannot become {to}"),
            R::CancelReasonRequired => write!(f, "say why it is cancelled"),
            R::UntilBeforeFirst { first } => write!(f, "is before the first session {first}"),
            R::TooManySessions { max } => write!(f, "a plan makes at most {max} sessions"),
            R::NoChosenWeekday => write!(f, "no day in the period is on the chosen weekdays"),
            R::SessionOutsideDates { when } => write!(f, "the session on {when} would fall outside the new dates"),
            R::OutsideVisitDates { when, from, to } => {
                write!(f, "{when} is outside the visit's days ({from} to {to})")
            }
            R::ArrivesBeforeDeparture { departs } => write!(f, "arrives before it departs ({departs})"),
            R::HostNotAccepted { host } => write!(f, "the host has not accepted the visit yet ({host})"),
            R::AmendmentReasonRequired { status } => {
                write!(f, "the visit is {status}: say why it changes (the change is kept as an amendment)")
            }
            R::MemberNeedsName => write!(f, "choose a person from the register or type the member's name"),
            R::AlreadyAway { person, title, when } => write!(f, "{person} is away then: {title} ({when})"),
            R::AlreadyMember { person } => write!(f, "{person} is already in the delegation"),
            R::OutsidePlacementDates { when, from, to } => {
                write!(f, "{when} is outside the placement's days ({from} to {to})")
            }
            R::EvaluationBeforeStart { start } => write!(f, "is before the placement started ({start})"),
            R::ScoresPerObjective { objectives, scores } => {
                write!(f, "score each of the {objectives} objectives once ({scores} scores given)")
            }
            R::MentorRequired => write!(f, "name the intern's mentor first"),
            R::ObjectivesRequired => write!(f, "agree at least one learning objective first"),
            R::FinalEvaluationRequired => write!(f, "record the mentor's final evaluation first"),
            R::InternFixed => {
                write!(f, "a placement keeps its intern: withdraw it and propose one for the other person")
            }
            R::OutsideActivityDates { when, from, to } => {
                write!(f, "{when} falls outside the activity's dates {from}–{to}")
            }
            R::CalendarTooLong { max_days } => write!(f, "a calendar shows at most {max_days} days at once"),
            R::MappingColumns { mapped, columns } => write!(f, "{mapped} columns mapped, the file has {columns}"),
            R::NothingSelected => write!(f, "choose at least one"),
            R::TooManyAtOnce { max } => write!(f, "at most {max} at once"),
            R::NothingToSave => write!(f, "nothing to save"),
            R::UnitHasNobody { unit } => write!(f, "nobody works in {unit}"),
            R::UnitTooLarge { unit, max } => write!(f, "{unit} has over {max} people"),
            R::UnitNotOfOrganisation { unit, organisation } => write!(f, "{unit} is not a unit of {organisation}"),
            R::ParentWithin { organisation } => {
                write!(f, "{organisation} cannot be placed under itself or one of its own units")
            }
            R::UnitUnknown { unit, organisation } => {
                write!(f, "{organisation} has no unit \"{unit}\" yet: create it or map it to one it has")
            }
            R::NotFound { entity, id } => write!(f, "{entity} '{id}' not found"),
            R::Stale { entity } => write!(f, "the {entity} was changed by someone else; reload and try again"),
            R::MarkChangedBy { person, by, at } => {
                write!(f, "{person}'s mark was changed by {by} at {at}; reload the roll and try again")
            }
            R::PersonnelNumberUsed => write!(f, "already used in this organisation"),
            R::ShortCodeUsed => write!(f, "already used by another organisation"),
            R::ProgrammeCodeUsed => write!(f, "already used by another programme"),
            R::NumberTaken { value } => write!(f, "personnel number {value} is already used in this organisation"),
            R::AlreadyEnrolled => write!(f, "already enrolled in this activity"),
            R::AlreadyTrainer => write!(f, "is already a trainer"),
            R::AlreadyExists => write!(f, "already exists"),
            R::MissingReference => write!(f, "refers to a record that does not exist"),
            R::ProgrammeArchived { code } => write!(f, "{code} is archived"),
            R::ActivityCancelled { title } => write!(f, "\"{title}\" is cancelled"),
            R::ActivityNotOpen { title, status } => write!(f, "\"{title}\" is {status}"),
            R::SessionCancelled => write!(f, "the session was cancelled"),
            R::CancelledSessionCannotMove => write!(f, "a cancelled session cannot be moved"),
            R::SessionAlreadyCancelled => write!(f, "the session is already cancelled"),
            R::NotEnrolled { person } => write!(f, "{person} is not enrolled in this activity"),
            R::NotAParticipant { person } => write!(f, "{person} is not a participant of this activity"),
            R::NotAwaitingApproval { person, status } => write!(f, "{person} is not awaiting approval ({status})"),
            R::EnrolmentAlready { status } => write!(f, "the enrolment is already {status}"),
            R::NoRoll => write!(f, "the session has no roll"),
            R::NoMidnight => write!(f, "today has no midnight in this zone"),
            R::NoAssessment => write!(f, "this activity's completion rule has no assessment"),
            R::AssessmentIsPassFail => write!(f, "this activity's assessment is pass or fail, not a score"),
            R::AssessmentIsScore => write!(f, "this activity's assessment is a score"),
            R::LockedByCertificate { code } => write!(f, "locked by certificate {code}; revoke it first"),
            R::MarksLocked { person, code } => {
                write!(f, "{person}'s marks are locked by certificate {code}; revoke the certificate to change them")
            }
            R::AlreadyInActivity { person, title, status } => {
                write!(f, "{person} is already in \"{title}\" ({status})")
            }
            R::DatabaseNotEmpty => write!(f, "the database is not empty; the demo loads only into an empty one"),
            R::CannotNumberCertificates { value } => {
                write!(f, "'{value}' cannot number certificates (A–Z, 0–9, -)")
            }
            R::NoShortCode { organisation } => {
                write!(f, "{organisation} has no short code; give it one to number its certificates")
            }
            R::OneOrganisationPerDocument => {
                write!(f, "print each organisation's certificates in a document of its own")
            }
            R::RevocationListForeign => {
                write!(f, "the revocation list is not signed with this issuer's key, or was altered")
            }
            R::YearOutOfRange { min, max } => write!(f, "must be between {min} and {max}"),
            R::TooLongForToken { max } => write!(f, "must be 1 to {max} bytes in a token"),
            R::AlreadyRevoked { code } => write!(f, "certificate {code} is already revoked"),
            R::CertificateInForce { code } => write!(f, "certificate {code} is in force; revoke it before reissuing"),
            R::NoLongerParticipant { person } => write!(f, "{person} is no longer a participant"),
            R::AlreadyHolds { person, code } => write!(f, "{person} already holds certificate {code}"),
            R::NoLongerEligible { person } => write!(f, "{person} is no longer eligible"),
            R::RevokedNotPrinted { code } => write!(f, "certificate {code} is revoked and is not printed"),
            R::NothingToPrint => write!(f, "nothing to print"),
            R::TokenMalformed => write!(f, "not a Malaka certificate token"),
            R::UnknownKey { key_id } => write!(f, "signed by key {key_id}, which is not this issuer's"),
            R::BadSignature => {
                write!(f, "the signature does not match: the token was altered or not issued with this key")
            }
            R::PublicKeyFormat => write!(f, "must be 64 hex digits (32 bytes)"),
            R::RevocationListSignature => write!(f, "the revocation list's signature is not 128 hex digits"),
            R::SigningKeyNotSetUp => {
                write!(f, "there is no signing key yet: an administrator sets one up with a passphrase")
            }
            R::SigningKeyLocked => write!(f, "the signing key is locked: give its passphrase to unlock it"),
            R::WrongPassphrase => write!(f, "the passphrase is wrong"),
            R::SignedAfterRetirement { key_id, retired_on } => {
                write!(f, "dated after its key {key_id} was retired on {retired_on}: not a valid certificate")
            }
            R::RevokedNumberMalformed { value } => {
                write!(f, "the revocation list holds \"{value}\", which is not a certificate number")
            }
            R::RevocationListVersion { version } => {
                write!(f, "the revocation list is in format {version}, which this version of Malaka does not read")
            }
            R::NotAMalakaQr { file } => write!(f, "{file}: the QR code is not a Malaka certificate's"),
            R::Template { detail } => write!(f, "{detail}"),
            R::TemplateTooSlow { seconds } => {
                write!(f, "the template took longer than {seconds} s; look for an endless loop in it")
            }
            R::TemplateTooBig { megabytes } => {
                write!(
                    f,
                    "the template needed more than {megabytes} MB of memory; look for a loop that grows without end"
                )
            }
            R::TooManyRowsToPrint { rows, max } => write!(
                f,
                "the report has {rows} rows; a printout holds at most {max}: narrow the filters or save it as XLSX"
            ),
            R::RenderingStopped => write!(f, "rendering stopped: the template took too long or too much memory"),
            R::NotAPicture { file } => write!(f, "{file}: not a PNG, JPEG or SVG picture"),
            R::PictureTooLarge { kib, max_kib } => write!(f, "the picture is {kib} KiB; at most {max_kib} KiB"),
            R::PictureCannotPrint { file } => write!(f, "{file}: the picture cannot be printed"),
            R::TemplateExists { path } => write!(f, "{path} exists already; edit it, or move it away first"),
            R::HiredBeforeBorn => write!(f, "the hire date must come after the birth date"),
            R::FileNotFound { file } => write!(f, "{file}: no such file"),
            R::FileNotPicked => write!(f, "choose the file again in the dialog"),
            R::FileUnreadable { file } => write!(f, "{file}: cannot be read or written"),
            R::FileExists { file } => write!(f, "{file}: already exists; choose a new file name"),
            R::NotABackup { file } => write!(f, "{file} is not a Malaka backup"),
            R::BackupFromNewerVersion { file } => {
                write!(f, "{file} was written by a newer version of Malaka; update Malaka to restore it")
            }
            R::DatabaseInUse { file } => write!(f, "{file} is open in another program; close it first"),
            R::ExportOverRegister { file } => {
                write!(f, "{file} belongs to the register; save the export somewhere else")
            }
            R::BackupOverDatabase => write!(f, "the backup cannot replace the database itself"),
            R::NoDataDirectory => write!(f, "no data directory on this system; give a database file"),
            R::TeamModeLacks { area } => {
                write!(f, "the team database does not serve {area} yet; use a local register for it")
            }
            R::ServerKeepsBackups => {
                write!(f, "a team database is backed up and restored on its server (pg_dump, pg_restore)")
            }
            R::ServerUnreachable { server, why } => write!(f, "cannot reach the team database {server}: {why}"),
            R::NoAccountForLogin { login } => {
                write!(f, "the login {login} has no account in this team database; ask its administrator")
            }
            R::TeamSchemaBehind { server } => {
                write!(f, "the team database {server} is older than this Malaka; its owner runs `malaka team init`")
            }
            R::TeamMoveDiffers { table, detail } => {
                write!(f, "the move to the team database stopped at table {table} and was undone: {detail}")
            }
            R::UnsupportedFormat { file, extension } => {
                write!(f, "{file}: unsupported file type \"{extension}\"; use .csv, .txt, .xlsx, .xlsm, .xls or .ods")
            }
            R::FileEmpty { file } => write!(f, "{file}: the file is empty"),
            R::HeaderOnly { file } => write!(f, "{file}: the file has a header row but no data rows"),
            R::Ragged { file, row, found, expected } => {
                write!(f, "{file}: row {row}: {found} fields, the header has {expected}")
            }
            R::UnsupportedEncoding { file, encoding } => {
                write!(f, "{file}: the file is {encoding} text; save it as \"CSV UTF-8\" or plain CSV")
            }
            R::BinaryData { file, row, column } => {
                write!(f, "{file}: row {row}, column \"{column}\": binary data; this does not look like a text file")
            }
            R::CsvBroken { file, row } => write!(f, "{file}: row {row}: not valid CSV"),
            R::WorkbookUnreadable { file } => write!(f, "{file}: cannot read the workbook"),
            R::CellError { file, row, column, error } => {
                write!(f, "{file}: row {row}, column \"{column}\": cell error {error}")
            }
            R::NoQrCode { file } => write!(f, "{file}: no readable QR code"),
            R::SheetTooLarge { file, rows, columns, max_rows, max_columns } => write!(
                f,
                "{file}: the sheet spans {rows} rows × {columns} columns; at most {max_rows} × {max_columns} are read"
            ),
            R::CellTooLong { file, row, column, max } => {
                write!(f, "{file}: row {row}, column {column}: more than {max} characters in one cell")
            }
            R::FileTooLarge { file, mib, max_mib } => {
                write!(f, "{file} is {mib} MiB; files of this kind are at most {max_mib} MiB")
            }
            R::PictureDimensions { file, width, height } => {
                write!(f, "{file} claims to be {width} × {height} pixels, far more than a picture of this kind")
            }
            R::TooManyRows { file, rows, max } => write!(f, "{file}: {rows} rows; at most {max} in one import"),
            R::NotARevocationList { file } => write!(f, "{file}: not a revocation list"),
            R::NeedsColumns { columns } => write!(f, "the file needs the columns {}", columns.join(", ")),
            R::AlreadyImported { file, at, rows } => write!(f, "{file} was already imported on {at} ({rows} rows)"),
            R::ImportRejected { file, problems } => write!(f, "{file}: {problems} problem(s), nothing imported"),
            R::MissingColumn { field } => write!(f, "no column for the {}", field.replace('_', " ")),
            R::MissingValue { field } => write!(f, "the {} is missing", field.replace('_', " ")),
            R::NotADateCell { value } => {
                write!(f, "\"{value}\" is not a valid date; expected DD.MM.YYYY or YYYY-MM-DD")
            }
            R::DuplicateInFile { value, first_row } => write!(f, "'{value}' is already on row {first_row}"),
            R::NoSuchOrganisation { value } => write!(f, "no organisation \"{value}\""),
            R::OrganisationNeeded => write!(f, "no organisation: add an organisation column or choose one"),
            R::StatusUnknown { value } => write!(f, "'{value}' is not a mark (present, late, absent, excused)"),
            R::NotOnRoll { value } => write!(f, "'{value}' is not on this session's roll"),
            R::LoginFormat { value } => write!(f, "'{value}' must be 2 to 64 letters a–z, digits, '.', '_' or '-'"),
            R::PasswordTooShort { min } => write!(f, "must be at least {min} characters"),
            R::TrainerAccountNeedsTrainer => write!(f, "a trainer's account names the trainer it records for"),
            R::LoginTaken { login } => write!(f, "the login {login} is already taken"),
            R::SignInRequired => write!(f, "sign in first"),
            R::WrongSignIn => write!(f, "the login or the password is wrong"),
            R::AccountLocked { until } => write!(f, "too many wrong passwords: the account is locked until {until}"),
            R::NotAllowed { action } => write!(f, "your role does not allow this ({action})"),
            R::NotYourSession => write!(f, "you record attendance only in your own sessions"),
            R::OwnPasswordFirst => {
                write!(f, "set your own password first: once there are two accounts, everyone signs in")
            }
            R::LastAdministrator => write!(f, "the register needs at least one administrator who can sign in"),
            R::WrongPassword => write!(f, "the current password is wrong"),
            R::PasswordsDiffer => write!(f, "the two passwords differ"),
            R::MalformedInput => write!(f, "the request was not understood"),
            R::Unexpected => write!(f, "an unexpected error occurred"),
            R::ScheduleConflict { count } => write!(f, "{count} schedule conflict(s)"),
            R::Storage { log } if log.is_empty() => write!(f, "could not save"),
            R::Storage { log } => write!(f, "could not save; details in the log {log}"),
            R::DatabaseDamaged { file, log } => {
                write!(f, "the database {file} is damaged; restore it from a backup (details in the log {log})")
            }
            R::Cancelled => write!(f, "cancelled; nothing was kept"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_as_key_and_typed_parameters() {
        let json = serde_json::to_value(Reason::TooLong { max: 500 }).unwrap();
        assert_eq!(json, serde_json::json!({"key": "too_long", "max": 500}));
        let json = serde_json::to_value(Reason::Required).unwrap();
        assert_eq!(json, serde_json::json!({"key": "required"}));
    }

    #[test]
    fn english_for_the_cli_names_the_parameters() {
        let r = Reason::Ragged { file: "a.csv".into(), row: 4, found: 5, expected: 3 };
        assert_eq!(r.to_string(), "a.csv: row 4: 5 fields, the header has 3");
    }
}
