-- Accounts and roles. A new or upgraded register starts with one administrator without a
-- password, who is signed in automatically until a second account exists (then everyone signs in).
CREATE TABLE account (
    id               TEXT PRIMARY KEY NOT NULL,
    login            TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    role             TEXT NOT NULL
                     CHECK (role IN ('administrator', 'hr_officer', 'trainer', 'manager', 'viewer')),
    trainer_id       TEXT REFERENCES trainer(id),
    -- Argon2id in the PHC string form; NULL only for the first administrator before they set one.
    password_hash    TEXT,
    failed_attempts  INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until     TEXT,
    disabled_at      TEXT,
    created_at       TEXT NOT NULL,
    CHECK ((role = 'trainer') = (trainer_id IS NOT NULL))
) STRICT;

-- Tokens an administrator creates so a script can act as an account: only their SHA-256 is kept.
CREATE TABLE account_token (
    id            TEXT PRIMARY KEY NOT NULL,
    account_id    TEXT NOT NULL REFERENCES account(id),
    token_sha256  BLOB NOT NULL UNIQUE CHECK (length(token_sha256) = 32),
    label         TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    revoked_at    TEXT
) STRICT;
CREATE INDEX account_token_account ON account_token(account_id);

INSERT INTO account (id, login, name, role, created_at)
VALUES ('00000000-0000-7000-8000-000000000001', 'admin', 'Administrator', 'administrator',
        strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

-- The account behind each audit entry (older entries keep only the name they were written with).
ALTER TABLE audit_log ADD COLUMN account_id TEXT;
