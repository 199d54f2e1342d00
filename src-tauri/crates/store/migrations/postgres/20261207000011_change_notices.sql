-- Desks follow each other's changes. Every change to what an open screen shows is announced on
-- the channel `malaka_changes` as '<area>:<id>' when its transaction commits (a rolled-back
-- change announces nothing). PostgreSQL folds identical notices of one transaction into one:
-- a roll of 40 marks announces its session once, an import of 100,000 people 'person:' once.
CREATE FUNCTION malaka_announce() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed jsonb;
BEGIN
    IF TG_LEVEL = 'ROW' THEN
        IF TG_OP = 'DELETE' THEN changed := to_jsonb(OLD); ELSE changed := to_jsonb(NEW); END IF;
    END IF;
    PERFORM pg_notify('malaka_changes', TG_ARGV[0] || ':' || coalesce(changed ->> TG_ARGV[1], ''));
    RETURN NULL;
END $$;

-- A roll (its session), an activity's enrolments, the plan (an activity and its sessions), an
-- activity's certificates: by row, so a screen reloads only for its own record.
CREATE TRIGGER attendance_mark_announce AFTER INSERT OR UPDATE OR DELETE ON attendance_mark
    FOR EACH ROW EXECUTE FUNCTION malaka_announce('roll', 'session_id');
CREATE TRIGGER enrolment_announce AFTER INSERT OR UPDATE OR DELETE ON enrolment
    FOR EACH ROW EXECUTE FUNCTION malaka_announce('enrolment', 'activity_id');
CREATE TRIGGER session_announce AFTER INSERT OR UPDATE OR DELETE ON session
    FOR EACH ROW EXECUTE FUNCTION malaka_announce('plan', 'activity_id');
CREATE TRIGGER activity_announce AFTER INSERT OR UPDATE OR DELETE ON activity
    FOR EACH ROW EXECUTE FUNCTION malaka_announce('plan', 'id');
CREATE TRIGGER certificate_announce AFTER INSERT OR UPDATE OR DELETE ON certificate
    FOR EACH ROW EXECUTE FUNCTION malaka_announce('certificate', 'activity_id');
-- The register changes in bulk (imports): once per statement.
CREATE TRIGGER person_announce AFTER INSERT OR UPDATE OR DELETE ON person
    FOR EACH STATEMENT EXECUTE FUNCTION malaka_announce('person');
CREATE TRIGGER organisation_announce AFTER INSERT OR UPDATE OR DELETE ON organisation
    FOR EACH STATEMENT EXECUTE FUNCTION malaka_announce('organisation');
