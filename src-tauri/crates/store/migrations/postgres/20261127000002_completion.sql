-- Completion rules per activity, assessment results, and the certificates that lock the marks
-- they rest on (PostgreSQL twin of the SQLite migration of this number). Issuance itself —
-- numbering, signing, printing — builds on the certificate table.

CREATE TABLE completion_rule (
    activity_id     uuid PRIMARY KEY REFERENCES activity(id),
    basis           text NOT NULL CHECK (basis IN ('sessions','hours')),
    min_percent     double precision NOT NULL CHECK (min_percent BETWEEN 0 AND 100),
    late_counts     text NOT NULL CHECK (late_counts IN ('full','half','none')),
    excused_counts  boolean NOT NULL,
    assessment      text NOT NULL CHECK (assessment IN ('none','pass_fail','score')),
    pass_mark       double precision CHECK (pass_mark BETWEEN 0 AND 100),
    updated_by      text NOT NULL,
    updated_at      timestamptz NOT NULL
);

CREATE TABLE assessment_result (
    activity_id  uuid NOT NULL REFERENCES activity(id),
    person_id    uuid NOT NULL REFERENCES person(id),
    passed       boolean,
    score        double precision CHECK (score BETWEEN 0 AND 100),
    recorded_by  text NOT NULL,
    recorded_at  timestamptz NOT NULL,
    PRIMARY KEY (activity_id, person_id)
);

-- Certificates are never deleted: issued → revoked (who, when, why); a reissue points to the
-- certificate it replaces. Numbers are unique within a series. `snapshot` (the printed fields, as
-- JSON) and `token` (the signed QR token) stay text, exactly as written: never jsonb.
CREATE TABLE certificate (
    id             uuid PRIMARY KEY,
    series         text COLLATE "C" NOT NULL,
    number         bigint NOT NULL CHECK (number > 0),
    code           text COLLATE "C" NOT NULL UNIQUE,
    activity_id    uuid NOT NULL REFERENCES activity(id),
    person_id      uuid NOT NULL REFERENCES person(id),
    status         text NOT NULL CHECK (status IN ('issued','revoked')),
    snapshot       text NOT NULL,
    token          text NOT NULL,
    issued_by      text NOT NULL,
    issued_at      timestamptz NOT NULL,
    revoked_by     text,
    revoked_at     timestamptz,
    revoke_reason  text,
    replaces_id    uuid REFERENCES certificate(id),
    UNIQUE (series, number)
);
CREATE INDEX certificate_holder ON certificate(activity_id, person_id, status);
CREATE TRIGGER certificate_no_delete BEFORE DELETE ON certificate
    FOR EACH ROW EXECUTE FUNCTION refuse_change('certificates are never deleted');
-- PostgreSQL's TRUNCATE skips row triggers; SQLite has none, so refuse it too.
CREATE TRIGGER certificate_no_truncate BEFORE TRUNCATE ON certificate
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('certificates are never deleted');
