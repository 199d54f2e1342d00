-- Reports: the dashboard counts certificates issued and revoked per month of a year, by the day.
CREATE INDEX certificate_issued ON certificate(issued_at);
CREATE INDEX certificate_revoked ON certificate(revoked_at) WHERE revoked_at IS NOT NULL;
-- The hours, completion and attendance reports walk an activity's learners: the index holds
-- their role and person too, so no enrolment row is read. It serves (activity_id, status) too.
CREATE INDEX enrolment_learners ON enrolment(activity_id, status, role, person_id);
DROP INDEX enrolment_activity_status;
