-- Planning: a cancelled session keeps its reason; a programme remembers its last edit; a manager
-- may decline a nomination ('declined'), which SQLite can only add to a CHECK by rebuilding.

ALTER TABLE session ADD COLUMN cancel_reason TEXT;
ALTER TABLE programme ADD COLUMN updated_at TEXT;

-- No table refers to enrolment, so it can be rebuilt in place.
CREATE TABLE enrolment_v4 (
    id           TEXT PRIMARY KEY NOT NULL,
    activity_id  TEXT NOT NULL REFERENCES activity(id),
    person_id    TEXT NOT NULL REFERENCES person(id),
    role         TEXT NOT NULL CHECK (role IN ('participant','trainer','speaker','delegate','intern')),
    status       TEXT NOT NULL CHECK (status IN ('nominated','approved','enrolled','waitlisted','cancelled','completed','declined')),
    reason       TEXT,
    waitlisted_at TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (activity_id, person_id)
) STRICT;
INSERT INTO enrolment_v4 (id, activity_id, person_id, role, status, reason, waitlisted_at, created_at, updated_at)
    SELECT id, activity_id, person_id, role, status, reason, waitlisted_at, created_at, updated_at FROM enrolment;
DROP TABLE enrolment;
ALTER TABLE enrolment_v4 RENAME TO enrolment;
CREATE INDEX enrolment_person ON enrolment(person_id, status);
CREATE INDEX enrolment_activity_status ON enrolment(activity_id, status);

-- The calendar filters sessions by venue; trainers already have session_trainer_trainer.
CREATE INDEX session_venue ON session(venue_id, starts_utc);
