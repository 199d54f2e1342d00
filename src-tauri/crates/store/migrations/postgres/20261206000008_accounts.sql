-- Accounts and roles. A new or upgraded register starts with one administrator without a
-- password, who is signed in automatically until a second account exists (then everyone signs in).
CREATE TABLE account (
    id               uuid PRIMARY KEY,
    login            text COLLATE "C" NOT NULL UNIQUE,
    name             text NOT NULL,
    role             text NOT NULL
                     CHECK (role IN ('administrator', 'hr_officer', 'trainer', 'manager', 'viewer')),
    trainer_id       uuid REFERENCES trainer(id),
    -- Argon2id in the PHC string form; NULL only for the first administrator before they set one.
    password_hash    text,
    failed_attempts  integer NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until     timestamptz,
    disabled_at      timestamptz,
    created_at       timestamptz NOT NULL,
    CONSTRAINT account_trainer_check CHECK ((role = 'trainer') = (trainer_id IS NOT NULL))
);

-- Tokens an administrator creates so a script can act as an account: only their SHA-256 is kept.
CREATE TABLE account_token (
    id            uuid PRIMARY KEY,
    account_id    uuid NOT NULL REFERENCES account(id),
    token_sha256  bytea NOT NULL UNIQUE CHECK (octet_length(token_sha256) = 32),
    label         text NOT NULL,
    created_at    timestamptz NOT NULL,
    revoked_at    timestamptz
);
CREATE INDEX account_token_account ON account_token(account_id);

-- Now, to the second, as SQLite's strftime('%Y-%m-%dT%H:%M:%SZ', 'now') writes it (whatever the
-- session's time zone).
INSERT INTO account (id, login, name, role, created_at)
VALUES ('00000000-0000-7000-8000-000000000001', 'admin', 'Administrator', 'administrator',
        date_trunc('second', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC');

-- The account behind each audit entry (older entries keep only the name they were written with).
-- text, not uuid, and no foreign key (as in SQLite): the audit chain (migration 9) hashes the
-- stored text byte for byte.
ALTER TABLE audit_log ADD COLUMN account_id text;
