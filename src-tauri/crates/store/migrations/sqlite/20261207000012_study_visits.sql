-- Study visits: a delegation going to, or coming from, a partner agency abroad. The programme,
-- the journey and the report are read and written whole with their visit, so each is one JSON
-- document (checked by the application before it is written); members are rows, because a
-- person's other visits are looked up across visits.
CREATE TABLE visit (
    id              TEXT PRIMARY KEY NOT NULL,
    title           TEXT NOT NULL,
    direction       TEXT NOT NULL CHECK (direction IN ('outgoing','incoming')),
    purpose         TEXT,
    agreement_ref   TEXT,
    sending_org_id  TEXT NOT NULL REFERENCES organisation(id),
    host_org_id     TEXT NOT NULL REFERENCES organisation(id),
    host_city       TEXT,
    host_time_zone  TEXT NOT NULL,
    home_time_zone  TEXT NOT NULL,
    planned_start   TEXT NOT NULL,
    planned_end     TEXT NOT NULL CHECK (planned_end >= planned_start),
    actual_start    TEXT,
    actual_end      TEXT CHECK (actual_end IS NULL OR (actual_start IS NOT NULL AND actual_end >= actual_start)),
    status          TEXT NOT NULL CHECK (status IN ('draft','proposed','confirmed','under_way','completed','cancelled')),
    host_status     TEXT NOT NULL CHECK (host_status IN ('pending','accepted','declined')),
    status_reason   TEXT,
    programme       TEXT NOT NULL DEFAULT '[]',
    travel          TEXT NOT NULL DEFAULT '{"legs":[],"lodging":[]}',
    report          TEXT,
    version         INTEGER NOT NULL CHECK (version >= 1),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX visit_planned ON visit(planned_start);
CREATE INDEX visit_host ON visit(host_org_id);
CREATE INDEX visit_sending ON visit(sending_org_id);

CREATE TABLE visit_member (
    id                  TEXT PRIMARY KEY NOT NULL,
    visit_id            TEXT NOT NULL REFERENCES visit(id),
    person_id           TEXT REFERENCES person(id),
    name                TEXT,
    organisation        TEXT,
    role                TEXT NOT NULL CHECK (role IN ('head','member','interpreter','coordinator')),
    invitation_sent_on  TEXT,
    position            INTEGER NOT NULL,
    created_at          TEXT NOT NULL,
    CHECK (person_id IS NOT NULL OR name IS NOT NULL),
    UNIQUE (visit_id, person_id)
) STRICT;
CREATE INDEX visit_member_visit ON visit_member(visit_id, position);
CREATE INDEX visit_member_person ON visit_member(person_id);

-- Travel papers: kept apart, so that a team database can refuse them to roles that do not
-- arrange travel.
CREATE TABLE visit_member_papers (
    member_id             TEXT PRIMARY KEY NOT NULL REFERENCES visit_member(id) ON DELETE CASCADE,
    passport_valid_until  TEXT
) STRICT;

CREATE TABLE visit_visa (
    id           TEXT PRIMARY KEY NOT NULL,
    member_id    TEXT NOT NULL REFERENCES visit_member(id) ON DELETE CASCADE,
    status       TEXT NOT NULL CHECK (status IN ('not_needed','documents_requested','applied','issued','refused')),
    on_date      TEXT NOT NULL,
    note         TEXT,
    recorded_by  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL
) STRICT;
CREATE INDEX visit_visa_member ON visit_visa(member_id, recorded_at);

-- Changes made after both sides agreed on the visit: never edited, never removed.
CREATE TABLE visit_amendment (
    id        TEXT PRIMARY KEY NOT NULL,
    visit_id  TEXT NOT NULL REFERENCES visit(id),
    what      TEXT NOT NULL,
    before    TEXT,
    after     TEXT,
    reason    TEXT NOT NULL,
    by        TEXT NOT NULL,
    at        TEXT NOT NULL
) STRICT;
CREATE INDEX visit_amendment_visit ON visit_amendment(visit_id, at);
CREATE TRIGGER visit_amendment_no_update BEFORE UPDATE ON visit_amendment
BEGIN SELECT RAISE(ABORT, 'visit amendments are append-only'); END;
CREATE TRIGGER visit_amendment_no_delete BEFORE DELETE ON visit_amendment
BEGIN SELECT RAISE(ABORT, 'visit amendments are append-only'); END;
