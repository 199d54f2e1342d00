-- Malaka v1: the register, the plan, enrolment, attendance and the audit log.
-- IDs are UUIDv7 text; UTC instants are fixed-width RFC 3339 text ('2026-03-10T09:00:00Z'),
-- so text order is time order; local wall times are 'YYYY-MM-DDTHH:MM' with an IANA zone.

CREATE TABLE organisation (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    short_code  TEXT UNIQUE,
    country     TEXT NOT NULL CHECK (length(country) = 2),
    kind        TEXT NOT NULL CHECK (kind IN ('agency','service_centre','ministry','partner','unit','other')),
    parent_id   TEXT REFERENCES organisation(id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX organisation_parent ON organisation(parent_id);
CREATE INDEX organisation_name_key ON organisation(name_key);

CREATE TABLE person (
    id                TEXT PRIMARY KEY NOT NULL,
    family_name       TEXT NOT NULL,
    given_name        TEXT NOT NULL,
    patronymic        TEXT,
    family_name_alt   TEXT,
    given_name_alt    TEXT,
    patronymic_alt    TEXT,
    search_key        TEXT NOT NULL,
    organisation_id   TEXT NOT NULL REFERENCES organisation(id),
    unit_id           TEXT REFERENCES organisation(id),
    personnel_number  TEXT,
    position          TEXT,
    email             TEXT,
    phone             TEXT,
    birth_date        TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (organisation_id, personnel_number)
) STRICT;
CREATE INDEX person_org ON person(organisation_id);
CREATE INDEX person_sort ON person(family_name, given_name);

-- One row per folded name token (all scripts fold to one key), for prefix search by index range.
CREATE TABLE person_token (
    token      TEXT NOT NULL,
    person_id  TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (token, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX person_token_person ON person_token(person_id);

CREATE TABLE trainer (
    id           TEXT PRIMARY KEY NOT NULL,
    person_id    TEXT UNIQUE REFERENCES person(id),
    name         TEXT NOT NULL,
    affiliation  TEXT,
    expertise    TEXT,
    created_at   TEXT NOT NULL
) STRICT;

CREATE TABLE venue (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    address     TEXT,
    city        TEXT NOT NULL,
    country     TEXT NOT NULL CHECK (length(country) = 2),
    time_zone   TEXT NOT NULL,
    capacity    INTEGER CHECK (capacity > 0),
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE programme (
    id             TEXT PRIMARY KEY NOT NULL,
    code           TEXT NOT NULL UNIQUE,
    title          TEXT NOT NULL,
    objectives     TEXT,
    planned_hours  REAL NOT NULL CHECK (planned_hours >= 0),
    language       TEXT NOT NULL,
    archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0,1)),
    created_at     TEXT NOT NULL
) STRICT;

CREATE TABLE activity (
    id             TEXT PRIMARY KEY NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('training','seminar','workshop','round_table','conference','study_visit','internship','consultation')),
    title          TEXT NOT NULL,
    programme_id   TEXT REFERENCES programme(id),
    status         TEXT NOT NULL CHECK (status IN ('draft','planned','confirmed','in_progress','completed','cancelled')),
    starts_on      TEXT NOT NULL,
    ends_on        TEXT NOT NULL CHECK (ends_on >= starts_on),
    host_org_id    TEXT NOT NULL REFERENCES organisation(id),
    venue_id       TEXT REFERENCES venue(id),
    capacity       INTEGER CHECK (capacity > 0),
    language       TEXT NOT NULL,
    planned_hours  REAL CHECK (planned_hours >= 0),
    description    TEXT,
    cancel_reason  TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX activity_starts ON activity(starts_on);
CREATE INDEX activity_host ON activity(host_org_id);

CREATE TABLE activity_partner (
    activity_id      TEXT NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    organisation_id  TEXT NOT NULL REFERENCES organisation(id),
    PRIMARY KEY (activity_id, organisation_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE session (
    id            TEXT PRIMARY KEY NOT NULL,
    activity_id   TEXT NOT NULL REFERENCES activity(id),
    title         TEXT,
    starts_local  TEXT NOT NULL,
    ends_local    TEXT NOT NULL,
    time_zone     TEXT NOT NULL,
    starts_utc    TEXT NOT NULL,
    ends_utc      TEXT NOT NULL CHECK (ends_utc > starts_utc),
    venue_id      TEXT REFERENCES venue(id),
    status        TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled','cancelled')),
    created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX session_starts ON session(starts_utc);
CREATE INDEX session_activity ON session(activity_id, starts_utc);

CREATE TABLE session_trainer (
    session_id  TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    trainer_id  TEXT NOT NULL REFERENCES trainer(id),
    PRIMARY KEY (session_id, trainer_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX session_trainer_trainer ON session_trainer(trainer_id);

CREATE TABLE enrolment (
    id           TEXT PRIMARY KEY NOT NULL,
    activity_id  TEXT NOT NULL REFERENCES activity(id),
    person_id    TEXT NOT NULL REFERENCES person(id),
    role         TEXT NOT NULL CHECK (role IN ('participant','trainer','speaker','delegate','intern')),
    status       TEXT NOT NULL CHECK (status IN ('nominated','approved','enrolled','waitlisted','cancelled','completed')),
    reason       TEXT,
    waitlisted_at TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (activity_id, person_id)
) STRICT;
CREATE INDEX enrolment_person ON enrolment(person_id, status);
CREATE INDEX enrolment_activity_status ON enrolment(activity_id, status);

-- The current mark; every change also appends a row to attendance_history in the same transaction.
CREATE TABLE attendance_mark (
    session_id    TEXT NOT NULL REFERENCES session(id),
    person_id     TEXT NOT NULL REFERENCES person(id),
    status        TEXT NOT NULL CHECK (status IN ('present','late','absent','excused')),
    minutes_late  INTEGER CHECK (minutes_late >= 0),
    note          TEXT,
    version       INTEGER NOT NULL CHECK (version >= 1),
    marked_by     TEXT NOT NULL,
    marked_at     TEXT NOT NULL,
    PRIMARY KEY (session_id, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX attendance_mark_person ON attendance_mark(person_id);

CREATE TABLE attendance_history (
    id          INTEGER PRIMARY KEY,
    session_id  TEXT NOT NULL,
    person_id   TEXT NOT NULL,
    version     INTEGER NOT NULL,
    old_status  TEXT,
    new_status  TEXT,
    old_note    TEXT,
    new_note    TEXT,
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    reason      TEXT,
    FOREIGN KEY (session_id) REFERENCES session(id),
    FOREIGN KEY (person_id) REFERENCES person(id)
) STRICT;
CREATE INDEX attendance_history_mark ON attendance_history(session_id, person_id, version);

-- History is append-only: the database itself refuses edits and deletions.
CREATE TRIGGER attendance_history_no_update BEFORE UPDATE ON attendance_history
BEGIN SELECT RAISE(ABORT, 'attendance history is append-only'); END;
CREATE TRIGGER attendance_history_no_delete BEFORE DELETE ON attendance_history
BEGIN SELECT RAISE(ABORT, 'attendance history is append-only'); END;

CREATE TABLE import_batch (
    id           TEXT PRIMARY KEY NOT NULL,
    kind         TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    file_sha256  TEXT NOT NULL,
    rows         INTEGER NOT NULL,
    actor        TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    UNIQUE (kind, file_sha256)
) STRICT;

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  TEXT,
    summary    TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
