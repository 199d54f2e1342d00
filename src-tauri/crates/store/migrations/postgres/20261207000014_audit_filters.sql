-- The audit log on screen is read newest first, narrowed by who acted, what they did, which
-- record and when: an index for each, ending in the id so a page walks it in order.
CREATE INDEX audit_log_actor ON audit_log(actor, id);
CREATE INDEX audit_log_action ON audit_log(action, id);
CREATE INDEX audit_log_record ON audit_log(entity_id, id);
CREATE INDEX audit_log_at ON audit_log(at);
