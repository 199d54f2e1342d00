-- Records that show tampering.
-- 1. The audit log becomes a hash chain: each entry's `hash` covers the previous entry's hash and
--    its own fields (computed in Rust, `malaka_core::audit_chain`). Ids come from AUTOINCREMENT,
--    so a deleted entry's id is never given to another. Entries written before this version are
--    sealed into the chain once, in order, after the migration (store_rebuild 'audit_chain'); the
--    update trigger allows exactly that and nothing else.
CREATE TABLE audit_log_chained (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT,
    summary     TEXT NOT NULL,
    account_id  TEXT,
    hash        BLOB CHECK (hash IS NULL OR length(hash) = 32)
) STRICT;
INSERT INTO audit_log_chained (id, at, actor, action, entity, entity_id, summary, account_id)
    SELECT id, at, actor, action, entity, entity_id, summary, account_id FROM audit_log ORDER BY id;
DROP TABLE audit_log;
ALTER TABLE audit_log_chained RENAME TO audit_log;
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (OLD.hash IS NULL AND NEW.hash IS NOT NULL
          AND NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.actor IS OLD.actor
          AND NEW.action IS OLD.action AND NEW.entity IS OLD.entity
          AND NEW.entity_id IS OLD.entity_id AND NEW.summary IS OLD.summary
          AND NEW.account_id IS OLD.account_id)
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
INSERT INTO store_rebuild (name) VALUES ('audit_chain');

-- 2. The chain's head, signed with the certificate signing key at every backup, so a chain
--    recomputed after an edit, or cut short, no longer matches a signature.
CREATE TABLE audit_seal (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    head_id    INTEGER NOT NULL,
    head_hash  BLOB NOT NULL CHECK (length(head_hash) = 32),
    key_id     TEXT NOT NULL,
    signature  BLOB NOT NULL CHECK (length(signature) = 64),
    sealed_at  TEXT NOT NULL
) STRICT;
CREATE TRIGGER audit_seal_no_update BEFORE UPDATE ON audit_seal
BEGIN SELECT RAISE(ABORT, 'audit seals are append-only'); END;
CREATE TRIGGER audit_seal_no_delete BEFORE DELETE ON audit_seal
BEGIN SELECT RAISE(ABORT, 'audit seals are append-only'); END;

-- 3. A certificate changes only from issued to revoked, recording who, when and why; nothing
--    else about it ever changes.
CREATE TRIGGER certificate_only_revoked BEFORE UPDATE ON certificate
WHEN NOT (OLD.status = 'issued' AND NEW.status = 'revoked'
          AND NEW.revoked_by IS NOT NULL AND NEW.revoked_at IS NOT NULL
          AND NEW.id IS OLD.id AND NEW.series IS OLD.series AND NEW.number IS OLD.number
          AND NEW.code IS OLD.code AND NEW.activity_id IS OLD.activity_id
          AND NEW.person_id IS OLD.person_id AND NEW.snapshot IS OLD.snapshot
          AND NEW.token IS OLD.token AND NEW.issued_by IS OLD.issued_by
          AND NEW.issued_at IS OLD.issued_at AND NEW.replaces_id IS OLD.replaces_id)
BEGIN SELECT RAISE(ABORT, 'a certificate only changes from issued to revoked'); END;
