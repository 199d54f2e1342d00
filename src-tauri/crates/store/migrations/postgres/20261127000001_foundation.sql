-- Malaka v1 (PostgreSQL): the register, the plan, enrolment, attendance and the audit log —
-- the same tables, constraints and append-only rules as the SQLite migration of this number.
-- Native types: UUIDv7 ids are uuid, UTC instants timestamptz, calendar dates date, local wall
-- times timestamp (without time zone; the IANA zone is stored beside them), 0/1 flags boolean.
-- Keys searched by prefix range or ordered as keys are COLLATE "C": byte order, like SQLite's
-- BINARY, whatever the server's locale.

-- Refuses the row change (or the TRUNCATE) it is attached to, with the message given as the
-- trigger's argument: SQLite's RAISE(ABORT, '…'). Class 23 (integrity constraint violation),
-- as SQLite reports a trigger's RAISE(ABORT) as a constraint failure.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'restrict_violation';
END;
$$;

CREATE TABLE organisation (
    id          uuid PRIMARY KEY,
    name        text NOT NULL,
    name_key    text COLLATE "C" NOT NULL,
    short_code  text COLLATE "C" UNIQUE,
    country     text NOT NULL CHECK (length(country) = 2),
    kind        text NOT NULL CHECK (kind IN ('agency','service_centre','ministry','partner','unit','other')),
    parent_id   uuid REFERENCES organisation(id),
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);
CREATE INDEX organisation_parent ON organisation(parent_id);
CREATE INDEX organisation_name_key ON organisation(name_key);

CREATE TABLE person (
    id                uuid PRIMARY KEY,
    family_name       text NOT NULL,
    given_name        text NOT NULL,
    patronymic        text,
    family_name_alt   text,
    given_name_alt    text,
    patronymic_alt    text,
    search_key        text COLLATE "C" NOT NULL,
    organisation_id   uuid NOT NULL REFERENCES organisation(id),
    unit_id           uuid REFERENCES organisation(id),
    personnel_number  text,
    position          text,
    email             text,
    phone             text,
    birth_date        date,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    UNIQUE (organisation_id, personnel_number)
);
CREATE INDEX person_org ON person(organisation_id);
CREATE INDEX person_sort ON person(family_name, given_name);

-- One row per folded name token (all scripts fold to one key), for prefix search by index range
-- (token >= a AND token < b): byte order, hence COLLATE "C".
CREATE TABLE person_token (
    token      text COLLATE "C" NOT NULL,
    person_id  uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (token, person_id)
);
CREATE INDEX person_token_person ON person_token(person_id);

CREATE TABLE trainer (
    id           uuid PRIMARY KEY,
    person_id    uuid UNIQUE REFERENCES person(id),
    name         text NOT NULL,
    affiliation  text,
    expertise    text,
    created_at   timestamptz NOT NULL
);

CREATE TABLE venue (
    id          uuid PRIMARY KEY,
    name        text NOT NULL,
    address     text,
    city        text NOT NULL,
    country     text NOT NULL CHECK (length(country) = 2),
    time_zone   text NOT NULL,
    capacity    integer CHECK (capacity > 0),
    created_at  timestamptz NOT NULL
);

CREATE TABLE programme (
    id             uuid PRIMARY KEY,
    code           text COLLATE "C" NOT NULL UNIQUE,
    title          text NOT NULL,
    objectives     text,
    planned_hours  double precision NOT NULL CHECK (planned_hours >= 0),
    language       text NOT NULL,
    archived       boolean NOT NULL DEFAULT false,
    created_at     timestamptz NOT NULL
);

CREATE TABLE activity (
    id             uuid PRIMARY KEY,
    kind           text NOT NULL CHECK (kind IN ('training','seminar','workshop','round_table','conference','study_visit','internship','consultation')),
    title          text NOT NULL,
    programme_id   uuid REFERENCES programme(id),
    status         text NOT NULL CHECK (status IN ('draft','planned','confirmed','in_progress','completed','cancelled')),
    starts_on      date NOT NULL,
    ends_on        date NOT NULL,
    host_org_id    uuid NOT NULL REFERENCES organisation(id),
    venue_id       uuid REFERENCES venue(id),
    capacity       integer CHECK (capacity > 0),
    language       text NOT NULL,
    planned_hours  double precision CHECK (planned_hours >= 0),
    description    text,
    cancel_reason  text,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    CONSTRAINT activity_ends_on_check CHECK (ends_on >= starts_on)
);
CREATE INDEX activity_starts ON activity(starts_on);
CREATE INDEX activity_host ON activity(host_org_id);

CREATE TABLE activity_partner (
    activity_id      uuid NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    organisation_id  uuid NOT NULL REFERENCES organisation(id),
    PRIMARY KEY (activity_id, organisation_id)
);

