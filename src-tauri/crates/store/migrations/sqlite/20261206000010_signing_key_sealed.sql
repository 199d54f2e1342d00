-- The signing key's secret is kept sealed (encrypted with a key derived from the issuer's
-- passphrase): the database and its backups carry only the sealed form. A key made before this
-- version keeps its plain seed until an administrator protects it (malaka cert key protect),
-- which seals it and clears the plain column. A retired key signs nothing more, and still
-- verifies what it signed before it was retired.
CREATE TABLE signing_key_sealed (
    id           TEXT PRIMARY KEY NOT NULL,
    public_key   BLOB NOT NULL CHECK (length(public_key) = 32),
    secret_seed  BLOB CHECK (secret_seed IS NULL OR length(secret_seed) = 32),
    sealed_seed  BLOB,
    created_at   TEXT NOT NULL,
    retired_at   TEXT,
    CHECK (secret_seed IS NULL OR sealed_seed IS NULL)
) STRICT;
INSERT INTO signing_key_sealed (id, public_key, secret_seed, created_at, retired_at)
    SELECT id, public_key, secret_seed, created_at, retired_at FROM signing_key;
DROP TABLE signing_key;
ALTER TABLE signing_key_sealed RENAME TO signing_key;
