-- The issuer's Ed25519 signing keys (the newest unretired one signs; every one still verifies),
-- and one counter per certificate numbering series, raised inside the issuing transaction
-- (PostgreSQL twin of the SQLite migration of this number).
-- A key's id is the hex of its 8-byte key id (as the certificate token names it), not a UUID:
-- so text.
CREATE TABLE signing_key (
    id           text PRIMARY KEY,
    public_key   bytea NOT NULL CHECK (octet_length(public_key) = 32),
    secret_seed  bytea NOT NULL
                 CONSTRAINT signing_key_secret_seed_check CHECK (octet_length(secret_seed) = 32),
    created_at   timestamptz NOT NULL,
    retired_at   timestamptz
);

CREATE TABLE certificate_series (
    series       text COLLATE "C" PRIMARY KEY,
    last_number  bigint NOT NULL CHECK (last_number > 0)
);

CREATE INDEX certificate_person ON certificate(person_id);
