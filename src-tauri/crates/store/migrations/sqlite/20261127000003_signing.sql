-- The issuer's Ed25519 signing keys (the newest unretired one signs; every one still verifies),
-- and one counter per certificate numbering series, raised inside the issuing transaction.
CREATE TABLE signing_key (
    id           TEXT PRIMARY KEY NOT NULL,
    public_key   BLOB NOT NULL CHECK (length(public_key) = 32),
    secret_seed  BLOB NOT NULL CHECK (length(secret_seed) = 32),
    created_at   TEXT NOT NULL,
    retired_at   TEXT
) STRICT;

CREATE TABLE certificate_series (
    series       TEXT PRIMARY KEY NOT NULL,
    last_number  INTEGER NOT NULL CHECK (last_number > 0)
) STRICT;

CREATE INDEX certificate_person ON certificate(person_id);
