-- Planning: a cancelled session keeps its reason; a programme remembers its last edit; a manager
-- may decline a nomination ('declined'). SQLite rebuilds enrolment to widen its status CHECK;
-- here the CHECK is simply replaced (the table, its rows and its indexes stay as they are).

ALTER TABLE session ADD COLUMN cancel_reason text;
ALTER TABLE programme ADD COLUMN updated_at timestamptz;

ALTER TABLE enrolment DROP CONSTRAINT enrolment_status_check;
ALTER TABLE enrolment ADD CONSTRAINT enrolment_status_check
    CHECK (status IN ('nominated','approved','enrolled','waitlisted','cancelled','completed','declined'));

-- The calendar filters sessions by venue; trainers already have session_trainer_trainer.
CREATE INDEX session_venue ON session(venue_id, starts_utc);
