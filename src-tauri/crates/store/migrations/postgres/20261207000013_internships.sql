-- Internships: a member of staff placed at a partner's service centre. The units, the mentor's
-- objectives and the evaluations are read and written whole with their placement, so each is one
-- JSON document kept as the application wrote it (text, so a register moved here from a file
-- keeps it byte for byte); the weekly log and the placement days are rows.
CREATE TABLE internship (
    id               uuid PRIMARY KEY,
    title            text NOT NULL,
    intern_id        uuid NOT NULL REFERENCES person(id),
    sending_org_id   uuid NOT NULL REFERENCES organisation(id),
    host_org_id      uuid NOT NULL REFERENCES organisation(id),
    units            text NOT NULL DEFAULT '[]',
    mentor           text,
    mentor_person_id uuid REFERENCES person(id),
    planned_start    date NOT NULL,
    planned_end      date NOT NULL CHECK (planned_end >= planned_start),
    actual_start     date,
    actual_end       date CHECK (actual_end IS NULL OR (actual_start IS NOT NULL AND actual_end >= actual_start)),
    hours_per_week   double precision NOT NULL CHECK (hours_per_week > 0),
    objectives       text NOT NULL DEFAULT '[]',
    status           text NOT NULL CHECK (status IN ('proposed','host_accepted','agreed','under_way','evaluated','closed','withdrawn')),
    status_reason    text,
    mid_evaluation   text,
    final_evaluation text,
    report           text,
    activity_id      uuid REFERENCES activity(id),
    version          integer NOT NULL CHECK (version >= 1),
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX internship_planned ON internship(planned_start);
CREATE INDEX internship_intern ON internship(intern_id);
CREATE INDEX internship_host ON internship(host_org_id);

CREATE TABLE internship_week (
    internship_id   uuid NOT NULL REFERENCES internship(id),
    week_of         date NOT NULL,
    intern_entry    text,
    mentor_comment  text,
    updated_by      text NOT NULL,
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (internship_id, week_of)
);

CREATE TABLE internship_day (
    internship_id  uuid NOT NULL REFERENCES internship(id),
    day            date NOT NULL,
    status         text NOT NULL CHECK (status IN ('present','absent','excused')),
    note           text,
    PRIMARY KEY (internship_id, day)
);

-- Changes made after the placement was agreed: never edited, never removed.
CREATE TABLE internship_amendment (
    id             uuid PRIMARY KEY,
    internship_id  uuid NOT NULL REFERENCES internship(id),
    what           text NOT NULL,
    before         text,
    after          text,
    reason         text NOT NULL,
    by             text NOT NULL,
    at             timestamptz NOT NULL
);
CREATE INDEX internship_amendment_internship ON internship_amendment(internship_id, at);
CREATE TRIGGER internship_amendment_no_update BEFORE UPDATE ON internship_amendment
    FOR EACH ROW EXECUTE FUNCTION refuse_change('internship amendments are append-only');
CREATE TRIGGER internship_amendment_no_delete BEFORE DELETE ON internship_amendment
    FOR EACH ROW EXECUTE FUNCTION refuse_change('internship amendments are append-only');
CREATE TRIGGER internship_amendment_no_truncate BEFORE TRUNCATE ON internship_amendment
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('internship amendments are append-only');

-- Open Mobility screens and placement pages follow other desks' changes.
CREATE TRIGGER internship_announce AFTER INSERT OR UPDATE OR DELETE ON internship
    FOR EACH ROW EXECUTE FUNCTION malaka_announce('internship', 'id');
CREATE TRIGGER internship_week_announce AFTER INSERT OR UPDATE OR DELETE ON internship_week
    FOR EACH ROW EXECUTE FUNCTION malaka_announce('internship', 'internship_id');
CREATE TRIGGER internship_day_announce AFTER INSERT OR UPDATE OR DELETE ON internship_day
    FOR EACH ROW EXECUTE FUNCTION malaka_announce('internship', 'internship_id');
