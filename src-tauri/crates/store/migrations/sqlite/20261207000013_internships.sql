-- Internships: a member of staff placed at a partner's service centre. The units, the mentor's
-- objectives and the evaluations are read and written whole with their placement, so each is one
-- JSON document (checked by the application before it is written); the weekly log and the
-- placement days are rows, written a week or a day at a time.
CREATE TABLE internship (
    id               TEXT PRIMARY KEY NOT NULL,
    title            TEXT NOT NULL,
    intern_id        TEXT NOT NULL REFERENCES person(id),
    sending_org_id   TEXT NOT NULL REFERENCES organisation(id),
    host_org_id      TEXT NOT NULL REFERENCES organisation(id),
    units            TEXT NOT NULL DEFAULT '[]',
    mentor           TEXT,
    mentor_person_id TEXT REFERENCES person(id),
    planned_start    TEXT NOT NULL,
    planned_end      TEXT NOT NULL CHECK (planned_end >= planned_start),
    actual_start     TEXT,
    actual_end       TEXT CHECK (actual_end IS NULL OR (actual_start IS NOT NULL AND actual_end >= actual_start)),
    hours_per_week   REAL NOT NULL CHECK (hours_per_week > 0),
    objectives       TEXT NOT NULL DEFAULT '[]',
    status           TEXT NOT NULL CHECK (status IN ('proposed','host_accepted','agreed','under_way','evaluated','closed','withdrawn')),
    status_reason    TEXT,
    mid_evaluation   TEXT,
    final_evaluation TEXT,
    report           TEXT,
    activity_id      TEXT REFERENCES activity(id),
    version          INTEGER NOT NULL CHECK (version >= 1),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) STRICT;
CREATE INDEX internship_planned ON internship(planned_start);
CREATE INDEX internship_intern ON internship(intern_id);
CREATE INDEX internship_host ON internship(host_org_id);

CREATE TABLE internship_week (
    internship_id   TEXT NOT NULL REFERENCES internship(id),
    week_of         TEXT NOT NULL,
    intern_entry    TEXT,
    mentor_comment  TEXT,
    updated_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (internship_id, week_of)
) STRICT;

CREATE TABLE internship_day (
    internship_id  TEXT NOT NULL REFERENCES internship(id),
    day            TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('present','absent','excused')),
    note           TEXT,
    PRIMARY KEY (internship_id, day)
) STRICT;

-- Changes made after the placement was agreed: never edited, never removed.
CREATE TABLE internship_amendment (
    id             TEXT PRIMARY KEY NOT NULL,
    internship_id  TEXT NOT NULL REFERENCES internship(id),
    what           TEXT NOT NULL,
    before         TEXT,
    after          TEXT,
    reason         TEXT NOT NULL,
    by             TEXT NOT NULL,
    at             TEXT NOT NULL
) STRICT;
CREATE INDEX internship_amendment_internship ON internship_amendment(internship_id, at);
CREATE TRIGGER internship_amendment_no_update BEFORE UPDATE ON internship_amendment
BEGIN SELECT RAISE(ABORT, 'internship amendments are append-only'); END;
CREATE TRIGGER internship_amendment_no_delete BEFORE DELETE ON internship_amendment
BEGIN SELECT RAISE(ABORT, 'internship amendments are append-only'); END;
