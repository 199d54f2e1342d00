-- Completion rules per activity, assessment results, and the certificates that lock the marks
-- they rest on. (Issuance itself — numbering, signing, printing — builds on the certificate table.)

CREATE TABLE completion_rule (
    activity_id     TEXT PRIMARY KEY NOT NULL REFERENCES activity(id),
    basis           TEXT NOT NULL CHECK (basis IN ('sessions','hours')),
    min_percent     REAL NOT NULL CHECK (min_percent BETWEEN 0 AND 100),
    late_counts     TEXT NOT NULL CHECK (late_counts IN ('full','half','none')),
    excused_counts  INTEGER NOT NULL CHECK (excused_counts IN (0,1)),
    assessment      TEXT NOT NULL CHECK (assessment IN ('none','pass_fail','score')),
    pass_mark       REAL CHECK (pass_mark BETWEEN 0 AND 100),
    updated_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;

CREATE TABLE assessment_result (
    activity_id  TEXT NOT NULL REFERENCES activity(id),
    person_id    TEXT NOT NULL REFERENCES person(id),
    passed       INTEGER CHECK (passed IN (0,1)),
    score        REAL CHECK (score BETWEEN 0 AND 100),
    recorded_by  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    PRIMARY KEY (activity_id, person_id)
) STRICT, WITHOUT ROWID;

-- Certificates are never deleted: issued → revoked (who, when, why); a reissue points to the
-- certificate it replaces. Numbers are unique within a series.
CREATE TABLE certificate (
    id             TEXT PRIMARY KEY NOT NULL,
    series         TEXT NOT NULL,
    number         INTEGER NOT NULL CHECK (number > 0),
    code           TEXT NOT NULL UNIQUE,
    activity_id    TEXT NOT NULL REFERENCES activity(id),
    person_id      TEXT NOT NULL REFERENCES person(id),
    status         TEXT NOT NULL CHECK (status IN ('issued','revoked')),
    snapshot       TEXT NOT NULL,
    token          TEXT NOT NULL,
    issued_by      TEXT NOT NULL,
    issued_at      TEXT NOT NULL,
    revoked_by     TEXT,
    revoked_at     TEXT,
    revoke_reason  TEXT,
    replaces_id    TEXT REFERENCES certificate(id),
    UNIQUE (series, number)
) STRICT;
CREATE INDEX certificate_holder ON certificate(activity_id, person_id, status);
CREATE TRIGGER certificate_no_delete BEFORE DELETE ON certificate
BEGIN SELECT RAISE(ABORT, 'certificates are never deleted'); END;
