-- The signing key's secret is kept sealed (encrypted with a key derived from the issuer's
-- passphrase): the database and its backups carry only the sealed form. A key made before this
-- version keeps its plain seed until an administrator protects it (malaka cert key protect),
-- which seals it and clears the plain column. A retired key signs nothing more, and still
-- verifies what it signed before it was retired.
-- SQLite rebuilds signing_key for this; here the plain seed becomes optional and the sealed one
-- is added in place (sealed_seed is therefore the table's last column, not its fourth).
ALTER TABLE signing_key ALTER COLUMN secret_seed DROP NOT NULL;
ALTER TABLE signing_key DROP CONSTRAINT signing_key_secret_seed_check;
ALTER TABLE signing_key ADD CONSTRAINT signing_key_secret_seed_check
    CHECK (secret_seed IS NULL OR octet_length(secret_seed) = 32);
ALTER TABLE signing_key ADD COLUMN sealed_seed bytea;
ALTER TABLE signing_key ADD CONSTRAINT signing_key_one_seed_check
    CHECK (secret_seed IS NULL OR sealed_seed IS NULL);
