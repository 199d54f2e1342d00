-- Person search also finds names that sound alike (Kholmatov, Xolmatov, Холматов): each name
-- word gets a second `person_token` row, `~` and its sound key. The key is computed in Rust
-- (core::names::sound_key), so this migration only asks the store to write the rows for the
-- people already registered; the store does it right after the migrations, in one transaction.
CREATE TABLE store_rebuild (
    name TEXT PRIMARY KEY NOT NULL
) STRICT;
INSERT INTO store_rebuild (name) VALUES ('person_token_sounds');
