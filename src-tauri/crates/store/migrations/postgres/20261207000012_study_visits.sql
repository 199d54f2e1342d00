-- Study visits: a delegation going to, or coming from, a partner agency abroad. The programme,
-- the journey and the report are read and written whole with their visit, so each is one JSON
-- document kept as the application wrote it (text, so a register moved here from a file keeps
-- it byte for byte); members are rows, because a person's other visits are looked up across visits.
CREATE TABLE visit (
    id              uuid PRIMARY KEY,
    title           text NOT NULL,
    direction       text NOT NULL CHECK (direction IN ('outgoing','incoming')),
    purpose         text,
    agreement_ref   text,
    sending_org_id  uuid NOT NULL REFERENCES organisation(id),
    host_org_id     uuid NOT NULL REFERENCES organisation(id),
    host_city       text,
    host_time_zone  text NOT NULL,
    home_time_zone  text NOT NULL,
    planned_start   date NOT NULL,
    planned_end     date NOT NULL CHECK (planned_end >= planned_start),
    actual_start    date,
    actual_end      date CHECK (actual_end IS NULL OR (actual_start IS NOT NULL AND actual_end >= actual_start)),
    status          text NOT NULL CHECK (status IN ('draft','proposed','confirmed','under_way','completed','cancelled')),
    host_status     text NOT NULL CHECK (host_status IN ('pending','accepted','declined')),
    status_reason   text,
    programme       text NOT NULL DEFAULT '[]',
    travel          text NOT NULL DEFAULT '{"legs":[],"lodging":[]}',
    report          text,
    version         integer NOT NULL CHECK (version >= 1),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);
CREATE INDEX visit_planned ON visit(planned_start);
CREATE INDEX visit_host ON visit(host_org_id);
CREATE INDEX visit_sending ON visit(sending_org_id);

CREATE TABLE visit_member (
    id                  uuid PRIMARY KEY,
    visit_id            uuid NOT NULL REFERENCES visit(id),
    person_id           uuid REFERENCES person(id),
    name                text,
    organisation        text,
    role                text NOT NULL CHECK (role IN ('head','member','interpreter','coordinator')),
    invitation_sent_on  date,
    position            integer NOT NULL,
    created_at          timestamptz NOT NULL,
    CHECK (person_id IS NOT NULL OR name IS NOT NULL),
    UNIQUE (visit_id, person_id)
);
CREATE INDEX visit_member_visit ON visit_member(visit_id, position);
CREATE INDEX visit_member_person ON visit_member(person_id);

-- Travel papers: kept apart, so that the roles that do not arrange travel are not granted them.
CREATE TABLE visit_member_papers (
    member_id             uuid PRIMARY KEY REFERENCES visit_member(id) ON DELETE CASCADE,
    passport_valid_until  date
);

CREATE TABLE visit_visa (
    id           uuid PRIMARY KEY,
    member_id    uuid NOT NULL REFERENCES visit_member(id) ON DELETE CASCADE,
    status       text NOT NULL CHECK (status IN ('not_needed','documents_requested','applied','issued','refused')),
    on_date      date NOT NULL,
    note         text,
    recorded_by  text NOT NULL,
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX visit_visa_member ON visit_visa(member_id, recorded_at);

-- Changes made after both sides agreed on the visit: never edited, never removed.
CREATE TABLE visit_amendment (
    id        uuid PRIMARY KEY,
    visit_id  uuid NOT NULL REFERENCES visit(id),
    what      text NOT NULL,
    before    text,
    after     text,
    reason    text NOT NULL,
    by        text NOT NULL,
    at        timestamptz NOT NULL
);
CREATE INDEX visit_amendment_visit ON visit_amendment(visit_id, at);
CREATE TRIGGER visit_amendment_no_update BEFORE UPDATE ON visit_amendment
    FOR EACH ROW EXECUTE FUNCTION refuse_change('visit amendments are append-only');
CREATE TRIGGER visit_amendment_no_delete BEFORE DELETE ON visit_amendment
    FOR EACH ROW EXECUTE FUNCTION refuse_change('visit amendments are append-only');
CREATE TRIGGER visit_amendment_no_truncate BEFORE TRUNCATE ON visit_amendment
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('visit amendments are append-only');

-- Open Mobility screens and visit pages follow other desks' changes.
CREATE TRIGGER visit_announce AFTER INSERT OR UPDATE OR DELETE ON visit
    FOR EACH ROW EXECUTE FUNCTION malaka_announce('visit', 'id');
CREATE TRIGGER visit_member_announce AFTER INSERT OR UPDATE OR DELETE ON visit_member
    FOR EACH ROW EXECUTE FUNCTION malaka_announce('visit', 'visit_id');
