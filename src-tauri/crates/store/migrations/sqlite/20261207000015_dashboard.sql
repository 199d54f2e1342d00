-- The dashboard counts certificates issued and revoked per month of a year: by the day.
CREATE INDEX certificate_issued ON certificate(issued_at);
CREATE INDEX certificate_revoked ON certificate(revoked_at) WHERE revoked_at IS NOT NULL;