CREATE TABLE session (
    id            uuid PRIMARY KEY,
    activity_id   uuid NOT NULL REFERENCES activity(id),
    title         text,
    starts_local  timestamp NOT NULL,
    ends_local    timestamp NOT NULL,
    time_zone     text NOT NULL,
    starts_utc    timestamptz NOT NULL,
    ends_utc      timestamptz NOT NULL,
    venue_id      uuid REFERENCES venue(id),
    status        text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled','cancelled')),
    created_at    timestamptz NOT NULL,
    CONSTRAINT session_ends_utc_check CHECK (ends_utc > starts_utc)
);
CREATE INDEX session_starts ON session(starts_utc);
CREATE INDEX session_activity ON session(activity_id, starts_utc);

CREATE TABLE session_trainer (
    session_id  uuid NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    trainer_id  uuid NOT NULL REFERENCES trainer(id),
    PRIMARY KEY (session_id, trainer_id)
);
CREATE INDEX session_trainer_trainer ON session_trainer(trainer_id);

CREATE TABLE enrolment (
    id            uuid PRIMARY KEY,
    activity_id   uuid NOT NULL REFERENCES activity(id),
    person_id     uuid NOT NULL REFERENCES person(id),
    role          text NOT NULL CHECK (role IN ('participant','trainer','speaker','delegate','intern')),
    status        text NOT NULL
                  CONSTRAINT enrolment_status_check
                  CHECK (status IN ('nominated','approved','enrolled','waitlisted','cancelled','completed')),
    reason        text,
    waitlisted_at timestamptz,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    UNIQUE (activity_id, person_id)
);
CREATE INDEX enrolment_person ON enrolment(person_id, status);
CREATE INDEX enrolment_activity_status ON enrolment(activity_id, status);

-- The current mark; every change also appends a row to attendance_history in the same transaction.
CREATE TABLE attendance_mark (
    session_id    uuid NOT NULL REFERENCES session(id),
    person_id     uuid NOT NULL REFERENCES person(id),
    status        text NOT NULL CHECK (status IN ('present','late','absent','excused')),
    minutes_late  integer CHECK (minutes_late >= 0),
    note          text,
    version       integer NOT NULL CHECK (version >= 1),
    marked_by     text NOT NULL,
    marked_at     timestamptz NOT NULL,
    PRIMARY KEY (session_id, person_id)
);
CREATE INDEX attendance_mark_person ON attendance_mark(person_id);

-- id: SQLite's INTEGER PRIMARY KEY (a rowid the database assigns). BY DEFAULT, so a copy from a
-- SQLite register can keep its ids (then setval the sequence past the largest).
CREATE TABLE attendance_history (
    id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    session_id  uuid NOT NULL,
    person_id   uuid NOT NULL,
    version     integer NOT NULL,
    old_status  text,
    new_status  text,
    old_note    text,
    new_note    text,
    changed_by  text NOT NULL,
    changed_at  timestamptz NOT NULL,
    reason      text,
    FOREIGN KEY (session_id) REFERENCES session(id),
    FOREIGN KEY (person_id) REFERENCES person(id)
);
CREATE INDEX attendance_history_mark ON attendance_history(session_id, person_id, version);

-- History is append-only: the database itself refuses edits and deletions (and, as PostgreSQL's
-- TRUNCATE skips row triggers, emptying the table too; SQLite has no TRUNCATE).
CREATE TRIGGER attendance_history_no_update BEFORE UPDATE ON attendance_history
    FOR EACH ROW EXECUTE FUNCTION refuse_change('attendance history is append-only');
CREATE TRIGGER attendance_history_no_delete BEFORE DELETE ON attendance_history
    FOR EACH ROW EXECUTE FUNCTION refuse_change('attendance history is append-only');
CREATE TRIGGER attendance_history_no_truncate BEFORE TRUNCATE ON attendance_history
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('attendance history is append-only');

CREATE TABLE import_batch (
    id           uuid PRIMARY KEY,
    kind         text NOT NULL,
    file_name    text NOT NULL,
    file_sha256  text NOT NULL,
    rows         integer NOT NULL,
    actor        text NOT NULL,
    imported_at  timestamptz NOT NULL,
    UNIQUE (kind, file_sha256)
);

-- The audit log. `at` and `entity_id` stay text (not timestamptz/uuid): from migration 9 on each
-- entry's hash covers their stored text byte for byte, so they must read back exactly as written.
CREATE TABLE audit_log (
    id         bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    at         text NOT NULL,
    actor      text NOT NULL,
    action     text NOT NULL,
    entity     text NOT NULL,
    entity_id  text,
    summary    text NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION refuse_change('the audit log is append-only');
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION refuse_change('the audit log is append-only');
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('the audit log is append-only');
